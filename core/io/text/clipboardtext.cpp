#include "clipboardtext.h"

#include "csvreader.h"

namespace Ditio {

ClipboardText::Grid ClipboardText::parse(const QString &text)
{
    // The CSV parser with a tab: the same quoting rules. Unlike a file, an
    // empty line is an empty row the user copied, and there is no preamble.
    CsvReader::Options options;
    options.delimiter = u'\t';
    options.skipBlankLines = false;
    options.excelPreamble = false;
    Grid grid;
    CsvReader::parse(text, options, [&](const CsvReader::RecordView &record) {
        QStringList row;
        row.reserve(record.fields.size());
        for (QStringView field : record.fields)
            row.append(field.toString());
        grid.append(std::move(row));
        return true;
    });
    return grid;
}

QString ClipboardText::format(const Grid &grid)
{
    QString text;
    for (const QStringList &row : grid) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (column > 0)
                text.append(u'\t');
            const QString &cell = row.at(column);
            if (cell.contains(u'\t') || cell.contains(u'\n') || cell.contains(u'\r')
                || cell.startsWith(u'"')) {
                QString quoted = cell;
                quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
                text.append(u'"').append(quoted).append(u'"');
            } else {
                text.append(cell);
            }
        }
        text.append(QStringLiteral("\r\n"));
    }
    return text;
}

} // namespace Ditio
