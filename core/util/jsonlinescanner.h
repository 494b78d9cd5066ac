#pragma once

#include <QByteArrayView>
#include <QJsonParseError>
#include <QString>
#include <QStringDecoder>

namespace Ditio {

// Reads one line of JSON of a known shape, value by value: arrays of strings
// and integers (and arrays in them), as the work file's rows and the recovery
// journal's records are written. The reading side of JsonWriter::appendEscaped:
// every escape QJsonDocument writes or reads (\uXXXX, surrogate pairs, a lone
// surrogate kept as it is), UTF-8 checked as QJsonDocument checks it, a raw
// control character refused. Strings are decoded into the caller's QString,
// which keeps its buffer from one value to the next: a million rows do not
// cost a million temporary strings. No numbers but integers, no objects: a
// header or trailer line is read with QJsonDocument.
//
// On the first error every call returns false; error() says what, in
// QJsonParseError's terms (so messages read as QJsonDocument's), and
// errorOffset() where, in bytes from the start of the line.
class JsonLineScanner
{
public:
    enum class Next { String, Integer, Array, ArrayEnd, Other, End };

    explicit JsonLineScanner(QByteArrayView line);

    // What comes next, after any whitespace.
    Next peek();
    // Consumes `c` after any whitespace.
    bool expect(char c);
    // After a value inside an array: true when a "," (consumed) says another
    // value follows, false at the "]" (consumed) or on an error (hasError()).
    bool nextInArray();
    bool readString(QString *out);
    bool readInteger(qint64 *out);
    // Nothing but whitespace is left (else GarbageAtEnd).
    bool atEnd();

    bool hasError() const { return m_error != QJsonParseError::NoError; }
    QJsonParseError::ParseError error() const { return m_error; }
    qsizetype errorOffset() const { return m_errorOffset; }
    // QJsonDocument's words for error(): "illegal value", "unterminated string", ...
    QString errorString() const;

private:
    bool fail(QJsonParseError::ParseError error, const char *at);
    void skipWhitespace();

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    QStringDecoder m_decoder;
    QJsonParseError::ParseError m_error = QJsonParseError::NoError;
    qsizetype m_errorOffset = 0;
};

} // namespace Ditio
