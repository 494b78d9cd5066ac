#include "recoverystore.h"

#include "recoveryjournal.h"
#include "workfile/workfile.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

namespace Ditio {

namespace {
const QString Suffix = QStringLiteral(".ditiocerts-recovery");
const QString JournalSuffix = QStringLiteral(".journal");
QString lockPathOf(const QString &file)
{
    return file + QStringLiteral(".lock");
}
// The generation of "<file>.<generation>.journal"; 0 when the name is not one.
quint64 generationOf(const QString &file, const QString &journal)
{
    if (!journal.startsWith(file + u'.') || !journal.endsWith(JournalSuffix))
        return 0;
    const qsizetype from = file.size() + 1;
    bool ok = false;
    const quint64 generation = QStringView(journal)
                                       .mid(from, journal.size() - JournalSuffix.size() - from)
                                       .toULongLong(&ok);
    return ok ? generation : 0;
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

bool RecoveryStore::save(const WorkDocument &document, QString *errorString, qint64 *bytes)
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
    if (result.ok() && bytes)
        *bytes = QFileInfo(m_file).size();
    return result.ok();
}

void RecoveryStore::discard()
{
    if (m_file.isEmpty())
        return;
    QFile::remove(m_file);
    for (const QString &journal : journalsOf(m_file))
        QFile::remove(journal);
}

void RecoveryStore::removeJournalsBefore(quint64 generation)
{
    if (m_file.isEmpty())
        return;
    for (const QString &journal : journalsOf(m_file)) {
        if (generationOf(m_file, journal) < generation)
            QFile::remove(journal);
    }
}

QStringList RecoveryStore::journalsOf(const QString &path)
{
    const QFileInfo info(path);
    QStringList journals;
    const QStringList names = info.dir().entryList(
            {info.fileName() + QStringLiteral(".*") + JournalSuffix}, QDir::Files);
    for (const QString &name : names) {
        if (generationOf(path, info.dir().filePath(name)) > 0)
            journals.append(info.dir().filePath(name));
    }
    return journals;
}

WorkFile::ReadResult RecoveryStore::read(const QString &path)
{
    // Sending kept until the journal is replayed: an edit of a row in flight
    // keeps it Sending in the table, and must replay so.
    WorkFile::ReadResult result = WorkFile::read(path, WorkFile::Sending::Kept);
    if (!result.ok)
        return result;
    // Each journal continues the snapshot or the journal before it; the chain
    // ends at a journal that is missing, cut, or names no next one.
    for (quint64 generation = result.document.recoveryGeneration; generation > 0;) {
        const RecoveryJournal::Replay replay = RecoveryJournal::replay(
                RecoveryJournal::pathFor(path, generation), generation, &result.document);
        if (!replay.found || !replay.whole)
            break;
        generation = replay.next;
    }
    // In flight when the app stopped: never Uploaded, safe to resend.
    RowStore &rows = result.document.rows;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).uploadState == UploadState::Sending)
            rows[i].uploadState = UploadState::Unconfirmed;
    }
    return result;
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
        const WorkFile::ReadResult read = RecoveryStore::read(path);
        if (!read.ok || read.document.rows.isEmpty()) {
            removeOrphan(path);
            continue;
        }
        // Saved when its last edit reached the journal, or the snapshot was written.
        QDateTime savedAt = info.lastModified();
        for (const QString &journal : journalsOf(path))
            savedAt = std::max(savedAt, QFileInfo(journal).lastModified());
        found.append({path, savedAt, read.document.documentPath, int(read.document.rows.size())});
    }
    // Journals whose snapshot is gone (a session killed before its first
    // snapshot was in place) restore nothing.
    const QFileInfoList journals = dir.entryInfoList(
            {QStringLiteral("*") + Suffix + QStringLiteral(".*") + JournalSuffix}, QDir::Files);
    for (const QFileInfo &journal : journals) {
        const QString name = journal.fileName();
        const QString snapshot = dir.filePath(name.left(name.indexOf(Suffix) + Suffix.size()));
        if (snapshot == m_file || QFile::exists(snapshot)
            || generationOf(snapshot, journal.absoluteFilePath()) == 0)
            continue;
        QLockFile lock(lockPathOf(snapshot));
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        QFile::remove(journal.absoluteFilePath());
    }
    return found;
}

void RecoveryStore::removeOrphan(const QString &path)
{
    QFile::remove(path);
    for (const QString &journal : journalsOf(path))
        QFile::remove(journal);
    QFile::remove(lockPathOf(path));
}

} // namespace Ditio
