#include "workfilerow.h"

#include "util/jsonlinescanner.h"
#include "util/jsonwriter.h"

#include <limits>

namespace Ditio {

namespace {

void appendString(QByteArray &out, QStringView text)
{
    out += '"';
    JsonWriter::appendEscaped(out, text);
    out += '"';
}

quint8 formulaMask(const CertificateRow &row)
{
    quint8 mask = 0;
    for (Field field : allFields()) {
        if (row.isFromFormula(field))
            mask |= quint8(1u << fieldIndex(field));
    }
    return mask;
}

bool hasSourceTexts(const CertificateRow &row)
{
    if (!row.hasSourceTexts())
        return false;
    for (Field field : allFields()) {
        if (!row.sourceText(field).isEmpty())
            return true;
    }
    return false;
}

} // namespace

QStringList WorkFileRow::columnNames(int count)
{
    QStringList names;
    for (Field field : allFields())
        names.append(fieldApiName(field));
    names << QStringLiteral("sourceRow") << QStringLiteral("sources") << QStringLiteral("formulas")
          << QStringLiteral("uploadState") << QStringLiteral("uploadedAt")
          << QStringLiteral("uploadMessage") << QStringLiteral("uploadedTo");
    return names.mid(0, count);
}

void WorkFileRow::append(QByteArray &out, const CertificateRow &row)
{
    out += '[';
    for (Field field : allFields()) {
        appendString(out, row.text(field));
        out += ',';
    }
    out += QByteArray::number(row.sourceRow);

    // The optional tail, up to its last value that is not a default.
    const bool sources = hasSourceTexts(row);
    const quint8 formulas = formulaMask(row);
    const bool at = row.uploadedAt.isValid();
    const int last = row.uploadedTo != 0              ? ToColumn
            : !row.uploadMessage.isEmpty()            ? MessageColumn
            : at                                      ? AtColumn
            : row.uploadState != UploadState::NotSent ? StateColumn
            : formulas != 0                           ? FormulasColumn
            : sources                                 ? SourcesColumn
                                                      : SourceRowColumn;
    if (last >= SourcesColumn) {
        if (sources) {
            out += ",[";
            for (Field field : allFields()) {
                if (field != Field::EmployeeNumber)
                    out += ',';
                appendString(out, row.sourceText(field));
            }
            out += ']';
        } else {
            out += ",0";
        }
    }
    if (last >= FormulasColumn) {
        out += ',';
        out += QByteArray::number(formulas);
    }
    if (last >= StateColumn) {
        out += ',';
        appendString(out, uploadStateKey(row.uploadState));
    }
    if (last >= AtColumn) {
        out += ',';
        appendString(out, at ? row.uploadedAt.toUTC().toString(Qt::ISODateWithMs) : QString());
    }
    if (last >= MessageColumn) {
        out += ',';
        appendString(out, row.uploadMessage);
    }
    if (last >= ToColumn) {
        out += ',';
        appendString(out, DitioEnvironment::key(*row.uploadedToKind()));
    }
    out += ']';
}

bool WorkFileRow::fail(Problem::Kind kind, int column, const QString &text)
{
    m_problem.kind = kind;
    m_problem.column = column;
    m_problem.text = text;
    return false;
}

bool WorkFileRow::readText(JsonLineScanner &scanner, StringPool &pool, QString *text, Field field)
{
    if (!scanner.readString(&m_scratch))
        return false;
    if (m_scratch.size() > MaxValueLength) {
        qsizetype &cut = m_cut[size_t(fieldIndex(field))];
        cut = std::max(cut, m_scratch.size());
        m_scratch.truncate(MaxValueLength);
    }
    // A copy the size of the text (or the column's shared one), never the
    // scratch buffer, which keeps the room of the longest value read.
    *text = m_scratch.isEmpty() ? QString() : pool.intern(m_scratch);
    return true;
}

bool WorkFileRow::read(QByteArrayView line, CertificateRow *row)
{
    m_problem = Problem();
    m_cut.fill(0);
    *row = CertificateRow();
    JsonLineScanner scanner(line);
    const auto syntax = [&] {
        m_problem.kind = Problem::Syntax;
        m_problem.offset = scanner.errorOffset();
        m_problem.text = scanner.errorString();
        return false;
    };
    // Before each value but the first: a "," (false: the row ended there).
    int column = 0;
    const auto another = [&] {
        if (column == 0)
            return true;
        return scanner.nextInArray();
    };
    if (scanner.peek() != JsonLineScanner::Next::Array)
        return scanner.hasError() ? syntax() : fail(Problem::Syntax, 0);
    scanner.expect('[');

    QString text;
    for (Field field : allFields()) {
        if (!another())
            return scanner.hasError() ? syntax() : fail(Problem::TooFewValues, column);
        if (scanner.peek() != JsonLineScanner::Next::String)
            return scanner.hasError() ? syntax() : fail(Problem::NotText, column);
        if (!readText(scanner, m_texts[size_t(fieldIndex(field))], &text, field))
            return syntax();
        row->setText(field, text);
        ++column;
    }

    qint64 number = 0;
    if (!another())
        return scanner.hasError() ? syntax() : fail(Problem::TooFewValues, column);
    if (scanner.peek() != JsonLineScanner::Next::Integer)
        return scanner.hasError() ? syntax() : fail(Problem::NotNumber, column);
    if (!scanner.readInteger(&number))
        return syntax();
    if (number < 0 || number > std::numeric_limits<int>::max())
        return fail(Problem::OutOfRange, column);
    row->sourceRow = int(number);
    ++column;

    // The optional tail: each value read, or the row ends before it.
    bool ended = !scanner.nextInArray();
    if (scanner.hasError())
        return syntax();
    if (!ended) {
        // sources: 0, or the six texts.
        const JsonLineScanner::Next next = scanner.peek();
        if (next == JsonLineScanner::Next::Integer) {
            if (!scanner.readInteger(&number))
                return syntax();
            if (number != 0)
                return fail(Problem::OutOfRange, column);
        } else if (next == JsonLineScanner::Next::Array) {
            scanner.expect('[');
            for (Field field : allFields()) {
                if (field != Field::EmployeeNumber && !scanner.nextInArray())
                    return scanner.hasError() ? syntax() : fail(Problem::OutOfRange, column);
                if (scanner.peek() != JsonLineScanner::Next::String)
                    return scanner.hasError() ? syntax()
                                              : fail(Problem::SourceNotText, fieldIndex(field));
                if (!readText(scanner, m_sources[size_t(fieldIndex(field))], &text, field))
                    return syntax();
                row->setSourceText(field, text);
            }
            if (scanner.nextInArray())
                return fail(Problem::OutOfRange, column);
            if (scanner.hasError())
                return syntax();
        } else {
            return scanner.hasError() ? syntax() : fail(Problem::NotList, column);
        }
        ++column;
        ended = !scanner.nextInArray();
    }
    if (!ended) {
        if (scanner.peek() != JsonLineScanner::Next::Integer)
            return scanner.hasError() ? syntax() : fail(Problem::NotNumber, column);
        if (!scanner.readInteger(&number))
            return syntax();
        if (number < 0 || number >= (1 << FieldCount))
            return fail(Problem::OutOfRange, column);
        for (Field field : allFields()) {
            if (number >> fieldIndex(field) & 1)
                row->setFromFormula(field, true);
        }
        ++column;
        ended = !scanner.nextInArray();
    }
    // state, at, message, to: texts.
    while (!ended && !scanner.hasError()) {
        if (column >= m_columnCount)
            return fail(Problem::TooManyValues, column);
        if (scanner.peek() != JsonLineScanner::Next::String)
            return scanner.hasError() ? syntax() : fail(Problem::NotText, column);
        if (!scanner.readString(&m_scratch))
            return syntax();
        if (column == StateColumn) {
            const auto state = uploadStateFromKey(m_scratch);
            if (!state)
                return fail(Problem::UnknownState, column, m_scratch);
            // In flight when the app stopped: never Uploaded, safe to resend.
            row->uploadState = *state == UploadState::Sending && !m_keepSending
                    ? UploadState::Unconfirmed
                    : *state;
        } else if (column == AtColumn) {
            row->uploadedAt = m_scratch.isEmpty()
                    ? QDateTime()
                    : QDateTime::fromString(m_scratch, Qt::ISODateWithMs);
        } else if (column == MessageColumn) {
            // A copy of its own size: the scratch buffer keeps the longest value's room.
            row->uploadMessage = QString(m_scratch.constData(), m_scratch.size());
        } else if (!m_scratch.isEmpty()) {
            const auto kind = DitioEnvironment::kindFromKey(m_scratch);
            if (!kind)
                return fail(Problem::OutOfRange, column);
            row->setUploadedTo(kind);
        }
        ++column;
        ended = !scanner.nextInArray();
    }
    if (scanner.hasError() || !scanner.atEnd())
        return syntax();
    return true;
}

} // namespace Ditio
