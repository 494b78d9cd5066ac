#pragma once

#include "model/certificatefield.h"

#include <QList>
#include <QString>

namespace Ditio {

enum class Severity : quint8 {
    None,
    Warning, // shown, but the row is still sent
    Error, // the row is not sent until fixed
};

// What a rule found. The stable key of each code ("dates-out-of-order") is part
// of the command line's JSON contract.
enum class IssueCode : quint8 {
    Required,
    DateNotUnderstood,
    DateTwoDigitYear,
    DatesOutOfOrder,
    EmployeeNumberMangled,
    SurroundingSpaces,
    Expired,
    ExpiresSoon,
    IssuedInFuture,
    DuplicateCertificate,
    TypeSpellingVariant,
    EmployeeNotInRegister, // Ditio's employee register has no such number
    TypeCloseToKnown, // a type new to Ditio, spelled almost like one it has
    ControlCharacter, // NUL, another control character or half a character in the text
    // The ledger holds the employee's certificate under a type spelled almost
    // like this one: sending would make a second certificate in Ditio.
    TypeSpelledDifferentlyInDitio,
};

enum class QuickFix : quint8 {
    None,
    SwapDates, // issued <-> valid until
    TrimSpaces, // the issue's field
    UseCommonSpelling, // every row of the type's spelling group, at once
    RemoveDecimalZero, // "1042.0" -> "1042"
    UseRegisterEmployeeNumber, // "01042" -> "1042", the register's near match
    UseKnownCertificateType, // every row with this spelling -> the type Ditio has
    RemoveControlCharacters, // the issue's field without them
    UseDitioSpelling, // this row's type -> the spelling the ledger holds for its employee
};

struct Issue
{
    int row = -1; // model row
    Field field = Field::EmployeeNumber;
    Severity severity = Severity::None;
    IssueCode code = IssueCode::Required;
    QString message; // translated, complete sentence
    QuickFix fix = QuickFix::None;
    // A second cell the issue is about (the other date of swapped dates).
    bool hasOtherField = false;
    Field otherField = Field::EmployeeNumber;

    bool concerns(Field f) const { return field == f || (hasOtherField && otherField == f); }
};

QString severityKey(Severity severity); // "error", "warning"
QString severityTitle(Severity severity); // translated
QString issueCodeKey(IssueCode code); // "dates-out-of-order"
Severity severityOf(IssueCode code);
// Translated label of a quick fix, as offered in menus ("Swap the two dates").
QString quickFixTitle(QuickFix fix);

} // namespace Ditio
