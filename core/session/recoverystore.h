#pragma once

#include "workfile/workdocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <memory>

namespace Ditio {

// Recovery files: each running app owns one file (and a lock next to it) in
// the recovery folder and rewrites it a moment after each change. After a
// crash or kill -9 the lock is stale, so the next start finds the file and
// offers to restore it. A clean close removes both.
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
    bool save(const WorkDocument &document, QString *errorString = nullptr);
    // Removes this session's file: after a save or a clean close.
    void discard();

    // Files left by sessions that did not end cleanly.
    QList<Orphan> orphans() const;
    // Removes an orphan once it has been restored or declined.
    static void removeOrphan(const QString &path);

    static QString defaultFolder();

private:
    bool claim();

    QString m_folder;
    QString m_file;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Ditio
