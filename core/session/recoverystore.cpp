#include "recoverystore.h"

#include "workfile/workfile.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

namespace Ditio {

namespace {
const QString Suffix = QStringLiteral(".ditiocerts-recovery");
QString lockPathOf(const QString &file)
{
    return file + QStringLiteral(".lock");
}
} // namespace

RecoveryStore::RecoveryStore(const QString &folder)
    : m_folder(folder.isEmpty() ? defaultFolder() : folder)
{ }

RecoveryStore::~RecoveryStore() = default;

QString RecoveryStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
            + QStringLiteral("/recovery");
}

bool RecoveryStore::claim()
{
    if (m_lock)
        return true;
    if (!QDir().mkpath(m_folder))
        return false;
    m_file = m_folder + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces) + Suffix;
    m_lock = std::make_unique<QLockFile>(lockPathOf(m_file));
    // Never stale while this process lives: QLockFile checks the owner's PID.
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        m_lock.reset();
        return false;
    }
    return true;
}

QString RecoveryStore::sessionFile()
{
    claim();
    return m_file;
}

bool RecoveryStore::save(const WorkDocument &document, QString *errorString)
{
    if (!claim()) {
        if (errorString)
            *errorString = tr("The recovery folder %1 cannot be written.")
                                   .arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    const WorkFile::SaveResult result = WorkFile::write(m_file, document);
    if (!result.ok() && errorString)
        *errorString = result.errorString;
    return result.ok();
}

void RecoveryStore::discard()
{
    if (!m_file.isEmpty())
        QFile::remove(m_file);
}

QList<RecoveryStore::Orphan> RecoveryStore::orphans() const
{
    QList<Orphan> found;
    const QDir dir(m_folder);
    const QFileInfoList files =
            dir.entryInfoList({QStringLiteral("*") + Suffix}, QDir::Files, QDir::Time);
    for (const QFileInfo &info : files) {
        const QString path = info.absoluteFilePath();
        if (path == m_file)
            continue;
        // A lock that can be taken belongs to a process that is gone.
        QLockFile lock(lockPathOf(path));
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        const WorkFile::ReadResult read = WorkFile::read(path);
        if (!read.ok || read.document.rows.isEmpty()) {
            removeOrphan(path);
            continue;
        }
        found.append({path, info.lastModified(), read.document.documentPath,
                      int(read.document.rows.size())});
    }
    return found;
}

void RecoveryStore::removeOrphan(const QString &path)
{
    QFile::remove(path);
    QFile::remove(lockPathOf(path));
}

} // namespace Ditio
