#pragma once

#include <QtGlobal>

#include <functional>

namespace Ditio {

// How the upload job waits (backoff, Retry-After): it asks to be called back after a
// number of milliseconds. The app uses SystemUploadTimer; tests use a fake that records
// the delays and fires when the test says, so no test sleeps.
class UploadTimer
{
public:
    virtual ~UploadTimer();
    // Calls callback once after delayMs unless cancelled first. Returns an id for cancel().
    virtual int schedule(qint64 delayMs, std::function<void()> callback) = 0;
    // Unknown or already fired ids are ignored.
    virtual void cancel(int id) = 0;
};

} // namespace Ditio
