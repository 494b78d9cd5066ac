#include "retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <limits>

namespace Ditio {

RetryPolicy::RetryPolicy()
{
    setRandomSource({});
}

void RetryPolicy::setRandomSource(RandomSource source)
{
    if (!source)
        source = [] { return QRandomGenerator::global()->generateDouble(); };
    m_random = std::move(source);
}

qint64 RetryPolicy::backoffCapMs(int retry) const
{
    qint64 cap = m_baseMs;
    for (int i = 1; i < retry && cap < m_maxMs; ++i)
        cap *= 2;
    return qMin(cap, m_maxMs);
}

qint64 RetryPolicy::backoffMs(int retry) const
{
    const qint64 cap = backoffCapMs(retry);
    const double fraction = qBound(0.0, m_random(), 1.0);
    return qBound<qint64>(0, qRound64(fraction * double(cap)), cap);
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;

    bool allDigits = true;
    for (char c : text)
        allDigits = allDigits && c >= '0' && c <= '9';
    if (allDigits) {
        bool ok = false;
        const qint64 seconds = text.toLongLong(&ok);
        // More digits than fit: "wait forever", which the cap turns into the longest wait.
        if (!ok || seconds > std::numeric_limits<qint64>::max() / 1000)
            return std::numeric_limits<qint64>::max();
        return seconds * 1000;
    }

    // HTTP-date: IMF-fixdate, then the obsolete RFC 850 and asctime forms. Always GMT.
    const QString date = QString::fromLatin1(text).simplified();
    const QLocale c = QLocale::c();
    QDateTime when = c.toDateTime(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        when = c.toDateTime(date, QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
    if (!when.isValid()) {
        // RFC 850 has a two-digit year: read it without the weekday (which would not
        // match the century Qt guesses), then take the year nearest to now.
        const qsizetype comma = date.indexOf(u',');
        when = c.toDateTime(date.mid(comma + 1).trimmed(),
                            QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"));
        if (when.isValid()) {
            const int year = now.date().year();
            const int twoDigits = when.date().year() % 100;
            int full = year - year % 100 + twoDigits;
            if (full > year + 50)
                full -= 100;
            else if (full < year - 50)
                full += 100;
            when = when.addYears(full - when.date().year());
        }
    }
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    return qMax<qint64>(0, now.msecsTo(when));
}

qint64 RetryPolicy::delayMs(int retry, const QByteArray &retryAfter, const QDateTime &now) const
{
    qint64 delay = backoffMs(retry);
    const std::optional<qint64> asked =
            parseRetryAfter(retryAfter, now.isValid() ? now : QDateTime::currentDateTimeUtc());
    if (asked)
        delay = qMin(qMax(delay, *asked), m_retryAfterCapMs);
    return delay;
}

} // namespace Ditio
