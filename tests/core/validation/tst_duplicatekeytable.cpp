// DuplicateKeyTable: the open-addressing table behind the duplicate warning.
// Thousands of random inserts and removals (growth, wrap-around, backward-shift
// deletion, a group's first row leaving) checked against a plain map after
// every step: a mistake here shows up as a duplicate warning that is wrong.

#include "validation/duplicatekeytable.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <map>
#include <vector>

using namespace Ditio;
using namespace Qt::StringLiterals;

namespace {

using RowId = DuplicateKeyTable::RowId;

struct Row
{
    QString employee;
    int spelling = 0;
    bool indexed = false;
};

// The table reads a row's employee number back through this, as the model does.
class Rows
{
public:
    std::map<RowId, Row> rows;
    DuplicateKeyTable table {[this](RowId id) -> const QString & { return rows.at(id).employee; }};

    std::vector<RowId> expectedMembers(const QString &employee, int spelling) const
    {
        std::vector<RowId> ids;
        for (const auto &[id, row] : rows) {
            if (row.indexed && row.employee == employee && row.spelling == spelling)
                ids.push_back(id);
        }
        return ids;
    }
};

} // namespace

class TestDuplicateKeyTable : public QObject
{
    Q_OBJECT

private slots:
    void groupsFormAndDissolve();
    void removingTheFirstRowKeepsTheGroup();
    void removingAnUnknownRowChangesNothing();
    void randomEditsMatchAPlainMap_data();
    void randomEditsMatchAPlainMap();
};

void TestDuplicateKeyTable::groupsFormAndDissolve()
{
    Rows r;
    r.rows[1] = {u"1042"_s, 0, true};
    r.rows[2] = {u"1042"_s, 0, true};
    r.rows[3] = {u"1042"_s, 1, true};
    QCOMPARE(r.table.insert(1, u"1042"_s, 0), 1);
    QCOMPARE(r.table.insert(2, u"1042"_s, 0), 2);
    QCOMPARE(r.table.insert(3, u"1042"_s, 1), 1); // another type spelling: another key
    QCOMPARE(r.table.groupSize(u"1042"_s, 0), 2);
    QCOMPARE(r.table.groupSize(u"1042"_s, 1), 1);
    QCOMPARE(r.table.groupSize(u"1043"_s, 0), 0);
    QCOMPARE(r.table.remove(2, u"1042"_s, 0), 1);
    QCOMPARE(r.table.remove(1, u"1042"_s, 0), 0);
    QCOMPARE(r.table.groupSize(u"1042"_s, 0), 0);
    QCOMPARE(r.table.groupSize(u"1042"_s, 1), 1);
}

void TestDuplicateKeyTable::removingTheFirstRowKeepsTheGroup()
{
    Rows r;
    for (RowId id = 1; id <= 4; ++id) {
        r.rows[id] = {u"1042"_s, 0, true};
        r.table.insert(id, u"1042"_s, 0);
    }
    // The group's first row goes; the others stay one group of three.
    QCOMPARE(r.table.remove(1, u"1042"_s, 0), 3);
    r.rows.erase(1);
    QVarLengthArray<RowId, 4> members;
    r.table.members(u"1042"_s, 0, members);
    std::sort(members.begin(), members.end());
    QCOMPARE(std::vector<RowId>(members.begin(), members.end()), (std::vector<RowId> {2, 3, 4}));
    QCOMPARE(r.table.remove(2, u"1042"_s, 0), 2);
    r.rows.erase(2);
    QCOMPARE(r.table.groupSize(u"1042"_s, 0), 2);
}

void TestDuplicateKeyTable::removingAnUnknownRowChangesNothing()
{
    Rows r;
    r.rows[1] = {u"1042"_s, 0, true};
    r.rows[2] = {u"1042"_s, 0, true};
    r.table.insert(1, u"1042"_s, 0);
    QCOMPARE(r.table.remove(2, u"1042"_s, 0), 1); // 2 was never inserted
    QCOMPARE(r.table.groupSize(u"1042"_s, 0), 1);
    r.table.insert(2, u"1042"_s, 0);
    bool removed = true;
    QCOMPARE(r.table.remove(9, u"1042"_s, 0, &removed), 2);
    QVERIFY(!removed);
    QCOMPARE(r.table.groupSize(u"1042"_s, 0), 2);
    QCOMPARE(r.table.remove(2, u"1042"_s, 0, &removed), 1);
    QVERIFY(removed);
}

void TestDuplicateKeyTable::randomEditsMatchAPlainMap_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("employees"); // distinct employee numbers in play
    QTest::addColumn<int>("steps");

    QTest::newRow("few keys, big groups") << 1u << 5 << 3000;
    QTest::newRow("many keys, growth and wrap-around") << 2u << 600 << 6000;
    QTest::newRow("mostly unique keys") << 3u << 5000 << 6000;
}

void TestDuplicateKeyTable::randomEditsMatchAPlainMap()
{
    QFETCH(quint32, seed);
    QFETCH(int, employees);
    QFETCH(int, steps);

    QRandomGenerator random(seed);
    Rows r;
    RowId nextId = 1;
    std::vector<RowId> live;
    const auto randomKey = [&](Row &row) {
        row.employee = QString::number(1000 + random.bounded(employees));
        row.spelling = int(random.bounded(3));
    };
    const auto check = [&](const Row &row) {
        const std::vector<RowId> expected = r.expectedMembers(row.employee, row.spelling);
        QVarLengthArray<RowId, 4> members;
        r.table.members(row.employee, row.spelling, members);
        std::vector<RowId> actual(members.begin(), members.end());
        std::sort(actual.begin(), actual.end());
        QCOMPARE(actual, expected);
        QCOMPARE(r.table.groupSize(row.employee, row.spelling), int(expected.size()));
    };

    for (int step = 0; step < steps; ++step) {
        const quint32 op = random.bounded(10);
        if (live.empty() || op < 5) {
            // A new row.
            const RowId id = nextId++;
            Row &row = r.rows[id];
            randomKey(row);
            row.indexed = true;
            const int size = r.table.insert(id, row.employee, row.spelling);
            QCOMPARE(size, int(r.expectedMembers(row.employee, row.spelling).size()));
            live.push_back(id);
            check(row);
        } else if (op < 8) {
            // A row deleted.
            const size_t at = random.bounded(quint32(live.size()));
            const RowId id = live.at(at);
            Row row = r.rows.at(id);
            r.rows.at(id).indexed = false;
            const int size = r.table.remove(id, row.employee, row.spelling);
            r.rows.erase(id);
            live.erase(live.begin() + qsizetype(at));
            QCOMPARE(size, int(r.expectedMembers(row.employee, row.spelling).size()));
            check(row);
        } else {
            // A row's key edited: out under the old key, in under the new one.
            const RowId id = live.at(random.bounded(quint32(live.size())));
            Row &row = r.rows.at(id);
            const Row before = row;
            row.indexed = false;
            r.table.remove(id, row.employee, row.spelling);
            randomKey(row);
            row.indexed = true;
            r.table.insert(id, row.employee, row.spelling);
            check(before);
            check(row);
        }
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("at step %1").arg(step)));
        if (step % 500 == 0) {
            // Every key still findable, whatever moved during deletions.
            for (RowId id : live)
                check(r.rows.at(id));
        }
    }
    for (RowId id : live)
        check(r.rows.at(id));
}

QTEST_GUILESS_MAIN(TestDuplicateKeyTable)
#include "tst_duplicatekeytable.moc"
