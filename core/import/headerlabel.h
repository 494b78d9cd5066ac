#pragma once

#include "model/certificatefield.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ditio {

// A column header read as words, the way a person reads "Emp. no.",
// "Cert #", "Sertifikat-nr.", "Gyldig til (dd.mm.åååå)" or "Expiry date
// [UTC]": split at spaces, punctuation and camelCase; format hints (in
// brackets, or words like dd.mm.yyyy and UTC) left out; abbreviations,
// plurals and Norwegian compounds ("Utløpsdatoer" = utløp + dato) taken to
// what they mean. Each word becomes a meaning (employee, number,
// certificate, expiry, ...) and the meanings together name a field, or
// plainly none ("Ansatt navn" is the employee's name, not the number).
class HeaderLabel
{
public:
    enum class Meaning : quint8 {
        Employee,
        Number,
        Certificate,
        Course,
        Type,
        Name,
        Issued,
        Valid,
        From,
        Until,
        Expiry,
        Date,
        Notes,
        Other, // understood, and no certificate field: a person's name or ID, a department
    };

    // The header's words, folded, hints left out: "Gyldig til (dd.mm.åååå)"
    // gives {"gyldig", "til"}.
    static QStringList words(const QString &header);
    // The meanings of those words; nullopt when a word is not known (a typo,
    // a name, a department), so only what is understood is matched.
    static std::optional<QList<Meaning>> meanings(const QStringList &words);
    // The field the meanings name together; nullopt when none or unclear.
    static std::optional<Field> field(const QList<Meaning> &meanings);
};

} // namespace Ditio
