#include "certificaterow.h"

namespace Ditio {

void CertificateRow::setText(Field field, const QString &text)
{
    m_text[fieldIndex(field)] = text;
    if (field == Field::IssuedDate)
        m_issued = DateParser::parse(text);
    else if (field == Field::ValidUntilDate)
        m_validUntil = DateParser::parse(text);
}

QString CertificateRow::sourceText(Field field) const
{
    return m_source.isEmpty() ? QString() : m_source.at(fieldIndex(field));
}

void CertificateRow::setSourceText(Field field, const QString &source)
{
    if (m_source.isEmpty()) {
        if (source.isEmpty())
            return;
        m_source.resize(FieldCount);
    }
    m_source[fieldIndex(field)] = source;
}

bool CertificateRow::isBlank() const
{
    for (const QString &text : m_text) {
        if (!text.trimmed().isEmpty())
            return false;
    }
    return true;
}

QString CertificateRow::apiValue(Field field) const
{
    if (isDateField(field)) {
        const DateParser::Result &parsed = date(field);
        return parsed.isValid() ? DateParser::toApiDateTime(parsed.date) : QString();
    }
    // Sent exactly as written: the upsert key is the exact string, so the app
    // warns about stray spaces instead of trimming behind the user's back.
    return text(field);
}

} // namespace Ditio
