#include "io/workbook/xlsxnumberformat.h"

#include <QDate>
#include <QTest>

using namespace Ditio;
using Kind = XlsxNumberFormat::Kind;

class TestXlsxNumberFormat : public QObject
{
    Q_OBJECT

private slots:
    void builtin_data();
    void builtin();
    void classify_data();
    void classify();
    void serial1900_data();
    void serial1900();
    void serial1904_data();
    void serial1904();
    void serialMatchesQDate();
    void timeText_data();
    void timeText();
    void zeroPadded_data();
    void zeroPadded();
};

void TestXlsxNumberFormat::builtin_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("General") << 0 << Kind::General;
    QTest::newRow("0") << 1 << Kind::General;
    QTest::newRow("#,##0.00") << 4 << Kind::General;
    QTest::newRow("0%") << 9 << Kind::General;
    for (int id :
         {14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58})
        QTest::addRow("date %d", id) << id << Kind::Date;
    for (int id : {18, 19, 20, 21, 32, 33, 45, 46, 47})
        QTest::addRow("time %d", id) << id << Kind::Time;
    QTest::newRow("@") << 49 << Kind::General;
    QTest::newRow("custom id without numFmt") << 164 << Kind::General;
}

void TestXlsxNumberFormat::builtin()
{
    QFETCH(int, id);
    QFETCH(Kind, kind);
    QCOMPARE(XlsxNumberFormat::builtin(id).kind, kind);
}

void TestXlsxNumberFormat::classify_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("width");
    QTest::newRow("General") << QStringLiteral("General") << Kind::General << 0;
    QTest::newRow("general lower") << QStringLiteral("general") << Kind::General << 0;
    QTest::newRow("dd.mm.yyyy") << QStringLiteral("dd.mm.yyyy") << Kind::Date << 0;
    QTest::newRow("DD.MM.YYYY (LibreOffice)") << QStringLiteral("DD.MM.YYYY") << Kind::Date << 0;
    QTest::newRow("yyyy-mm-dd") << QStringLiteral("yyyy\\-mm\\-dd") << Kind::Date << 0;
    QTest::newRow("locale prefix")
            << QStringLiteral("[$-414]d\\.\\ mmmm\\ yyyy;@") << Kind::Date << 0;
    QTest::newRow("date and time") << QStringLiteral("dd/mm/yyyy\\ hh:mm") << Kind::Date << 0;
    QTest::newRow("mmm-yy") << QStringLiteral("mmm\\-yy") << Kind::Date << 0;
    QTest::newRow("month only") << QStringLiteral("mm") << Kind::Date << 0;
    QTest::newRow("h:mm") << QStringLiteral("h:mm") << Kind::Time << 0;
    QTest::newRow("mm:ss") << QStringLiteral("mm:ss") << Kind::Time << 0;
    QTest::newRow("h:mm AM/PM") << QStringLiteral("h:mm AM/PM") << Kind::Time << 0;
    QTest::newRow("elapsed [h]:mm") << QStringLiteral("[h]:mm") << Kind::Duration << 1;
    QTest::newRow("elapsed [mm]:ss") << QStringLiteral("[mm]:ss") << Kind::Duration << 2;
    QTest::newRow("elapsed [hh]:mm:ss") << QStringLiteral("[hh]:mm:ss") << Kind::Duration << 2;
    QTest::newRow("quoted letters") << QStringLiteral("0\" days\"") << Kind::General << 0;
    QTest::newRow("escaped d") << QStringLiteral("0\\d") << Kind::General << 0;
    QTest::newRow("color") << QStringLiteral("[Red]0.00") << Kind::General << 0;
    QTest::newRow("condition") << QStringLiteral("[>=100]0;0.0") << Kind::General << 0;
    QTest::newRow("currency") << QStringLiteral("#,##0.00\\ \"kr\"") << Kind::General << 0;
    QTest::newRow("currency locale")
            << QStringLiteral("[$kr-414]\\ #,##0.00") << Kind::General << 0;
    QTest::newRow("scientific") << QStringLiteral("0.00E+00") << Kind::General << 0;
    QTest::newRow("text") << QStringLiteral("@") << Kind::General << 0;
    QTest::newRow("padding char") << QStringLiteral("_(* #,##0_)") << Kind::General << 0;
    QTest::newRow("zero padded") << QStringLiteral("00000") << Kind::ZeroPadded << 5;
    QTest::newRow("zero padded sections")
            << QStringLiteral("000000;-000000") << Kind::ZeroPadded << 6;
    QTest::newRow("single zero") << QStringLiteral("0") << Kind::General << 0;
    QTest::newRow("thousands") << QStringLiteral("#,##0") << Kind::General << 0;
    QTest::newRow("date in second section only")
            << QStringLiteral("0;dd.mm.yyyy") << Kind::General << 0;
}

void TestXlsxNumberFormat::classify()
{
    QFETCH(QString, code);
    QFETCH(Kind, kind);
    QFETCH(int, width);
    const XlsxNumberFormat::Style style = XlsxNumberFormat::classify(code);
    QCOMPARE(style.kind, kind);
    QCOMPARE(int(style.width), width);
}

void TestXlsxNumberFormat::serial1900_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<QString>("text"); // empty: no date
    QTest::newRow("day 1") << 1.0 << QStringLiteral("01.01.1900");
    QTest::newRow("day 59") << 59.0 << QStringLiteral("28.02.1900");
    QTest::newRow("Excel's 29.02.1900") << 60.0 << QStringLiteral("29.02.1900");
    QTest::newRow("day 61") << 61.0 << QStringLiteral("01.03.1900");
    QTest::newRow("2026-01-15") << 46037.0 << QStringLiteral("15.01.2026");
    QTest::newRow("with time") << 46037.75 << QStringLiteral("15.01.2026");
    QTest::newRow("just before midnight rounds up")
            << 46037.999999999 << QStringLiteral("16.01.2026");
    QTest::newRow("9999-12-31") << 2958465.0 << QStringLiteral("31.12.9999");
    QTest::newRow("after 9999") << 2958466.0 << QString();
    QTest::newRow("zero") << 0.0 << QString();
    QTest::newRow("time only") << 0.5 << QString();
    QTest::newRow("negative") << -1.0 << QString();
}

void TestXlsxNumberFormat::serial1900()
{
    QFETCH(double, serial);
    QFETCH(QString, text);
    qint64 day = 0;
    int second = 0;
    const bool ok = XlsxNumberFormat::splitSerial(serial, false, &day, &second);
    QCOMPARE(ok, !text.isEmpty());
    if (ok)
        QCOMPARE(XlsxNumberFormat::dateText(day, false), text);
}

void TestXlsxNumberFormat::serial1904_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<QString>("text");
    QTest::newRow("day 0") << 0.0 << QStringLiteral("01.01.1904");
    QTest::newRow("day 1") << 1.0 << QStringLiteral("02.01.1904");
    QTest::newRow("day 60 is no special day") << 60.0 << QStringLiteral("01.03.1904");
    QTest::newRow("2026-01-15") << 44575.0 << QStringLiteral("15.01.2026");
    QTest::newRow("9999-12-31") << 2957003.0 << QStringLiteral("31.12.9999");
    QTest::newRow("after 9999") << 2957004.0 << QString();
    QTest::newRow("negative") << -1.0 << QString();
}

void TestXlsxNumberFormat::serial1904()
{
    QFETCH(double, serial);
    QFETCH(QString, text);
    qint64 day = 0;
    int second = 0;
    const bool ok = XlsxNumberFormat::splitSerial(serial, true, &day, &second);
    QCOMPARE(ok, !text.isEmpty());
    if (ok)
        QCOMPARE(XlsxNumberFormat::dateText(day, true), text);
}

void TestXlsxNumberFormat::serialMatchesQDate()
{
    // Every day from 1900-03-01 on, both systems, against QDate's arithmetic.
    for (qint64 day = 61; day < 2958465; day += 997) {
        const QDate expected = QDate(1899, 12, 30).addDays(day);
        QCOMPARE(XlsxNumberFormat::dateText(day, false), expected.toString(u"dd.MM.yyyy"));
        QCOMPARE(XlsxNumberFormat::dateText(day - 1462, true), expected.toString(u"dd.MM.yyyy"));
    }
}

void TestXlsxNumberFormat::timeText_data()
{
    QTest::addColumn<int>("second");
    QTest::addColumn<QString>("text");
    QTest::newRow("midnight") << 0 << QStringLiteral("00:00");
    QTest::newRow("noon") << 43200 << QStringLiteral("12:00");
    QTest::newRow("with seconds") << 30615 << QStringLiteral("08:30:15");
    QTest::newRow("last second") << 86399 << QStringLiteral("23:59:59");
}

void TestXlsxNumberFormat::timeText()
{
    QFETCH(int, second);
    QFETCH(QString, text);
    QCOMPARE(XlsxNumberFormat::timeText(second), text);
}

void TestXlsxNumberFormat::zeroPadded_data()
{
    QTest::addColumn<QString>("integer");
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("text");
    QTest::newRow("padded") << QStringLiteral("1042") << 5 << QStringLiteral("01042");
    QTest::newRow("wide enough") << QStringLiteral("123456") << 5 << QStringLiteral("123456");
    QTest::newRow("negative") << QStringLiteral("-42") << 4 << QStringLiteral("-0042");
}

void TestXlsxNumberFormat::zeroPadded()
{
    QFETCH(QString, integer);
    QFETCH(int, width);
    QFETCH(QString, text);
    QCOMPARE(XlsxNumberFormat::zeroPadded(integer, width), text);
}

QTEST_GUILESS_MAIN(TestXlsxNumberFormat)
#include "tst_xlsxnumberformat.moc"
