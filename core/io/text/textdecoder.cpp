#include "textdecoder.h"

#include <QStringDecoder>
#include <QtAlgorithms>

#include <array>
#if defined(__SSE2__)
#    include <emmintrin.h>
#endif
#include <cstring>

namespace Ditio {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80-0x9F. 0 marks the five bytes
// the code page leaves undefined.
constexpr char16_t Cp1252High[32] = {
        0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

bool startsWith(QByteArrayView bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char c : prefix) {
        if (static_cast<unsigned char>(bytes[i++]) != c)
            return false;
    }
    return true;
}

// Offset of the first byte that breaks UTF-8, or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        // ASCII runs, eight bytes at a time.
        while (i + 8 <= size) {
            quint64 chunk;
            std::memcpy(&chunk, data + i, 8);
            if (chunk & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char c = data[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t minimum = 0;
        char32_t value = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            minimum = 0x80;
            value = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            minimum = 0x800;
            value = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            minimum = 0x10000;
            value = c & 0x07;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            const unsigned char next = data[i + k];
            if ((next & 0xC0) != 0x80)
                return i;
            value = (value << 6) | (next & 0x3F);
        }
        if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

QString hexByte(uchar byte)
{
    return QStringLiteral("%1").arg(uint(byte), 2, 16, QChar(u'0')).toUpper();
}

// Whether a well-formed multi-byte UTF-8 sequence starts at data[i].
bool utf8SequenceAt(const unsigned char *data, qsizetype size, qsizetype i)
{
    const unsigned char c = data[i];
    int length = 0;
    if (c >= 0xC2 && c <= 0xDF)
        length = 2;
    else if (c >= 0xE0 && c <= 0xEF)
        length = 3;
    else if (c >= 0xF0 && c <= 0xF4)
        length = 4;
    if (length == 0 || i + length > size)
        return false;
    for (int k = 1; k < length; ++k) {
        if ((data[i + k] & 0xC0) != 0x80)
            return false;
    }
    return true;
}

// Whether the bytes hold at least one well-formed multi-byte UTF-8 sequence:
// then a stray invalid byte means damaged UTF-8, not Windows-1252 (reading it
// as Windows-1252 would silently turn every "ø" into "Ã¸").
bool hasUtf8MultiByteSequence(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    constexpr quint64 High = 0x8080808080808080ULL;
    qsizetype i = 0;
    // A Windows-1252 file is read to its end here, with a high byte every few
    // bytes: look eight at a time for a lead byte (11xxxxxx) followed by a
    // continuation byte (10xxxxxx), which Norwegian text in Windows-1252
    // rarely has, and only check those places exactly.
    for (; i + 9 <= size; i += 8) {
        quint64 word;
        quint64 next;
        std::memcpy(&word, data + i, 8);
        std::memcpy(&next, data + i + 1, 8);
        const quint64 lead = word & (word << 1) & High;
        const quint64 continuation = next & ~(next << 1) & High;
        if (!(lead & continuation))
            continue;
        for (qsizetype k = i; k < i + 8; ++k) {
            if (utf8SequenceAt(data, size, k))
                return true;
        }
    }
    for (; i + 1 < size; ++i) {
        if (utf8SequenceAt(data, size, i))
            return true;
    }
    return false;
}

// Windows-1252 as a full table; 0xFFFD marks the five bytes it leaves undefined.
constexpr std::array<char16_t, 256> makeCp1252Table()
{
    std::array<char16_t, 256> table {};
    for (int i = 0; i < 256; ++i)
        table[i] = char16_t(i);
    for (int i = 0; i < 32; ++i)
        table[0x80 + i] = Cp1252High[i] ? Cp1252High[i] : char16_t(0xFFFD);
    return table;
}
constexpr std::array<char16_t, 256> Cp1252 = makeCp1252Table();

qsizetype decodeCp1252(const unsigned char *in, qsizetype size, char16_t *out,
                       QList<TextDecoder::BadByte> *bad)
{
    qsizetype i = 0;
#if defined(__SSE2__)
    // Sixteen bytes widened at once; the few high bytes are fixed up from the
    // table afterwards.
    const __m128i zero = _mm_setzero_si128();
    for (; i + 16 <= size; i += 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in + i));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out + i), _mm_unpacklo_epi8(chunk, zero));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out + i + 8), _mm_unpackhi_epi8(chunk, zero));
        for (uint high = uint(_mm_movemask_epi8(chunk)); high; high &= high - 1) {
            const qsizetype k = i + qCountTrailingZeroBits(high);
            const char16_t c = Cp1252[in[k]];
            out[k] = c;
            if (c == 0xFFFD && bad)
                bad->append({k, k, in[k]});
        }
    }
#endif
    while (i < size) {
        // ASCII runs widen eight bytes at a time.
        while (i + 8 <= size) {
            quint64 chunk;
            std::memcpy(&chunk, in + i, 8);
            if (chunk & 0x8080808080808080ULL)
                break;
            for (int k = 0; k < 8; ++k)
                out[i + k] = in[i + k];
            i += 8;
        }
        const qsizetype stop = std::min(size, i + 8);
        for (; i < stop; ++i) {
            const char16_t c = Cp1252[in[i]];
            out[i] = c;
            if (c == 0xFFFD && bad)
                bad->append({i, i, in[i]});
        }
    }
    return size;
}

qsizetype decodeUtf8(QByteArrayView bytes, char16_t *out, QList<TextDecoder::BadByte> *bad)
{
    char16_t *begin = out;
    qsizetype consumed = 0;
    while (!bytes.isEmpty()) {
        const qsizetype invalid = firstInvalidUtf8(bytes);
        const QByteArrayView valid = invalid < 0 ? bytes : bytes.first(invalid);
        if (!valid.isEmpty()) {
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            out = reinterpret_cast<char16_t *>(
                    decoder.appendToBuffer(reinterpret_cast<QChar *>(out), valid));
        }
        if (invalid < 0)
            break;
        if (bad)
            bad->append({out - begin, consumed + invalid, uchar(bytes[invalid])});
        *out++ = 0xFFFD;
        bytes = bytes.sliced(invalid + 1);
        consumed += invalid + 1;
    }
    return out - begin;
}

qsizetype decodeUtf16(QByteArrayView bytes, bool little, char16_t *out,
                      QList<TextDecoder::BadByte> *bad)
{
    const auto *in = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype units = bytes.size() / 2;
    for (qsizetype i = 0; i < units; ++i) {
        out[i] = little ? char16_t(in[2 * i] | (in[2 * i + 1] << 8))
                        : char16_t((in[2 * i] << 8) | in[2 * i + 1]);
    }
    // A surrogate must come in a high-low pair.
    for (qsizetype i = 0; i < units; ++i) {
        const char16_t c = out[i];
        if (!QChar::isSurrogate(c))
            continue;
        if (QChar::isHighSurrogate(c) && i + 1 < units && QChar::isLowSurrogate(out[i + 1])) {
            ++i;
            continue;
        }
        if (bad)
            bad->append({i, 2 * i, in[2 * i + (little ? 1 : 0)]});
        out[i] = 0xFFFD;
    }
    if (bytes.size() % 2 != 0) {
        if (bad)
            bad->append({units, bytes.size() - 1, in[bytes.size() - 1]});
        out[units] = 0xFFFD;
        return units + 1;
    }
    return units;
}

// Line breaks as CsvReader counts rows: CR LF, LF and CR alone each end a line.
int lineBreaksBefore(QStringView text, qsizetype offset, qsizetype &from, int &line)
{
    for (; from < offset && from < text.size(); ++from) {
        const QChar c = text[from];
        if (c == u'\n' || (c == u'\r' && !(from + 1 < text.size() && text[from + 1] == u'\n')))
            ++line;
    }
    return line;
}

// Bytes of the start of a file looked at for UTF-16 without a byte order mark.
constexpr qsizetype Utf16SniffBytes = 4096;

} // namespace

std::optional<TextDecoder::Encoding> TextDecoder::utf16WithoutByteOrderMark(QByteArrayView head)
{
    // Text of Latin letters in UTF-16 has a NUL in every other byte: at the
    // odd offsets in little-endian, the even ones in big-endian. Pairs of two
    // NULs (padding) say nothing; a stray NUL in UTF-8 text is far below the
    // share asked for.
    head = head.first(std::min(head.size(), Utf16SniffBytes) & ~qsizetype(1));
    qsizetype little = 0;
    qsizetype big = 0;
    qsizetype pairs = 0;
    for (qsizetype i = 0; i + 1 < head.size(); i += 2) {
        const bool evenNul = head[i] == 0;
        const bool oddNul = head[i + 1] == 0;
        if (evenNul && oddNul)
            continue;
        ++pairs;
        little += oddNul ? 1 : 0;
        big += evenNul ? 1 : 0;
    }
    if (pairs < 2)
        return std::nullopt;
    if (little * 2 >= pairs && big * 10 <= pairs)
        return Encoding::Utf16LE;
    if (big * 2 >= pairs && little * 10 <= pairs)
        return Encoding::Utf16BE;
    return std::nullopt;
}

bool TextDecoder::startsWithUtf32ByteOrderMark(QByteArrayView head, bool *bigEndian)
{
    const bool big = startsWith(head, {0x00, 0x00, 0xFE, 0xFF});
    if (bigEndian)
        *bigEndian = big;
    return big || startsWith(head, {0xFF, 0xFE, 0x00, 0x00});
}

TextDecoder::Encoding TextDecoder::detect(QByteArrayView bytes)
{
    if (startsWith(bytes, {0xEF, 0xBB, 0xBF}))
        return Encoding::Utf8;
    if (startsWith(bytes, {0xFF, 0xFE}))
        return Encoding::Utf16LE;
    if (startsWith(bytes, {0xFE, 0xFF}))
        return Encoding::Utf16BE;
    if (const auto utf16 = utf16WithoutByteOrderMark(bytes))
        return *utf16;
    if (firstInvalidUtf8(bytes) < 0 || hasUtf8MultiByteSequence(bytes))
        return Encoding::Utf8;
    return Encoding::Windows1252;
}

TextDecoder::Encoding TextDecoder::detect(QIODevice *device)
{
    qsizetype chunk = 512 * 1024;
    if (!device->isSequential()) // a small file needs no large buffer
        chunk = std::max<qsizetype>(8, std::min(chunk, qsizetype(device->bytesAvailable()) + 1));
    QByteArray buffer(chunk, Qt::Uninitialized);
    qsizetype have = 0;
    bool first = true;
    bool invalid = false;
    for (;;) {
        const qint64 n = device->read(buffer.data() + have, chunk - have);
        const bool atEnd = n <= 0;
        const qsizetype size = have + std::max<qint64>(n, 0);
        QByteArrayView bytes(buffer.constData(), size);
        if (first) {
            first = false;
            if (startsWith(bytes, {0xEF, 0xBB, 0xBF}) || startsWith(bytes, {0xFF, 0xFE})
                || startsWith(bytes, {0xFE, 0xFF}))
                return detect(bytes);
            if (const auto utf16 = utf16WithoutByteOrderMark(bytes))
                return *utf16;
        }
        // Cut after the last ASCII byte so no UTF-8 sequence is split.
        qsizetype cut = size;
        if (!atEnd) {
            while (cut > 0 && uchar(bytes[cut - 1]) >= 0x80)
                --cut;
            if (cut == 0)
                cut = size;
        }
        const QByteArrayView piece = bytes.first(cut);
        // One well-formed multi-byte sequence decides it (see detect()).
        if (hasUtf8MultiByteSequence(piece))
            return Encoding::Utf8;
        invalid = invalid || firstInvalidUtf8(piece) >= 0;
        if (atEnd)
            break;
        have = size - cut;
        std::memmove(buffer.data(), buffer.constData() + cut, have);
    }
    return invalid ? Encoding::Windows1252 : Encoding::Utf8;
}

qsizetype TextDecoder::byteOrderMarkSize(QByteArrayView bytes, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return startsWith(bytes, {0xEF, 0xBB, 0xBF}) ? 3 : 0;
    case Encoding::Utf16LE:
        return startsWith(bytes, {0xFF, 0xFE}) ? 2 : 0;
    case Encoding::Utf16BE:
        return startsWith(bytes, {0xFE, 0xFF}) ? 2 : 0;
    case Encoding::Windows1252:
        return 0;
    }
    return 0;
}

qsizetype TextDecoder::maxDecodedSize(qsizetype byteCount, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        return byteCount / 2 + 1;
    case Encoding::Utf8:
    case Encoding::Windows1252:
        break;
    }
    return byteCount;
}

qsizetype TextDecoder::decodeInto(QByteArrayView bytes, Encoding encoding, char16_t *out,
                                  QList<BadByte> *bad)
{
    switch (encoding) {
    case Encoding::Utf8:
        return decodeUtf8(bytes, out, bad);
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        return decodeUtf16(bytes, encoding == Encoding::Utf16LE, out, bad);
    case Encoding::Windows1252:
        return decodeCp1252(reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size(),
                            out, bad);
    }
    return 0;
}

QString TextDecoder::badByteMessage(uchar byte, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return tr("byte 0x%1 is not UTF-8; the file may be in another encoding").arg(hexByte(byte));
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        return tr("the text there is not valid UTF-16");
    case Encoding::Windows1252:
        return tr("byte 0x%1 is not a Windows-1252 character").arg(hexByte(byte));
    }
    return {};
}

TextDecoder::Result TextDecoder::decode(QByteArrayView bytes, std::optional<Encoding> forced)
{
    Result result;
    result.encoding = forced ? *forced : detect(bytes);
    const qsizetype bom = byteOrderMarkSize(bytes, result.encoding);
    result.hadByteOrderMark = bom > 0;
    bytes = bytes.sliced(bom);
    QList<BadByte> bad;
    result.text.resize(maxDecodedSize(bytes.size(), result.encoding));
    result.text.resize(decodeInto(bytes, result.encoding,
                                  reinterpret_cast<char16_t *>(result.text.data()), &bad));

    // One problem per line (its first bad byte) is enough to find them.
    constexpr qsizetype MaxProblems = 1000;
    qsizetype scanned = 0;
    int line = 1;
    int lastLine = 0;
    for (const BadByte &b : std::as_const(bad)) {
        lineBreaksBefore(result.text, b.offset, scanned, line);
        if (line == lastLine)
            continue;
        lastLine = line;
        if (result.problems.size() >= MaxProblems)
            break;
        Problem problem;
        problem.line = line;
        problem.offset = bom + b.byteOffset;
        switch (result.encoding) {
        case Encoding::Utf8:
            problem.message = tr("line %1 has bytes that are not UTF-8 (byte 0x%2); "
                                 "the file may be in another encoding")
                                      .arg(line)
                                      .arg(hexByte(b.byte));
            break;
        case Encoding::Utf16LE:
        case Encoding::Utf16BE:
            problem.message = tr("line %1 is not valid UTF-16 text").arg(line);
            break;
        case Encoding::Windows1252:
            problem.message = tr("line %1 has byte 0x%2, which Windows-1252 does not define")
                                      .arg(line)
                                      .arg(hexByte(b.byte));
            break;
        }
        result.problems.append(problem);
    }
    return result;
}

QString TextDecoder::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16 LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16 BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

std::optional<TextDecoder::Encoding> TextDecoder::encodingFromName(QStringView name)
{
    const QString normalized = name.toString().toLower().remove(u'-').remove(u' ').remove(u'_');
    if (normalized == u"utf8")
        return Encoding::Utf8;
    if (normalized == u"utf16le" || normalized == u"utf16")
        return Encoding::Utf16LE;
    if (normalized == u"utf16be")
        return Encoding::Utf16BE;
    if (normalized == u"windows1252" || normalized == u"cp1252" || normalized == u"latin1"
        || normalized == u"iso88591" || normalized == u"ansi")
        return Encoding::Windows1252;
    return std::nullopt;
}

} // namespace Ditio
