// DateColumnFormat: how a date column is written, judged from all its values,
// and each value as the table gets it (dd.MM.yyyy, or as written when it is
// not a date in the column's format).

#include "import/datecolumnformat.h"

#include <QTest>

using namespace Ditio;
using namespace Qt::StringLiterals;
using Kind = DateColumnFormat::Kind;

Q_DECLARE_METATYPE(DateColumnFormat::Kind)
Q_DECLARE_METATYPE(DateOrder)

namespace {

SpreadsheetCell textCell(const QString &text)
{
    SpreadsheetCell cell;
    cell.text = text;
    cell.raw = text;
    cell.kind = SpreadsheetCell::Text;
    return cell;
}

} // namespace

class TestDateColumnFormat : public QObject
{
    Q_OBJECT

private slots:
    void columns_data();
    void columns();
    void twoDigitYearsAreFlaggedNotGuessed();
    void workbookCells();
    void fromSerial_data();
    void fromSerial();
};

void TestDateColumnFormat::columns_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("described");
    QTest::addColumn<QStringList>("converted");

    const DateOrder automatic = DateOrder::Automatic;
    QTest::newRow("dd.MM.yyyy, proven by a day over 12")
            << QStringList {u"15.01.2026"_s, u"03.04.2026"_s} << automatic << Kind::DayFirst
            << u"day-first"_s << QStringList {u"15.01.2026"_s, u"03.04.2026"_s};
    QTest::newRow("d.M.yyyy") << QStringList {u"1.2.2026"_s, u"31.12.2026"_s} << automatic
                              << Kind::DayFirst << u"day-first"_s
                              << QStringList {u"01.02.2026"_s, u"31.12.2026"_s};
    QTest::newRow("ambiguous: every value fits both orders, read day-first")
            << QStringList {u"03.04.2026"_s, u"01/02/2026"_s, u""_s} << automatic << Kind::DayFirst
            << u"day-first (assumed)"_s << QStringList {u"03.04.2026"_s, u"01.02.2026"_s, u""_s};
    QTest::newRow("MM/dd/yyyy proven by a day over 12 in the second place")
            << QStringList {u"03/04/2026"_s, u"01/15/2026"_s} << automatic << Kind::MonthFirst
            << u"month-first"_s << QStringList {u"04.03.2026"_s, u"15.01.2026"_s};
    QTest::newRow("month-first chosen for an ambiguous column")
            << QStringList {u"03/04/2026"_s} << DateOrder::MonthFirst << Kind::MonthFirst
            << u"month-first"_s << QStringList {u"04.03.2026"_s};
    QTest::newRow("day-first chosen although the values say month-first")
            << QStringList {u"01/15/2026"_s, u"03/04/2026"_s} << DateOrder::DayFirst
            << Kind::DayFirst << u"day-first"_s << QStringList {u"01/15/2026"_s, u"03.04.2026"_s};
    QTest::newRow("conflicting: both orders proven, read day-first")
            << QStringList {u"13.01.2026"_s, u"01.13.2026"_s} << automatic << Kind::DayFirst
            << u"day-first"_s << QStringList {u"13.01.2026"_s, u"01.13.2026"_s};
    QTest::newRow("yyyy-MM-dd") << QStringList {u"2026-01-15"_s, u"2026-1-5"_s} << automatic
                                << Kind::YearFirst << u"year-first"_s
                                << QStringList {u"15.01.2026"_s, u"05.01.2026"_s};
    QTest::newRow("ISO 8601 with time and zone: the calendar date as written")
            << QStringList {u"2026-01-15T23:30:00-05:00"_s, u"2026-01-15T00:30:00+14:00"_s,
                            u"2026-01-15T00:00:00Z"_s, u"2026-01-15T12:00:00.000Z"_s}
            << automatic << Kind::YearFirst << u"year-first"_s
            << QStringList {u"15.01.2026"_s, u"15.01.2026"_s, u"15.01.2026"_s, u"15.01.2026"_s};
    QTest::newRow("a date and a time of day")
            << QStringList {u"15.01.2026 08:30"_s} << automatic << Kind::DayFirst << u"day-first"_s
            << QStringList {u"15.01.2026"_s};
    QTest::newRow("Excel serial numbers in a text file")
            << QStringList {u"46037"_s, u"45366"_s, u"46037.75"_s, u"46037,5"_s} << automatic
            << Kind::Serial << u"Excel serial numbers"_s
            << QStringList {u"15.01.2026"_s, u"15.03.2024"_s, u"15.01.2026"_s, u"15.01.2026"_s};
    QTest::newRow("years and small numbers are not serials")
            << QStringList {u"2026"_s, u"12"_s} << automatic << Kind::None << QString()
            << QStringList {u"2026"_s, u"12"_s};
    QTest::newRow("a stray number among dates stays as written")
            << QStringList {u"15.01.2026"_s, u"46037"_s, u"16.01.2026"_s} << automatic
            << Kind::DayFirst << u"day-first"_s
            << QStringList {u"15.01.2026"_s, u"46037"_s, u"16.01.2026"_s};
    QTest::newRow("not a date in the calendar stays as written")
            << QStringList {u"31.02.2026"_s, u"2026-02-30"_s, u"15.01.2026"_s} << automatic
            << Kind::DayFirst << u"day-first"_s
            << QStringList {u"31.02.2026"_s, u"2026-02-30"_s, u"15.01.2026"_s};
    QTest::newRow("text stays as written")
            << QStringList {u"snart"_s, u"15.01.2026"_s} << automatic << Kind::DayFirst
            << u"day-first"_s << QStringList {u"snart"_s, u"15.01.2026"_s};
    QTest::newRow("empty column") << QStringList {u""_s, u"  "_s} << automatic << Kind::None
                                  << QString() << QStringList {u""_s, u"  "_s};
}

void TestDateColumnFormat::columns()
{
    QFETCH(QStringList, values);
    QFETCH(DateOrder, order);
    QFETCH(Kind, kind);
    QFETCH(QString, described);
    QFETCH(QStringList, converted);

    DateColumnFormat format;
    for (int i = 0; i < values.size(); ++i)
        format.add(textCell(values.at(i)), i + 2);
    const DateColumnFormat::Summary summary = format.summary(order);
    QCOMPARE(summary.kind, kind);
    QCOMPARE(DateColumnFormat::describe(summary), described);
    QStringList actual;
    for (const QString &value : values)
        actual.append(DateColumnFormat::convert(textCell(value), summary, false));
    QCOMPARE(actual, converted);
}

void TestDateColumnFormat::twoDigitYearsAreFlaggedNotGuessed()
{
    DateColumnFormat format;
    format.add(textCell(u"15.01.2026"_s), 2);
    format.add(textCell(u"14.03.94"_s), 3);
    format.add(textCell(u" 01.02.26 "_s), 4);
    const DateColumnFormat::Summary summary = format.summary();
    QCOMPARE(summary.kind, Kind::DayFirst);
    QVERIFY(!summary.assumed);
    QCOMPARE(summary.twoDigitYears, 2);
    QCOMPARE(summary.firstTwoDigitYearRow, 3);
    QCOMPARE(summary.firstTwoDigitYear, u"14.03.94"_s);
    QCOMPARE(summary.values, 3);
    // Left as written: the table shows them as errors, with a hint.
    QCOMPARE(DateColumnFormat::convert(textCell(u"14.03.94"_s), summary, false), u"14.03.94"_s);
}

void TestDateColumnFormat::workbookCells()
{
    // A workbook's date cells arrive as dd.MM.yyyy; its number cells in a date
    // column are serials of the workbook's date system.
    SpreadsheetCell date;
    date.text = u"15.01.2026"_s;
    date.raw = u"46037"_s;
    date.kind = SpreadsheetCell::Date;
    SpreadsheetCell number;
    number.text = u"44575"_s;
    number.raw = u"44575"_s;
    number.kind = SpreadsheetCell::Number;

    DateColumnFormat dates;
    dates.add(date, 2);
    QCOMPARE(dates.summary().kind, Kind::DateCells);
    QCOMPARE(DateColumnFormat::describe(dates.summary()), u"date cells"_s);

    DateColumnFormat numbers;
    numbers.add(number, 2);
    const DateColumnFormat::Summary summary = numbers.summary();
    QCOMPARE(summary.kind, Kind::Serial);
    QCOMPARE(DateColumnFormat::convert(number, summary, true), u"15.01.2026"_s);
    QCOMPARE(DateColumnFormat::convert(number, summary, false), u"14.01.2022"_s);
    QCOMPARE(DateColumnFormat::convert(date, summary, true), u"15.01.2026"_s);
}

void TestDateColumnFormat::fromSerial_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QDate>("date");

    QTest::newRow("1900: 1") << 1.0 << false << QDate(1900, 1, 1);
    QTest::newRow("1900: 59") << 59.0 << false << QDate(1900, 2, 28);
    QTest::newRow("1900: 60, Excel's 29.02.1900") << 60.0 << false << QDate();
    QTest::newRow("1900: 61") << 61.0 << false << QDate(1900, 3, 1);
    QTest::newRow("1900: 46037") << 46037.0 << false << QDate(2026, 1, 15);
    QTest::newRow("1900: time of day dropped") << 46037.99 << false << QDate(2026, 1, 15);
    QTest::newRow("1900: 0") << 0.0 << false << QDate();
    QTest::newRow("1904: 0") << 0.0 << true << QDate(1904, 1, 1);
    QTest::newRow("1904: 44575") << 44575.0 << true << QDate(2026, 1, 15);
}

void TestDateColumnFormat::fromSerial()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(QDate, date);
    QCOMPARE(DateColumnFormat::fromSerial(serial, date1904), date);
}

QTEST_GUILESS_MAIN(TestDateColumnFormat)
#include "tst_datecolumnformat.moc"
