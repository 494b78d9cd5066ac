#pragma once

#include "rowchange.h"
#include "store/ledgerentry.h"

#include <QList>

namespace Ditio {

class CertificateRow;
class CertificateTableModel;
class Ledger;

// Sorts rows into new / update / unchanged / unconfirmed against a ledger.
// Stateless; every function may run on any thread while the ledger and the
// rows are not changed.
class ChangeClassifier
{
public:
    // The row's values as an upload would send them (CertificateRow::apiValue).
    static LedgerValues rowValues(const CertificateRow &row);

    // Against the entry of the row's exact key (none: New). Unconfirmed when
    // the last unclear send carried these values, or when the key was never
    // confirmed but a send is unclear; otherwise by comparison with the
    // confirmed values.
    static RowChangeInfo classify(const CertificateRow &row, const Ledger &ledger);

    // Every row of the table, on every core: result[i] is row i's.
    static QList<RowChangeInfo> classifyAll(const CertificateTableModel &model,
                                            const Ledger &ledger);
};

} // namespace Ditio
