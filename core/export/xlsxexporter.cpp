#include "xlsxexporter.h"

#include "exporttable.h"
#include "io/text/formulaguard.h"
#include "model/certificatetablemodel.h"
#include "xlsxworkbookwriter.h"

#include <algorithm>

namespace Ditio {

namespace {

using Style = XlsxWorkbookWriter::Style;

constexpr int ProgressRows = 2000;
// Rows measured for the column widths: enough to see the data, cheap.
constexpr int MeasuredRows = 5000;

bool isIdentifier(Field field)
{
    return field == Field::EmployeeNumber || field == Field::CertificateNumber;
}

Style columnStyle(int column)
{
    if (column >= FieldCount)
        return Style::GeneralStyle;
    const Field field = CertificateTableModel::fieldOfColumn(column);
    if (isIdentifier(field))
        return Style::TextStyle;
    if (isDateField(field))
        return Style::DateStyle;
    return Style::GeneralStyle;
}

Style guarded(Style style)
{
    switch (style) {
    case Style::TextStyle:
        return Style::GuardedTextStyle;
    case Style::DateStyle:
        return Style::GuardedDateStyle;
    default:
        return Style::GuardedStyle;
    }
}

double widthFor(qsizetype characters)
{
    return std::clamp(double(characters) + 2.0, 9.0, 60.0);
}

} // namespace

QString XlsxExporter::sheetName()
{
    return tr("Certificates");
}

ExportResult XlsxExporter::write(const CertificateTableModel &model, const QString &path,
                                 const Options &options, const ExportProgress &progress)
{
    ExportResult result;
    const QList<int> rows = ExportTable::rows(model, options.onlyProblems);
    const QStringList headers = ExportTable::headers();

    QList<XlsxWorkbookWriter::Column> columns;
    for (int column = 0; column < ExportTable::ColumnCount; ++column) {
        qsizetype widest = headers.at(column).size();
        if (column < FieldCount) {
            const Field field = CertificateTableModel::fieldOfColumn(column);
            if (isDateField(field)) {
                widest = std::max<qsizetype>(widest, 10);
            } else {
                for (qsizetype i = 0; i < std::min<qsizetype>(rows.size(), MeasuredRows); ++i)
                    widest = std::max(widest, model.text(rows.at(i), field).size());
            }
        } else {
            widest = std::max<qsizetype>(widest, column == ExportTable::MessageColumn ? 58 : 12);
        }
        columns.append({widthFor(widest), columnStyle(column)});
    }

    XlsxWorkbookWriter writer;
    if (!writer.open(path, sheetName(), columns, int(rows.size()) + 1)) {
        result.errorString = writer.errorString();
        return result;
    }
    writer.beginRow(1);
    for (int column = 0; column < ExportTable::ColumnCount; ++column)
        writer.addText(column + 1, headers.at(column), Style::HeaderStyle);
    writer.endRow();

    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int row = rows.at(i);
        const CertificateRow &r = model.row(row);
        writer.beginRow(int(i) + 2);
        for (Field field : allFields()) {
            const int column = fieldIndex(field) + 1;
            const QString &text = r.text(field);
            if (isDateField(field) && r.date(field).isValid()) {
                if (const auto serial = XlsxWorkbookWriter::dateSerial(r.date(field).date)) {
                    writer.addNumber(column, *serial, Style::DateStyle);
                    continue;
                }
            }
            if (text.isEmpty())
                continue;
            const Style style = columnStyle(fieldIndex(field));
            writer.addText(column, text,
                           FormulaGuard::looksLikeFormula(text) ? guarded(style) : style);
        }
        const QString status = ExportTable::status(model, row);
        const QString message = ExportTable::message(model, row);
        if (!status.isEmpty())
            writer.addText(ExportTable::StatusColumn + 1, status, Style::GeneralStyle);
        if (!message.isEmpty()) {
            writer.addText(ExportTable::MessageColumn + 1, message,
                           FormulaGuard::looksLikeFormula(message) ? Style::GuardedStyle
                                                                   : Style::GeneralStyle);
        }
        writer.endRow();
        if ((i + 1) % ProgressRows == 0) {
            if (progress.isCancelled()) {
                writer.cancel();
                result.cancelled = true;
                return result;
            }
            progress.report(i + 1, rows.size());
        }
    }
    if (progress.isCancelled()) {
        writer.cancel();
        result.cancelled = true;
        return result;
    }
    if (!writer.commit()) {
        result.errorString = writer.errorString();
        return result;
    }
    progress.report(rows.size(), rows.size());
    if (writer.truncatedCells() > 0) {
        result.warnings.append(tr("%n cell(s) held more than the 32,767 characters a "
                                  "spreadsheet cell can hold and were cut short.",
                                  nullptr, writer.truncatedCells()));
    }
    result.ok = true;
    result.rowsWritten = int(rows.size());
    return result;
}

} // namespace Ditio
