#pragma once

#include <QString>
#include <QStringList>

namespace Ditio {

// What an export did: how many rows went out, how many were left out on
// purpose (the payload leaves out rows with errors), or why nothing was
// written. On failure or cancel the file at the path is as it was before.
struct ExportResult
{
    bool ok = false;
    bool cancelled = false;
    QString errorString; // names the path: "/x/out.csv cannot be written: ..."
    int rowsWritten = 0;
    int rowsLeftOut = 0;
    QStringList warnings; // e.g. cells cut to the spreadsheet's limit
};

} // namespace Ditio
