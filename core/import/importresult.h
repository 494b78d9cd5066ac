#pragma once

#include "columnmapping.h"
#include "datecolumnformat.h"
#include "io/text/textdecoder.h"
#include "io/workbook/spreadsheetrow.h"
#include "model/rowstore.h"
#include "unusedcolumn.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace Ditio {

// Which reader: ImportResult::workbookFormat says which kind of workbook.
enum class ImportFormat : quint8 {
    Csv, // a CSV or other text file
    Workbook, // an Excel workbook (.xlsx) or OpenDocument spreadsheet (.ods)
};

// Where the column mapping came from.
enum class MappingOrigin : quint8 {
    Automatic, // matched from the header texts
    Remembered, // the user confirmed it for this header layout before
    Chosen, // given in the options (the dialog, or a mapping file)
};

// Something about one cell or row that did not stop the import.
struct ImportWarning
{
    int row = 0; // as the spreadsheet shows it; 0 for the whole file
    int column = 0; // 1-based; 0 for the whole row or file
    QString message; // translated, names the row and column: "Row 5, column C: ..."
};

// What a preview (ImportSource::preview) or a whole import
// (CertificateImporter::import) found and made. A preview holds only the first
// rows; everything else means the same in both.
struct ImportResult
{
    bool ok = false; // false: errorString says why ("<file> cannot be read: ...")
    bool cancelled = false;
    QString errorString;

    QString fileName; // as in the messages (native separators)
    ImportFormat format = ImportFormat::Csv;

    // Workbooks: the worksheets, the one read, the one an import starts with.
    QStringList sheetNames;
    int sheetIndex = -1;
    int preferredSheet = -1;
    // The sheet (or file) holds no row at all: not ok, "no header row".
    bool noRows = false;
    bool date1904 = false;
    QString workbookFormat; // "xlsx" or "ods" (WorkbookReader::fileFormat())

    // Text files: how the bytes were read.
    TextDecoder::Encoding encoding = TextDecoder::Encoding::Utf8;
    QChar delimiter;

    // The header: its row as the spreadsheet shows it, and its texts (one per
    // column, "" for an empty header cell).
    int headerRow = 0;
    QStringList headers;
    // What the automatic matcher thinks of each header: 100 an exact name,
    // 60-90 a near one, 0 none or a field a better column took (the same
    // whatever mapping is used).
    QList<int> matchScores;
    ColumnMapping mapping; // the one used, with the headers
    MappingOrigin mappingOrigin = MappingOrigin::Automatic;
    QDateTime mappingConfirmedAt; // Remembered: when the user confirmed it
    // Required fields no column holds: the import refuses until they are mapped.
    QList<Field> missingFields;
    // Columns with a header that the mapping leaves out, in the file's order.
    QList<UnusedColumn> unusedColumns;

    // How each date field's column is written (index: 0 issued, 1 valid until).
    std::array<DateColumnFormat::Summary, 2> dateColumns;

    // "Windows-1252, semicolon, header on row 3, dates day-first".
    QString fingerprint;
    // Sentences for the dialog about the mapping ("Using the column mapping you
    // confirmed on 28.11.2026.") and the dates (assumed order, two-digit years).
    QString mappingNote;
    QStringList dateNotes;

    // Preview only: the first rows of the sheet from its top, as read (titles
    // and header included), for the raw grid.
    QList<SpreadsheetRow> rawRows;
    // The certificates: every data row of an import, the first of a preview;
    // text as the table gets it, sourceText where the file said otherwise,
    // sourceRow as the spreadsheet shows it. Blank rows are left out.
    RowStore rows;
    // Columns not used, extra fields, over-long cells (at most 1000 kept).
    QList<ImportWarning> warnings;
    int warningCount = 0;
    // Parts the file was read in, each on a thread of its own: 2 for a large
    // text file (see ImportSource::ReadInHalvesFrom), else 1.
    int parts = 1;

    bool canImport() const { return ok && missingFields.isEmpty(); }
    static int dateColumnIndex(Field field) { return field == Field::IssuedDate ? 0 : 1; }
};

} // namespace Ditio
