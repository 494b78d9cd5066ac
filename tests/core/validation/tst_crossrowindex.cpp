// CrossRowIndex: the rules that compare rows. Two rows with the same employee
// number and certificate type (Ditio keeps only the last one sent), and
// certificate types spelled differently ("Byggekort", "byggekort", "Byggekort ").

#include "validation/crossrowindex.h"

#include <QTest>

#include <map>

using namespace Ditio;
using namespace Qt::StringLiterals;

struct IndexRow
{
    QString employee;
    QString type;
};
using IndexRows = QList<IndexRow>;

// The index reads the employee number of a row back from the table: this
// stands in for the table's rows.
class TestIndex
{
    Q_DISABLE_COPY_MOVE(TestIndex)

public:
    TestIndex() = default;
    explicit TestIndex(const IndexRows &rows)
    {
        for (qsizetype i = 0; i < rows.size(); ++i)
            add(CrossRowIndex::RowId(i + 1), rows.at(i).employee, rows.at(i).type);
    }

    bool add(CrossRowIndex::RowId id, const QString &employee, const QString &type)
    {
        m_employees[id] = employee;
        return index.add(id, employee, type);
    }
    bool remove(CrossRowIndex::RowId id, const QString &employee, const QString &type)
    {
        return index.remove(id, employee, type);
    }

    CrossRowIndex index {[this](CrossRowIndex::RowId id) -> const QString & {
        const auto it = m_employees.find(id);
        return it == m_employees.end() ? m_none : it->second;
    }};

private:
    std::map<CrossRowIndex::RowId, QString> m_employees;
    QString m_none;
};

class TestCrossRowIndex : public QObject
{
    Q_OBJECT

private slots:
    void normalizedType_data();
    void normalizedType();
    void spellingVariants_data();
    void spellingVariants();
    void commonSpellingTie_data();
    void commonSpellingTie();
    void spellingsLikeListsTheGroup();
    void addAndRemoveReportGroupChanges();
    void duplicates_data();
    void duplicates();
    void duplicateCountFollowsRemovals();
    void clearForgetsEverything();
    void sharedTypeStringsCountLikeSeparateOnes();
};

void TestCrossRowIndex::normalizedType_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("already normal") << u"byggekort"_s << u"byggekort"_s;
    QTest::newRow("capital") << u"Byggekort"_s << u"byggekort"_s;
    QTest::newRow("trailing space") << u"Byggekort "_s << u"byggekort"_s;
    QTest::newRow("upper case with dash") << u"BYGGE-KORT"_s << u"byggekort"_s;
    QTest::newRow("space inside") << u"Bygge kort"_s << u"byggekort"_s;
    QTest::newRow("dot") << u"Byggekort."_s << u"byggekort"_s;
    QTest::newRow("Norwegian letters kept") << u"Førstehjelp ÆØÅ"_s << u"førstehjelpæøå"_s;
    QTest::newRow("digits kept") << u"Arbeidsvarsling 1"_s << u"arbeidsvarsling1"_s;
    QTest::newRow("punctuation only") << u" - "_s << u""_s;
}

void TestCrossRowIndex::normalizedType()
{
    QFETCH(QString, type);
    QFETCH(QString, normalized);
    QCOMPARE(CrossRowIndex::normalizedType(type), normalized);
}

void TestCrossRowIndex::spellingVariants_data()
{
    QTest::addColumn<IndexRows>("rows");
    QTest::addColumn<QStringList>("variants"); // types warned about
    QTest::addColumn<QString>("common");
    QTest::addColumn<int>("commonCount");
    QTest::addColumn<int>("variantRows");

    QTest::newRow("issue example: Byggekort x3, byggekort, \"Byggekort \"")
            << IndexRows {{u"1"_s, u"Byggekort"_s},
                          {u"2"_s, u"Byggekort"_s},
                          {u"3"_s, u"byggekort"_s},
                          {u"4"_s, u"Byggekort"_s},
                          {u"5"_s, u"Byggekort "_s}}
            << QStringList {u"byggekort"_s, u"Byggekort "_s} << u"Byggekort"_s << 3 << 2;
    QTest::newRow("one spelling: no warning")
            << IndexRows {{u"1"_s, u"Byggekort"_s}, {u"2"_s, u"Byggekort"_s}} << QStringList()
            << u"Byggekort"_s << 2 << 0;
    QTest::newRow("majority in lower case wins")
            << IndexRows {{u"1"_s, u"truck"_s}, {u"2"_s, u"Truck"_s}, {u"3"_s, u"truck"_s}}
            << QStringList {u"Truck"_s} << u"truck"_s << 2 << 1;
    QTest::newRow("punctuation variant")
            << IndexRows {{u"1"_s, u"Bygge-kort"_s},
                          {u"2"_s, u"Byggekort"_s},
                          {u"3"_s, u"Byggekort"_s}}
            << QStringList {u"Bygge-kort"_s} << u"Byggekort"_s << 2 << 1;
    QTest::newRow("different types are not variants")
            << IndexRows {{u"1"_s, u"Byggekort"_s}, {u"2"_s, u"Truckførerbevis"_s}} << QStringList()
            << u"Byggekort"_s << 1 << 0;
    QTest::newRow("rows without an employee number still count")
            << IndexRows {{u""_s, u"Byggekort"_s},
                          {u""_s, u"Byggekort"_s},
                          {u"3"_s, u"BYGGEKORT"_s}}
            << QStringList {u"BYGGEKORT"_s} << u"Byggekort"_s << 2 << 1;
}

void TestCrossRowIndex::spellingVariants()
{
    QFETCH(IndexRows, rows);
    QFETCH(QStringList, variants);
    QFETCH(QString, common);
    QFETCH(int, commonCount);
    QFETCH(int, variantRows);

    const TestIndex test(rows);
    const CrossRowIndex &index = test.index;
    QCOMPARE(index.variantRowCount(), variantRows);
    for (const IndexRow &row : rows) {
        const bool variant = variants.contains(row.type);
        QCOMPARE(index.isVariant(row.type), variant);
        const auto info = index.variantOf(row.type);
        QCOMPARE(info.has_value(), variant);
        if (info) {
            QCOMPARE(info->commonSpelling, common);
            QCOMPARE(info->commonCount, commonCount);
        }
    }
    // The spelling the quick fix writes (the first row of each case is in the group).
    QCOMPARE(index.commonSpellingFor(rows.first().type), common);
    // A type no row has is nobody's variant.
    QVERIFY(!index.isVariant(u"byggeKORT"_s));
}

void TestCrossRowIndex::commonSpellingTie_data()
{
    QTest::addColumn<QStringList>("types"); // in the order the rows were typed
    QTest::addColumn<QString>("common");

    // On a tie the texts decide, never the order of edits: a reopened file
    // must show the same warnings as before it was saved.
    QTest::newRow("capitalised typed second")
            << QStringList {u"byggekort"_s, u"Byggekort"_s} << u"Byggekort"_s;
    QTest::newRow("capitalised typed first")
            << QStringList {u"Byggekort"_s, u"byggekort"_s} << u"Byggekort"_s;
    QTest::newRow("without spaces beats with spaces")
            << QStringList {u"Byggekort "_s, u"byggekort"_s} << u"byggekort"_s;
    QTest::newRow("three-way tie")
            << QStringList {u"truck"_s, u"TRUCK"_s, u"Truck"_s} << u"TRUCK"_s;
    QTest::newRow("a majority beats the tie rule")
            << QStringList {u"Byggekort"_s, u"byggekort"_s, u"byggekort"_s} << u"byggekort"_s;
    QTest::newRow("a majority with spaces still wins on count")
            << QStringList {u"Byggekort "_s, u"Byggekort "_s, u"Byggekort"_s} << u"Byggekort "_s;
}

void TestCrossRowIndex::commonSpellingTie()
{
    QFETCH(QStringList, types);
    QFETCH(QString, common);

    TestIndex test;
    for (qsizetype i = 0; i < types.size(); ++i)
        test.add(CrossRowIndex::RowId(i + 1), QString::number(i), types.at(i));
    for (const QString &type : types) {
        QCOMPARE(test.index.commonSpellingFor(type), common);
        QCOMPARE(test.index.isVariant(type), type != common);
    }
    // The same rows added in the opposite order elect the same spelling.
    TestIndex reversed;
    for (qsizetype i = types.size() - 1; i >= 0; --i)
        reversed.add(CrossRowIndex::RowId(i + 1), QString::number(i), types.at(i));
    QCOMPARE(reversed.index.commonSpellingFor(types.first()), common);
    // And after removing and re-adding the common one.
    const qsizetype at = types.indexOf(common);
    test.remove(CrossRowIndex::RowId(at + 1), QString::number(at), common);
    test.add(CrossRowIndex::RowId(at + 1), QString::number(at), common);
    QCOMPARE(test.index.commonSpellingFor(types.first()), common);
}

void TestCrossRowIndex::spellingsLikeListsTheGroup()
{
    TestIndex test;
    test.add(1, u"1"_s, u"byggekort"_s);
    test.add(2, u"2"_s, u"Byggekort"_s);
    test.add(3, u"3"_s, u"Truck"_s);
    QCOMPARE(test.index.spellingsLike(u"byggekort"_s),
             (QStringList {u"Byggekort"_s, u"byggekort"_s}));
    QCOMPARE(test.index.spellingsLike(u"Truck"_s), QStringList {u"Truck"_s});
    QCOMPARE(test.index.spellingsLike(u"Unknown"_s), QStringList {u"Unknown"_s});
}

void TestCrossRowIndex::addAndRemoveReportGroupChanges()
{
    TestIndex test;
    CrossRowIndex &index = test.index;
    test.add(1, u"1"_s, u"Byggekort"_s);
    // Another row of the same spelling changes nothing for other rows.
    QVERIFY(!test.add(2, u"2"_s, u"Byggekort"_s));
    // A second spelling: other rows of the group may now be warned about.
    QVERIFY(test.add(3, u"3"_s, u"byggekort"_s));
    QCOMPARE(index.variantRowCount(), 1);
    // One more of the common spelling: the variant's message cites the new
    // count ("in 3 other rows"), so other rows change too.
    QVERIFY(test.add(4, u"4"_s, u"Byggekort"_s));
    // One more of the variant spelling changes nothing for the other rows.
    QVERIFY(!test.add(5, u"5"_s, u"byggekort"_s));
    QVERIFY(!test.remove(5, u"5"_s, u"byggekort"_s));
    // Removing the only variant: the group has one spelling again.
    QVERIFY(test.remove(3, u"3"_s, u"byggekort"_s));
    QCOMPARE(index.variantRowCount(), 0);
    QVERIFY(!index.isVariant(u"byggekort"_s));
    // Removing a row that was never added is harmless.
    QVERIFY(!test.remove(99, u"9"_s, u"Unknown"_s));
    QCOMPARE(index.variantRowCount(), 0);
}

void TestCrossRowIndex::duplicates_data()
{
    QTest::addColumn<IndexRows>("rows");
    QTest::addColumn<QList<int>>("duplicateIds"); // 1-based ids flagged
    QTest::addColumn<int>("duplicateRows");

    QTest::newRow("same employee and type") << IndexRows {{u"1042"_s, u"Byggekort"_s},
                                                          {u"1043"_s, u"Byggekort"_s},
                                                          {u"1042"_s, u"Byggekort"_s}}
                                            << QList<int> {1, 3} << 2;
    QTest::newRow("three of a kind") << IndexRows {{u"1042"_s, u"Byggekort"_s},
                                                   {u"1042"_s, u"Byggekort"_s},
                                                   {u"1042"_s, u"Byggekort"_s}}
                                     << QList<int> {1, 2, 3} << 3;
    QTest::newRow("same employee, other type")
            << IndexRows {{u"1042"_s, u"Byggekort"_s}, {u"1042"_s, u"Truck"_s}} << QList<int>()
            << 0;
    QTest::newRow("type spelled differently is a different key")
            << IndexRows {{u"1042"_s, u"Byggekort"_s}, {u"1042"_s, u"byggekort"_s}} << QList<int>()
            << 0;
    QTest::newRow("employee number with a space is a different key")
            << IndexRows {{u"1042"_s, u"Byggekort"_s}, {u"1042 "_s, u"Byggekort"_s}} << QList<int>()
            << 0;
    QTest::newRow("no employee number: not a duplicate")
            << IndexRows {{u""_s, u"Byggekort"_s}, {u""_s, u"Byggekort"_s}} << QList<int>() << 0;
    QTest::newRow("no type: not a duplicate")
            << IndexRows {{u"1042"_s, u""_s}, {u"1042"_s, u""_s}} << QList<int>() << 0;
    QTest::newRow("two pairs") << IndexRows {{u"1"_s, u"A"_s},
                                             {u"2"_s, u"B"_s},
                                             {u"1"_s, u"A"_s},
                                             {u"2"_s, u"B"_s}}
                               << QList<int> {1, 2, 3, 4} << 4;
}

void TestCrossRowIndex::duplicates()
{
    QFETCH(IndexRows, rows);
    QFETCH(QList<int>, duplicateIds);
    QFETCH(int, duplicateRows);

    const TestIndex test(rows);
    const CrossRowIndex &index = test.index;
    QCOMPARE(index.duplicateRowCount(), duplicateRows);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int id = int(i + 1);
        const IndexRow &row = rows.at(i);
        const bool duplicate = duplicateIds.contains(id);
        QCOMPARE(index.isDuplicate(row.employee, row.type), duplicate);
        const auto others = index.sameKeyAs(CrossRowIndex::RowId(id), row.employee, row.type);
        QCOMPARE(others.isEmpty(), !duplicate);
        for (CrossRowIndex::RowId other : others) {
            QVERIFY(other != CrossRowIndex::RowId(id));
            QCOMPARE(rows.at(other - 1).employee, row.employee);
            QCOMPARE(rows.at(other - 1).type, row.type);
        }
    }
}

void TestCrossRowIndex::duplicateCountFollowsRemovals()
{
    TestIndex test;
    CrossRowIndex &index = test.index;
    test.add(1, u"1042"_s, u"Byggekort"_s);
    test.add(2, u"1042"_s, u"Byggekort"_s);
    test.add(3, u"1042"_s, u"Byggekort"_s);
    QCOMPARE(index.duplicateRowCount(), 3);
    test.remove(2, u"1042"_s, u"Byggekort"_s);
    QCOMPARE(index.duplicateRowCount(), 2);
    QCOMPARE(index.sameKeyAs(1, u"1042"_s, u"Byggekort"_s).size(), 1);
    QCOMPARE(index.sameKeyAs(1, u"1042"_s, u"Byggekort"_s).first(), 3u);
    test.remove(3, u"1042"_s, u"Byggekort"_s);
    QCOMPARE(index.duplicateRowCount(), 0);
    QVERIFY(!index.isDuplicate(u"1042"_s, u"Byggekort"_s));
    QVERIFY(index.sameKeyAs(1, u"1042"_s, u"Byggekort"_s).isEmpty());
    // Removing the same row twice does not drive the count below zero.
    test.remove(3, u"1042"_s, u"Byggekort"_s);
    QCOMPARE(index.duplicateRowCount(), 0);
}

void TestCrossRowIndex::clearForgetsEverything()
{
    TestIndex test;
    CrossRowIndex &index = test.index;
    test.add(1, u"1042"_s, u"Byggekort"_s);
    test.add(2, u"1042"_s, u"Byggekort"_s);
    test.add(3, u"1043"_s, u"byggekort"_s);
    QCOMPARE(index.duplicateRowCount(), 2);
    QCOMPARE(index.variantRowCount(), 1);
    index.clear();
    QCOMPARE(index.duplicateRowCount(), 0);
    QCOMPARE(index.variantRowCount(), 0);
    QVERIFY(!index.isDuplicate(u"1042"_s, u"Byggekort"_s));
    QVERIFY(!index.isVariant(u"byggekort"_s));
}

void TestCrossRowIndex::sharedTypeStringsCountLikeSeparateOnes()
{
    // An import hands every row the same string for the same type; typed rows
    // have strings of their own. The index must see the same types either way,
    // and a shared string changed afterwards is a new text, not the old one.
    TestIndex test;
    CrossRowIndex &index = test.index;
    QString shared = QString::fromUtf8("Byggekort");
    test.add(1, u"1042"_s, shared);
    test.add(2, u"1043"_s, shared);
    test.add(3, u"1042"_s, QString::fromUtf8("Byggekort")); // its own copy of the text
    QCOMPARE(index.duplicateRowCount(), 2);
    QCOMPARE(index.variantRowCount(), 0);

    shared[0] = u'b'; // detaches: the index still holds "Byggekort"
    test.add(4, u"1044"_s, shared);
    test.add(5, u"1045"_s, shared);
    QCOMPARE(index.variantRowCount(), 2);
    QVERIFY(index.isVariant(u"byggekort"_s));
    QVERIFY(!index.isVariant(u"Byggekort"_s));
    QCOMPARE(index.duplicateRowCount(), 2);

    // A file read in two halves shares one string per half: rows of both,
    // interleaved, are one spelling, and their keys meet across the halves.
    {
        QString secondHalf = QString::fromUtf8("Byggekort");
        test.add(6, u"1043"_s, secondHalf);
        test.add(7, u"1046"_s, QString::fromUtf8("Byggekort"));
        test.add(8, u"1046"_s, secondHalf);
    } // the index keeps what it needs of secondHalf's buffer
    QString later = QString::fromUtf8("Kranfører");
    test.add(9, u"1046"_s, later);
    QCOMPARE(index.duplicateRowCount(), 6); // 1042 x2, 1043 x2, 1046 x2
    QCOMPARE(index.variantRowCount(), 2);
    QVERIFY(!index.isVariant(u"Kranfører"_s));
}

QTEST_GUILESS_MAIN(TestCrossRowIndex)
#include "tst_crossrowindex.moc"
