#include "importsource.h"

#include "columnmappingmemory.h"
#include "columnmatcher.h"
#include "io/filesniffer.h"
#include "io/inputfile.h"
#include "io/text/csvreader.h"
#include "io/text/formulaguard.h"
#include "io/workbook/workbookreader.h"
#include "model/dateparser.h"
#include "rowassembler.h"
#include "secondhalfreader.h"
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
    RowAssembler assembler(options, result, m_memory, dataRowLimit, keepRawRows);

    std::optional<ImportResult> ended = m_format == ImportFormat::Workbook
            ? readWorkbook(options, assembler, result, progress, cancel)
            : readText(options, dataRowLimit, keepRawRows, assembler, result, progress, cancel);
    if (ended)
        return std::move(*ended);
    if (!assembler.finish() || assembler.failed()) {
        result.noRows = assembler.sawNoRows();
        return fail(assembler.failure());
    }
    result.ok = true;
    result.fingerprint = RowAssembler::fingerprintOf(result);
    result.dateNotes = RowAssembler::dateNotesOf(result);
    return result;
}

std::optional<ImportResult> ImportSource::readWorkbook(const ImportOptions &options,
                                                       RowAssembler &assembler,
                                                       ImportResult &result,
                                                       const ProgressHandler &progress,
                                                       const std::atomic_bool *cancel)
{
    const auto fail = [&](const QString &why) {
        result.ok = false;
        result.errorString = tr("%1 cannot be read: %2").arg(m_fileName, why);
        result.rows.clear();
        return result;
    };
    result.sheetNames = m_workbook->sheetNames();
    result.preferredSheet = m_workbook->preferredSheet();
    result.date1904 = m_workbook->is1904DateSystem();
    result.workbookFormat = m_workbook->fileFormat();
    int sheet = result.preferredSheet;
    if (!options.sheetName.isEmpty()) {
        sheet = int(result.sheetNames.indexOf(options.sheetName));
        if (sheet < 0) {
            return fail(
                    tr("it has no sheet named \"%1\"; its sheets are %2.")
                            .arg(options.sheetName,
                                 u'"' + result.sheetNames.join(QStringLiteral("\", \"")) + u'"'));
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
    return std::nullopt;
}

std::optional<ImportResult> ImportSource::readText(const ImportOptions &options, int dataRowLimit,
                                                   int keepRawRows, RowAssembler &assembler,
                                                   ImportResult &result,
                                                   const ProgressHandler &progress,
                                                   const std::atomic_bool *cancel)
{
    const auto fail = [&](const QString &why) {
        result.ok = false;
        result.errorString = tr("%1 cannot be read: %2").arg(m_fileName, why);
        result.rows.clear();
        return result;
    };
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
    // its own position in the file, when a record starts near the middle.
    std::optional<SecondHalfReader> secondHalf;
    if (whole && !m_path.isEmpty() && !utf16 && keepRawRows == 0 && m_readInHalves
        && total >= ImportSource::ReadInHalvesFrom) {
        const qint64 middle = CsvReader::recordStartNear(&file, total / 2);
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
    LongFieldSet longFields;
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
        longFields.note(record);
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
        // Over-long fields are flagged (and cut) with the cell below; the
        // last record of a preview may be cut off mid-field.
        if (longFields.contains(problem.row, problem.column))
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
        return fail(tr("row %1, column %2: %3.")
                            .arg(problem.row)
                            .arg(problem.column)
                            .arg(problem.message));
    }
    if (progress)
        progress(total, total);
    return std::nullopt;
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
