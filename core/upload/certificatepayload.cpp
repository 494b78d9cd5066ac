#include "certificatepayload.h"

#include "util/jsonwriter.h"
#include "util/orderedblocks.h"

#include <QBuffer>

namespace Ditio {

namespace {

// The fields by API name in sorted order: certificateNumber, certificateType,
// employeeNumber, issuedDateTime, notes, validUntilDateTime.
constexpr Field SortedFields[] = {
        Field::CertificateNumber, Field::CertificateType, Field::EmployeeNumber,
        Field::IssuedDate,        Field::Notes,           Field::ValidUntilDate};

} // namespace

void CertificatePayload::write(JsonWriter &writer, const CertificateRow &row)
{
    writer.beginObject();
    for (Field field : SortedFields) {
        const QString value = row.apiValue(field);
        if (!value.isEmpty())
            writer.member(fieldApiName(field), value);
    }
    writer.endObject();
}

QByteArray CertificatePayload::toJsonArray(const QList<const CertificateRow *> &rows)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        JsonWriter writer(&buffer, JsonWriter::Style::Compact);
        writer.beginArray();
        for (const CertificateRow *row : rows)
            write(writer, *row);
        writer.endArray();
    }
    return buffer.data();
}

bool CertificatePayload::writeIndentedJsonArray(
        QIODevice *device, int count, const std::function<const CertificateRow &(int)> &rowAt)
{
    constexpr int RowsPerBlock = 8192;
    JsonWriter writer(device, JsonWriter::Style::Indented);
    writer.beginArray();
    writeJsonElementsInOrderedBlocks(writer, JsonWriter::Style::Indented, 1, count, RowsPerBlock,
                                     [&](JsonWriter &fragment, int i) {
                                         write(fragment, rowAt(i));
                                         return 0;
                                     });
    if (!writer.ok())
        return false;
    writer.endArray();
    return writer.flush();
}

} // namespace Ditio
