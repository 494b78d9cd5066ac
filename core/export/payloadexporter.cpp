#include "payloadexporter.h"

#include "exporttarget.h"
#include "model/certificatetablemodel.h"
#include "upload/certificatepayload.h"

#include <QBuffer>

namespace Ditio {

namespace {

// The rows without errors: what the payload holds.
QList<int> validRowsOf(const CertificateTableModel &model)
{
    QList<int> rows;
    rows.reserve(model.rowCount() - model.rowsWithErrors());
    for (int row = 0; row < model.rowCount(); ++row) {
        if (!model.rowHasErrors(row))
            rows.append(row);
    }
    return rows;
}

bool writePayload(const CertificateTableModel &model, QIODevice *device, int *count)
{
    const QList<int> rows = validRowsOf(model);
    *count = int(rows.size());
    return CertificatePayload::writeIndentedJsonArray(
            device, int(rows.size()),
            [&](int i) -> const CertificateRow & { return model.row(rows.at(i)); });
}

} // namespace

QByteArray PayloadExporter::toBytes(const CertificateTableModel &model)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int count = 0;
    writePayload(model, &buffer, &count);
    return buffer.data();
}

ExportResult PayloadExporter::write(const CertificateTableModel &model, const QString &path)
{
    // Streamed row by row into the target: a million rows are never one document.
    ExportResult result;
    ExportTarget target(path);
    int count = 0;
    if (!target.open() || !writePayload(model, target.device(), &count) || !target.commit()) {
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
