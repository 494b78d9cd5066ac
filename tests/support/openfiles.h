#pragma once

// What a child process has open, for the kill tests (tst_savekill,
// tst_autosaver): the moment a save has its file open, or has written part
// of it, is found through /proc, on Linux only.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

#ifdef Q_OS_LINUX
#    include <sys/stat.h>
#    include <unistd.h>
#endif

namespace DitioTest {

// The size of the file process `pid` has open for writing in `folder`, or -1
// when there is none; files whose path ends with one of `ignored` do not
// count (locks, a journal kept open). With QSaveFile that is its temporary
// file (on Linux an unnamed one, "#12345 (deleted)", until it replaces the
// old file); a save that wrote straight into the file would show it here too.
inline qint64 sizeOfFileOpenForWriting(qint64 pid, const QString &folder,
                                       const QStringList &ignored = {QStringLiteral(".lock")})
{
#ifdef Q_OS_LINUX
    const QString process = QStringLiteral("/proc/%1/").arg(pid);
    const QString prefix = QFileInfo(folder).canonicalFilePath() + u'/';
    for (const QString &fd :
         QDir(process + QStringLiteral("fd"))
                 .entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        const QByteArray link = QFile::encodeName(process + QStringLiteral("fd/") + fd);
        char target[4096];
        const ssize_t length = ::readlink(link.constData(), target, sizeof target - 1);
        if (length <= 0)
            continue;
        const QString path = QFile::decodeName(QByteArray(target, length));
        if (!path.startsWith(prefix))
            continue;
        bool skip = false;
        for (const QString &suffix : ignored)
            skip = skip || path.endsWith(suffix);
        if (skip)
            continue;
        // "flags:\t0100001": octal open flags, the access mode in the lowest two bits.
        QFile info(process + QStringLiteral("fdinfo/") + fd);
        if (!info.open(QIODevice::ReadOnly))
            continue;
        const QByteArray flags = info.readAll().split('\n').value(1);
        if (!flags.startsWith("flags:") || (flags.mid(6).trimmed().toInt(nullptr, 8) & 3) == 0)
            continue; // read only: the hash check before a save
        struct stat status;
        if (::stat(link.constData(), &status) == 0)
            return status.st_size;
    }
#else
    Q_UNUSED(pid);
    Q_UNUSED(folder);
    Q_UNUSED(ignored);
#endif
    return -1;
}

} // namespace DitioTest
