#include "readahead.h"

#include <cstring>

namespace Ditio {

ReadAhead::ReadAhead(Source source, qint64 blockSize, int blocks)
    : m_source(std::move(source)), m_blockSize(blockSize)
{
    m_free.resize(size_t(std::max(blocks, 2)));
    for (QByteArray &block : m_free)
        block.resize(m_blockSize);
    m_thread = std::thread([this] { run(); });
}

ReadAhead::~ReadAhead()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void ReadAhead::run()
{
    for (;;) {
        QByteArray block;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || !m_free.empty(); });
            if (m_stop)
                return;
            block = std::move(m_free.back());
            m_free.pop_back();
        }
        // Outside the lock: this is the work the reader overlaps with.
        block.resize(m_blockSize);
        const qint64 read = m_source(block.data(), m_blockSize);
        {
            const std::lock_guard lock(m_mutex);
            if (read <= 0) {
                m_ended = true;
                m_endResult = read < 0 ? -1 : 0;
            } else {
                block.resize(qsizetype(read));
                m_full.push_back(std::move(block));
            }
        }
        m_changed.notify_all();
        if (read <= 0)
            return;
    }
}

qint64 ReadAhead::read(char *data, qint64 maxSize)
{
    if (m_currentAt >= m_current.size()) {
        std::unique_lock lock(m_mutex);
        if (!m_current.isEmpty()) {
            m_free.push_back(std::move(m_current));
            m_current = QByteArray();
            m_changed.notify_all();
        }
        m_currentAt = 0;
        m_changed.wait(lock, [this] { return !m_full.empty() || m_ended; });
        if (m_full.empty())
            return m_endResult;
        m_current = std::move(m_full.front());
        m_full.pop_front();
    }
    const qint64 count = std::min(maxSize, qint64(m_current.size()) - m_currentAt);
    std::memcpy(data, m_current.constData() + m_currentAt, size_t(count));
    m_currentAt += count;
    return count;
}

} // namespace Ditio
