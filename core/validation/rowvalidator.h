#pragma once

#include "issue.h"
#include "model/certificaterow.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

namespace Ditio {

class EmployeeDirectory;
class KnownCertificateTypes;
class Ledger;

// The rules that look at one row alone. check() returns a bit set, so a
// million rows cost a few megabytes and re-checking a row allocates nothing;
// describe() turns the bits into Issues with messages only when shown.
class RowValidator
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::RowValidator)

public:
    enum Check : quint32 {
        MissingEmployeeNumber = 1u << 0,
        MissingCertificateType = 1u << 1,
        MissingIssued = 1u << 2,
        MissingValidUntil = 1u << 3,
        IssuedNotUnderstood = 1u << 4,
        ValidUntilNotUnderstood = 1u << 5,
        IssuedTwoDigitYear = 1u << 6,
        ValidUntilTwoDigitYear = 1u << 7,
        DatesOutOfOrder = 1u << 8,
        EmployeeNumberMangled = 1u << 9,
        EmployeeNumberSpaces = 1u << 10,
        CertificateTypeSpaces = 1u << 11,
        Expired = 1u << 12,
        ExpiresSoon = 1u << 13,
        IssuedInFuture = 1u << 14,
        // The register rules: only with a register (see Register below).
        EmployeeNotInRegister = 1u << 15,
        TypeCloseToKnown = 1u << 16,
        // The ledger holds this employee's certificate under a type spelled
        // almost like the row's (only with a ledger).
        TypeSpelledDifferentlyInDitio = 1u << 17,
        // A control character (NUL, ...) or half a character in a field: one
        // bit per field, from bit ControlShift on in the order of Field. Last,
        // so the bits of the other rules stay one range (checks are never
        // stored, so the bits may move).
        EmployeeNumberControl = 1u << 18,
        CertificateTypeControl = 1u << 19,
        CertificateNumberControl = 1u << 20,
        IssuedControl = 1u << 21,
        ValidUntilControl = 1u << 22,
        NotesControl = 1u << 23,
    };
    using Checks = quint32;
    static constexpr int CheckCount = 24; // bits 0 .. CheckCount - 1
    static constexpr int ControlShift = 18;
    static constexpr Checks ControlChecks = EmployeeNumberControl | CertificateTypeControl
            | CertificateNumberControl | IssuedControl | ValidUntilControl | NotesControl;
    static constexpr Check controlCheck(Field field)
    {
        return Check(1u << (ControlShift + fieldIndex(field)));
    }

    static constexpr Checks ErrorChecks = MissingEmployeeNumber | MissingCertificateType
            | MissingIssued | MissingValidUntil | IssuedNotUnderstood | ValidUntilNotUnderstood
            | IssuedTwoDigitYear | ValidUntilTwoDigitYear | DatesOutOfOrder | EmployeeNumberMangled
            | EmployeeNotInRegister | ControlChecks;
    static constexpr Checks WarningChecks = EmployeeNumberSpaces | CertificateTypeSpaces | Expired
            | ExpiresSoon | IssuedInFuture | TypeCloseToKnown | TypeSpelledDifferentlyInDitio;
    static constexpr Checks RegisterChecks =
            EmployeeNotInRegister | TypeCloseToKnown | TypeSpelledDifferentlyInDitio;
    static constexpr int ExpiresSoonDays = 30;

    // Which checks concern which cell, for tinting cells without building messages.
    static constexpr Checks checksOf(Field field)
    {
        Checks checks = controlCheck(field);
        switch (field) {
        case Field::EmployeeNumber:
            return checks | MissingEmployeeNumber | EmployeeNumberMangled | EmployeeNumberSpaces
                    | EmployeeNotInRegister;
        case Field::CertificateType:
            return checks | MissingCertificateType | CertificateTypeSpaces | TypeCloseToKnown
                    | TypeSpelledDifferentlyInDitio;
        case Field::IssuedDate:
            return checks | MissingIssued | IssuedNotUnderstood | IssuedTwoDigitYear
                    | DatesOutOfOrder | IssuedInFuture;
        case Field::ValidUntilDate:
            return checks | MissingValidUntil | ValidUntilNotUnderstood | ValidUntilTwoDigitYear
                    | DatesOutOfOrder | Expired | ExpiresSoon;
        case Field::CertificateNumber:
        case Field::Notes:
            break;
        }
        return checks;
    }
    // The worst severity among the checks.
    static constexpr Severity severityOf(Checks checks)
    {
        return checks & ErrorChecks      ? Severity::Error
                : checks & WarningChecks ? Severity::Warning
                                         : Severity::None;
    }

    // What the register rules compare a row with. A null pointer skips that rule.
    struct Register
    {
        const EmployeeDirectory *employees = nullptr;
        const KnownCertificateTypes *knownTypes = nullptr;
        // Optional: remembers per exact type spelling whether it is close to a
        // known type, so checking a whole table looks at each spelling once.
        QHash<QString, bool> *closeTypeMemo = nullptr;
        // What this computer sent to the environment: a row whose type the
        // ledger holds for the same employee in another spelling would become
        // a second certificate there. Null (the command line's validate): no
        // such check.
        const Ledger *ledger = nullptr;
    };

    // The rules that need nothing but the row (no register rules).
    static Checks check(const CertificateRow &row, QDate today);
    // All rules.
    static Checks check(const CertificateRow &row, QDate today, const Register &reg);
    // Only the register bits. localChecks are the row's other bits: a missing
    // or spreadsheet-mangled employee number is not looked up as well.
    static Checks checkRegister(const CertificateRow &row, Checks localChecks, const Register &reg);

    // What describe() would produce, in the same order, without building any
    // message: for lists of a hundred thousand problems that show a few at a time.
    struct Outline
    {
        Field field;
        IssueCode code;
    };
    static void outline(Checks checks, QList<Outline> &out);
    static void describe(Checks checks, const CertificateRow &row, int modelRow, QDate today,
                         QList<Issue> &out);
    // With the register, messages name its near match or the known type.
    static void describe(Checks checks, const CertificateRow &row, int modelRow, QDate today,
                         const Register &reg, QList<Issue> &out);

    // "1042.0", "1042,0", "1.042E+3": what a spreadsheet makes of a number.
    static bool looksMangledByNumberFormat(QStringView employeeNumber);
    static bool hasSurroundingSpaces(QStringView text);
    // The first character Ditio should never receive, or -1: a control
    // character other than tab and line breaks (NUL from a damaged file),
    // DEL, a C1 control (text decoded in the wrong encoding), half of a
    // surrogate pair, or the noncharacters U+FFFE and U+FFFF.
    static qsizetype firstControlCharacter(QStringView text);
    // The text without those characters (the quick fix).
    static QString withoutControlCharacters(QStringView text);
};

} // namespace Ditio
