#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Ditio {

// The tab-separated text Excel, LibreOffice and Google Sheets put on the
// clipboard for a range of cells: rows end in CR LF or LF, a cell containing a
// tab, a line break or a quote is quoted with doubled quotes inside.
class ClipboardText
{
public:
    using Grid = QList<QStringList>;

    static Grid parse(const QString &text);
    static QString format(const Grid &grid);
};

} // namespace Ditio
