#include "savefile.h"

#include <QFile>

namespace Ditio {

namespace {

// Qt's "Unknown error" (translated): what a device says when it was given no reason.
bool isNoReason(const QString &text)
{
    return text.isEmpty() || text == QFile().errorString();
}

} // namespace

SaveFile::SaveFile(const QString &path) : QSaveFile(path) { }

SaveFile::~SaveFile()
{
    discard();
}

bool SaveFile::writeWhole(const QString &path, QByteArrayView bytes, QString *reason)
{
    SaveFile file(path);
    // Unbuffered: one write(2) of everything, no copy into Qt's buffer.
    if (file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)
        && file.write(bytes.data(), bytes.size()) == bytes.size() && file.commit())
        return true;
    if (reason)
        *reason = file.reason();
    return false;
}

qint64 SaveFile::writeData(const char *data, qint64 size)
{
    // A write the disk cuts short returns a short count and no error: write the rest, so
    // the failing write gives the reason.
    qint64 written = 0;
    while (written < size) {
        const qint64 chunk = QSaveFile::writeData(data + written, size - written);
        if (chunk <= 0) {
            noteFailure();
            return -1;
        }
        written += chunk;
    }
    return written;
}

bool SaveFile::seek(qint64 offset)
{
    // Qt flushes its buffer before it moves: a full disk may show here first (a zip
    // library goes back to fill in a part's sizes).
    if (QSaveFile::seek(offset))
        return true;
    if (error() != NoError)
        noteFailure();
    return false;
}

void SaveFile::noteFailure()
{
    // When a flush of Qt's buffer was cut short, Qt kept the rest: flushed once more, it
    // fails with the system's reason instead of "Unknown error".
    if (isOpen() && isNoReason(errorString()))
        flush();
    if (m_reason.isEmpty())
        m_reason = reason();
}

bool SaveFile::commit()
{
    if (!isOpen())
        return false;
    // Qt 6.4's commit() flushes too, but ignores that the flush failed.
    if (hasFailed() || error() != NoError || !flush()) {
        noteFailure();
        discard();
        return false;
    }
    if (!QSaveFile::commit()) {
        noteFailure(); // the rename failed; QSaveFile removed the temporary file
        return false;
    }
    return true;
}

void SaveFile::discard()
{
    if (!isOpen())
        return;
    cancelWriting(); // sets its own error text: the reason was noted before
    QSaveFile::commit(); // after cancelWriting() this closes and removes the temporary file
}

QString SaveFile::reason() const
{
    if (!m_reason.isEmpty())
        return m_reason;
    if (error() != NoError && !isNoReason(errorString()))
        return errorString();
    return tr("the file could not be written completely");
}

} // namespace Ditio
