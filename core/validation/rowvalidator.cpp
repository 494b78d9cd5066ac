#include "rowvalidator.h"

#include "register/employeedirectory.h"
#include "register/knowncertificatetypes.h"
#include "store/ledger.h"

#include <QCoreApplication>
#include <QLocale>

#if defined(__SSE2__)
#    include <emmintrin.h>
#endif

namespace Ditio {

namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// Faster than trimmed().isEmpty(): most cells start with a non-space.
bool isBlank(QStringView text)
{
    for (QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

bool isControl(const char16_t *text, qsizetype i, qsizetype size)
{
    const char16_t c = text[i];
    if (c < 0x20)
        return c != u'\t' && c != u'\n' && c != u'\r';
    if (c < 0x7F)
        return false;
    if (c <= 0x9F || c >= 0xFFFE)
        return true;
    if (QChar::isHighSurrogate(c))
        return !(i + 1 < size && QChar::isLowSurrogate(text[i + 1]));
    if (QChar::isLowSurrogate(c))
        return !(i > 0 && QChar::isHighSurrogate(text[i - 1]));
    return false;
}

// "NUL" or "U+0007" for the message.
QString controlName(char16_t c)
{
    if (c == 0)
        return QStringLiteral("NUL (U+0000)");
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QChar(u'0')).toUpper();
}

qsizetype skipDigits(QStringView text, qsizetype pos)
{
    while (pos < text.size() && isAsciiDigit(text[pos]))
        ++pos;
    return pos;
}

Issue makeIssue(int modelRow, Field field, IssueCode code, QString message,
                QuickFix fix = QuickFix::None)
{
    Issue issue;
    issue.row = modelRow;
    issue.field = field;
    issue.code = code;
    issue.severity = severityOf(code);
    issue.message = std::move(message);
    issue.fix = fix;
    return issue;
}

void describeControl(RowValidator::Checks checks, const CertificateRow &row, Field field,
                     int modelRow, QList<Issue> &out)
{
    if (!(checks & RowValidator::controlCheck(field)))
        return;
    const QString &text = row.text(field);
    // Checks always follow the row's text; a stale bit still gets its issue.
    const qsizetype at = std::max<qsizetype>(0, RowValidator::firstControlCharacter(text));
    const char16_t c = at < text.size() ? text.at(at).unicode() : 0;
    const QString message = QChar::isSurrogate(c)
            ? RowValidator::tr("The text holds half of a character (%1) at position %2, which "
                               "Ditio would receive as garbage; remove it.")
                      .arg(controlName(c))
                      .arg(at + 1)
            : RowValidator::tr("The text holds the control character %1 at position %2, which "
                               "Ditio would receive as part of the value; remove it.")
                      .arg(controlName(c))
                      .arg(at + 1);
    out.append(makeIssue(modelRow, field, IssueCode::ControlCharacter, message,
                         QuickFix::RemoveControlCharacters));
}

// The message for a required field left empty: a formula that was never
// calculated is empty for a reason the user can fix.
QString missingMessage(const CertificateRow &row, Field field, const QString &missing)
{
    if (!row.isFromFormula(field))
        return missing;
    return RowValidator::tr("The cell is a formula that was never calculated, so the file holds "
                            "no value for it. Open the file in Excel or LibreOffice, save it, "
                            "and import it again.");
}

void describeDate(RowValidator::Checks checks, const CertificateRow &row, Field field, int modelRow,
                  QList<Issue> &out)
{
    const bool issued = field == Field::IssuedDate;
    const QString &text = row.text(field);
    if (checks & (issued ? RowValidator::MissingIssued : RowValidator::MissingValidUntil)) {
        out.append(makeIssue(
                modelRow, field, IssueCode::Required,
                missingMessage(
                        row, field,
                        issued ? RowValidator::tr("The issue date is missing.")
                               : RowValidator::tr("The expiry date (valid until) is missing."))));
    }
    if (checks
        & (issued ? RowValidator::IssuedNotUnderstood : RowValidator::ValidUntilNotUnderstood)) {
        const DateParser::Result &parsed = row.date(field);
        const QString message = parsed.status == DateParser::Status::NoSuchDate
                ? RowValidator::tr("\"%1\" is not a date in the calendar.").arg(text.trimmed())
                : RowValidator::tr("\"%1\" is not understood as a date; write it as 15.01.2026.")
                          .arg(text.trimmed());
        out.append(makeIssue(modelRow, field, IssueCode::DateNotUnderstood, message));
    }
    if (checks
        & (issued ? RowValidator::IssuedTwoDigitYear : RowValidator::ValidUntilTwoDigitYear)) {
        out.append(makeIssue(
                modelRow, field, IssueCode::DateTwoDigitYear,
                RowValidator::tr("\"%1\" has a two-digit year; write the year in full (%2?).")
                        .arg(text.trimmed(), DateParser::format(row.date(field).date))));
    }
}

} // namespace

bool RowValidator::looksMangledByNumberFormat(QStringView text)
{
    text = text.trimmed();
    const qsizetype intEnd = skipDigits(text, 0);
    if (intEnd == 0 || intEnd == text.size())
        return false;
    // "E+3" / "e3" from pos to the end of the text, after a single leading digit.
    const auto isExponentTail = [&](qsizetype pos) {
        if (intEnd != 1 || (text[pos] != u'E' && text[pos] != u'e'))
            return false;
        qsizetype exp = pos + 1;
        if (exp < text.size() && text[exp] == u'+')
            ++exp;
        return exp < text.size() && skipDigits(text, exp) == text.size();
    };
    // 1042.0 / 1042,00: an integer turned into a decimal number.
    if (text[intEnd] == u'.' || text[intEnd] == u',') {
        const qsizetype fraction = intEnd + 1;
        qsizetype zeros = fraction;
        while (zeros < text.size() && text[zeros] == u'0')
            ++zeros;
        if (zeros > fraction && zeros == text.size())
            return true;
        const qsizetype pos = skipDigits(text, fraction);
        return pos != fraction && pos != text.size() && isExponentTail(pos); // 1.042E+3
    }
    return isExponentTail(intEnd); // 1E+3
}

bool RowValidator::hasSurroundingSpaces(QStringView text)
{
    return !text.isEmpty() && (text.front().isSpace() || text.back().isSpace());
}

qsizetype RowValidator::firstControlCharacter(QStringView text)
{
    const char16_t *data = text.utf16();
    const qsizetype size = text.size();
    qsizetype i = 0;
#if defined(__SSE2__)
    // Every cell of every row is scanned: eight characters at a time, and
    // only a block with a suspect (a C0 or C1 control, tab and line breaks
    // among them; a surrogate; U+FFFE, U+FFFF) is looked at one by one.
    const __m128i zero = _mm_setzero_si128();
    const auto within = [zero](__m128i chunk, short low, short span) {
        const __m128i offset = _mm_sub_epi16(chunk, _mm_set1_epi16(low));
        return _mm_cmpeq_epi16(_mm_subs_epu16(offset, _mm_set1_epi16(span)), zero);
    };
    for (; i + 8 <= size; i += 8) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const __m128i suspect = _mm_or_si128(
                _mm_or_si128(within(chunk, 0, 0x1F), within(chunk, 0x7F, 0x20)),
                _mm_or_si128(within(chunk, short(0xD800), 0x7FF), within(chunk, short(0xFFFE), 1)));
        if (!_mm_movemask_epi8(suspect))
            continue;
        for (qsizetype k = i; k < i + 8; ++k) {
            if (isControl(data, k, size))
                return k;
        }
    }
#endif
    for (; i < size; ++i) {
        const char16_t c = data[i];
        // Most characters are printable ASCII: one comparison each.
        if (c >= 0x20 && c < 0x7F)
            continue;
        if (isControl(data, i, size))
            return i;
    }
    return -1;
}

QString RowValidator::withoutControlCharacters(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isControl(text.utf16(), i, text.size()))
            result.append(text[i]);
    }
    return result;
}

RowValidator::Checks RowValidator::check(const CertificateRow &row, QDate today)
{
    Checks checks = 0;
    for (Field field : allFields()) {
        if (firstControlCharacter(row.text(field)) >= 0)
            checks |= controlCheck(field);
    }

    const QString &employee = row.text(Field::EmployeeNumber);
    if (isBlank(employee)) {
        checks |= MissingEmployeeNumber;
    } else {
        if (hasSurroundingSpaces(employee))
            checks |= EmployeeNumberSpaces;
        if (looksMangledByNumberFormat(employee))
            checks |= EmployeeNumberMangled;
    }

    const QString &type = row.text(Field::CertificateType);
    if (isBlank(type))
        checks |= MissingCertificateType;
    else if (hasSurroundingSpaces(type))
        checks |= CertificateTypeSpaces;

    const DateParser::Result &issued = row.issued();
    const DateParser::Result &validUntil = row.validUntil();
    switch (issued.status) {
    case DateParser::Status::Empty:
        checks |= MissingIssued;
        break;
    case DateParser::Status::TwoDigitYear:
        checks |= IssuedTwoDigitYear;
        break;
    case DateParser::Status::NoSuchDate:
    case DateParser::Status::NotUnderstood:
        checks |= IssuedNotUnderstood;
        break;
    case DateParser::Status::Valid:
        if (today.isValid() && issued.date > today)
            checks |= IssuedInFuture;
        break;
    }
    switch (validUntil.status) {
    case DateParser::Status::Empty:
        checks |= MissingValidUntil;
        break;
    case DateParser::Status::TwoDigitYear:
        checks |= ValidUntilTwoDigitYear;
        break;
    case DateParser::Status::NoSuchDate:
    case DateParser::Status::NotUnderstood:
        checks |= ValidUntilNotUnderstood;
        break;
    case DateParser::Status::Valid:
        if (today.isValid()) {
            if (validUntil.date < today)
                checks |= Expired;
            else if (validUntil.date <= today.addDays(ExpiresSoonDays))
                checks |= ExpiresSoon;
        }
        break;
    }
    if (issued.isValid() && validUntil.isValid() && issued.date >= validUntil.date)
        checks |= DatesOutOfOrder;
    return checks;
}

RowValidator::Checks RowValidator::check(const CertificateRow &row, QDate today,
                                         const Register &reg)
{
    const Checks checks = check(row, today);
    return checks | checkRegister(row, checks, reg);
}

RowValidator::Checks RowValidator::checkRegister(const CertificateRow &row, Checks localChecks,
                                                 const Register &reg)
{
    Checks checks = 0;
    // A mangled number already has its error and fix; naming it unknown too
    // would say the same twice.
    if (reg.employees && !(localChecks & (MissingEmployeeNumber | EmployeeNumberMangled))
        && !reg.employees->contains(row.text(Field::EmployeeNumber)))
        checks |= EmployeeNotInRegister;
    if (reg.knownTypes && !(localChecks & MissingCertificateType)) {
        const QString &type = row.text(Field::CertificateType);
        if (!reg.knownTypes->contains(type)) {
            bool close;
            if (reg.closeTypeMemo) {
                const auto it = reg.closeTypeMemo->constFind(type);
                if (it != reg.closeTypeMemo->cend()) {
                    close = *it;
                } else {
                    close = !reg.knownTypes->closeKnownType(type).isEmpty();
                    reg.closeTypeMemo->insert(type, close);
                }
            } else {
                close = !reg.knownTypes->closeKnownType(type).isEmpty();
            }
            if (close)
                checks |= TypeCloseToKnown;
        }
    }
    // Per employee, so no memo: an exact key (most rows) is one look-up.
    if (reg.ledger && !(localChecks & (MissingEmployeeNumber | MissingCertificateType))
        && !reg.ledger
                    ->heldSpellingOf(row.text(Field::EmployeeNumber),
                                     row.text(Field::CertificateType))
                    .isEmpty())
        checks |= TypeSpelledDifferentlyInDitio;
    return checks;
}

void RowValidator::outline(Checks checks, QList<Outline> &out)
{
    // Keep in the order of describe(); tst_rowvalidator checks they agree.
    static constexpr struct
    {
        Check check;
        Field field;
        IssueCode code;
    } order[] = {
            {EmployeeNumberControl, Field::EmployeeNumber, IssueCode::ControlCharacter},
            {MissingEmployeeNumber, Field::EmployeeNumber, IssueCode::Required},
            {EmployeeNumberMangled, Field::EmployeeNumber, IssueCode::EmployeeNumberMangled},
            {EmployeeNotInRegister, Field::EmployeeNumber, IssueCode::EmployeeNotInRegister},
            {EmployeeNumberSpaces, Field::EmployeeNumber, IssueCode::SurroundingSpaces},
            {CertificateTypeControl, Field::CertificateType, IssueCode::ControlCharacter},
            {MissingCertificateType, Field::CertificateType, IssueCode::Required},
            {CertificateTypeSpaces, Field::CertificateType, IssueCode::SurroundingSpaces},
            {TypeCloseToKnown, Field::CertificateType, IssueCode::TypeCloseToKnown},
            {TypeSpelledDifferentlyInDitio, Field::CertificateType,
             IssueCode::TypeSpelledDifferentlyInDitio},
            {CertificateNumberControl, Field::CertificateNumber, IssueCode::ControlCharacter},
            {IssuedControl, Field::IssuedDate, IssueCode::ControlCharacter},
            {MissingIssued, Field::IssuedDate, IssueCode::Required},
            {IssuedNotUnderstood, Field::IssuedDate, IssueCode::DateNotUnderstood},
            {IssuedTwoDigitYear, Field::IssuedDate, IssueCode::DateTwoDigitYear},
            {ValidUntilControl, Field::ValidUntilDate, IssueCode::ControlCharacter},
            {MissingValidUntil, Field::ValidUntilDate, IssueCode::Required},
            {ValidUntilNotUnderstood, Field::ValidUntilDate, IssueCode::DateNotUnderstood},
            {ValidUntilTwoDigitYear, Field::ValidUntilDate, IssueCode::DateTwoDigitYear},
            {DatesOutOfOrder, Field::IssuedDate, IssueCode::DatesOutOfOrder},
            {IssuedInFuture, Field::IssuedDate, IssueCode::IssuedInFuture},
            {Expired, Field::ValidUntilDate, IssueCode::Expired},
            {ExpiresSoon, Field::ValidUntilDate, IssueCode::ExpiresSoon},
            {NotesControl, Field::Notes, IssueCode::ControlCharacter},
    };
    for (const auto &entry : order) {
        if (checks & entry.check)
            out.append({entry.field, entry.code});
    }
}

void RowValidator::describe(Checks checks, const CertificateRow &row, int modelRow, QDate today,
                            QList<Issue> &out)
{
    describe(checks, row, modelRow, today, Register(), out);
}

void RowValidator::describe(Checks checks, const CertificateRow &row, int modelRow, QDate today,
                            const Register &reg, QList<Issue> &out)
{
    if (checks == 0)
        return;
    const QString &employee = row.text(Field::EmployeeNumber);
    describeControl(checks, row, Field::EmployeeNumber, modelRow, out);
    if (checks & MissingEmployeeNumber) {
        out.append(makeIssue(
                modelRow, Field::EmployeeNumber, IssueCode::Required,
                missingMessage(row, Field::EmployeeNumber, tr("The employee number is missing."))));
    }
    if (checks & EmployeeNumberMangled) {
        const QString trimmed = employee.trimmed();
        const qsizetype digits = skipDigits(trimmed, 0);
        const bool decimal =
                digits < trimmed.size() && (trimmed[digits] == u'.' || trimmed[digits] == u',');
        const bool exponent = trimmed.contains(u'E', Qt::CaseInsensitive);
        QString message;
        if (exponent) {
            message = tr("\"%1\" looks like a number a spreadsheet turned into scientific "
                         "notation; digits may be lost. Type the employee number again.")
                              .arg(trimmed);
        } else {
            message = tr("\"%1\" looks like an employee number a spreadsheet turned into a "
                         "decimal number (was it %2?).")
                              .arg(trimmed, trimmed.left(digits));
        }
        out.append(makeIssue(modelRow, Field::EmployeeNumber, IssueCode::EmployeeNumberMangled,
                             message,
                             decimal && !exponent ? QuickFix::RemoveDecimalZero : QuickFix::None));
    }
    if (checks & EmployeeNotInRegister) {
        // Quoted only when spaces would otherwise hide the difference.
        const QString shown =
                hasSurroundingSpaces(employee) ? QStringLiteral("\"%1\"").arg(employee) : employee;
        const QString near = reg.employees ? reg.employees->nearMatch(employee) : QString();
        out.append(
                near.isEmpty()
                        ? makeIssue(modelRow, Field::EmployeeNumber,
                                    IssueCode::EmployeeNotInRegister,
                                    tr("Ditio has no employee %1.").arg(shown))
                        : makeIssue(
                                modelRow, Field::EmployeeNumber, IssueCode::EmployeeNotInRegister,
                                tr("Ditio has no employee %1. Did you mean %2?").arg(shown, near),
                                QuickFix::UseRegisterEmployeeNumber));
    }
    if (checks & EmployeeNumberSpaces) {
        out.append(makeIssue(modelRow, Field::EmployeeNumber, IssueCode::SurroundingSpaces,
                             tr("The employee number has spaces before or after it; Ditio "
                                "matches the exact text."),
                             QuickFix::TrimSpaces));
    }
    describeControl(checks, row, Field::CertificateType, modelRow, out);
    if (checks & MissingCertificateType) {
        out.append(makeIssue(modelRow, Field::CertificateType, IssueCode::Required,
                             missingMessage(row, Field::CertificateType,
                                            tr("The certificate type is missing."))));
    }
    if (checks & CertificateTypeSpaces) {
        out.append(makeIssue(modelRow, Field::CertificateType, IssueCode::SurroundingSpaces,
                             tr("The certificate type has spaces before or after it; Ditio "
                                "would store it as a different type."),
                             QuickFix::TrimSpaces));
    }
    if (checks & TypeCloseToKnown) {
        const QString &type = row.text(Field::CertificateType);
        const QString known = reg.knownTypes ? reg.knownTypes->closeKnownType(type) : QString();
        out.append(
                known.isEmpty()
                        ? makeIssue(modelRow, Field::CertificateType, IssueCode::TypeCloseToKnown,
                                    tr("\"%1\" would become a new certificate type in Ditio, "
                                       "spelled almost like one it has.")
                                            .arg(type))
                        : makeIssue(modelRow, Field::CertificateType, IssueCode::TypeCloseToKnown,
                                    tr("Ditio has earlier certificates of type \"%1\"; \"%2\" "
                                       "would become a new type.")
                                            .arg(known, type),
                                    QuickFix::UseKnownCertificateType));
    }
    if (checks & TypeSpelledDifferentlyInDitio) {
        const QString &type = row.text(Field::CertificateType);
        const QString held = reg.ledger ? reg.ledger->heldSpellingOf(employee, type) : QString();
        out.append(held.isEmpty()
                           ? makeIssue(modelRow, Field::CertificateType,
                                       IssueCode::TypeSpelledDifferentlyInDitio,
                                       tr("Ditio already holds a certificate type spelled almost "
                                          "like \"%1\" for employee %2 (sent from this computer); "
                                          "this row would become a second certificate.")
                                               .arg(type, employee))
                           : makeIssue(modelRow, Field::CertificateType,
                                       IssueCode::TypeSpelledDifferentlyInDitio,
                                       tr("Ditio already holds \"%1\" for employee %2 (sent from "
                                          "this computer); \"%3\" would become a second "
                                          "certificate.")
                                               .arg(held, employee, type),
                                       QuickFix::UseDitioSpelling));
    }
    describeControl(checks, row, Field::CertificateNumber, modelRow, out);
    describeControl(checks, row, Field::IssuedDate, modelRow, out);
    describeDate(checks, row, Field::IssuedDate, modelRow, out);
    describeControl(checks, row, Field::ValidUntilDate, modelRow, out);
    describeDate(checks, row, Field::ValidUntilDate, modelRow, out);
    if (checks & DatesOutOfOrder) {
        // Swapping two equal dates changes nothing: no quick fix for the same day.
        const bool sameDay = row.issued().date == row.validUntil().date;
        Issue issue =
                makeIssue(modelRow, Field::IssuedDate, IssueCode::DatesOutOfOrder,
                          sameDay ? tr("The issue date and the expiry date are the same day; Ditio "
                                       "requires the issue date to be before the expiry date.")
                                  : tr("The issue date is after the expiry date; are the two dates "
                                       "swapped?"),
                          sameDay ? QuickFix::None : QuickFix::SwapDates);
        issue.hasOtherField = true;
        issue.otherField = Field::ValidUntilDate;
        out.append(issue);
    }
    if (checks & IssuedInFuture) {
        out.append(makeIssue(modelRow, Field::IssuedDate, IssueCode::IssuedInFuture,
                             tr("The issue date %1 is in the future.")
                                     .arg(DateParser::format(row.issued().date))));
    }
    if (checks & Expired) {
        out.append(makeIssue(modelRow, Field::ValidUntilDate, IssueCode::Expired,
                             tr("The certificate expired on %1.")
                                     .arg(DateParser::format(row.validUntil().date))));
    }
    if (checks & ExpiresSoon) {
        const qint64 days = today.daysTo(row.validUntil().date);
        out.append(makeIssue(
                modelRow, Field::ValidUntilDate, IssueCode::ExpiresSoon,
                days == 0 ? tr("The certificate expires today.")
                          : tr("The certificate expires in %n day(s), on %1.", nullptr, int(days))
                                    .arg(DateParser::format(row.validUntil().date))));
    }
    describeControl(checks, row, Field::Notes, modelRow, out);
}

} // namespace Ditio
