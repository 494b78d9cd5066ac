#pragma once

#include <QString>

namespace Ditio {

// Something wrong with one cell or row of a spreadsheet that did not stop the
// reading: the message says what was done about it.
struct SpreadsheetProblem
{
    int row = 0; // 1-based, as the spreadsheet shows it
    int column = 0; // 1-based; 0 when it concerns the whole row
    QString message; // translated, names the row and column
};

} // namespace Ditio
