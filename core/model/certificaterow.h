#pragma once

#include "certificatefield.h"
#include "dateparser.h"
#include "net/ditioenvironment.h"
#include "uploadstate.h"

#include <QDateTime>
#include <QList>
#include <QSharedData>
#include <QSharedDataPointer>
#include <QString>

#include <array>
#include <optional>

namespace Ditio {

// One certificate as the table holds it: for each field the text as typed or
// imported (what the user edits), optionally the raw source text it came from,
// and the parsed dates. The parsed values are derived from the text by
// setText(), so they can never disagree with it.
//
// Kept small (a million rows are loaded at once): the source texts sit behind
// one pointer until a row has one, and the parsed dates are packed.
class CertificateRow
{
    // First, so the row packs without padding.
    struct SourceTexts : QSharedData
    {
        std::array<QString, FieldCount> texts;
        quint8 formulas = 0; // bit i: field i came from a formula
    };
    static_assert(FieldCount <= 8);
    struct PackedDate
    {
        qint32 julianDay = 0;
        DateParser::Status status = DateParser::Status::Empty;
        bool hasDate = false;

        static PackedDate pack(const DateParser::Result &result);
        DateParser::Result unpack() const
        {
            return {status, hasDate ? QDate::fromJulianDay(julianDay) : QDate()};
        }
    };
    std::array<QString, FieldCount> m_text;
    QSharedDataPointer<SourceTexts> m_source; // null until a source text is set
    std::array<PackedDate, 2> m_dates; // issued, valid until

public:
    CertificateRow() = default;

    const QString &text(Field field) const { return m_text[fieldIndex(field)]; }
    void setText(Field field, const QString &text);
    void setText(Field field, QString &&text);
    // The text as an edit sets it: new content Ditio has not seen, so the row
    // is NotSent again (it would be a false "Uploaded"). An Uploaded row keeps
    // when and where it went as history ("Changed since upload"); a Rejected
    // or Unconfirmed result is forgotten; a row in flight keeps Sending, the
    // upload compares revisions. The table and the replay of a recovery
    // journal both edit through this, so a restored row is the row that was
    // on screen.
    void applyEdit(Field field, const QString &text);

    // What the spreadsheet cell said, when that differs from text() (e.g. an
    // Excel date serial). Empty when the text is the source.
    QString sourceText(Field field) const;
    void setSourceText(Field field, const QString &source);
    bool hasSourceTexts() const { return bool(m_source); }
    // The spreadsheet cell was a formula; the value is its saved result (or
    // nothing, when the file kept none). Like sourceText(), a fact about the
    // file that an edit does not change.
    bool isFromFormula(Field field) const
    {
        return m_source && (m_source->formulas >> fieldIndex(field) & 1);
    }
    void setFromFormula(Field field, bool fromFormula);

    // By value, unpacked (bind them to const references as before).
    DateParser::Result issued() const { return m_dates[0].unpack(); }
    DateParser::Result validUntil() const { return m_dates[1].unpack(); }
    DateParser::Result date(Field field) const
    {
        return m_dates[field == Field::IssuedDate ? 0 : 1].unpack();
    }

    bool isBlank() const;
    // The text each field would carry in Ditio's JSON (dates as midnight UTC);
    // empty when the field would be omitted or cannot be sent.
    QString apiValue(Field field) const;

    // Row number the source spreadsheet shows for this record (header counted);
    // 0 when the row was typed in the app.
    int sourceRow = 0;

    UploadState uploadState = UploadState::NotSent;
    // The environment of the last result: DitioEnvironment::Kind + 1, 0 when
    // not known (no result, or one kept before this was). A byte in the
    // padding after uploadState, so a row is no larger.
    quint8 uploadedTo = 0;
    QString uploadMessage; // Ditio's words for a rejected row, or why it is unconfirmed
    QDateTime uploadedAt;

    std::optional<DitioEnvironment::Kind> uploadedToKind() const
    {
        return uploadedTo == 0 ? std::nullopt
                               : std::optional(DitioEnvironment::Kind(uploadedTo - 1));
    }
    void setUploadedTo(std::optional<DitioEnvironment::Kind> kind)
    {
        uploadedTo = kind ? quint8(quint8(*kind) + 1) : quint8(0);
    }
    // NotSent, but uploaded before it was edited: it must be sent again.
    bool isChangedSinceUpload() const
    {
        return uploadState == UploadState::NotSent && uploadedAt.isValid();
    }

    // Content equality, ignoring upload results.
    bool sameContent(const CertificateRow &other) const
    {
        return m_text == other.m_text && sameSources(other);
    }
    bool operator==(const CertificateRow &other) const
    {
        return sameContent(other) && sourceRow == other.sourceRow
                && uploadState == other.uploadState && uploadMessage == other.uploadMessage
                && uploadedAt == other.uploadedAt && uploadedTo == other.uploadedTo;
    }

private:
    bool sameSources(const CertificateRow &other) const;
    void parseDate(Field field);
};

} // namespace Ditio

// Every member moves by memcpy: a growing QList<CertificateRow> reallocates in
// place instead of moving a million rows one by one.
Q_DECLARE_TYPEINFO(Ditio::CertificateRow, Q_RELOCATABLE_TYPE);
