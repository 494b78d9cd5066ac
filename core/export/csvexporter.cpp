#include "csvexporter.h"

#include "exporttable.h"
#include "exporttarget.h"
#include "io/text/formulaguard.h"
#include "model/certificatetablemodel.h"
#include "util/orderedblocks.h"

namespace Ditio {

namespace {

constexpr QStringView LineEnd = u"\r\n";
// Rows per chunk: big enough that writes are few, small enough that a
// million-row table is never one string in memory.
constexpr int ChunkRows = 2000;

bool needsQuotes(QStringView text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
        case u'\n':
        case u'\r':
        case u',':
        case u';':
        case u'\t':
        case u'|':
            return true;
        default:
            break;
        }
    }
    return false;
}

void appendRecord(QString &out, const QStringList &fields, QChar delimiter)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += delimiter;
        out += CsvExporter::field(fields.at(i));
    }
    out += LineEnd;
}

} // namespace

QString CsvExporter::field(const QString &text)
{
    const QString guarded = FormulaGuard::guard(text);
    if (!needsQuotes(guarded))
        return guarded;
    QString quoted;
    quoted.reserve(guarded.size() + 2);
    quoted += u'"';
    for (const QChar c : guarded) {
        if (c == u'"')
            quoted += u'"';
        quoted += c;
    }
    quoted += u'"';
    return quoted;
}

bool CsvExporter::writeRows(const CertificateTableModel &model, const Options &options,
                            const ExportProgress &progress,
                            const std::function<bool(const QByteArray &)> &sink,
                            ExportResult *result)
{
    const QChar delimiter = delimiterChar(options.delimiter);
    const QList<int> rows = ExportTable::rows(model, options.onlyProblems);

    QString chunk;
    if (options.byteOrderMark)
        chunk += QChar(0xFEFF);
    appendRecord(chunk, ExportTable::headers(), delimiter);

    if (!sink(chunk.toUtf8()))
        return false;

    // Records built on two cores in blocks (a row's message is most of the
    // work), written in order.
    model.prepareConcurrentReads();
    qsizetype done = 0;
    const bool written = writeInOrderedBlocks<QByteArray>(
            int(rows.size()), ChunkRows,
            [&](int first, int end, QByteArray &bytes) {
                QString records;
                QStringList fields;
                fields.resize(ExportTable::ColumnCount);
                for (int i = first; i < end; ++i) {
                    const int row = rows.at(i);
                    const CertificateRow &r = model.row(row);
                    for (Field field : allFields())
                        fields[fieldIndex(field)] = r.text(field);
                    fields[ExportTable::StatusColumn] = ExportTable::status(model, row);
                    fields[ExportTable::MessageColumn] = ExportTable::message(model, row);
                    appendRecord(records, fields, delimiter);
                }
                bytes = records.toUtf8();
            },
            [&](const QByteArray &bytes) {
                if (progress.isCancelled()) {
                    result->cancelled = true;
                    return false;
                }
                if (!sink(bytes))
                    return false;
                done = std::min(rows.size(), done + ChunkRows);
                progress.report(done, rows.size());
                return true;
            });
    if (!written)
        return false;
    progress.report(rows.size(), rows.size());
    result->rowsWritten = int(rows.size());
    return true;
}

ExportResult CsvExporter::write(const CertificateTableModel &model, const QString &path,
                                const Options &options, const ExportProgress &progress)
{
    ExportResult result;
    ExportTarget target(path);
    if (!target.open()) {
        result.errorString = target.errorString();
        return result;
    }
    const bool written = writeRows(
            model, options, progress,
            [&target](const QByteArray &bytes) { return target.write(bytes); }, &result);
    if (!written || !target.commit()) {
        target.cancel();
        result.errorString = result.cancelled ? QString() : target.errorString();
        result.rowsWritten = 0;
        return result;
    }
    result.ok = true;
    return result;
}

QByteArray CsvExporter::toBytes(const CertificateTableModel &model, const Options &options)
{
    QByteArray bytes;
    ExportResult result;
    writeRows(
            model, options, {},
            [&bytes](const QByteArray &chunk) {
                bytes += chunk;
                return true;
            },
            &result);
    return bytes;
}

} // namespace Ditio
