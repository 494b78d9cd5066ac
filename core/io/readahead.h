#pragma once

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace Ditio {

// Reads a source on a thread of its own, a few blocks ahead of its reader, so
// that unpacking a zip part (one core) and parsing it (the other) overlap.
// read() has the source's contract: a count, 0 at the end, -1 on an error,
// where the source gave them. The source is not called after the destructor
// returns, so the caller may close it then (not before).
class ReadAhead
{
public:
    using Source = std::function<qint64(char *data, qint64 maxSize)>;

    explicit ReadAhead(Source source, qint64 blockSize = 256 * 1024, int blocks = 4);
    ~ReadAhead();
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    qint64 read(char *data, qint64 maxSize);

private:
    void run();

    Source m_source;
    const qint64 m_blockSize;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_full; // read, not yet taken
    std::vector<QByteArray> m_free; // to read into
    bool m_ended = false; // the source gave its last result
    qint64 m_endResult = 0; // 0 or -1
    bool m_stop = false;

    // The block being taken, on the reader's side only.
    QByteArray m_current;
    qint64 m_currentAt = 0;

    std::thread m_thread; // last: started when the rest is ready
};

} // namespace Ditio
