#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace Ditio {

// Counts the records in the bytes of an 8-bit CSV file (UTF-8, Windows-1252)
// as CsvParser reads them, without decoding: a line break (LF, CR LF or a
// lone CR) ends a record unless it is inside a quoted field; a quote opens a
// field only at the field's start (elsewhere it is a letter, as in 5" pipe);
// inside, a doubled quote is one quote and a single one closes the field.
// Fed block by block; the state carries over, so a CR LF or a doubled quote
// may straddle two blocks.
//
// This is what lets the second half of a large file know its first row
// without parsing the first half: spreadsheets number records, not lines.
class CsvRecordCounter
{
public:
    // A null delimiter counts ';', ',' and tab as delimiters (for a guess
    // made before the delimiter is known).
    explicit CsvRecordCounter(char delimiter = 0);

    void add(QByteArrayView bytes);
    // Record ends seen so far.
    qint64 recordEnds() const { return m_recordEnds; }
    // Inside a quoted field (the record goes on past what was added).
    bool insideQuotes() const { return m_state != State::Outside; }

    // Where, in bytes added from here on, the current record ends: the
    // offset just after its line break, or -1 when it goes on past them.
    qsizetype recordEndIn(QByteArrayView bytes);

    // Things that are legal but rare in a real export, seen so far: a quote
    // inside an unquoted field, text after a closing quote.
    qint64 oddities() const { return m_oddities; }

    // A guess, from the bytes after a line start alone, whether that line
    // start is inside a quoted field. The bytes are read twice, once from
    // outside a field and once from inside one; the reading with fewer
    // oddities wins (a field still open at the end counts as one: no cell is
    // that long), outside on a tie. Used to cut a large file in two where a
    // record starts; reading the first half confirms the cut.
    static bool probablyInsideQuotes(QByteArrayView bytesAfterLineStart);

private:
    enum class State : quint8 {
        Outside,
        Inside,
        InsideAfterQuote, // a quote inside: closes, unless another follows
    };
    // A delimiter or line break: what comes before a field and after one.
    bool isSeparator(uchar byte) const;
    // Reads bytes[from, to); stops after the first record end when asked.
    qsizetype scan(const uchar *data, qsizetype size, bool stopAtRecordEnd);

    char m_delimiter;
    State m_state = State::Outside;
    uchar m_previous = '\n'; // the last byte outside quotes; a line start at first
    qint64 m_recordEnds = 0;
    qint64 m_oddities = 0;
};

} // namespace Ditio
