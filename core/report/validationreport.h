#pragma once

#include "import/unusedcolumn.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace Ditio {

class CertificateTableModel;
class JsonWriter;

// What `ditio-certs-cli validate` prints. The JSON shape is a contract that
// scheduled jobs parse: later versions only add to it.
//
//   {"file": "...", "rows": [{"employeeName": ..., "issues": [{"code", "field",
//    "message", "severity"}], "message": Ditio's words, "sourceRow": N, "state":
//    "ready"|"invalid"|..., "values": {what Ditio would receive}}],
//    "summary": {"invalid", "ready", "rows", "warnings"},
//    "unusedColumns": [{"column": N, "header": "...", "repeats": field}]}
// unusedColumns: the file's columns that gave no field (1-based; "repeats"
// only when the header names a field another column gave); [] for a work file.
// When the model has an
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
    // The reports, streamed to a device as they are built, row by row, never
    // whole in memory. JSON: the object below, indented as QJsonDocument
    // writes it, keys in QJsonObject's order. Text: one line per problem,
    // FILE:ROW: severity: field: message; then a summary. False when the
    // device refused a write.
    static bool writeJson(const CertificateTableModel &model, const QString &fileName,
                          QIODevice *device, const QList<UnusedColumn> &unusedColumns = {});
    static bool writeText(const CertificateTableModel &model, const QString &fileName,
                          QIODevice *device);
    // One row's JSON object, keys in QJsonObject's order; state overrides
    // stateKey() (the upload's report has states of its own). Returns the
    // row's warnings, for the summary.
    static int writeRow(JsonWriter &writer, const CertificateTableModel &model, int row,
                        const QString &state = {});
    // The "unusedColumns" member (both reports end with it).
    static void writeUnusedColumns(JsonWriter &writer, const QList<UnusedColumn> &unusedColumns);
    static QString summaryLine(const CertificateTableModel &model);
};

} // namespace Ditio
