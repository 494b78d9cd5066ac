#include "autosaver.h"

#include "model/certificatetablemodel.h"
#include "recoverystore.h"

#include <QDir>
#include <QtConcurrent/QtConcurrentRun>

namespace Ditio {

Autosaver::Autosaver(CertificateTableModel *model, RecoveryStore *store, QObject *parent)
    : QObject(parent), m_model(model), m_store(store)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &Autosaver::onFinished);

    connect(model, &CertificateTableModel::cellTextsChanged, this,
            [this](const CellChanges &changes, bool forward) {
                record([&] { return m_journal.appendCells(changes, forward); });
            });
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                record([&] {
                    return m_journal.appendInsert(m_model->rows(), first, last - first + 1);
                });
            });
    connect(model, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                record([&] { return m_journal.appendRemove(first, last - first + 1); });
            });
    connect(model, &CertificateTableModel::uploadResultChanged, this, [this](int row) {
        record([&] { return m_journal.appendUpload(row, m_model->row(row)); });
    });
    // A new table: no record says that; a snapshot does.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_reset = true;
        m_wantSnapshot = true;
        scheduleSave();
    });
}

Autosaver::~Autosaver()
{
    waitForIdle();
}

WorkDocument Autosaver::describe() const
{
    return m_describe ? m_describe() : WorkDocument();
}

qint64 Autosaver::compactionBytes() const
{
    return m_compactionBytes >= 0 ? m_compactionBytes
                                  : std::max(DefaultCompactionBytes, m_snapshotBytes / 2);
}

void Autosaver::record(const std::function<bool()> &append)
{
    if (isJournaling()) {
        noteDocumentInfo();
        if (!append()) {
            // The journal ends at its last whole record (no record after it is
            // replayed); a snapshot takes over.
            m_wantSnapshot = true;
            emit failed(tr("The recovery journal %1 could not be written: %2")
                                .arg(QDir::toNativeSeparators(m_journal.path()),
                                     m_journal.errorString()));
        }
    }
    // Before the first snapshot (or after the table was replaced) the change
    // waits for the snapshot, which will hold it.
    scheduleSave();
}

void Autosaver::noteDocumentInfo()
{
    const WorkDocument info = describe();
    if (info.documentPath == m_info.documentPath && info.sourcePath == m_info.sourcePath
        && info.sourceFormat == m_info.sourceFormat)
        return;
    m_info = info;
    m_journal.appendDocumentInfo(info); // a failure shows in the record that follows
}

void Autosaver::documentInfoChanged()
{
    // Only while there is a journal: a clean document has no recovery copy to correct.
    if (isJournaling()) {
        noteDocumentInfo();
        scheduleSave();
    }
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
    if (m_wantSnapshot || !isJournaling() || m_journal.size() > compactionBytes())
        startSnapshot();
    else
        startSync();
}

void Autosaver::startSnapshot()
{
    const quint64 generation = ++m_generation;
    const QString file = m_store->sessionFile(); // claim the file and its lock here
    // The journal so far ends by naming the next one, unless the table was
    // replaced or a write failed: then its chain ends with it, and a restore
    // before the new snapshot is in place gives the table as it was then.
    if (isJournaling())
        m_journal.appendNextAndClose(generation);
    else
        m_journal.close();
    m_reset = false;
    m_wantSnapshot = false;
    WorkDocument document = describe();
    m_info = document;
    document.rows = m_model->rows();
    document.recoveryGeneration = generation;
    // Changes from now on go to the new journal, which continues this snapshot.
    if (!file.isEmpty() && !m_journal.open(RecoveryJournal::pathFor(file, generation), generation))
        m_wantSnapshot = true;
    m_writing = generation;
    emit snapshotStarted(generation);
    RecoveryStore *store = m_store;
    m_watcher.setFuture(QtConcurrent::run([store, document] {
        Outcome outcome;
        store->save(document, &outcome.error, &outcome.bytes);
        return outcome;
    }));
}

void Autosaver::startSync()
{
    m_writing = 0;
    const int handle = m_journal.syncHandle();
    const QString path = m_journal.path();
    m_watcher.setFuture(QtConcurrent::run([handle, path] {
        Outcome outcome;
        if (!RecoveryJournal::syncAndClose(handle))
            outcome.error = tr("The recovery journal %1 could not be written to the disk.")
                                    .arg(QDir::toNativeSeparators(path));
        return outcome;
    }));
}

void Autosaver::onFinished()
{
    const Outcome outcome = m_watcher.result();
    if (m_writing > 0 && outcome.error.isEmpty()) {
        m_snapshotBytes = outcome.bytes;
        // Their edits are in this snapshot: a restore no longer reads them.
        m_store->removeJournalsBefore(m_writing);
    } else if (m_writing > 0) {
        // The journals on disk still restore what they hold; try a snapshot again
        // with the next change.
        m_wantSnapshot = true;
    }
    m_writing = 0;
    if (outcome.error.isEmpty())
        emit saved();
    else
        emit failed(outcome.error);
    if (m_again) {
        m_again = false;
        saveNow();
    }
}

void Autosaver::clear()
{
    m_timer.stop();
    waitForIdle();
    m_again = false;
    m_journal.close();
    m_store->discard();
    m_wantSnapshot = true;
    m_reset = false;
    m_snapshotBytes = 0;
    m_info = WorkDocument();
}

void Autosaver::waitForIdle()
{
    m_watcher.waitForFinished();
}

} // namespace Ditio
