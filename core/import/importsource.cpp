#include "importsource.h"

#include "columnmappingmemory.h"
#include "columnmatcher.h"
#include "io/filesniffer.h"
#include "io/inputfile.h"
#include "io/text/csvreader.h"
#include "io/text/formulaguard.h"
#include "io/workbook/workbookreader.h"
#include "model/dateparser.h"
#include "stringpool.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <limits>
#include <thread>

namespace Ditio {

namespace {

// The header is looked for among the first rows that hold anything.
constexpr int HeaderSearchRows = 30;
constexpr int MaxWarnings = 1000;

// A CSV cell our exporter guarded against formulas ('=SUM(A1)) reads back
// as it was in the table (FormulaGuard::unguard on a view).
QStringView unguarded(QStringView text)
{
    if (text.size() >= 2 && text.front() == FormulaGuard::Mark && FormulaGuard::needsGuard(text))
        return text.sliced(1);
    return text;
}

// A header label as a message quotes it: a hostile 50 MB header cell is not
// echoed whole.
QString shortened(const QString &text)
{
    constexpr qsizetype Shown = 100;
    return text.size() <= Shown ? text : text.left(Shown) + QChar(0x2026);
}

// A cell as one number (row << 32 | column), for sets of cells.
quint64 cellKey(int row, int column)
{
    return quint64(row) << 32 | quint64(column);
}

// The record's fields over a spreadsheet cell's limit: the import cuts and
// flags them with their cell, so the reader's own problem for them is dropped.
void noteLongFields(const CsvReader::RecordView &record, QSet<quint64> &cells)
{
    for (qsizetype c = 0; c < record.fields.size(); ++c) {
        if (record.fields.at(c).size() > CsvReader::MaxFieldLength)
            cells.insert(cellKey(record.row, int(c + 1)));
    }
}

QStringList denseTexts(const SpreadsheetRow &row)
{
    QStringList texts;
    for (const SpreadsheetCell &cell : row.cells) {
        while (texts.size() < cell.column - 1)
            texts.append(QString());
        texts.append(cell.text);
    }
    return texts;
}

// Turns the rows of a sheet, in order, into certificates: finds the header,
// maps the columns, keeps each value's source, and judges the date columns
// from all their values once the rows are in.
class Assembler
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::ImportSource)

public:
    Assembler(const ImportOptions &options, ImportResult &result, const ColumnMappingMemory *memory,
              int dataRowLimit, int keepRawRows)
        : m_options(options),
          m_result(result),
          m_memory(memory),
          m_dataRowLimit(dataRowLimit),
          m_keepRawRows(keepRawRows)
    { }

    // width: the fields of a text file's record (for the extra-fields warning);
    // 0 for a workbook row. False: stop reading (limit reached or failed).
    bool add(const SpreadsheetRow &row, int width, const std::atomic_bool *cancel)
    {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            m_result.cancelled = true;
            return false;
        }
        if (m_result.rawRows.size() < m_keepRawRows)
            m_result.rawRows.append(row);
        if (!m_headerDecided) {
            m_pending.append({row, width});
            const bool enough = m_options.headerRow > 0 ? row.row >= m_options.headerRow
                                                        : m_pending.size() >= HeaderSearchRows;
            if (enough)
                return decideHeader();
            return true;
        }
        return addData(row, width);
    }

    // Text files being read whole: how many bytes there are and how many make
    // one character, so the rows can be reserved once the first lines tell
    // the length of a line.
    void setSizeHint(qint64 bytes, int unitBytes)
    {
        m_hintBytes = bytes;
        m_unitBytes = std::max(1, unitBytes);
    }

    // One record of a text file as views into the reader's buffer. After the
    // header, the certificate is built from the views directly, repeated
    // values shared, without a SpreadsheetRow in between.
    bool addRecord(int rowNumber, const QList<QStringView> &fields, const std::atomic_bool *cancel)
    {
        if (!m_headerDecided || m_result.rawRows.size() < m_keepRawRows) {
            SpreadsheetRow row;
            row.row = rowNumber;
            for (qsizetype c = 0; c < fields.size(); ++c) {
                const QStringView field = fields.at(c);
                if (field.isEmpty())
                    continue;
                SpreadsheetCell cell;
                cell.raw = field.toString();
                const QStringView text = unguarded(field);
                cell.text = text.size() == field.size() ? cell.raw : text.toString();
                cell.column = int(c + 1);
                cell.kind = SpreadsheetCell::Text;
                row.cells.append(std::move(cell));
            }
            return add(row, int(fields.size()), cancel);
        }
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            m_result.cancelled = true;
            return false;
        }
        return addTextData(rowNumber, fields);
    }

    // After the last row. False when the file cannot be imported.
    bool finish()
    {
        if (m_failed)
            return false;
        if (!m_headerDecided && !decideHeader())
            return false;
        std::array<DateColumnFormat::Summary, 2> summaries {
                m_dates[0].summary(m_options.dateOrder), m_dates[1].summary(m_options.dateOrder)};
        // A column whose dates fit both orders follows the other date column
        // when that one proves its order: one system wrote both.
        for (int d = 0; d < 2; ++d) {
            const DateColumnFormat::Summary &other = summaries[1 - d];
            const bool otherProven = !other.assumed && !other.conflicting
                    && (other.kind == DateColumnFormat::Kind::DayFirst
                        || other.kind == DateColumnFormat::Kind::MonthFirst);
            if (summaries[d].assumed && otherProven) {
                summaries[d] = m_dates[d].summary(other.monthFirst ? DateOrder::MonthFirst
                                                                   : DateOrder::DayFirst);
            }
        }
        for (Field field : {Field::IssuedDate, Field::ValidUntilDate}) {
            const int d = ImportResult::dateColumnIndex(field);
            const DateColumnFormat::Summary summary = summaries[d];
            m_result.dateColumns[d] = summary;
            if (m_result.mapping.columnOf(field) < 0)
                continue;
            SpreadsheetCell cell;
            // Day-first text already in the table's own form (15.01.2026)
            // converts to itself: most files, checked without a new string.
            const bool ownFormIsFinal = !summary.monthFirst;
            for (qsizetype i = 0; i < m_result.rows.size(); ++i) {
                const QString &text = std::as_const(m_result.rows)[i].text(field);
                if (text.isEmpty())
                    continue;
                if (ownFormIsFinal && isTableDate(text))
                    continue;
                cell.text = text;
                cell.kind = SpreadsheetCell::Kind(m_kinds[d].at(i));
                const QString converted =
                        DateColumnFormat::convert(cell, summary, m_result.date1904);
                if (converted != cell.text) {
                    CertificateRow &row = m_result.rows[i]; // copies nothing: not shared yet
                    if (row.sourceText(field).isEmpty())
                        row.setSourceText(field, cell.text);
                    row.setText(field, converted);
                }
            }
        }
        return true;
    }

    static QString fingerprintOf(const ImportResult &result)
    {
        QStringList parts;
        if (result.format == ImportFormat::Csv) {
            parts.append(TextDecoder::encodingName(result.encoding));
            parts.append(ImportSource::delimiterName(result.delimiter));
        } else {
            parts.append(result.workbookFormat == u"ods" ? tr("OpenDocument spreadsheet")
                                                         : tr("Excel workbook"));
            if (result.sheetIndex >= 0)
                parts.append(tr("sheet \"%1\"").arg(result.sheetNames.value(result.sheetIndex)));
            if (result.date1904)
                parts.append(tr("1904 date system"));
        }
        if (result.headerRow > 0)
            parts.append(tr("header on row %1").arg(result.headerRow));
        const QString issued = DateColumnFormat::describe(result.dateColumns[0]);
        const QString until = DateColumnFormat::describe(result.dateColumns[1]);
        if (!issued.isEmpty() && (issued == until || until.isEmpty()))
            parts.append(tr("dates %1").arg(issued));
        else if (issued.isEmpty() && !until.isEmpty())
            parts.append(tr("dates %1").arg(until));
        else if (!issued.isEmpty())
            parts.append(tr("issue dates %1, expiry dates %2").arg(issued, until));
        return parts.join(QStringLiteral(", "));
    }

    static QStringList dateNotesOf(const ImportResult &result)
    {
        QStringList notes;
        for (Field field : {Field::IssuedDate, Field::ValidUntilDate}) {
            const DateColumnFormat::Summary &summary =
                    result.dateColumns[ImportResult::dateColumnIndex(field)];
            const qsizetype column = result.mapping.columnOf(field);
            if (column < 0 || summary.values == 0)
                continue;
            const QString name = shortened(result.headers.value(column));
            if (summary.assumed) {
                notes.append(tr("\"%1\": every date fits both day-first and month-first, "
                                "so it is read day-first (03.04.2026 is 3 April). "
                                "Choose month-first if the file is American.")
                                     .arg(name));
            }
            if (summary.conflicting) {
                notes.append(tr("\"%1\": some dates can only be day-first and others "
                                "only month-first; it is read day-first, and the others "
                                "show as errors.")
                                     .arg(name));
            }
            if (summary.twoDigitYears > 0) {
                notes.append(tr("\"%1\": dates with a two-digit year (%2 in all, the first "
                                "\"%3\" on row %4) are left as written, not guessed; write the "
                                "year in full.")
                                     .arg(name)
                                     .arg(summary.twoDigitYears)
                                     .arg(summary.firstTwoDigitYear)
                                     .arg(summary.firstTwoDigitYearRow));
            }
        }
        return notes;
    }

    bool failed() const { return m_failed; }
    QString failure() const { return m_failure; }
    // Not a single row reached the header search.
    bool sawNoRows() const
    {
        return m_headerDecided && m_pending.isEmpty() && m_result.headerRow == 0;
    }
    bool headerDecided() const { return m_headerDecided; }

    // To read a later part of the same text file on another thread, into its
    // own result: the header and column mapping of first, which has decided
    // them. append() brings the part's rows back.
    void continueFrom(const Assembler &first, qint64 bytes)
    {
        Q_ASSERT(first.m_headerDecided && !first.m_failed);
        m_headerDecided = true;
        m_result.headerRow = first.m_result.headerRow;
        m_fields = first.m_fields;
        m_pools.resize(size_t(m_fields.size()));
        m_reserved = true;
        if (first.m_lineBytes > 0)
            reserve(bytes / first.m_lineBytes * 11 / 10 + 64);
    }

    // The rows, date values and warnings that later read into part, as if
    // they had been added here after this one's own.
    void append(Assembler &later)
    {
        ImportResult &part = later.m_result;
        m_result.rows.append(std::move(part.rows));
        for (int d = 0; d < 2; ++d) {
            m_kinds[d].append(later.m_kinds[d]);
            later.m_kinds[d].clear();
            m_dates[d].append(later.m_dates[d]);
        }
        m_dataRows += later.m_dataRows;
        for (const ImportWarning &warning : std::as_const(part.warnings)) {
            if (m_result.warnings.size() < MaxWarnings)
                m_result.warnings.append(warning);
        }
        m_result.warningCount += part.warningCount;
    }

    // A text file's field over a cell's size, cut to it. The reader cut a
    // very long one while reading already: its full length is not known.
    void warnTooLong(int row, int column, qsizetype size)
    {
        const QString cell = SpreadsheetCell::columnName(column);
        warn(row, column,
             size >= CsvReader::MaxKeptFieldLength
                     ? tr("Row %1, column %2: the cell has more than %3 characters, more than a "
                          "spreadsheet cell can hold; only the first %3 were kept.")
                               .arg(row)
                               .arg(cell)
                               .arg(CsvReader::MaxFieldLength)
                     : tr("Row %1, column %2: the cell has %3 characters, more than a "
                          "spreadsheet cell can hold; only the first %4 were kept.")
                               .arg(row)
                               .arg(cell)
                               .arg(size)
                               .arg(CsvReader::MaxFieldLength));
    }

    void warn(int row, int column, const QString &message)
    {
        ++m_result.warningCount;
        if (m_result.warnings.size() < MaxWarnings)
            m_result.warnings.append({row, column, message});
    }

private:
    struct Pending
    {
        SpreadsheetRow row;
        int width = 0;
    };

    bool fail(const QString &why)
    {
        m_failed = true;
        m_failure = why;
        return false;
    }

    bool decideHeader()
    {
        m_headerDecided = true;
        if (m_pending.isEmpty())
            return fail(tr("the file has no header row."));
        qsizetype headerIndex = 0;
        if (m_options.headerRow > 0) {
            headerIndex = -1;
            for (qsizetype i = 0; i < m_pending.size(); ++i) {
                if (m_pending.at(i).row.row == m_options.headerRow)
                    headerIndex = i;
            }
            if (headerIndex < 0)
                return fail(tr("row %1 is empty, so it cannot be the header.")
                                    .arg(m_options.headerRow));
        } else {
            // The header may sit below title and blank rows; with no
            // recognisable header the first row is taken, and the missing
            // columns are named.
            QList<QStringList> texts;
            for (const Pending &pending : std::as_const(m_pending))
                texts.append(denseTexts(pending.row));
            headerIndex = std::max(0, ColumnMatcher::findHeaderRow(texts));
        }
        const SpreadsheetRow &header = m_pending.at(headerIndex).row;
        m_result.headerRow = header.row;
        m_result.headers = denseTexts(header);
        const QStringList &headers = m_result.headers;

        const QList<ColumnMatcher::Match> matches = ColumnMatcher::match(headers);
        QList<std::optional<Field>> automatic;
        for (const ColumnMatcher::Match &match : matches) {
            m_result.matchScores.append(match.score);
            automatic.append(match.field);
        }
        std::optional<ColumnMappingMemory::Remembered> remembered;
        if (!m_options.mapping.isEmpty()) {
            m_result.mapping = m_options.mapping.appliedTo(headers);
            m_result.mappingOrigin = MappingOrigin::Chosen;
        } else if (m_memory && (remembered = m_memory->recall(headers))) {
            m_result.mapping = remembered->mapping;
            m_result.mappingOrigin = MappingOrigin::Remembered;
            m_result.mappingConfirmedAt = remembered->confirmedAt;
            m_result.mappingNote =
                    tr("Using the column mapping you confirmed on %1.")
                            .arg(DateParser::format(remembered->confirmedAt.toLocalTime().date()));
        } else {
            m_result.mapping = ColumnMapping(headers, automatic);
            m_result.mappingOrigin = MappingOrigin::Automatic;
            for (qsizetype c = 0; c < headers.size(); ++c) {
                if (automatic.at(c))
                    continue;
                if (const auto alone = ColumnMatcher::matchOne(headers.at(c)).field) {
                    // Names a field another column already holds (the better match).
                    warn(header.row, int(c + 1),
                         tr("Column %1 (\"%2\") repeats %3 and was not used.")
                                 .arg(c + 1)
                                 .arg(shortened(headers.at(c)), fieldApiName(*alone)));
                } else if (!headers.at(c).trimmed().isEmpty()) {
                    warn(header.row, int(c + 1),
                         tr("Column %1 (\"%2\") is not a certificate field and was not used.")
                                 .arg(c + 1)
                                 .arg(shortened(headers.at(c))));
                }
            }
        }
        m_result.missingFields = m_result.mapping.missingRequiredFields();
        for (qsizetype c = 0; c < headers.size(); ++c)
            m_fields.append(m_result.mapping.field(c));
        m_pools.resize(size_t(m_fields.size()));
        if (!m_reserved)
            reserveRows();

        for (qsizetype i = headerIndex + 1; i < m_pending.size(); ++i) {
            if (!addData(m_pending.at(i).row, m_pending.at(i).width))
                break;
        }
        m_pending.clear();
        return true;
    }

    bool addData(const SpreadsheetRow &source, int width)
    {
        if (m_dataRowLimit >= 0 && m_dataRows >= m_dataRowLimit)
            return false;
        ++m_dataRows;
        const qsizetype columns = m_fields.size();
        CertificateRow row;
        row.sourceRow = source.row;
        std::array<quint8, 2> kinds {SpreadsheetCell::Empty, SpreadsheetCell::Empty};
        int lastUsed = 0;
        for (const SpreadsheetCell &cell : source.cells) {
            if (cell.column > columns) {
                if (!cell.text.isEmpty())
                    lastUsed = cell.column;
                continue;
            }
            const std::optional<Field> field = m_fields.at(cell.column - 1);
            if (field && cell.fromFormula)
                row.setFromFormula(*field, true); // also without a saved result
            if (!field || cell.text.isEmpty())
                continue;
            QString text = cell.text;
            if (text.size() > CsvReader::MaxFieldLength) {
                // Workbook cells were cut and flagged by the reader already.
                warnTooLong(source.row, cell.column, text.size());
                text.truncate(CsvReader::MaxFieldLength);
            }
            row.setText(*field, text);
            if (isDateField(*field)) {
                const int d = ImportResult::dateColumnIndex(*field);
                m_dates[d].add(cell, source.row);
                kinds[d] = cell.kind;
            }
            // What the file stored, when the table shows something else: a
            // date's serial, a zero-padded number's digits.
            if (cell.kind != SpreadsheetCell::Text && !cell.raw.isEmpty() && cell.raw != text)
                row.setSourceText(*field, cell.raw);
        }
        if (lastUsed > 0) {
            if (width > 0) {
                warn(source.row, 0,
                     tr("Row %1 has %2 fields but the header has %3; the extra fields were not "
                        "used.")
                             .arg(source.row)
                             .arg(width)
                             .arg(columns));
            } else {
                warn(source.row, lastUsed,
                     tr("Row %1, column %2: the value is right of the header's last column and "
                        "was not used.")
                             .arg(source.row)
                             .arg(SpreadsheetCell::columnName(lastUsed)));
            }
        }
        if (!row.isBlank()) {
            m_result.rows.append(std::move(row));
            m_kinds[0].append(char(kinds[0]));
            m_kinds[1].append(char(kinds[1]));
        }
        return true;
    }

    // dd.MM.yyyy exactly: what DateColumnFormat::convert() gives for it when
    // the column is day-first is the text itself (or the text when invalid).
    static bool isTableDate(const QString &text)
    {
        if (text.size() != 10)
            return false;
        const QChar *c = text.constData();
        const auto digit = [c](int i) { return c[i] >= u'0' && c[i] <= u'9'; };
        return digit(0) && digit(1) && c[2] == u'.' && digit(3) && digit(4) && c[5] == u'.'
                && digit(6) && digit(7) && digit(8) && digit(9);
    }

    void reserveRows()
    {
        m_reserved = true;
        if (m_hintBytes <= 0 || m_pending.isEmpty())
            return;
        // The average line of the first records (fields, delimiters, line end).
        qint64 units = 0;
        for (const Pending &pending : std::as_const(m_pending)) {
            units += std::max(pending.width, 1) + 1;
            for (const SpreadsheetCell &cell : pending.row.cells)
                units += cell.raw.size();
        }
        m_lineBytes = std::max<qint64>(8, units * m_unitBytes / m_pending.size());
        reserve(m_hintBytes / m_lineBytes * 11 / 10 + 64);
    }

    void reserve(qint64 rows)
    {
        rows = std::min<qint64>(rows, std::numeric_limits<int>::max() / 2);
        m_result.rows.reserve(rows);
        m_kinds[0].reserve(rows);
        m_kinds[1].reserve(rows);
    }

    bool addTextData(int rowNumber, const QList<QStringView> &fields)
    {
        if (m_dataRowLimit >= 0 && m_dataRows >= m_dataRowLimit)
            return false;
        ++m_dataRows;
        const qsizetype columns = m_fields.size();
        CertificateRow row;
        row.sourceRow = rowNumber;
        std::array<quint8, 2> kinds {SpreadsheetCell::Empty, SpreadsheetCell::Empty};
        bool extra = false;
        for (qsizetype c = 0; c < fields.size(); ++c) {
            QStringView value = fields.at(c);
            if (value.isEmpty())
                continue;
            if (c >= columns) {
                extra = true;
                continue;
            }
            const std::optional<Field> field = m_fields.at(c);
            if (!field)
                continue;
            value = unguarded(value);
            if (value.size() > CsvReader::MaxFieldLength) {
                // The reader cut a very long field already: its length is unknown.
                warnTooLong(rowNumber, int(c + 1), value.size());
                value = value.first(CsvReader::MaxFieldLength);
            }
            QString text = m_pools[size_t(c)].intern(value);
            if (isDateField(*field)) {
                const int d = ImportResult::dateColumnIndex(*field);
                m_dateCell.text = text;
                m_dateCell.column = int(c + 1);
                m_dates[d].add(m_dateCell, rowNumber);
                kinds[d] = SpreadsheetCell::Text;
            }
            row.setText(*field, std::move(text));
        }
        if (extra) {
            warn(rowNumber, 0,
                 tr("Row %1 has %2 fields but the header has %3; the extra fields were not "
                    "used.")
                         .arg(rowNumber)
                         .arg(fields.size())
                         .arg(columns));
        }
        if (!row.isBlank()) {
            m_result.rows.append(std::move(row));
            m_kinds[0].append(char(kinds[0]));
            m_kinds[1].append(char(kinds[1]));
        }
        return true;
    }

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

// The second half of a large text file, from a line start near its middle to
// the end, read into an Assembler of its own while the calling thread reads
// the first half. It starts once the first half has found the header; the
// two are joined by Assembler::append() if the first half's last record ends
// where this one begins and the row numbers agree (see ImportSource::read).
class SecondHalf
{
public:
    SecondHalf(const QString &path, qint64 from, const ImportOptions &options,
               const std::atomic_bool *cancel)
        : m_path(path),
          m_from(from),
          m_assembler(options, m_result, nullptr, -1, 0),
          m_cancel(cancel)
    { }
    ~SecondHalf() { stop(); }
    Q_DISABLE_COPY_MOVE(SecondHalf)

    // Until wait(): the first half asks while it reads.
    bool started() const { return m_thread.joinable(); }
    void start(const Assembler &first, qint64 bytes, QChar delimiter,
               TextDecoder::Encoding encoding)
    {
        m_assembler.continueFrom(first, bytes);
        m_thread = std::thread([this, delimiter, encoding] { run(delimiter, encoding); });
    }
    // Waits for the thread; stop() also tells it to stop reading first.
    void wait()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    void stop()
    {
        m_stop.store(true, std::memory_order_relaxed);
        wait();
    }
    qint64 from() const { return m_from; }
    qint64 bytesDone() const { return m_done.load(std::memory_order_relaxed); }

    // After wait().
    Assembler &assembler() { return m_assembler; }
    const CsvReader::Summary &summary() const { return m_summary; }
    int firstRow() const { return m_firstRow; }
    int lastRow() const { return m_lastRow; }
    const QSet<quint64> &longFields() const { return m_longFields; }
    bool completed() const { return m_completed; }

private:
    void run(QChar delimiter, TextDecoder::Encoding encoding)
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return;
        m_firstRow = CsvReader::rowAt(&file, m_from);
        if (m_firstRow < 1 || !file.seek(m_from))
            return;
        CsvReader::ReadOptions options;
        options.delimiter = delimiter;
        options.encoding = encoding;
        options.preamble = false;
        options.firstRow = m_firstRow;
        options.progress = [this](qint64 done, qint64) {
            m_done.store(done - m_from, std::memory_order_relaxed);
        };
        bool stopped = false;
        m_summary = CsvReader::read(&file, options, [&](const CsvReader::RecordView &record) {
            if (m_stop.load(std::memory_order_relaxed))
                return false;
            m_lastRow = record.row;
            noteLongFields(record, m_longFields);
            if (!stopped && !m_assembler.addRecord(record.row, record.fields, m_cancel))
                stopped = true;
            return !(m_cancel && m_cancel->load(std::memory_order_relaxed));
        });
        m_completed = !stopped && !m_summary.cancelled && m_summary.errorString.isEmpty()
                && !m_assembler.failed();
    }

    const QString m_path;
    const qint64 m_from;
    ImportResult m_result; // before m_assembler, which holds a reference
    Assembler m_assembler;
    const std::atomic_bool *m_cancel;
    std::thread m_thread;
    std::atomic_bool m_stop = false;
    std::atomic<qint64> m_done = 0;
    CsvReader::Summary m_summary;
    int m_firstRow = 0;
    int m_lastRow = 0;
    QSet<quint64> m_longFields;
    bool m_completed = false;
};

// The bytes of a text file up to the last whole line within limit.
QByteArrayView leadingLines(QByteArrayView bytes, qint64 limit, TextDecoder::Encoding encoding)
{
    if (bytes.size() <= limit)
        return bytes;
    QByteArrayView head = bytes.first(limit);
    switch (encoding) {
    case TextDecoder::Encoding::Utf16LE:
    case TextDecoder::Encoding::Utf16BE: {
        const bool le = encoding == TextDecoder::Encoding::Utf16LE;
        for (qsizetype i = (head.size() & ~qsizetype(1)) - 2; i >= 0; i -= 2) {
            if (head[i + (le ? 0 : 1)] == '\n' && head[i + (le ? 1 : 0)] == '\0')
                return head.first(i + 2);
        }
        return head.first(head.size() & ~qsizetype(1));
    }
    default: {
        const qsizetype end = head.lastIndexOf('\n');
        return end < 0 ? head : head.first(end + 1);
    }
    }
}

} // namespace

ImportSource::ImportSource() = default;
ImportSource::~ImportSource() = default;

bool ImportSource::open(const QString &path)
{
    m_fileName = QDir::toNativeSeparators(path);
    QFile file(path);
    QString why;
    if (!InputFile::open(file, &why)) {
        m_error = tr("%1 cannot be opened: %2").arg(m_fileName, why);
        return false;
    }
    // By content first, whatever the name says: a PDF renamed .xlsx, an .xls
    // or an encrypted workbook renamed .csv are each named for what they are.
    const FileSniffer::Result sniffed = FileSniffer::sniff(&file);
    switch (sniffed.kind) {
    case FileSniffer::Kind::Zip: {
        // The workbook reader goes by the content too: an .xlsx or .ods
        // whatever its name; a workbook named .csv opens as what it is.
        m_format = ImportFormat::Workbook;
        file.close();
        m_workbook = WorkbookReader::openFile(path);
        if (m_workbook->hasError()) {
            m_error = m_workbook->failedToOpen()
                    ? tr("%1 cannot be opened: %2").arg(m_fileName, m_workbook->errorReason())
                    : tr("%1 cannot be read: %2").arg(m_fileName, m_workbook->errorReason());
            return false;
        }
        return true;
    }
    case FileSniffer::Kind::Text:
        break;
    default:
        m_error = tr("%1 cannot be read: %2").arg(m_fileName, FileSniffer::refusal(sniffed));
        return false;
    }
    m_format = ImportFormat::Csv;
    m_path = path;
    m_bytes.clear();
    m_detectedEncoding = TextDecoder::detect(&file);
    return true;
}

bool ImportSource::openData(const QByteArray &bytes, const QString &fileName,
                            std::optional<ImportFormat> format)
{
    m_fileName = fileName;
    m_path.clear();
    if (!format) {
        // Bytes of unknown origin (a file dropped from another program) are
        // judged by content, as files are.
        const FileSniffer::Result sniffed = FileSniffer::sniffHead(
                QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 4096)));
        if (sniffed.kind != FileSniffer::Kind::Zip && sniffed.kind != FileSniffer::Kind::Text) {
            m_error = tr("%1 cannot be read: %2").arg(m_fileName, FileSniffer::refusal(sniffed));
            return false;
        }
    }
    m_format = format
            ? *format
            : (bytes.startsWith("PK\x03\x04") ? ImportFormat::Workbook : ImportFormat::Csv);
    m_bytes = bytes;
    if (m_format == ImportFormat::Workbook) {
        auto *buffer = new QBuffer(&m_bytes);
        buffer->open(QIODevice::ReadOnly);
        // The buffer lives as long as the reader: parented to nothing, kept here.
        m_buffer.reset(buffer);
        m_workbook = WorkbookReader::openDevice(buffer, fileName);
        if (m_workbook->hasError()) {
            m_error = tr("%1 cannot be read: %2").arg(m_fileName, m_workbook->errorReason());
            return false;
        }
        return true;
    }
    if (bytes.startsWith("PK\x03\x04")) {
        m_error = tr("%1 cannot be read: %2")
                          .arg(m_fileName, tr("it is a spreadsheet workbook, not a CSV file."));
        return false;
    }
    m_detectedEncoding = TextDecoder::detect(m_bytes);
    return true;
}

QStringList ImportSource::sheetNames() const
{
    return m_workbook ? m_workbook->sheetNames() : QStringList();
}

bool ImportSource::isSheetHidden(int index) const
{
    return m_workbook && m_workbook->isSheetHidden(index);
}

int ImportSource::preferredSheet() const
{
    return m_workbook ? m_workbook->preferredSheet() : -1;
}

ImportResult ImportSource::preview(const ImportOptions &options, int rows)
{
    ImportResult result = read(options, std::max(rows, PreviewScanRows), rows, {}, nullptr);
    if (result.rows.size() > rows)
        result.rows.resize(rows);
    return result;
}

ImportResult ImportSource::readAll(const ImportOptions &options, const ProgressHandler &progress,
                                   const std::atomic_bool *cancel)
{
    ImportResult result = read(options, -1, 0, progress, cancel);
    if (result.ok && !result.cancelled && !result.missingFields.isEmpty()) {
        QStringList names;
        for (Field field : std::as_const(result.missingFields))
            names.append(fieldApiName(field));
        result.ok = false;
        result.errorString =
                tr("%1 cannot be read: %2")
                        .arg(m_fileName,
                             tr("the header (row %1) has no column for %2. Name the columns with "
                                "Ditio's field names (employeeNumber, certificateType, "
                                "certificateNumber, issuedDateTime, validUntilDateTime, notes) or "
                                "the usual labels (Ansattnr, Sertifikat, Sertifikatnr, Utstedt, "
                                "Gyldig til, Merknad).")
                                     .arg(result.headerRow)
                                     .arg(names.join(QStringLiteral(", "))));
    }
    return result;
}

ImportResult ImportSource::read(const ImportOptions &options, int dataRowLimit, int keepRawRows,
                                const ProgressHandler &progress, const std::atomic_bool *cancel)
{
    ImportResult result;
    result.fileName = m_fileName;
    result.format = m_format;
    const auto fail = [&](const QString &why) {
        result.ok = false;
        result.errorString = tr("%1 cannot be read: %2").arg(m_fileName, why);
        result.rows.clear();
        return result;
    };
    if (!m_error.isEmpty()) {
        result.errorString = m_error;
        return result;
    }
    if (m_format == ImportFormat::Workbook && options.sheetName.isEmpty() && m_workbook
        && !m_workbook->sheetNames().isEmpty())
        return readFirstTable(options, dataRowLimit, keepRawRows, progress, cancel);
    Assembler assembler(options, result, m_memory, dataRowLimit, keepRawRows);

    if (m_format == ImportFormat::Workbook) {
        result.sheetNames = m_workbook->sheetNames();
        result.preferredSheet = m_workbook->preferredSheet();
        result.date1904 = m_workbook->is1904DateSystem();
        result.workbookFormat = m_workbook->fileFormat();
        int sheet = result.preferredSheet;
        if (!options.sheetName.isEmpty()) {
            sheet = int(result.sheetNames.indexOf(options.sheetName));
            if (sheet < 0) {
                return fail(tr("it has no sheet named \"%1\"; its sheets are %2.")
                                    .arg(options.sheetName,
                                         u'"' + result.sheetNames.join(QStringLiteral("\", \""))
                                                 + u'"'));
            }
        }
        if (sheet < 0)
            return fail(tr("the workbook has no worksheet."));
        result.sheetIndex = sheet;
        m_workbook->setProgressHandler(progress);
        const bool read = m_workbook->readSheet(
                sheet, [&](const SpreadsheetRow &row) { return assembler.add(row, 0, cancel); },
                cancel);
        m_workbook->setProgressHandler({});
        if (result.cancelled || m_workbook->wasCancelled()) {
            result.cancelled = true;
            result.rows.clear();
            result.errorString =
                    tr("%1 cannot be read: %2").arg(m_fileName, tr("reading was cancelled."));
            return result;
        }
        if (!read)
            return fail(m_workbook->errorReason());
        for (const SpreadsheetProblem &problem : m_workbook->problems())
            assembler.warn(problem.row, problem.column, problem.message);
        result.warningCount += m_workbook->problemCount() - int(m_workbook->problems().size());
    } else {
        // A file opened by path streams from the disk: memory tracks the
        // rows, not the file. A preview reads only its first lines.
        const bool whole = dataRowLimit < 0;
        QFile file;
        QByteArray head; // a preview's leading bytes of a file
        QByteArrayView bytes = m_bytes;
        qint64 total = m_bytes.size();
        if (!m_path.isEmpty()) {
            file.setFileName(m_path);
            if (!file.open(QIODevice::ReadOnly))
                return fail(file.errorString());
            total = file.size();
            if (!whole) {
                head = file.read(PreviewBytes + 1);
                bytes = head;
            }
        }
        const QByteArray peeked = !m_path.isEmpty() && whole ? file.peek(2) : QByteArray();
        const QByteArrayView start = !m_path.isEmpty() && whole ? QByteArrayView(peeked) : bytes;
        std::optional<TextDecoder::Encoding> encoding = options.encoding;
        // UTF-16 without LE or BE follows the byte order mark.
        if (encoding == TextDecoder::Encoding::Utf16LE && start.startsWith("\xfe\xff"))
            encoding = TextDecoder::Encoding::Utf16BE;
        result.encoding = encoding.value_or(m_detectedEncoding);
        if (!whole)
            bytes = leadingLines(bytes, PreviewBytes, result.encoding);
        const bool truncated = !whole && bytes.size() < total;
        const bool utf16 = result.encoding == TextDecoder::Encoding::Utf16LE
                || result.encoding == TextDecoder::Encoding::Utf16BE;
        // A large file is read in two halves on two threads, each half from
        // its own position in the file, when a line starts near the middle.
        std::optional<SecondHalf> secondHalf;
        if (whole && !m_path.isEmpty() && !utf16 && keepRawRows == 0 && m_readInHalves
            && total >= ImportSource::ReadInHalvesFrom) {
            const qint64 middle = CsvReader::lineStartAfter(&file, total / 2);
            if (!file.seek(0))
                return fail(file.errorString());
            if (middle > 0 && middle < total)
                secondHalf.emplace(m_path, middle, options, cancel);
        }
        if (whole)
            assembler.setSizeHint(secondHalf ? secondHalf->from() : total, utf16 ? 2 : 1);

        CsvReader::ReadOptions readOptions;
        readOptions.delimiter = options.delimiter;
        readOptions.encoding = result.encoding;
        if (secondHalf)
            readOptions.stopAt = secondHalf->from();
        if (progress) {
            progress(0, total);
            readOptions.progress = [&](qint64 done, qint64) {
                if (secondHalf)
                    done += secondHalf->bytesDone();
                progress(std::min(done, total), total);
            };
        }
        // Over-long fields are cut and flagged with their cell, not refused.
        QSet<quint64> longFields;
        int lastRow = 0;
        bool stopped = false; // the assembler wants no more rows; problems still count
        // A preview's last record may be cut off mid-field: each record waits
        // for the next one.
        bool held = false;
        int heldRow = 0;
        QStringList heldTexts;
        QList<QStringView> heldViews;
        const auto feed = [&](int row, const QList<QStringView> &fields) {
            if (!stopped && !assembler.addRecord(row, fields, cancel))
                stopped = true;
        };
        const auto onRecord = [&](const CsvReader::RecordView &record) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                result.cancelled = true;
                return false;
            }
            lastRow = record.row;
            noteLongFields(record, longFields);
            if (!truncated) {
                feed(record.row, record.fields);
                if (secondHalf && !secondHalf->started() && assembler.headerDecided()
                    && !assembler.failed()) {
                    secondHalf->start(assembler, total - secondHalf->from(), record.delimiter,
                                      result.encoding);
                }
            } else {
                if (held) {
                    heldViews.clear();
                    for (const QString &text : std::as_const(heldTexts))
                        heldViews.append(text);
                    feed(heldRow, heldViews);
                }
                held = true;
                heldRow = record.row;
                heldTexts.clear();
                for (QStringView field : record.fields)
                    heldTexts.append(field.toString());
            }
            return !result.cancelled;
        };
        CsvReader::Summary summary = !m_path.isEmpty() && whole
                ? CsvReader::read(&file, readOptions, onRecord)
                : CsvReader::read(bytes, readOptions, onRecord);
        if (secondHalf) {
            // Stopped early (cancelled, failed): the second half stops too.
            if (result.cancelled || summary.cancelled || summary.refused || stopped
                || !summary.errorString.isEmpty())
                secondHalf->stop();
            secondHalf->wait();
        }
        if (cancel && cancel->load(std::memory_order_relaxed))
            result.cancelled = true;
        if (secondHalf && !result.cancelled && !summary.cancelled && summary.errorString.isEmpty()
            && !assembler.failed()) {
            // The halves are one file only when the first half's last record
            // ends where the second half begins, with the row numbers the
            // second half assumed; else (a quoted line break across the
            // middle, a header never found) the file is read again, whole.
            if (summary.endedMidRecord || summary.nextRow != secondHalf->firstRow()
                || !secondHalf->completed() || !assembler.headerDecided()) {
                secondHalf.reset();
                result = {};
                m_readInHalves = false;
                ImportResult again = read(options, dataRowLimit, keepRawRows, progress, cancel);
                m_readInHalves = true;
                return again;
            }
            assembler.append(secondHalf->assembler());
            lastRow = secondHalf->lastRow();
            longFields.unite(secondHalf->longFields());
            const CsvReader::Summary &later = secondHalf->summary();
            for (const CsvReader::Problem &problem : later.problems) {
                if (summary.problems.size() < CsvReader::MaxProblems)
                    summary.problems.append(problem);
            }
            summary.problemCount += later.problemCount;
            summary.records += later.records;
            summary.nulPaddingBytes = later.nulPaddingBytes;
            secondHalf.reset();
            result.parts = 2;
        }
        if (result.cancelled || summary.cancelled) {
            result.cancelled = true;
            result.rows.clear();
            result.errorString =
                    tr("%1 cannot be read: %2").arg(m_fileName, tr("reading was cancelled."));
            return result;
        }
        if (!summary.errorString.isEmpty())
            return fail(summary.errorString);
        result.delimiter = summary.delimiter;
        if (summary.nulPaddingBytes > 0) {
            if (summary.records == 0)
                return fail(tr("it holds nothing but NUL bytes (zeros), no text."));
            assembler.warn(0, 0,
                           tr("The file ends with %n NUL byte(s) after its last row (padding "
                              "that some programs leave); they were ignored.",
                              nullptr,
                              int(std::min<qint64>(summary.nulPaddingBytes,
                                                   std::numeric_limits<int>::max()))));
        }
        for (const CsvReader::Problem &problem : summary.problems) {
            if (problem.kind != CsvReader::Problem::Kind::UndecodableByte)
                continue;
            // No silent replacement characters: the bytes that cannot be
            // decoded are refused with their line, as the decoder words it
            // (found again on this rare path).
            const QByteArray all =
                    !m_path.isEmpty() && whole && file.seek(0) ? file.readAll() : QByteArray();
            const TextDecoder::Result decoded = TextDecoder::decode(
                    all.isNull() ? bytes : QByteArrayView(all), result.encoding);
            if (!decoded.problems.isEmpty())
                return fail(decoded.problems.first().message + u'.');
            break;
        }
        for (const CsvReader::Problem &problem : summary.problems) {
            // Over-long fields are flagged (and cut) with the cell below; the
            // last record of a preview may be cut off mid-field.
            if (longFields.contains(cellKey(problem.row, problem.column)))
                continue;
            if (truncated && problem.row >= lastRow)
                continue;
            if (problem.kind == CsvReader::Problem::Kind::UnclosedQuote) {
                // The reader took the quote as an ordinary character and read on:
                // the rest of the file is fine, this cell is named for review.
                assembler.warn(problem.row, problem.column,
                               tr("Row %1, column %2: %3; check this cell.")
                                       .arg(problem.row)
                                       .arg(problem.column)
                                       .arg(problem.message));
                continue;
            }
            return fail(tr("row %1, column %2: %3")
                                .arg(problem.row)
                                .arg(problem.column)
                                .arg(problem.message));
        }
        if (progress)
            progress(total, total);
    }
    if (!assembler.finish() || assembler.failed()) {
        result.noRows = assembler.sawNoRows();
        return fail(assembler.failure());
    }
    result.ok = true;
    result.fingerprint = Assembler::fingerprintOf(result);
    result.dateNotes = Assembler::dateNotesOf(result);
    return result;
}

ImportResult ImportSource::readFirstTable(const ImportOptions &options, int dataRowLimit,
                                          int keepRawRows, const ProgressHandler &progress,
                                          const std::atomic_bool *cancel)
{
    const QStringList names = m_workbook->sheetNames();
    const int preferred = m_workbook->preferredSheet();
    QList<int> order;
    if (preferred >= 0)
        order.append(preferred);
    for (int sheet = 0; sheet < names.size(); ++sheet) {
        if (sheet != preferred && !m_workbook->isSheetHidden(sheet))
            order.append(sheet);
    }
    constexpr qsizetype RequiredFields = 4;
    std::optional<ImportResult> partial; // a header, but required columns missing
    QStringList described;
    for (int sheet : std::as_const(order)) {
        ImportOptions one = options;
        one.sheetName = names.at(sheet);
        ImportResult result = read(one, dataRowLimit, keepRawRows, progress, cancel);
        if (result.cancelled || (!result.ok && !result.noRows))
            return result;
        if (result.ok && result.missingFields.isEmpty())
            return result;
        // A title cell that happens to match one field is no table: two at least.
        if (result.ok && result.missingFields.size() <= RequiredFields - 2) {
            if (!partial)
                partial = std::move(result);
            continue;
        }
        described.append(result.noRows
                                 ? tr("\"%1\" is empty").arg(names.at(sheet))
                                 : tr("\"%1\" has no certificate columns").arg(names.at(sheet)));
    }
    if (partial)
        return std::move(*partial);
    ImportResult result;
    result.fileName = m_fileName;
    result.format = m_format;
    result.sheetNames = names;
    result.preferredSheet = preferred;
    result.workbookFormat = m_workbook->fileFormat();
    result.errorString =
            tr("%1 cannot be read: %2")
                    .arg(m_fileName,
                         tr("none of its sheets holds a table of certificates (%1). Choose the "
                            "sheet to read (--sheet NAME on the command line).")
                                 .arg(described.join(QStringLiteral("; "))));
    return result;
}

std::optional<TextDecoder::Encoding> ImportSource::encodingFromName(QStringView name)
{
    const QString key = name.toString().toLower().remove(u'-').remove(u'_').remove(u' ');
    if (key == u"unicode" || key == u"ucs2")
        return TextDecoder::Encoding::Utf16LE;
    return TextDecoder::encodingFromName(name);
}

QChar ImportSource::delimiterFromName(QStringView name)
{
    const QString key = name.toString().toLower();
    if (key == u";" || key == u"semicolon")
        return u';';
    if (key == u"," || key == u"comma")
        return u',';
    if (key == u"tab" || key == u"\t" || key == u"\\t")
        return u'\t';
    if (key == u"|" || key == u"pipe")
        return u'|';
    return QChar();
}

QString ImportSource::delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u';':
        return tr("semicolon");
    case u',':
        return tr("comma");
    case u'\t':
        return tr("tab");
    case u'|':
        return tr("pipe");
    default:
        return QString(delimiter);
    }
}

} // namespace Ditio
