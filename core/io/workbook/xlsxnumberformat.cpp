#include "xlsxnumberformat.h"

#include <QDate>

#include <cmath>

namespace Ditio {

namespace {

constexpr qint64 SecondsPerDay = 86400;
constexpr qint64 MillisecondsPerDay = SecondsPerDay * 1000;
// Julian day of 1899-12-30: day 61 of the 1900 system is 1900-03-01.
constexpr qint64 JulianDay18991230 = 2415019;
constexpr qint64 JulianDay19040101 = 2416481;
constexpr qint64 MaxDay1900 = 2958465; // 9999-12-31
constexpr qint64 MaxDay1904 = MaxDay1900 - 1462;

bool isDateTimeLetter(QChar c)
{
    switch (c.toLower().unicode()) {
    case u'd':
    case u'm':
    case u'y':
    case u'h':
    case u's':
        return true;
    default:
        return false;
    }
}

// The first section of a format code (up to an unquoted ';').
QStringView firstSection(QStringView code)
{
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'\\')
            ++i;
        else if (!quoted && c == u';')
            return code.left(i);
    }
    return code;
}

} // namespace

XlsxNumberFormat::Style XlsxNumberFormat::builtin(int id)
{
    if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 31) || (id >= 34 && id <= 36)
        || (id >= 50 && id <= 58)) {
        return {Kind::Date, 0};
    }
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47) || id == 32 || id == 33)
        return {Kind::Time, 0};
    return {};
}

XlsxNumberFormat::Style XlsxNumberFormat::classify(QStringView formatCode)
{
    const QStringView code = firstSection(formatCode);
    if (code.compare(u"General", Qt::CaseInsensitive) == 0)
        return {};

    bool hasDate = false;
    bool hasTime = false;
    bool hasSeconds = false;
    QChar elapsed; // the unit of an elapsed-time bracket: [h], [mm], [ss]
    quint8 elapsedWidth = 0;
    bool onlyZeros = !code.isEmpty();
    QChar previous; // the last date/time letter seen, lower case
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c != u'0')
            onlyZeros = false;
        switch (c.unicode()) {
        case u'"': { // literal text
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? code.size() : close;
            continue;
        }
        case u'\\': // an escaped character
        case u'_': // space as wide as the next character
        case u'*': // repeat the next character
            ++i;
            continue;
        case u'[': { // [Red], [$-414], [>=100]; but [h], [mm], [ss] are elapsed time
            const qsizetype close = code.indexOf(u']', i + 1);
            const QStringView inside = code.mid(i + 1, (close < 0 ? code.size() : close) - i - 1);
            if (!inside.isEmpty()) {
                const QChar first = inside.front().toLower();
                bool same = first == u'h' || first == u'm' || first == u's';
                for (QChar x : inside)
                    same = same && x.toLower() == first;
                if (same) {
                    hasTime = true;
                    previous = first;
                    hasSeconds = hasSeconds || first == u's';
                    if (elapsed.isNull()) {
                        elapsed = first;
                        elapsedWidth = quint8(std::min<qsizetype>(inside.size(), 9));
                    }
                }
            }
            i = close < 0 ? code.size() : close;
            continue;
        }
        default:
            break;
        }
        const QChar lower = c.toLower();
        if ((lower == u'a') && (code.mid(i, 5).compare(u"am/pm", Qt::CaseInsensitive) == 0)) {
            hasTime = true;
            i += 4;
            continue;
        }
        if ((lower == u'a') && (code.mid(i, 3).compare(u"a/p", Qt::CaseInsensitive) == 0)) {
            hasTime = true;
            i += 2;
            continue;
        }
        if (lower == u'd' || lower == u'y') {
            hasDate = true;
            previous = lower;
        } else if (lower == u'h' || lower == u's') {
            hasTime = true;
            hasSeconds = hasSeconds || lower == u's';
            previous = lower;
        } else if (lower == u'm') {
            // Minutes right after hours or right before seconds; else months.
            qsizetype end = i;
            while (end < code.size() && code[end].toLower() == u'm')
                ++end;
            QChar next;
            for (qsizetype j = end; j < code.size() && next.isNull(); ++j) {
                if (code[j] == u'"' || code[j] == u'[')
                    break;
                if (isDateTimeLetter(code[j]))
                    next = code[j].toLower();
            }
            if (previous == u'h' || next == u's')
                hasTime = true;
            else
                hasDate = true;
            previous = u'm';
            i = end - 1;
        }
    }
    if (hasDate)
        return {Kind::Date, 0};
    if (hasTime && !elapsed.isNull())
        return {Kind::Duration, elapsedWidth, char(elapsed.unicode()), hasSeconds};
    if (hasTime)
        return {Kind::Time, 0};
    if (onlyZeros && code.size() > 1 && code.size() <= 30)
        return {Kind::ZeroPadded, quint8(code.size())};
    return {};
}

bool XlsxNumberFormat::splitSerial(double serial, bool date1904, qint64 *day, int *second)
{
    if (!std::isfinite(serial) || serial < 0 || serial > double(MaxDay1900 + 1))
        return false;
    // To the millisecond first: a serial carries float noise far below that
    // (2026-01-15 may be stored as 46037.999999999993), which must not drop a
    // day. Then down to the second: the date of a date-time is the day it
    // falls on, so 23:59:59.5 or .999 stays on its day, never the next.
    const qint64 milliseconds = std::llround(serial * double(MillisecondsPerDay));
    const qint64 whole = milliseconds / MillisecondsPerDay;
    if ((!date1904 && whole < 1) || whole > (date1904 ? MaxDay1904 : MaxDay1900))
        return false;
    *day = whole;
    *second = int(milliseconds % MillisecondsPerDay / 1000);
    return true;
}

qint64 XlsxNumberFormat::wholeSeconds(double serial)
{
    return std::llround(serial * double(SecondsPerDay));
}

QString XlsxNumberFormat::dateText(qint64 day, bool date1904)
{
    int year = 1900;
    int month = 2;
    int dayOfMonth = 29;
    if (date1904 || day != 60) {
        qint64 julian = 0;
        if (date1904)
            julian = JulianDay19040101 + day;
        else
            julian = JulianDay18991230 + day + (day < 60 ? 1 : 0);
        QDate::fromJulianDay(julian).getDate(&year, &month, &dayOfMonth);
    }
    const char16_t text[10] = {
            char16_t(u'0' + dayOfMonth / 10),
            char16_t(u'0' + dayOfMonth % 10),
            u'.',
            char16_t(u'0' + month / 10),
            char16_t(u'0' + month % 10),
            u'.',
            char16_t(u'0' + year / 1000),
            char16_t(u'0' + year / 100 % 10),
            char16_t(u'0' + year / 10 % 10),
            char16_t(u'0' + year % 10),
    };
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

QString XlsxNumberFormat::timeText(int second)
{
    const int hours = second / 3600;
    const int minutes = second / 60 % 60;
    const int seconds = second % 60;
    char16_t text[8] = {char16_t(u'0' + hours / 10),   char16_t(u'0' + hours % 10),   u':',
                        char16_t(u'0' + minutes / 10), char16_t(u'0' + minutes % 10), u':',
                        char16_t(u'0' + seconds / 10), char16_t(u'0' + seconds % 10)};
    return QString(reinterpret_cast<const QChar *>(text), seconds ? 8 : 5);
}

QString XlsxNumberFormat::durationText(qint64 seconds, const Style &style)
{
    // Excel's elapsed time: the bracketed unit counts past its usual limit
    // ([h]:mm:ss of 10.632 days is 255:10:05), the units after it wrap.
    const auto padded = [](qint64 value, int width) {
        return QString::number(value).rightJustified(width, u'0');
    };
    QString text;
    switch (style.elapsed) {
    case 'h':
        text = padded(seconds / 3600, style.width) + u':' + padded(seconds / 60 % 60, 2);
        break;
    case 'm':
        text = padded(seconds / 60, style.width);
        break;
    default:
        return padded(seconds, style.width);
    }
    if (style.seconds)
        text += u':' + padded(seconds % 60, 2);
    return text;
}

QString XlsxNumberFormat::zeroPadded(const QString &integer, int width)
{
    const bool negative = integer.startsWith(u'-');
    const qsizetype digits = integer.size() - (negative ? 1 : 0);
    if (digits >= width)
        return integer;
    const QString padding(width - digits, u'0');
    return negative ? u'-' + padding + integer.mid(1) : padding + integer;
}

} // namespace Ditio
