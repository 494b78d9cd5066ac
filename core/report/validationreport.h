#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Ditio {

class CertificateTableModel;

// What `ditio-certs-cli validate` prints. The JSON shape is a contract that
// scheduled jobs parse: later versions only add to it. When the model has an
// employee register, each row also carries "employeeName": Ditio's name for
// the employee, or null when Ditio has no such employee number (that row then
// has an "employee-not-in-register" error); without a register the key is
// absent.
class ValidationReport
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::ValidationReport)

public:
    // The row number reported for a model row: the spreadsheet's own row when
    // the row was imported, otherwise its place in the table counting a header
    // row, as it would be in an exported file.
    static int reportedRow(const CertificateTableModel &model, int row);
    // "ready" or "invalid"; later upload states once a row has been sent.
    static QString stateKey(const CertificateTableModel &model, int row);
    // Exactly what would be sent to Ditio for the row.
    static QJsonObject apiValues(const CertificateTableModel &model, int row);

    static QJsonObject toJson(const CertificateTableModel &model, const QString &fileName);
    // One line per problem: FILE:ROW: severity: field: message; then a summary.
    static QString toText(const CertificateTableModel &model, const QString &fileName);
    static QString summaryLine(const CertificateTableModel &model);
};

} // namespace Ditio
