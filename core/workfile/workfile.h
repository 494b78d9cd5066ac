#pragma once

#include "workdocument.h"

#include <QByteArray>
#include <QCoreApplication>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

class QFile;

namespace Ditio {

// The .ditiocerts work file, written atomically. Reading never changes the
// file; a file from a newer version, a corrupt or truncated file is refused
// with a message that says which and why.
//
// Format version 3 (2 without the rows' last column, "uploadedTo"): JSON
// Lines, UTF-8, each line ending in "\n".
//   line 1   the header, one JSON object:
//            {"columns":[...],"format":"ditio-certificates-work-file","recoveryOf":"...",
//             "recoveryGeneration":3,"savedBy":"Ditio Certificates 1.2.0",
//             "source":{"format":"csv","path":"..."},"version":2}
//            (recoveryOf and recoveryGeneration only in recovery files, source
//            only for imported rows; "columns" names the values of a row line)
//   then     one line per row, a JSON array: see WorkFileRow
//   last     the trailer {"rows":N}: a file cut anywhere, even between two
//            rows, is reported as truncated, never read as fewer rows.
// It is written and read as a stream: memory follows a row, not the file,
// and the content hash is computed on the way. A million typical rows are
// about 100 MB, near the size of the same rows as CSV.
//
// Version 1 (one indented JSON document with a "rows" array of objects) is
// still read, exactly as before; the first line tells them apart.
class WorkFile
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::WorkFile)

public:
    // The newest version read and written; a file with no environment in its
    // upload results is still written as version 2.
    static constexpr int FormatVersion = 3;
    static constexpr auto FileSuffix = "ditiocerts";

    struct ReadResult
    {
        bool ok = false;
        WorkDocument document;
        QString errorString;
        QByteArray contentHash; // of the bytes read: see isUnchangedOnDisk()
        // Values cut to a spreadsheet cell's size, as the other readers cut them.
        QStringList warnings;
    };
    // The largest work file read: far above a million rows, and the bound
    // that keeps a hostile file from taking the machine's memory.
    static constexpr qint64 MaxFileBytes = qint64(1) << 30;
    enum class SaveError { None, ChangedOnDisk, WriteFailed };
    struct SaveResult
    {
        SaveError error = SaveError::None;
        QString errorString;
        QByteArray contentHash; // of the bytes written
        bool ok() const { return error == SaveError::None; }
    };

    // The document as write() writes it (the current version), in memory.
    static QByteArray serialize(const WorkDocument &document);
    static ReadResult parse(const QByteArray &bytes, const QString &fileName);
    static ReadResult read(const QString &path);
    // A row Sending when the file was written (it was in flight) reads back
    // Unconfirmed; a recovery snapshot whose journal is still to be replayed
    // keeps it Sending, as the table had it (RecoveryStore::read()).
    enum class Sending { AsUnconfirmed, Kept };
    static ReadResult read(const QString &path, Sending sending);
    // From a file opened for reading; name is for the messages.
    static ReadResult read(QFile &file, const QString &name);

    // Writes through SaveFile: the file on disk is always the complete old or
    // the complete new version. With a non-empty expectedHash the save is
    // refused when the file on disk is no longer what was read or last written
    // (another program changed it); pass an empty hash to overwrite anyway.
    static SaveResult write(const QString &path, const WorkDocument &document,
                            const QByteArray &expectedHash = {});
    // The writing step alone (also for tests with a failing device): the
    // document streamed to device in blocks, its hash in *contentHash. False
    // at the first write the device refused, with its reason.
    static bool writeTo(QIODevice *device, const WorkDocument &document, QString *errorString,
                        QByteArray *contentHash = nullptr);

    static QByteArray hashOf(const QByteArray &bytes);
    // The hash of a file's content, read in blocks; empty when it cannot be read.
    static QByteArray hashOfFile(const QString &path);
    static bool isUnchangedOnDisk(const QString &path, const QByteArray &expectedHash);

private:
    static ReadResult readFrom(QIODevice *device, qint64 size, const QString &name,
                               Sending sending = Sending::AsUnconfirmed);
    static ReadResult parseVersion1(const QByteArray &bytes, const QString &fileName);
    static QString tooLarge(qint64 bytes);
};

} // namespace Ditio
