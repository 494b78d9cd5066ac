// RowValidator: the rules that look at one row alone, rule by rule, against a
// fixed "today" (28.11.2026). Each row of the table is one case a user could
// type: the row in, the exact set of (field, code, severity) out.

#include "register/employeedirectory.h"
#include "register/knowncertificatetypes.h"
#include "store/ledger.h"
#include "testhelpers.h"
#include "validation/rowvalidator.h"

#include <QTest>

using namespace Ditio;
using namespace DitioTest;
using namespace Qt::StringLiterals;

class TestRowValidator : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void messages_data();
    void messages();
    void quickFixes_data();
    void quickFixes();
    void mangledEmployeeNumbers_data();
    void mangledEmployeeNumbers();
    void registerRules_data();
    void registerRules();
    void registerRulesNeedARegister();
    void ledgerSpelling_data();
    void ledgerSpelling();
    void checksAreErrorsOrWarnings();
    void controlCharactersAreRemoved_data();
    void controlCharactersAreRemoved();
    void formulaWithoutAValueSaysSo();
    void outlineMatchesDescribe();

private:
    static QList<Issue> validate(const CertificateRow &row)
    {
        QList<Issue> issues;
        RowValidator::describe(RowValidator::check(row, fixedToday()), row, 7, fixedToday(),
                               issues);
        return issues;
    }
};

void TestRowValidator::rules_data()
{
    QTest::addColumn<QString>("employee");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("issued");
    QTest::addColumn<QString>("validUntil");
    QTest::addColumn<QStringList>("expected"); // field/code/severity, sorted

    // Today is 28.11.2026. The base row is valid: issued in the past, valid for years.
    const QString employee = u"1042"_s;
    const QString type = u"Byggekort"_s;
    const QString issued = u"15.01.2026"_s;
    const QString validUntil = u"15.01.2028"_s;
    const auto row = [&](const char *name) -> QTestData & { return QTest::newRow(name); };

    row("valid row") << employee << type << issued << validUntil << QStringList();

    // Required fields.
    row("employee number missing") << u""_s << type << issued << validUntil
                                   << QStringList {u"employeeNumber/required/error"_s};
    row("employee number only spaces") << u"   "_s << type << issued << validUntil
                                       << QStringList {u"employeeNumber/required/error"_s};
    row("certificate type missing") << employee << u""_s << issued << validUntil
                                    << QStringList {u"certificateType/required/error"_s};
    row("certificate type only a tab") << employee << u"\t"_s << issued << validUntil
                                       << QStringList {u"certificateType/required/error"_s};
    row("issued missing") << employee << type << u""_s << validUntil
                          << QStringList {u"issuedDateTime/required/error"_s};
    row("valid-until missing") << employee << type << issued << u" "_s
                               << QStringList {u"validUntilDateTime/required/error"_s};
    row("all four required fields missing")
            << u""_s << u""_s << u""_s << u""_s
            << QStringList {u"certificateType/required/error"_s, u"employeeNumber/required/error"_s,
                            u"issuedDateTime/required/error"_s,
                            u"validUntilDateTime/required/error"_s};

    // Dates not understood.
    row("issued is words") << employee << type << u"last spring"_s << validUntil
                           << QStringList {u"issuedDateTime/date-not-understood/error"_s};
    row("issued 31.02.2026") << employee << type << u"31.02.2026"_s << validUntil
                             << QStringList {u"issuedDateTime/date-not-understood/error"_s};
    row("valid-until 29.02.2027") << employee << type << issued << u"29.02.2027"_s
                                  << QStringList {
                                             u"validUntilDateTime/date-not-understood/error"_s};
    row("valid-until 29.02.2028 is a leap day")
            << employee << type << issued << u"29.02.2028"_s << QStringList();
    row("both dates not understood")
            << employee << type << u"x"_s << u"31.04.2027"_s
            << QStringList {u"issuedDateTime/date-not-understood/error"_s,
                            u"validUntilDateTime/date-not-understood/error"_s};

    // Two-digit years.
    row("issued two-digit year") << employee << type << u"15.01.26"_s << validUntil
                                 << QStringList {u"issuedDateTime/date-two-digit-year/error"_s};
    row("valid-until two-digit year")
            << employee << type << issued << u"15.01.28"_s
            << QStringList {u"validUntilDateTime/date-two-digit-year/error"_s};

    // Order of the dates (the later dates add the warnings they also deserve).
    row("issued after valid-until") << employee << type << u"15.01.2026"_s << u"15.01.2025"_s
                                    << QStringList {u"issuedDateTime/dates-out-of-order/error"_s,
                                                    u"validUntilDateTime/expired/warning"_s};
    row("issued after valid-until, both in the future")
            << employee << type << u"01.06.2030"_s << u"01.06.2029"_s
            << QStringList {u"issuedDateTime/dates-out-of-order/error"_s,
                            u"issuedDateTime/issued-in-future/warning"_s};
    row("issued on valid-until") << employee << type << u"15.01.2026"_s << u"2026-01-15"_s
                                 << QStringList {u"issuedDateTime/dates-out-of-order/error"_s,
                                                 u"validUntilDateTime/expired/warning"_s};
    row("issued the day before valid-until")
            << employee << type << u"14.01.2028"_s << u"15.01.2028"_s
            << QStringList {u"issuedDateTime/issued-in-future/warning"_s};
    row("order not judged when a date is unreadable")
            << employee << type << u"15.01.2030"_s << u"31.02.2027"_s
            << QStringList {u"issuedDateTime/issued-in-future/warning"_s,
                            u"validUntilDateTime/date-not-understood/error"_s};

    // Surrounding spaces in the key fields.
    row("employee number leading space")
            << u" 1042"_s << type << issued << validUntil
            << QStringList {u"employeeNumber/surrounding-spaces/warning"_s};
    row("employee number trailing space")
            << u"1042 "_s << type << issued << validUntil
            << QStringList {u"employeeNumber/surrounding-spaces/warning"_s};
    row("employee number trailing tab")
            << u"1042\t"_s << type << issued << validUntil
            << QStringList {u"employeeNumber/surrounding-spaces/warning"_s};
    row("employee number non-breaking space")
            << u"1042\u00a0"_s << type << issued << validUntil
            << QStringList {u"employeeNumber/surrounding-spaces/warning"_s};
    row("certificate type trailing space")
            << employee << u"Byggekort "_s << issued << validUntil
            << QStringList {u"certificateType/surrounding-spaces/warning"_s};
    row("certificate type leading space")
            << employee << u" Byggekort"_s << issued << validUntil
            << QStringList {u"certificateType/surrounding-spaces/warning"_s};
    row("space inside the type is fine")
            << employee << u"Arbeidsvarsling 1"_s << issued << validUntil << QStringList();
    row("spaces around a date are fine")
            << employee << type << u" 15.01.2026 "_s << validUntil << QStringList();

    // Expiry, with the 30-day boundary.
    row("expired long ago") << employee << type << u"05.11.2024"_s << u"05.11.2025"_s
                            << QStringList {u"validUntilDateTime/expired/warning"_s};
    row("expired yesterday") << employee << type << issued << u"27.11.2026"_s
                             << QStringList {u"validUntilDateTime/expired/warning"_s};
    row("expires today") << employee << type << issued << u"28.11.2026"_s
                         << QStringList {u"validUntilDateTime/expires-soon/warning"_s};
    row("expires tomorrow") << employee << type << issued << u"29.11.2026"_s
                            << QStringList {u"validUntilDateTime/expires-soon/warning"_s};
    row("expires in 30 days") << employee << type << issued << u"28.12.2026"_s
                              << QStringList {u"validUntilDateTime/expires-soon/warning"_s};
    row("expires in 31 days") << employee << type << issued << u"29.12.2026"_s << QStringList();

    // Issued in the future.
    row("issued today") << employee << type << u"28.11.2026"_s << validUntil << QStringList();
    row("issued tomorrow") << employee << type << u"29.11.2026"_s << validUntil
                           << QStringList {u"issuedDateTime/issued-in-future/warning"_s};

    // Employee numbers a spreadsheet mangled.
    for (const char *mangled : {"1042.0", "1042,0", "1042.00", "1.042E+3", "1E+3", "1,042E+3"}) {
        QTest::addRow("employee number %s is mangled", mangled)
                << QString::fromLatin1(mangled) << type << issued << validUntil
                << QStringList {u"employeeNumber/employee-number-mangled/error"_s};
    }
    for (const char *fine : {"1042", "01042", "A-1042", "1042-1", "10.42", "E1042"}) {
        QTest::addRow("employee number %s is not flagged", fine)
                << QString::fromLatin1(fine) << type << issued << validUntil << QStringList();
    }
    row("mangled and with a trailing space")
            << u"1042.0 "_s << type << issued << validUntil
            << QStringList {u"employeeNumber/employee-number-mangled/error"_s,
                            u"employeeNumber/surrounding-spaces/warning"_s};

    // Several problems at once: each one reported.
    // Characters Ditio should never receive: NUL from a damaged file, other
    // controls, C1 controls (text decoded in the wrong encoding), half of a
    // surrogate pair. Tab and line breaks are text.
    row("a NUL in the employee number")
            << u"1\u0000"
               "042"_s
            << type << issued << validUntil
            << QStringList {u"employeeNumber/control-character/error"_s};
    row("a bell character in the type")
            << employee << u"Bygge\u0007kort"_s << issued << validUntil
            << QStringList {u"certificateType/control-character/error"_s};
    row("a C1 control in the type") << employee << u"Bygge\u0085kort"_s << issued << validUntil
                                    << QStringList {u"certificateType/control-character/error"_s};
    row("half a surrogate pair") << employee << QString(u"Byggekort"_s + QChar(0xDC00)) << issued
                                 << validUntil
                                 << QStringList {u"certificateType/control-character/error"_s};
    row("a whole surrogate pair is text")
            << employee << u"Byggekort 🏗"_s << issued << validUntil << QStringList();
    row("a NUL after a date") << employee << type << u"15.01.2026\u0000"_s << validUntil
                              << QStringList {u"issuedDateTime/control-character/error"_s,
                                              u"issuedDateTime/date-not-understood/error"_s};
    row("everything wrong at once")
            << u" 1042.0"_s << u"Byggekort "_s << u"15.01.26"_s << u"31.02.2026"_s
            << QStringList {u"certificateType/surrounding-spaces/warning"_s,
                            u"employeeNumber/employee-number-mangled/error"_s,
                            u"employeeNumber/surrounding-spaces/warning"_s,
                            u"issuedDateTime/date-two-digit-year/error"_s,
                            u"validUntilDateTime/date-not-understood/error"_s};
}

void TestRowValidator::rules()
{
    QFETCH(QString, employee);
    QFETCH(QString, type);
    QFETCH(QString, issued);
    QFETCH(QString, validUntil);
    QFETCH(QStringList, expected);

    const CertificateRow row =
            makeRow(employee, type, u"BK-1"_s, issued, validUntil, u"Any notes"_s);
    const QList<Issue> issues = validate(row);
    QCOMPARE(issueKeys(issues), expected);
    for (const Issue &issue : issues) {
        QCOMPARE(issue.row, 7);
        QCOMPARE(issue.severity, severityOf(issue.code));
        QVERIFY2(!issue.message.isEmpty(), qPrintable(issueKey(issue)));
        QVERIFY2(issue.message.endsWith(u'.') || issue.message.endsWith(u'?'),
                 qPrintable(issue.message));
    }

    // The error bits decide whether a row can be sent.
    const RowValidator::Checks checks = RowValidator::check(row, fixedToday());
    const bool hasError = std::any_of(issues.cbegin(), issues.cend(), [](const Issue &issue) {
        return issue.severity == Severity::Error;
    });
    QCOMPARE(bool(checks & RowValidator::ErrorChecks), hasError);
}

void TestRowValidator::messages_data()
{
    QTest::addColumn<QString>("employee");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("issued");
    QTest::addColumn<QString>("validUntil");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    const QString employee = u"1042"_s;
    const QString type = u"Byggekort"_s;
    const QString issued = u"15.01.2026"_s;
    const QString validUntil = u"15.01.2028"_s;

    QTest::newRow("employee number missing")
            << u""_s << type << issued << validUntil << u"required"_s
            << u"The employee number is missing."_s;
    QTest::newRow("certificate type missing")
            << employee << u""_s << issued << validUntil << u"required"_s
            << u"The certificate type is missing."_s;
    QTest::newRow("no such date") << employee << type << u" 31.02.2026 "_s << validUntil
                                  << u"date-not-understood"_s
                                  << u"\"31.02.2026\" is not a date in the calendar."_s;
    QTest::newRow("not a date")
            << employee << type << issued << u"soon"_s << u"date-not-understood"_s
            << u"\"soon\" is not understood as a date; write it as 15.01.2026."_s;
    QTest::newRow("two-digit year")
            << employee << type << u"15.01.26"_s << validUntil << u"date-two-digit-year"_s
            << u"\"15.01.26\" has a two-digit year; write the year in full (15.01.2026?)."_s;
    QTest::newRow("dates swapped")
            << employee << type << u"01.06.2026"_s << u"01.06.2025"_s << u"dates-out-of-order"_s
            << u"The issue date is after the expiry date; are the two dates swapped?"_s;
    QTest::newRow("dates equal")
            << employee << type << u"01.06.2026"_s << u"01.06.2026"_s << u"dates-out-of-order"_s
            << u"The issue date and the expiry date are the same day; Ditio requires the issue "
               u"date to be before the expiry date."_s;
    QTest::newRow("mangled decimal")
            << u"1042.0"_s << type << issued << validUntil << u"employee-number-mangled"_s
            << u"\"1042.0\" looks like an employee number a spreadsheet turned into a decimal "
               u"number (was it 1042?)."_s;
    QTest::newRow("mangled exponent")
            << u"1.042E+3"_s << type << issued << validUntil << u"employee-number-mangled"_s
            << u"\"1.042E+3\" looks like a number a spreadsheet turned into scientific notation; "
               u"digits may be lost. Type the employee number again."_s;
    QTest::newRow("expired") << employee << type << issued << u"2026-11-27"_s << u"expired"_s
                             << u"The certificate expired on 27.11.2026."_s;
    QTest::newRow("expires today") << employee << type << issued << u"28.11.2026"_s
                                   << u"expires-soon"_s << u"The certificate expires today."_s;
    // Without a translator the source text shows; the English .qm adds plural forms.
    QTest::newRow("expires in 30 days")
            << employee << type << issued << u"28.12.2026"_s << u"expires-soon"_s
            << u"The certificate expires in 30 day(s), on 28.12.2026."_s;
    QTest::newRow("issued in the future")
            << employee << type << u"1.12.2026"_s << validUntil << u"issued-in-future"_s
            << u"The issue date 01.12.2026 is in the future."_s;
    QTest::newRow("type with spaces")
            << employee << u"Byggekort "_s << issued << validUntil << u"surrounding-spaces"_s
            << u"The certificate type has spaces before or after it; Ditio would store it as a "
               u"different type."_s;
    QTest::newRow("a NUL") << u"1\u0000"
                              "042"_s
                           << type << issued << validUntil << u"control-character"_s
                           << u"The text holds the control character NUL (U+0000) at position "
                              u"2, which Ditio would receive as part of the value; remove it."_s;
    QTest::newRow("an escape character")
            << employee << u"\u001BByggekort"_s << issued << validUntil << u"control-character"_s
            << u"The text holds the control character U+001B at position 1, which Ditio would "
               u"receive as part of the value; remove it."_s;
    QTest::newRow("half a surrogate pair")
            << employee << QString(u"Bygg"_s + QChar(0xD83D)) << issued << validUntil
            << u"control-character"_s
            << u"The text holds half of a character (U+D83D) at position 5, which Ditio would "
               u"receive as garbage; remove it."_s;
}

void TestRowValidator::messages()
{
    QFETCH(QString, employee);
    QFETCH(QString, type);
    QFETCH(QString, issued);
    QFETCH(QString, validUntil);
    QFETCH(QString, code);
    QFETCH(QString, message);

    const QList<Issue> issues = validate(makeRow(employee, type, u"BK-1"_s, issued, validUntil));
    QStringList found;
    for (const Issue &issue : issues) {
        if (issueCodeKey(issue.code) == code)
            found.append(issue.message);
    }
    QCOMPARE(found, QStringList {message});
}

void TestRowValidator::quickFixes_data()
{
    QTest::addColumn<QString>("employee");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("issued");
    QTest::addColumn<QString>("validUntil");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QuickFix>("fix");

    QTest::newRow("swapped dates offer a swap")
            << u"1042"_s << u"Byggekort"_s << u"01.06.2026"_s << u"01.06.2025"_s
            << u"dates-out-of-order"_s << QuickFix::SwapDates;
    QTest::newRow("the same day twice offers no swap (it would change nothing)")
            << u"1042"_s << u"Byggekort"_s << u"01.06.2026"_s << u"2026-06-01"_s
            << u"dates-out-of-order"_s << QuickFix::None;
    QTest::newRow("spaces in the employee number offer a trim")
            << u" 1042"_s << u"Byggekort"_s << u"01.06.2026"_s << u"01.06.2028"_s
            << u"surrounding-spaces"_s << QuickFix::TrimSpaces;
    QTest::newRow("decimal employee number offers removing the decimals")
            << u"1042,0"_s << u"Byggekort"_s << u"01.06.2026"_s << u"01.06.2028"_s
            << u"employee-number-mangled"_s << QuickFix::RemoveDecimalZero;
    QTest::newRow("scientific notation has no automatic fix (digits are lost)")
            << u"1.042E+3"_s << u"Byggekort"_s << u"01.06.2026"_s << u"01.06.2028"_s
            << u"employee-number-mangled"_s << QuickFix::None;
    QTest::newRow("a control character offers removing it")
            << u"10\u0000"
               "42"_s
            << u"Byggekort"_s << u"01.06.2026"_s << u"01.06.2028"_s << u"control-character"_s
            << QuickFix::RemoveControlCharacters;
    QTest::newRow("a missing value has no fix")
            << u""_s << u"Byggekort"_s << u"01.06.2026"_s << u"01.06.2028"_s << u"required"_s
            << QuickFix::None;
}

void TestRowValidator::quickFixes()
{
    QFETCH(QString, employee);
    QFETCH(QString, type);
    QFETCH(QString, issued);
    QFETCH(QString, validUntil);
    QFETCH(QString, code);
    QFETCH(QuickFix, fix);

    const QList<Issue> issues = validate(makeRow(employee, type, {}, issued, validUntil));
    const auto it = std::find_if(issues.cbegin(), issues.cend(), [&](const Issue &issue) {
        return issueCodeKey(issue.code) == code;
    });
    QVERIFY2(it != issues.cend(), qPrintable(issuesText(issues)));
    QCOMPARE(it->fix, fix);
    if (fix == QuickFix::SwapDates) {
        // The swap concerns both date cells.
        QVERIFY(it->concerns(Field::IssuedDate));
        QVERIFY(it->concerns(Field::ValidUntilDate));
    }
}

void TestRowValidator::mangledEmployeeNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("mangled");

    QTest::newRow("decimal point zero") << u"1042.0"_s << true;
    QTest::newRow("decimal comma zero") << u"1042,0"_s << true;
    QTest::newRow("two decimal zeros") << u"1042,00"_s << true;
    QTest::newRow("scientific with fraction") << u"1.042E+3"_s << true;
    QTest::newRow("scientific lower case") << u"1.042e+3"_s << true;
    QTest::newRow("scientific without plus") << u"1.042E3"_s << true;
    QTest::newRow("scientific without fraction") << u"1E+3"_s << true;
    QTest::newRow("scientific with comma") << u"1,042E+3"_s << true;
    QTest::newRow("plain digits") << u"1042"_s << false;
    QTest::newRow("leading zero") << u"01042"_s << false;
    QTest::newRow("letters and dash") << u"A-1042"_s << false;
    QTest::newRow("real decimal") << u"10.42"_s << false;
    QTest::newRow("trailing point") << u"1042."_s << false;
    QTest::newRow("negative exponent") << u"1.042E-3"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestRowValidator::mangledEmployeeNumbers()
{
    QFETCH(QString, text);
    QFETCH(bool, mangled);
    QCOMPARE(RowValidator::looksMangledByNumberFormat(text), mangled);
}

namespace {

// Ditio's register in the register tests: three employees, three types.
const EmployeeDirectory &testDirectory()
{
    static const EmployeeDirectory directory({{u"1042"_s, u"Kari"_s, u"Nordmann"_s},
                                              {u"2077"_s, u"Ola"_s, u"Hansen"_s},
                                              {u"31500"_s, u"Per"_s, u"Berg"_s}},
                                             fixedNow());
    return directory;
}

const KnownCertificateTypes &testKnownTypes()
{
    static const KnownCertificateTypes types = [] {
        KnownCertificateTypes t;
        t.addAccepted({u"Byggekort"_s, u"Fallsikring"_s, u"Truck"_s});
        return t;
    }();
    return types;
}

} // namespace

void TestRowValidator::registerRules_data()
{
    QTest::addColumn<QString>("employee");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("expected"); // field/code/severity, sorted
    QTest::addColumn<QStringList>("messages"); // of the register issues, in order
    QTest::addColumn<QList<QuickFix>>("fixes"); // of the register issues, in order

    using Fixes = QList<QuickFix>;
    const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };
    const QString notInRegister = u"employeeNumber/employee-not-in-register/error"_s;
    const QString closeType = u"certificateType/type-close-to-known/warning"_s;

    row("known employee and type")
            << u"1042"_s << u"Byggekort"_s << QStringList() << QStringList() << Fixes();
    row("unknown employee, no hint")
            << u"5555"_s << u"Byggekort"_s << QStringList {notInRegister}
            << QStringList {u"Ditio has no employee 5555."_s} << Fixes {QuickFix::None};
    row("leading zero") << u"01042"_s << u"Byggekort"_s << QStringList {notInRegister}
                        << QStringList {u"Ditio has no employee 01042. Did you mean 1042?"_s}
                        << Fixes {QuickFix::UseRegisterEmployeeNumber};
    row("one digit wrong") << u"2078"_s << u"Truck"_s << QStringList {notInRegister}
                           << QStringList {u"Ditio has no employee 2078. Did you mean 2077?"_s}
                           << Fixes {QuickFix::UseRegisterEmployeeNumber};
    row("trailing space") << u"1042 "_s << u"Byggekort"_s
                          << QStringList {notInRegister,
                                          u"employeeNumber/surrounding-spaces/warning"_s}
                          << QStringList {u"Ditio has no employee \"1042 \". Did you mean 1042?"_s}
                          << Fixes {QuickFix::UseRegisterEmployeeNumber};
    // The spreadsheet's error says it already, with its own fix.
    row("mangled number") << u"1042.0"_s << u"Byggekort"_s
                          << QStringList {u"employeeNumber/employee-number-mangled/error"_s}
                          << QStringList() << Fixes();
    row("employee missing") << u""_s << u"Byggekort"_s
                            << QStringList {u"employeeNumber/required/error"_s} << QStringList()
                            << Fixes();
    row("type with a trailing space")
            << u"1042"_s << u"Byggekort "_s
            << QStringList {u"certificateType/surrounding-spaces/warning"_s, closeType}
            << QStringList {u"Ditio has earlier certificates of type \"Byggekort\"; "
                            u"\"Byggekort \" would become a new type."_s}
            << Fixes {QuickFix::UseKnownCertificateType};
    row("type in lower case") << u"1042"_s << u"byggekort"_s << QStringList {closeType}
                              << QStringList {u"Ditio has earlier certificates of type "
                                              u"\"Byggekort\"; \"byggekort\" would become a "
                                              u"new type."_s}
                              << Fixes {QuickFix::UseKnownCertificateType};
    row("type with a typo") << u"1042"_s << u"Falsikring"_s << QStringList {closeType}
                            << QStringList {u"Ditio has earlier certificates of type "
                                            u"\"Fallsikring\"; \"Falsikring\" would become a "
                                            u"new type."_s}
                            << Fixes {QuickFix::UseKnownCertificateType};
    row("new type, not close") << u"1042"_s << u"Stillas"_s << QStringList() << QStringList()
                               << Fixes();
    row("type missing") << u"1042"_s << u""_s << QStringList {u"certificateType/required/error"_s}
                        << QStringList() << Fixes();
    row("both") << u"01042"_s << u"truck"_s << QStringList {closeType, notInRegister}
                << QStringList {u"Ditio has no employee 01042. Did you mean 1042?"_s,
                                u"Ditio has earlier certificates of type \"Truck\"; \"truck\" "
                                u"would become a new type."_s}
                << Fixes {QuickFix::UseRegisterEmployeeNumber, QuickFix::UseKnownCertificateType};
}

void TestRowValidator::registerRules()
{
    QFETCH(QString, employee);
    QFETCH(QString, type);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, messages);
    QFETCH(QList<QuickFix>, fixes);

    const CertificateRow row = makeRow(employee, type, u"BK-1"_s, u"15.01.2026"_s, u"15.01.2028"_s);
    const RowValidator::Register reg {&testDirectory(), &testKnownTypes(), nullptr};
    const RowValidator::Checks checks = RowValidator::check(row, fixedToday(), reg);
    QList<Issue> issues;
    RowValidator::describe(checks, row, 3, fixedToday(), reg, issues);
    QCOMPARE(issueKeys(issues), expected);
    QStringList registerMessages;
    QList<QuickFix> registerFixes;
    for (const Issue &issue : std::as_const(issues)) {
        QCOMPARE(issue.row, 3);
        QCOMPARE(issue.severity, severityOf(issue.code));
        if (issue.code == IssueCode::EmployeeNotInRegister
            || issue.code == IssueCode::TypeCloseToKnown) {
            registerMessages.append(issue.message);
            registerFixes.append(issue.fix);
        }
    }
    QCOMPARE(registerMessages, messages);
    QCOMPARE(registerFixes, fixes);
    // The register bits alone, given the others, are the same.
    const RowValidator::Checks local = RowValidator::check(row, fixedToday());
    QCOMPARE(local | RowValidator::checkRegister(row, local, reg), checks);
    // A memo gives the same answer, the first time and the second.
    QHash<QString, bool> memo;
    const RowValidator::Register memoized {&testDirectory(), &testKnownTypes(), &memo};
    QCOMPARE(RowValidator::check(row, fixedToday(), memoized), checks);
    QCOMPARE(RowValidator::check(row, fixedToday(), memoized), checks);
}

void TestRowValidator::registerRulesNeedARegister()
{
    // No register read, no known types: nothing is claimed about Ditio.
    const CertificateRow row =
            makeRow(u"01042"_s, u"byggekort"_s, u"BK-1"_s, u"15.01.2026"_s, u"15.01.2028"_s);
    QCOMPARE(RowValidator::check(row, fixedToday()), RowValidator::Checks(0));
    QCOMPARE(RowValidator::check(row, fixedToday(), RowValidator::Register()),
             RowValidator::Checks(0));
    // Either one alone checks only its own rule.
    QCOMPARE(RowValidator::check(row, fixedToday(), {&testDirectory(), nullptr, nullptr}),
             RowValidator::Checks(RowValidator::EmployeeNotInRegister));
    QCOMPARE(RowValidator::check(row, fixedToday(), {nullptr, &testKnownTypes(), nullptr}),
             RowValidator::Checks(RowValidator::TypeCloseToKnown));
    // An empty register knows no one.
    const EmployeeDirectory empty;
    QCOMPARE(RowValidator::check(validRow(u"1042"_s), fixedToday(), {&empty, nullptr, nullptr}),
             RowValidator::Checks(RowValidator::EmployeeNotInRegister));
    // Messages without the register still say what is wrong.
    QList<Issue> issues;
    RowValidator::describe(RowValidator::RegisterChecks, row, 0, fixedToday(), issues);
    QCOMPARE(issues.size(), 3);
    QCOMPARE(issues.at(0).message, u"Ditio has no employee 01042."_s);
    QCOMPARE(issues.at(2).message,
             u"Ditio already holds a certificate type spelled almost like \"byggekort\" for "
             u"employee 01042 (sent from this computer); this row would become a second "
             u"certificate."_s);
    QCOMPARE(issues.at(2).fix, QuickFix::None);
    QCOMPARE(issues.at(1).message,
             u"\"byggekort\" would become a new certificate type in Ditio, spelled almost like "
             u"one it has."_s);
}

namespace {

// What this computer sent: employee 1042's "Byggekort" (confirmed) and
// "Fallsikring" (sent, answer unclear), employee 2077's "Truck".
const Ledger &testLedger()
{
    static const Ledger ledger = [] {
        Ledger l;
        const auto add = [&l](const QString &employee, const QString &type, bool confirmed) {
            LedgerEntry entry;
            entry.employeeNumber = employee;
            entry.certificateType = type;
            (confirmed ? entry.confirmedAtMs : entry.unconfirmedAtMs) = 1'700'000'000'000;
            (confirmed ? entry.confirmedValues : entry.unconfirmedValues) = "x";
            l.insert(entry);
        };
        add(u"1042"_s, u"Byggekort"_s, true);
        add(u"1042"_s, u"Fallsikring"_s, false);
        add(u"2077"_s, u"Truck"_s, true);
        add(u"2077"_s, u"T4"_s, true);
        return l;
    }();
    return ledger;
}

} // namespace

void TestRowValidator::ledgerSpelling_data()
{
    QTest::addColumn<QString>("employee");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("expected"); // field/code/severity, sorted
    QTest::addColumn<QString>("message"); // of the ledger issue; empty: none
    QTest::addColumn<QString>("held"); // Ledger::heldSpellingOf()

    const QString spelled = u"certificateType/type-spelled-differently-in-ditio/warning"_s;
    const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };
    row("the held spelling") << u"1042"_s << u"Byggekort"_s << QStringList() << QString()
                             << QString();
    row("trailing space")
            << u"1042"_s << u"byggekort "_s
            << QStringList {u"certificateType/surrounding-spaces/warning"_s, spelled}
            << u"Ditio already holds \"Byggekort\" for employee 1042 (sent from this computer); "
               u"\"byggekort \" would become a second certificate."_s
            << u"Byggekort"_s;
    row("case and punctuation")
            << u"1042"_s << u"BYGGE-KORT"_s << QStringList {spelled}
            << u"Ditio already holds \"Byggekort\" for employee 1042 (sent from this computer); "
               u"\"BYGGE-KORT\" would become a second certificate."_s
            << u"Byggekort"_s;
    row("a typo") << u"1042"_s << u"Byggekrot"_s << QStringList {spelled}
                  << u"Ditio already holds \"Byggekort\" for employee 1042 (sent from this "
                     u"computer); \"Byggekrot\" would become a second certificate."_s
                  << u"Byggekort"_s;
    // A send with no clear answer may have made it: it counts.
    row("held unconfirmed") << u"1042"_s << u"fallsikring"_s << QStringList {spelled}
                            << u"Ditio already holds \"Fallsikring\" for employee 1042 (sent "
                               u"from this computer); \"fallsikring\" would become a second "
                               u"certificate."_s
                            << u"Fallsikring"_s;
    row("another employee's type")
            << u"2077"_s << u"byggekort"_s << QStringList() << QString() << QString();
    row("employee never sent") << u"5555"_s << u"truck"_s << QStringList() << QString()
                               << QString();
    row("not close") << u"1042"_s << u"Stillas"_s << QStringList() << QString() << QString();
    // Short types are codes that differ on purpose: only case and spaces.
    row("short code, another digit")
            << u"2077"_s << u"T5"_s << QStringList() << QString() << QString();
    row("short code, punctuation") << u"2077"_s << u"t-4"_s << QStringList {spelled}
                                   << u"Ditio already holds \"T4\" for employee 2077 (sent from "
                                      u"this computer); \"t-4\" would become a second "
                                      u"certificate."_s
                                   << u"T4"_s;
    row("short type, case") << u"2077"_s << u"TRUCK"_s << QStringList {spelled}
                            << u"Ditio already holds \"Truck\" for employee 2077 (sent from "
                               u"this computer); \"TRUCK\" would become a second certificate."_s
                            << u"Truck"_s;
    row("type missing") << u"1042"_s << u""_s << QStringList {u"certificateType/required/error"_s}
                        << QString() << QString();
}

void TestRowValidator::ledgerSpelling()
{
    QFETCH(QString, employee);
    QFETCH(QString, type);
    QFETCH(QStringList, expected);
    QFETCH(QString, message);
    QFETCH(QString, held);

    QCOMPARE(testLedger().heldSpellingOf(employee, type), held);
    const CertificateRow row = makeRow(employee, type, u"BK-1"_s, u"15.01.2026"_s, u"15.01.2028"_s);
    RowValidator::Register reg;
    reg.ledger = &testLedger();
    const RowValidator::Checks checks = RowValidator::check(row, fixedToday(), reg);
    QList<Issue> issues;
    RowValidator::describe(checks, row, 5, fixedToday(), reg, issues);
    QCOMPARE(issueKeys(issues), expected);
    const auto it = std::find_if(issues.cbegin(), issues.cend(), [](const Issue &issue) {
        return issue.code == IssueCode::TypeSpelledDifferentlyInDitio;
    });
    QCOMPARE(it != issues.cend() ? it->message : QString(), message);
    if (it != issues.cend()) {
        QCOMPARE(it->fix, QuickFix::UseDitioSpelling);
        QCOMPARE(it->field, Field::CertificateType);
        QCOMPARE(it->row, 5);
    }
    // Without a ledger (the command line's validate) the rule never runs.
    QCOMPARE(RowValidator::check(row, fixedToday(), RowValidator::Register())
                     & RowValidator::TypeSpelledDifferentlyInDitio,
             RowValidator::Checks(0));
}

void TestRowValidator::checksAreErrorsOrWarnings()
{
    // Every check is exactly one of the two kinds, so counts never double up.
    QCOMPARE(RowValidator::ErrorChecks & RowValidator::WarningChecks, RowValidator::Checks(0));
    QCOMPARE(RowValidator::ErrorChecks | RowValidator::WarningChecks,
             RowValidator::Checks((1u << RowValidator::CheckCount) - 1));
    QCOMPARE(RowValidator::RegisterChecks
                     & (RowValidator::ErrorChecks | RowValidator::WarningChecks),
             RowValidator::RegisterChecks);
    for (int bit = 0; bit < RowValidator::CheckCount; ++bit) {
        const RowValidator::Checks check = 1u << bit;
        QVERIFY2((check & (RowValidator::ErrorChecks | RowValidator::WarningChecks)) != 0,
                 qPrintable(QString::number(bit)));
    }
    // Severities of the cross-row codes: warnings, as the issue's table says.
    QCOMPARE(severityOf(IssueCode::DuplicateCertificate), Severity::Warning);
    QCOMPARE(severityOf(IssueCode::TypeSpellingVariant), Severity::Warning);
    QCOMPARE(severityOf(IssueCode::EmployeeNumberMangled), Severity::Error);
    // Ditio would refuse an unknown employee; a new type it would store.
    QCOMPARE(severityOf(IssueCode::EmployeeNotInRegister), Severity::Error);
    QCOMPARE(severityOf(IssueCode::TypeCloseToKnown), Severity::Warning);
    QCOMPARE(issueCodeKey(IssueCode::EmployeeNotInRegister), u"employee-not-in-register"_s);
    QCOMPARE(issueCodeKey(IssueCode::TypeCloseToKnown), u"type-close-to-known"_s);
    QCOMPARE(severityOf(IssueCode::TypeSpelledDifferentlyInDitio), Severity::Warning);
    QCOMPARE(issueCodeKey(IssueCode::TypeSpelledDifferentlyInDitio),
             u"type-spelled-differently-in-ditio"_s);
    QCOMPARE(quickFixTitle(QuickFix::UseDitioSpelling),
             u"Use the spelling Ditio holds for this employee"_s);
}

void TestRowValidator::outlineMatchesDescribe()
{
    // The problems panel lists outline() and builds messages with describe()
    // only for the lines on screen: the two must name the same issues in the
    // same order, for every combination of checks.
    CertificateRow row;
    row.setText(Field::EmployeeNumber, QStringLiteral("1042.0"));
    row.setText(Field::IssuedDate, QStringLiteral("15.01.2026"));
    row.setText(Field::ValidUntilDate, QStringLiteral("15.01.2025"));
    row.setText(Field::CertificateType, QStringLiteral("byggekort"));
    const QDate today(2026, 11, 28);
    const RowValidator::Register reg {&testDirectory(), &testKnownTypes(), nullptr};
    // Every combination of the other checks, each with one of the 64
    // combinations of the per-field control checks (all 2^23 would take
    // minutes; the control bits are independent of the others).
    constexpr int OtherCount = RowValidator::ControlShift;
    static_assert(RowValidator::CheckCount == OtherCount + FieldCount);
    for (RowValidator::Checks other = 0; other < (1u << OtherCount); ++other) {
        const RowValidator::Checks checks =
                other | ((other * 2654435761u >> 7) % 64) << RowValidator::ControlShift;
        // With the register (messages with hints) and without.
        for (bool withRegister : {false, true}) {
            QList<Issue> described;
            RowValidator::describe(checks, row, 0, today,
                                   withRegister ? reg : RowValidator::Register(), described);
            QList<RowValidator::Outline> outlined;
            RowValidator::outline(checks, outlined);
            QCOMPARE(outlined.size(), described.size());
            for (qsizetype i = 0; i < outlined.size(); ++i) {
                QCOMPARE(outlined.at(i).field, described.at(i).field);
                QCOMPARE(outlined.at(i).code, described.at(i).code);
            }
        }
    }
}

void TestRowValidator::controlCharactersAreRemoved_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("without");

    QTest::newRow("NUL") << u"1\u0000"
                            "042"_s
                         << u"1042"_s;
    QTest::newRow("several") << u"\u0001Bygge\u007Fkort\u0085"_s << u"Byggekort"_s;
    QTest::newRow("tab and line breaks stay")
            << u"Linje 1\r\nLinje\t2"_s << u"Linje 1\r\nLinje\t2"_s;
    QTest::newRow("a lone low surrogate") << QString(QChar(0xDC00) + u"x"_s) << u"x"_s;
    QTest::newRow("a whole pair stays") << u"🏗 x"_s << u"🏗 x"_s;
    QTest::newRow("noncharacters") << QString(u"a"_s + QChar(0xFFFE) + QChar(0xFFFF)) << u"a"_s;
}

void TestRowValidator::controlCharactersAreRemoved()
{
    QFETCH(QString, text);
    QFETCH(QString, without);
    QCOMPARE(RowValidator::withoutControlCharacters(text), without);
    QCOMPARE(RowValidator::firstControlCharacter(without), -1);
}

void TestRowValidator::formulaWithoutAValueSaysSo()
{
    // A formula cell the writing program never calculated is empty; the
    // message says why and what to do, not just "missing".
    CertificateRow row =
            makeRow(u""_s, u"Byggekort"_s, u"BK-1"_s, u"15.01.2026"_s, u"15.01.2028"_s);
    row.setFromFormula(Field::EmployeeNumber, true);
    const QList<Issue> issues = validate(row);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().code, IssueCode::Required);
    QCOMPARE(issues.first().message,
             u"The cell is a formula that was never calculated, so the file holds no value for "
             u"it. Open the file in Excel or LibreOffice, save it, and import it again."_s);
}

QTEST_GUILESS_MAIN(TestRowValidator)
#include "tst_rowvalidator.moc"
