#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstring>
#include <functional>
#include <string>
#include <vector>

namespace Ditio {

// A fast pull tokenizer for the big XML parts of a workbook (the sheets and the
// shared strings), streaming from any byte source with a small buffer. It does
// what spreadsheet XML needs and checks well-formedness as it goes (matching
// tags, quoted attributes, known entities, nothing after the root) but has no
// DTD support at all: a DOCTYPE or entity declaration is an error, so nothing
// is ever expanded or fetched. QXmlStreamReader reads the same markup at about
// a tenth of the speed, which a 100,000-row sheet cannot afford.
//
// Names are local names (the prefix before ':' is dropped); xmlns attributes
// are skipped. Views stay valid until the next call of next().
class XlsxXmlScanner
{
public:
    // Fills data with up to maxSize bytes: the count, 0 at the end, -1 on error.
    using Source = std::function<qint64(char *data, qint64 maxSize)>;

    enum class Token : quint8 {
        StartElement, // <name ...> or <name .../> (an EndElement follows the latter)
        EndElement,
        Text, // character data or CDATA; long runs come in several pieces
        EndDocument,
        Invalid, // see error()
    };
    enum class Error : quint8 {
        None,
        Malformed,
        Truncated, // the bytes end inside the document
        Doctype, // DOCTYPE or entity declaration: refused
        Encoding, // not UTF-8
        TooLarge, // one tag, comment or CDATA section over maxMarkupBytes
        ReadFailed, // the source said -1
    };

    static constexpr qsizetype ChunkBytes = 256 * 1024;
    static constexpr qsizetype MaxMarkupBytes = 4 * 1024 * 1024;
    static constexpr int MaxDepth = 256;

    explicit XlsxXmlScanner(Source source);

    Token next();

    QByteArrayView name() const { return m_name; }
    template<qsizetype N> bool isName(const char (&name)[N]) const
    {
        // Inlined: called for every element of a million-cell sheet.
        return m_name.size() == N - 1 && std::memcmp(m_name.data(), name, N - 1) == 0;
    }
    // The raw value of an attribute of the current start element (entities not
    // decoded; spreadsheet attributes never need it); a null view when absent.
    template<qsizetype N> QByteArrayView attribute(const char (&localName)[N]) const
    {
        const char *data = m_buffer.data();
        for (const Attribute &attribute : m_attributes) {
            if (attribute.nameSize == N - 1
                && std::memcmp(data + attribute.nameBegin, localName, N - 1) == 0)
                return QByteArrayView(data + attribute.valueBegin, attribute.valueSize);
        }
        return QByteArrayView();
    }
    // Text token: appends the text as UTF-8 with entities and line ends decoded.
    // False on an unknown entity (the scanner then reports Malformed).
    bool appendText(QByteArray *utf8);
    QByteArrayView rawText() const { return m_text; }

    Error error() const { return m_error; }
    // A short description of a Malformed error, in English: translate it with
    // QCoreApplication::translate("Ditio::XlsxXmlScanner", detail).
    const char *errorDetail() const { return m_errorDetail; }
    // Bytes consumed so far (the offset of the error after Invalid).
    qint64 offset() const { return m_consumed + m_pos; }

private:
    enum class Step : quint8 { Done, NeedMore, Failed };
    struct Attribute
    {
        qsizetype nameBegin;
        qsizetype nameSize;
        qsizetype valueBegin;
        qsizetype valueSize;
    };

    Token fail(Error error, const char *detail = nullptr);
    bool refill(qsizetype keepFrom);
    Step parseStartTag(qsizetype from);
    Step parseEndTag(qsizetype from);
    Step skipUntil(qsizetype from, QByteArrayView terminator, qsizetype *after);
    Step parseProcessingInstruction(qsizetype from);
    Token finishText(qsizetype end, bool cdata);
    QByteArrayView localName(qsizetype begin, qsizetype size) const;

    Source m_source;
    std::vector<char> m_buffer;
    qsizetype m_pos = 0; // next unread byte
    qsizetype m_end = 0; // end of the valid bytes
    qint64 m_consumed = 0; // bytes dropped from the front of the buffer so far
    bool m_atEnd = false; // the source is exhausted
    bool m_started = false; // BOM and declaration handled
    bool m_sawRoot = false;
    bool m_pendingEnd = false; // after <x/>
    bool m_textIsCData = false;
    qsizetype m_textScanned = 0; // text scan resumes here after a refill
    Error m_error = Error::None;
    const char *m_errorDetail = "";

    QByteArrayView m_name;
    QByteArrayView m_text;
    std::vector<Attribute> m_attributes;
    std::vector<std::string> m_stack; // qualified names of the open elements
    int m_depth = 0;
};

} // namespace Ditio
