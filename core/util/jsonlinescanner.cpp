#include "jsonlinescanner.h"

namespace Ditio {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

JsonLineScanner::JsonLineScanner(QByteArrayView line)
    : m_begin(line.data()),
      m_p(line.data()),
      m_end(line.data() + line.size()),
      m_decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless)
{
    // Checked once for the line (ASCII at memory speed), so strings decode without checks.
    if (!line.isValidUtf8())
        fail(QJsonParseError::IllegalUTF8String, m_begin);
}

bool JsonLineScanner::fail(QJsonParseError::ParseError error, const char *at)
{
    if (m_error == QJsonParseError::NoError) {
        m_error = error;
        m_errorOffset = at - m_begin;
    }
    m_p = m_end;
    return false;
}

QString JsonLineScanner::errorString() const
{
    QJsonParseError error;
    error.error = m_error;
    return error.errorString();
}

void JsonLineScanner::skipWhitespace()
{
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\r' || *m_p == '\n'))
        ++m_p;
}

JsonLineScanner::Next JsonLineScanner::peek()
{
    if (hasError())
        return Next::Other;
    skipWhitespace();
    if (m_p == m_end)
        return Next::End;
    switch (*m_p) {
    case '"':
        return Next::String;
    case '[':
        return Next::Array;
    case ']':
        return Next::ArrayEnd;
    case '-':
        return Next::Integer;
    default:
        return *m_p >= '0' && *m_p <= '9' ? Next::Integer : Next::Other;
    }
}

bool JsonLineScanner::expect(char c)
{
    if (hasError())
        return false;
    skipWhitespace();
    if (m_p == m_end)
        return fail(c == ']' ? QJsonParseError::UnterminatedArray : QJsonParseError::IllegalValue,
                    m_p);
    if (*m_p != c)
        return fail(c == ',' ? QJsonParseError::MissingValueSeparator
                             : QJsonParseError::IllegalValue,
                    m_p);
    ++m_p;
    return true;
}

bool JsonLineScanner::nextInArray()
{
    if (hasError())
        return false;
    skipWhitespace();
    if (m_p == m_end)
        return fail(QJsonParseError::UnterminatedArray, m_p);
    if (*m_p == ',') {
        ++m_p;
        return true;
    }
    if (*m_p == ']') {
        ++m_p;
        return false;
    }
    return fail(QJsonParseError::MissingValueSeparator, m_p);
}

bool JsonLineScanner::readString(QString *out)
{
    if (!expect('"'))
        return false;
    // A string never has more UTF-16 units than UTF-8 bytes: room for the
    // rest of the line is room enough, and resize() keeps a buffer that has it.
    const char *p = m_p;
    const char *close = p;
    while (close < m_end && *close != '"') {
        if (*close == '\\' && close + 1 < m_end)
            ++close;
        ++close;
    }
    if (close >= m_end)
        return fail(QJsonParseError::UnterminatedString, m_end);
    if (close == p) {
        out->resize(0); // keeps the buffer, allocates none
        m_p = close + 1;
        return true;
    }
    out->resize(close - p);
    char16_t *const first = reinterpret_cast<char16_t *>(out->data());
    char16_t *dst = first;
    while (p < close) {
        // A run of plain characters: widened when ASCII, decoded otherwise.
        const char *run = p;
        uchar high = 0;
        while (p < close && *p != '\\' && uchar(*p) >= 0x20) {
            high |= uchar(*p);
            ++p;
        }
        if (p < close && *p != '\\')
            return fail(QJsonParseError::IllegalValue, p); // a raw control character
        if (high < 0x80) {
            for (const char *c = run; c < p; ++c)
                *dst++ = char16_t(uchar(*c));
        } else if (p > run) {
            dst = reinterpret_cast<char16_t *>(m_decoder.appendToBuffer(
                    reinterpret_cast<QChar *>(dst), QByteArrayView(run, p - run)));
        }
        if (p == close)
            break;
        // An escape.
        ++p;
        switch (*p++) {
        case '"':
            *dst++ = u'"';
            break;
        case '\\':
            *dst++ = u'\\';
            break;
        case '/':
            *dst++ = u'/';
            break;
        case 'b':
            *dst++ = u'\b';
            break;
        case 'f':
            *dst++ = u'\f';
            break;
        case 'n':
            *dst++ = u'\n';
            break;
        case 'r':
            *dst++ = u'\r';
            break;
        case 't':
            *dst++ = u'\t';
            break;
        case 'u': {
            if (close - p < 4)
                return fail(QJsonParseError::IllegalEscapeSequence, p - 2);
            int code = 0;
            for (int i = 0; i < 4; ++i) {
                const int digit = hexValue(p[i]);
                if (digit < 0)
                    return fail(QJsonParseError::IllegalEscapeSequence, p - 2);
                code = code << 4 | digit;
            }
            p += 4;
            // A surrogate pair is two escapes, each one UTF-16 unit: kept as
            // they come, a pair makes its character, a lone half stays one.
            *dst++ = char16_t(code);
            break;
        }
        default:
            return fail(QJsonParseError::IllegalEscapeSequence, p - 2);
        }
    }
    out->resize(dst - first);
    m_p = close + 1;
    return true;
}

bool JsonLineScanner::readInteger(qint64 *out)
{
    if (hasError())
        return false;
    skipWhitespace();
    const char *start = m_p;
    bool negative = false;
    if (m_p < m_end && *m_p == '-') {
        negative = true;
        ++m_p;
    }
    qint64 value = 0;
    int digits = 0;
    while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
        if (++digits > 18)
            return fail(QJsonParseError::IllegalNumber, start);
        value = value * 10 + (*m_p - '0');
        ++m_p;
    }
    // Integers only: a fraction or an exponent is no number this format writes.
    if (digits == 0 || (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E')))
        return fail(QJsonParseError::IllegalNumber, start);
    *out = negative ? -value : value;
    return true;
}

bool JsonLineScanner::atEnd()
{
    if (hasError())
        return false;
    skipWhitespace();
    return m_p == m_end || fail(QJsonParseError::GarbageAtEnd, m_p);
}

} // namespace Ditio
