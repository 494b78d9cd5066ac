#include "uploadreport.h"

#include "io/text/formulaguard.h"
#include "model/certificatetablemodel.h"
#include "report/validationreport.h"
#include "util/savefile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace Ditio {

namespace {

QByteArray csvField(const QString &text)
{
    // A report is opened in Excel as often as it is parsed: no cell may run as a formula.
    const QString guarded = FormulaGuard::guard(text);
    QString field = guarded;
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
        || field.contains(u'\r')) {
        field.replace(u'"', QStringLiteral("\"\""));
        field = u'"' + field + u'"';
    }
    return field.toUtf8();
}

} // namespace

UploadReport::UploadReport(const CertificateTableModel &model, const QString &fileName,
                           const UploadSummary &summary, const DitioEnvironment &environment)
    : m_model(model), m_fileName(fileName), m_summary(summary), m_environment(environment)
{ }

QString UploadReport::stateKey(const CertificateTableModel &model, int row)
{
    switch (model.row(row).uploadState) {
    case UploadState::Uploaded:
        return QStringLiteral("uploaded");
    case UploadState::Rejected:
        return QStringLiteral("rejected");
    case UploadState::Unconfirmed:
    case UploadState::Sending: // only if the run died mid-request: it may have arrived
        return QStringLiteral("unconfirmed");
    case UploadState::NotSent:
        break;
    }
    return model.rowHasErrors(row) ? QStringLiteral("invalid") : QStringLiteral("not-sent");
}

QString UploadReport::message(const CertificateTableModel &model, int row)
{
    const CertificateRow &r = model.row(row);
    if (!r.uploadMessage.isEmpty() || r.uploadState != UploadState::NotSent
        || !model.rowHasErrors(row))
        return r.uploadMessage;
    QStringList errors;
    for (const Issue &issue : model.issues(row)) {
        if (issue.severity == Severity::Error)
            errors.append(fieldApiName(issue.field) + QStringLiteral(": ") + issue.message);
    }
    return errors.join(u' ');
}

bool UploadReport::allUploaded() const
{
    for (int row = 0; row < m_model.rowCount(); ++row) {
        if (!m_model.row(row).isBlank() && m_model.row(row).uploadState != UploadState::Uploaded)
            return false;
    }
    return true;
}

QJsonObject UploadReport::toJson() const
{
    QJsonObject root = ValidationReport::toJson(m_model, m_fileName);
    QJsonArray rows = root.value(u"rows").toArray();
    int counts[4] = {}; // uploaded, rejected, unconfirmed, not-sent
    for (int row = 0; row < m_model.rowCount() && row < rows.size(); ++row) {
        QJsonObject json = rows.at(row).toObject();
        const QString state = stateKey(m_model, row);
        json.insert(u"state", state);
        if (state == u"uploaded")
            ++counts[0];
        else if (state == u"rejected")
            ++counts[1];
        else if (state == u"unconfirmed")
            ++counts[2];
        else if (state == u"not-sent")
            ++counts[3];
        rows[row] = json;
    }
    root.insert(u"rows", rows);

    QJsonObject summary = root.value(u"summary").toObject();
    summary.insert(u"uploaded", counts[0]);
    summary.insert(u"rejected", counts[1]);
    summary.insert(u"unconfirmed", counts[2]);
    summary.insert(u"notSent", counts[3]);
    summary.insert(u"requests", m_summary.requests);
    summary.insert(u"elapsedMs", m_summary.elapsedMs);
    summary.insert(u"environment", m_environment.key());
    summary.insert(u"apiBase", m_environment.apiBase().toString(QUrl::RemoveUserInfo));
    summary.insert(u"complete", allUploaded());
    if (!m_summary.stopReason.isEmpty())
        summary.insert(u"stopReason", m_summary.stopReason);
    summary.insert(u"text", m_summary.text());
    root.insert(u"summary", summary);
    return root;
}

QString UploadReport::toText() const
{
    QString text;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const QString state = stateKey(m_model, row);
        if (state == u"uploaded" || m_model.row(row).isBlank())
            continue;
        // One arg() call: a "%1" in a file name or message must not be filled in again.
        text += QStringLiteral("%1:%2: %3: %4\n")
                        .arg(m_fileName,
                             QString::number(ValidationReport::reportedRow(m_model, row)), state,
                             message(m_model, row));
    }
    text += m_summary.text() + u'\n';
    return text;
}

QByteArray UploadReport::toCsv() const
{
    QList<QByteArray> header {"sourceRow"};
    for (Field field : allFields())
        header.append(fieldApiName(field).toUtf8());
    header.append("state");
    header.append("message");
    QByteArray csv = header.join(',') + "\r\n";
    for (int row = 0; row < m_model.rowCount(); ++row) {
        if (m_model.row(row).isBlank())
            continue;
        QList<QByteArray> fields {QByteArray::number(ValidationReport::reportedRow(m_model, row))};
        for (Field field : allFields())
            fields.append(csvField(m_model.row(row).apiValue(field)));
        fields.append(stateKey(m_model, row).toUtf8());
        fields.append(csvField(message(m_model, row)));
        csv += fields.join(',') + "\r\n";
    }
    return csv;
}

bool UploadReport::isReportPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"csv" || suffix == u"json";
}

bool UploadReport::write(const QString &path, QString *errorString) const
{
    const bool json = QFileInfo(path).suffix().compare(u"json", Qt::CaseInsensitive) == 0;
    const QByteArray bytes =
            json ? QJsonDocument(toJson()).toJson(QJsonDocument::Indented) : toCsv();
    // Whole or not at all: a job that reads the report never sees half of one.
    QString why;
    if (!SaveFile::writeWhole(path, bytes, &why)) {
        *errorString = tr("The report %1 could not be written: %2")
                               .arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    return true;
}

} // namespace Ditio
