#include "csvparser.h"

#include <QtAlgorithms>

#include <cstring>
#if defined(__SSE2__)
#    include <emmintrin.h>
#endif

namespace Ditio {

qsizetype CsvParser::feed(char16_t *data, qsizetype &size, qsizetype base, bool final)
{
    const char16_t delimiter = m_delimiter;
    char16_t *const end = data + size;
    char16_t *p = data;
    // A quote that opened a field and never closed: read again as text.
    const auto isLiteralQuote = [&](const char16_t *at) {
        return m_literalQuote >= 0 && base + (at - data) == m_literalQuote;
    };
#if defined(__SSE2__)
    const __m128i delimiters = _mm_set1_epi16(short(delimiter));
    const __m128i lineFeeds = _mm_set1_epi16(u'\n');
    const __m128i carriageReturns = _mm_set1_epi16(u'\r');
#endif

    while (p < end && !m_cancelled && !m_refused) {
        char16_t *const recordStart = p;
        const qsizetype badAtStart = m_nextBad;
        int column = 0;
        m_fields.clear();
        m_pending.clear();
        bool restart = false;
        bool recordEnded = false;
        // The record goes on in the next chunk: read it again from its start.
        // A record that long is no row of a table: the file is refused.
        // Named with the column in which the row grew past the limit.
        const auto refuseLongRow = [&] {
            addProblem(row, column,
                       CsvReader::tr("the row is longer than %1 characters; the file is not "
                                     "a table of certificates")
                               .arg(CsvReader::MaxRecordLength),
                       Kind::RowTooLong);
            m_refused = true;
            return recordStart - data;
        };
        const auto needMore = [&] {
            m_nextBad = badAtStart;
            if (end - recordStart > CsvReader::MaxRecordLength)
                return refuseLongRow();
            return recordStart - data;
        };

        while (!recordEnded) {
            if (++column > CsvReader::MaxColumns) {
                // Found early, with the row named: a line of a 200 MB file of
                // short fields is refused, not read into memory whole.
                addProblem(row, column,
                           CsvReader::tr("the row has more than %1 columns, more than a "
                                         "spreadsheet can have; the file is not a table of "
                                         "certificates")
                                   .arg(CsvReader::MaxColumns),
                           Kind::TooManyColumns);
                m_refused = true;
                return recordStart - data;
            }
            // Problems name the record's row: the one the table shows.
            const int fieldRow = row;
            char16_t *const rawBegin = p;
            QStringView field;
            if (p < end && *p == u'"' && !isLiteralQuote(p)) {
                // Find the closing quote first, so an unclosed quote leaves the
                // buffer untouched for the second reading.
                char16_t *q = p + 1;
                bool doubled = false;
                bool closed = false;
                while (q < end) {
                    // Straight to the next quote (Qt's search is vectorised):
                    // line breaks inside are part of the cell.
                    const qsizetype at = QStringView(q, end - q).indexOf(u'"');
                    if (at < 0) {
                        q = end;
                        break;
                    }
                    q += at;
                    if (q + 1 < end && q[1] == u'"') {
                        doubled = true;
                        q += 2;
                        continue;
                    }
                    if (q + 1 == end && !final)
                        return needMore(); // "" may straddle chunks
                    closed = true;
                    break;
                }
                // Open for longer than any cell can be: an unclosed quote
                // (which would make the rest of the file one field), read as
                // text now instead of at the end of the file.
                const bool runaway = !closed && q - p > CsvReader::MaxQuotedFieldLength;
                if (!closed && !final && !runaway)
                    return needMore();
                if (!closed) {
                    // All quotes after it come in pairs (else one would have
                    // closed it), so reading it as text can only happen once.
                    addProblem(fieldRow, column,
                               runaway ? CsvReader::tr("a quoted field runs on for more than %1 "
                                                       "characters without closing; its quote "
                                                       "was read as an ordinary character")
                                                 .arg(CsvReader::MaxQuotedFieldLength)
                                       : CsvReader::tr("a quoted field is never closed; its "
                                                       "quote was read as an ordinary character"),
                               Kind::UnclosedQuote);
                    m_literalQuote = base + (p - data);
                    p = recordStart;
                    m_nextBad = badAtStart;
                    restart = true;
                    break;
                }
                // Text after the closing quote belongs to the field, as
                // spreadsheets read it: "ab"cd is abcd.
                char16_t *tail = q + 1;
                char16_t *tailEnd = tail;
                while (tailEnd < end && *tailEnd != delimiter && *tailEnd != u'\n'
                       && *tailEnd != u'\r')
                    ++tailEnd;
                if (tailEnd == end && !final)
                    return needMore();
                if (!doubled && tail == tailEnd) {
                    field = QStringView(p + 1, q - p - 1);
                } else {
                    char16_t *w = p;
                    for (const char16_t *r = p + 1; r < q; ++r) {
                        *w++ = *r;
                        if (*r == u'"')
                            ++r; // the second of a doubled pair
                    }
                    std::memmove(w, tail, (tailEnd - tail) * sizeof(char16_t));
                    w += tailEnd - tail;
                    field = QStringView(p, w - p);
                }
                p = tailEnd;
            } else {
                char16_t *t = p;
                if (t < end && *t == u'"')
                    ++t; // the unclosed quote, now text
#if defined(__SSE2__)
                // Eight characters at a time to the next delimiter or line end.
                while (t + 8 <= end) {
                    const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(t));
                    const __m128i hit =
                            _mm_or_si128(_mm_cmpeq_epi16(chunk, delimiters),
                                         _mm_or_si128(_mm_cmpeq_epi16(chunk, lineFeeds),
                                                      _mm_cmpeq_epi16(chunk, carriageReturns)));
                    const uint mask = uint(_mm_movemask_epi8(hit));
                    if (mask) {
                        t += qCountTrailingZeroBits(mask) / 2;
                        break;
                    }
                    t += 8;
                }
#endif
                while (t < end) {
                    const char16_t c = *t;
                    if (c == delimiter || c == u'\n' || c == u'\r')
                        break;
                    ++t;
                }
                if (t == end && !final && t - p > CsvReader::MaxKeptFieldLength) {
                    // Cut while reading: the field keeps its first characters
                    // (flagged as too long when the record ends), the rest of
                    // this chunk is dropped and never stored.
                    char16_t *const cut = p + CsvReader::MaxKeptFieldLength;
                    const qsizetype cutAt = base + (cut - data);
                    if (badBytes) {
                        while (!badBytes->isEmpty() && badBytes->last().offset >= cutAt)
                            badBytes->removeLast();
                    }
                    if (dropped)
                        *dropped += end - cut;
                    size = cut - data;
                    return needMore();
                }
                field = QStringView(p, t - p);
                p = t;
            }

            // Bytes that could not be decoded: named with their row and column.
            const qsizetype rawEnd = base + (p - data);
            while (badBytes && m_nextBad < badBytes->size()
                   && badBytes->at(m_nextBad).offset < rawEnd) {
                const TextDecoder::BadByte &bad = badBytes->at(m_nextBad);
                if (bad.offset >= base + (rawBegin - data))
                    m_pending.append({fieldRow, column,
                                      TextDecoder::badByteMessage(bad.byte, encoding),
                                      Kind::UndecodableByte});
                ++m_nextBad;
            }
            if (field.size() > CsvReader::MaxFieldLength) {
                m_pending.append(
                        {fieldRow, column,
                         field.size() >= CsvReader::MaxKeptFieldLength
                                 ? CsvReader::tr("the field has more than %1 characters; a "
                                                 "spreadsheet cell holds at most %2")
                                           .arg(CsvReader::MaxKeptFieldLength)
                                           .arg(CsvReader::MaxFieldLength)
                                 : CsvReader::tr("the field has %1 characters; a spreadsheet "
                                                 "cell holds at most %2")
                                           .arg(field.size())
                                           .arg(CsvReader::MaxFieldLength),
                         Kind::FieldTooLong});
            }
            m_fields.append(field);
            // Also when the whole row came in one (large) chunk.
            if (p - recordStart > CsvReader::MaxRecordLength) {
                m_nextBad = badAtStart;
                return refuseLongRow();
            }

            if (p == end) {
                if (!final)
                    return needMore();
                recordEnded = true;
            } else if (*p == delimiter) {
                ++p;
            } else if (*p == u'\n') {
                ++p;
                recordEnded = true;
            } else { // '\r'
                if (p + 1 == end && !final)
                    return needMore(); // CR LF may straddle chunks
                p += (p + 1 < end && p[1] == u'\n') ? 2 : 1;
                recordEnded = true;
            }
        }
        if (restart)
            continue;

        // One row per record, as a spreadsheet shows it: line breaks inside
        // a quoted cell do not start rows.
        const int recordRow = row++;
        m_literalQuote = -1;
        for (const Pending &problem : std::as_const(m_pending))
            addProblem(problem.row, problem.column, problem.message, problem.kind);
        if (m_skipBlankLines && m_fields.size() == 1 && m_fields.first().isEmpty())
            continue;
        ++m_summary.records;
        if (!m_onRecord(CsvReader::RecordView {recordRow, m_fields, QChar(m_delimiter)}))
            m_cancelled = true;
    }
    return p - data;
}

} // namespace Ditio
