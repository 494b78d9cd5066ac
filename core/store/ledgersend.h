#pragma once

#include <QByteArray>
#include <QString>

namespace Ditio {

// One row of an upload as the ledger records it (CertificateStore::recordSends):
// the upsert key, the values sent (packLedgerValues()) and whether Ditio
// confirmed them with a 2xx. Rejected rows are never recorded.
struct LedgerSend
{
    QString employeeNumber;
    QString certificateType;
    QByteArray values; // packLedgerValues()
    bool confirmed = false; // false: sent, but no clear answer came back
    qint64 atMs = 0; // UTC, ms since the epoch
};

} // namespace Ditio
