// ChangeClassifier: each row against the ledger of one environment. The
// ledger holds employee 1042's "Byggekort" as the upload sent it (API values:
// dates as midnight UTC); each case is the row as the table holds it and, for
// that key, what Ditio confirmed and what an unclear send carried.

#include "model/certificatetablemodel.h"
#include "review/changeclassifier.h"
#include "store/ledger.h"
#include "testhelpers.h"

#include <QTest>

using namespace Ditio;
using namespace DitioTest;
using namespace Qt::StringLiterals;

namespace {

// employee, type, number, issued, valid until, notes: as the API carries them.
LedgerValues apiValues(const QStringList &values)
{
    LedgerValues out;
    for (int i = 0; i < FieldCount && i < values.size(); ++i)
        out[i] = values.at(i);
    return out;
}

const QStringList Sent {
        u"1042"_s, u"Byggekort"_s, u"BK-1"_s, u"2026-01-15T00:00:00Z"_s, u"2028-01-15T00:00:00Z"_s,
        u""_s};

QStringList with(QStringList values, Field field, const QString &value)
{
    values[fieldIndex(field)] = value;
    return values;
}

} // namespace

class TestChangeClassifier : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void rowValuesAreApiValues();
    void classifyAllMatchesClassify();
    void emptyLedgerMakesEverythingNew();
};

void TestChangeClassifier::classify_data()
{
    QTest::addColumn<QStringList>("row"); // the six texts as typed
    QTest::addColumn<QStringList>("confirmed"); // API values; empty: never confirmed
    QTest::addColumn<QStringList>("unconfirmed"); // API values; empty: no unclear send
    QTest::addColumn<QString>("change"); // rowChangeKey
    QTest::addColumn<int>("changedFields");

    const QStringList typed {u"1042"_s,       u"Byggekort"_s,  u"BK-1"_s,
                             u"15.01.2026"_s, u"15.01.2028"_s, u""_s};
    const auto bit = [](Field field) { return 1 << fieldIndex(field); };
    const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };

    row("never sent") << with(typed, Field::EmployeeNumber, u"2077"_s) << QStringList()
                      << QStringList() << u"new"_s << 0;
    row("confirmed, same values") << typed << Sent << QStringList() << u"unchanged"_s << 0;
    // Dates compare as the API sends them, not as typed.
    row("dates typed another way") << with(with(typed, Field::IssuedDate, u"2026-01-15"_s),
                                           Field::ValidUntilDate, u"15/1/2028"_s)
                                   << Sent << QStringList() << u"unchanged"_s << 0;
    row("number changed") << with(typed, Field::CertificateNumber, u"BK-2"_s) << Sent
                          << QStringList() << u"update"_s << bit(Field::CertificateNumber);
    row("issued changed") << with(typed, Field::IssuedDate, u"16.01.2026"_s) << Sent
                          << QStringList() << u"update"_s << bit(Field::IssuedDate);
    row("valid until changed") << with(typed, Field::ValidUntilDate, u"15.01.2030"_s) << Sent
                               << QStringList() << u"update"_s << bit(Field::ValidUntilDate);
    row("notes added") << with(typed, Field::Notes, u"Kopi"_s) << Sent << QStringList()
                       << u"update"_s << bit(Field::Notes);
    row("two fields changed") << with(with(typed, Field::Notes, u"Kopi"_s), Field::ValidUntilDate,
                                      u"15.01.2030"_s)
                              << Sent << QStringList() << u"update"_s
                              << (bit(Field::Notes) | bit(Field::ValidUntilDate));
    // An unreadable date is sent as nothing: that is what changed.
    row("date unreadable") << with(typed, Field::ValidUntilDate, u"snart"_s) << Sent
                           << QStringList() << u"update"_s << bit(Field::ValidUntilDate);
    // The upsert key is the exact text: another spelling is another key.
    row("type in another case") << with(typed, Field::CertificateType, u"byggekort"_s) << Sent
                                << QStringList() << u"new"_s << 0;
    row("type with a trailing space") << with(typed, Field::CertificateType, u"Byggekort "_s)
                                      << Sent << QStringList() << u"new"_s << 0;
    row("employee with a leading zero") << with(typed, Field::EmployeeNumber, u"01042"_s) << Sent
                                        << QStringList() << u"new"_s << 0;
    // An unclear send of exactly these values wins over the older confirmation.
    const QStringList later = with(Sent, Field::ValidUntilDate, u"2030-01-15T00:00:00Z"_s);
    row("unconfirmed over confirmed") << with(typed, Field::ValidUntilDate, u"15.01.2030"_s) << Sent
                                      << later << u"unconfirmed"_s << 0;
    // The row went back to the confirmed values: Ditio has them (unless the
    // unclear send arrived, which the next send settles either way).
    row("unclear send of other values, row as confirmed")
            << typed << Sent << later << u"unchanged"_s << 0;
    row("unclear send of other values, row differs from both")
            << with(typed, Field::Notes, u"Kopi"_s) << Sent << later << u"update"_s
            << bit(Field::Notes);
    // Never confirmed, but a send is unclear: whatever the values.
    row("unconfirmed, never confirmed") << typed << QStringList() << Sent << u"unconfirmed"_s << 0;
    row("unconfirmed other values, never confirmed")
            << with(typed, Field::Notes, u"Kopi"_s) << QStringList() << Sent << u"unconfirmed"_s
            << 0;
}

void TestChangeClassifier::classify()
{
    QFETCH(QStringList, row);
    QFETCH(QStringList, confirmed);
    QFETCH(QStringList, unconfirmed);
    QFETCH(QString, change);
    QFETCH(int, changedFields);

    Ledger ledger;
    LedgerEntry entry;
    entry.employeeNumber = u"1042"_s;
    entry.certificateType = u"Byggekort"_s;
    if (!confirmed.isEmpty()) {
        entry.confirmedValues = packLedgerValues(apiValues(confirmed));
        entry.confirmedAtMs = 1'700'000'000'000;
        entry.confirmedRun = 1;
    }
    if (!unconfirmed.isEmpty()) {
        entry.unconfirmedValues = packLedgerValues(apiValues(unconfirmed));
        entry.unconfirmedAtMs = 1'700'000'100'000;
        entry.unconfirmedRun = 2;
    }
    ledger.insert(entry);

    const CertificateRow r =
            makeRow(row.at(0), row.at(1), row.at(2), row.at(3), row.at(4), row.at(5));
    const RowChangeInfo info = ChangeClassifier::classify(r, ledger);
    QCOMPARE(rowChangeKey(info.change), change);
    QCOMPARE(int(info.changedFields), changedFields);
    if (change == u"new"_s)
        QCOMPARE(info.entry, nullptr);
    else
        QCOMPARE(info.entry, &ledger.entries().first());
    for (Field field : allFields())
        QCOMPARE(info.fieldChanged(field), bool(changedFields & (1 << fieldIndex(field))));
}

void TestChangeClassifier::rowValuesAreApiValues()
{
    const CertificateRow row =
            makeRow(u"1042"_s, u"Byggekort "_s, u"BK-1"_s, u"15.1.2026"_s, u"nei"_s, u"Æøå"_s);
    const LedgerValues values = ChangeClassifier::rowValues(row);
    QCOMPARE(values[0], u"1042"_s);
    QCOMPARE(values[1], u"Byggekort "_s);
    QCOMPARE(values[2], u"BK-1"_s);
    QCOMPARE(values[3], u"2026-01-15T00:00:00Z"_s);
    QCOMPARE(values[4], QString());
    QCOMPARE(values[5], u"Æøå"_s);
    // Packed and unpacked again: the same values.
    QCOMPARE(unpackLedgerValues(packLedgerValues(values)), values);
}

void TestChangeClassifier::classifyAllMatchesClassify()
{
    // Enough rows for both cores; every fourth row of each class.
    CertificateTableModel model;
    RowStore rows;
    Ledger ledger;
    constexpr int Count = 50000;
    for (int i = 0; i < Count; ++i) {
        const CertificateRow row = validRow(QString::number(10000 + i));
        rows.append(row);
        LedgerEntry entry;
        entry.employeeNumber = row.text(Field::EmployeeNumber);
        entry.certificateType = row.text(Field::CertificateType);
        LedgerValues values = ChangeClassifier::rowValues(row);
        switch (i % 4) {
        case 0:
            continue; // new
        case 1:
            break; // unchanged
        case 2:
            values[fieldIndex(Field::Notes)] = u"old"_s; // update
            break;
        case 3:
            entry.unconfirmedValues = packLedgerValues(values);
            entry.unconfirmedAtMs = 2;
            values[fieldIndex(Field::Notes)] = u"old"_s; // unconfirmed
            break;
        }
        entry.confirmedValues = packLedgerValues(values);
        entry.confirmedAtMs = 1;
        ledger.insert(entry);
    }
    model.setRows(rows);
    const QList<RowChangeInfo> all = ChangeClassifier::classifyAll(model, ledger);
    QCOMPARE(all.size(), Count);
    const RowChange expected[] = {RowChange::New, RowChange::Unchanged, RowChange::Update,
                                  RowChange::Unconfirmed};
    for (int i = 0; i < Count; ++i) {
        QCOMPARE(all.at(i).change, expected[i % 4]);
        const RowChangeInfo one = ChangeClassifier::classify(model.row(i), ledger);
        QCOMPARE(all.at(i).changedFields, one.changedFields);
        QCOMPARE(all.at(i).entry, one.entry);
    }
    QCOMPARE(all.at(2).changedFields, quint8(1 << fieldIndex(Field::Notes)));
}

void TestChangeClassifier::emptyLedgerMakesEverythingNew()
{
    CertificateTableModel model;
    model.setRows(RowStore({validRow(u"1042"_s), validRow(u"2077"_s)}));
    const QList<RowChangeInfo> all = ChangeClassifier::classifyAll(model, Ledger());
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).change, RowChange::New);
    QCOMPARE(all.at(1).change, RowChange::New);
    QCOMPARE(rowChangeTitle(RowChange::New), u"New in Ditio"_s);
    QCOMPARE(rowChangeTitle(RowChange::Update), u"Update"_s);
    QCOMPARE(rowChangeTitle(RowChange::Unchanged), u"Unchanged"_s);
    QCOMPARE(rowChangeTitle(RowChange::Unconfirmed), u"Sent before but unconfirmed"_s);
    QCOMPARE(rowChangeKey(RowChange::Unconfirmed), u"unconfirmed"_s);
}

QTEST_GUILESS_MAIN(TestChangeClassifier)
#include "tst_changeclassifier.moc"
