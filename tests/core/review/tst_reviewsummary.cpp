// ReviewSummary: what an upload to one environment would do, counted in total
// and by certificate type; rows with errors count as errors only, unknown
// employees also on their own, blank rows not at all.

#include "ledgertesthelpers.h"
#include "model/certificatetablemodel.h"
#include "register/employeedirectory.h"
#include "review/changeclassifier.h"
#include "review/reviewsummary.h"
#include "store/ledger.h"
#include "testhelpers.h"

#include <QTest>

using namespace Ditio;
using namespace DitioTest;
using namespace Qt::StringLiterals;

using Counts = ReviewSummary::Counts;

class TestReviewSummary : public QObject
{
    Q_OBJECT

private slots:
    void countsByType();
    void withoutLedgerEverythingIsNew();
    void countsAdd();
};

namespace {

Counts makeCounts(int newRows, int updates, int unchanged, int unconfirmed, int errors,
                  int unknownEmployees, int rows)
{
    Counts c;
    c.newRows = newRows;
    c.updates = updates;
    c.unchanged = unchanged;
    c.unconfirmed = unconfirmed;
    c.errors = errors;
    c.unknownEmployees = unknownEmployees;
    c.rows = rows;
    return c;
}

} // namespace

void TestReviewSummary::countsByType()
{
    const RowStore rows {
            validRow(u"1042"_s, u"Byggekort"_s), // unchanged
            validRow(u"1043"_s, u"Byggekort"_s), // update
            validRow(u"1044"_s, u"byggekort"_s), // new (a type of its own)
            validRow(u"1045"_s, u"Truck"_s), // unconfirmed
            validRow(u"1046"_s, u"Truck"_s), // new
            makeRow(u"1047"_s, u"Truck"_s), // errors: no dates
            validRow(u"9999"_s, u"Truck"_s), // unknown employee (an error too)
            CertificateRow(), // blank: not counted
            validRow(u"1048"_s, u"Arbeid i høyden"_s), // new
    };
    Ledger ledger;
    recordInLedger(ledger, rows.at(0), true);
    recordInLedger(ledger, rows.at(1), true, Field::Notes, u"older"_s);
    recordInLedger(ledger, rows.at(3), false);
    recordInLedger(ledger, rows.at(6), true); // sent once; the register lacks it now

    CertificateTableModel model;
    static const FixedClock clock(fixedNow());
    model.setClock(&clock);
    EmployeeRecords employees;
    for (int number = 1042; number <= 1048; ++number)
        employees.append({QString::number(number), u"Name"_s, QString::number(number)});
    model.setEmployeeDirectory(std::make_shared<const EmployeeDirectory>(employees, fixedNow()));
    model.setRows(rows);

    const ReviewSummary summary = ReviewSummary::build(model, &ledger);
    QCOMPARE(summary.total, makeCounts(3, 1, 1, 1, 2, 1, 8));
    QCOMPARE(summary.total.toSend(), 5);
    // Case-insensitively by type: "Arbeid ...", then "Byggekort" and
    // "byggekort" (the same letters: a fixed order), then "Truck".
    QStringList types;
    for (const ReviewSummary::TypeCounts &type : summary.byType)
        types.append(type.certificateType);
    QCOMPARE(types,
             (QStringList {u"Arbeid i høyden"_s, u"Byggekort"_s, u"byggekort"_s, u"Truck"_s}));
    QCOMPARE(summary.byType.at(0).counts, makeCounts(1, 0, 0, 0, 0, 0, 1));
    QCOMPARE(summary.byType.at(1).counts, makeCounts(0, 1, 1, 0, 0, 0, 2));
    QCOMPARE(summary.byType.at(2).counts, makeCounts(1, 0, 0, 0, 0, 0, 1));
    QCOMPARE(summary.byType.at(3).counts, makeCounts(1, 0, 0, 1, 2, 1, 4));
    // The same from classifications made before.
    const ReviewSummary again =
            ReviewSummary::build(model, ChangeClassifier::classifyAll(model, ledger));
    QCOMPARE(again.total, summary.total);
    QCOMPARE(again.byType.size(), summary.byType.size());
}

void TestReviewSummary::withoutLedgerEverythingIsNew()
{
    CertificateTableModel model;
    model.setRows(RowStore({validRow(u"1042"_s), validRow(u"1043"_s, u"Truck"_s)}));
    const ReviewSummary summary = ReviewSummary::build(model, nullptr);
    QCOMPARE(summary.total, makeCounts(2, 0, 0, 0, 0, 0, 2));
    QCOMPARE(summary.byType.size(), 2);
    QCOMPARE(summary.byType.at(0).certificateType, u"Byggekort"_s);
    QCOMPARE(summary.byType.at(1).counts, makeCounts(1, 0, 0, 0, 0, 0, 1));
}

void TestReviewSummary::countsAdd()
{
    Counts sum = makeCounts(1, 2, 3, 4, 5, 6, 7);
    sum.add(makeCounts(10, 20, 30, 40, 50, 60, 70));
    QCOMPARE(sum, makeCounts(11, 22, 33, 44, 55, 66, 77));
    QCOMPARE(sum.toSend(), 11 + 22 + 44);
}

QTEST_GUILESS_MAIN(TestReviewSummary)
#include "tst_reviewsummary.moc"
