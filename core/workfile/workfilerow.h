#pragma once

#include "import/stringpool.h"
#include "model/certificaterow.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <array>

namespace Ditio {

// One row of a version-2 work file, one line of JSON (the recovery journal
// writes inserted rows the same way):
//
//   ["1042","Byggekort","BK-1","15.01.2026","15.01.2028","Kurs",14,["","","","45809","",""],4,
//    "uploaded","2026-11-27T14:03:07.250Z",""]
//
// The six field texts as typed (Field's order), the source row (0: typed in
// the app), then what only some rows have, each written only when it or one
// after it is not its default, so most rows end after the source row:
//   sources   the file's own texts, six strings (default 0: none)
//   formulas  bit i: field i came from a formula (default 0)
//   state     the upload state's key (default "not-sent")
//   at        the upload time, ISO 8601 UTC with milliseconds (default "")
//   message   Ditio's words for the row (default "")
//   to        the environment of the result, DitioEnvironment::key() (default "":
//             not known; format version 3, absent from version 2 files)
// Parsed dates are not written: on load the text is the truth and they are
// derived again.
//
// Reading keeps no message: problem() says what was wrong, for the caller's
// words. Repeated texts share one string per column (StringPool), as an import
// shares them.
class WorkFileRow
{
public:
    enum Column {
        SourceRowColumn = FieldCount,
        SourcesColumn,
        FormulasColumn,
        StateColumn,
        AtColumn,
        MessageColumn,
        ToColumn,
        ColumnCount
    };
    // "employeeNumber", ..., "notes", "sourceRow", "sources", "formulas",
    // "uploadState", "uploadedAt", "uploadMessage", "uploadedTo": the header's
    // column list, its first `count` columns (a version 2 file has no "uploadedTo").
    static QStringList columnNames(int count = ColumnCount);
    // The columns of a version 2 file, which ends before the environment.
    static constexpr int Version2ColumnCount = ToColumn;

    // A cell's limit, as the CSV and workbook readers apply it.
    static constexpr qsizetype MaxValueLength = 32767;

    // Appends the row's line, without its "\n".
    static void append(QByteArray &out, const CertificateRow &row);

    struct Problem
    {
        enum Kind {
            None,
            Syntax, // not JSON: scanner's error at offset
            NotText, // column's value is not a string
            SourceNotText, // a file's own text (field) is not a string
            NotNumber, // column's value is not an integer
            NotList, // sources is neither a list nor 0
            OutOfRange, // column's value is one the format does not have
            UnknownState, // text: the key
            TooFewValues,
            TooManyValues,
        };
        Kind kind = None;
        int column = 0; // a Column, or a field's index
        qsizetype offset = 0; // Syntax: bytes into the line
        QString text; // Syntax: the scanner's words; UnknownState: the key
    };

    // Parses one row line into *row. False with problem() on anything this
    // format does not write. A text longer than MaxValueLength is cut to it:
    // cutLength(field) says how long the longest of its texts was, 0 when none
    // was cut. A row read as Sending comes back Unconfirmed: it was in flight
    // when the app stopped, its outcome unknown, safe to resend.
    bool read(QByteArrayView line, CertificateRow *row);
    // Sending read back as Sending, not Unconfirmed: for a journal replayed
    // onto its snapshot, where what follows may depend on it (its caller
    // turns Sending into Unconfirmed once everything is replayed).
    void setKeepSending(bool keep) { m_keepSending = keep; }
    // The columns a row may have (a version 2 file's rows have fewer): a
    // value beyond them is TooManyValues.
    void setColumnCount(int count) { m_columnCount = count; }
    const Problem &problem() const { return m_problem; }
    qsizetype cutLength(Field field) const { return m_cut[size_t(fieldIndex(field))]; }

private:
    bool readText(class JsonLineScanner &scanner, StringPool &pool, QString *text, Field field);
    bool fail(Problem::Kind kind, int column, const QString &text = {});

    std::array<StringPool, FieldCount> m_texts;
    std::array<StringPool, FieldCount> m_sources;
    QString m_scratch;
    Problem m_problem;
    std::array<qsizetype, FieldCount> m_cut {};
    bool m_keepSending = false;
    int m_columnCount = ColumnCount;
};

} // namespace Ditio
