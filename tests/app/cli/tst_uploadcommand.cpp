// `ditio-certs-cli upload`, run as a separate program exactly as a scheduled sync runs it:
// exit codes, every row's final state, the report files, which credentials and addresses win,
// and that no secret or token ends up in anything the run printed or wrote.

#include "filesizelimit.h"
#include "programrun.h"
#include "sandboxserver.h"
#include "testhelpers.h"
#include "workfile/workfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Ditio;
using namespace DitioTest;
using namespace Qt::StringLiterals;

namespace {

using Run = DitioTest::ProgramRun;

using Environment = QList<std::pair<QString, QString>>;

const QString Sample = QStringLiteral(DITIO_SAMPLE_CSV);

// Distinctive, so a grep cannot find them by accident.
const QString Secret = u"hC-Secret-7f3e9a1c-never-written"_s;
const QString FakeToken = u"hC-Token-5b2d8e4f-never-written"_s;

// Every row valid, every employee in the sandbox's register.
const QByteArray CleanCsv =
        "employeeNumber,certificateType,certificateNumber,issuedDateTime,validUntilDateTime,notes\n"
        "1042,Byggekort,BK-1,15.01.2026,15.01.2094,\n"
        "1043,Truck,T-1,01.06.2025,01.06.2093,Kurs\n"
        "1044,Byggekort,BK-2,15.01.2026,15.01.2094,\n";

const QString Usage =
        u"Usage: ditio-certs-cli upload FILE [--env test|production|sandbox] [--api-base URL] "
        u"[--identity-base URL] [--client-id ID] [--batch-size N] [--format text|json] "
        u"[--report OUT.csv|OUT.json] [--sheet NAME] [--encoding NAME] [--delimiter CHAR] "
        u"[--mapping FILE]\n"_s;

// The bundled sample against the sandbox's register (1042-1051): sourceRow and state.
const QList<std::pair<int, QString>> SampleStates = {
        {2, u"uploaded"_s},  {3, u"uploaded"_s},  {4, u"uploaded"_s},  {5, u"uploaded"_s},
        {6, u"uploaded"_s},  {7, u"invalid"_s},   {8, u"invalid"_s},   {9, u"uploaded"_s},
        {10, u"invalid"_s},  {11, u"invalid"_s},  {12, u"uploaded"_s}, {13, u"invalid"_s},
        {14, u"uploaded"_s}, {15, u"uploaded"_s}, {16, u"invalid"_s},
};

} // namespace

class TestCliUpload : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void usageErrors_data();
    void usageErrors();
    void sampleToTheBuiltInSandbox();
    void sampleAsText();
    void cleanFileUploadsEverything_data();
    void cleanFileUploadsEverything();
    void connectionFailures_data();
    void connectionFailures();
    void tokenFromElsewhere();
    void flagsWinOverTheEnvironment_data();
    void flagsWinOverTheEnvironment();
    void rejectedRowCarriesDitiosWords();
    void reportFiles_data();
    void reportFiles();
    void diskFullKeepsTheOldReport_data();
    void diskFullKeepsTheOldReport();
    void workFileKeepsItsRunLogBesideIt();
    void secretAndTokenAreNeverWritten();

private:
    // With a fileSizeLimit (>= 0) the program runs on a full disk: no file it writes can
    // grow past that many bytes (FileSizeLimit, which it inherits).
    Run run(const QStringList &arguments, const Environment &environment = {},
            qint64 fileSizeLimit = -1) const;
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    Environment serverEnvironment(const QString &secret = Secret) const;
    QString fetchToken();

    QTemporaryDir m_dir;
    QString m_home;
    QString m_clean;
    SandboxServer m_server;
    QNetworkAccessManager m_manager;
};

Run TestCliUpload::run(const QStringList &arguments, const Environment &variables,
                       qint64 fileSizeLimit) const
{
    // Everything the program may write for itself (settings, run log) lands
    // in the test's own folder, where the secret test looks for it.
    QProcessEnvironment environment = programEnvironment(m_home);
    for (const char *name : {"DITIO_API_BASE", "DITIO_IDENTITY_BASE", "DITIO_CLIENT_ID",
                             "DITIO_CLIENT_SECRET", "DITIO_TOKEN"})
        environment.remove(QString::fromLatin1(name));
    for (const auto &[name, value] : variables)
        environment.insert(name, value);
    std::function<bool(const std::function<void()> &)> aroundStart;
#ifdef Q_OS_LINUX
    // The limit holds in this process only while the program starts; the program keeps it.
    if (fileSizeLimit >= 0) {
        aroundStart = [fileSizeLimit](const std::function<void()> &start) {
            return DitioTest::withFileSizeLimit(fileSizeLimit, start);
        };
    }
#else
    Q_UNUSED(fileSizeLimit);
#endif
    // The test's own sandbox answers on this thread while the program runs.
    return runProgram(QStringLiteral(DITIO_CLI), arguments, environment, m_dir.path(), aroundStart);
}

QString TestCliUpload::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

Environment TestCliUpload::serverEnvironment(const QString &secret) const
{
    return {{u"DITIO_API_BASE"_s, m_server.apiBase().toString()},
            {u"DITIO_IDENTITY_BASE"_s, m_server.identityBase().toString()},
            {u"DITIO_CLIENT_ID"_s, m_server.clientId()},
            {u"DITIO_CLIENT_SECRET"_s, secret}};
}

QString TestCliUpload::fetchToken()
{
    QNetworkRequest request(QUrl(m_server.identityBase().toString() + u"/connect/token"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
    form.addQueryItem(u"client_id"_s, m_server.clientId());
    form.addQueryItem(u"client_secret"_s, Secret);
    form.addQueryItem(u"scope"_s, u"ditioapiv3"_s);
    QNetworkReply *reply = m_manager.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        return {};
    const QString token =
            QJsonDocument::fromJson(reply->readAll()).object().value(u"access_token").toString();
    reply->deleteLater();
    return token;
}

void TestCliUpload::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(DITIO_CLI)), DITIO_CLI);
    QVERIFY(QFile::exists(Sample));
    m_home = m_dir.filePath(u"home"_s);
    QVERIFY(QDir().mkpath(m_home));
    m_clean = writeFile(u"clean.csv"_s, CleanCsv);
    QVERIFY(!m_clean.isEmpty());
    m_manager.setProxy(QNetworkProxy::NoProxy);
    m_server.setClientSecret(Secret);
    QVERIFY(m_server.listen());
}

void TestCliUpload::init()
{
    m_server.setBehaviour(SandboxServer::Behaviour());
    m_server.clearCertificates();
    m_server.clearLog();
}

void TestCliUpload::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Environment>("environment");
    QTest::addColumn<QString>("firstLine"); // exactly; the usage follows

    const QString u = u"upload"_s;
    const Environment credentials {{u"DITIO_CLIENT_ID"_s, u"id"_s},
                                   {u"DITIO_CLIENT_SECRET"_s, u"secret"_s}};
    QTest::newRow("no file") << QStringList {u} << credentials
                             << u"ditio-certs-cli upload: no file to upload."_s;
    QTest::newRow("two files") << QStringList {u, u"clean.csv"_s, u"clean.csv"_s} << credentials
                               << u"ditio-certs-cli upload: one file at a time."_s;
    QTest::newRow("unknown option") << QStringList {u, u"--bogus"_s, u"clean.csv"_s} << credentials
                                    << u"ditio-certs-cli upload: Unknown option 'bogus'."_s;
    QTest::newRow("unknown format")
            << QStringList {u, u"--format"_s, u"xml"_s, u"clean.csv"_s} << credentials
            << u"ditio-certs-cli upload: unknown format \"xml\"; use text or json."_s;
    QTest::newRow("unknown environment")
            << QStringList {u, u"--env"_s, u"staging"_s, u"clean.csv"_s} << credentials
            << u"ditio-certs-cli upload: unknown environment \"staging\"; use test, production "
               u"or sandbox (or --api-base and --identity-base for other addresses)."_s;
    QTest::newRow("--env with addresses")
            << QStringList {u,
                            u"--env"_s,
                            u"test"_s,
                            u"--api-base"_s,
                            u"https://a.example/core"_s,
                            u"clean.csv"_s}
            << credentials
            << u"ditio-certs-cli upload: --env and --api-base/--identity-base exclude each "
               u"other: addresses make a custom environment."_s;
    QTest::newRow("batch size 0")
            << QStringList {u, u"--batch-size"_s, u"0"_s, u"clean.csv"_s} << credentials
            << u"ditio-certs-cli upload: --batch-size takes a number from 1 to 1000, not \"0\"."_s;
    QTest::newRow("batch size not a number")
            << QStringList {u, u"--batch-size=many"_s, u"clean.csv"_s} << credentials
            << u"ditio-certs-cli upload: --batch-size takes a number from 1 to 1000, not "
               u"\"many\"."_s;
    QTest::newRow("report of unknown format")
            << QStringList {u, u"--report"_s, u"out.xlsx"_s, u"clean.csv"_s} << credentials
            << u"ditio-certs-cli upload: cannot tell the format of the report \"out.xlsx\": name "
               u"it .csv or .json."_s;
    QTest::newRow("report in a missing folder")
            << QStringList {u, u"--report"_s, u"no-such-folder/out.csv"_s, u"clean.csv"_s}
            << credentials
            << u"ditio-certs-cli upload: the folder of the report \"no-such-folder/out.csv\" does "
               u"not exist."_s;
    QTest::newRow("no credentials")
            << QStringList {u, u"clean.csv"_s} << Environment()
            << u"ditio-certs-cli upload: no credentials: set DITIO_CLIENT_ID (or --client-id) and "
               u"DITIO_CLIENT_SECRET, or DITIO_TOKEN."_s;
    QTest::newRow("client id without secret")
            << QStringList {u, u"--client-id"_s, u"id"_s, u"clean.csv"_s}
            << Environment {{u"DITIO_TOKEN"_s, u"t"_s}}
            << u"ditio-certs-cli upload: no client secret: set DITIO_CLIENT_SECRET (it is never "
               u"taken from the command line, where others could read it)."_s;
    QTest::newRow("secret without client id")
            << QStringList {u, u"clean.csv"_s} << Environment {{u"DITIO_CLIENT_SECRET"_s, u"s"_s}}
            << u"ditio-certs-cli upload: DITIO_CLIENT_SECRET is set, but no client id: set "
               u"DITIO_CLIENT_ID or give --client-id."_s;
    QTest::newRow("API address without sign-in address")
            << QStringList {u, u"--api-base"_s, u"https://a.example/core"_s, u"clean.csv"_s}
            << credentials
            << u"ditio-certs-cli upload: a custom environment needs the sign-in address too: give "
               u"--identity-base or set DITIO_IDENTITY_BASE."_s;
    QTest::newRow("plain http to another computer")
            << QStringList {u,
                            u"--api-base"_s,
                            u"http://ditio.example.com/core"_s,
                            u"--identity-base"_s,
                            u"https://identity.example.com"_s,
                            u"clean.csv"_s}
            << credentials
            << u"ditio-certs-cli upload: Plain http:// is only allowed to this computer; use "
               u"https:// for ditio.example.com"_s;
    QTest::newRow("plain http sign-in from the environment")
            << QStringList {u, u"clean.csv"_s}
            << (credentials
                + Environment {{u"DITIO_API_BASE"_s, u"https://ditio.example.com/core"_s},
                               {u"DITIO_IDENTITY_BASE"_s, u"http://10.0.0.5/identity"_s}})
            << u"ditio-certs-cli upload: Plain http:// is only allowed to this computer; use "
               u"https:// for 10.0.0.5"_s;
    QTest::newRow("--sheet on a CSV")
            << QStringList {u, u"--env"_s, u"sandbox"_s, u"--sheet"_s, u"Ark1"_s, u"clean.csv"_s}
            << Environment()
            << u"ditio-certs-cli upload: --sheet is for workbooks (.xlsx, .ods); clean.csv is a "
               u"text "
               u"file."_s;
}

void TestCliUpload::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(Environment, environment);
    QFETCH(QString, firstLine);

    const Run result = run(arguments, environment);
    QVERIFY2(result.exitCode == 2, qPrintable(result.err));
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, firstLine + u'\n' + Usage);
    QCOMPARE(m_server.requestLog().size(), 0);
}

void TestCliUpload::sampleToTheBuiltInSandbox()
{
    const Run result =
            run({u"upload"_s, Sample, u"--env"_s, u"sandbox"_s, u"--format"_s, u"json"_s});
    QVERIFY2(result.exitCode == 1, qPrintable(result.err));
    QCOMPARE(result.err, QString()); // not a terminal: no progress
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(root.value(u"file").toString(), Sample);
    const QJsonArray rows = root.value(u"rows").toArray();
    QCOMPARE(rows.size(), SampleStates.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        QCOMPARE(row.value(u"sourceRow").toInt(), SampleStates.at(i).first);
        QCOMPARE(row.value(u"state").toString(), SampleStates.at(i).second);
        QVERIFY(row.contains(u"values"));
        QVERIFY(row.contains(u"issues"));
    }
    // The register was read: Ditio's names, and 1052 unknown to it.
    const QJsonObject last = rows.last().toObject();
    QCOMPARE(last.value(u"employeeName"), QJsonValue(QJsonValue::Null));
    QCOMPARE(last.value(u"issues").toArray().first().toObject().value(u"code").toString(),
             u"employee-not-in-register"_s);
    QVERIFY(!rows.first().toObject().value(u"employeeName").toString().isEmpty());

    const QJsonObject summary = root.value(u"summary").toObject();
    QCOMPARE(summary.value(u"rows").toInt(), 15);
    QCOMPARE(summary.value(u"uploaded").toInt(), 9);
    QCOMPARE(summary.value(u"invalid").toInt(), 6);
    QCOMPARE(summary.value(u"rejected").toInt(), 0);
    QCOMPARE(summary.value(u"unconfirmed").toInt(), 0);
    QCOMPARE(summary.value(u"notSent").toInt(), 0);
    QCOMPARE(summary.value(u"requests").toInt(), 1);
    QCOMPARE(summary.value(u"environment").toString(), u"sandbox"_s);
    QCOMPARE(summary.value(u"complete").toBool(), false);
}

void TestCliUpload::sampleAsText()
{
    const Run result = run({u"upload"_s, Sample, u"--env=sandbox"_s, u"--batch-size"_s, u"3"_s});
    QVERIFY2(result.exitCode == 1, qPrintable(result.err));
    QStringList lines = result.out.split(u'\n');
    QCOMPARE(lines.takeLast(), QString());
    const QString runLog = lines.takeLast();
    QCOMPARE(runLog,
             u"Run log: "_s
                     + QDir::toNativeSeparators(m_home
                                                + u"/data/Ditio/ditio-certs/upload-log.jsonl"_s));
    const QString summary = lines.takeLast();
    QVERIFY2(summary.startsWith(u"Upload to Ditio (Sandbox) finished: 9 uploaded, 6 not sent "
                                u"because of errors. Requests: 3; time: "_s),
             qPrintable(summary));
    // Every row that was not uploaded, with why, citing the file's own row numbers.
    const QString f = Sample + u':';
    QCOMPARE(lines,
             (QStringList {
                     f
                             + u"7: invalid: issuedDateTime: The issue date is after the expiry "
                               u"date; "
                               u"are the two dates swapped?"_s,
                     f
                             + u"8: invalid: issuedDateTime: \"31.02.2026\" is not a date in the "
                               u"calendar. validUntilDateTime: \"31.02.2031\" is not a date in the "
                               u"calendar."_s,
                     f
                             + u"10: invalid: employeeNumber: \"1048.0\" looks like an employee "
                               u"number "
                               u"a spreadsheet turned into a decimal number (was it 1048?)."_s,
                     f
                             + u"11: invalid: validUntilDateTime: \"14.03.26\" has a two-digit "
                               u"year; "
                               u"write the year in full (14.03.2026?)."_s,
                     f + u"13: invalid: employeeNumber: The employee number is missing."_s,
                     f + u"16: invalid: employeeNumber: Ditio has no employee 1052."_s,
             }));
}

void TestCliUpload::cleanFileUploadsEverything_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("ownServer");
    QTest::newRow("built-in sandbox")
            << QStringList {u"upload"_s, u"clean.csv"_s, u"--env"_s, u"sandbox"_s} << false;
    QTest::newRow("custom addresses from the environment")
            << QStringList {u"upload"_s, u"clean.csv"_s} << true;
    QTest::newRow("batches of one")
            << QStringList {u"upload"_s, u"--batch-size"_s, u"1"_s, u"clean.csv"_s} << true;
}

void TestCliUpload::cleanFileUploadsEverything()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, ownServer);

    const Run result = run(arguments, ownServer ? serverEnvironment() : Environment());
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QCOMPARE(result.err, QString());
    QVERIFY2(result.out.startsWith(ownServer
                                           ? u"Upload to Ditio (Custom) finished: 3 uploaded. "_s
                                           : u"Upload to Ditio (Sandbox) finished: 3 uploaded. "_s),
             qPrintable(result.out));
    if (ownServer) {
        QCOMPARE(m_server.storeCount(), 3);
        QCOMPARE(m_server.writeCount(u"1043"_s, u"Truck"_s), 1);
    }
}

void TestCliUpload::connectionFailures_data()
{
    QTest::addColumn<Environment>("environment");
    QTest::addColumn<QString>("err"); // exactly

    QTest::newRow("wrong secret")
            << serverEnvironment(u"not-the-secret"_s)
            << u"ditio-certs-cli upload: Ditio did not accept the client id or client secret "
               u"(invalid_client). Check both, and that the API client was made in this Ditio "
               u"environment.\n"
               u"Nothing was sent to Ditio (Custom).\n"_s;
    QTest::newRow("refused token from elsewhere")
            << Environment {{u"DITIO_API_BASE"_s, m_server.apiBase().toString()},
                            {u"DITIO_TOKEN"_s, FakeToken}}
            << u"ditio-certs-cli upload: Ditio's employee register could not be read: Ditio "
               u"refused the access token given from outside the app (DITIO_TOKEN), and it cannot "
               u"be renewed here: get a new token, or set up the API client's id and secret "
               u"instead.\n"
               u"Nothing was sent to Ditio (Custom).\n"_s;
    QTest::newRow("nobody listening")
            << Environment {{u"DITIO_API_BASE"_s, u"http://127.0.0.1:9/core"_s},
                            {u"DITIO_IDENTITY_BASE"_s, u"http://127.0.0.1:9/identity"_s},
                            {u"DITIO_CLIENT_ID"_s, u"id"_s},
                            {u"DITIO_CLIENT_SECRET"_s, Secret}}
            << u"ditio-certs-cli upload: Cannot reach 127.0.0.1:9: the connection was refused "
               u"(nothing answers at that address and port)\n"
               u"Nothing was sent to Ditio (Custom).\n"_s;
}

void TestCliUpload::connectionFailures()
{
    QFETCH(Environment, environment);
    QFETCH(QString, err);

    const Run result = run({u"upload"_s, u"clean.csv"_s}, environment);
    QVERIFY2(result.exitCode == 3, qPrintable(result.out + result.err));
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, err);
    QCOMPARE(m_server.storeCount(), 0);
    for (const SandboxServer::LogEntry &entry : m_server.requestLog())
        QVERIFY2(!entry.path.endsWith(u"/certificates"_s), qPrintable(entry.path));
}

void TestCliUpload::tokenFromElsewhere()
{
    const QString token = fetchToken();
    QVERIFY(!token.isEmpty());
    const int issued = m_server.tokensIssued();
    // No sign-in address needed: the token is used as it is.
    const Run result =
            run({u"upload"_s, u"clean.csv"_s},
                {{u"DITIO_API_BASE"_s, m_server.apiBase().toString()}, {u"DITIO_TOKEN"_s, token}});
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QCOMPARE(m_server.storeCount(), 3);
    QCOMPARE(m_server.tokensIssued(), issued);
}

void TestCliUpload::flagsWinOverTheEnvironment_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Environment>("environment");
    QTest::addColumn<QString>("where");

    const QString api = m_server.apiBase().toString();
    const QString identity = m_server.identityBase().toString();
    const Environment elsewhere {{u"DITIO_API_BASE"_s, u"http://ditio.example.com/core"_s},
                                 {u"DITIO_IDENTITY_BASE"_s, u"http://ditio.example.com/id"_s},
                                 {u"DITIO_CLIENT_ID"_s, u"someone-else"_s},
                                 {u"DITIO_CLIENT_SECRET"_s, Secret}};
    QTest::newRow("addresses and client id")
            << QStringList {u"upload"_s,          u"clean.csv"_s,
                            u"--api-base"_s,      api,
                            u"--identity-base"_s, identity,
                            u"--client-id"_s,     m_server.clientId()}
            << elsewhere << u"Custom"_s;
    QTest::newRow("--env sandbox over addresses")
            << QStringList {u"upload"_s, u"clean.csv"_s, u"--env"_s, u"sandbox"_s} << elsewhere
            << u"Sandbox"_s;
    QTest::newRow("--client-id over a token")
            << QStringList {u"upload"_s, u"clean.csv"_s, u"--client-id"_s, m_server.clientId()}
            << (serverEnvironment() + Environment {{u"DITIO_TOKEN"_s, FakeToken}}) << u"Custom"_s;
}

void TestCliUpload::flagsWinOverTheEnvironment()
{
    QFETCH(QStringList, arguments);
    QFETCH(Environment, environment);
    QFETCH(QString, where);

    const Run result = run(arguments, environment);
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QVERIFY2(result.out.startsWith(u"Upload to Ditio (%1) finished: 3 uploaded."_s.arg(where)),
             qPrintable(result.out));
}

void TestCliUpload::rejectedRowCarriesDitiosWords()
{
    // The register says 1049 exists; the server's store refuses it anyway (its register is
    // read first, then changed), as Ditio may when the two disagree.
    const QByteArray csv =
            "employeeNumber,certificateType,certificateNumber,issuedDateTime,validUntilDateTime\n"
            "1042,Byggekort,BK-1,15.01.2026,15.01.2094\n"
            "1049,Truck,T-1,15.01.2026,15.01.2094\n";
    const QString path = writeFile(u"one-bad.csv"_s, csv);
    // An employee register with 1049 for the check, and a store without it: the register is
    // read before the first POST, so take 1049 out as soon as the register was read.
    connect(&m_server, &SandboxServer::requestLogged, this,
            [this](const SandboxServer::LogEntry &entry) {
                if (entry.path.contains(u"/employees"_s)) {
                    QList<SandboxServer::Employee> employees = SandboxServer::defaultEmployees();
                    employees.removeIf([](const SandboxServer::Employee &employee) {
                        return employee.employeeNumber == u"1049";
                    });
                    m_server.setEmployees(employees);
                }
            });
    const Run result = run({u"upload"_s, path, u"--format"_s, u"json"_s}, serverEnvironment());
    disconnect(&m_server, &SandboxServer::requestLogged, this, nullptr);
    m_server.setEmployees(SandboxServer::defaultEmployees());
    QVERIFY2(result.exitCode == 1, qPrintable(result.err));
    const QJsonArray rows =
            QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"rows").toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(u"state").toString(), u"uploaded"_s);
    const QJsonObject rejected = rows.at(1).toObject();
    QCOMPARE(rejected.value(u"state").toString(), u"rejected"_s);
    QVERIFY2(rejected.value(u"message").toString().contains(u"1049"_s),
             qPrintable(rejected.value(u"message").toString()));
}

void TestCliUpload::reportFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("CSV") << u"report.csv"_s;
    QTest::newRow("JSON") << u"report.json"_s;
}

void TestCliUpload::reportFiles()
{
    QFETCH(QString, name);

    const QString path = m_dir.filePath(name);
    const Run result = run({u"upload"_s, Sample, u"--env"_s, u"sandbox"_s, u"--format"_s, u"json"_s,
                            u"--report"_s, path});
    QVERIFY2(result.exitCode == 1, qPrintable(result.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (name.endsWith(u".json"_s)) {
        // The report is what --format json printed.
        const QJsonObject report = QJsonDocument::fromJson(bytes).object();
        QJsonObject printed = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(report.value(u"rows"), printed.value(u"rows"));
        QCOMPARE(report.value(u"summary").toObject().value(u"uploaded").toInt(), 9);
        return;
    }
    QStringList lines = QString::fromUtf8(bytes).split(u"\r\n"_s);
    QCOMPARE(lines.takeLast(), QString());
    QCOMPARE(lines.size(), 16);
    QCOMPARE(lines.at(0),
             u"sourceRow,employeeNumber,certificateType,certificateNumber,issuedDateTime,"
             u"validUntilDateTime,notes,state,message"_s);
    QCOMPARE(lines.at(1),
             u"2,1042,Byggekort,BK-2026-12345,2026-01-15T00:00:00Z,2028-01-15T00:00:00Z,"
             u"Utstedt av opplæringskontoret,uploaded,"_s);
    for (qsizetype i = 0; i < SampleStates.size(); ++i) {
        const QString line = lines.at(i + 1);
        QVERIFY2(line.startsWith(QString::number(SampleStates.at(i).first) + u','),
                 qPrintable(line));
        QVERIFY2(line.contains(u',' + SampleStates.at(i).second + u','), qPrintable(line));
    }
    QVERIFY2(lines.at(15).startsWith(u"16,1052,Asbestsanering,AS-0921,"_s),
             qPrintable(lines.at(15)));
    QVERIFY2(lines.at(15).contains(u",invalid,employeeNumber: "_s), qPrintable(lines.at(15)));
}

void TestCliUpload::diskFullKeepsTheOldReport_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("room"); // bytes the disk takes; -1: one byte short

    // A report of three rows fits Qt's 16 KB write buffer. The JSON report holds the run's
    // time, so its size is not known in advance: no "one byte short" for it.
    QTest::newRow("CSV, full from the start") << u"report.csv"_s << qint64(0);
    QTest::newRow("CSV, full after 100 bytes") << u"report.csv"_s << qint64(100);
    QTest::newRow("CSV, one byte short") << u"report.csv"_s << qint64(-1);
    QTest::newRow("JSON, full from the start") << u"report.json"_s << qint64(0);
    QTest::newRow("JSON, full after 100 bytes") << u"report.json"_s << qint64(100);
}

void TestCliUpload::diskFullKeepsTheOldReport()
{
#ifndef Q_OS_LINUX
    QSKIP("A full disk is made with setrlimit(RLIMIT_FSIZE), on Linux only.");
#else
    QFETCH(QString, name);
    QFETCH(qint64, room);

    // The report of the same upload, written with room enough elsewhere.
    QTemporaryDir elsewhere;
    const QString roomy = elsewhere.filePath(name);
    const QStringList upload {u"upload"_s, m_clean, u"--env"_s, u"sandbox"_s, u"--report"_s};
    const Run first = run(upload + QStringList {roomy});
    QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
    QFile roomyFile(roomy);
    QVERIFY(roomyFile.open(QIODevice::ReadOnly));
    const QByteArray newBytes = roomyFile.readAll();
    const qint64 limit = room < 0 ? newBytes.size() + room : room;
    QVERIFY(limit < newBytes.size());

    // A real file on a real disk, written over while the disk fills up.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    const QByteArray oldBytes = "an earlier report\r\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(oldBytes), oldBytes.size());
    }
    const Run result = run(upload + QStringList {path}, {}, limit);
    QVERIFY2(result.exitCode == 2, qPrintable(result.out + result.err));
    // Every row went up; the report that says so could not be written, in the program's
    // last line. EFBIG stands in for ENOSPC ("No space left on device").
    QVERIFY2(result.out.startsWith(u"Upload to Ditio (Sandbox) finished: 3 uploaded."_s),
             qPrintable(result.out));
    QStringList errLines = result.err.split(u'\n');
    QCOMPARE(errLines.takeLast(), QString());
    QVERIFY(!errLines.isEmpty());
    QCOMPARE(errLines.last(),
             u"The report "_s + QDir::toNativeSeparators(path)
                     + u" could not be written: File too large"_s);
    // The old file, byte for byte, and nothing next to it: no cut copy, no temporary file.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), oldBytes);
    file.close();
    QCOMPARE(DitioTest::folderEntries(dir.path()), QStringList {name});

    // With room again the same upload writes its report.
    const Run again = run(upload + QStringList {path});
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QCOMPARE(again.err, QString());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    if (name.endsWith(u".csv"_s))
        QCOMPARE(written, newBytes);
    else
        QCOMPARE(QJsonDocument::fromJson(written).object().value(u"rows"),
                 QJsonDocument::fromJson(newBytes).object().value(u"rows"));
    QCOMPARE(DitioTest::folderEntries(dir.path()), QStringList {name});
#endif
}

void TestCliUpload::workFileKeepsItsRunLogBesideIt()
{
    WorkDocument document;
    document.rows = {DitioTest::validRow(u"1042"_s), DitioTest::validRow(u"1043"_s, u"Truck"_s)};
    const QString work = m_dir.filePath(u"logged.ditiocerts"_s);
    QVERIFY(WorkFile::write(work, document).ok());
    const QString log = work + u".upload-log.jsonl"_s;
    QFile::remove(log);

    const Run result = run({u"upload"_s, work, u"--env"_s, u"sandbox"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QVERIFY2(result.out.endsWith(u"Run log: "_s + QDir::toNativeSeparators(log) + u'\n'),
             qPrintable(result.out));
    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    const QJsonObject record = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(record.value(u"environment").toString(), u"Ditio (Sandbox)"_s);
    QCOMPARE(record.value(u"counts").toObject().value(u"uploaded").toInt(), 2);
    QCOMPARE(record.value(u"requests").toInt(), 1);

    // --sheet means nothing to a work file: refused before anything is read or sent.
    const Run sheet = run({u"upload"_s, work, u"--env"_s, u"sandbox"_s, u"--sheet"_s, u"A"_s});
    QCOMPARE(sheet.exitCode, 2);
    QCOMPARE(sheet.err.section(u'\n', 0, 0),
             u"ditio-certs-cli upload: --sheet is for workbooks (.xlsx, .ods); "_s
                     + QDir::toNativeSeparators(work) + u" is a work file."_s);
}

void TestCliUpload::secretAndTokenAreNeverWritten()
{
    // A copy of the sample in a folder of its own, the reports beside it; the run log goes
    // to the app's data folder under the test's home.
    const QString work = m_dir.filePath(u"secret-run/certificates.csv"_s);
    QVERIFY(QDir().mkpath(QFileInfo(work).path()));
    QVERIFY(QFile::copy(Sample, work));
    const QString outFolder = QFileInfo(work).path();

    QStringList printed;
    // 1. Client credentials with a distinctive secret, text and JSON.
    for (const QString &format : {u"text"_s, u"json"_s}) {
        const Run result = run({u"upload"_s, work, u"--format"_s, format, u"--report"_s,
                                outFolder + u"/report-"_s + format + u".csv"_s},
                               serverEnvironment());
        QVERIFY2(result.exitCode == 1, qPrintable(result.err));
        printed << result.out << result.err;
    }
    // A work file keeps its run log beside it, in the folder searched below.
    WorkDocument document;
    document.rows = {DitioTest::validRow(u"1042"_s), DitioTest::validRow(u"1052"_s)};
    const QString workFile = outFolder + u"/certificates.ditiocerts"_s;
    QVERIFY(WorkFile::write(workFile, document).ok());
    {
        const Run result = run({u"upload"_s, workFile}, serverEnvironment());
        QVERIFY2(result.exitCode == 1, qPrintable(result.err));
        printed << result.out << result.err;
        QVERIFY(QFile::exists(workFile + u".upload-log.jsonl"_s));
    }
    // 2. A token from elsewhere that works, and one that Ditio refuses.
    const QString token = fetchToken();
    QVERIFY(token.size() >= 16);
    for (const QString &given : {token, FakeToken}) {
        const Run result = run(
                {u"upload"_s, work, u"--report"_s, outFolder + u"/report.json"_s},
                {{u"DITIO_API_BASE"_s, m_server.apiBase().toString()}, {u"DITIO_TOKEN"_s, given}});
        QVERIFY2(result.exitCode == (given == token ? 1 : 3), qPrintable(result.err));
        printed << result.out << result.err;
    }

    const QStringList needles {Secret, token, FakeToken};
    for (const QString &text : std::as_const(printed)) {
        for (const QString &needle : needles)
            QVERIFY2(!text.contains(needle), qPrintable(text));
    }
    // Everything written: the reports, the run log, and whatever the program keeps under the
    // test's home (settings, data, cache).
    int files = 0;
    bool sawRunLog = false;
    for (const QString &root : {outFolder, m_home}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++files;
            sawRunLog = sawRunLog || path.endsWith(u"upload-log.jsonl"_s);
            for (const QString &needle : needles) {
                QVERIFY2(!bytes.contains(needle.toUtf8()), qPrintable(path));
                // Also as UTF-16 and percent-encoded, the other ways Qt writes a string.
                QVERIFY2(!bytes.contains(QByteArray(reinterpret_cast<const char *>(needle.utf16()),
                                                    needle.size() * 2)),
                         qPrintable(path));
                QVERIFY2(!bytes.contains(QUrl::toPercentEncoding(needle)), qPrintable(path));
            }
        }
    }
    QVERIFY(sawRunLog);
    QVERIFY2(files >= 4, qPrintable(QString::number(files)));
}

QTEST_GUILESS_MAIN(TestCliUpload)
#include "tst_uploadcommand.moc"
