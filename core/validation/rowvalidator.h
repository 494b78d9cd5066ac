#pragma once

#include "issue.h"
#include "model/certificaterow.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace Ditio {

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
    };
    using Checks = quint32;

    static constexpr Checks ErrorChecks = MissingEmployeeNumber | MissingCertificateType
            | MissingIssued | MissingValidUntil | IssuedNotUnderstood | ValidUntilNotUnderstood
            | IssuedTwoDigitYear | ValidUntilTwoDigitYear | DatesOutOfOrder | EmployeeNumberMangled;
    static constexpr Checks WarningChecks =
            EmployeeNumberSpaces | CertificateTypeSpaces | Expired | ExpiresSoon | IssuedInFuture;
    static constexpr int ExpiresSoonDays = 30;

    static Checks check(const CertificateRow &row, QDate today);

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

    // "1042.0", "1042,0", "1.042E+3": what a spreadsheet makes of a number.
    static bool looksMangledByNumberFormat(QStringView employeeNumber);
    static bool hasSurroundingSpaces(QStringView text);
};

} // namespace Ditio
