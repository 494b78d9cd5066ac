#pragma once

#include <QDate>
#include <QDateTime>

namespace Ditio {

// Everything that depends on "now" (expiry warnings, autosave, later token
// expiry and backoff) asks a Clock, so tests can set the time instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }

    // The clock the application uses; never null.
    static const Clock *system();
};

class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) { }
    QDateTime now() const override { return m_now; }
    void setNow(const QDateTime &now) { m_now = now; }

private:
    QDateTime m_now;
};

} // namespace Ditio
