#pragma once

#include <QByteArray>
#include <QDateTime>

#include <functional>
#include <optional>

namespace Ditio {

// When to try a request again: exponential backoff with full jitter (the n-th retry waits
// a random time in [0, min(cap, base * 2^(n-1))]), a bounded number of attempts, and a
// server's Retry-After (seconds or HTTP-date) honoured as a minimum but capped, so a
// server cannot park the upload for an hour.
class RetryPolicy
{
public:
    static constexpr int DefaultMaxAttempts = 5;
    static constexpr qint64 DefaultBaseDelayMs = 1000;
    static constexpr qint64 DefaultMaxDelayMs = 30000;
    static constexpr qint64 DefaultRetryAfterCapMs = 60000;

    // Returns a number in [0, 1]; the default draws from QRandomGenerator::global().
    using RandomSource = std::function<double()>;

    RetryPolicy();

    // Attempts per request, the first one included (at least 1).
    int maxAttempts() const { return m_maxAttempts; }
    void setMaxAttempts(int attempts) { m_maxAttempts = qMax(1, attempts); }
    bool mayRetry(int attemptsMade) const { return attemptsMade < m_maxAttempts; }

    qint64 baseDelayMs() const { return m_baseMs; }
    void setBaseDelayMs(qint64 ms) { m_baseMs = qMax<qint64>(0, ms); }
    qint64 maxDelayMs() const { return m_maxMs; }
    void setMaxDelayMs(qint64 ms) { m_maxMs = qMax<qint64>(0, ms); }
    qint64 retryAfterCapMs() const { return m_retryAfterCapMs; }
    void setRetryAfterCapMs(qint64 ms) { m_retryAfterCapMs = qMax<qint64>(0, ms); }

    void setRandomSource(RandomSource source);

    // The upper bound of the wait before retry number `retry` (1 = after the first
    // attempt failed): min(max delay, base * 2^(retry-1)).
    qint64 backoffCapMs(int retry) const;
    // A random wait in [0, backoffCapMs(retry)].
    qint64 backoffMs(int retry) const;

    // Retry-After as milliseconds from now: "120" or "Wed, 21 Oct 2026 07:28:00 GMT"
    // (also the obsolete RFC 850 and asctime forms). A date in the past gives 0;
    // anything else (negative, fractions, garbage) gives nothing. Not capped.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

    // The wait before retry number `retry`: the backoff, at least the Retry-After when
    // there is a valid one, and then never more than retryAfterCapMs().
    qint64 delayMs(int retry, const QByteArray &retryAfter = {}, const QDateTime &now = {}) const;

private:
    int m_maxAttempts = DefaultMaxAttempts;
    qint64 m_baseMs = DefaultBaseDelayMs;
    qint64 m_maxMs = DefaultMaxDelayMs;
    qint64 m_retryAfterCapMs = DefaultRetryAfterCapMs;
    RandomSource m_random;
};

} // namespace Ditio
