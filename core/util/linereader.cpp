#include "linereader.h"

#include <QIODevice>

#include <cstring>

namespace Ditio {

LineReader::LineReader(QIODevice *device, QCryptographicHash *hash) : m_device(device), m_hash(hash)
{ }

bool LineReader::fill()
{
    if (m_atEnd)
        return false;
    // Keep the unread part, at the front; grow only for a line longer than the buffer.
    if (m_begin > 0) {
        const qsizetype unread = m_end - m_begin;
        if (unread > 0)
            std::memmove(m_buffer.data(), m_buffer.constData() + m_begin, size_t(unread));
        m_bufferOffset += m_begin;
        m_end = unread;
        m_begin = 0;
    }
    if (m_buffer.size() - m_end < BlockBytes / 2)
        m_buffer.resize(std::max(m_buffer.size() * 2, m_end + BlockBytes));
    const qint64 got = m_device->read(m_buffer.data() + m_end, m_buffer.size() - m_end);
    if (got < 0) {
        m_failed = true;
        m_atEnd = true;
        return false;
    }
    if (got == 0) {
        m_atEnd = true;
        return false;
    }
    if (m_hash)
        m_hash->addData(QByteArrayView(m_buffer.constData() + m_end, qsizetype(got)));
    m_end += qsizetype(got);
    return true;
}

bool LineReader::next(QByteArrayView *line)
{
    qsizetype searchedTo = m_begin;
    for (;;) {
        const void *newline = searchedTo < m_end
                ? std::memchr(m_buffer.constData() + searchedTo, '\n', size_t(m_end - searchedTo))
                : nullptr;
        if (newline) {
            const qsizetype at = static_cast<const char *>(newline) - m_buffer.constData();
            *line = QByteArrayView(m_buffer.constData() + m_begin, at - m_begin);
            m_lineOffset = m_bufferOffset + m_begin;
            m_lineEnded = true;
            m_begin = at + 1;
            return true;
        }
        const qsizetype searched = m_end - m_begin;
        if (!fill()) {
            if (m_end == m_begin)
                return false;
            // The last line, without "\n".
            *line = QByteArrayView(m_buffer.constData() + m_begin, m_end - m_begin);
            m_lineOffset = m_bufferOffset + m_begin;
            m_lineEnded = false;
            m_begin = m_end;
            return true;
        }
        searchedTo = m_begin + searched; // fill() moved the unread part to the front
    }
}

qint64 LineReader::skipToEnd()
{
    qint64 skipped = m_end - m_begin;
    m_begin = m_end;
    while (fill()) {
        skipped += m_end - m_begin;
        m_begin = m_end;
    }
    return skipped;
}

} // namespace Ditio
