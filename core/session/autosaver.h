#pragma once

#include "workfile/workdocument.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Ditio {

class CertificateTableModel;
class RecoveryStore;

// Writes the table to its recovery file shortly after each change, on a worker
// thread, so a crash loses at most the last second or two of work. The rows
// are copied on the UI thread (cheap: implicitly shared) and written elsewhere.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    // describe() supplies the document fields the rows do not (source, path).
    Autosaver(CertificateTableModel *model, RecoveryStore *store, QObject *parent = nullptr);
    ~Autosaver() override;

    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    void setDocumentInfo(std::function<WorkDocument()> describe)
    {
        m_describe = std::move(describe);
    }
    // Whether there are changes the recovery file does not have yet.
    bool isPending() const { return m_timer.isActive() || m_watcher.isRunning(); }
    // After a save or when the document is closed: nothing left to recover.
    void clear();
    // Waits for a write in progress (at exit).
    void waitForIdle();

public slots:
    void scheduleSave();
    // Writes the recovery copy now, not after the delay (e.g. before rows go
    // to Ditio, so a crash cannot hide that they may have arrived).
    void saveNow();

signals:
    void saved();
    void failed(const QString &errorString);

private:
    CertificateTableModel *m_model;
    RecoveryStore *m_store;
    QTimer m_timer;
    QFutureWatcher<QString> m_watcher;
    bool m_again = false;
    std::function<WorkDocument()> m_describe;
};

} // namespace Ditio
