#pragma once

#include "textdecoder.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Ditio {

// RFC 4180 records from decoded text: quoted fields with doubled quotes and
// line breaks inside, CR LF / LF / CR line ends, a "sep=;" first line as Excel
// writes it. Each record remembers the row number a spreadsheet would show.
//
// Two ways in. parse() returns every record as strings (small texts, tests,
// previews). read() is the fast one for whole files: it decodes the bytes in
// chunks and hands each record to a callback as views, so memory tracks what
// the caller keeps, not the file.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::CsvReader)

public:
    // Excel's limit for one cell; longer fields are flagged (the import cuts them).
    static constexpr int MaxFieldLength = 32767;
    // A longer unquoted field is cut to this many characters while it is
    // read, the rest never stored: memory stays bounded on a 200 MB line.
    static constexpr qsizetype MaxKeptFieldLength = qsizetype(1) << 20;
    // A quoted field open for longer is taken for an unclosed quote at once.
    static constexpr qsizetype MaxQuotedFieldLength = qsizetype(1) << 20;
    // Excel's columns (A to XFD), and the longest row read: past either the
    // file is refused, its row named, before it is read into memory.
    static constexpr int MaxColumns = 16384;
    static constexpr qsizetype MaxRecordLength = qsizetype(64) << 20;

    struct Record
    {
        int row = 0; // 1-based, as a spreadsheet numbers it
        QStringList fields;
    };
    struct Problem
    {
        enum class Kind : quint8 {
            UnclosedQuote, // the quote was read as text from there on
            FieldTooLong, // over MaxFieldLength; the field is read whole
            UndecodableByte, // the field holds a U+FFFD for it
            TooManyColumns, // more than MaxColumns: reading stopped
            RowTooLong, // more than MaxRecordLength characters: reading stopped
        };
        int row = 0; // of the record, as the table shows it
        int column = 0; // 1-based
        QString message;
        Kind kind = Kind::UnclosedQuote;
    };
    struct Result
    {
        QList<Record> records;
        QList<Problem> problems;
        QChar delimiter;
    };

    struct Options
    {
        QChar delimiter; // null: detect it (or take it from a "sep=" line)
        // Lines with nothing on them are skipped (still counted). The
        // clipboard keeps them: an empty row copied is an empty row pasted.
        bool skipBlankLines = true;
        // A leading byte order mark and an Excel "sep=;" line are not data.
        bool excelPreamble = true;
    };

    // One record as read(): views into the reader's buffer, valid only during
    // the callback (copy what you keep: field.toString()).
    struct RecordView
    {
        int row = 0;
        const QList<QStringView> &fields;
        QChar delimiter; // the one the fields were split at
    };
    // Return false to stop reading (cancel).
    using RecordHandler = std::function<bool(const RecordView &record)>;

    struct ReadOptions
    {
        QChar delimiter; // null: detect it from the first lines or a "sep=" line
        std::optional<TextDecoder::Encoding> encoding; // nullopt: detect it
        // Called after each chunk (about every 512 KB): bytes read so far and
        // in all (-1 for a sequential device).
        std::function<void(qint64 done, qint64 total)> progress;

        // Reading one part of a file (a large file is read as two halves on
        // two threads). The device is read from where it stands to stopAt
        // (-1: its end); firstRow is the row of the first record there, and
        // preamble says whether a byte order mark and a "sep=" line may come
        // first. Text at stopAt is not the end of the file: a record cut
        // there is not read, and Summary::endedMidRecord says so.
        qint64 stopAt = -1;
        int firstRow = 1;
        bool preamble = true;
    };
    // What read() found besides the records.
    struct Summary
    {
        TextDecoder::Encoding encoding = TextDecoder::Encoding::Utf8;
        bool hadByteOrderMark = false;
        QChar delimiter;
        // Unclosed quotes, over-long fields and bytes the encoding cannot
        // decode (with the row and column of the field that holds them), in
        // file order; at most MaxProblems, problemCount counts them all.
        QList<Problem> problems;
        qsizetype problemCount = 0;
        qsizetype records = 0; // handed to the callback
        bool cancelled = false;
        // A row broke a limit (TooManyColumns, RowTooLong among the problems):
        // reading stopped there.
        bool refused = false;
        QString errorString; // the device could not be read
        int nextRow = 0; // the row a record after the last one would have
        bool endedMidRecord = false; // with stopAt: a record goes on past it
        // NUL bytes that ended the file (padding), left unread.
        qint64 nulPaddingBytes = 0;
    };
    static constexpr int MaxProblems = 1000;

    // Among , ; tab |: the one that splits the first lines most consistently.
    static QChar detectDelimiter(QStringView text);
    // delimiter null: detect it (or take it from a "sep=" line).
    static Result parse(QStringView text, QChar delimiter = QChar());
    static Result parse(QStringView text, const Options &options);
    // The same records, one at a time, without keeping them.
    static Summary parse(QStringView text, const Options &options, const RecordHandler &onRecord);

    // Bytes of a CSV or text file to records: the encoding detected (or
    // forced), decoded chunk by chunk, the delimiter detected from the first
    // lines (or forced, or from "sep="), each record handed to onRecord.
    static Summary read(QByteArrayView bytes, const ReadOptions &options,
                        const RecordHandler &onRecord);
    // The same from an open file, read through a small buffer (twice when the
    // encoding is detected: the device must be seekable then). Fastest for
    // files: memory tracks the records kept, not the file.
    static Summary read(QIODevice *device, const ReadOptions &options,
                        const RecordHandler &onRecord);

    // For reading a file of an 8-bit encoding (UTF-8, Windows-1252) in parts.
    // The offset just after the first line feed at or after `from` (-1: none
    // before the end).
    static qint64 lineStartAfter(QIODevice *device, qint64 from);
    // Where a record probably starts at or after `from`: the line start after
    // it, or, when that line start looks to be inside a quoted field (a note
    // with line breaks), the end of that field's record. Reading the part
    // before it confirms it (Summary::endedMidRecord, Summary::nextRow).
    static qint64 recordStartNear(QIODevice *device, qint64 from);
    // The row a record starting at byte `offset` has, counted as read()
    // counts: one per record, a quoted line break inside one not counted, an
    // Excel "sep=" line not a row. -1 when the device cannot be read or
    // `offset` is inside a quoted field.
    static int rowAt(QIODevice *device, qint64 offset, QChar delimiter);
};

} // namespace Ditio
