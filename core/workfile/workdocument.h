#pragma once

#include "model/rowstore.h"

#include <QList>
#include <QString>

namespace Ditio {

// Everything a work file holds: the rows as typed or imported with their raw
// source values and upload results, and where they came from. Problems are not
// stored: they are recomputed on load, so they always follow the current rules.
struct WorkDocument
{
    RowStore rows; // shared in chunks: a snapshot is cheap
    QString sourcePath; // the spreadsheet the rows were imported from, if any
    QString sourceFormat; // "csv", "xlsx", ...
    // Only in recovery files: the work file the autosaved rows belong to
    // (empty for an untitled document).
    QString documentPath;
    // Only in recovery files: which snapshot this is. The recovery journal
    // that continues it carries the same number (0: none).
    quint64 recoveryGeneration = 0;

    // A new document: one empty row, ready for typing.
    static WorkDocument untitled() { return {{CertificateRow()}, {}, {}, {}, 0}; }
};

} // namespace Ditio
