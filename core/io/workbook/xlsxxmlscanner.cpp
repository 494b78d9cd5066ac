#include "xlsxxmlscanner.h"

#include <QCoreApplication>

#include <cstring>

namespace Ditio {

namespace {

inline bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

// Anything that cannot end a name. Names are not checked further: a stray
// character in a name does no harm to a reader that only compares names.
inline bool isNameChar(char c)
{
    switch (c) {
    case ' ':
    case '\n':
    case '\t':
    case '\r':
    case '/':
    case '>':
    case '=':
    case '"':
    case '\'':
    case '<':
    case '&':
    case '\0':
        return false;
    default:
        return true;
    }
}

void appendUtf8(QByteArray *out, char32_t code)
{
    char bytes[4];
    int n = 0;
    if (code < 0x80) {
        bytes[n++] = char(code);
    } else if (code < 0x800) {
        bytes[n++] = char(0xC0 | (code >> 6));
        bytes[n++] = char(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        bytes[n++] = char(0xE0 | (code >> 12));
        bytes[n++] = char(0x80 | ((code >> 6) & 0x3F));
        bytes[n++] = char(0x80 | (code & 0x3F));
    } else {
        bytes[n++] = char(0xF0 | (code >> 18));
        bytes[n++] = char(0x80 | ((code >> 12) & 0x3F));
        bytes[n++] = char(0x80 | ((code >> 6) & 0x3F));
        bytes[n++] = char(0x80 | (code & 0x3F));
    }
    out->append(bytes, n);
}

// Appends raw character data, turning CR LF and lone CR into LF as XML does.
void appendNormalized(QByteArray *out, const char *begin, const char *end)
{
    while (begin < end) {
        const char *cr = static_cast<const char *>(std::memchr(begin, '\r', size_t(end - begin)));
        if (!cr) {
            out->append(begin, end - begin);
            return;
        }
        out->append(begin, cr - begin);
        out->append('\n');
        begin = cr + 1;
        if (begin < end && *begin == '\n')
            ++begin;
    }
}

bool isXmlChar(char32_t code)
{
    return code == 0x9 || code == 0xA || code == 0xD || (code >= 0x20 && code <= 0xD7FF)
            || (code >= 0xE000 && code <= 0xFFFD) || (code >= 0x10000 && code <= 0x10FFFF);
}

// The character an entity or character reference (without & and ;) stands
// for; 0 when it is not one XML knows without a DTD.
char32_t entityValue(QByteArrayView name)
{
    if (name == "lt")
        return u'<';
    if (name == "gt")
        return u'>';
    if (name == "amp")
        return u'&';
    if (name == "quot")
        return u'"';
    if (name == "apos")
        return u'\'';
    if (name.size() < 2 || name[0] != '#')
        return 0;
    const bool hex = name[1] == 'x';
    qsizetype i = hex ? 2 : 1;
    if (i == name.size())
        return 0;
    char32_t code = 0;
    for (; i < name.size(); ++i) {
        const char c = name[i];
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (hex && c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return 0;
        code = code * (hex ? 16 : 10) + char32_t(digit);
        if (code > 0x10FFFF)
            return 0;
    }
    return isXmlChar(code) ? code : 0;
}

} // namespace

XlsxXmlScanner::XlsxXmlScanner(Source source) : m_source(std::move(source))
{
    m_buffer.resize(ChunkBytes);
    m_attributes.reserve(16);
    m_stack.reserve(16);
}

XlsxXmlScanner::Token XlsxXmlScanner::fail(Error error, const char *detail)
{
    m_error = error;
    m_errorDetail = detail ? detail : "";
    return Token::Invalid;
}

bool XlsxXmlScanner::refill(qsizetype keepFrom)
{
    if (m_atEnd || m_error != Error::None)
        return false;
    if (keepFrom > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + keepFrom, size_t(m_end - keepFrom));
        m_end -= keepFrom;
        m_pos -= keepFrom;
        m_textScanned = m_textScanned > keepFrom ? m_textScanned - keepFrom : 0;
        m_consumed += keepFrom;
    }
    if (m_end == qsizetype(m_buffer.size())) {
        // One piece of markup fills the buffer: grow it, up to a bound.
        if (qsizetype(m_buffer.size()) >= MaxMarkupBytes) {
            fail(Error::TooLarge);
            return false;
        }
        m_buffer.resize(m_buffer.size() * 2);
    }
    const qint64 read = m_source(m_buffer.data() + m_end, qint64(m_buffer.size()) - m_end);
    if (read < 0) {
        fail(Error::ReadFailed);
        return false;
    }
    if (read == 0) {
        m_atEnd = true;
        return false;
    }
    m_end += qsizetype(read);
    return true;
}

QByteArrayView XlsxXmlScanner::localName(qsizetype begin, qsizetype size) const
{
    const char *name = m_buffer.data() + begin;
    const void *colon = std::memchr(name, ':', size_t(size));
    if (colon) {
        const qsizetype prefix = static_cast<const char *>(colon) - name + 1;
        return QByteArrayView(name + prefix, size - prefix);
    }
    return QByteArrayView(name, size);
}

XlsxXmlScanner::Step XlsxXmlScanner::parseStartTag(qsizetype from)
{
    const char *d = m_buffer.data();
    const qsizetype end = m_end;
    qsizetype p = from + 1;
    const qsizetype nameBegin = p;
    while (p < end && isNameChar(d[p]))
        ++p;
    if (p == end)
        return Step::NeedMore;
    if (p == nameBegin) {
        fail(Error::Malformed,
             QT_TRANSLATE_NOOP("Ditio::XlsxXmlScanner", "a '<' that starts no tag"));
        return Step::Failed;
    }
    const qsizetype nameEnd = p;
    m_attributes.clear();
    bool selfClosing = false;
    for (;;) {
        bool space = false;
        while (p < end && isSpace(d[p])) {
            ++p;
            space = true;
        }
        if (p == end)
            return Step::NeedMore;
        if (d[p] == '>') {
            ++p;
            break;
        }
        if (d[p] == '/') {
            if (p + 1 == end)
                return Step::NeedMore;
            if (d[p + 1] != '>') {
                fail(Error::Malformed,
                     QT_TRANSLATE_NOOP("Ditio::XlsxXmlScanner", "a '/' inside a tag"));
                return Step::Failed;
            }
            p += 2;
            selfClosing = true;
            break;
        }
        const qsizetype attributeBegin = p;
        while (p < end && isNameChar(d[p]))
            ++p;
        if (p == end)
            return Step::NeedMore;
        if (!space || p == attributeBegin) {
            fail(Error::Malformed,
                 QT_TRANSLATE_NOOP("Ditio::XlsxXmlScanner", "a broken attribute"));
            return Step::Failed;
        }
        const qsizetype attributeEnd = p;
        while (p < end && isSpace(d[p]))
            ++p;
        if (p == end)
            return Step::NeedMore;
        if (d[p] != '=') {
            fail(Error::Malformed,
                 QT_TRANSLATE_NOOP("Ditio::XlsxXmlScanner", "an attribute without a value"));
            return Step::Failed;
        }
        ++p;
        while (p < end && isSpace(d[p]))
            ++p;
        if (p == end)
            return Step::NeedMore;
        const char quote = d[p];
        if (quote != '"' && quote != '\'') {
            fail(Error::Malformed,
                 QT_TRANSLATE_NOOP("Ditio::XlsxXmlScanner", "an attribute value without quotes"));
            return Step::Failed;
        }
        const qsizetype valueBegin = p + 1;
        const void *close = std::memchr(d + valueBegin, quote, size_t(end - valueBegin));
        if (!close)
            return Step::NeedMore;
        const qsizetype valueEnd = static_cast<const char *>(close) - d;
        if (std::memchr(d + valueBegin, '<', size_t(valueEnd - valueBegin))) {
            fail(Error::Malformed,
                 QT_TRANSLATE_NOOP("Ditio::XlsxXmlScanner", "a '<' in an attribute value"));
            return Step::Failed;
        }
        const QByteArrayView qualified(d + attributeBegin, attributeEnd - attributeBegin);
        if (qualified != "xmlns" && !qualified.startsWith("xmlns:")) {
            const QByteArrayView local = localName(attributeBegin, qualified.size());
            m_attributes.push_back(
                    {local.data() - d, local.size(), valueBegin, valueEnd - valueBegin});
        }
        p = valueEnd + 1;
    }

    if (m_depth == 0 && m_sawRoot) {
        fail(Error::Malformed, QT_TRANSLATE_NOOP("Ditio::XlsxXmlScanner", "a second root element"));
        return Step::Failed;
    }
    if (m_depth >= MaxDepth) {
        fail(Error::Malformed,
             QT_TRANSLATE_NOOP("Ditio::XlsxXmlScanner", "elements nested too deep"));
        return Step::Failed;
    }
    if (qsizetype(m_stack.size()) <= m_depth)
        m_stack.emplace_back();
    m_stack[size_t(m_depth)].assign(d + nameBegin, size_t(nameEnd - nameBegin));
    ++m_depth;
    m_sawRoot = true;
    m_name = localName(nameBegin, nameEnd - nameBegin);
    m_pendingEnd = selfClosing;
    m_pos = p;
    return Step::Done;
}

XlsxXmlScanner::Step XlsxXmlScanner::parseEndTag(qsizetype from)
{
    const char *d = m_buffer.data();
    const qsizetype end = m_end;
    qsizetype p = from + 2;
    const qsizetype nameBegin = p;
    while (p < end && isNameChar(d[p]))
        ++p;
    const qsizetype nameEnd = p;
    while (p < end && isSpace(d[p]))
        ++p;
    if (p == end)
        return Step::NeedMore;
    if (d[p] != '>' || nameEnd == nameBegin) {
        fail(Error::Malformed, QT_TRANSLATE_NOOP("Ditio::XlsxXmlScanner", "a broken end tag"));
        return Step::Failed;
    }
    if (m_depth == 0) {
        fail(Error::Malformed,
             QT_TRANSLATE_NOOP("Ditio::XlsxXmlScanner", "an end tag without a start tag"));
        return Step::Failed;
    }
    const std::string &open = m_stack[size_t(m_depth - 1)];
    if (qsizetype(open.size()) != nameEnd - nameBegin
        || std::memcmp(open.data(), d + nameBegin, open.size()) != 0) {
        fail(Error::Malformed,
             QT_TRANSLATE_NOOP("Ditio::XlsxXmlScanner",
                               "an end tag that does not match its start tag"));
        return Step::Failed;
    }
    --m_depth;
    m_name = localName(nameBegin, nameEnd - nameBegin);
    m_pos = p + 1;
    return Step::Done;
}

XlsxXmlScanner::Step XlsxXmlScanner::skipUntil(qsizetype from, QByteArrayView terminator,
                                               qsizetype *after)
{
    const QByteArrayView rest(m_buffer.data() + from, m_end - from);
    const qsizetype found = rest.indexOf(terminator);
    if (found < 0)
        return Step::NeedMore;
    *after = from + found + terminator.size();
    return Step::Done;
}

XlsxXmlScanner::Step XlsxXmlScanner::parseProcessingInstruction(qsizetype from)
{
    qsizetype after = 0;
    const Step step = skipUntil(from + 2, "?>", &after);
    if (step != Step::Done)
        return step;
    const QByteArrayView body(m_buffer.data() + from + 2, after - from - 4);
    if (body.startsWith("xml") && (body.size() == 3 || isSpace(body[3]))) {
        if (m_sawRoot || from + m_consumed > 3) {
            fail(Error::Malformed,
                 QT_TRANSLATE_NOOP("Ditio::XlsxXmlScanner",
                                   "an XML declaration that is not at the start"));
            return Step::Failed;
        }
        const qsizetype key = body.indexOf("encoding");
        if (key >= 0) {
            qsizetype p = key + 8;
            while (p < body.size() && (isSpace(body[p]) || body[p] == '='))
                ++p;
            if (p < body.size() && (body[p] == '"' || body[p] == '\'')) {
                const qsizetype close = body.indexOf(body[p], p + 1);
                const QByteArray encoding = close < 0
                        ? QByteArray()
                        : body.sliced(p + 1, close - p - 1).toByteArray().toLower();
                if (encoding != "utf-8" && encoding != "utf8" && encoding != "us-ascii") {
                    fail(Error::Encoding);
                    return Step::Failed;
                }
            }
        }
    }
    m_pos = after;
    return Step::Done;
}

XlsxXmlScanner::Token XlsxXmlScanner::finishText(qsizetype end, bool cdata)
{
    m_text = QByteArrayView(m_buffer.data() + m_pos, end - m_pos);
    m_textIsCData = cdata;
    return Token::Text;
}

XlsxXmlScanner::Token XlsxXmlScanner::next()
{
    if (m_error != Error::None)
        return Token::Invalid;
    if (m_pendingEnd) {
        m_pendingEnd = false;
        --m_depth;
        return Token::EndElement;
    }
    if (!m_started) {
        while (m_end - m_pos < 4 && refill(m_pos)) { }
        if (m_error != Error::None)
            return Token::Invalid;
        const auto *b = reinterpret_cast<const uchar *>(m_buffer.data() + m_pos);
        const qsizetype n = m_end - m_pos;
        if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
            m_pos += 3;
        else if (n >= 2 && ((b[0] == 0xFE && b[1] == 0xFF) || (b[0] == 0xFF && b[1] == 0xFE)))
            return fail(Error::Encoding);
        else if (n >= 2 && (b[0] == 0 || b[1] == 0))
            return fail(Error::Encoding);
        m_started = true;
    }

    for (;;) {
        if (m_pos == m_end) {
            if (!refill(m_pos)) {
                if (m_error != Error::None)
                    return Token::Invalid;
                if (m_depth > 0 || !m_sawRoot)
                    return fail(Error::Truncated);
                return Token::EndDocument;
            }
            continue;
        }
        const char *d = m_buffer.data();
        if (d[m_pos] != '<') {
            // Character data up to the next '<'.
            const qsizetype scanFrom = m_textScanned > m_pos ? m_textScanned : m_pos;
            const void *lt = std::memchr(d + scanFrom, '<', size_t(m_end - scanFrom));
            qsizetype end = lt ? static_cast<const char *>(lt) - d : -1;
            if (end < 0) {
                if (m_atEnd) {
                    end = m_end;
                } else if (m_end - m_pos >= ChunkBytes / 2 && m_depth > 0) {
                    // A long run of text: hand out a piece, never splitting a
                    // UTF-8 sequence, an entity reference or a CR LF.
                    end = m_end;
                    for (qsizetype i = m_end - 1; i >= m_pos && i >= m_end - 4; --i) {
                        const auto byte = uchar(d[i]);
                        if (byte < 0x80)
                            break;
                        if (byte >= 0xC0) {
                            const int length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
                            if (i + length > m_end)
                                end = i;
                            break;
                        }
                    }
                    const QByteArrayView tail(d + m_pos, end - m_pos);
                    const qsizetype amp = tail.lastIndexOf('&');
                    if (amp >= 0 && amp >= tail.size() - 32 && tail.indexOf(';', amp) < 0)
                        end = m_pos + amp;
                    if (end > m_pos && d[end - 1] == '\r')
                        --end;
                } else {
                    m_textScanned = m_end;
                    if (!refill(m_pos) && m_error != Error::None)
                        return Token::Invalid;
                    continue;
                }
            }
            m_textScanned = 0;
            if (m_depth == 0) {
                for (qsizetype i = m_pos; i < end; ++i) {
                    if (!isSpace(d[i])) {
                        return fail(Error::Malformed,
                                    QT_TRANSLATE_NOOP("Ditio::XlsxXmlScanner",
                                                      "text outside the root element"));
                    }
                }
                m_pos = end;
                continue;
            }
            const Token token = finishText(end, false);
            m_pos = end;
            return token;
        }

        if (m_end - m_pos < 9 && !m_atEnd) {
            if (!refill(m_pos) && m_error != Error::None)
                return Token::Invalid;
            continue;
        }
        const QByteArrayView markup(d + m_pos, m_end - m_pos);
        Step step = Step::Done;
        Token token = Token::EndDocument; // EndDocument here: nothing to report, go on
        if (markup.size() < 2) {
            step = Step::NeedMore;
        } else if (markup[1] == '/') {
            step = parseEndTag(m_pos);
            token = Token::EndElement;
        } else if (markup[1] == '?') {
            step = parseProcessingInstruction(m_pos);
        } else if (markup[1] == '!') {
            qsizetype after = 0;
            if (markup.startsWith("<!--")) {
                step = skipUntil(m_pos + 4, "-->", &after);
                if (step == Step::Done)
                    m_pos = after;
            } else if (markup.startsWith("<![CDATA[")) {
                step = skipUntil(m_pos + 9, "]]>", &after);
                if (step == Step::Done) {
                    if (m_depth == 0) {
                        return fail(Error::Malformed,
                                    QT_TRANSLATE_NOOP("Ditio::XlsxXmlScanner",
                                                      "text outside the root element"));
                    }
                    m_text = QByteArrayView(d + m_pos + 9, after - m_pos - 12);
                    m_textIsCData = true;
                    m_pos = after;
                    if (!m_text.isEmpty())
                        return Token::Text;
                }
            } else if (markup.size() < 9 && !m_atEnd) {
                step = Step::NeedMore;
            } else {
                // <!DOCTYPE, <!ENTITY, <!ELEMENT ...: declarations that only a
                // DTD may hold. Refused, whatever they say.
                return fail(Error::Doctype);
            }
        } else {
            step = parseStartTag(m_pos);
            token = Token::StartElement;
        }

        if (step == Step::Failed)
            return Token::Invalid;
        if (step == Step::NeedMore) {
            if (!refill(m_pos)) {
                if (m_error == Error::None)
                    return fail(Error::Truncated);
                return Token::Invalid;
            }
            continue;
        }
        if (token != Token::EndDocument)
            return token;
    }
}

bool XlsxXmlScanner::appendText(QByteArray *utf8)
{
    const char *p = m_text.data();
    const char *end = p + m_text.size();
    if (m_textIsCData) {
        appendNormalized(utf8, p, end);
        return true;
    }
    while (p < end) {
        const char *amp = static_cast<const char *>(std::memchr(p, '&', size_t(end - p)));
        if (!amp) {
            appendNormalized(utf8, p, end);
            return true;
        }
        appendNormalized(utf8, p, amp);
        const char *semicolon = static_cast<const char *>(
                std::memchr(amp, ';', size_t(qMin<qsizetype>(end - amp, 32))));
        const char32_t code =
                semicolon ? entityValue(QByteArrayView(amp + 1, semicolon - amp - 1)) : 0;
        if (!code) {
            fail(Error::Malformed,
                 QT_TRANSLATE_NOOP("Ditio::XlsxXmlScanner",
                                   "an unknown entity or a bad character reference"));
            return false;
        }
        appendUtf8(utf8, code);
        p = semicolon + 1;
    }
    return true;
}

} // namespace Ditio
