#include "csvreader.h"

#include "csvparser.h"
#include "csvrecordcounter.h"

#include <QtAlgorithms>

#include <cstring>
#if defined(__SSE2__)
#    include <emmintrin.h>
#endif

namespace Ditio {

namespace {

constexpr char16_t Candidates[] = {u',', u';', u'\t', u'|'};

// Characters of text (or bytes of a file) handed to the parser at a time:
// large enough that the per-chunk work vanishes, small enough to stay in cache.
constexpr qsizetype ChunkSize = 512 * 1024;
constexpr qsizetype FirstChunkSize = 32 * 1024;

// Field counts of the first lines for one delimiter, quotes respected.
QList<int> fieldCounts(QStringView text, QChar delimiter, int maxLines)
{
    QList<int> counts;
    int fields = 1;
    bool inQuotes = false;
    for (qsizetype i = 0; i < text.size() && counts.size() < maxLines; ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && c == delimiter) {
            ++fields;
        } else if (!inQuotes && (c == u'\n' || c == u'\r')) {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            counts.append(fields);
            fields = 1;
        }
    }
    if (counts.size() < maxLines && fields > 1)
        counts.append(fields);
    return counts;
}

// Length of an Excel "sep=;" first line with its line end, or 0.
qsizetype sepLineLength(QStringView text, QChar *delimiter)
{
    if (!(text.startsWith(u"sep=", Qt::CaseInsensitive) && text.size() >= 5 && text[4] != u'\n'
          && text[4] != u'\r'))
        return 0;
    qsizetype end = 0;
    while (end < text.size() && text[end] != u'\n' && text[end] != u'\r')
        ++end;
    if (end + 1 < text.size() && text[end] == u'\r' && text[end + 1] == u'\n')
        ++end;
    *delimiter = text[4];
    return std::min(end + 1, text.size());
}

// The size of the next chunk when `kept` characters of an unfinished record
// wait in the buffer: at least half as many again, so a record of many
// megabytes is parsed a few times over, not once per chunk.
qsizetype chunkAfter(qsizetype kept)
{
    return std::max(ChunkSize, kept / 2);
}

// Feeds a parser chunk by chunk. fill(buffer, at) appends the next chunk of
// text at buffer position `at` (growing the buffer), returns the new text
// size and sets `final` on the last chunk. The first chunk settles the
// preamble and the delimiter.
// With endIsFinal false the text ends at a cut, not at the end of the file:
// a record that reaches the cut is left unread (see Summary::endedMidRecord).
template<typename Fill>
void run(Fill fill, QChar delimiter, bool excelPreamble, bool skipBlankLines,
         const CsvReader::RecordHandler &onRecord, CsvReader::Summary &summary,
         QList<TextDecoder::BadByte> *badBytes, TextDecoder::Encoding encoding, int firstRow = 1,
         bool endIsFinal = true, qsizetype *dropped = nullptr)
{
    QString buffer;
    qsizetype kept = 0; // an incomplete record carried to the next chunk
    qsizetype base = 0; // global offset of buffer[0]
    bool final = false;
    std::optional<CsvParser> parser;
    while (!final) {
        qsizetype size = fill(buffer, kept, final);
        auto *data = reinterpret_cast<char16_t *>(buffer.data());
        qsizetype start = 0;
        if (!parser) {
            QStringView text(data, size);
            if (excelPreamble) {
                if (text.startsWith(u'\xfeff'))
                    start = 1;
                QChar named;
                start += sepLineLength(text.sliced(start), &named);
                if (delimiter.isNull() && !named.isNull())
                    delimiter = named;
            }
            if (delimiter.isNull())
                delimiter = CsvReader::detectDelimiter(text.sliced(start));
            summary.delimiter = delimiter;
            parser.emplace(delimiter.unicode(), skipBlankLines, onRecord, summary);
            parser->encoding = encoding;
            parser->badBytes = badBytes;
            parser->dropped = dropped;
            parser->row = firstRow;
        }
        qsizetype fed = size - start;
        const qsizetype consumed =
                start + parser->feed(data + start, fed, base + start, final && endIsFinal);
        size = start + fed;
        if (parser->cancelled()) {
            summary.cancelled = true;
            return;
        }
        if (parser->refused()) {
            summary.refused = true;
            return;
        }
        kept = size - consumed;
        if (kept > 0 && consumed > 0)
            std::memmove(data, data + consumed, kept * sizeof(char16_t));
        base += consumed;
    }
    summary.nextRow = parser ? parser->row : firstRow;
    summary.endedMidRecord = kept > 0;
}

// Where a chunk of at most `limit` units may end: after the last line break in
// it, so no character and no CR LF pair is split, unless there is none.
qsizetype chunkEnd(QByteArrayView bytes, qsizetype limit, TextDecoder::Encoding encoding)
{
    if (bytes.size() <= limit)
        return bytes.size();
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const bool utf16 = encoding == TextDecoder::Encoding::Utf16LE
            || encoding == TextDecoder::Encoding::Utf16BE;
    if (utf16) {
        limit &= ~qsizetype(1);
        const int low = encoding == TextDecoder::Encoding::Utf16LE ? 0 : 1;
        for (qsizetype i = limit - 2; i >= limit / 2; i -= 2) {
            if ((data[i + low] == '\n' || data[i + low] == '\r') && data[i + 1 - low] == 0)
                return i + 2;
        }
        // No line break: any unit boundary outside a surrogate pair.
        const unsigned char high = data[limit - 2 + (1 - low)];
        return (high & 0xFC) == 0xD8 ? limit - 2 : limit;
    }
    for (qsizetype i = limit - 1; i >= limit / 2; --i) {
        if (data[i] == '\n' || data[i] == '\r')
            return i + 1;
    }
    // No line break: do not split a UTF-8 sequence (continuation bytes).
    qsizetype end = limit;
    if (encoding == TextDecoder::Encoding::Utf8) {
        while (end > limit - 4 && (data[end] & 0xC0) == 0x80)
            --end;
    }
    return end;
}

} // namespace

QChar CsvReader::detectDelimiter(QStringView text)
{
    QChar best = u',';
    double bestScore = 0;
    for (char16_t candidate : Candidates) {
        const QList<int> counts = fieldCounts(text, candidate, 20);
        if (counts.isEmpty())
            continue;
        // Prefer a delimiter that gives the header several fields and the
        // other lines the same number.
        const int header = counts.first();
        if (header < 2)
            continue;
        int consistent = 0;
        for (int count : counts)
            consistent += count == header ? 1 : 0;
        const double score = header * (double(consistent) / counts.size());
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

CsvReader::Result CsvReader::parse(QStringView text, QChar delimiter)
{
    Options options;
    options.delimiter = delimiter;
    return parse(text, options);
}

CsvReader::Result CsvReader::parse(QStringView text, const Options &options)
{
    Result result;
    const Summary summary = parse(text, options, [&](const RecordView &record) {
        Record copy;
        copy.row = record.row;
        copy.fields.reserve(record.fields.size());
        for (QStringView field : record.fields)
            copy.fields.append(field.toString());
        result.records.append(std::move(copy));
        return true;
    });
    result.problems = summary.problems;
    result.delimiter = summary.delimiter;
    return result;
}

CsvReader::Summary CsvReader::parse(QStringView text, const Options &options,
                                    const RecordHandler &onRecord)
{
    Summary summary;
    qsizetype position = 0;
    const auto fill = [&](QString &buffer, qsizetype at, bool &final) {
        qsizetype take = std::min(chunkAfter(at), text.size() - position);
        if (position + take < text.size()) {
            // End after a line break when there is one in the second half.
            for (qsizetype i = position + take - 1; i >= position + take / 2; --i) {
                if (text[i] == u'\n' || text[i] == u'\r') {
                    take = i + 1 - position;
                    break;
                }
            }
        }
        if (buffer.size() < at + take)
            buffer.resize(std::max(at + take, qsizetype(buffer.size() * 3 / 2)));
        std::memcpy(buffer.data() + at, text.data() + position, take * sizeof(QChar));
        position += take;
        final = position >= text.size();
        return at + take;
    };
    run(fill, options.delimiter, options.excelPreamble, options.skipBlankLines, onRecord, summary,
        nullptr, TextDecoder::Encoding::Utf8);
    return summary;
}

namespace {

// Decodes chunks of bytes (each cut after a line break by nextBytes) and
// parses them as they come.
template<typename NextBytes>
void decodeAndRun(NextBytes nextBytes, qsizetype start, qint64 total,
                  const CsvReader::ReadOptions &options, const CsvReader::RecordHandler &onRecord,
                  CsvReader::Summary &summary, bool endIsFinal)
{
    QList<TextDecoder::BadByte> badBytes;
    QList<TextDecoder::BadByte> chunkBad;
    qsizetype position = start; // bytes decoded so far, for the bad bytes' offsets
    qsizetype decoded = 0; // characters decoded so far
    qsizetype dropped = 0; // of them, dropped from over-long fields: not in the offsets
    const auto fill = [&](QString &buffer, qsizetype at, bool &final) {
        qsizetype skipped = 0; // a byte order mark
        const QByteArrayView chunk = nextBytes(final, skipped, chunkAfter(at));
        position += skipped;
        const qsizetype room = at + TextDecoder::maxDecodedSize(chunk.size(), summary.encoding);
        if (buffer.size() < room)
            buffer.resize(std::max(room, qsizetype(buffer.size() * 3 / 2)));
        chunkBad.clear();
        const qsizetype written = TextDecoder::decodeInto(
                chunk, summary.encoding, reinterpret_cast<char16_t *>(buffer.data()) + at,
                &chunkBad);
        for (TextDecoder::BadByte b : std::as_const(chunkBad)) {
            b.offset += decoded - dropped;
            b.byteOffset += position;
            badBytes.append(b);
        }
        decoded += written;
        position += chunk.size();
        if (options.progress)
            options.progress(position, total);
        return at + written;
    };
    run(fill, options.delimiter, options.preamble, true, onRecord, summary, &badBytes,
        summary.encoding, options.firstRow, endIsFinal, &dropped);
}

// NUL bytes at the very end of a file (a file written into preallocated
// space, or padded to a block) are no text: how many, rounded so the last
// character of a UTF-16 file keeps its own zero byte.
qint64 paddingFrom(qint64 size, qint64 zeros, TextDecoder::Encoding encoding)
{
    const bool utf16 = encoding == TextDecoder::Encoding::Utf16LE
            || encoding == TextDecoder::Encoding::Utf16BE;
    if (zeros <= 0)
        return 0;
    qint64 start = size - zeros;
    if (utf16 && start % 2 != 0)
        ++start;
    return std::max<qint64>(0, size - start);
}

qint64 trailingZeros(QByteArrayView bytes)
{
    qsizetype end = bytes.size();
    while (end > 0 && bytes[end - 1] == 0)
        --end;
    return bytes.size() - end;
}

// The same, read backwards from the end of a seekable device; it is left
// where it was.
qint64 trailingNulPadding(QIODevice *device, TextDecoder::Encoding encoding)
{
    if (device->isSequential())
        return 0;
    const qint64 start = device->pos();
    const qint64 size = device->size();
    constexpr qint64 Block = 64 * 1024;
    QByteArray block(Block, Qt::Uninitialized);
    qint64 zeros = 0;
    qint64 end = size;
    while (end > start) {
        const qint64 from = std::max(start, end - Block);
        if (!device->seek(from))
            break;
        const qint64 n = device->read(block.data(), end - from);
        if (n != end - from)
            break;
        const qint64 tail = trailingZeros(QByteArrayView(block.constData(), n));
        zeros += tail;
        if (tail < n)
            break;
        end = from;
    }
    device->seek(start);
    return paddingFrom(size - start, zeros, encoding);
}

} // namespace

CsvReader::Summary CsvReader::read(QByteArrayView bytes, const ReadOptions &options,
                                   const RecordHandler &onRecord)
{
    Summary summary;
    summary.encoding = options.encoding ? *options.encoding : TextDecoder::detect(bytes);
    const qsizetype bom = TextDecoder::byteOrderMarkSize(bytes, summary.encoding);
    summary.hadByteOrderMark = bom > 0;
    bytes = bytes.sliced(bom);
    if (options.stopAt < 0) {
        summary.nulPaddingBytes = paddingFrom(bytes.size(), trailingZeros(bytes), summary.encoding);
        bytes.chop(summary.nulPaddingBytes);
    }
    qsizetype position = 0;
    const auto nextBytes = [&](bool &final, qsizetype &, qsizetype size) {
        const qsizetype take = chunkEnd(bytes.sliced(position), size, summary.encoding);
        const QByteArrayView chunk = bytes.sliced(position, take);
        position += take;
        final = position >= bytes.size();
        return chunk;
    };
    decodeAndRun(nextBytes, bom, bom + bytes.size(), options, onRecord, summary, true);
    return summary;
}

CsvReader::Summary CsvReader::read(QIODevice *device, const ReadOptions &options,
                                   const RecordHandler &onRecord)
{
    Summary summary;
    const qint64 start = device->pos();
    if (options.encoding) {
        summary.encoding = *options.encoding;
    } else {
        summary.encoding = TextDecoder::detect(device);
        if (!device->seek(start)) {
            summary.errorString = device->errorString();
            return summary;
        }
    }
    // Read to stopAt, or to the end without its NUL padding.
    qint64 stopAt = options.stopAt;
    if (stopAt < 0) {
        summary.nulPaddingBytes = trailingNulPadding(device, summary.encoding);
        if (summary.nulPaddingBytes > 0)
            stopAt = device->size() - summary.nulPaddingBytes;
    }
    // The file's bytes pass through one small buffer: reading a large file
    // whole would cost more than parsing it (fresh memory is not free).
    QByteArray raw;
    qsizetype rawStart = 0;
    bool first = true;
    // The first chunk is small: the header (and the delimiter) are known at
    // once, which another thread reading the rest of a large file waits for.
    bool firstFill = true;
    const auto nextBytes = [&](bool &final, qsizetype &skipped, qsizetype chunkSize) {
        const qsizetype have = raw.size() - rawStart;
        if (have > 0 && rawStart > 0)
            std::memmove(raw.data(), raw.data() + rawStart, have);
        qsizetype want = firstFill ? FirstChunkSize : std::max(chunkSize, have + ChunkSize / 2);
        firstFill = false;
        if (!device->isSequential()) // a small file needs no large buffer
            want = std::min(want, have + qsizetype(device->bytesAvailable()) + 1);
        if (stopAt >= 0) // the part ends there: read no further
            want = std::min(want, have + qsizetype(std::max<qint64>(0, stopAt - device->pos())));
        raw.resize(want);
        qsizetype size = have;
        bool atEnd = false;
        while (size < want) {
            const qint64 n = device->read(raw.data() + size, want - size);
            if (n < 0)
                summary.errorString = device->errorString();
            if (n <= 0) {
                atEnd = true;
                break;
            }
            size += n;
        }
        raw.resize(size);
        rawStart = 0;
        if (stopAt >= 0 && device->pos() >= stopAt)
            atEnd = true;
        if (first && options.preamble) {
            first = false;
            skipped = TextDecoder::byteOrderMarkSize(raw, summary.encoding);
            summary.hadByteOrderMark = skipped > 0;
            rawStart = skipped;
        }
        const QByteArrayView rest = QByteArrayView(raw).sliced(rawStart);
        const qsizetype take =
                atEnd ? rest.size() : chunkEnd(rest, rest.size() - 1, summary.encoding);
        rawStart += take;
        final = atEnd && rawStart >= raw.size();
        return rest.first(take);
    };
    const qint64 end = stopAt >= 0 ? stopAt : (device->isSequential() ? -1 : device->size());
    decodeAndRun(nextBytes, start, end, options, onRecord, summary, options.stopAt < 0);
    return summary;
}

qint64 CsvReader::lineStartAfter(QIODevice *device, qint64 from)
{
    if (!device->seek(from))
        return -1;
    QByteArray block(64 * 1024, Qt::Uninitialized);
    qint64 position = from;
    for (;;) {
        const qint64 n = device->read(block.data(), block.size());
        if (n <= 0)
            return -1;
        const qsizetype at = QByteArrayView(block.constData(), n).indexOf('\n');
        if (at >= 0)
            return position + at + 1;
        position += n;
    }
}

qint64 CsvReader::recordStartNear(QIODevice *device, qint64 from)
{
    const qint64 lineStart = lineStartAfter(device, from);
    if (lineStart < 0 || !device->seek(lineStart))
        return lineStart;
    // A line start inside a quoted field (a note with line breaks) is not
    // where a record starts: the next record after the field's end is.
    // Excel's longest cell is 32,767 characters: a field open longer than
    // this window is not one.
    const QByteArray window = device->read(128 * 1024);
    if (!CsvRecordCounter::probablyInsideQuotes(window))
        return lineStart;
    CsvRecordCounter counter;
    counter.add("\""); // inside a field that began on an earlier line
    const qsizetype end = counter.recordEndIn(window);
    return end < 0 ? lineStart : lineStart + end;
}

int CsvReader::rowAt(QIODevice *device, qint64 offset, QChar delimiter)
{
    if (!device->seek(0) || delimiter.unicode() > 0x7f)
        return -1;
    CsvRecordCounter counter(char(delimiter.unicode()));
    QByteArray block(ChunkSize, Qt::Uninitialized);
    qint64 position = 0;
    qint64 skippedRows = 0;
    while (position < offset) {
        const qint64 n =
                device->read(block.data(), std::min<qint64>(block.size(), offset - position));
        if (n <= 0)
            return -1;
        QByteArrayView bytes(block.constData(), n);
        if (position == 0) {
            // A byte order mark is not text, and an Excel "sep=;" line is not
            // a row: its first five characters tell, read as run() reads them.
            if (bytes.startsWith("\xEF\xBB\xBF"))
                bytes = bytes.sliced(3);
            const QString start =
                    QString::fromLatin1(bytes.first(std::min<qsizetype>(bytes.size(), 5)));
            QChar named;
            if (sepLineLength(start, &named) > 0)
                skippedRows = 1;
        }
        counter.add(bytes);
        position += n;
    }
    // Where the record is still open, its row is only known by reading it.
    if (counter.insideQuotes())
        return -1;
    const qint64 row = counter.recordEnds() - skippedRows + 1;
    return row < 1 || row > std::numeric_limits<int>::max() ? -1 : int(row);
}

} // namespace Ditio
