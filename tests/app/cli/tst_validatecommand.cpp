// ditio-certs-cli, run as a separate program exactly as a scheduled job runs
// it: exit codes, the text lines, the JSON contract, and dates that no time
// zone can shift (Oslo, Kiritimati at UTC+14, Pago Pago at UTC-11).

#include "import/columnmapping.h"
#include "import/columnmappingmemory.h"
#include "programrun.h"
#include "testhelpers.h"
#include "workfile/workfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Ditio;
using namespace DitioTest;
using namespace Qt::StringLiterals;

namespace {

using Run = DitioTest::ProgramRun;

QString fixture(const QString &name)
{
    return QStringLiteral(DITIO_TEST_DATA_DIR "/") + name;
}

// Dates far from today, so expiry warnings never come and go with the date the
// test runs on; a blank line, so source rows skip one.
const QByteArray ZoneCsv =
        "employeeNumber,certificateType,certificateNumber,issuedDateTime,validUntilDateTime,notes\n"
        "1042,Byggekort,BK-1,15.01.2026,15.01.2094,Kurs hos Veiprosjekt AS\n"
        "1043,Truck,,2026-01-15,2094-01-15T00:00:00Z,\n"
        "1044,Truck,T-2,15.01.2095,15.01.2094,\n"
        "1045.0,Byggekort,,31.02.2024,15.01.94,\n"
        "\n"
        "1042,Byggekort,BK-9,01.01.2020,1.1.2090,\n";

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void exitCodes_data();
    void exitCodes();
    void textOutputListsEveryProblem();
    void textOutputNamesTheFileAsGiven();
    void warningsAboutTheFileGoToStandardError();
    void json_data();
    void json();
    void jsonIsTheSameInEveryTimeZone();
    void workFileInput();
    void bundledSample();
    void runsWithoutADisplay();
    void importOptions_data();
    void importOptions();
    void rememberedMappingIsUsed();
    void specialFilesAreRefused_data();
    void specialFilesAreRefused();
    void fileNameThatIsNotUtf8Opens();
    void outOfMemoryEndsWithAMessage();

private:
    Run run(const QStringList &arguments, const QString &timeZone = u"Europe/Oslo"_s,
            const QString &workingDirectory = {}) const;
    // Any program (a wrapper around the command line), in the test's folder.
    Run runWrapped(const QString &program, const QStringList &arguments) const;
    QString writeFile(const QString &name, const QByteArray &bytes) const;

    QTemporaryDir m_dir;
    QString m_validWorkFile;
    QString m_invalidWorkFile;
    QString m_truncatedWorkFile;
};

Run TestCli::run(const QStringList &arguments, const QString &timeZone,
                 const QString &workingDirectory) const
{
    QProcessEnvironment environment = programEnvironment(m_dir.filePath(u"home"_s));
    environment.insert(u"TZ"_s, timeZone);
    // The app's settings (remembered column mappings) in the test's folder.
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    return runProgram(QStringLiteral(DITIO_CLI), arguments, environment,
                      workingDirectory.isEmpty() ? QStringLiteral(DITIO_TEST_DATA_DIR)
                                                 : workingDirectory);
}

Run TestCli::runWrapped(const QString &program, const QStringList &arguments) const
{
    QProcessEnvironment environment = programEnvironment(m_dir.filePath(u"home"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    return runProgram(program, arguments, environment, m_dir.path());
}

QString TestCli::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(DITIO_CLI)), DITIO_CLI);

    WorkDocument valid;
    valid.rows = {makeRow(u"1042"_s, u"Byggekort"_s, u"BK-1"_s, u"15.01.2026"_s, u"15.01.2094"_s),
                  makeRow(u"1043"_s, u"Truck"_s, QString(), u"01.06.2025"_s, u"01.06.2093"_s)};
    m_validWorkFile = m_dir.filePath(u"valid.ditiocerts"_s);
    QVERIFY(WorkFile::write(m_validWorkFile, valid).ok());

    WorkDocument invalid = valid;
    invalid.rows[1].setText(Field::ValidUntilDate, u"31.02.2093"_s);
    m_invalidWorkFile = m_dir.filePath(u"invalid.ditiocerts"_s);
    QVERIFY(WorkFile::write(m_invalidWorkFile, invalid).ok());

    const QByteArray bytes = WorkFile::serialize(valid);
    m_truncatedWorkFile = writeFile(u"truncated.ditiocerts"_s, bytes.left(bytes.size() / 2));
    QVERIFY(!m_truncatedWorkFile.isEmpty());
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");

    const QString validate = u"validate"_s;
    QTest::newRow("valid CSV") << QStringList {validate, u"valid.csv"_s} << 0 << QString();
    QTest::newRow("valid CSV, JSON")
            << QStringList {validate, u"--format"_s, u"json"_s, u"valid.csv"_s} << 0 << QString();
    QTest::newRow("valid CSV, --format=text")
            << QStringList {validate, u"--format=text"_s, u"valid.csv"_s} << 0 << QString();
    QTest::newRow("CSV with errors")
            << QStringList {validate, u"with-errors.csv"_s} << 1 << QString();
    QTest::newRow("CSV with errors, JSON")
            << QStringList {validate, u"--format"_s, u"json"_s, u"with-errors.csv"_s} << 1
            << QString();
    QTest::newRow("header only") << QStringList {validate, u"header-only.csv"_s} << 0 << QString();
    QTest::newRow("valid work file") << QStringList {validate, u"@valid"_s} << 0 << QString();
    QTest::newRow("work file with errors")
            << QStringList {validate, u"@invalid"_s} << 1 << QString();
    QTest::newRow("bundled sample (has errors)")
            << QStringList {validate, QStringLiteral(DITIO_SAMPLE_CSV)} << 1 << QString();
    QTest::newRow("missing file")
            << QStringList {validate, u"no-such-file.csv"_s} << 2
            << u"no-such-file.csv cannot be opened: there is no such file (was it moved, renamed "
               u"or deleted?)."_s;
    QTest::newRow("a folder") << QStringList {validate, u"nowidgets-bad"_s} << 2
                              << u"nowidgets-bad cannot be"_s;
    QTest::newRow("truncated work file")
            << QStringList {validate, u"@truncated"_s} << 2 << u"the file is truncated"_s;
    QTest::newRow("Windows-1252 CSV")
            << QStringList {validate, u"windows-1252.csv"_s} << 0 << QString();
    // The rest of the file reads; the cell is named for review.
    QTest::newRow("unmatched quote")
            << QStringList {validate, u"unmatched-quote.csv"_s} << 0
            << u"Row 3, column 6: a quoted field is never closed; its quote was read as an "
               u"ordinary character; check this cell."_s;
    QTest::newRow("workbook renamed .csv")
            << QStringList {validate, u"workbook-renamed.csv"_s} << 2
            << u"workbook-renamed.csv cannot be read: the file is incomplete or damaged"_s;
    QTest::newRow("missing column") << QStringList {validate, u"missing-column.csv"_s} << 2
                                    << u"has no column for validUntilDateTime"_s;
    QTest::newRow("no file")
            << QStringList {validate} << 2
            << u"Usage: ditio-certs-cli validate [--format text|json] [--sheet NAME] "
               u"[--encoding NAME] [--delimiter CHAR] [--mapping FILE] FILE"_s;
    QTest::newRow("two files") << QStringList {validate, u"valid.csv"_s, u"valid.csv"_s} << 2
                               << u"Usage: ditio-certs-cli validate"_s;
    QTest::newRow("unknown format")
            << QStringList {validate, u"--format"_s, u"xml"_s, u"valid.csv"_s} << 2
            << u"ditio-certs-cli validate: unknown format \"xml\"; use text or json."_s;
    QTest::newRow("--format without a value")
            << QStringList {validate, u"valid.csv"_s, u"--format"_s} << 2 << u"format"_s;
    QTest::newRow("unknown option") << QStringList {validate, u"--bogus"_s, u"valid.csv"_s} << 2
                                    << u"Unknown option 'bogus'."_s;
    QTest::newRow("no command") << QStringList() << 2 << u"Usage: ditio-certs-cli COMMAND"_s;
    QTest::newRow("unknown command") << QStringList {u"frobnicate"_s, u"valid.csv"_s} << 2
                                     << u"Usage: ditio-certs-cli COMMAND"_s;
    QTest::newRow("help") << QStringList {u"--help"_s} << 0 << QString();
    QTest::newRow("validate --help") << QStringList {validate, u"--help"_s} << 0 << QString();
    QTest::newRow("version") << QStringList {u"--version"_s} << 0 << QString();
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);

    for (QString &argument : arguments) {
        if (argument == u"@valid")
            argument = m_validWorkFile;
        else if (argument == u"@invalid")
            argument = m_invalidWorkFile;
        else if (argument == u"@truncated")
            argument = m_truncatedWorkFile;
    }
    const Run result = run(arguments);
    QVERIFY2(result.exitCode == exitCode,
             qPrintable(u"exit %1\nstdout: %2\nstderr: %3"_s.arg(QString::number(result.exitCode),
                                                                 result.out, result.err)));
    if (!stderrContains.isEmpty())
        QVERIFY2(result.err.contains(stderrContains), qPrintable(result.err));
    if (exitCode == 2) {
        // A usage or file error prints no report, so nothing parses half a result.
        QCOMPARE(result.out, QString());
    } else {
        QVERIFY(!result.out.isEmpty());
    }
    // Otherwise stderr holds only what the row expects (a file's warnings), or nothing.
    if (exitCode != 2 && !arguments.contains(u"--help"_s) && !arguments.contains(u"--version"_s)
        && stderrContains.isEmpty())
        QCOMPARE(result.err, QString());
}

void TestCli::textOutputListsEveryProblem()
{
    const Run result = run({u"validate"_s, u"with-errors.csv"_s});
    QCOMPARE(result.exitCode, 1);
    const QStringList lines = result.out.split(u'\n');
    QCOMPARE(lines,
             (QStringList {
                     u"with-errors.csv:2: warning: employeeNumber: Same employee number and "
                     u"certificate type as row 7; Ditio keeps only the last one sent."_s,
                     u"with-errors.csv:3: error: issuedDateTime: The issue date is after the "
                     u"expiry date; are the two dates swapped?"_s,
                     u"with-errors.csv:3: warning: issuedDateTime: The issue date 01.02.2096 is "
                     u"in the future."_s,
                     u"with-errors.csv:4: error: issuedDateTime: \"31.02.2024\" is not a date in "
                     u"the calendar."_s,
                     u"with-errors.csv:4: error: validUntilDateTime: \"31.02.2094\" is not a date "
                     u"in the calendar."_s,
                     u"with-errors.csv:5: error: employeeNumber: \"1048.0\" looks like an "
                     u"employee number a spreadsheet turned into a decimal number (was it "
                     u"1048?)."_s,
                     u"with-errors.csv:6: error: validUntilDateTime: \"14.03.94\" has a "
                     u"two-digit year; write the year in full (14.03.1994?)."_s,
                     u"with-errors.csv:7: warning: employeeNumber: Same employee number and "
                     u"certificate type as row 2; Ditio keeps only the last one sent."_s,
                     u"with-errors.csv:8: error: employeeNumber: The employee number is "
                     u"missing."_s,
                     u"with-errors.csv:9: warning: certificateType: The certificate type has "
                     u"spaces before or after it; Ditio would store it as a different type."_s,
                     u"with-errors.csv:9: warning: certificateType: \"Byggekort \" is spelled "
                     u"\"Byggekort\" in 3 other rows; Ditio would store them as different "
                     u"certificate types."_s,
                     u"8 rows: 3 ready, 5 with errors, 5 warnings."_s, QString()}));
}

void TestCli::textOutputNamesTheFileAsGiven()
{
    // A path as typed, and a file name with a "%1" in it, are printed as they are.
    QVERIFY(QDir(m_dir.path()).mkpath(u"sub dir"_s));
    const QString path = writeFile(u"sub dir/rapport %1 100%.csv"_s,
                                   "employeeNumber,certificateType,issuedDateTime,"
                                   "validUntilDateTime\n1042,Byggekort,31.02.2024,01.01.2094\n");
    QVERIFY(!path.isEmpty());
    const Run result =
            run({u"validate"_s, u"sub dir/rapport %1 100%.csv"_s}, u"Europe/Oslo"_s, m_dir.path());
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out,
             u"sub dir/rapport %1 100%.csv:2: error: issuedDateTime: \"31.02.2024\" is not a "
             u"date in the calendar.\n1 row: 0 ready, 1 with errors, 0 warnings.\n"_s);
    const Run absolute = run({u"validate"_s, path});
    QVERIFY(absolute.out.startsWith(path + u":2: error:"_s));
}

void TestCli::warningsAboutTheFileGoToStandardError()
{
    const Run result = run({u"validate"_s, u"--format"_s, u"json"_s, u"unknown-column.csv"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err,
             u"unknown-column.csv: Column 7 (\"department\") is not a certificate field and was "
             u"not used.\n"_s);
    // Standard output stays pure JSON, and names the column too.
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.object().value(u"unusedColumns"),
             QJsonValue(
                     QJsonArray {QJsonObject {{u"column"_s, 7}, {u"header"_s, u"department"_s}}}));
}

void TestCli::json_data()
{
    QTest::addColumn<QString>("timeZone");

    QTest::newRow("Oslo (UTC+1)") << u"Europe/Oslo"_s;
    QTest::newRow("Kiritimati (UTC+14)") << u"Pacific/Kiritimati"_s;
    QTest::newRow("Pago Pago (UTC-11)") << u"Pacific/Pago_Pago"_s;
    QTest::newRow("UTC") << u"UTC"_s;
}

void TestCli::json()
{
    QFETCH(QString, timeZone);

    const QString path = writeFile(u"zones.csv"_s, ZoneCsv);
    const Run result = run({u"validate"_s, u"--format"_s, u"json"_s, path}, timeZone);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err, QString());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject root = document.object();

    QCOMPARE(root.value(u"file").toString(), path);
    const QJsonArray rows = root.value(u"rows").toArray();
    QCOMPARE(rows.size(), 5);

    const auto values = [&](int i) { return rows.at(i).toObject().value(u"values").toObject(); };
    const auto sourceRow = [&](int i) { return rows.at(i).toObject().value(u"sourceRow").toInt(); };
    const auto state = [&](int i) { return rows.at(i).toObject().value(u"state").toString(); };
    const auto issues = [&](int i) {
        QStringList list;
        for (const QJsonValue &value : rows.at(i).toObject().value(u"issues").toArray()) {
            const QJsonObject issue = value.toObject();
            list.append(issue.value(u"field").toString() + u'/'
                        + issue.value(u"severity").toString() + u'/'
                        + issue.value(u"code").toString() + u": "_s
                        + issue.value(u"message").toString());
        }
        return list;
    };

    // Exactly what would be sent: API names, midnight UTC, empty fields left out.
    QCOMPARE(sourceRow(0), 2);
    QCOMPARE(values(0),
             (QJsonObject {{u"employeeNumber"_s, u"1042"_s},
                           {u"certificateType"_s, u"Byggekort"_s},
                           {u"certificateNumber"_s, u"BK-1"_s},
                           {u"issuedDateTime"_s, u"2026-01-15T00:00:00Z"_s},
                           {u"validUntilDateTime"_s, u"2094-01-15T00:00:00Z"_s},
                           {u"notes"_s, u"Kurs hos Veiprosjekt AS"_s}}));
    QCOMPARE(state(0), u"ready"_s);
    QCOMPARE(issues(0),
             QStringList {u"employeeNumber/warning/duplicate-certificate: Same employee number and "
                          u"certificate type as row 7; Ditio keeps only the last one sent."_s});

    QCOMPARE(sourceRow(1), 3);
    QCOMPARE(values(1),
             (QJsonObject {{u"employeeNumber"_s, u"1043"_s},
                           {u"certificateType"_s, u"Truck"_s},
                           {u"issuedDateTime"_s, u"2026-01-15T00:00:00Z"_s},
                           {u"validUntilDateTime"_s, u"2094-01-15T00:00:00Z"_s}}));
    QCOMPARE(state(1), u"ready"_s);
    QCOMPARE(issues(1), QStringList());

    QCOMPARE(sourceRow(2), 4);
    QCOMPARE(state(2), u"invalid"_s);
    QCOMPARE(values(2).value(u"issuedDateTime").toString(), u"2095-01-15T00:00:00Z"_s);
    QCOMPARE(issues(2),
             (QStringList {u"issuedDateTime/error/dates-out-of-order: The issue date is after the "
                           u"expiry date; are the two dates swapped?"_s,
                           u"issuedDateTime/warning/issued-in-future: The issue date 15.01.2095 is "
                           u"in the future."_s}));

    QCOMPARE(sourceRow(3), 5);
    QCOMPARE(state(3), u"invalid"_s);
    // Dates that cannot be sent are not in the values.
    QCOMPARE(values(3),
             (QJsonObject {{u"employeeNumber"_s, u"1045.0"_s},
                           {u"certificateType"_s, u"Byggekort"_s}}));
    QCOMPARE(
            issues(3),
            (QStringList {u"employeeNumber/error/employee-number-mangled: \"1045.0\" looks like an "
                          u"employee number a spreadsheet turned into a decimal number (was it "
                          u"1045?)."_s,
                          u"issuedDateTime/error/date-not-understood: \"31.02.2024\" is not a date "
                          u"in the calendar."_s,
                          u"validUntilDateTime/error/date-two-digit-year: \"15.01.94\" has a "
                          u"two-digit year; write the year in full (15.01.1994?)."_s}));

    // After the blank line: the spreadsheet's row 7.
    QCOMPARE(sourceRow(4), 7);
    QCOMPARE(values(4).value(u"validUntilDateTime").toString(), u"2090-01-01T00:00:00Z"_s);
    QCOMPARE(state(4), u"ready"_s);

    QCOMPARE(
            root.value(u"summary").toObject(),
            (QJsonObject {{u"rows"_s, 5}, {u"ready"_s, 3}, {u"invalid"_s, 2}, {u"warnings"_s, 3}}));

    // The text summary counts the same.
    const Run text = run({u"validate"_s, path}, timeZone);
    QVERIFY2(text.out.endsWith(u"\n5 rows: 3 ready, 2 with errors, 3 warnings.\n"_s),
             qPrintable(text.out));
}

void TestCli::jsonIsTheSameInEveryTimeZone()
{
    const QString path = writeFile(u"zones.csv"_s, ZoneCsv);
    const QString oslo = run({u"validate"_s, u"--format"_s, u"json"_s, path}).out;
    QVERIFY(!oslo.isEmpty());
    for (const QString &zone : {u"Pacific/Kiritimati"_s, u"Pacific/Pago_Pago"_s,
                                u"America/St_Johns"_s, u"Asia/Kolkata"_s}) {
        QCOMPARE(run({u"validate"_s, u"--format"_s, u"json"_s, path}, zone).out, oslo);
    }
}

void TestCli::workFileInput()
{
    WorkDocument document;
    CertificateRow rejected =
            makeRow(u"1042"_s, u"Ukjent"_s, u"U-1"_s, u"15.01.2026"_s, u"15.01.2094"_s);
    rejected.uploadState = UploadState::Rejected;
    rejected.uploadMessage = u"Certificate type 'Ukjent' does not exist"_s;
    CertificateRow imported =
            makeRow(u"1043"_s, u"Truck"_s, QString(), u"15.01.2026"_s, u"31.02.2094"_s);
    imported.sourceRow = 40;
    document.rows = {rejected, imported};
    const QString path = m_dir.filePath(u"uploads.ditiocerts"_s);
    QVERIFY(WorkFile::write(path, document).ok());

    const Run result = run({u"validate"_s, u"--format"_s, u"json"_s, path});
    QCOMPARE(result.exitCode, 1);
    const QJsonArray rows =
            QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"rows").toArray();
    QCOMPARE(rows.size(), 2);
    // A typed row is cited by its place in an exported file (header = row 1).
    QCOMPARE(rows.at(0).toObject().value(u"sourceRow").toInt(), 2);
    QCOMPARE(rows.at(0).toObject().value(u"state").toString(), u"rejected"_s);
    QCOMPARE(rows.at(0).toObject().value(u"message").toString(),
             u"Certificate type 'Ukjent' does not exist"_s);
    QCOMPARE(rows.at(1).toObject().value(u"sourceRow").toInt(), 40);
    QCOMPARE(rows.at(1).toObject().value(u"state").toString(), u"invalid"_s);

    const Run text = run({u"validate"_s, path});
    QCOMPARE(text.out,
             path
                     + u":40: error: validUntilDateTime: \"31.02.2094\" is not a date in the "
                       u"calendar.\n2 rows: 1 ready, 1 with errors, 0 warnings.\n"_s);
}

void TestCli::bundledSample()
{
    // The sample has expiry warnings that depend on today's date: only the
    // errors are fixed.
    const Run result =
            run({u"validate"_s, u"--format"_s, u"json"_s, QStringLiteral(DITIO_SAMPLE_CSV)});
    QCOMPARE(result.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QJsonObject summary = root.value(u"summary").toObject();
    QCOMPARE(summary.value(u"rows").toInt(), 15);
    QCOMPARE(summary.value(u"invalid").toInt(), 5);
    QCOMPARE(summary.value(u"ready").toInt(), 10);
    QStringList errors;
    for (const QJsonValue &row : root.value(u"rows").toArray()) {
        for (const QJsonValue &issue : row.toObject().value(u"issues").toArray()) {
            if (issue.toObject().value(u"severity").toString() == u"error") {
                errors.append(QString::number(row.toObject().value(u"sourceRow").toInt()) + u' '
                              + issue.toObject().value(u"code").toString());
            }
        }
    }
    QCOMPARE(errors,
             (QStringList {u"7 dates-out-of-order"_s, u"8 date-not-understood"_s,
                           u"8 date-not-understood"_s, u"10 employee-number-mangled"_s,
                           u"11 date-two-digit-year"_s, u"13 required"_s}));
}

void TestCli::runsWithoutADisplay()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    // A platform that cannot start here: a program that needed one would abort.
    environment.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DITIO_CLI), {u"validate"_s, fixture(u"valid.csv"_s)});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardError(), QByteArray());
    QCOMPARE(process.readAllStandardOutput(),
             QByteArray("3 rows: 3 ready, 0 with errors, 0 warnings.\n"));
}

// A header no matcher can place, readable with a mapping.
const QByteArray OddCsv = "Nr;Hva;Fra;Til\n1042;Byggekort;15.01.2026;15.01.2094\n";

void TestCli::importOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("err"); // exactly; "@path" stands for the file's path
    QTest::addColumn<QString>("out"); // the last line of the text report, if given

    const QString validate = u"validate"_s;
    const QString workbook = u"import/libreoffice-certificates.xlsx"_s;
    QTest::newRow("workbook, its preferred sheet") << QStringList {validate, workbook} << 1
                                                   << workbook
                    + u": Column 2 (\"Navn\") is not a certificate field and was not used.\n"_s
                    + workbook
                    + u": Row 8, column K: the value is right of the header's last column and was "
                      u"not used.\n"_s << QString();
    QTest::newRow("workbook, --sheet NAME")
            << QStringList {validate, u"--sheet"_s, u"Sertifikater"_s, workbook} << 1
            << workbook + u": Column 2 (\"Navn\") is not a certificate field and was not used.\n"_s
                    + workbook
                    + u": Row 8, column K: the value is right of the header's last column and was "
                      u"not used.\n"_s
            << QString();
    QTest::newRow("workbook, a sheet without a header")
            << QStringList {validate, u"--sheet=Oversikt"_s, workbook} << 2
            << workbook
                    + u" cannot be read: the header (row 1) has no column for employeeNumber, "
                      u"issuedDateTime, validUntilDateTime. Name the columns with "
                      u"Ditio's field names (employeeNumber, certificateType, certificateNumber, "
                      u"issuedDateTime, validUntilDateTime, notes) or the usual labels (Ansattnr, "
                      u"Sertifikat, Sertifikatnr, Utstedt, Gyldig til, Merknad).\n"_s
            << QString();
    QTest::newRow("unknown sheet: the sheets listed")
            << QStringList {validate, u"--sheet"_s, u"Nye"_s, workbook} << 2
            << workbook
                    + u" cannot be read: it has no sheet named \"Nye\"; its sheets are "
                      u"\"Oversikt\", \"Sertifikater\".\n"_s
            << QString();
    // A sheet name means nothing to a text file or a work file: refused, never ignored.
    QTest::newRow("--sheet on a CSV")
            << QStringList {validate, u"--sheet"_s, u"Sertifikater"_s, u"valid.csv"_s} << 2
            << u"ditio-certs-cli validate: --sheet is for workbooks (.xlsx, .ods); valid.csv is a "
               u"text "
               u"file.\n"_s
            << QString();
    QTest::newRow("--sheet on a work file")
            << QStringList {validate, u"--sheet=Ark1"_s, u"@work"_s} << 2
            << u"ditio-certs-cli validate: --sheet is for workbooks (.xlsx, .ods); @work is a work "
               u"file.\n"_s
            << QString();
    QTest::newRow("--encoding windows-1252")
            << QStringList {validate, u"--encoding"_s, u"windows-1252"_s, u"windows-1252.csv"_s}
            << 0 << QString() << u"2 rows: 2 ready, 0 with errors, 0 warnings."_s;
    QTest::newRow("--encoding utf-8 on Windows-1252 bytes")
            << QStringList {validate, u"--encoding=utf-8"_s, u"windows-1252.csv"_s} << 2
            << u"windows-1252.csv cannot be read: row 3, column 2: byte 0xF8 is not UTF-8; the "
               u"file may be in another encoding.\n"_s
            << QString();
    QTest::newRow("unknown encoding")
            << QStringList {validate, u"--encoding"_s, u"ebcdic"_s, u"valid.csv"_s} << 2
            << u"ditio-certs-cli validate: unknown encoding \"ebcdic\"; use utf-8, utf-16, "
               u"utf-16le, utf-16be or windows-1252.\n"_s
            << QString();
    QTest::newRow("--delimiter ';'")
            << QStringList {validate, u"--delimiter"_s, u";"_s, u"semicolon-sep-line.csv"_s} << 0
            << QString() << u"2 rows: 2 ready, 0 with errors, 0 warnings."_s;
    QTest::newRow("--delimiter tab on a comma file")
            << QStringList {validate, u"--delimiter"_s, u"tab"_s, u"valid.csv"_s} << 2
            << u"valid.csv cannot be read: the header (row 1) has no column for "
               u"certificateType, issuedDateTime, validUntilDateTime. Name the columns with "
               u"Ditio's field names (employeeNumber, certificateType, certificateNumber, "
               u"issuedDateTime, validUntilDateTime, notes) or the usual labels (Ansattnr, "
               u"Sertifikat, Sertifikatnr, Utstedt, Gyldig til, Merknad).\n"_s
            << QString();
    QTest::newRow("unknown delimiter")
            << QStringList {validate, u"--delimiter"_s, u"::"_s, u"valid.csv"_s} << 2
            << u"ditio-certs-cli validate: unknown delimiter \"::\"; use ';', ',', tab or '|'.\n"_s
            << QString();
    QTest::newRow("--mapping FILE")
            << QStringList {validate, u"--mapping"_s, u"@mapping"_s, u"@odd"_s} << 0 << QString()
            << u"1 row: 1 ready, 0 with errors, 0 warnings."_s;
    QTest::newRow("the same file without the mapping")
            << QStringList {validate, u"@odd"_s} << 2
            << u"@odd cannot be read: the header (row 1) has no column for employeeNumber, "
               u"certificateType, issuedDateTime, validUntilDateTime. Name the columns with "
               u"Ditio's field names (employeeNumber, certificateType, certificateNumber, "
               u"issuedDateTime, validUntilDateTime, notes) or the usual labels (Ansattnr, "
               u"Sertifikat, Sertifikatnr, Utstedt, Gyldig til, Merknad).\n"_s
            << QString();
    QTest::newRow("--mapping with a missing file")
            << QStringList {validate, u"--mapping"_s, u"no-such-mapping.json"_s, u"valid.csv"_s}
            << 2 << u"no-such-mapping.json cannot be opened: No such file or directory\n"_s
            << QString();
    QTest::newRow("--mapping with a file that is no mapping")
            << QStringList {validate, u"--mapping"_s, u"valid.csv"_s, u"valid.csv"_s} << 2
            << u"valid.csv cannot be read: it is not a column mapping saved by Ditio "
               u"Certificates.\n"_s
            << QString();
}

void TestCli::importOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, err);
    QFETCH(QString, out);

    const QString odd = writeFile(u"odd.csv"_s, OddCsv);
    const QString mapping = m_dir.filePath(u"odd-mapping.json"_s);
    QString error;
    QVERIFY(ColumnMapping({u"Nr"_s, u"Hva"_s, u"Fra"_s, u"Til"_s},
                          {Field::EmployeeNumber, Field::CertificateType, Field::IssuedDate,
                           Field::ValidUntilDate})
                    .save(mapping, &error));
    for (QString &argument : arguments) {
        argument.replace(u"@odd"_s, odd).replace(u"@mapping"_s, mapping);
        argument.replace(u"@work"_s, m_validWorkFile);
    }
    err.replace(u"@odd"_s, odd).replace(u"@work"_s, m_validWorkFile);

    const Run result = run(arguments);
    QVERIFY2(result.exitCode == exitCode,
             qPrintable(u"exit %1\nstdout: %2\nstderr: %3"_s.arg(QString::number(result.exitCode),
                                                                 result.out, result.err)));
    QCOMPARE(result.err, err);
    if (exitCode == 2)
        QCOMPARE(result.out, QString());
    if (!out.isEmpty())
        QVERIFY2(result.out.endsWith(out + u'\n'), qPrintable(result.out));
}

void TestCli::rememberedMappingIsUsed()
{
    // A mapping confirmed in the app (same settings: organisation "Ditio",
    // application "ditio-certs") applies on the command line too.
    const QString odd = writeFile(u"remembered.csv"_s, OddCsv);
    QVERIFY(run({u"validate"_s, odd}).exitCode == 2);
    {
        QSettings settings(m_dir.filePath(u"config/Ditio/ditio-certs.conf"_s),
                           QSettings::IniFormat);
        ColumnMappingMemory memory(&settings);
        memory.remember(ColumnMapping({u"Nr"_s, u"Hva"_s, u"Fra"_s, u"Til"_s},
                                      {Field::EmployeeNumber, Field::CertificateType,
                                       Field::IssuedDate, Field::ValidUntilDate}),
                        QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC));
    }
    const Run result = run({u"validate"_s, u"--format"_s, u"json"_s, odd});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, 0);
    const QJsonArray rows =
            QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"rows").toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(u"sourceRow").toInt(), 2);
    QCOMPARE(rows.at(0).toObject().value(u"values").toObject().value(u"employeeNumber").toString(),
             u"1042"_s);
    QVERIFY(QFile::remove(m_dir.filePath(u"config/Ditio/ditio-certs.conf"_s)));
}

void TestCli::specialFilesAreRefused_data()
{
    QTest::addColumn<QString>("path"); // @fifo: a named pipe made here
    QTest::addColumn<QString>("reason");

    const QString notRegular = u"it is not a regular file (it is a device, a pipe or a socket), "
                               u"and only files are read. Save the data to a file first."_s;
    // Before: /dev/zero named .csv hung; as a work file it read until bad_alloc.
    QTest::newRow("a device") << u"/dev/zero"_s << notRegular;
    QTest::newRow("a named pipe (FIFO)") << u"@fifo"_s << notRegular;
    QTest::newRow("a folder") << u"@folder"_s << u"it is a folder, not a file."_s;
}

void TestCli::specialFilesAreRefused()
{
    // Refused before they are opened, so nothing blocks or reads for ever.
    QFETCH(QString, path);
    QFETCH(QString, reason);
    if (path == u"@fifo") {
        path = m_dir.filePath(u"pipe.csv"_s);
        QFile::remove(path);
        QCOMPARE(QProcess::execute(u"mkfifo"_s, {path}), 0);
    } else if (path == u"@folder") {
        path = m_dir.filePath(u"folder.ditiocerts"_s);
        QVERIFY(QDir().mkpath(path));
    }
    for (const QString &command : {u"validate"_s, u"export"_s}) {
        QStringList arguments {command, path};
        if (command == u"export")
            arguments << u"--to"_s << m_dir.filePath(u"out.csv"_s);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err.trimmed(),
                 QDir::toNativeSeparators(path) + u" cannot be opened: "_s + reason);
    }
}

void TestCli::fileNameThatIsNotUtf8Opens()
{
    // A name from an older system (Latin-1 bytes): no QString holds it, yet
    // the file opens (through /proc/self/fd). The shell passes the bytes.
    QVERIFY(!writeFile(u"plain.csv"_s, ZoneCsv).isEmpty());
    const Run result =
            runWrapped(u"/bin/sh"_s,
                       {u"-c"_s,
                        u"cp plain.csv \"$(printf 'na\\357ve.csv')\" && exec \"$0\" validate "
                        u"\"$(printf 'na\\357ve.csv')\""_s,
                        QStringLiteral(DITIO_CLI)});
    QCOMPARE(result.exitCode, 1); // the fixture has errors: read, not refused
    QVERIFY2(result.out.contains(u"5 rows: 3 ready, 2 with errors, 3 warnings."_s),
             qPrintable(result.out + result.err));
}

void TestCli::outOfMemoryEndsWithAMessage()
{
#if defined(DITIO_SANITIZE)
    QSKIP("AddressSanitizer reserves terabytes of address space: no limit can be set");
#endif
    // A file too large for the memory the process may have (the address
    // space capped at 150 MB): exit status 2 and a message, never an abort.
    QByteArray csv = "Ansattnr;Sertifikat;Sertifikatnr;Utstedt;Gyldig til;Merknad\n";
    for (int i = 0; i < 300000; ++i) {
        csv += QByteArray::number(1000 + i) + ";Byggekort;BK-" + QByteArray::number(i)
                + ";15.01.2020;15.01.2022;Kurs hos leverandør nummer " + QByteArray::number(i)
                + '\n';
    }
    const QString path = writeFile(u"large.csv"_s, csv);
    QVERIFY(!path.isEmpty());
    const Run result = runWrapped(
            u"prlimit"_s, {u"--as=157286400"_s, QStringLiteral(DITIO_CLI), u"validate"_s, path});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(u"ditio-certs-cli: stopped: there was not enough memory"_s),
             qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_validatecommand.moc"
