// EmployeeDirectory: Ditio's employee register as the table checks against it.
// Exact look-ups, names, and above all the near-match hints: the mistakes a
// spreadsheet or a typist makes get a hint, anything else gets none.

#include "register/employeedirectory.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

using namespace Ditio;
using namespace Qt::StringLiterals;

namespace {

EmployeeRecords records(const QStringList &numbers)
{
    EmployeeRecords result;
    for (const QString &number : numbers)
        result.append({number, u"First "_s + number, u"Last"_s});
    return result;
}

const QDateTime readAt(QDate(2026, 11, 28), QTime(11, 30), QTimeZone::utc());

} // namespace

class TestEmployeeDirectory : public QObject
{
    Q_OBJECT

private slots:
    void lookUpsAreExact();
    void namesFromFirstAndLastName_data();
    void namesFromFirstAndLastName();
    void recordsWithoutNumberOrRepeatedAreLeftOut();
    void nearMatch_data();
    void nearMatch();
    void foldedNumber_data();
    void foldedNumber();
    void emptyDirectoryHintsNothing();
    void manyLookUpsAreFast();
};

void TestEmployeeDirectory::lookUpsAreExact()
{
    const EmployeeDirectory directory(records({u"1042"_s, u"7"_s, u"A-12"_s}), readAt);
    QCOMPARE(directory.size(), 3);
    QCOMPARE(directory.readAt(), readAt);
    QVERIFY(directory.contains(u"1042"_s));
    QVERIFY(directory.contains(u"A-12"_s));
    // Ditio matches the exact text: these are other numbers to it.
    QVERIFY(!directory.contains(u"01042"_s));
    QVERIFY(!directory.contains(u"1042 "_s));
    QVERIFY(!directory.contains(u"a-12"_s));
    QVERIFY(!directory.contains(QString()));
    QCOMPARE(directory.displayName(u"1042"_s), u"First 1042 Last"_s);
    QCOMPARE(directory.displayName(u"01042"_s), QString());
    QVERIFY(directory.record(u"7"_s));
    QCOMPARE(directory.record(u"7"_s)->employeeNumber, u"7"_s);
    QVERIFY(!directory.record(u"8"_s));
}

void TestEmployeeDirectory::namesFromFirstAndLastName_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("name");
    QTest::newRow("both") << u"Kari"_s << u"Nordmann"_s << u"Kari Nordmann"_s;
    QTest::newRow("first only") << u"Kari"_s << QString() << u"Kari"_s;
    QTest::newRow("last only") << QString() << u"Nordmann"_s << u"Nordmann"_s;
    QTest::newRow("neither") << QString() << QString() << QString();
}

void TestEmployeeDirectory::namesFromFirstAndLastName()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, name);
    const EmployeeDirectory directory({{u"1042"_s, first, last}}, readAt);
    QCOMPARE(directory.displayName(u"1042"_s), name);
}

void TestEmployeeDirectory::recordsWithoutNumberOrRepeatedAreLeftOut()
{
    const EmployeeDirectory directory({{QString(), u"No"_s, u"Number"_s},
                                       {u"1042"_s, u"Kari"_s, u"Nordmann"_s},
                                       {u"1042"_s, u"Ola"_s, u"Nordmann"_s}},
                                      readAt);
    QCOMPARE(directory.size(), 1);
    QCOMPARE(directory.displayName(u"1042"_s), u"Kari Nordmann"_s);
    QVERIFY(!directory.contains(QString()));
}

void TestEmployeeDirectory::nearMatch_data()
{
    QTest::addColumn<QStringList>("numbers");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("hint"); // empty: no hint

    const QStringList sparse {u"1042"_s, u"2077"_s, u"31500"_s, u"7"_s, u"A-12"_s, u"00815"_s};
    const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };

    // What spreadsheets and copy-paste do to a number.
    row("leading zero") << sparse << u"01042"_s << u"1042"_s;
    row("several leading zeros") << sparse << u"0001042"_s << u"1042"_s;
    row("register has the leading zeros") << sparse << u"815"_s << u"00815"_s;
    row("other leading zeros") << sparse << u"0815"_s << u"00815"_s;
    row("trailing space") << sparse << u"1042 "_s << u"1042"_s;
    row("leading tab") << sparse << u"\t1042"_s << u"1042"_s;
    row("no-break space inside") << sparse << u"10\u00a042"_s << u"1042"_s;
    row("decimal zero") << sparse << u"1042.0"_s << u"1042"_s;
    row("decimal comma zeros") << sparse << u"1042,00"_s << u"1042"_s;
    row("short number with zero") << sparse << u"07"_s << u"7"_s;
    row("letters in other case") << sparse << u"a-12"_s << u"A-12"_s;

    // One digit wrong or two swapped, four digits or more.
    row("one digit wrong") << sparse << u"1043"_s << u"1042"_s;
    row("first digit wrong") << sparse << u"9042"_s << u"1042"_s;
    row("neighbours swapped") << sparse << u"1402"_s << u"1042"_s;
    row("last two swapped") << sparse << u"1024"_s << u"1042"_s;
    row("five digits, one wrong") << sparse << u"31501"_s << u"31500"_s;
    row("typo with spaces around") << sparse << u" 1043 "_s << u"1042"_s;

    // No hint: identical, too far, too short, or more than one candidate.
    row("identical") << sparse << u"1042"_s << QString();
    row("two digits wrong") << sparse << u"1143"_s << QString();
    row("digit missing") << sparse << u"142"_s << QString();
    row("extra digit") << sparse << u"10420"_s << QString();
    row("far swap") << sparse << u"2041"_s << QString();
    row("three digits, one wrong") << QStringList {u"104"_s} << u"105"_s << QString();
    row("one digit") << sparse << u"8"_s << QString();
    row("leading zero and a typo") << sparse << u"01043"_s << QString();
    row("decimal not zero") << sparse << u"1042.5"_s << QString();
    row("words") << sparse << u"Kari"_s << QString();
    row("only spaces") << sparse << u"   "_s << QString();
    row("empty") << sparse << QString() << QString();
    row("typo of two numbers") << QStringList {u"1042"_s, u"1044"_s} << u"1043"_s << QString();
    row("typo of one, swap of another")
            << QStringList {u"1042"_s, u"1403"_s} << u"1402"_s << QString();
    row("dense numbering") << QStringList {u"1040"_s, u"1041"_s, u"1042"_s, u"1050"_s} << u"1045"_s
                           << QString();
    row("zeros ambiguous") << QStringList {u"1042"_s, u"01042"_s} << u"001042"_s << QString();
    row("typed letters are no typo") << QStringList {u"1042"_s} << u"104A"_s << QString();
}

void TestEmployeeDirectory::nearMatch()
{
    QFETCH(QStringList, numbers);
    QFETCH(QString, typed);
    QFETCH(QString, hint);
    const EmployeeDirectory directory(records(numbers), readAt);
    QCOMPARE(directory.nearMatch(typed), hint);
}

void TestEmployeeDirectory::foldedNumber_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("folded");
    QTest::newRow("plain") << u"1042"_s << u"1042"_s;
    QTest::newRow("zeros and spaces") << u" 001042 "_s << u"1042"_s;
    QTest::newRow("zero alone") << u"0"_s << u"0"_s;
    QTest::newRow("zeros alone") << u"000"_s << u"0"_s;
    QTest::newRow("decimal zero") << u"1042.000"_s << u"1042"_s;
    QTest::newRow("decimal kept") << u"1042.50"_s << u"1042.50"_s;
    QTest::newRow("letters folded") << u"AB 12"_s << u"ab12"_s;
}

void TestEmployeeDirectory::foldedNumber()
{
    QFETCH(QString, number);
    QFETCH(QString, folded);
    QCOMPARE(EmployeeDirectory::foldedNumber(number), folded);
}

void TestEmployeeDirectory::emptyDirectoryHintsNothing()
{
    const EmployeeDirectory directory;
    QCOMPARE(directory.size(), 0);
    QVERIFY(directory.isEmpty());
    QVERIFY(!directory.readAt().isValid());
    QVERIFY(!directory.contains(u"1042"_s));
    QCOMPARE(directory.nearMatch(u"01042"_s), QString());
}

void TestEmployeeDirectory::manyLookUpsAreFast()
{
    // A large company's register, and a table of 100,000 rows checked
    // against it: look-ups must not scan the register.
    EmployeeRecords many;
    for (int i = 0; i < 20000; ++i)
        many.append({QString::number(100000 + i * 97), u"Name"_s, QString::number(i)});
    QElapsedTimer timer;
    timer.start();
    const EmployeeDirectory directory(many, readAt);
    const qint64 buildMs = timer.restart();
    int found = 0;
    int hinted = 0;
    for (int i = 0; i < 100000; ++i) {
        const QString number = QString::number(100000 + i);
        if (directory.contains(number))
            ++found;
        else if (!directory.nearMatch(number).isEmpty())
            ++hinted;
    }
    const qint64 lookUpMs = timer.elapsed();
    QCOMPARE(found, 1031);
    QVERIFY(hinted > 0);
    QCOMPARE(directory.nearMatch(u"0100097"_s), u"100097"_s);
    QCOMPARE(directory.nearMatch(u"100098"_s), u"100097"_s);
    // Generous bounds for a loaded debug build: a scan would take minutes.
    QVERIFY2(buildMs < 2000, qPrintable(QString::number(buildMs)));
    QVERIFY2(lookUpMs < 5000, qPrintable(QString::number(lookUpMs)));
}

QTEST_GUILESS_MAIN(TestEmployeeDirectory)
#include "tst_employeedirectory.moc"
