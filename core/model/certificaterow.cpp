#include "certificaterow.h"

#include <limits>

namespace Ditio {

// A million rows are in memory: the environment byte must stay in the padding.
// 6 texts (144), sources (8), dates (16), sourceRow + uploadState + uploadedTo
// + padding (8), message (24), time (8) on 64-bit platforms.
static_assert(sizeof(void *) != 8 || sizeof(CertificateRow) == 208, "CertificateRow grew");

CertificateRow::PackedDate CertificateRow::PackedDate::pack(const DateParser::Result &result)
{
    PackedDate packed;
    packed.status = result.status;
    const qint64 day = result.date.isValid() ? result.date.toJulianDay() : 0;
    // Every date a person writes fits; anything beyond reads as no date.
    packed.hasDate = result.date.isValid() && day >= std::numeric_limits<qint32>::min()
            && day <= std::numeric_limits<qint32>::max();
    packed.julianDay = packed.hasDate ? qint32(day) : 0;
    return packed;
}

void CertificateRow::parseDate(Field field)
{
    if (field == Field::IssuedDate)
        m_dates[0] = PackedDate::pack(DateParser::parse(m_text[fieldIndex(field)]));
    else if (field == Field::ValidUntilDate)
        m_dates[1] = PackedDate::pack(DateParser::parse(m_text[fieldIndex(field)]));
}

bool CertificateRow::sameSources(const CertificateRow &other) const
{
    if (m_source == other.m_source)
        return true;
    return m_source && other.m_source && m_source->texts == other.m_source->texts
            && m_source->formulas == other.m_source->formulas;
}

void CertificateRow::setText(Field field, const QString &text)
{
    m_text[fieldIndex(field)] = text;
    parseDate(field);
}

void CertificateRow::setText(Field field, QString &&text)
{
    m_text[fieldIndex(field)] = std::move(text);
    parseDate(field);
}

void CertificateRow::applyEdit(Field field, const QString &text)
{
    setText(field, text);
    if (uploadState == UploadState::Uploaded) {
        // History, not a result: "Changed since upload" until it is sent again.
        uploadState = UploadState::NotSent;
        uploadMessage.clear();
    } else if (uploadState != UploadState::NotSent && uploadState != UploadState::Sending) {
        uploadState = UploadState::NotSent;
        uploadMessage.clear();
        uploadedAt = QDateTime();
        uploadedTo = 0;
    }
}

QString CertificateRow::sourceText(Field field) const
{
    return m_source ? m_source->texts[fieldIndex(field)] : QString();
}

void CertificateRow::setSourceText(Field field, const QString &source)
{
    if (!m_source) {
        if (source.isEmpty())
            return;
        m_source = new SourceTexts;
    }
    m_source->texts[fieldIndex(field)] = source;
}

void CertificateRow::setFromFormula(Field field, bool fromFormula)
{
    if (!m_source) {
        if (!fromFormula)
            return;
        m_source = new SourceTexts;
    }
    const quint8 bit = quint8(1u << fieldIndex(field));
    m_source->formulas = fromFormula ? (m_source->formulas | bit) : (m_source->formulas & ~bit);
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
