#pragma once

#include "import/importresult.h"
#include "net/ditioenvironment.h"
#include "upload/uploadsummary.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace Ditio {

class CertificateTableModel;

// What `ditio-certs-cli upload` prints and writes with --report, from the table after the run:
// every row's final state (uploaded, rejected, unconfirmed, invalid, not-sent) and message.
// The JSON is the validate contract (ValidationReport) with those states and an upload
// summary added. Built from the table and the run's summary only: never a credential.
class UploadReport
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::UploadReport)

public:
    UploadReport(const CertificateTableModel &model, const QString &fileName,
                 const UploadSummary &summary, const DitioEnvironment &environment);

    // "uploaded", "rejected", "unconfirmed", "invalid" or "not-sent".
    static QString stateKey(const CertificateTableModel &model, int row);
    // Ditio's words (rejected), why it is unconfirmed or unsent, or the row's errors (invalid).
    static QString message(const CertificateTableModel &model, int row);
    // The file's columns that gave no field, for the JSON's "unusedColumns".
    void setUnusedColumns(const QList<UnusedColumn> &columns) { m_unusedColumns = columns; }
    // Every row that is not blank ended Uploaded.
    bool allUploaded() const;

    // The reports, streamed to a device row by row, never whole in memory;
    // false when the device refused a write.
    // JSON: the validate contract (ValidationReport) with these states and an
    // upload summary, keys in QJsonObject's order.
    bool writeJson(QIODevice *device) const;
    // One line per row that did not end Uploaded ("FILE:ROW: state: message"),
    // then the run's summary, which names the environment.
    bool writeText(QIODevice *device) const;
    // sourceRow, the fields as sent, state, message; comma-separated, UTF-8.
    bool writeCsv(QIODevice *device) const;

    // Writes the report --report names, CSV or JSON by its extension,
    // atomically (SaveFile).
    bool write(const QString &path, QString *errorString) const;
    static bool isReportPath(const QString &path);

private:
    const CertificateTableModel &m_model;
    QString m_fileName;
    UploadSummary m_summary;
    DitioEnvironment m_environment;
    QList<UnusedColumn> m_unusedColumns;
};

} // namespace Ditio
