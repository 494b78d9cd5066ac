#pragma once

// A full disk on a real path, without root or a mount: while a FileSizeLimit
// lives, this process cannot make any file larger than `bytes`. A write past
// the limit fails with EFBIG ("File too large") instead of raising SIGXFSZ,
// which is ignored meanwhile. Both are restored when it goes.
//
// The limit covers every thread and every regular file of the process, the
// test log too when it is written to a file: keep the guarded span to the
// save itself, and check the results after the guard is gone (a failing
// QVERIFY inside the span prints while the limit holds). Pipes, such as the
// output CTest reads, are not limited.

#include <QtGlobal>

#ifdef Q_OS_LINUX
#    include <csignal>
#    include <functional>
#    include <sys/resource.h>

namespace DitioTest {

class FileSizeLimit
{
public:
    explicit FileSizeLimit(qint64 bytes)
    {
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        m_active = getrlimit(RLIMIT_FSIZE, &m_previous) == 0;
        if (m_active) {
            rlimit limit = m_previous;
            limit.rlim_cur = rlim_t(bytes);
            m_active = setrlimit(RLIMIT_FSIZE, &limit) == 0;
        }
    }
    ~FileSizeLimit()
    {
        if (m_active)
            setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    // False when the limit could not be set (then nothing is limited).
    bool isActive() const { return m_active; }

private:
    rlimit m_previous {};
    void (*m_previousHandler)(int) = SIG_DFL;
    bool m_active = false;
};

// Runs `work` while no file can grow past `bytes`. False, without running it, when the limit
// could not be set. Check what `work` did after this returns.
inline bool withFileSizeLimit(qint64 bytes, const std::function<void()> &work)
{
    FileSizeLimit full(bytes);
    if (!full.isActive())
        return false;
    work();
    return true;
}

} // namespace DitioTest

#endif // Q_OS_LINUX
