#pragma once

#include "uploadtimer.h"

#include <QHash>
#include <QObject>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Ditio {

// UploadTimer on QTimer, for the app: single-shot timers on the thread that owns it.
class SystemUploadTimer : public QObject, public UploadTimer
{
    Q_OBJECT

public:
    explicit SystemUploadTimer(QObject *parent = nullptr);
    ~SystemUploadTimer() override;

    int schedule(qint64 delayMs, std::function<void()> callback) override;
    void cancel(int id) override;

private:
    QHash<int, QTimer *> m_timers;
    int m_nextId = 1;
};

} // namespace Ditio
