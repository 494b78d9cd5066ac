#include "autosaver.h"

#include "model/certificatetablemodel.h"
#include "recoverystore.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Ditio {

Autosaver::Autosaver(CertificateTableModel *model, RecoveryStore *store, QObject *parent)
    : QObject(parent), m_model(model), m_store(store)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_watcher.result();
        if (error.isEmpty())
            emit saved();
        else
            emit failed(error);
        if (m_again) {
            m_again = false;
            saveNow();
        }
    });
    connect(model, &QAbstractItemModel::dataChanged, this, &Autosaver::scheduleSave);
    connect(model, &QAbstractItemModel::rowsInserted, this, &Autosaver::scheduleSave);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &Autosaver::scheduleSave);
    connect(model, &QAbstractItemModel::modelReset, this, &Autosaver::scheduleSave);
}

Autosaver::~Autosaver()
{
    waitForIdle();
}

void Autosaver::scheduleSave()
{
    // Not restarted by every keystroke: the first change starts the clock, so a
    // steady stream of edits is still saved within the delay.
    if (!m_timer.isActive())
        m_timer.start();
}

void Autosaver::saveNow()
{
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    WorkDocument document = m_describe ? m_describe() : WorkDocument();
    document.rows = m_model->rows();
    RecoveryStore *store = m_store;
    store->sessionFile(); // claim the file and its lock here, not on the worker
    m_watcher.setFuture(QtConcurrent::run([store, document] {
        QString error;
        store->save(document, &error);
        return error;
    }));
}

void Autosaver::clear()
{
    m_timer.stop();
    waitForIdle();
    m_again = false;
    m_store->discard();
}

void Autosaver::waitForIdle()
{
    m_watcher.waitForFinished();
}

} // namespace Ditio
