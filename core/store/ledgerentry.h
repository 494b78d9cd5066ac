#pragma once

#include "model/certificatefield.h"

#include <QByteArray>
#include <QString>

#include <array>

namespace Ditio {

// The values of one certificate as Ditio's JSON carries them
// (CertificateRow::apiValue() per field, dates as "2026-01-15T00:00:00Z", empty
// for an omitted field), packed into one UTF-8 byte array so that a million
// ledger entries stay small and two sets compare with one memcmp.
using LedgerValues = std::array<QString, FieldCount>;
QByteArray packLedgerValues(const LedgerValues &values);
LedgerValues unpackLedgerValues(const QByteArray &packed);

// What this computer sent to Ditio for one upsert key (employee number and the
// exact certificate type) in one environment: the values Ditio last confirmed
// with a 2xx, and, when a later send got no clear answer, that send's values.
// A send that was rejected changes neither. Run ids are the store's; 0: none.
struct LedgerEntry
{
    QString employeeNumber;
    QString certificateType;

    QByteArray confirmedValues; // packLedgerValues(); empty: never confirmed
    qint64 confirmedAtMs = 0; // UTC, ms since the epoch
    qint64 confirmedRun = 0;

    QByteArray unconfirmedValues; // empty: no unclear send after the confirmation
    qint64 unconfirmedAtMs = 0;
    qint64 unconfirmedRun = 0;

    bool isConfirmed() const { return confirmedAtMs != 0; }
    bool hasUnconfirmed() const { return unconfirmedAtMs != 0; }
};

} // namespace Ditio
