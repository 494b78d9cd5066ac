// DateParser: every form a user types or a spreadsheet exports, the dates the
// calendar does not have, and the API form, which must be midnight UTC whatever
// the local time zone (CTest runs this under TZ=Europe/Oslo).

#include "model/certificaterow.h"
#include "model/dateparser.h"

#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace Ditio;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(DateParser::Status)

class TestDateParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parse_data();
    void parse();
    void format_data();
    void format();
    void toApiDateTime_data();
    void toApiDateTime();
    void rowApiValueIsMidnightUtc();
};

void TestDateParser::initTestCase()
{
    // The point of the API form is that the zone cannot shift it: prove it in
    // a zone that is not UTC. CTest sets TZ; a run by hand gets it here.
    if (qEnvironmentVariableIsEmpty("TZ")) {
        qputenv("TZ", "Europe/Oslo");
        tzset();
    }
    QCOMPARE(QTimeZone::systemTimeZoneId(), QByteArray("Europe/Oslo"));
    QVERIFY(QDateTime(QDate(2026, 1, 15), QTime(0, 0)).offsetFromUtc() != 0);
}

void TestDateParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateParser::Status>("status");
    QTest::addColumn<QDate>("date");

    const auto valid = DateParser::Status::Valid;
    const QDate jan15(2026, 1, 15);

    // The forms the issue names.
    QTest::newRow("day.month.year") << u"15.01.2026"_s << valid << jan15;
    QTest::newRow("day/month/year") << u"15/01/2026"_s << valid << jan15;
    QTest::newRow("ISO year-month-day") << u"2026-01-15"_s << valid << jan15;
    QTest::newRow("single-digit day and month") << u"1.2.2024"_s << valid << QDate(2024, 2, 1);
    QTest::newRow("ISO with time and Z") << u"2026-01-15T00:00:00Z"_s << valid << jan15;

    // What spreadsheets and other tools also produce.
    QTest::newRow("day-month-year with dashes") << u"15-01-2026"_s << valid << jan15;
    QTest::newRow("ISO with milliseconds and offset")
            << u"2026-01-15T00:00:00.000+01:00"_s << valid << jan15;
    QTest::newRow("ISO with space and time") << u"2026-01-15 00:00"_s << valid << jan15;
    QTest::newRow("ISO single-digit month and day") << u"2026-1-5"_s << valid << QDate(2026, 1, 5);
    QTest::newRow("spaces around") << u"  15.01.2026 "_s << valid << jan15;
    QTest::newRow("tab after") << u"15.01.2026\t"_s << valid << jan15;
    QTest::newRow("29 February in a leap year") << u"29.02.2024"_s << valid << QDate(2024, 2, 29);
    QTest::newRow("31 December") << u"31.12.2026"_s << valid << QDate(2026, 12, 31);

    // A two-digit year is a guess: refused, with the likely date as a hint.
    QTest::newRow("two-digit year") << u"15.01.26"_s << DateParser::Status::TwoDigitYear << jan15;
    QTest::newRow("two-digit year with slashes")
            << u"15/01/26"_s << DateParser::Status::TwoDigitYear << jan15;
    QTest::newRow("two-digit year from the last century")
            << u"15.01.99"_s << DateParser::Status::TwoDigitYear << QDate(1999, 1, 15);

    // Dates the calendar does not have.
    const auto noSuchDate = DateParser::Status::NoSuchDate;
    QTest::newRow("31 February") << u"31.02.2026"_s << noSuchDate << QDate();
    QTest::newRow("29 February in a common year") << u"29.02.2025"_s << noSuchDate << QDate();
    QTest::newRow("31 April") << u"31.04.2026"_s << noSuchDate << QDate();
    QTest::newRow("month 13") << u"15.13.2026"_s << noSuchDate << QDate();
    QTest::newRow("day 0") << u"00.01.2026"_s << noSuchDate << QDate();
    QTest::newRow("month first, as in the US") << u"01/15/2026"_s << noSuchDate << QDate();
    QTest::newRow("ISO 30 February") << u"2026-02-30"_s << noSuchDate << QDate();

    // Not dates at all.
    const auto notUnderstood = DateParser::Status::NotUnderstood;
    QTest::newRow("words") << u"next year"_s << notUnderstood << QDate();
    QTest::newRow("Excel serial number") << u"46037"_s << notUnderstood << QDate();
    QTest::newRow("mixed separators") << u"15.01/2026"_s << notUnderstood << QDate();
    QTest::newRow("three-digit year") << u"15.01.202"_s << notUnderstood << QDate();
    QTest::newRow("five-digit year") << u"15.01.20260"_s << notUnderstood << QDate();
    QTest::newRow("text after the date") << u"15.01.2026 ca."_s << notUnderstood << QDate();
    QTest::newRow("ISO with text after") << u"2026-01-15xyz"_s << notUnderstood << QDate();
    QTest::newRow("month name") << u"15. januar 2026"_s << notUnderstood << QDate();
    QTest::newRow("only day and month") << u"15.01"_s << notUnderstood << QDate();
    QTest::newRow("separator only") << u"."_s << notUnderstood << QDate();
    QTest::newRow("non-ASCII digits") << u"١٥.٠١.٢٠٢٦"_s << notUnderstood << QDate();

    // Nothing typed.
    QTest::newRow("empty") << QString() << DateParser::Status::Empty << QDate();
    QTest::newRow("spaces only") << u"   "_s << DateParser::Status::Empty << QDate();
    QTest::newRow("tab and newline") << u"\t\n"_s << DateParser::Status::Empty << QDate();
}

void TestDateParser::parse()
{
    QFETCH(QString, text);
    QFETCH(DateParser::Status, status);
    QFETCH(QDate, date);

    const DateParser::Result result = DateParser::parse(text);
    QCOMPARE(result.status, status);
    QCOMPARE(result.isValid(), status == DateParser::Status::Valid);
    if (date.isValid())
        QCOMPARE(result.date, date);
    else
        QVERIFY2(!result.isValid(), qPrintable(result.date.toString(Qt::ISODate)));
}

void TestDateParser::format_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");

    QTest::newRow("two-digit day and month") << QDate(2026, 11, 28) << u"28.11.2026"_s;
    QTest::newRow("leading zeros") << QDate(2024, 2, 1) << u"01.02.2024"_s;
    QTest::newRow("last year") << QDate(9999, 12, 31) << u"31.12.9999"_s;
}

void TestDateParser::format()
{
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(DateParser::format(date), expected);
    // What the table shows is read back as the same day.
    QCOMPARE(DateParser::parse(expected).date, date);
}

void TestDateParser::toApiDateTime_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");

    QTest::newRow("winter (Oslo is UTC+1)") << u"15.01.2026"_s << u"2026-01-15T00:00:00Z"_s;
    QTest::newRow("summer (Oslo is UTC+2)") << u"15.07.2026"_s << u"2026-07-15T00:00:00Z"_s;
    QTest::newRow("day clocks go forward in Oslo") << u"29.03.2026"_s << u"2026-03-29T00:00:00Z"_s;
    QTest::newRow("day clocks go back in Oslo") << u"25.10.2026"_s << u"2026-10-25T00:00:00Z"_s;
    QTest::newRow("new year's day") << u"1.1.2027"_s << u"2027-01-01T00:00:00Z"_s;
    QTest::newRow("API form read back unchanged")
            << u"2026-01-15T00:00:00Z"_s << u"2026-01-15T00:00:00Z"_s;
    QTest::newRow("local midnight with offset keeps its calendar day")
            << u"2026-01-15T00:00:00+01:00"_s << u"2026-01-15T00:00:00Z"_s;
    QTest::newRow("29 February") << u"29/02/2028"_s << u"2028-02-29T00:00:00Z"_s;
}

void TestDateParser::toApiDateTime()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);

    const DateParser::Result parsed = DateParser::parse(typed);
    QVERIFY(parsed.isValid());
    QCOMPARE(DateParser::toApiDateTime(parsed.date), expected);
    // The API form is itself a midnight UTC instant of that calendar day.
    const QDateTime instant = QDateTime::fromString(expected, Qt::ISODate);
    QCOMPARE(instant.toUTC().date(), parsed.date);
    QCOMPARE(instant.toUTC().time(), QTime(0, 0));
}

void TestDateParser::rowApiValueIsMidnightUtc()
{
    CertificateRow row;
    row.setText(Field::IssuedDate, u"15.01.2026"_s);
    row.setText(Field::ValidUntilDate, u"15/01/28"_s);
    QCOMPARE(row.apiValue(Field::IssuedDate), u"2026-01-15T00:00:00Z"_s);
    // A date that is not accepted is never sent.
    QCOMPARE(row.apiValue(Field::ValidUntilDate), QString());
    QCOMPARE(row.validUntil().status, DateParser::Status::TwoDigitYear);
}

QTEST_GUILESS_MAIN(TestDateParser)
#include "tst_dateparser.moc"
