#pragma once

#include "model/certificaterow.h"

#include <QByteArray>
#include <QList>

#include <functional>

class QIODevice;

namespace Ditio {

class JsonWriter;

// The JSON Ditio receives for certificates, written in one place so the
// upload and the "export Ditio payload" command can never disagree: an array
// of objects with the API's camelCase names (in QJsonObject's order, as it
// always was), dates as midnight UTC ("2026-01-15T00:00:00Z"), optional fields
// left out when empty.
class CertificatePayload
{
public:
    // One certificate's object.
    static void write(JsonWriter &writer, const CertificateRow &row);
    // Compact, as sent over the wire (a batch of a hundred rows).
    static QByteArray toJsonArray(const QList<const CertificateRow *> &rows);
    // Indented, for a file a person reads; streamed to the device, built in
    // blocks of rows on two cores (rowAt() must be safe to call from two
    // threads at once).
    static bool writeIndentedJsonArray(QIODevice *device, int count,
                                       const std::function<const CertificateRow &(int)> &rowAt);
};

} // namespace Ditio
