#pragma once

#include "datecolumnformat.h"
#include "importoptions.h"
#include "importresult.h"
#include "io/workbook/spreadsheetrow.h"
#include "stringpool.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <optional>
#include <vector>

namespace Ditio {

class ColumnMappingMemory;

// Turns the rows of a sheet or text file, in order, into certificates: finds
// the header among the first rows, maps the columns (by name, a remembered
// mapping or the one given), keeps each value's source text, and judges the
// date columns from all their values once the rows are in (finish()). Rows of
// a text file come as views (addRecord()): after the header a certificate is
// built from them directly, repeated values shared through a StringPool.
class RowAssembler
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::ImportSource)

public:
    RowAssembler(const ImportOptions &options, ImportResult &result,
                 const ColumnMappingMemory *memory, int dataRowLimit, int keepRawRows)
        : m_options(options),
          m_result(result),
          m_memory(memory),
          m_dataRowLimit(dataRowLimit),
          m_keepRawRows(keepRawRows)
    { }

    // width: the fields of a text file's record (for the extra-fields warning);
    // 0 for a workbook row. False: stop reading (limit reached or failed).
    bool add(const SpreadsheetRow &row, int width, const std::atomic_bool *cancel);

    // Text files being read whole: how many bytes there are and how many make
    // one character, so the rows can be reserved once the first lines tell
    // the length of a line.
    void setSizeHint(qint64 bytes, int unitBytes);

    // One record of a text file as views into the reader's buffer. After the
    // header, the certificate is built from the views directly, repeated
    // values shared, without a SpreadsheetRow in between.
    bool addRecord(int rowNumber, const QList<QStringView> &fields, const std::atomic_bool *cancel);

    // After the last row. False when the file cannot be imported.
    bool finish();

    // The one-line description of the file the import dialog shows.
    static QString fingerprintOf(const ImportResult &result);
    // Notes on the date columns: assumed order, conflicts, two-digit years.
    static QStringList dateNotesOf(const ImportResult &result);

    bool failed() const { return m_failed; }
    QString failure() const { return m_failure; }
    // Not a single row reached the header search.
    bool sawNoRows() const;
    bool headerDecided() const { return m_headerDecided; }

    // To read a later part of the same text file on another thread, into its
    // own result: the header and column mapping of first, which has decided
    // them. append() brings the part's rows back.
    void continueFrom(const RowAssembler &first, qint64 bytes);

    // The rows, date values and warnings that later read into part, as if
    // they had been added here after this one's own.
    void append(RowAssembler &later);

    // A text file's field over a cell's size, cut to it. The reader cut a
    // very long one while reading already: its full length is not known.
    void warnTooLong(int row, int column, qsizetype size);

    void warn(int row, int column, const QString &message);

private:
    struct Pending
    {
        SpreadsheetRow row;
        int width = 0;
    };

    bool fail(const QString &why);
    bool decideHeader();
    bool addData(const SpreadsheetRow &source, int width);

    // dd.MM.yyyy exactly: what DateColumnFormat::convert() gives for it when
    // the column is day-first is the text itself (or the text when invalid).
    static bool isTableDate(const QString &text);

    void reserveRows();
    void reserve(qint64 rows);
    bool addTextData(int rowNumber, const QList<QStringView> &fields);

    const ImportOptions &m_options;
    ImportResult &m_result;
    const ColumnMappingMemory *m_memory;
    const int m_dataRowLimit; // -1: all
    const int m_keepRawRows;
    int m_dataRows = 0;
    bool m_headerDecided = false;
    bool m_failed = false;
    QString m_failure;
    QList<Pending> m_pending;
    QList<std::optional<Field>> m_fields; // per header column
    std::array<DateColumnFormat, 2> m_dates;
    std::array<QByteArray, 2> m_kinds; // per kept row: the date cell's kind

    std::vector<StringPool> m_pools; // per header column (text files)
    SpreadsheetCell m_dateCell {QString(), QString(), 0, SpreadsheetCell::Text, false};
    qint64 m_hintBytes = 0;
    int m_unitBytes = 1;
    qint64 m_lineBytes = 0; // the average line of the first records
    bool m_reserved = false;
};

} // namespace Ditio
