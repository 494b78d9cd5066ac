#include "dateparser.h"

#include <algorithm>

namespace Ditio {

namespace {

struct NumberGroup
{
    int value = 0;
    int digits = 0;
};

// Reads up to maxDigits ASCII digits at pos; returns digits read.
NumberGroup readNumber(QStringView text, qsizetype &pos, int maxDigits)
{
    NumberGroup group;
    while (pos < text.size() && group.digits < maxDigits) {
        const char16_t c = text[pos].unicode();
        if (c < u'0' || c > u'9')
            break;
        group.value = group.value * 10 + (c - u'0');
        ++group.digits;
        ++pos;
    }
    return group;
}

bool isSeparator(QChar c)
{
    return c == u'.' || c == u'/' || c == u'-';
}

bool isTimeTail(QStringView tail)
{
    // Accepts "T00:00:00Z", " 00:00", "T00:00:00.000+01:00": the date part is what
    // counts; the time and zone as written are not re-interpreted.
    if (tail.isEmpty())
        return true;
    if (tail.front() != u'T' && tail.front() != u' ')
        return false;
    tail = tail.mid(1);
    if (tail.size() < 4)
        return false;
    for (QChar c : tail) {
        if (!(c.isDigit() || c == u':' || c == u'.' || c == u'+' || c == u'-' || c == u'Z'))
            return false;
    }
    return true;
}

DateParser::Result makeResult(int year, int month, int day, bool twoDigitYear)
{
    DateParser::Result result;
    if (twoDigitYear) {
        // Shown in the message as a hint only ("did you mean 2026?").
        year += year < 70 ? 2000 : 1900;
    }
    const QDate date(year, month, day);
    if (!date.isValid()) {
        result.status = DateParser::Status::NoSuchDate;
        return result;
    }
    result.date = date;
    result.status = twoDigitYear ? DateParser::Status::TwoDigitYear : DateParser::Status::Valid;
    return result;
}

} // namespace

DateParser::Result DateParser::parse(QStringView text)
{
    text = text.trimmed();
    Result result;
    if (text.isEmpty())
        return result;
    result.status = Status::NotUnderstood;

    qsizetype pos = 0;
    const NumberGroup first = readNumber(text, pos, 4);
    if (first.digits == 0 || pos >= text.size() || !isSeparator(text[pos]))
        return result;
    const QChar separator = text[pos++];
    const NumberGroup second = readNumber(text, pos, 2);
    if (second.digits == 0 || pos >= text.size() || text[pos] != separator)
        return result;
    ++pos;
    const NumberGroup third = readNumber(text, pos, 4);
    if (third.digits == 0)
        return result;

    if (first.digits == 4) {
        // Year first: 2026-01-15, optionally followed by a time.
        if (third.digits > 2 || !isTimeTail(text.mid(pos)))
            return result;
        return makeResult(first.value, second.value, third.value, false);
    }
    if (first.digits > 2 || pos != text.size())
        return result;
    if (third.digits == 4)
        return makeResult(third.value, second.value, first.value, false);
    if (third.digits == 2)
        return makeResult(third.value, second.value, first.value, true);
    return result;
}

namespace {

// Two or four digits, zero-padded, at out.
void putDigits(char16_t *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        out[i] = char16_t(u'0' + value % 10);
}

} // namespace

QString DateParser::format(QDate date)
{
    // By hand: QDate::toString() goes through the calendar and the locale, a
    // fifth of a million-row report's time.
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 1 || year > 9999)
        return date.toString(u"dd.MM.yyyy");
    QString text(10, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    putDigits(out, day, 2);
    out[2] = u'.';
    putDigits(out + 3, month, 2);
    out[5] = u'.';
    putDigits(out + 6, year, 4);
    return text;
}

QString DateParser::toApiDateTime(QDate date)
{
    // Built from the calendar date alone, so the local time zone can never shift it.
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 1 || year > 9999)
        return date.toString(u"yyyy-MM-dd") + QStringLiteral("T00:00:00Z");
    QString text(20, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    putDigits(out, year, 4);
    out[4] = u'-';
    putDigits(out + 5, month, 2);
    out[7] = u'-';
    putDigits(out + 8, day, 2);
    const char16_t time[] = u"T00:00:00Z";
    std::copy(time, time + 10, out + 10);
    return text;
}

} // namespace Ditio
