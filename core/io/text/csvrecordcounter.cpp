#include "csvrecordcounter.h"

#include <QtAlgorithms>

#include <cstring>

#if defined(__SSE2__)
#    include <emmintrin.h>
#endif

namespace Ditio {

CsvRecordCounter::CsvRecordCounter(char delimiter) : m_delimiter(delimiter) { }

bool CsvRecordCounter::isSeparator(uchar byte) const
{
    if (byte == '\n' || byte == '\r')
        return true;
    if (m_delimiter)
        return byte == uchar(m_delimiter);
    return byte == ';' || byte == ',' || byte == '\t';
}

void CsvRecordCounter::add(QByteArrayView bytes)
{
    scan(reinterpret_cast<const uchar *>(bytes.data()), bytes.size(), false);
}

qsizetype CsvRecordCounter::recordEndIn(QByteArrayView bytes)
{
    return scan(reinterpret_cast<const uchar *>(bytes.data()), bytes.size(), true);
}

qsizetype CsvRecordCounter::scan(const uchar *data, qsizetype size, bool stopAtRecordEnd)
{
    qsizetype i = 0;
    while (i < size) {
        switch (m_state) {
        case State::Inside: {
            // Line breaks inside do not count: straight to the next quote.
            const void *quote = std::memchr(data + i, '"', size_t(size - i));
            if (!quote)
                return -1;
            i = static_cast<const uchar *>(quote) - data + 1;
            m_state = State::InsideAfterQuote;
            break;
        }
        case State::InsideAfterQuote:
            if (data[i] == '"') { // doubled: one quote, still inside
                ++i;
                m_state = State::Inside;
            } else {
                // Closed. Text straight after it belongs to the field ("ab"cd
                // is abcd), but real exports rarely write that.
                if (!isSeparator(data[i]))
                    ++m_oddities;
                m_state = State::Outside;
                m_previous = '"';
            }
            break;
        case State::Outside: {
#if defined(__SSE2__)
            if (!stopAtRecordEnd) {
                // Sixteen bytes at a time up to the first quote: line feeds
                // count unless a CR came just before (that CR counted).
                const __m128i quotes = _mm_set1_epi8('"');
                const __m128i lineFeeds = _mm_set1_epi8('\n');
                const __m128i carriageReturns = _mm_set1_epi8('\r');
                while (i + 16 <= size) {
                    const __m128i chunk =
                            _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
                    const uint q = uint(_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, quotes)));
                    const uint lf = uint(_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, lineFeeds)));
                    const uint cr = uint(_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, carriageReturns)));
                    const int before = q ? qCountTrailingZeroBits(q) : 16;
                    const uint keep = before == 16 ? 0xffffu : (1u << before) - 1;
                    const uint crJustBefore = ((cr << 1) | (m_previous == '\r' ? 1u : 0u));
                    m_recordEnds += qPopulationCount(cr & keep)
                            + qPopulationCount(lf & ~crJustBefore & keep);
                    if (before > 0)
                        m_previous = data[i + before - 1];
                    i += before;
                    if (before < 16)
                        break; // the quote is read below
                }
            }
#endif
            if (i >= size)
                break;
            const uchar c = data[i++];
            if (c == '"') {
                if (isSeparator(m_previous)) {
                    m_state = State::Inside;
                    break;
                }
                ++m_oddities; // a quote in an unquoted field: a letter (5" pipe)
            }
            const bool recordEnd = c == '\r' || (c == '\n' && m_previous != '\r');
            m_previous = c;
            if (recordEnd) {
                ++m_recordEnds;
                if (stopAtRecordEnd) {
                    // A CR LF ends where its LF does.
                    if (c == '\r' && i < size && data[i] == '\n') {
                        m_previous = '\n';
                        ++i;
                    }
                    return i;
                }
            }
            break;
        }
        }
    }
    return -1;
}

bool CsvRecordCounter::probablyInsideQuotes(QByteArrayView bytesAfterLineStart)
{
    CsvRecordCounter fromOutside;
    CsvRecordCounter fromInside;
    fromInside.add("\""); // a field that opened on an earlier line
    fromOutside.add(bytesAfterLineStart);
    fromInside.add(bytesAfterLineStart);
    const qint64 outside = fromOutside.oddities() + (fromOutside.insideQuotes() ? 1 : 0);
    const qint64 inside = fromInside.oddities() + (fromInside.insideQuotes() ? 1 : 0);
    return inside < outside;
}

} // namespace Ditio
