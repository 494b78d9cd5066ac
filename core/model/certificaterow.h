#pragma once

#include "certificatefield.h"
#include "io/dateparser.h"
#include "uploadstate.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>

namespace Ditio {

// One certificate as the table holds it: for each field the text as typed or
// imported (what the user edits), optionally the raw source text it came from,
// and the parsed dates. The parsed values are derived from the text by
// setText(), so they can never disagree with it.
class CertificateRow
{
public:
    CertificateRow() = default;

    const QString &text(Field field) const { return m_text[fieldIndex(field)]; }
    void setText(Field field, const QString &text);

    // What the spreadsheet cell said, when that differs from text() (e.g. an
    // Excel date serial). Empty when the text is the source.
    QString sourceText(Field field) const;
    void setSourceText(Field field, const QString &source);
    bool hasSourceTexts() const { return !m_source.isEmpty(); }

    const DateParser::Result &issued() const { return m_issued; }
    const DateParser::Result &validUntil() const { return m_validUntil; }
    const DateParser::Result &date(Field field) const
    {
        return field == Field::IssuedDate ? m_issued : m_validUntil;
    }

    bool isBlank() const;
    // The text each field would carry in Ditio's JSON (dates as midnight UTC);
    // empty when the field would be omitted or cannot be sent.
    QString apiValue(Field field) const;

    // Row number the source spreadsheet shows for this record (header counted);
    // 0 when the row was typed in the app.
    int sourceRow = 0;

    UploadState uploadState = UploadState::NotSent;
    QString uploadMessage; // Ditio's words for a rejected row, or why it is unconfirmed
    QDateTime uploadedAt;

    // Content equality, ignoring upload results.
    bool sameContent(const CertificateRow &other) const
    {
        return m_text == other.m_text && m_source == other.m_source;
    }
    bool operator==(const CertificateRow &other) const
    {
        return sameContent(other) && sourceRow == other.sourceRow
                && uploadState == other.uploadState && uploadMessage == other.uploadMessage
                && uploadedAt == other.uploadedAt;
    }

private:
    std::array<QString, FieldCount> m_text;
    QList<QString> m_source; // FieldCount entries once any is set
    DateParser::Result m_issued;
    DateParser::Result m_validUntil;
};

} // namespace Ditio
