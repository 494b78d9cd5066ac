#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>

class QIODevice;

namespace Ditio {

class CertificateTableModel;
class JsonWriter;

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

    // The same reports streamed to a device as they are built, row by row,
    // never whole in memory: writeJson() gives exactly the bytes of
    // QJsonDocument(toJson()).toJson(Indented). False when the device
    // refused a write.
    static bool writeJson(const CertificateTableModel &model, const QString &fileName,
                          QIODevice *device);
    static bool writeText(const CertificateTableModel &model, const QString &fileName,
                          QIODevice *device);
    // One row's JSON object, for reports that add to it (the upload's):
    // extra(writer) writes members that sort after "message" and before
    // "sourceRow", in key order (QJsonObject's order is kept). Returns the
    // row's warnings, for the summary.
    static int writeRow(JsonWriter &writer, const CertificateTableModel &model, int row,
                        const std::function<void(JsonWriter &)> &extra = {});
    static QString summaryLine(const CertificateTableModel &model);
};

} // namespace Ditio
