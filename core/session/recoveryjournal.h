#pragma once

#include "model/cellchange.h"
#include "model/rowstore.h"
#include "workfile/workdocument.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace Ditio {

// The edits made since a recovery snapshot, appended as they happen, so an
// edit costs what it changes and not a rewrite of the table. Replayed onto
// its snapshot on restore (RecoveryStore::read()).
//
// A journal is a file beside the snapshot, "<snapshot>.<generation>.journal",
// of JSON lines (UTF-8, each ending in "\n"):
//   {"format":"ditio-certificates-recovery-journal","generation":G,"version":1}
//   ["set",ROW,FIELD,"TEXT",ROW,FIELD,"TEXT",...]   cells edited, in order (FIELD: 0..5)
//   ["insert",POSITION,COUNT]                       then COUNT row lines (WorkFileRow)
//   ["remove",POSITION,COUNT]
//   ["upload",ROW,"STATE","AT","MESSAGE","TO"]      an upload result; TO (the
//                                                   environment's key) only when
//                                                   known, absent in older journals
//   ["document","RECOVERYOF","SOURCEPATH","SOURCEFORMAT"]   saved elsewhere, ...
//   ["next",G2]                                     continued in journal G2
// Rows are the table's row indexes at the time of the record: records are
// replayed in order, so each finds the table as the edit found it. A cell
// edit replays as the table makes it (CertificateRow::applyEdit), upload
// result cleared (or kept as history) included.
//
// Each record reaches the file with one write(2) as the edit is made, so a
// killed app loses no edit that returned. A record is replayed only when it
// is whole (its lines ended, its values valid for the table): a journal cut
// inside its last record, as a kill during the write leaves it, restores to
// the edit before. Syncing to the disk itself (what a power cut needs) is
// the caller's policy, through syncHandle().
class RecoveryJournal
{
public:
    static constexpr int FormatVersion = 1;

    RecoveryJournal() = default;
    ~RecoveryJournal();
    RecoveryJournal(const RecoveryJournal &) = delete;
    RecoveryJournal &operator=(const RecoveryJournal &) = delete;

    // "<snapshot>.<generation>.journal".
    static QString pathFor(const QString &snapshot, quint64 generation);

    // Creates (or empties) the journal that continues snapshot `generation`.
    bool open(const QString &path, quint64 generation);
    bool isOpen() const { return m_file.isOpen(); }
    quint64 generation() const { return m_generation; }
    QString path() const { return m_file.fileName(); }
    // Bytes in the file, header included.
    qint64 size() const { return m_size; }
    // False once a write failed: nothing more is written, the journal ends at
    // its last whole record, and the document needs a new snapshot.
    bool isHealthy() const { return m_healthy; }
    QString errorString() const { return m_error; }

    bool appendCells(const CellChanges &changes, bool forward);
    // rows.at(position) .. rows.at(position + count - 1), as they are now.
    bool appendInsert(const RowStore &rows, int position, int count);
    bool appendRemove(int position, int count);
    bool appendUpload(int row, const CertificateRow &certificate);
    bool appendDocumentInfo(const WorkDocument &info);
    // The last record: what follows is in journal `generation`. Closes the file.
    bool appendNextAndClose(quint64 generation);
    void close();

    // A duplicate of the file's descriptor (-1 when closed), for a sync on
    // another thread that must not depend on this object's lifetime: the
    // caller passes it to syncAndClose().
    int syncHandle() const;
    static bool syncAndClose(int handle);

    struct Replay
    {
        bool found = false; // a journal of this generation was there
        qsizetype records = 0; // applied
        bool whole = false; // ended after a whole record, not inside one
        quint64 next = 0; // its last record named the journal that continues it
    };
    // Applies the journal at path, written for snapshot `generation`, to
    // *document (rows and document info), record by record, up to the first
    // record that is not whole. Rows still Sending stay Sending.
    static Replay replay(const QString &path, quint64 generation, WorkDocument *document);

private:
    bool write(const QByteArray &record);

    QFile m_file;
    quint64 m_generation = 0;
    qint64 m_size = 0;
    bool m_healthy = true;
    QString m_error;
    QByteArray m_record; // reused, so an edit allocates nothing here
};

} // namespace Ditio
