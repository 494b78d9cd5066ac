#include "jsonwriter.h"

#include <QIODevice>
#include <QList>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Ditio {

namespace {

// Written to the device in blocks of about this size.
constexpr qsizetype FlushFrom = 256 * 1024;

char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

} // namespace

JsonWriter::JsonWriter(QIODevice *device, Style style)
    : m_device(device), m_indented(style == Style::Indented)
{
    m_buffer.reserve(FlushFrom + 4096);
}

JsonWriter::JsonWriter(Style style, int depth, qsizetype elementsBefore)
    : m_device(nullptr), m_indented(style == Style::Indented), m_elementsBefore(elementsBefore)
{
    // Only the innermost count decides separators; the outer ones are open.
    m_counts.fill(1, std::max(depth, 1));
    m_counts.last() = elementsBefore;
}

QByteArray JsonWriter::takeFragment()
{
    QByteArray bytes = std::move(m_buffer);
    m_buffer = QByteArray();
    return bytes;
}

qsizetype JsonWriter::fragmentElements() const
{
    return m_counts.isEmpty() ? 0 : m_counts.last() - m_elementsBefore;
}

void JsonWriter::appendFragment(const QByteArray &bytes, qsizetype elements)
{
    if (!m_ok)
        return;
    m_buffer += bytes;
    if (!m_counts.isEmpty())
        m_counts.last() += elements;
    maybeFlush();
}

JsonWriter::~JsonWriter()
{
    flush();
}

void JsonWriter::appendEscaped(QByteArray &out, QStringView text)
{
    // As Qt's qjsonwriter.cpp: the short escapes, \u00XX for other controls,
    // UTF-8 for the rest, and \uXXXX for half a surrogate pair. Written
    // through a pointer into room made once (six bytes a unit at most):
    // appending byte by byte was a fifth of a million-row export's time.
    const qsizetype start = out.size();
    out.resize(start + text.size() * 6);
    char *q = out.data() + start;
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    const auto hex4 = [&q](char16_t c) {
        *q++ = '\\';
        *q++ = 'u';
        *q++ = hexDigit(c >> 12 & 0xf);
        *q++ = hexDigit(c >> 8 & 0xf);
        *q++ = hexDigit(c >> 4 & 0xf);
        *q++ = hexDigit(c & 0xf);
    };
    while (p != end) {
        const char16_t c = *p++;
        if (c < 0x80) {
            if (c >= 0x20 && c != u'"' && c != u'\\') {
                *q++ = char(c);
                continue;
            }
            switch (c) {
            case u'"':
                *q++ = '\\';
                *q++ = '"';
                break;
            case u'\\':
                *q++ = '\\';
                *q++ = '\\';
                break;
            case 0x8:
                *q++ = '\\';
                *q++ = 'b';
                break;
            case 0xc:
                *q++ = '\\';
                *q++ = 'f';
                break;
            case 0xa:
                *q++ = '\\';
                *q++ = 'n';
                break;
            case 0xd:
                *q++ = '\\';
                *q++ = 'r';
                break;
            case 0x9:
                *q++ = '\\';
                *q++ = 't';
                break;
            default:
                hex4(c);
            }
            continue;
        }
        uint code = c;
        if (QChar::isHighSurrogate(c) && p != end && QChar::isLowSurrogate(*p)) {
            code = QChar::surrogateToUcs4(c, *p++);
        } else if (QChar::isSurrogate(c)) {
            hex4(c);
            continue;
        }
        if (code < 0x800) {
            *q++ = char(0xC0 | code >> 6);
        } else if (code < 0x10000) {
            *q++ = char(0xE0 | code >> 12);
            *q++ = char(0x80 | (code >> 6 & 0x3F));
        } else {
            *q++ = char(0xF0 | code >> 18);
            *q++ = char(0x80 | (code >> 12 & 0x3F));
            *q++ = char(0x80 | (code >> 6 & 0x3F));
        }
        *q++ = char(0x80 | (code & 0x3F));
    }
    out.resize(q - out.constData());
}

void JsonWriter::writeIndent(int depth)
{
    if (m_indented)
        m_buffer.append(qsizetype(4) * depth, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_counts.isEmpty()) {
        if (m_counts.last()++ > 0)
            m_buffer += m_indented ? ",\n" : ",";
        writeIndent(int(m_counts.size()));
    }
}

void JsonWriter::key(QStringView name)
{
    beforeValue();
    m_buffer += '"';
    appendEscaped(m_buffer, name);
    m_buffer += m_indented ? "\": " : "\":";
    m_afterKey = true;
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_buffer += m_indented ? "{\n" : "{";
    m_counts.append(0);
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_buffer += m_indented ? "[\n" : "[";
    m_counts.append(0);
}

void JsonWriter::endObject()
{
    const qsizetype count = m_counts.takeLast();
    if (count > 0 && m_indented)
        m_buffer += '\n';
    writeIndent(int(m_counts.size()));
    m_buffer += '}';
    if (m_counts.isEmpty() && m_indented)
        m_buffer += '\n'; // as QJsonDocument ends an indented document
    maybeFlush();
}

void JsonWriter::endArray()
{
    const qsizetype count = m_counts.takeLast();
    if (count > 0 && m_indented)
        m_buffer += '\n';
    writeIndent(int(m_counts.size()));
    m_buffer += ']';
    if (m_counts.isEmpty() && m_indented)
        m_buffer += '\n';
    maybeFlush();
}

void JsonWriter::value(QStringView text)
{
    beforeValue();
    m_buffer += '"';
    appendEscaped(m_buffer, text);
    m_buffer += '"';
    maybeFlush();
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_buffer += QByteArray::number(number);
}

void JsonWriter::value(double number)
{
    beforeValue();
    if (std::isfinite(number))
        m_buffer += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    else
        m_buffer += "null";
}

void JsonWriter::value(bool truth)
{
    beforeValue();
    m_buffer += truth ? "true" : "false";
}

void JsonWriter::null()
{
    beforeValue();
    m_buffer += "null";
}

void JsonWriter::maybeFlush()
{
    if (m_buffer.size() >= FlushFrom)
        flush();
}

bool JsonWriter::flush()
{
    if (!m_device)
        return m_ok; // a fragment writer keeps its bytes
    // resize(0), not clear(): the buffer keeps its memory for the next block
    // instead of asking the system for fresh (zeroed) pages every time.
    if (!m_ok || m_buffer.isEmpty()) {
        m_buffer.resize(0);
        return m_ok;
    }
    qsizetype written = 0;
    while (written < m_buffer.size()) {
        const qint64 n = m_device->write(m_buffer.constData() + written, m_buffer.size() - written);
        if (n <= 0) {
            m_ok = false;
            break;
        }
        written += n;
    }
    m_buffer.resize(0);
    return m_ok;
}

} // namespace Ditio
