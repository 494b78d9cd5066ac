#include "issue.h"

#include <QCoreApplication>

namespace Ditio {

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::None:
        break;
    }
    return QStringLiteral("none");
}

QString severityTitle(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("Ditio::Severity", "Error");
    case Severity::Warning:
        return QCoreApplication::translate("Ditio::Severity", "Warning");
    case Severity::None:
        break;
    }
    return {};
}

QString issueCodeKey(IssueCode code)
{
    switch (code) {
    case IssueCode::Required:
        return QStringLiteral("required");
    case IssueCode::DateNotUnderstood:
        return QStringLiteral("date-not-understood");
    case IssueCode::DateTwoDigitYear:
        return QStringLiteral("date-two-digit-year");
    case IssueCode::DatesOutOfOrder:
        return QStringLiteral("dates-out-of-order");
    case IssueCode::EmployeeNumberMangled:
        return QStringLiteral("employee-number-mangled");
    case IssueCode::SurroundingSpaces:
        return QStringLiteral("surrounding-spaces");
    case IssueCode::Expired:
        return QStringLiteral("expired");
    case IssueCode::ExpiresSoon:
        return QStringLiteral("expires-soon");
    case IssueCode::IssuedInFuture:
        return QStringLiteral("issued-in-future");
    case IssueCode::DuplicateCertificate:
        return QStringLiteral("duplicate-certificate");
    case IssueCode::TypeSpellingVariant:
        return QStringLiteral("type-spelling-variant");
    case IssueCode::EmployeeNotInRegister:
        return QStringLiteral("employee-not-in-register");
    case IssueCode::TypeCloseToKnown:
        return QStringLiteral("type-close-to-known");
    case IssueCode::ControlCharacter:
        return QStringLiteral("control-character");
    case IssueCode::TypeSpelledDifferentlyInDitio:
        return QStringLiteral("type-spelled-differently-in-ditio");
    }
    return {};
}

Severity severityOf(IssueCode code)
{
    switch (code) {
    case IssueCode::Required:
    case IssueCode::DateNotUnderstood:
    case IssueCode::DateTwoDigitYear:
    case IssueCode::DatesOutOfOrder:
    case IssueCode::EmployeeNumberMangled:
    case IssueCode::EmployeeNotInRegister:
    case IssueCode::ControlCharacter:
        return Severity::Error;
    case IssueCode::SurroundingSpaces:
    case IssueCode::Expired:
    case IssueCode::ExpiresSoon:
    case IssueCode::IssuedInFuture:
    case IssueCode::DuplicateCertificate:
    case IssueCode::TypeSpellingVariant:
    case IssueCode::TypeCloseToKnown:
    case IssueCode::TypeSpelledDifferentlyInDitio:
        return Severity::Warning;
    }
    return Severity::None;
}

QString quickFixTitle(QuickFix fix)
{
    switch (fix) {
    case QuickFix::SwapDates:
        return QCoreApplication::translate("Ditio::QuickFix", "Swap the two dates");
    case QuickFix::TrimSpaces:
        return QCoreApplication::translate("Ditio::QuickFix", "Remove the spaces");
    case QuickFix::UseCommonSpelling:
        return QCoreApplication::translate("Ditio::QuickFix",
                                           "Use the most common spelling in all rows");
    case QuickFix::RemoveDecimalZero:
        return QCoreApplication::translate("Ditio::QuickFix", "Remove the decimal part");
    case QuickFix::UseRegisterEmployeeNumber:
        return QCoreApplication::translate("Ditio::QuickFix", "Use the number Ditio has");
    case QuickFix::UseKnownCertificateType:
        return QCoreApplication::translate("Ditio::QuickFix",
                                           "Use the type Ditio has in all rows with this spelling");
    case QuickFix::RemoveControlCharacters:
        return QCoreApplication::translate("Ditio::QuickFix", "Remove the control characters");
    case QuickFix::UseDitioSpelling:
        return QCoreApplication::translate("Ditio::QuickFix",
                                           "Use the spelling Ditio holds for this employee");
    case QuickFix::None:
        break;
    }
    return {};
}

} // namespace Ditio
