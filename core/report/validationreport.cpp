#include "validationreport.h"

#include "import/importresult.h"
#include "model/certificatetablemodel.h"
#include "register/employeedirectory.h"
#include "util/jsonwriter.h"
#include "util/orderedblocks.h"

#include <QIODevice>

#include <algorithm>
#include <array>

namespace Ditio {

namespace {

// Rows a block of a report holds: a few MB of JSON at most.
constexpr int RowsPerBlock = 8192;

} // namespace

int ValidationReport::reportedRow(const CertificateTableModel &model, int row)
{
    const int sourceRow = model.row(row).sourceRow;
    return sourceRow > 0 ? sourceRow : row + 2;
}

QString ValidationReport::stateKey(const CertificateTableModel &model, int row)
{
    const UploadState state = model.row(row).uploadState;
    if (state != UploadState::NotSent)
        return uploadStateKey(state);
    return model.rowHasErrors(row) ? QStringLiteral("invalid") : QStringLiteral("ready");
}

int ValidationReport::writeRow(JsonWriter &writer, const CertificateTableModel &model, int row,
                               const QString &state)
{
    int warnings = 0;
    // Keys in QJsonObject's order (sorted), as the report always gave them.
    writer.beginObject();
    if (model.employeeDirectory()) {
        writer.key(u"employeeName");
        if (model.employeeDirectory()->contains(model.text(row, Field::EmployeeNumber)))
            writer.value(model.employeeName(row));
        else
            writer.null();
    }
    // Where the row's last result came from, when known (a key the JSON never had before,
    // so only written then).
    if (const auto to = model.row(row).uploadedToKind())
        writer.member(u"environment", DitioEnvironment::key(*to));
    writer.key(u"issues");
    writer.beginArray();
    for (const Issue &issue : model.issues(row)) {
        writer.beginObject();
        writer.member(u"code", issueCodeKey(issue.code));
        writer.member(u"field", fieldApiName(issue.field));
        writer.member(u"message", issue.message);
        writer.member(u"severity", severityKey(issue.severity));
        writer.endObject();
        if (issue.severity == Severity::Warning)
            ++warnings;
    }
    writer.endArray();
    const QString &message = model.row(row).uploadMessage;
    if (!message.isEmpty())
        writer.member(u"message", message);
    writer.member(u"sourceRow", reportedRow(model, row));
    writer.member(u"state", state.isNull() ? stateKey(model, row) : state);
    writer.key(u"values");
    writer.beginObject();
    const CertificateRow &r = model.row(row);
    // Sorted by API name: certificateNumber, certificateType, employeeNumber,
    // issuedDateTime, notes, validUntilDateTime.
    for (Field field : {Field::CertificateNumber, Field::CertificateType, Field::EmployeeNumber,
                        Field::IssuedDate, Field::Notes, Field::ValidUntilDate}) {
        const QString value = r.apiValue(field);
        if (!value.isEmpty())
            writer.member(fieldApiName(field), value);
    }
    writer.endObject();
    writer.endObject();
    return warnings;
}

bool ValidationReport::writeJson(const CertificateTableModel &model, const QString &fileName,
                                 QIODevice *device, const QList<UnusedColumn> &unusedColumns)
{
    JsonWriter writer(device, JsonWriter::Style::Indented);
    writer.beginObject();
    writer.member(u"file", fileName);
    writer.key(u"rows");
    writer.beginArray();
    // The rows built on two cores in blocks, written in order.
    model.prepareConcurrentReads();
    const auto warnings = int(writeJsonElementsInOrderedBlocks(
            writer, JsonWriter::Style::Indented, 2, model.rowCount(), RowsPerBlock,
            [&](JsonWriter &fragment, int row) { return writeRow(fragment, model, row); }));
    writer.endArray();
    writer.key(u"summary");
    writer.beginObject();
    const int invalid = model.rowsWithErrors();
    writer.member(u"invalid", invalid);
    writer.member(u"ready", model.rowCount() - invalid);
    writer.member(u"rows", model.rowCount());
    writer.member(u"warnings", warnings);
    writer.endObject();
    writeUnusedColumns(writer, unusedColumns);
    writer.endObject();
    return writer.flush();
}

void ValidationReport::writeUnusedColumns(JsonWriter &writer,
                                          const QList<UnusedColumn> &unusedColumns)
{
    writer.key(u"unusedColumns");
    writer.beginArray();
    for (const UnusedColumn &unused : unusedColumns) {
        writer.beginObject();
        writer.member(u"column", unused.column);
        writer.member(u"header", unused.header);
        if (unused.repeats)
            writer.member(u"repeats", fieldApiName(*unused.repeats));
        writer.endObject();
    }
    writer.endArray();
}

bool ValidationReport::writeText(const CertificateTableModel &model, const QString &fileName,
                                 QIODevice *device)
{
    // In blocks: a million rows of problems are never one string.
    // FILE:ROW: severity: field: message, put together in UTF-8 piece by
    // piece (the file name as given: a "%1" in it stays as it is).
    const QByteArray file = fileName.toUtf8();
    std::array<QByteArray, FieldCount> fields;
    for (Field field : allFields())
        fields[size_t(field)] = fieldApiName(field).toUtf8();
    const QByteArray severities[] = {severityKey(Severity::None).toUtf8(),
                                     severityKey(Severity::Warning).toUtf8(),
                                     severityKey(Severity::Error).toUtf8()};
    // Lines built on two cores in blocks of rows, written in order.
    model.prepareConcurrentReads();
    const bool written = writeInOrderedBlocks<QByteArray>(
            model.rowCount(), RowsPerBlock,
            [&](int first, int end, QByteArray &lines) {
                for (int row = first; row < end; ++row) {
                    if (!model.rowHasProblems(row))
                        continue;
                    const QByteArray reported = QByteArray::number(reportedRow(model, row));
                    for (const Issue &issue : model.issues(row)) {
                        lines += file;
                        lines += ':';
                        lines += reported;
                        lines += ": ";
                        lines += severities[std::min(int(issue.severity), 2)];
                        lines += ": ";
                        lines += fields[size_t(issue.field)];
                        lines += ": ";
                        lines += issue.message.toUtf8();
                        lines += '\n';
                    }
                }
            },
            [&](const QByteArray &lines) { return device->write(lines) == lines.size(); });
    if (!written)
        return false;
    const QByteArray summary = (summaryLine(model) + u'\n').toUtf8();
    return device->write(summary) == summary.size();
}

QString ValidationReport::summaryLine(const CertificateTableModel &model)
{
    const int rows = model.rowCount();
    const int invalid = model.rowsWithErrors();
    //: %1 is "N rows", %4 is "N warnings"
    return tr("%1: %2 ready, %3 with errors, %4.")
            .arg(tr("%n row(s)", nullptr, rows))
            .arg(rows - invalid)
            .arg(invalid)
            .arg(tr("%n warning(s)", nullptr, model.warningCount()));
}

} // namespace Ditio
