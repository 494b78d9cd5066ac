#include "rowassembler.h"

#include "columnmappingmemory.h"
#include "columnmatcher.h"
#include "importsource.h"
#include "io/text/csvreader.h"
#include "io/text/formulaguard.h"
#include "model/dateparser.h"

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

} // namespace

bool RowAssembler::add(const SpreadsheetRow &row, int width, const std::atomic_bool *cancel)
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

void RowAssembler::setSizeHint(qint64 bytes, int unitBytes)
{
    m_hintBytes = bytes;
    m_unitBytes = std::max(1, unitBytes);
}

bool RowAssembler::addRecord(int rowNumber, const QList<QStringView> &fields,
                             const std::atomic_bool *cancel)
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

bool RowAssembler::finish()
{
    if (m_failed)
        return false;
    if (!m_headerDecided && !decideHeader())
        return false;
    std::array<DateColumnFormat::Summary, 2> summaries {m_dates[0].summary(m_options.dateOrder),
                                                        m_dates[1].summary(m_options.dateOrder)};
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
            const QString converted = DateColumnFormat::convert(cell, summary, m_result.date1904);
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

QString RowAssembler::fingerprintOf(const ImportResult &result)
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

QStringList RowAssembler::dateNotesOf(const ImportResult &result)
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

bool RowAssembler::sawNoRows() const
{
    return m_headerDecided && m_pending.isEmpty() && m_result.headerRow == 0;
}

void RowAssembler::continueFrom(const RowAssembler &first, qint64 bytes)
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

void RowAssembler::append(RowAssembler &later)
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

void RowAssembler::warnTooLong(int row, int column, qsizetype size)
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

void RowAssembler::warn(int row, int column, const QString &message)
{
    ++m_result.warningCount;
    if (m_result.warnings.size() < MaxWarnings)
        m_result.warnings.append({row, column, message});
}

bool RowAssembler::fail(const QString &why)
{
    m_failed = true;
    m_failure = why;
    return false;
}

bool RowAssembler::decideHeader()
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
            return fail(
                    tr("row %1 is empty, so it cannot be the header.").arg(m_options.headerRow));
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
    }
    m_result.missingFields = m_result.mapping.missingRequiredFields();
    for (qsizetype c = 0; c < headers.size(); ++c) {
        if (m_result.mapping.field(c) || headers.at(c).trimmed().isEmpty())
            continue;
        UnusedColumn unused {int(c + 1), headers.at(c),
                             ColumnMatcher::matchOne(headers.at(c)).field};
        if (unused.repeats && m_result.mapping.columnOf(*unused.repeats) < 0)
            unused.repeats.reset(); // names a field no column gave: simply not chosen
        m_result.unusedColumns.append(std::move(unused));
    }
    // A mapping the user chose or confirmed leaves columns out knowingly; an
    // automatic one says which it left out, and why.
    if (m_result.mappingOrigin == MappingOrigin::Automatic) {
        for (const UnusedColumn &unused : std::as_const(m_result.unusedColumns)) {
            if (unused.repeats) {
                // Names a field another column already holds (the better match).
                warn(header.row, unused.column,
                     tr("Column %1 (\"%2\") repeats %3 and was not used.")
                             .arg(unused.column)
                             .arg(shortened(unused.header), fieldApiName(*unused.repeats)));
            } else {
                warn(header.row, unused.column,
                     tr("Column %1 (\"%2\") is not a certificate field and was not used.")
                             .arg(unused.column)
                             .arg(shortened(unused.header)));
            }
        }
    }
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

bool RowAssembler::addData(const SpreadsheetRow &source, int width)
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

bool RowAssembler::isTableDate(const QString &text)
{
    if (text.size() != 10)
        return false;
    const QChar *c = text.constData();
    const auto digit = [c](int i) { return c[i] >= u'0' && c[i] <= u'9'; };
    return digit(0) && digit(1) && c[2] == u'.' && digit(3) && digit(4) && c[5] == u'.' && digit(6)
            && digit(7) && digit(8) && digit(9);
}

void RowAssembler::reserveRows()
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

void RowAssembler::reserve(qint64 rows)
{
    rows = std::min<qint64>(rows, std::numeric_limits<int>::max() / 2);
    m_result.rows.reserve(rows);
    m_kinds[0].reserve(rows);
    m_kinds[1].reserve(rows);
}

bool RowAssembler::addTextData(int rowNumber, const QList<QStringView> &fields)
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

} // namespace Ditio
