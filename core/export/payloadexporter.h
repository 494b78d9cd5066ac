#pragma once

#include "exportresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Ditio {

class CertificateRow;
class CertificateTableModel;

// The Ditio payload as a file: the JSON array of the rows without errors,
// built by CertificatePayload, the code the upload sends with, so the file
// is exactly what Ditio would receive (indented for reading; the same
// content as the compact form on the wire). Rows with errors are left out and
// counted in ExportResult::rowsLeftOut.
class PayloadExporter
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::PayloadExporter)

public:
    // The rows the upload would send, in table order.
    static QList<const CertificateRow *> validRows(const CertificateTableModel &model);
    static QByteArray toBytes(const CertificateTableModel &model);
    static ExportResult write(const CertificateTableModel &model, const QString &path);
};

} // namespace Ditio
