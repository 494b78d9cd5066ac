// CertificateFilterProxyModel: the filter bar (free text, "only rows with
// problems", upload state) and sorting the way a user expects: employee
// numbers as numbers, dates as dates with unreadable ones first. At scale the
// rows are computed on a worker: the results are compared with a plain loop
// and std::stable_sort over the comparisons the table always made, and a
// result that a newer filter superseded must never be shown.

#include "model/certificatefilterproxymodel.h"
#include "register/employeedirectory.h"
#include "review/changeclassifier.h"
#include "store/ledger.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace Ditio;
using namespace DitioTest;
using namespace Qt::StringLiterals;

namespace {

// The filter as QSortFilterProxyModel::filterAcceptsRow() applied it, row by row.
bool referenceAccepts(const CertificateTableModel &table, int sourceRow, const QString &search,
                      bool onlyProblems, int uploadState)
{
    if (onlyProblems && !table.rowHasProblems(sourceRow))
        return false;
    const CertificateRow &row = table.row(sourceRow);
    if (uploadState >= 0 && int(row.uploadState) != uploadState)
        return false;
    if (search.isEmpty())
        return true;
    for (Field field : allFields()) {
        if (row.text(field).contains(search, Qt::CaseInsensitive))
            return true;
        if (isDateField(field) && row.date(field).isValid()
            && DateParser::format(row.date(field).date).contains(search))
            return true;
    }
    return table.employeeDirectory()
            && table.employeeName(sourceRow).contains(search, Qt::CaseInsensitive);
}

// The comparison QSortFilterProxyModel::lessThan() made, as it was.
bool referenceLess(const CertificateTableModel &table, int column, int l, int r)
{
    if (column == CertificateTableModel::StatusColumn) {
        const auto key = [&table](int row) {
            return int(table.row(row).uploadState) * 3 + int(table.rowSeverity(row));
        };
        return key(l) < key(r);
    }
    if (column == CertificateTableModel::ChangeColumn) {
        const auto key = [&table](int row) {
            const auto change = table.rowChange(row);
            return change ? int(change->change) : -1;
        };
        return key(l) < key(r);
    }
    if (column == CertificateTableModel::EmployeeNameColumn) {
        const bool unknownL = table.employeeUnknownToDitio(l);
        const bool unknownR = table.employeeUnknownToDitio(r);
        if (unknownL != unknownR)
            return unknownL;
        const auto &directory = table.employeeDirectory();
        if (!directory)
            return false;
        const EmployeeRecord *a = directory->record(table.text(l, Field::EmployeeNumber));
        const EmployeeRecord *b = directory->record(table.text(r, Field::EmployeeNumber));
        if (!a || !b)
            return b != nullptr;
        const QString &firstA = a->firstName.isEmpty() ? a->lastName : a->firstName;
        const QString &firstB = b->firstName.isEmpty() ? b->lastName : b->firstName;
        if (const int order = firstA.compare(firstB, Qt::CaseInsensitive))
            return order < 0;
        const QStringView lastA = a->firstName.isEmpty() ? QStringView() : a->lastName;
        const QStringView lastB = b->firstName.isEmpty() ? QStringView() : b->lastName;
        return lastA.compare(lastB, Qt::CaseInsensitive) < 0;
    }
    const Field field = CertificateTableModel::fieldOfColumn(column);
    if (isDateField(field)) {
        const DateParser::Result &a = table.row(l).date(field);
        const DateParser::Result &b = table.row(r).date(field);
        if (a.isValid() != b.isValid())
            return !a.isValid();
        if (a.isValid())
            return a.date < b.date;
    }
    const QString &a = table.row(l).text(field);
    const QString &b = table.row(r).text(field);
    if (field == Field::EmployeeNumber) {
        bool okA = false;
        bool okB = false;
        const qulonglong na = a.toULongLong(&okA);
        const qulonglong nb = b.toULongLong(&okB);
        if (okA && okB && na != nb)
            return na < nb;
        if (okA != okB)
            return okA;
    }
    return a.compare(b, Qt::CaseInsensitive) < 0;
}

// The table rows a proxy shows, in its order.
QList<int> shownSourceRows(const CertificateFilterProxyModel &proxy)
{
    QList<int> rows;
    rows.reserve(proxy.rowCount());
    for (int row = 0; row < proxy.rowCount(); ++row)
        rows.append(proxy.mapToSource(proxy.index(row, 0)).row());
    return rows;
}

// A register for variedRows(): every other employee number, some without a
// first name, and a number listed twice (the first record counts).
std::shared_ptr<const EmployeeDirectory> variedDirectory(int rowCount)
{
    static const QStringList firstNames = {u"Kari"_s, u"ola"_s,     u"Åse"_s,
                                           QString(), u"Øystein"_s, u"kari"_s};
    static const QStringList lastNames = {u"Nordmann"_s, u"berg"_s, u"Løvås"_s, u"Hansen"_s};
    EmployeeRecords records;
    for (int number = 1000, i = 0; number <= 1000 + rowCount / 3; number += 2, ++i) {
        records.append({QString::number(number), firstNames.at(i % firstNames.size()),
                        lastNames.at((i / 3) % lastNames.size())});
    }
    records.append({u"1000"_s, u"Second"_s, u"Record"_s});
    return directoryOf(records);
}

constexpr int LargeRows = 200000;

} // namespace

class TestCertificateFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void search_data();
    void search();
    void onlyProblems_data();
    void onlyProblems();
    void uploadState();
    void filtersCombine();
    void changeColumn();
    void sort_data();
    void sort();
    void employeeNameColumn_data();
    void employeeNameColumn();
    void sortStartsFromCurrentOrder();
    void unsortedIsFileOrder();
    void headers();
    void editsThroughProxy();
    void insertedRowsFollowTheRowAbove_data();
    void insertedRowsFollowTheRowAbove();
    void removedRowsLeave();
    void manyRowsChangedAtOnce();
    void backgroundResultSupersededIsNeverShown();
    void tableChangedWhileUpdating();
    void atScaleFilter_data();
    void atScaleFilter();
    void atScaleSort_data();
    void atScaleSort();
    void atScaleSupersededIsNeverShown();

private:
    void makeLarge();
    void waitForRows(CertificateFilterProxyModel &proxy);

    QStringList shownEmployees() const;

    FixedClock m_clock {fixedNow()};
    CertificateTableModel *m_model = nullptr;
    CertificateFilterProxyModel *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    // LargeRows varied rows with a register, made once for the tests at scale.
    std::unique_ptr<CertificateTableModel> m_large;
};

void TestCertificateFilterProxyModel::init()
{
    m_model = new CertificateTableModel;
    m_model->setClock(&m_clock);
    m_model->setRows({
            makeRow(u"1042"_s, u"Byggekort"_s, u"BK-1"_s, u"2026-01-15"_s, u"15.01.2030"_s,
                    u"Kurs hos Veiprosjekt"_s),
            makeRow(u"99"_s, u"truck"_s, u"T-7"_s, u"01.06.2025"_s, u"01.06.2029"_s),
            makeRow(u"A-17"_s, u"Førstehjelp"_s, u"FH-2"_s, u"31.02.2026"_s, u"01.01.2031"_s),
            makeRow(u"1043"_s, u"Byggekort"_s, u"BK-3"_s, u"10.01.2026"_s, u"10.12.2026"_s),
            makeRow(u"205"_s, u"Truck"_s, u"T-8"_s, u"05.05.2024"_s, u"05.05.2029"_s),
    });
    m_model->setUploadResult(4, UploadState::Uploaded);
    m_model->setUploadResult(1, UploadState::Rejected, u"no"_s);
    m_proxy = new CertificateFilterProxyModel;
    m_proxy->setSourceModel(m_model);
    m_tester = new QAbstractItemModelTester(m_proxy,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestCertificateFilterProxyModel::cleanup()
{
    delete m_tester;
    delete m_proxy;
    delete m_model;
}

QStringList TestCertificateFilterProxyModel::shownEmployees() const
{
    QStringList shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.append(m_proxy->index(row, 0).data(Qt::EditRole).toString());
    return shown;
}

void TestCertificateFilterProxyModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("shown");

    QTest::newRow("nothing typed: every row")
            << QString() << QStringList {u"1042"_s, u"99"_s, u"A-17"_s, u"1043"_s, u"205"_s};
    QTest::newRow("type, any case") << u"TRUCK"_s << QStringList {u"99"_s, u"205"_s};
    QTest::newRow("part of the notes") << u"veiprosjekt"_s << QStringList {u"1042"_s};
    QTest::newRow("Norwegian letters") << u"førstehjelp"_s << QStringList {u"A-17"_s};
    QTest::newRow("certificate number") << u"BK-"_s << QStringList {u"1042"_s, u"1043"_s};
    // The table shows 15.01.2026 for a date typed 2026-01-15: both find it.
    QTest::newRow("date as shown") << u"15.01.2026"_s << QStringList {u"1042"_s};
    QTest::newRow("date as typed") << u"2026-01"_s << QStringList {u"1042"_s};
    QTest::newRow("no match") << u"kranfører"_s << QStringList();
}

void TestCertificateFilterProxyModel::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, shown);
    m_proxy->setSearchText(text);
    QCOMPARE(m_proxy->searchText(), text);
    QCOMPARE(shownEmployees(), shown);
}

void TestCertificateFilterProxyModel::onlyProblems_data()
{
    QTest::addColumn<bool>("background");

    QTest::newRow("here") << false;
    // As for a large table: the rows' severities are read between events,
    // kept while the validation stays, and the rows computed on a worker.
    QTest::newRow("on a worker") << true;
}

void TestCertificateFilterProxyModel::onlyProblems()
{
    QFETCH(bool, background);
    if (background)
        m_proxy->setBackgroundThreshold(0);
    m_proxy->setOnlyProblems(true);
    QCOMPARE(m_proxy->isUpdating(), background);
    QTRY_VERIFY(!m_proxy->isUpdating());
    QVERIFY(m_proxy->onlyProblems());
    // 31.02.2026 is an error; expiring in 12 days and spelling variants are warnings.
    QCOMPARE(shownEmployees(), (QStringList {u"99"_s, u"A-17"_s, u"1043"_s}));
    // Rows that are fixed stay until the filter is applied again (no jumping
    // away while typing), then leave.
    m_model->setCellText(2, Field::IssuedDate, u"01.02.2026"_s);
    m_model->setCellText(1, Field::CertificateType, u"Truck"_s);
    QCOMPARE(m_proxy->rowCount(), 3);
    m_proxy->setOnlyProblems(false);
    QTRY_VERIFY(!m_proxy->isUpdating());
    m_proxy->setOnlyProblems(true);
    QTRY_VERIFY(!m_proxy->isUpdating());
    QCOMPARE(shownEmployees(), QStringList {u"1043"_s});
}

void TestCertificateFilterProxyModel::uploadState()
{
    m_proxy->setUploadStateFilter(int(UploadState::Uploaded));
    QCOMPARE(shownEmployees(), QStringList {u"205"_s});
    m_proxy->setUploadStateFilter(int(UploadState::Rejected));
    QCOMPARE(shownEmployees(), QStringList {u"99"_s});
    m_proxy->setUploadStateFilter(-1);
    QCOMPARE(m_proxy->rowCount(), 5);
}

void TestCertificateFilterProxyModel::filtersCombine()
{
    m_proxy->setSearchText(u"byggekort"_s);
    m_proxy->setOnlyProblems(true);
    QCOMPARE(shownEmployees(), QStringList {u"1043"_s});
}

void TestCertificateFilterProxyModel::sort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("shown");

    QTest::newRow("employee numbers as numbers, text after")
            << int(CertificateTableModel::EmployeeNumberColumn) << Qt::AscendingOrder
            << QStringList {u"99"_s, u"205"_s, u"1042"_s, u"1043"_s, u"A-17"_s};
    QTest::newRow("employee numbers descending")
            << int(CertificateTableModel::EmployeeNumberColumn) << Qt::DescendingOrder
            << QStringList {u"A-17"_s, u"1043"_s, u"1042"_s, u"205"_s, u"99"_s};
    QTest::newRow("type ignoring case")
            << int(CertificateTableModel::CertificateTypeColumn) << Qt::AscendingOrder
            << QStringList {u"1042"_s, u"1043"_s, u"A-17"_s, u"99"_s, u"205"_s};
    QTest::newRow("issued: unreadable first, then by date")
            << int(CertificateTableModel::IssuedColumn) << Qt::AscendingOrder
            << QStringList {u"A-17"_s, u"205"_s, u"99"_s, u"1043"_s, u"1042"_s};
    QTest::newRow("valid until") << int(CertificateTableModel::ValidUntilColumn)
                                 << Qt::AscendingOrder
                                 << QStringList {u"1043"_s, u"205"_s, u"99"_s, u"1042"_s,
                                                 u"A-17"_s};
    QTest::newRow("status: not sent before uploaded before rejected")
            << int(CertificateTableModel::StatusColumn) << Qt::AscendingOrder
            << QStringList {u"1042"_s, u"1043"_s, u"A-17"_s, u"205"_s, u"99"_s};
}

void TestCertificateFilterProxyModel::sort()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, shown);
    m_proxy->sort(column, order);
    QCOMPARE(shownEmployees(), shown);
}

void TestCertificateFilterProxyModel::employeeNameColumn_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("shown");

    // Employees Ditio does not know (A-17, 1043) first, then by name ignoring case.
    QTest::newRow("ascending") << Qt::AscendingOrder << QString()
                               << QStringList {u"A-17"_s, u"1043"_s, u"99"_s, u"1042"_s, u"205"_s};
    QTest::newRow("descending") << Qt::DescendingOrder << QString()
                                << QStringList {u"205"_s, u"1042"_s, u"99"_s, u"A-17"_s, u"1043"_s};
    QTest::newRow("search finds the name")
            << Qt::AscendingOrder << u"HANSEN"_s << QStringList {u"205"_s};
    QTest::newRow("search by part of a first name")
            << Qt::AscendingOrder << u"anne"_s << QStringList {u"99"_s};
    // The placeholder is not a name.
    QTest::newRow("search for the placeholder")
            << Qt::AscendingOrder << u"unknown"_s << QStringList();
}

void TestCertificateFilterProxyModel::employeeNameColumn()
{
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, search);
    QFETCH(QStringList, shown);
    m_model->setEmployeeDirectory(std::make_shared<const EmployeeDirectory>(
            EmployeeRecords {{u"1042"_s, u"Kari"_s, u"Nordmann"_s},
                             {u"99"_s, u"anne"_s, u"berg"_s},
                             {u"205"_s, u"Ola"_s, u"Hansen"_s}},
            fixedNow()));
    m_proxy->setSearchText(search);
    m_proxy->sort(CertificateTableModel::EmployeeNameColumn, order);
    QCOMPARE(shownEmployees(), shown);
}

void TestCertificateFilterProxyModel::sortStartsFromCurrentOrder()
{
    // Rows of the same type keep the order an earlier sort gave them: by
    // employee number descending, then by type.
    m_proxy->sort(CertificateTableModel::EmployeeNumberColumn, Qt::DescendingOrder);
    m_proxy->sort(CertificateTableModel::CertificateTypeColumn, Qt::AscendingOrder);
    QCOMPARE(shownEmployees(), (QStringList {u"1043"_s, u"1042"_s, u"A-17"_s, u"205"_s, u"99"_s}));
    // A filter keeps the sorted order; rows edited since are not moved.
    m_model->setCellText(0, Field::CertificateType, u"Asbest"_s);
    m_proxy->setSearchText(u"-"_s);
    QCOMPARE(shownEmployees(), (QStringList {u"1043"_s, u"1042"_s, u"A-17"_s, u"205"_s, u"99"_s}));
    m_proxy->setUploadStateFilter(int(UploadState::NotSent));
    QCOMPARE(shownEmployees(), (QStringList {u"1043"_s, u"1042"_s, u"A-17"_s}));
    QCOMPARE(m_proxy->sortColumn(), int(CertificateTableModel::CertificateTypeColumn));
    QCOMPARE(m_proxy->sortOrder(), Qt::AscendingOrder);
}

void TestCertificateFilterProxyModel::unsortedIsFileOrder()
{
    m_proxy->sort(CertificateTableModel::ValidUntilColumn, Qt::AscendingOrder);
    // The header's third click: the table's own order.
    m_proxy->sort(-1, Qt::AscendingOrder);
    QCOMPARE(shownEmployees(), (QStringList {u"1042"_s, u"99"_s, u"A-17"_s, u"1043"_s, u"205"_s}));
    // As QSortFilterProxyModel did: descending without a column reverses it.
    m_proxy->sort(-1, Qt::DescendingOrder);
    QCOMPARE(shownEmployees(), (QStringList {u"205"_s, u"1043"_s, u"A-17"_s, u"99"_s, u"1042"_s}));
}

void TestCertificateFilterProxyModel::headers()
{
    m_proxy->sort(CertificateTableModel::EmployeeNumberColumn, Qt::DescendingOrder);
    // Rows keep the table's numbers, which messages cite.
    QCOMPARE(m_proxy->headerData(0, Qt::Vertical).toInt(), 3);
    QCOMPARE(m_proxy->headerData(4, Qt::Vertical).toInt(), 2);
    // Column titles stay when no row passes.
    m_proxy->setSearchText(u"kranfører"_s);
    QCOMPARE(m_proxy->rowCount(), 0);
    for (int column = 0; column < CertificateTableModel::ColumnCount; ++column) {
        QCOMPARE(m_proxy->headerData(column, Qt::Horizontal),
                 m_model->headerData(column, Qt::Horizontal));
    }
}

void TestCertificateFilterProxyModel::editsThroughProxy()
{
    m_proxy->sort(CertificateTableModel::EmployeeNumberColumn, Qt::DescendingOrder);
    QSignalSpy changed(m_proxy, &QAbstractItemModel::dataChanged);
    const QModelIndex cell = m_proxy->index(0, CertificateTableModel::CertificateNumberColumn);
    QVERIFY(m_proxy->flags(cell) & Qt::ItemIsEditable);
    QVERIFY(m_proxy->setData(cell, u"FH-9"_s));
    QCOMPARE(m_model->text(2, Field::CertificateNumber), u"FH-9"_s); // A-17's row
    QCOMPARE(cell.data().toString(), u"FH-9"_s);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(m_proxy->mapFromSource(m_model->index(2, 1)), m_proxy->index(0, 1));
    QVERIFY(!m_proxy->flags(m_proxy->index(0, CertificateTableModel::StatusColumn))
                     .testFlag(Qt::ItemIsEditable));
}

void TestCertificateFilterProxyModel::insertedRowsFollowTheRowAbove_data()
{
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("shown");

    // Two rows inserted below 99 (the table's second row).
    QTest::newRow("table's order")
            << -1 << QString()
            << QStringList {u"1042"_s, u"99"_s, u"N-1"_s, u"N-2"_s, u"A-17"_s, u"1043"_s, u"205"_s};
    QTest::newRow("sorted: below 99 wherever it is")
            << int(CertificateTableModel::EmployeeNumberColumn) << QString()
            << QStringList {u"99"_s, u"N-1"_s, u"N-2"_s, u"205"_s, u"1042"_s, u"1043"_s, u"A-17"_s};
    QTest::newRow("filtered: only those that pass")
            << int(CertificateTableModel::EmployeeNumberColumn) << u"truck"_s
            << QStringList {u"99"_s, u"N-2"_s, u"205"_s};
}

void TestCertificateFilterProxyModel::insertedRowsFollowTheRowAbove()
{
    QFETCH(int, sortColumn);
    QFETCH(QString, search);
    QFETCH(QStringList, shown);
    m_proxy->sort(sortColumn);
    m_proxy->setSearchText(search);
    QSignalSpy resets(m_proxy, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_proxy, &QAbstractItemModel::rowsInserted);
    m_model->insertCertificateRows(
            2, {makeRow(u"N-1"_s, u"Byggekort"_s), makeRow(u"N-2"_s, u"Truck"_s)});
    QCOMPARE(shownEmployees(), shown);
    // Passed on as an insertion: the current cell and selection stay.
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserted.count(), 1);
    // The table's rows below moved down; the proxy follows.
    QCOMPARE(m_proxy->mapToSource(m_proxy->index(shown.indexOf(u"205"_s), 0)).row(), 6);
}

void TestCertificateFilterProxyModel::removedRowsLeave()
{
    m_proxy->sort(CertificateTableModel::EmployeeNumberColumn);
    const QPersistentModelIndex kept = m_proxy->index(3, 2); // 1043
    QSignalSpy resets(m_proxy, &QAbstractItemModel::modelReset);
    m_model->takeRows(0, 2); // 1042 and 99
    QCOMPARE(shownEmployees(), (QStringList {u"205"_s, u"1043"_s, u"A-17"_s}));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(kept.row(), 1);
    QCOMPARE(m_proxy->mapToSource(kept).row(), 1);
    m_proxy->setSearchText(u"truck"_s);
    QCOMPARE(shownEmployees(), QStringList {u"205"_s});
}

void TestCertificateFilterProxyModel::manyRowsChangedAtOnce()
{
    // More rows than are passed on one by one: a reset, and then the filter
    // applies to them too.
    m_proxy->setSearchText(u"byggekort"_s);
    m_proxy->sort(CertificateTableModel::EmployeeNumberColumn, Qt::DescendingOrder);
    QSignalSpy resets(m_proxy, &QAbstractItemModel::modelReset);
    QList<CertificateRow> added;
    for (int i = 0; i < 12000; ++i)
        added.append(makeRow(QString::number(5000 + i), i % 2 ? u"Truck"_s : u"Byggekort"_s));
    m_model->insertCertificateRows(1, added);
    QVERIFY(resets.count() >= 1);
    QCOMPARE(m_proxy->rowCount(), 6002);
    QCOMPARE(m_proxy->index(0, 0).data().toString(), u"1043"_s);
    QCOMPARE(m_proxy->index(1, 0).data().toString(), u"1042"_s);
    QCOMPARE(m_proxy->index(2, 0).data().toString(), u"5000"_s);
    m_model->takeRows(1, 12000);
    QCOMPARE(shownEmployees(), (QStringList {u"1043"_s, u"1042"_s}));
}

void TestCertificateFilterProxyModel::backgroundResultSupersededIsNeverShown()
{
    m_proxy->setBackgroundThreshold(0);
    QSignalSpy resets(m_proxy, &QAbstractItemModel::modelReset);
    m_proxy->setOnlyProblems(true);
    // Until the worker's result is in, the rows shown stay.
    QVERIFY(m_proxy->isUpdating());
    QCOMPARE(m_proxy->rowCount(), 5);
    m_proxy->setSearchText(u"byggekort"_s);
    m_proxy->sort(CertificateTableModel::EmployeeNumberColumn, Qt::DescendingOrder);
    QTRY_VERIFY(!m_proxy->isUpdating());
    // One swap, of the newest request's rows: the sort survived the filter.
    QCOMPARE(resets.count(), 1);
    QCOMPARE(shownEmployees(), QStringList {u"1043"_s});
    m_proxy->setOnlyProblems(false);
    QTRY_VERIFY(!m_proxy->isUpdating());
    QCOMPARE(shownEmployees(), (QStringList {u"1043"_s, u"1042"_s}));
}

void TestCertificateFilterProxyModel::tableChangedWhileUpdating()
{
    m_proxy->setBackgroundThreshold(0);
    m_proxy->setSearchText(u"byggekort"_s);
    QVERIFY(m_proxy->isUpdating());
    // Rows inserted and removed before the result is in: it was numbered for
    // the old table, and is computed again.
    m_model->insertCertificateRows(0, {makeRow(u"7"_s, u"Byggekort"_s)});
    m_model->takeRows(2, 1); // 99
    QTRY_VERIFY(!m_proxy->isUpdating());
    QCOMPARE(shownEmployees(), (QStringList {u"7"_s, u"1042"_s, u"1043"_s}));
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        QCOMPARE(m_proxy->mapFromSource(m_proxy->mapToSource(m_proxy->index(row, 3))),
                 m_proxy->index(row, 3));
    }
}

void TestCertificateFilterProxyModel::makeLarge()
{
    if (m_large)
        return;
    m_large = std::make_unique<CertificateTableModel>();
    m_large->setClock(&m_clock);
    m_large->setRows(variedRows(LargeRows));
    m_large->setEmployeeDirectory(variedDirectory(LargeRows));
}

void TestCertificateFilterProxyModel::waitForRows(CertificateFilterProxyModel &proxy)
{
    QTRY_VERIFY_WITH_TIMEOUT(!proxy.isUpdating(), 60000);
}

void TestCertificateFilterProxyModel::atScaleFilter_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("onlyProblems");
    QTest::addColumn<int>("uploadState");

    QTest::newRow("only rows with problems") << QString() << true << -1;
    QTest::newRow("upload state") << QString() << false << int(UploadState::Rejected);
    QTest::newRow("type, any case") << u"BYGGEKORT"_s << false << -1;
    QTest::newRow("Norwegian letter, any case") << u"ø"_s << false << -1;
    QTest::newRow("notes") << u"opplæringskontoret"_s << false << -1;
    QTest::newRow("date as shown") << u"11.2026"_s << false << -1;
    QTest::newRow("date as typed") << u"2025-0"_s << false << -1;
    QTest::newRow("digits") << u"12"_s << false << -1;
    QTest::newRow("employee name") << u"kari"_s << false << -1;
    QTest::newRow("employee last name") << u"LØVÅS"_s << false << -1;
    QTest::newRow("a second record's name is never shown") << u"second"_s << false << -1;
    QTest::newRow("all combined") << u"a"_s << true << int(UploadState::Uploaded);
}

void TestCertificateFilterProxyModel::atScaleFilter()
{
    QFETCH(QString, search);
    QFETCH(bool, onlyProblems);
    QFETCH(int, uploadState);
    makeLarge();
    CertificateFilterProxyModel proxy;
    proxy.setSourceModel(m_large.get());
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
    proxy.setSearchText(search);
    proxy.setOnlyProblems(onlyProblems);
    proxy.setUploadStateFilter(uploadState);
    QVERIFY(proxy.isUpdating()); // a table this size is filtered on a worker
    waitForRows(proxy);
    QCOMPARE(resets.count(), 1);

    QList<int> expected;
    for (int row = 0; row < m_large->rowCount(); ++row) {
        if (referenceAccepts(*m_large, row, search, onlyProblems, uploadState))
            expected.append(row);
    }
    QVERIFY2(expected.size() < LargeRows, qPrintable(QString::number(expected.size())));
    QCOMPARE(shownSourceRows(proxy), expected);
}

void TestCertificateFilterProxyModel::changeColumn()
{
    // 1042 as sent, 99 sent with other notes, A-17 sent with no clear
    // answer; 1043 and 205 never sent.
    const auto ledger = std::make_shared<Ledger>();
    const auto send = [&](int row, bool confirmed, const QString &notes) {
        LedgerEntry entry;
        entry.employeeNumber = m_model->text(row, Field::EmployeeNumber);
        entry.certificateType = m_model->text(row, Field::CertificateType);
        LedgerValues values = ChangeClassifier::rowValues(m_model->row(row));
        if (!notes.isNull())
            values[fieldIndex(Field::Notes)] = notes;
        (confirmed ? entry.confirmedValues : entry.unconfirmedValues) = packLedgerValues(values);
        (confirmed ? entry.confirmedAtMs : entry.unconfirmedAtMs) = 1'700'000'000'000;
        ledger->insert(entry);
    };
    send(0, true, QString());
    send(1, true, u"gammel"_s);
    send(2, false, QString());
    const auto shownRows = [this] {
        QList<int> rows;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            rows.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        return rows;
    };
    // No ledger: no row has a change, so the filter passes none.
    m_proxy->setChangeFilter(int(RowChange::New));
    QCOMPARE(shownRows(), QList<int>());
    m_model->setLedger(ledger);
    m_proxy->invalidate();
    QCOMPARE(shownRows(), (QList<int> {3, 4}));
    m_proxy->setChangeFilter(int(RowChange::Update));
    QCOMPARE(shownRows(), (QList<int> {1}));
    m_proxy->setChangeFilter(int(RowChange::Unchanged));
    QCOMPARE(shownRows(), (QList<int> {0}));
    m_proxy->setChangeFilter(int(RowChange::Unconfirmed));
    QCOMPARE(shownRows(), (QList<int> {2}));
    // With the other filters: the upload state too.
    m_proxy->setChangeFilter(int(RowChange::New));
    m_proxy->setUploadStateFilter(int(UploadState::Uploaded));
    QCOMPARE(shownRows(), (QList<int> {4}));
    m_proxy->setUploadStateFilter(-1);
    m_proxy->setChangeFilter(-1);
    QCOMPARE(m_proxy->rowCount(), 5);
    // Sorted by change: new, update, unchanged, unconfirmed (stable).
    m_proxy->sort(CertificateTableModel::ChangeColumn, Qt::AscendingOrder);
    QCOMPARE(shownRows(), (QList<int> {3, 4, 1, 0, 2}));
    m_proxy->sort(CertificateTableModel::ChangeColumn, Qt::DescendingOrder);
    QCOMPARE(shownRows(), (QList<int> {2, 0, 1, 3, 4}));
}

void TestCertificateFilterProxyModel::atScaleSort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");

    for (int column = 0; column < CertificateTableModel::ColumnCount; ++column) {
        const QByteArray title =
                CertificateTableModel().headerData(column, Qt::Horizontal).toString().toUtf8();
        QTest::newRow((title + " ascending").constData()) << column << Qt::AscendingOrder;
        QTest::newRow((title + " descending").constData()) << column << Qt::DescendingOrder;
    }
}

void TestCertificateFilterProxyModel::atScaleSort()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    makeLarge();
    CertificateFilterProxyModel proxy;
    proxy.setSourceModel(m_large.get());
    proxy.sort(column, order);
    QVERIFY(proxy.isUpdating());
    waitForRows(proxy);

    QList<int> expected(m_large->rowCount());
    std::iota(expected.begin(), expected.end(), 0);
    const CertificateTableModel &table = *m_large;
    if (order == Qt::AscendingOrder) {
        std::stable_sort(expected.begin(), expected.end(),
                         [&](int l, int r) { return referenceLess(table, column, l, r); });
    } else {
        std::stable_sort(expected.begin(), expected.end(),
                         [&](int l, int r) { return referenceLess(table, column, r, l); });
    }
    QCOMPARE(shownSourceRows(proxy), expected);

    // Filtered afterwards: the sorted order, thinned, with no sort again.
    proxy.setOnlyProblems(true);
    waitForRows(proxy);
    expected.removeIf([&table](int row) { return !table.rowHasProblems(row); });
    QCOMPARE(shownSourceRows(proxy), expected);
}

void TestCertificateFilterProxyModel::atScaleSupersededIsNeverShown()
{
    makeLarge();
    CertificateFilterProxyModel proxy;
    proxy.setSourceModel(m_large.get());
    QList<int> shownCounts;
    connect(&proxy, &QAbstractItemModel::modelReset, this,
            [&] { shownCounts.append(proxy.rowCount()); });
    // Typed quickly, each request superseding the last before its worker is done.
    proxy.setOnlyProblems(true);
    proxy.sort(CertificateTableModel::ValidUntilColumn);
    for (const QString &typed : {u"k"_s, u"kr"_s, u"kra"_s, u"kran"_s})
        proxy.setSearchText(typed);
    waitForRows(proxy);
    QList<int> expected;
    for (int row = 0; row < m_large->rowCount(); ++row) {
        if (referenceAccepts(*m_large, row, u"kran"_s, true, -1))
            expected.append(row);
    }
    std::stable_sort(expected.begin(), expected.end(), [this](int l, int r) {
        return referenceLess(*m_large, CertificateTableModel::ValidUntilColumn, l, r);
    });
    QCOMPARE(shownCounts, QList<int> {int(expected.size())});
    QCOMPARE(shownSourceRows(proxy), expected);
}

QTEST_GUILESS_MAIN(TestCertificateFilterProxyModel)
#include "tst_certificatefilterproxymodel.moc"
