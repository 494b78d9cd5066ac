#pragma once

#include "exportresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Ditio {

class CertificateRow;
class CertificateTableModel;

// The Ditio payload as a file: the JSON array of the rows without errors,
// built by CertificatePayload, the code the upload sends with, so the file
// is exactly what Ditio would receive (indented for reading; the same
// content as the compact form on the wire). Written row by row as it is
// produced. Rows with errors are left out and counted in
// ExportResult::rowsLeftOut.
class PayloadExporter
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::PayloadExporter)

public:
    static QByteArray toBytes(const CertificateTableModel &model);
    static ExportResult write(const CertificateTableModel &model, const QString &path);
};

} // namespace Ditio
