#include "datecolumnformat.h"

#include "model/dateparser.h"

#include <algorithm>
#include <cmath>

namespace Ditio {

namespace {

// Text-file numbers that may be date serials: 01.01.1950 to 31.12.2149.
constexpr double FirstTextSerial = 18264;
constexpr double LastTextSerial = 91311;
// Workbook number cells: up to 31.12.9999, as Excel allows.
constexpr double LastSerial = 2958465;

struct Shape
{
    enum Kind : quint8 { Empty, DayMonth, TwoDigitYear, YearFirst, Number, Other };
    Kind kind = Empty;
    int a = 0, b = 0, c = 0;
    double number = 0;
};

int readDigits(QStringView text, qsizetype &pos, int maxDigits, int *digits)
{
    int value = 0;
    *digits = 0;
    while (pos < text.size() && *digits < maxDigits) {
        const char16_t ch = text[pos].unicode();
        if (ch < u'0' || ch > u'9')
            break;
        value = value * 10 + (ch - u'0');
        ++*digits;
        ++pos;
    }
    return value;
}

// " 08:30", "T23:30:00-05:00", "T00:00:00.000Z": a time (and zone) after the
// date; the date as written is what counts.
bool isTimeTail(QStringView tail)
{
    if (tail.isEmpty())
        return true;
    if (tail.front() != u'T' && tail.front() != u' ')
        return false;
    tail = tail.mid(1).trimmed();
    if (tail.size() < 4 || !tail.front().isDigit())
        return false;
    for (QChar ch : tail) {
        if (!(ch.isDigit() || ch == u':' || ch == u'.' || ch == u'+' || ch == u'-' || ch == u'Z'))
            return false;
    }
    return true;
}

bool parseNumber(QStringView text, double *value)
{
    int separators = 0;
    for (QChar ch : text) {
        if (ch == u'.' || ch == u',')
            ++separators;
        else if (!ch.isDigit() || ch.unicode() > 0x7f)
            return false;
    }
    if (separators > 1 || !text.front().isDigit() || !text.back().isDigit())
        return false;
    bool ok = false;
    *value = text.toString().replace(u',', u'.').toDouble(&ok);
    return ok;
}

Shape shapeOf(QStringView text)
{
    text = text.trimmed();
    Shape shape;
    if (text.isEmpty())
        return shape;
    shape.kind = Shape::Other;
    if (parseNumber(text, &shape.number)) {
        shape.kind = Shape::Number;
        return shape;
    }
    qsizetype pos = 0;
    int firstDigits = 0, secondDigits = 0, thirdDigits = 0;
    shape.a = readDigits(text, pos, 4, &firstDigits);
    if (firstDigits == 0 || pos >= text.size())
        return shape;
    const QChar separator = text[pos];
    if (separator != u'.' && separator != u'/' && separator != u'-')
        return shape;
    ++pos;
    shape.b = readDigits(text, pos, 2, &secondDigits);
    if (secondDigits == 0 || pos >= text.size() || text[pos] != separator)
        return shape;
    ++pos;
    shape.c = readDigits(text, pos, 4, &thirdDigits);
    if (!isTimeTail(text.mid(pos)))
        return shape;
    if (firstDigits == 4 && thirdDigits >= 1 && thirdDigits <= 2)
        shape.kind = Shape::YearFirst;
    else if (firstDigits <= 2 && thirdDigits == 4)
        shape.kind = Shape::DayMonth;
    else if (firstDigits <= 2 && thirdDigits == 2)
        shape.kind = Shape::TwoDigitYear;
    return shape;
}

bool isSerialCandidate(const SpreadsheetCell &cell, double number)
{
    if (cell.kind == SpreadsheetCell::Number)
        return number >= 0 && number <= LastSerial;
    return number >= FirstTextSerial && number <= LastTextSerial;
}

} // namespace

void DateColumnFormat::add(const SpreadsheetCell &cell, int row)
{
    if (cell.kind == SpreadsheetCell::Date) {
        ++m_values;
        ++m_dateCells;
        return;
    }
    const Shape shape = shapeOf(cell.text);
    if (shape.kind == Shape::Empty)
        return;
    ++m_values;
    switch (shape.kind) {
    case Shape::DayMonth:
    case Shape::TwoDigitYear:
        if (shape.kind == Shape::DayMonth) {
            ++m_dayMonth;
        } else if (m_twoDigitYears++ == 0) {
            m_firstTwoDigitYearRow = row;
            m_firstTwoDigitYear = cell.text.trimmed();
        }
        if (shape.a > 12 && shape.b <= 12)
            ++m_dayFirstProof;
        else if (shape.b > 12 && shape.a <= 12)
            ++m_monthFirstProof;
        break;
    case Shape::YearFirst:
        ++m_yearFirst;
        break;
    case Shape::Number:
        if (!isSerialCandidate(cell, shape.number))
            ++m_other;
        else if (cell.kind == SpreadsheetCell::Number)
            ++m_workbookSerials;
        else
            ++m_serials;
        break;
    default:
        ++m_other;
        break;
    }
}

void DateColumnFormat::append(const DateColumnFormat &later)
{
    if (m_twoDigitYears == 0 && later.m_twoDigitYears > 0) {
        m_firstTwoDigitYearRow = later.m_firstTwoDigitYearRow;
        m_firstTwoDigitYear = later.m_firstTwoDigitYear;
    }
    m_values += later.m_values;
    m_dayMonth += later.m_dayMonth;
    m_dayFirstProof += later.m_dayFirstProof;
    m_monthFirstProof += later.m_monthFirstProof;
    m_yearFirst += later.m_yearFirst;
    m_serials += later.m_serials;
    m_workbookSerials += later.m_workbookSerials;
    m_dateCells += later.m_dateCells;
    m_twoDigitYears += later.m_twoDigitYears;
    m_other += later.m_other;
}

DateColumnFormat::Summary DateColumnFormat::summary(DateOrder order) const
{
    Summary summary;
    summary.values = m_values;
    summary.twoDigitYears = m_twoDigitYears;
    summary.firstTwoDigitYearRow = m_firstTwoDigitYearRow;
    summary.firstTwoDigitYear = m_firstTwoDigitYear;

    const int dayMonth = m_dayMonth + m_twoDigitYears;
    switch (order) {
    case DateOrder::DayFirst:
        break;
    case DateOrder::MonthFirst:
        summary.monthFirst = true;
        break;
    case DateOrder::Automatic:
        summary.monthFirst = m_monthFirstProof > 0 && m_dayFirstProof == 0;
        summary.assumed = dayMonth > 0 && m_monthFirstProof == 0 && m_dayFirstProof == 0;
        summary.conflicting = m_monthFirstProof > 0 && m_dayFirstProof > 0;
        break;
    }
    // Numbers in a text are serials only where they are the column's main form.
    summary.numbersAreSerials = m_serials > 0 && m_serials > dayMonth && m_serials > m_yearFirst;
    const int serials = m_workbookSerials + (summary.numbersAreSerials ? m_serials : 0);

    // The most common form; on a tie the one a person typed.
    const int most = std::max({dayMonth, m_yearFirst, serials, m_dateCells});
    if (most == 0)
        summary.kind = Kind::None;
    else if (dayMonth == most)
        summary.kind = summary.monthFirst ? Kind::MonthFirst : Kind::DayFirst;
    else if (m_yearFirst == most)
        summary.kind = Kind::YearFirst;
    else if (serials == most)
        summary.kind = Kind::Serial;
    else
        summary.kind = Kind::DateCells;

    const int understood = m_dateCells + m_dayMonth + m_yearFirst + serials;
    summary.notUnderstood = m_values - understood - m_twoDigitYears;
    return summary;
}

QString DateColumnFormat::convert(const SpreadsheetCell &cell, const Summary &summary,
                                  bool date1904)
{
    if (cell.kind == SpreadsheetCell::Date)
        return cell.text;
    const Shape shape = shapeOf(cell.text);
    QDate date;
    switch (shape.kind) {
    case Shape::DayMonth:
        date = summary.monthFirst ? QDate(shape.c, shape.a, shape.b)
                                  : QDate(shape.c, shape.b, shape.a);
        break;
    case Shape::YearFirst:
        date = QDate(shape.a, shape.b, shape.c);
        break;
    case Shape::Number:
        if (isSerialCandidate(cell, shape.number)
            && (cell.kind == SpreadsheetCell::Number || summary.numbersAreSerials))
            date = fromSerial(shape.number, date1904);
        break;
    default:
        break;
    }
    return date.isValid() ? DateParser::format(date) : cell.text;
}

QDate DateColumnFormat::fromSerial(double serial, bool date1904)
{
    const qint64 day = qint64(std::floor(serial));
    if (date1904)
        return day >= 0 ? QDate(1904, 1, 1).addDays(day) : QDate();
    if (day < 1 || day == 60) // 60 is 29.02.1900, which Excel counts but never was
        return QDate();
    return day < 60 ? QDate(1899, 12, 31).addDays(day) : QDate(1899, 12, 30).addDays(day);
}

QString DateColumnFormat::describe(const Summary &summary)
{
    switch (summary.kind) {
    case Kind::None:
        return QString();
    case Kind::DayFirst:
        return summary.assumed ? tr("day-first (assumed)") : tr("day-first");
    case Kind::MonthFirst:
        return tr("month-first");
    case Kind::YearFirst:
        return tr("year-first");
    case Kind::Serial:
        return tr("Excel serial numbers");
    case Kind::DateCells:
        return tr("date cells");
    }
    return QString();
}

} // namespace Ditio
