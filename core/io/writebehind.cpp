#include "writebehind.h"

#include <algorithm>

namespace Ditio {

WriteBehind::WriteBehind(Sink sink, int maxQueued)
    : m_sink(std::move(sink)), m_maxQueued(size_t(std::max(maxQueued, 1)))
{
    m_thread = std::thread([this] { run(); });
}

WriteBehind::~WriteBehind()
{
    finish();
}

bool WriteBehind::write(QByteArray block)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_failed || m_queue.size() < m_maxQueued; });
    if (m_failed || m_finishing)
        return false;
    m_queue.push_back(std::move(block));
    lock.unlock();
    m_changed.notify_all();
    return true;
}

bool WriteBehind::finish()
{
    {
        const std::lock_guard lock(m_mutex);
        m_finishing = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    const std::lock_guard lock(m_mutex);
    return !m_failed;
}

void WriteBehind::run()
{
    for (;;) {
        QByteArray block;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_finishing; });
            if (m_queue.empty() || m_failed)
                return; // finishing, and nothing (more) to write
            block = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_changed.notify_all(); // room in the queue
        const bool ok = m_sink(block);
        if (!ok) {
            {
                const std::lock_guard lock(m_mutex);
                m_failed = true;
                m_queue.clear();
            }
            m_changed.notify_all();
            return;
        }
    }
}

} // namespace Ditio
