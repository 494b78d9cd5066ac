#include "textdecoder.h"

#include <QStringDecoder>

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

// Whether the bytes hold at least one well-formed multi-byte UTF-8 sequence:
// then a stray invalid byte means damaged UTF-8, not Windows-1252 (reading it
// as Windows-1252 would silently turn every "ø" into "Ã¸").
bool hasUtf8MultiByteSequence(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i + 1 < size; ++i) {
        const unsigned char c = data[i];
        int length = 0;
        if (c >= 0xC2 && c <= 0xDF)
            length = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            length = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            length = 4;
        if (length == 0 || i + length > size)
            continue;
        bool valid = true;
        for (int k = 1; k < length && valid; ++k)
            valid = (data[i + k] & 0xC0) == 0x80;
        if (valid)
            return true;
    }
    return false;
}

} // namespace

int TextDecoder::lineOfOffset(QByteArrayView bytes, qsizetype offset)
{
    const char *begin = bytes.data();
    return int(std::count(begin, begin + std::min(offset, bytes.size()), '\n')) + 1;
}

TextDecoder::Encoding TextDecoder::detect(QByteArrayView bytes)
{
    if (startsWith(bytes, {0xEF, 0xBB, 0xBF}))
        return Encoding::Utf8;
    if (startsWith(bytes, {0xFF, 0xFE}))
        return Encoding::Utf16LE;
    if (startsWith(bytes, {0xFE, 0xFF}))
        return Encoding::Utf16BE;
    if (firstInvalidUtf8(bytes) < 0 || hasUtf8MultiByteSequence(bytes))
        return Encoding::Utf8;
    return Encoding::Windows1252;
}

TextDecoder::Result TextDecoder::decode(QByteArrayView bytes, std::optional<Encoding> forced)
{
    Result result;
    result.encoding = forced ? *forced : detect(bytes);
    switch (result.encoding) {
    case Encoding::Utf8: {
        if (startsWith(bytes, {0xEF, 0xBB, 0xBF})) {
            bytes = bytes.sliced(3);
            result.hadByteOrderMark = true;
        }
        const qsizetype bad = firstInvalidUtf8(bytes);
        if (bad >= 0) {
            const int line = lineOfOffset(bytes, bad);
            result.problems.append({line, bad + (result.hadByteOrderMark ? 3 : 0),
                                    tr("line %1 has bytes that are not UTF-8 (byte 0x%2); "
                                       "the file may be in another encoding")
                                            .arg(line)
                                            .arg(hexByte(uchar(bytes[bad])))});
        }
        result.text = QString::fromUtf8(bytes);
        break;
    }
    case Encoding::Utf16LE:
    case Encoding::Utf16BE: {
        const bool little = result.encoding == Encoding::Utf16LE;
        if (startsWith(bytes,
                       little ? std::initializer_list<unsigned char> {0xFF, 0xFE}
                              : std::initializer_list<unsigned char> {0xFE, 0xFF})) {
            bytes = bytes.sliced(2);
            result.hadByteOrderMark = true;
        }
        QStringDecoder decoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        result.text = decoder.decode(bytes);
        if (decoder.hasError() || bytes.size() % 2 != 0) {
            const qsizetype bad = result.text.indexOf(QChar::ReplacementCharacter);
            int line = 1;
            for (qsizetype i = 0; i < (bad < 0 ? result.text.size() : bad); ++i)
                line += result.text.at(i) == u'\n' ? 1 : 0;
            result.problems.append({line, bad < 0 ? bytes.size() : bad * 2,
                                    tr("line %1 is not valid UTF-16 text").arg(line)});
        }
        break;
    }
    case Encoding::Windows1252: {
        result.text.resize(bytes.size());
        char16_t *out = reinterpret_cast<char16_t *>(result.text.data());
        const auto *in = reinterpret_cast<const unsigned char *>(bytes.data());
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const unsigned char c = in[i];
            if (c < 0x80 || c >= 0xA0) {
                out[i] = c;
                continue;
            }
            const char16_t mapped = Cp1252High[c - 0x80];
            if (mapped == 0) {
                const int line = lineOfOffset(bytes, i);
                result.problems.append({line, i,
                                        tr("line %1 has byte 0x%2, which Windows-1252 does "
                                           "not define")
                                                .arg(line)
                                                .arg(hexByte(c))});
                out[i] = QChar::ReplacementCharacter;
            } else {
                out[i] = mapped;
            }
        }
        break;
    }
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
