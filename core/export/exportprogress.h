#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace Ditio {

// Lets an export run on a worker thread: a flag the window may set from any
// thread to stop it, and a callback told how many rows are done.
struct ExportProgress
{
    const std::atomic_bool *cancel = nullptr;
    std::function<void(qint64 done, qint64 total)> onProgress;

    bool isCancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(qint64 done, qint64 total) const
    {
        if (onProgress)
            onProgress(done, total);
    }
};

} // namespace Ditio
