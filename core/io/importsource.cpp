#include "importsource.h"

#include "columnmappingmemory.h"
#include "columnmatcher.h"
#include "csvreader.h"
#include "dateparser.h"
#include "xlsxreader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Ditio {

namespace {

// The header is looked for among the first rows that hold anything.
constexpr int HeaderSearchRows = 30;
constexpr int MaxWarnings = 1000;

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
            for (qsizetype i = 0; i < m_result.rows.size(); ++i) {
                CertificateRow &row = m_result.rows[i];
                cell.text = row.text(field);
                if (cell.text.isEmpty())
                    continue;
                cell.kind = SpreadsheetCell::Kind(m_kinds[d].at(i));
                const QString converted =
                        DateColumnFormat::convert(cell, summary, m_result.date1904);
                if (converted != cell.text) {
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
            parts.append(tr("Excel workbook"));
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
            const QString name = result.headers.value(column);
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
                                 .arg(headers.at(c), fieldApiName(*alone)));
                } else if (!headers.at(c).trimmed().isEmpty()) {
                    warn(header.row, int(c + 1),
                         tr("Column %1 (\"%2\") is not a certificate field and was not used.")
                                 .arg(c + 1)
                                 .arg(headers.at(c)));
                }
            }
        }
        m_result.missingFields = m_result.mapping.missingRequiredFields();
        for (qsizetype c = 0; c < headers.size(); ++c)
            m_fields.append(m_result.mapping.field(c));

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
            if (!field || cell.text.isEmpty())
                continue;
            QString text = cell.text;
            if (text.size() > CsvReader::MaxFieldLength) {
                // Workbook cells were cut and flagged by the reader already.
                warn(source.row, cell.column,
                     tr("Row %1, column %2: the cell has %3 characters, more than a spreadsheet "
                        "cell can hold; only the first %4 were kept.")
                             .arg(source.row)
                             .arg(SpreadsheetCell::columnName(cell.column))
                             .arg(text.size())
                             .arg(CsvReader::MaxFieldLength));
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
            m_result.rows.append(row);
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
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("%1 cannot be opened: %2").arg(m_fileName, file.errorString());
        return false;
    }
    char magic[4] = {};
    const bool zip = file.peek(magic, 4) == 4 && QByteArrayView(magic, 4) == "PK\x03\x04";
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool workbookName = suffix == u"xlsx" || suffix == u"xlsm" || suffix == u"xls"
            || suffix == u"ods" || suffix == u"xlsb";
    if (zip || workbookName) {
        // The workbook reader tells a CSV renamed .xlsx, an .xls or .ods apart
        // and refuses each with its own message. A workbook named .csv opens
        // as the workbook it is.
        m_format = ImportFormat::Xlsx;
        file.close();
        m_xlsx = std::make_unique<XlsxReader>();
        if (!m_xlsx->open(path)) {
            if (m_xlsx->error() == XlsxReader::Error::CannotOpen)
                m_error = tr("%1 cannot be opened: %2").arg(m_fileName, m_xlsx->errorReason());
            else if (!workbookName)
                m_error = tr("%1 cannot be read: %2")
                                  .arg(m_fileName,
                                       tr("it is a spreadsheet workbook, not a CSV file."));
            else
                m_error = tr("%1 cannot be read: %2").arg(m_fileName, m_xlsx->errorReason());
            return false;
        }
        return true;
    }
    m_format = ImportFormat::Csv;
    m_bytes = file.readAll();
    m_detectedEncoding = TextDecoder::detect(m_bytes);
    return true;
}

bool ImportSource::openData(const QByteArray &bytes, const QString &fileName,
                            std::optional<ImportFormat> format)
{
    m_fileName = fileName;
    m_format = format ? *format
                      : (bytes.startsWith("PK\x03\x04") ? ImportFormat::Xlsx : ImportFormat::Csv);
    m_bytes = bytes;
    if (m_format == ImportFormat::Xlsx) {
        auto *buffer = new QBuffer(&m_bytes);
        buffer->open(QIODevice::ReadOnly);
        m_xlsx = std::make_unique<XlsxReader>();
        // The buffer lives as long as the reader: parented to nothing, kept here.
        m_buffer.reset(buffer);
        if (!m_xlsx->open(buffer, fileName)) {
            m_error = tr("%1 cannot be read: %2").arg(m_fileName, m_xlsx->errorReason());
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
    return m_xlsx ? m_xlsx->sheetNames() : QStringList();
}

bool ImportSource::isSheetHidden(int index) const
{
    return m_xlsx && m_xlsx->isSheetHidden(index);
}

int ImportSource::preferredSheet() const
{
    return m_xlsx ? m_xlsx->preferredSheet() : -1;
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
    Assembler assembler(options, result, m_memory, dataRowLimit, keepRawRows);

    if (m_format == ImportFormat::Xlsx) {
        result.sheetNames = m_xlsx->sheetNames();
        result.preferredSheet = m_xlsx->preferredSheet();
        result.date1904 = m_xlsx->is1904DateSystem();
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
        m_xlsx->setProgressHandler(progress);
        const bool read = m_xlsx->readSheet(
                sheet, [&](const SpreadsheetRow &row) { return assembler.add(row, 0, cancel); },
                cancel);
        m_xlsx->setProgressHandler({});
        if (result.cancelled || m_xlsx->error() == XlsxReader::Error::Cancelled) {
            result.cancelled = true;
            result.rows.clear();
            result.errorString =
                    tr("%1 cannot be read: %2").arg(m_fileName, tr("reading was cancelled."));
            return result;
        }
        if (!read)
            return fail(m_xlsx->errorReason());
        for (const SpreadsheetProblem &problem : m_xlsx->problems())
            assembler.warn(problem.row, problem.column, problem.message);
        result.warningCount += m_xlsx->problemCount() - int(m_xlsx->problems().size());
    } else {
        std::optional<TextDecoder::Encoding> encoding = options.encoding;
        // UTF-16 without LE or BE follows the byte order mark.
        if (encoding == TextDecoder::Encoding::Utf16LE && m_bytes.startsWith("\xfe\xff"))
            encoding = TextDecoder::Encoding::Utf16BE;
        result.encoding = encoding.value_or(m_detectedEncoding);
        const bool whole = dataRowLimit < 0;
        const QByteArrayView bytes = whole ? QByteArrayView(m_bytes)
                                           : leadingLines(m_bytes, PreviewBytes, result.encoding);
        const bool truncated = bytes.size() < m_bytes.size();
        if (progress)
            progress(0, m_bytes.size());
        // No silent replacement characters: bytes that cannot be decoded are
        // refused with their line.
        const TextDecoder::Result decoded = TextDecoder::decode(bytes, result.encoding);
        if (!decoded.problems.isEmpty())
            return fail(decoded.problems.first().message + u'.');
        if (cancel && cancel->load()) {
            result.cancelled = true;
            result.errorString =
                    tr("%1 cannot be read: %2").arg(m_fileName, tr("reading was cancelled."));
            return result;
        }
        const CsvReader::Result csv = CsvReader::parse(decoded.text, options.delimiter);
        result.delimiter = csv.delimiter;
        if (progress)
            progress(m_bytes.size() / 2, m_bytes.size());
        const int lastRow = csv.records.isEmpty() ? 0 : csv.records.last().row;
        for (const CsvReader::Problem &problem : csv.problems) {
            // Over-long fields are flagged (and cut) with the cell below; the
            // last record of a preview may be cut off mid-field.
            const auto record = std::lower_bound(
                    csv.records.cbegin(), csv.records.cend(), problem.row,
                    [](const CsvReader::Record &r, int row) { return r.row < row; });
            if (record != csv.records.cend() && record->row == problem.row
                && record->fields.value(problem.column - 1).size() > CsvReader::MaxFieldLength)
                continue;
            if (truncated && problem.row >= lastRow)
                continue;
            return fail(tr("row %1, column %2: %3")
                                .arg(problem.row)
                                .arg(problem.column)
                                .arg(problem.message));
        }
        SpreadsheetRow row;
        const qsizetype total = csv.records.size() - (truncated ? 1 : 0);
        for (qsizetype r = 0; r < total; ++r) {
            const CsvReader::Record &record = csv.records.at(r);
            row.row = record.row;
            row.cells.clear();
            for (qsizetype c = 0; c < record.fields.size(); ++c) {
                const QString &field = record.fields.at(c);
                if (field.isEmpty())
                    continue;
                SpreadsheetCell cell;
                cell.text = field;
                cell.raw = field;
                cell.column = int(c + 1);
                cell.kind = SpreadsheetCell::Text;
                row.cells.append(cell);
            }
            if (!assembler.add(row, int(record.fields.size()), cancel))
                break;
            if (progress && (r & 0xffff) == 0)
                progress(m_bytes.size() / 2
                                 + m_bytes.size() / 2 * r / std::max<qsizetype>(1, total),
                         m_bytes.size());
        }
        if (result.cancelled) {
            result.rows.clear();
            result.errorString =
                    tr("%1 cannot be read: %2").arg(m_fileName, tr("reading was cancelled."));
            return result;
        }
        if (progress)
            progress(m_bytes.size(), m_bytes.size());
    }
    if (!assembler.finish() || assembler.failed())
        return fail(assembler.failure());
    result.ok = true;
    result.fingerprint = Assembler::fingerprintOf(result);
    result.dateNotes = Assembler::dateNotesOf(result);
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
