#include "jsonwriter.h"

#include <QIODevice>
#include <QList>
#include <QLocale>

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

JsonWriter::~JsonWriter()
{
    flush();
}

void JsonWriter::appendEscaped(QByteArray &out, QStringView text)
{
    // As Qt's qjsonwriter.cpp: the short escapes, \u00XX for other controls,
    // UTF-8 for the rest, and \uXXXX for half a surrogate pair.
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p != end) {
        const char16_t c = *p++;
        if (c < 0x80) {
            if (c >= 0x20 && c != u'"' && c != u'\\') {
                out += char(c);
                continue;
            }
            out += '\\';
            switch (c) {
            case u'"':
                out += '"';
                break;
            case u'\\':
                out += '\\';
                break;
            case 0x8:
                out += 'b';
                break;
            case 0xc:
                out += 'f';
                break;
            case 0xa:
                out += 'n';
                break;
            case 0xd:
                out += 'r';
                break;
            case 0x9:
                out += 't';
                break;
            default:
                out += "u00";
                out += hexDigit(c >> 4);
                out += hexDigit(c & 0xf);
            }
            continue;
        }
        uint code = c;
        if (QChar::isHighSurrogate(c) && p != end && QChar::isLowSurrogate(*p)) {
            code = QChar::surrogateToUcs4(c, *p++);
        } else if (QChar::isSurrogate(c)) {
            out += "\\u";
            out += hexDigit(c >> 12 & 0xf);
            out += hexDigit(c >> 8 & 0xf);
            out += hexDigit(c >> 4 & 0xf);
            out += hexDigit(c & 0xf);
            continue;
        }
        if (code < 0x800) {
            out += char(0xC0 | code >> 6);
        } else if (code < 0x10000) {
            out += char(0xE0 | code >> 12);
            out += char(0x80 | (code >> 6 & 0x3F));
        } else {
            out += char(0xF0 | code >> 18);
            out += char(0x80 | (code >> 12 & 0x3F));
            out += char(0x80 | (code >> 6 & 0x3F));
        }
        out += char(0x80 | (code & 0x3F));
    }
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
    if (!m_ok || m_buffer.isEmpty()) {
        m_buffer.clear();
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
    m_buffer.clear();
    return m_ok;
}

} // namespace Ditio
