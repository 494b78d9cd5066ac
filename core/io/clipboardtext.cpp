#include "clipboardtext.h"

namespace Ditio {

ClipboardText::Grid ClipboardText::parse(const QString &text)
{
    Grid grid;
    QStringList row;
    QString cell;
    bool inQuotes = false;
    bool cellStarted = false; // a quote opens a quoted cell only as its first character
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    cell.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                cell.append(c);
            }
            continue;
        }
        if (c == u'"' && !cellStarted) {
            inQuotes = true;
            cellStarted = true;
        } else if (c == u'\t') {
            row.append(cell);
            cell.clear();
            cellStarted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            row.append(cell);
            grid.append(row);
            row.clear();
            cell.clear();
            cellStarted = false;
        } else {
            cell.append(c);
            cellStarted = true;
        }
    }
    // The last line has no line break after it (LibreOffice) or has one (Excel):
    // either way no empty row is invented.
    if (cellStarted || !row.isEmpty() || !cell.isEmpty()) {
        row.append(cell);
        grid.append(row);
    }
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
