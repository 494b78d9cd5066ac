#pragma once

#include "workdocument.h"

#include <QByteArray>
#include <QCoreApplication>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

class QFile;

namespace Ditio {

// The .ditiocerts work file: versioned JSON, written atomically. Reading never
// changes the file; a file from a newer version, a corrupt or truncated file
// is refused with a message that says which and why.
class WorkFile
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::WorkFile)

public:
    static constexpr int FormatVersion = 1;
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

    static QByteArray serialize(const WorkDocument &document);
    static ReadResult parse(const QByteArray &bytes, const QString &fileName);
    static ReadResult read(const QString &path);
    // From a file opened for reading; name is for the messages.
    static ReadResult read(QFile &file, const QString &name);

    // Writes through SaveFile: the file on disk is always the complete old or
    // the complete new version. With a non-empty expectedHash the save is
    // refused when the file on disk is no longer what was read or last written
    // (another program changed it); pass an empty hash to overwrite anyway.
    static SaveResult write(const QString &path, const WorkDocument &document,
                            const QByteArray &expectedHash = {});
    // The writing step alone, for tests with a failing device.
    static bool writeTo(QIODevice *device, const QByteArray &bytes, QString *errorString);

    static QByteArray hashOf(const QByteArray &bytes);
    static bool isUnchangedOnDisk(const QString &path, const QByteArray &expectedHash);

private:
    static QString tooLarge(qint64 bytes);
};

} // namespace Ditio
