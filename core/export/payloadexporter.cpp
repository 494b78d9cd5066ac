#include "payloadexporter.h"

#include "exporttarget.h"
#include "model/certificatetablemodel.h"
#include "upload/certificatepayload.h"

namespace Ditio {

QList<const CertificateRow *> PayloadExporter::validRows(const CertificateTableModel &model)
{
    QList<const CertificateRow *> rows;
    rows.reserve(model.rowCount() - model.rowsWithErrors());
    for (int row = 0; row < model.rowCount(); ++row) {
        if (!model.rowHasErrors(row))
            rows.append(&model.row(row));
    }
    return rows;
}

QByteArray PayloadExporter::toBytes(const CertificateTableModel &model)
{
    return CertificatePayload::toIndentedJsonArray(validRows(model));
}

ExportResult PayloadExporter::write(const CertificateTableModel &model, const QString &path)
{
    ExportResult result;
    const QList<const CertificateRow *> rows = validRows(model);
    ExportTarget target(path);
    if (!target.open() || !target.write(CertificatePayload::toIndentedJsonArray(rows))
        || !target.commit()) {
        result.errorString = target.errorString();
        return result;
    }
    result.ok = true;
    result.rowsWritten = int(rows.size());
    result.rowsLeftOut = model.rowCount() - result.rowsWritten;
    return result;
}

} // namespace Ditio
