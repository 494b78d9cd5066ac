#pragma once

#include "recoveryjournal.h"
#include "workfile/workdocument.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Ditio {

class CertificateTableModel;
class RecoveryStore;

// Keeps the table's recovery copy current, at the cost of each edit rather
// than of the table:
//  - A snapshot: the whole table written to the recovery file (a work file,
//    RecoveryStore::save()) on a worker thread, a moment after the first
//    change. The rows are copied on the UI thread (cheap: shared chunks).
//  - A journal beside it, opened as the snapshot is taken: from then on each
//    change (cells, rows inserted or removed, an upload result) is appended
//    to it as it is made, one record in one write(2) on the UI thread
//    (RecoveryJournal). A kill loses nothing that reached it.
//  - Compaction: once the journal passes a bound, a new snapshot is written in
//    the background and a new journal started with it; the old journal ends
//    with a record naming the new one, and is removed once the new snapshot
//    is in place. Until then a restore replays old snapshot, old journal, new
//    journal; after it, new snapshot and new journal: a kill at any moment
//    restores every edit that reached a journal.
// Sync policy: records are in the kernel when the edit returns (enough for a
// crash or kill of the app); fdatasync() of the journal runs on a worker
// within the delay (a second) of the first unsynced edit, and a snapshot is
// synced by SaveFile's commit, so a power cut loses at most that second, as
// the whole-file autosave did. A change the journal cannot express (the
// table replaced) and a failed write start a new snapshot instead.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    // Compacted when the journal passes this, or half the snapshot's size if that is more.
    static constexpr qint64 DefaultCompactionBytes = 16 << 20;

    // describe() supplies the document fields the rows do not (source, path).
    Autosaver(CertificateTableModel *model, RecoveryStore *store, QObject *parent = nullptr);
    ~Autosaver() override;

    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    void setDocumentInfo(std::function<WorkDocument()> describe)
    {
        m_describe = std::move(describe);
    }
    // A fixed bound instead of the default rule (tests, benchmarks).
    void setCompactionBytes(qint64 bytes) { m_compactionBytes = bytes; }
    // Whether there are changes not yet synced to the recovery file.
    bool isPending() const { return m_timer.isActive() || m_watcher.isRunning(); }
    // Bytes in the current journal (0 when none).
    qint64 journalBytes() const { return m_journal.isOpen() ? m_journal.size() : 0; }
    // After a save or when the document is closed: nothing left to recover.
    void clear();
    // Waits for a write in progress (at exit).
    void waitForIdle();

public slots:
    void scheduleSave();
    // Syncs the journal now (or writes a snapshot when one is due), not after
    // the delay (e.g. before rows go to Ditio, so a crash cannot hide that
    // they may have arrived).
    void saveNow();
    // The document's path or source changed (a save under another name).
    void documentInfoChanged();

signals:
    // The recovery file (snapshot or journal) is on the disk.
    void saved();
    void failed(const QString &errorString);
    // A new snapshot of this generation is being written.
    void snapshotStarted(quint64 generation);

private:
    struct Outcome
    {
        QString error;
        qint64 bytes = 0;
    };
    // Whether changes go to the journal now; else they wait for a snapshot.
    bool isJournaling() const { return m_journal.isOpen() && m_journal.isHealthy() && !m_reset; }
    // A change: append() writes its record when the journal is taking them.
    void record(const std::function<bool()> &append);
    // Before a record: the document's path and source, when they changed.
    void noteDocumentInfo();
    void startSnapshot();
    void startSync();
    void onFinished();
    qint64 compactionBytes() const;
    WorkDocument describe() const;

    CertificateTableModel *m_model;
    RecoveryStore *m_store;
    QTimer m_timer;
    QFutureWatcher<Outcome> m_watcher;
    bool m_again = false;
    std::function<WorkDocument()> m_describe;

    RecoveryJournal m_journal;
    quint64 m_generation = 0; // the last snapshot started
    quint64 m_writing = 0; // the snapshot the worker writes; 0: a sync or nothing
    qint64 m_snapshotBytes = 0; // of the last snapshot written
    qint64 m_compactionBytes = -1; // -1: the default rule
    bool m_wantSnapshot = true; // the next save writes a snapshot
    bool m_reset = false; // the table was replaced: the journal cannot follow
    WorkDocument m_info; // path and source as last recorded
};

} // namespace Ditio
