#pragma once

// An UploadTimer that never waits: it records each delay asked for and fires when the test
// says.

#include "upload/uploadtimer.h"

#include <QList>

namespace DitioTest {

class FakeUploadTimer : public Ditio::UploadTimer
{
public:
    struct Pending
    {
        int id;
        qint64 delayMs;
        std::function<void()> callback;
    };

    int schedule(qint64 delayMs, std::function<void()> callback) override
    {
        const int id = m_nextId++;
        delays.append(delayMs);
        pending.append({id, delayMs, std::move(callback)});
        return id;
    }
    void cancel(int id) override
    {
        for (qsizetype i = 0; i < pending.size(); ++i) {
            if (pending.at(i).id == id) {
                pending.removeAt(i);
                ++cancelled;
                return;
            }
        }
    }
    // Fires the oldest pending callback; false when none is pending.
    bool fireNext()
    {
        if (pending.isEmpty())
            return false;
        const Pending next = pending.takeFirst();
        next.callback();
        return true;
    }

    QList<qint64> delays; // every delay asked for, in order
    QList<Pending> pending;
    int cancelled = 0;

private:
    int m_nextId = 1;
};

} // namespace DitioTest
