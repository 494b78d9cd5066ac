#pragma once

#include "csvreader.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Ditio {

// The scanner behind every entry point of CsvReader (internal to it). It works
// on a mutable buffer of decoded text: fields are views into it, and a quoted
// field with doubled quotes is unescaped in place (it only gets shorter), so no
// field is built a character at a time. feed() consumes whole records and
// leaves an incomplete last one for the next chunk.
class CsvParser
{
    using Kind = CsvReader::Problem::Kind;

public:
    CsvParser(char16_t delimiter, bool skipBlankLines, const CsvReader::RecordHandler &onRecord,
              CsvReader::Summary &summary)
        : m_delimiter(delimiter),
          m_skipBlankLines(skipBlankLines),
          m_onRecord(onRecord),
          m_summary(summary)
    {
        m_fields.reserve(16);
    }

    // Undecodable bytes, as offsets into the decoded text (without the
    // characters dropped from over-long fields), ascending; the list grows
    // as chunks are decoded.
    QList<TextDecoder::BadByte> *badBytes = nullptr;
    // Characters dropped from over-long fields so far (see feed()); the
    // decoder counts its offsets without them.
    qsizetype *dropped = nullptr;
    TextDecoder::Encoding encoding = TextDecoder::Encoding::Utf8;
    int row = 1; // of the next record

    // data[0, size) is the text from global offset base on; final: nothing
    // follows. Returns how many characters were consumed (whole records).
    // May shorten size: the end of an over-long field still being read is
    // dropped there, so a field of hundreds of megabytes costs a megabyte.
    qsizetype feed(char16_t *data, qsizetype &size, qsizetype base, bool final);
    bool cancelled() const { return m_cancelled; }
    // A row broke a limit (columns, length): the file is refused.
    bool refused() const { return m_refused; }

private:
    void addProblem(int row, int column, const QString &message, Kind kind)
    {
        ++m_summary.problemCount;
        if (m_summary.problems.size() < CsvReader::MaxProblems)
            m_summary.problems.append({row, column, message, kind});
    }

    const char16_t m_delimiter;
    const bool m_skipBlankLines;
    const CsvReader::RecordHandler &m_onRecord;
    CsvReader::Summary &m_summary;
    QList<QStringView> m_fields;
    struct Pending
    {
        int row;
        int column;
        QString message;
        Kind kind;
    };
    QList<Pending> m_pending; // problems of the record being read
    qsizetype m_nextBad = 0;
    bool m_cancelled = false;
    bool m_refused = false;
    // A quote read as an ordinary character (unclosed, or open too long),
    // by its global offset: the record may be read again in the next chunk.
    qsizetype m_literalQuote = -1;
};

} // namespace Ditio
