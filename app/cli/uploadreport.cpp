#include "uploadreport.h"

#include "io/text/formulaguard.h"
#include "model/certificatetablemodel.h"
#include "report/validationreport.h"
#include "util/jsonwriter.h"
#include "util/savefile.h"

#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QStringList>
#include <QUrl>

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

bool UploadReport::writeJson(QIODevice *device) const
{
    JsonWriter writer(device, JsonWriter::Style::Indented);
    writer.beginObject();
    writer.member(u"file", m_fileName);
    writer.key(u"rows");
    writer.beginArray();
    int warnings = 0;
    int counts[4] = {}; // uploaded, rejected, unconfirmed, not-sent
    for (int row = 0; row < m_model.rowCount() && writer.ok(); ++row) {
        const QString state = stateKey(m_model, row);
        warnings += ValidationReport::writeRow(writer, m_model, row, state);
        if (state == u"uploaded")
            ++counts[0];
        else if (state == u"rejected")
            ++counts[1];
        else if (state == u"unconfirmed")
            ++counts[2];
        else if (state == u"not-sent")
            ++counts[3];
    }
    writer.endArray();
    // The summary's keys in QJsonObject's order (sorted).
    const int invalid = m_model.rowsWithErrors();
    writer.key(u"summary");
    writer.beginObject();
    writer.member(u"apiBase", m_environment.apiBase().toString(QUrl::RemoveUserInfo));
    writer.member(u"complete", allUploaded());
    writer.member(u"elapsedMs", m_summary.elapsedMs);
    writer.member(u"environment", m_environment.key());
    writer.member(u"invalid", invalid);
    writer.member(u"notSent", counts[3]);
    writer.member(u"ready", m_model.rowCount() - invalid);
    writer.member(u"rejected", counts[1]);
    writer.member(u"requests", m_summary.requests);
    writer.member(u"rows", m_model.rowCount());
    if (!m_summary.stopReason.isEmpty())
        writer.member(u"stopReason", m_summary.stopReason);
    writer.member(u"text", m_summary.text());
    writer.member(u"unconfirmed", counts[2]);
    writer.member(u"uploaded", counts[0]);
    writer.member(u"warnings", warnings);
    writer.endObject();
    ValidationReport::writeUnusedColumns(writer, m_unusedColumns);
    writer.endObject();
    return writer.flush();
}

bool UploadReport::writeText(QIODevice *device) const
{
    // In blocks: the lines of a million rows are never one string.
    QByteArray block;
    const auto flush = [&] {
        const bool ok = block.isEmpty() || device->write(block) == block.size();
        block.resize(0); // keeps its memory
        return ok;
    };
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const QString state = stateKey(m_model, row);
        if (state == u"uploaded" || m_model.row(row).isBlank())
            continue;
        // One arg() call: a "%1" in a file name or message must not be filled in again.
        block += QStringLiteral("%1:%2: %3: %4\n")
                         .arg(m_fileName,
                              QString::number(ValidationReport::reportedRow(m_model, row)), state,
                              message(m_model, row))
                         .toUtf8();
        if (block.size() >= 256 * 1024 && !flush())
            return false;
    }
    block += (m_summary.text() + u'\n').toUtf8();
    return flush();
}

bool UploadReport::writeCsv(QIODevice *device) const
{
    QList<QByteArray> header {"sourceRow"};
    for (Field field : allFields())
        header.append(fieldApiName(field).toUtf8());
    header.append("state");
    header.append("message");
    QByteArray block = header.join(',') + "\r\n";
    for (int row = 0; row < m_model.rowCount(); ++row) {
        if (m_model.row(row).isBlank())
            continue;
        QList<QByteArray> fields {QByteArray::number(ValidationReport::reportedRow(m_model, row))};
        for (Field field : allFields())
            fields.append(csvField(m_model.row(row).apiValue(field)));
        fields.append(stateKey(m_model, row).toUtf8());
        fields.append(csvField(message(m_model, row)));
        block += fields.join(',') + "\r\n";
        if (block.size() >= 256 * 1024) {
            if (device->write(block) != block.size())
                return false;
            block.resize(0); // keeps its memory
        }
    }
    return device->write(block) == block.size();
}

bool UploadReport::isReportPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"csv" || suffix == u"json";
}

bool UploadReport::write(const QString &path, QString *errorString) const
{
    const bool json = QFileInfo(path).suffix().compare(u"json", Qt::CaseInsensitive) == 0;
    // Whole or not at all: a job that reads the report never sees half of one.
    SaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly)
            && (json ? writeJson(&file) : writeCsv(&file)) && file.commit();
    if (!written) {
        *errorString = tr("The report %1 could not be written: %2")
                               .arg(QDir::toNativeSeparators(path), file.reason());
        return false;
    }
    return true;
}

} // namespace Ditio
