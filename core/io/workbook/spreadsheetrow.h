#pragma once

#include "spreadsheetcell.h"

#include <QList>

namespace Ditio {

// The cells of one spreadsheet row that hold a value, left to right. Rows and
// columns without values are not there: the numbers tell the gaps.
struct SpreadsheetRow
{
    int row = 0; // 1-based, as the spreadsheet shows it
    QList<SpreadsheetCell> cells;

    // The cell in a 1-based column, or nullptr when that column is empty.
    const SpreadsheetCell *cell(int column) const
    {
        for (const SpreadsheetCell &cell : cells) {
            if (cell.column == column)
                return &cell;
        }
        return nullptr;
    }
    QString text(int column) const
    {
        const SpreadsheetCell *found = cell(column);
        return found ? found->text : QString();
    }
};

} // namespace Ditio
