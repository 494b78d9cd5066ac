#include "systemuploadtimer.h"

#include <QTimer>

#include <limits>

namespace Ditio {

SystemUploadTimer::SystemUploadTimer(QObject *parent) : QObject(parent) { }

SystemUploadTimer::~SystemUploadTimer()
{
    qDeleteAll(m_timers);
}

int SystemUploadTimer::schedule(qint64 delayMs, std::function<void()> callback)
{
    const int id = m_nextId++;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    timer->setInterval(int(qBound(qint64(0), delayMs, qint64(std::numeric_limits<int>::max()))));
    connect(timer, &QTimer::timeout, this, [this, id, callback = std::move(callback)] {
        if (QTimer *fired = m_timers.take(id))
            fired->deleteLater();
        callback();
    });
    m_timers.insert(id, timer);
    timer->start();
    return id;
}

void SystemUploadTimer::cancel(int id)
{
    if (QTimer *timer = m_timers.take(id)) {
        timer->stop();
        timer->deleteLater();
    }
}

} // namespace Ditio
