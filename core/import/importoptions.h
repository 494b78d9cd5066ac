#pragma once

#include "columnmapping.h"
#include "io/text/textdecoder.h"

#include <QChar>
#include <QString>

#include <optional>

namespace Ditio {

// How "03.04.2026" and "04/03/2026" are read when a column does not prove it.
enum class DateOrder : quint8 {
    Automatic, // per column from its values; day-first when every value fits both
    DayFirst,
    MonthFirst,
};

// The choices the import dialog (or the command line's options) make; every
// member left at its default means "detect it". Cheap to copy: the dialog
// changes one member and asks for a new preview.
struct ImportOptions
{
    // Workbooks: the sheet by name; empty for the preferred one.
    QString sheetName;
    // Text files: nullopt detects the encoding from the bytes.
    std::optional<TextDecoder::Encoding> encoding;
    // Text files: null detects it among , ; tab | (or takes it from "sep=").
    QChar delimiter;
    // The row the spreadsheet shows the header on (1-based); 0 finds it.
    int headerRow = 0;
    // Which column holds which field. Empty: a remembered mapping for this
    // header layout, else the automatic one. Columns are matched to the file's
    // header by their header text (ColumnMapping::appliedTo), so a mapping
    // from an earlier preview, from memory or from a file fits the same layout.
    ColumnMapping mapping;
    DateOrder dateOrder = DateOrder::Automatic;
};

} // namespace Ditio
