#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>

class QIODevice;

namespace Ditio {

// Reads a device line by line in blocks, never the whole file at once: the
// line-per-record files (the work file, the recovery journal) are read with
// memory that follows their longest line, not their size. Every byte read is
// added to an optional hash on the way, so the caller learns the file's hash
// without reading it twice.
class LineReader
{
public:
    static constexpr qsizetype BlockBytes = 1 << 20;

    explicit LineReader(QIODevice *device, QCryptographicHash *hash = nullptr);

    // The next line, without its "\n"; false at the end of the data (or when
    // the device failed: see failed()). The view is valid until the next call.
    bool next(QByteArrayView *line);
    // Whether the line last returned ended with "\n" (a cut file's last line does not).
    bool lineEnded() const { return m_lineEnded; }
    // The byte offset of the line last returned, from where reading started.
    qint64 lineOffset() const { return m_lineOffset; }
    // Bytes consumed so far: up to the end of the line last returned.
    qint64 position() const { return m_bufferOffset + m_begin; }
    // Reads to the end of the data without returning lines (hashing it);
    // the number of bytes read past the last line returned.
    qint64 skipToEnd();
    bool failed() const { return m_failed; }

private:
    bool fill();

    QIODevice *m_device;
    QCryptographicHash *m_hash;
    QByteArray m_buffer;
    qsizetype m_begin = 0; // the unread part of m_buffer: [m_begin, m_end)
    qsizetype m_end = 0;
    qint64 m_bufferOffset = 0; // file offset of m_buffer[0]
    qint64 m_lineOffset = 0;
    bool m_lineEnded = false;
    bool m_atEnd = false;
    bool m_failed = false;
};

} // namespace Ditio
