#pragma once

#include "workfile/workdocument.h"
#include "workfile/workfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <memory>

namespace Ditio {

// Recovery files: each running app owns one file (and a lock next to it) in
// the recovery folder. The file is a snapshot of the table (a work file);
// the edits made since are appended to a journal beside it
// (RecoveryJournal: "<file>.<generation>.journal"), and now and then a new
// snapshot replaces both (Autosaver). After a crash or kill -9 the lock is
// stale, so the next start finds the file, replays its journal onto it and
// offers to restore the result. A clean close removes them all.
class RecoveryStore
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::RecoveryStore)

public:
    struct Orphan
    {
        QString path;
        QDateTime savedAt;
        QString documentPath; // the work file it belongs to; empty when untitled
        int rows = 0;
    };

    // folder empty: the app's data folder + "/recovery".
    explicit RecoveryStore(const QString &folder = {});
    ~RecoveryStore();

    QString folder() const { return m_folder; }
    // The file this process writes; created (with its lock) on first use.
    QString sessionFile();
    // Writes a whole snapshot (document.recoveryGeneration names it); *bytes:
    // the size written.
    bool save(const WorkDocument &document, QString *errorString = nullptr,
              qint64 *bytes = nullptr);
    // Removes this session's file and its journals: after a save or a clean close.
    void discard();
    // Removes the journals of this session's file older than `generation`
    // (their edits are in its snapshot now).
    void removeJournalsBefore(quint64 generation);

    // A recovery file as a restore sees it: the snapshot, with the journals
    // that continue it replayed in order. Rows still Sending in the end come
    // back Unconfirmed, as a work file's do.
    static WorkFile::ReadResult read(const QString &path);

    // Files left by sessions that did not end cleanly.
    QList<Orphan> orphans() const;
    // Removes an orphan (its journals and lock too) once it has been restored or declined.
    static void removeOrphan(const QString &path);
    // The journal files beside a recovery file, whatever their generation.
    static QStringList journalsOf(const QString &path);

    static QString defaultFolder();

private:
    bool claim();

    QString m_folder;
    QString m_file;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Ditio
