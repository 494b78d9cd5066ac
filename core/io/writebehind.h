#pragma once

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace Ditio {

// Hands blocks to a sink on a thread of its own, so that compressing a zip
// part (one core) and producing it (the other) overlap; the mirror of
// ReadAhead. At most `maxQueued` blocks wait, so memory stays bounded. The
// sink is not called after finish() or the destructor returns.
class WriteBehind
{
public:
    using Sink = std::function<bool(const QByteArray &block)>;

    explicit WriteBehind(Sink sink, int maxQueued = 4);
    ~WriteBehind(); // finish()
    WriteBehind(const WriteBehind &) = delete;
    WriteBehind &operator=(const WriteBehind &) = delete;

    // Queues a block, waiting while the queue is full; false once the sink
    // has failed (the block is then dropped).
    bool write(QByteArray block);
    // Waits until every queued block went to the sink; false when one failed.
    bool finish();

private:
    void run();

    Sink m_sink;
    const size_t m_maxQueued;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_queue;
    bool m_failed = false;
    bool m_finishing = false;
    std::thread m_thread; // last: started when the rest is ready
};

} // namespace Ditio
