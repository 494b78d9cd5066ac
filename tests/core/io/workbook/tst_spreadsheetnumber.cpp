#include "io/workbook/spreadsheetnumber.h"

#include <QTest>

#include <cmath>

using namespace Ditio;

class TestSpreadsheetNumber : public QObject
{
    Q_OBJECT

private slots:
    void toText_data();
    void toText();
    void roundTrip_data();
    void roundTrip();
    void parse_data();
    void parse();
    void canonicalInteger_data();
    void canonicalInteger();
};

void TestSpreadsheetNumber::toText_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("identifier") << 1042.0 << QStringLiteral("1042");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0");
    QTest::newRow("negative zero") << -0.0 << QStringLiteral("0");
    QTest::newRow("negative") << -7.0 << QStringLiteral("-7");
    QTest::newRow("round ten billion") << 1e10 << QStringLiteral("10000000000");
    QTest::newRow("11-digit national id") << 12345678901.0 << QStringLiteral("12345678901");
    QTest::newRow("2^53") << 9007199254740992.0 << QStringLiteral("9007199254740992");
    QTest::newRow("1e20") << 1e20 << QStringLiteral("100000000000000000000");
    QTest::newRow("1e21") << 1e21 << QStringLiteral("1E+21");
    QTest::newRow("1.5e21") << 1.5e21 << QStringLiteral("1.5E+21");
    QTest::newRow("1.2345e300") << 1.2345e300 << QStringLiteral("1.2345E+300");
    QTest::newRow("half") << 0.5 << QStringLiteral("0.5");
    QTest::newRow("tenth") << 0.1 << QStringLiteral("0.1");
    QTest::newRow("0.1+0.2") << (0.1 + 0.2) << QStringLiteral("0.30000000000000004");
    QTest::newRow("12.5") << 12.5 << QStringLiteral("12.5");
    QTest::newRow("-1042.25") << -1042.25 << QStringLiteral("-1042.25");
    QTest::newRow("1e-7") << 1e-7 << QStringLiteral("0.0000001");
    QTest::newRow("1.5e-8") << 1.5e-8 << QStringLiteral("1.5E-08");
    QTest::newRow("date-time serial") << 46037.75 << QStringLiteral("46037.75");
    QTest::newRow("excel 17 digits") << 1.1000000000000001 << QStringLiteral("1.1");
}

void TestSpreadsheetNumber::toText()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(SpreadsheetNumber::toText(value), text);
}

void TestSpreadsheetNumber::roundTrip_data()
{
    QTest::addColumn<double>("value");
    QTest::newRow("pi") << 3.141592653589793;
    QTest::newRow("third") << 1.0 / 3.0;
    QTest::newRow("big") << 123456789012345678901234.0;
    QTest::newRow("tiny") << 4.9e-324;
    QTest::newRow("max") << 1.7976931348623157e308;
    QTest::newRow("negative fraction") << -0.000123456789;
}

void TestSpreadsheetNumber::roundTrip()
{
    QFETCH(double, value);
    const QString text = SpreadsheetNumber::toText(value);
    double back = 0;
    QVERIFY2(SpreadsheetNumber::parse(text.toLatin1(), &back), qPrintable(text));
    QCOMPARE(back, value);
    // Shortest: one digit less would not read back.
    QVERIFY(text.size() <= QString::number(value, 'g', 17).size() + 4);
}

void TestSpreadsheetNumber::parse_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");
    QTest::newRow("integer") << QByteArray("1042") << true << 1042.0;
    QTest::newRow("spaces") << QByteArray(" 7 ") << true << 7.0;
    QTest::newRow("excel exponent")
            << QByteArray("1.2345678901234501E+20") << true << 1.2345678901234501e20;
    QTest::newRow("negative exponent") << QByteArray("-1.5E-3") << true << -0.0015;
    QTest::newRow("leading dot") << QByteArray(".5") << true << 0.5;
    QTest::newRow("empty") << QByteArray("") << false << 0.0;
    QTest::newRow("text") << QByteArray("abc") << false << 0.0;
    QTest::newRow("trailing text") << QByteArray("12abc") << false << 0.0;
    QTest::newRow("inf") << QByteArray("inf") << false << 0.0;
    QTest::newRow("nan") << QByteArray("nan") << false << 0.0;
    QTest::newRow("plus") << QByteArray("+5") << false << 0.0;
    QTest::newRow("overflow") << QByteArray("1e400") << false << 0.0;
    QTest::newRow("comma decimal") << QByteArray("1,5") << false << 0.0;
}

void TestSpreadsheetNumber::parse()
{
    QFETCH(QByteArray, literal);
    QFETCH(bool, ok);
    QFETCH(double, value);
    double parsed = -1;
    QCOMPARE(SpreadsheetNumber::parse(literal, &parsed), ok);
    if (ok)
        QCOMPARE(parsed, value);
}

void TestSpreadsheetNumber::canonicalInteger_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<bool>("canonical");
    QTest::newRow("1042") << QByteArray("1042") << true;
    QTest::newRow("0") << QByteArray("0") << true;
    QTest::newRow("-7") << QByteArray("-7") << true;
    QTest::newRow("-0") << QByteArray("-0") << false;
    QTest::newRow("leading zero") << QByteArray("01042") << false;
    QTest::newRow("fraction") << QByteArray("1.5") << false;
    QTest::newRow("15 digits") << QByteArray("123456789012345") << true;
    QTest::newRow("16 digits") << QByteArray("1234567890123456") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("minus") << QByteArray("-") << false;
}

void TestSpreadsheetNumber::canonicalInteger()
{
    QFETCH(QByteArray, literal);
    QFETCH(bool, canonical);
    QCOMPARE(SpreadsheetNumber::isCanonicalInteger(literal), canonical);
}

QTEST_GUILESS_MAIN(TestSpreadsheetNumber)
#include "tst_spreadsheetnumber.moc"
