#pragma once

#include "model/certificaterow.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace Ditio {

// The JSON Ditio receives for certificates, built in one place so the upload
// and the "export Ditio payload" command can never disagree: an array of
// objects with the API's camelCase names, dates as midnight UTC
// ("2026-01-15T00:00:00Z"), optional fields left out when empty.
class CertificatePayload
{
public:
    static QJsonObject toJson(const CertificateRow &row);
    // Compact, as sent over the wire.
    static QByteArray toJsonArray(const QList<const CertificateRow *> &rows);
    // Indented, for a file a person reads.
    static QByteArray toIndentedJsonArray(const QList<const CertificateRow *> &rows);
};

} // namespace Ditio
