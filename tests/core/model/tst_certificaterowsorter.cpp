// CertificateRowSorter: the keys computed once per row order rows exactly as
// the table's comparisons did, for texts where case folding is subtle too.

#include "model/certificaterowsorter.h"
#include "testhelpers.h"

#include <QTest>

#include <algorithm>
#include <numeric>

using namespace Ditio;
using namespace DitioTest;
using namespace Qt::StringLiterals;

class TestCertificateRowSorter : public QObject
{
    Q_OBJECT

private slots:
    void textIgnoringCase_data();
    void textIgnoringCase();
    void employeeNumbers_data();
    void employeeNumbers();
    void cancelled();
};

void TestCertificateRowSorter::textIgnoringCase_data()
{
    QTest::addColumn<QStringList>("texts");

    QTest::newRow("prefixes") << QStringList {u"Anna"_s, u"ann"_s, u"ANN"_s, u"an"_s, QString()};
    QTest::newRow("Norwegian letters")
            << QStringList {u"Øl"_s, u"æøå"_s, u"ÆØÅ"_s, u"ål"_s, u"Aa"_s, u"Zz"_s};
    // ß folds to itself when compared, not to "ss".
    QTest::newRow("sharp s") << QStringList {u"ßa"_s, u"st"_s, u"SS"_s, u"ss"_s, u"ẞ"_s};
    QTest::newRow("Greek sigma") << QStringList {u"ΣΑΣ"_s, u"σας"_s, u"σασ"_s, u"ς"_s};
    QTest::newRow("title case digraph") << QStringList {u"ǅ"_s, u"ǆ"_s, u"Ǆ"_s, u"dž"_s};
    // Outside the BMP: Deseret capital and small letters, and a lone surrogate.
    QTest::newRow("surrogates") << QStringList {u"\U00010400x"_s, u"\U00010428X"_s, u"\uFFFD"_s,
                                                QString(QChar(0xD801)), u"\uE000"_s};
}

void TestCertificateRowSorter::textIgnoringCase()
{
    QFETCH(QStringList, texts);
    RowStore rows;
    for (const QString &text : texts)
        rows.append(makeRow(u"1"_s, u"Byggekort"_s, {}, {}, {}, text));
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        std::vector<int> sorted(size_t(rows.size()));
        std::iota(sorted.begin(), sorted.end(), 0);
        QVERIFY(CertificateRowSorter::sort(sorted, rows, {}, nullptr,
                                           CertificateTableModel::NotesColumn, order));
        std::vector<int> expected(size_t(rows.size()));
        std::iota(expected.begin(), expected.end(), 0);
        std::stable_sort(expected.begin(), expected.end(), [&](int l, int r) {
            if (order == Qt::DescendingOrder)
                std::swap(l, r);
            return texts.at(l).compare(texts.at(r), Qt::CaseInsensitive) < 0;
        });
        QCOMPARE(sorted, expected);
    }
}

void TestCertificateRowSorter::employeeNumbers_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("shown");

    // Numbers as numbers ("007" and "7" by their text), then text ignoring case.
    QTest::newRow("ascending")
            << Qt::AscendingOrder
            << QStringList {u"007"_s,  u"7"_s,   u"99"_s, u"1042"_s, u"18446744073709551615"_s,
                            QString(), u"A-7"_s, u"a-7"_s};
    // Each run of equal numbers by its text, in that run only; equal texts
    // keep the file's order.
    QTest::newRow("descending") << Qt::DescendingOrder
                                << QStringList {u"A-7"_s,  u"a-7"_s,
                                                QString(), u"18446744073709551615"_s,
                                                u"1042"_s, u"99"_s,
                                                u"7"_s,    u"007"_s};
}

void TestCertificateRowSorter::employeeNumbers()
{
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, shown);
    const QStringList numbers {u"1042"_s, u"A-7"_s, u"007"_s,  u"99"_s,
                               u"a-7"_s,  u"7"_s,   QString(), u"18446744073709551615"_s};
    RowStore rows;
    for (const QString &number : numbers)
        rows.append(makeRow(number, u"Byggekort"_s));
    std::vector<int> sorted(size_t(rows.size()));
    std::iota(sorted.begin(), sorted.end(), 0);
    QVERIFY(CertificateRowSorter::sort(sorted, rows, {}, nullptr,
                                       CertificateTableModel::EmployeeNumberColumn, order));
    QStringList sortedNumbers;
    for (int row : sorted)
        sortedNumbers.append(numbers.at(row));
    QCOMPARE(sortedNumbers, shown);
}

void TestCertificateRowSorter::cancelled()
{
    const RowStore rows = variedRows(1000);
    std::vector<int> order(size_t(rows.size()));
    std::iota(order.begin(), order.end(), 0);
    const std::vector<int> before = order;
    const std::atomic<bool> cancel = true;
    QVERIFY(!CertificateRowSorter::sort(order, rows, {}, nullptr,
                                        CertificateTableModel::CertificateTypeColumn,
                                        Qt::AscendingOrder, &cancel));
    QCOMPARE(order, before);
}

QTEST_GUILESS_MAIN(TestCertificateRowSorter)
#include "tst_certificaterowsorter.moc"
