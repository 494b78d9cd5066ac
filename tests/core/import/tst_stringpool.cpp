// StringPool: equal values of a column come back as one shared string; a
// column of mostly new values stops pooling; the value is always the one given.

#include "import/stringpool.h"

#include <QTest>

using namespace Ditio;
using namespace Qt::StringLiterals;

class TestStringPool : public QObject
{
    Q_OBJECT

private slots:
    void repeatedValuesShareOneString_data();
    void repeatedValuesShareOneString();
    void identifiersStopPooling();
    void longValuesAreNotPooled();
    void manyValuesAcrossGrowth();
};

void TestStringPool::repeatedValuesShareOneString_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::newRow("types") << QStringList {u"Byggekort"_s, u"Kran"_s, u"Byggekort"_s, u"Kran"_s,
                                           u"Byggekort"_s};
    QTest::newRow("dates of the same length")
            << QStringList {u"15.01.2024"_s, u"16.01.2024"_s, u"15.01.2024"_s, u"16.01.2024"_s};
    QTest::newRow("the row above") << QStringList {u"1042"_s, u"1042"_s, u"1042"_s};
    QTest::newRow("empty and non-Latin text")
            << QStringList {u""_s, u"Førstehjelp"_s, u""_s, u"Førstehjelp"_s};
}

void TestStringPool::repeatedValuesShareOneString()
{
    QFETCH(QStringList, values);
    StringPool pool;
    QHash<QString, const QChar *> first;
    for (const QString &value : values) {
        // A view into other memory, as the CSV reader hands out.
        const QString copy = value + u"#"_s;
        const QString pooled = pool.intern(QStringView(copy).chopped(1));
        QCOMPARE(pooled, value);
        if (!first.contains(value))
            first.insert(value, pooled.constData());
        else if (!value.isEmpty())
            QCOMPARE(pooled.constData(), first.value(value)); // the same buffer
    }
    QVERIFY(pool.isPooling());
}

void TestStringPool::identifiersStopPooling()
{
    StringPool pool;
    for (int i = 0; i < StringPool::MinEntriesToJudge + 10; ++i)
        QCOMPARE(pool.intern(u"BK-%1"_s.arg(i)), u"BK-%1"_s.arg(i));
    QVERIFY(!pool.isPooling());
    QCOMPARE(pool.size(), 0); // the table is let go
    // Still right, and still shares a value with the one just before it.
    const QString a = pool.intern(u"BK-1"_s);
    const QString b = pool.intern(u"BK-1"_s);
    QCOMPARE(a, u"BK-1"_s);
    QCOMPARE(a.constData(), b.constData());
    QCOMPARE(pool.intern(u"BK-2"_s), u"BK-2"_s);
}

void TestStringPool::longValuesAreNotPooled()
{
    StringPool pool;
    const QString longValue(StringPool::MaxLength + 1, u'x');
    QCOMPARE(pool.intern(longValue), longValue);
    QCOMPARE(pool.intern(u"Kran"_s), u"Kran"_s);
    QCOMPARE(pool.intern(longValue), longValue);
    QCOMPARE(pool.size(), 1);
    QVERIFY(pool.isPooling());
}

void TestStringPool::manyValuesAcrossGrowth()
{
    // Dates: thousands of values, each seen several times, in a mixed order.
    StringPool pool;
    QHash<QString, const QChar *> seen;
    for (int round = 0; round < 3; ++round) {
        for (int day = 0; day < 5000; ++day) {
            const QString date =
                    QDate(2020, 1, 1).addDays((day * 7919) % 5000).toString(u"dd.MM.yyyy"_s);
            const QString pooled = pool.intern(date);
            QCOMPARE(pooled, date);
            if (round > 0)
                QCOMPARE(pooled.constData(), seen.value(date));
            seen.insert(date, pooled.constData());
        }
    }
    QVERIFY(pool.isPooling());
    QCOMPARE(pool.size(), 5000);
}

QTEST_GUILESS_MAIN(TestStringPool)
#include "tst_stringpool.moc"
