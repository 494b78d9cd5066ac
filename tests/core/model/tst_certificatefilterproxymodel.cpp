// CertificateFilterProxyModel: the filter bar (free text, "only rows with
// problems", upload state) and sorting the way a user expects: employee
// numbers as numbers, dates as dates with unreadable ones first.

#include "model/certificatefilterproxymodel.h"
#include "register/employeedirectory.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Ditio;
using namespace DitioTest;
using namespace Qt::StringLiterals;

class TestCertificateFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void search_data();
    void search();
    void onlyProblems();
    void uploadState();
    void filtersCombine();
    void sort_data();
    void sort();
    void employeeNameColumn_data();
    void employeeNameColumn();

private:
    QStringList shownEmployees() const;

    FixedClock m_clock {fixedNow()};
    CertificateTableModel *m_model = nullptr;
    CertificateFilterProxyModel *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
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

void TestCertificateFilterProxyModel::onlyProblems()
{
    m_proxy->setOnlyProblems(true);
    QVERIFY(m_proxy->onlyProblems());
    // 31.02.2026 is an error; expiring in 12 days and spelling variants are warnings.
    QCOMPARE(shownEmployees(), (QStringList {u"99"_s, u"A-17"_s, u"1043"_s}));
    // Rows that are fixed stay until the filter is applied again (no jumping
    // away while typing), then leave.
    m_model->setCellText(2, Field::IssuedDate, u"01.02.2026"_s);
    m_model->setCellText(1, Field::CertificateType, u"Truck"_s);
    QCOMPARE(m_proxy->rowCount(), 3);
    m_proxy->setOnlyProblems(false);
    m_proxy->setOnlyProblems(true);
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

QTEST_GUILESS_MAIN(TestCertificateFilterProxyModel)
#include "tst_certificatefilterproxymodel.moc"
