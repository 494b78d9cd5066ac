#include "payloadexporter.h"

#include "exporttarget.h"
#include "model/certificatetablemodel.h"
#include "upload/certificatepayload.h"

#include <QBuffer>

namespace Ditio {

namespace {

// The rows without errors, one after another, then null: what the payload holds.
std::function<const CertificateRow *()> validRowsOf(const CertificateTableModel &model, int *count)
{
    return [&model, count, row = 0]() mutable -> const CertificateRow * {
        while (row < model.rowCount()) {
            const int current = row++;
            if (!model.rowHasErrors(current)) {
                ++*count;
                return &model.row(current);
            }
        }
        return nullptr;
    };
}

} // namespace

QByteArray PayloadExporter::toBytes(const CertificateTableModel &model)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int count = 0;
    CertificatePayload::writeIndentedJsonArray(&buffer, validRowsOf(model, &count));
    return buffer.data();
}

ExportResult PayloadExporter::write(const CertificateTableModel &model, const QString &path)
{
    // Streamed row by row into the target: a million rows are never one document.
    ExportResult result;
    ExportTarget target(path);
    int count = 0;
    if (!target.open()
        || !CertificatePayload::writeIndentedJsonArray(target.device(), validRowsOf(model, &count))
        || !target.commit()) {
        if (!target.hasFailed())
            target.fail(target.device()->errorString());
        result.errorString = target.errorString();
        target.cancel();
        return result;
    }
    result.ok = true;
    result.rowsWritten = count;
    result.rowsLeftOut = model.rowCount() - result.rowsWritten;
    return result;
}

} // namespace Ditio
