#pragma once

// A ledger entry made from a table row, as an upload would have recorded it.

#include "model/certificaterow.h"
#include "review/changeclassifier.h"
#include "store/ledger.h"

namespace DitioTest {

// Records row in ledger as confirmed or unconfirmed (at a fixed time), with
// the value of `field` replaced by `value` unless value is null: a send of
// other values than the row's.
inline void recordInLedger(Ditio::Ledger &ledger, const Ditio::CertificateRow &row, bool confirmed,
                           Ditio::Field field = Ditio::Field::Notes,
                           const QString &value = QString())
{
    using namespace Ditio;
    LedgerEntry entry;
    entry.employeeNumber = row.text(Field::EmployeeNumber);
    entry.certificateType = row.text(Field::CertificateType);
    LedgerValues values = ChangeClassifier::rowValues(row);
    if (!value.isNull())
        values[fieldIndex(field)] = value;
    (confirmed ? entry.confirmedValues : entry.unconfirmedValues) = packLedgerValues(values);
    (confirmed ? entry.confirmedAtMs : entry.unconfirmedAtMs) = 1'700'000'000'000;
    ledger.insert(entry);
}

} // namespace DitioTest
