#include "model/rowstore.h"

#include <QTest>

using namespace Ditio;
using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype Chunk = RowStore::ChunkSize;

CertificateRow numbered(qsizetype n)
{
    CertificateRow row;
    row.setText(Field::EmployeeNumber, QString::number(n));
    row.setText(Field::CertificateType, u"Byggekort"_s);
    return row;
}

QList<CertificateRow> numberedList(qsizetype from, qsizetype count)
{
    QList<CertificateRow> rows;
    for (qsizetype i = from; i < from + count; ++i)
        rows.append(numbered(i));
    return rows;
}

// The employee numbers, in order: what a test compares.
QStringList numbers(const RowStore &rows)
{
    QStringList out;
    for (const CertificateRow &row : rows)
        out.append(row.text(Field::EmployeeNumber));
    return out;
}

QStringList numbers(const QList<CertificateRow> &rows)
{
    QStringList out;
    for (const CertificateRow &row : rows)
        out.append(row.text(Field::EmployeeNumber));
    return out;
}

} // namespace

class TestRowStore : public QObject
{
    Q_OBJECT

private slots:
    void appendKeepsOrder_data();
    void appendKeepsOrder();
    void insertMatchesAList_data();
    void insertMatchesAList();
    void removeMatchesAList_data();
    void removeMatchesAList();
    void snapshotKeepsItsRowsWhateverTheOriginalDoes_data();
    void snapshotKeepsItsRowsWhateverTheOriginalDoes();
    void midResizeAndEquality();
    void appendingAStoreAtABoundarySharesItsRows();
    void movingAStoreInMatchesAList_data();
    void movingAStoreInMatchesAList();
};

void TestRowStore::appendKeepsOrder_data()
{
    QTest::addColumn<qsizetype>("count");
    QTest::newRow("empty") << qsizetype(0);
    QTest::newRow("one") << qsizetype(1);
    QTest::newRow("a chunk less one") << Chunk - 1;
    QTest::newRow("a chunk") << Chunk;
    QTest::newRow("a chunk and one") << Chunk + 1;
    QTest::newRow("three chunks and a half") << 3 * Chunk + Chunk / 2;
}

void TestRowStore::appendKeepsOrder()
{
    QFETCH(qsizetype, count);
    const QList<CertificateRow> list = numberedList(0, count);
    RowStore store;
    for (const CertificateRow &row : list)
        store.append(row);
    QCOMPARE(store.size(), count);
    QCOMPARE(store.isEmpty(), count == 0);
    QCOMPARE(numbers(store), numbers(list));
    QCOMPARE(numbers(RowStore(list)), numbers(list));
    QCOMPARE(store.toList(), list);
    if (count > 0) {
        QCOMPARE(store.first().text(Field::EmployeeNumber), u"0"_s);
        QCOMPARE(store.last().text(Field::EmployeeNumber), QString::number(count - 1));
    }
    QCOMPARE(store.value(count).text(Field::EmployeeNumber), QString()); // past the end
}

void TestRowStore::insertMatchesAList_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<qsizetype>("count");
    QTest::newRow("front of one chunk") << qsizetype(10) << qsizetype(0) << qsizetype(3);
    QTest::newRow("middle of one chunk") << qsizetype(10) << qsizetype(5) << qsizetype(3);
    QTest::newRow("end") << qsizetype(10) << qsizetype(10) << qsizetype(3);
    QTest::newRow("at a chunk boundary") << 2 * Chunk << Chunk << qsizetype(5);
    QTest::newRow("spilling into a new chunk") << Chunk - 2 << Chunk - 4 << qsizetype(7);
    QTest::newRow("more than a chunk, mid-table") << 3 * Chunk + 17 << Chunk + 100 << Chunk + 3;
    QTest::newRow("into an empty store") << qsizetype(0) << qsizetype(0) << qsizetype(4);
}

void TestRowStore::insertMatchesAList()
{
    QFETCH(qsizetype, size);
    QFETCH(qsizetype, position);
    QFETCH(qsizetype, count);
    QList<CertificateRow> list = numberedList(0, size);
    RowStore store(list);
    const QList<CertificateRow> inserted = numberedList(100000, count);
    list.insert(position, count, CertificateRow());
    std::copy(inserted.cbegin(), inserted.cend(), list.begin() + position);
    store.insert(position, inserted);
    QCOMPARE(store.size(), list.size());
    QCOMPARE(numbers(store), numbers(list));
    // Appending after an insert still fills chunks in order.
    store.append(numbered(-1));
    QCOMPARE(store.last().text(Field::EmployeeNumber), u"-1"_s);
    QCOMPARE(store.size(), list.size() + 1);
}

void TestRowStore::removeMatchesAList_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<qsizetype>("count");
    QTest::newRow("first row") << qsizetype(10) << qsizetype(0) << qsizetype(1);
    QTest::newRow("last row") << qsizetype(10) << qsizetype(9) << qsizetype(1);
    QTest::newRow("all") << qsizetype(10) << qsizetype(0) << qsizetype(10);
    QTest::newRow("a whole chunk") << 3 * Chunk << Chunk << Chunk;
    QTest::newRow("across a boundary") << 2 * Chunk + 5 << Chunk - 3 << qsizetype(6);
    QTest::newRow("the tail of a full chunk") << Chunk << Chunk - 1 << qsizetype(1);
}

void TestRowStore::removeMatchesAList()
{
    QFETCH(qsizetype, size);
    QFETCH(qsizetype, position);
    QFETCH(qsizetype, count);
    QList<CertificateRow> list = numberedList(0, size);
    RowStore store(list);
    list.remove(position, count);
    store.remove(position, count);
    QCOMPARE(store.size(), list.size());
    QCOMPARE(numbers(store), numbers(list));
    store.append(numbered(-1));
    QCOMPARE(store.size(), list.size() + 1);
    QCOMPARE(store.last().text(Field::EmployeeNumber), u"-1"_s);
}

void TestRowStore::snapshotKeepsItsRowsWhateverTheOriginalDoes_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("edit a row") << u"edit"_s;
    QTest::newRow("append") << u"append"_s;
    QTest::newRow("insert") << u"insert"_s;
    QTest::newRow("remove") << u"remove"_s;
    QTest::newRow("resize") << u"resize"_s;
    QTest::newRow("clear") << u"clear"_s;
}

void TestRowStore::snapshotKeepsItsRowsWhateverTheOriginalDoes()
{
    QFETCH(QString, change);
    const QList<CertificateRow> list = numberedList(0, 2 * Chunk + 10);
    RowStore store(list);
    const RowStore snapshot = store;
    if (change == u"edit")
        store[Chunk + 1].setText(Field::Notes, u"edited"_s);
    else if (change == u"append")
        store.append(numbered(-1));
    else if (change == u"insert")
        store.insert(5, RowStore {numbered(-1), numbered(-2)});
    else if (change == u"remove")
        store.remove(Chunk - 1, 3);
    else if (change == u"resize")
        store.resize(7);
    else if (change == u"clear")
        store.clear();
    QVERIFY(store != snapshot);
    QCOMPARE(snapshot.toList(), list);

    // And the other way round: editing the snapshot leaves the original alone.
    RowStore copy = store;
    const RowStore before = store;
    if (!copy.isEmpty()) {
        copy[0].setText(Field::Notes, u"changed in the copy"_s);
        QCOMPARE(store.at(0).text(Field::Notes), before.at(0).text(Field::Notes));
    }
}

void TestRowStore::midResizeAndEquality()
{
    const QList<CertificateRow> list = numberedList(0, Chunk + 20);
    RowStore store(list);
    QCOMPARE(numbers(store.mid(Chunk - 2, 5)), numbers(list.mid(Chunk - 2, 5)));
    QCOMPARE(numbers(store.mid(Chunk + 15)), numbers(list.mid(Chunk + 15)));
    QCOMPARE(store, RowStore(list));
    QVERIFY(store == list); // a QList converts

    store.resize(3);
    QCOMPARE(numbers(store), (QStringList {u"0"_s, u"1"_s, u"2"_s}));
    store.resize(5);
    QCOMPARE(store.size(), 5);
    QVERIFY(store.at(4).isBlank());
    store.removeLast();
    QCOMPARE(store.size(), 4);
    QCOMPARE(RowStore(3).size(), 3);
    QVERIFY(RowStore() == RowStore(QList<CertificateRow>()));
}

void TestRowStore::appendingAStoreAtABoundarySharesItsRows()
{
    RowStore first(numberedList(0, Chunk));
    const RowStore second(numberedList(Chunk, Chunk + 5));
    first.append(second);
    QCOMPARE(first.size(), 2 * Chunk + 5);
    QCOMPARE(numbers(first), numbers(numberedList(0, 2 * Chunk + 5)));
    // Writing through the combined store leaves the appended one as it was.
    first[2 * Chunk + 4].setText(Field::Notes, u"changed"_s);
    first.append(numbered(-1));
    QCOMPARE(second.at(Chunk + 4).text(Field::Notes), QString());
    QCOMPARE(second.size(), Chunk + 5);
    // Off a boundary the rows are copied one by one, in order.
    RowStore odd(numberedList(0, 3));
    odd.append(RowStore(numberedList(3, Chunk)));
    QCOMPARE(numbers(odd), numbers(numberedList(0, Chunk + 3)));
}

void TestRowStore::movingAStoreInMatchesAList_data()
{
    QTest::addColumn<qsizetype>("have");
    QTest::addColumn<qsizetype>("moved");
    QTest::newRow("into an empty store") << qsizetype(0) << 2 * Chunk + 11;
    QTest::newRow("a few after a few") << qsizetype(3) << qsizetype(4);
    QTest::newRow("tops up the last chunk exactly") << Chunk - 5 << qsizetype(5);
    QTest::newRow("a part chunk after a part chunk") << Chunk + 7 << Chunk - 3;
    QTest::newRow("whole chunks after a part chunk") << qsizetype(3) << 3 * Chunk;
    QTest::newRow("many after a part chunk") << 2 * Chunk + 1 << 2 * Chunk + Chunk / 2;
    QTest::newRow("after whole chunks") << Chunk << Chunk + 2;
    QTest::newRow("nothing") << qsizetype(5) << qsizetype(0);
}

// append(RowStore &&) reuses the moved store's memory: the rows come out in
// order, every chunk but the last full, and a snapshot of the moved store
// keeps its rows.
void TestRowStore::movingAStoreInMatchesAList()
{
    QFETCH(qsizetype, have);
    QFETCH(qsizetype, moved);
    RowStore store(numberedList(0, have));
    RowStore other;
    for (const CertificateRow &row : numberedList(have, moved))
        other.append(row);
    const RowStore snapshot = moved > Chunk ? other : RowStore();
    store.append(std::move(other));
    QCOMPARE(store.size(), have + moved);
    QCOMPARE(numbers(store), numbers(numberedList(0, have + moved)));
    QVERIFY(other.isEmpty());
    if (moved > Chunk)
        QCOMPARE(numbers(snapshot), numbers(numberedList(have, moved)));
    // Still a working store: append and remove across the seams.
    QList<CertificateRow> expected = numberedList(0, have + moved);
    store.append(numbered(-1));
    expected.append(numbered(-1));
    if (store.size() >= Chunk + 1) {
        store.remove(Chunk - 1, 2);
        expected.remove(Chunk - 1, 2);
    }
    QCOMPARE(numbers(store), numbers(expected));
}

QTEST_GUILESS_MAIN(TestRowStore)
#include "tst_rowstore.moc"
