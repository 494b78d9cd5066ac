// UploadJob end to end against the sandbox Ditio server on loopback: every error shape,
// with and without partial application, dropped connections, 429 and 5xx. What the
// sandbox stores must be exactly the good rows.

#include "net/ditioapiclient.h"
#include "net/ditioenvironment.h"
#include "net/tokenprovider.h"
#include "sandboxendpoint.h"
#include "sandboxserver.h"
#include "testhelpers.h"
#include "upload/systemuploadtimer.h"
#include "upload/uploadjob.h"

#include <QSignalSpy>
#include <QTest>

using namespace Ditio;
using namespace DitioTest;
using namespace Qt::StringLiterals;

namespace {

// 20 good rows (the sandbox's employees 1042-1051, two certificate types each) with
// three rows for employees Ditio does not know, spread among them.
QList<CertificateRow> mixedRows()
{
    QList<CertificateRow> rows;
    for (int employee = 1042; employee <= 1051; ++employee) {
        rows.append(validRow(QString::number(employee), u"Byggekort"_s));
        rows.append(validRow(QString::number(employee), u"HMS-kort"_s));
    }
    rows.insert(3, validRow(u"1052"_s));
    rows.insert(11, validRow(u"1060"_s, u"Truck"_s));
    rows.insert(22, validRow(u"1077"_s));
    return rows;
}

bool isBad(const CertificateRow &row)
{
    const QString number = row.text(Field::EmployeeNumber);
    return number == u"1052"_s || number == u"1060"_s || number == u"1077"_s;
}

QStringList storedKeys(const SandboxServer &server)
{
    QStringList keys;
    for (const SandboxServer::Certificate &certificate : server.certificates())
        keys.append(certificate.employeeNumber + u'/' + certificate.certificateType);
    keys.sort();
    return keys;
}

QStringList goodKeys(const RowStore &rows)
{
    QStringList keys;
    for (const CertificateRow &row : rows) {
        if (!isBad(row))
            keys.append(row.text(Field::EmployeeNumber) + u'/' + row.text(Field::CertificateType));
    }
    keys.sort();
    return keys;
}

struct Run
{
    explicit Run(SandboxServer *server) : clock(fixedNow()), endpoint(server)
    {
        model.setClock(&clock);
        model.setRows(mixedRows());
        job = std::make_unique<UploadJob>(&model, &endpoint, &timer, &clock);
        job->setOptions({8, 2, 5, 3});
        // Real waits, kept short: the backoff and Retry-After caps are what the unit tests
        // check; here only the outcome matters.
        RetryPolicy policy;
        policy.setBaseDelayMs(5);
        policy.setMaxDelayMs(20);
        policy.setRetryAfterCapMs(50);
        job->setRetryPolicy(policy);
    }

    bool upload()
    {
        QSignalSpy finished(job.get(), &UploadJob::finished);
        return endpoint.fetchToken() && job->start() && finished.wait(20000);
    }

    FixedClock clock;
    CertificateTableModel model;
    SandboxEndpoint endpoint;
    SystemUploadTimer timer;
    std::unique_ptr<UploadJob> job;
};

} // namespace

class TestUploadSandbox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void badRowsRejectedGoodRowsStored_data();
    void badRowsRejectedGoodRowsStored();
    void droppedConnectionsAreResentAndStoredOnce_data();
    void droppedConnectionsAreResentAndStoredOnce();
    void rateLimitAndServerErrorsAreWaitedOut();
    void successBodies_data();
    void successBodies();
    void throughTheApiClient_data();
    void throughTheApiClient();

private:
    std::unique_ptr<SandboxServer> m_server;
};

void TestUploadSandbox::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen());
}

void TestUploadSandbox::badRowsRejectedGoodRowsStored_data()
{
    QTest::addColumn<SandboxServer::ErrorShape>("shape");
    QTest::addColumn<bool>("partial");
    QTest::addColumn<QString>("message1052"); // what row 1052 ends up saying

    const QString english = u"Employee number 1052 does not match an existing user."_s;
    const struct
    {
        const char *name;
        SandboxServer::ErrorShape shape;
        QString message;
    } shapes[] = {
            {"plain", SandboxServer::ErrorShape::Plain, english},
            {"errors list", SandboxServer::ErrorShape::ErrorsList, english},
            {"problem details", SandboxServer::ErrorShape::ProblemDetails,
             u"The employee number does not match an existing user."_s},
            {"text", SandboxServer::ErrorShape::Text, english},
            {"Norwegian text", SandboxServer::ErrorShape::TextNorwegian,
             u"Ansattnummer 1052 finnes ikke. Velg fra listen"_s},
            {"nameless", SandboxServer::ErrorShape::Nameless,
             u"One or more certificates are invalid."_s},
    };
    for (const auto &shape : shapes) {
        QTest::addRow("%s", shape.name) << shape.shape << false << shape.message;
        QTest::addRow("%s, partial application", shape.name)
                << shape.shape << true << shape.message;
    }
}

void TestUploadSandbox::badRowsRejectedGoodRowsStored()
{
    QFETCH(SandboxServer::ErrorShape, shape);
    QFETCH(bool, partial);
    QFETCH(QString, message1052);

    SandboxServer::Behaviour behaviour;
    behaviour.errorShape = shape;
    behaviour.partialApplication = partial;
    m_server->setBehaviour(behaviour);

    Run run(m_server.get());
    QVERIFY(run.upload());
    const RowStore rows = run.model.rows();
    for (int row = 0; row < rows.size(); ++row) {
        const CertificateRow &r = rows.at(row);
        if (isBad(r)) {
            QCOMPARE(r.uploadState, UploadState::Rejected);
            QVERIFY(!r.uploadMessage.isEmpty());
            if (r.text(Field::EmployeeNumber) == u"1052"_s)
                QCOMPARE(r.uploadMessage, message1052);
        } else {
            QCOMPARE(r.uploadState, UploadState::Uploaded);
            QCOMPARE(r.uploadedAt, fixedNow());
        }
    }
    QCOMPARE(storedKeys(*m_server), goodKeys(rows));
    if (!partial)
        QCOMPARE(m_server->writeCount(), 20); // nothing of a refused request was applied
    const UploadSummary summary = run.job->summary();
    QCOMPARE(summary.uploaded, 20);
    QCOMPARE(summary.rejected, 3);
    QCOMPARE(summary.requests, run.endpoint.requests);
    QCOMPARE(int(m_server->requestLog().size()), run.endpoint.requests + 1); // + the token
}

void TestUploadSandbox::droppedConnectionsAreResentAndStoredOnce_data()
{
    QTest::addColumn<int>("drops");
    QTest::newRow("twice") << 2;
    QTest::newRow("six times") << 6; // more than Qt resends by itself: the job retries
}

void TestUploadSandbox::droppedConnectionsAreResentAndStoredOnce()
{
    QFETCH(int, drops);
    SandboxServer::Behaviour behaviour;
    behaviour.dropCount = drops;
    m_server->setBehaviour(behaviour);
    m_server->setEmployees(SandboxServer::defaultEmployees()
                           + QList<SandboxServer::Employee> {{u"1052"_s, u"Per"_s, u"Berg"_s},
                                                             {u"1060"_s, u"Eva"_s, u"Lie"_s},
                                                             {u"1077"_s, u"Ola"_s, u"Moe"_s}});
    Run run(m_server.get());
    QVERIFY(run.upload());
    QCOMPARE(run.job->summary().uploaded, 23);
    QCOMPARE(m_server->storeCount(), 23);
    QCOMPARE(m_server->writeCount(), 23);
    int dropped = 0;
    int answered = 0;
    for (const SandboxServer::LogEntry &entry : m_server->requestLog()) {
        dropped += entry.outcome == u"dropped"_s;
        answered += entry.outcome == u"answered"_s && entry.path.startsWith(u"/core/"_s);
    }
    QCOMPARE(dropped, drops);
    QCOMPARE(answered, 3); // 23 rows in batches of 8
    // Qt's network stack may itself resend a POST whose connection closed before any answer;
    // the job resends the rest. Either way each certificate is written once.
    QVERIFY(run.job->summary().requests >= 3);
    QVERIFY(run.job->summary().requests <= 3 + drops);
}

void TestUploadSandbox::rateLimitAndServerErrorsAreWaitedOut()
{
    SandboxServer::Behaviour behaviour;
    behaviour.rateLimitCount = 1;
    behaviour.retryAfterSeconds = 30; // capped to 50 ms by the run's policy
    behaviour.serverErrorCount = 2;
    behaviour.serverErrorStatus = 502;
    m_server->setBehaviour(behaviour);
    Run run(m_server.get());
    QSignalSpy statuses(run.job.get(), &UploadJob::statusChanged);
    QVERIFY(run.upload());
    QCOMPARE(run.job->summary().uploaded, 20);
    QCOMPARE(run.job->summary().rejected, 3);
    QCOMPARE(storedKeys(*m_server), goodKeys(run.model.rows()));
    QStringList texts;
    for (const QList<QVariant> &status : statuses)
        texts.append(status.first().toString());
    const auto waited = [](const QString &text) {
        return text.startsWith(u"Ditio asked to wait 1 s (429); retrying at "_s);
    };
    QVERIFY2(std::any_of(texts.cbegin(), texts.cend(), waited), qPrintable(texts.join(u'\n')));
}

void TestUploadSandbox::successBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("body");

    QTest::newRow("200 JSON") << 200 << int(SandboxServer::SuccessBody::Json);
    QTest::newRow("201 text") << 201 << int(SandboxServer::SuccessBody::Text);
    QTest::newRow("201 empty") << 201 << int(SandboxServer::SuccessBody::Empty);
    QTest::newRow("204") << 204 << int(SandboxServer::SuccessBody::Empty);
}

void TestUploadSandbox::successBodies()
{
    QFETCH(int, status);
    QFETCH(int, body);

    SandboxServer::Behaviour behaviour;
    behaviour.successStatus = status;
    behaviour.successBody = SandboxServer::SuccessBody(body);
    m_server->setBehaviour(behaviour);
    Run run(m_server.get());
    QVERIFY(run.upload());
    QCOMPARE(run.job->summary().uploaded, 20);
    QCOMPARE(storedKeys(*m_server), goodKeys(run.model.rows()));
}

void TestUploadSandbox::throughTheApiClient_data()
{
    QTest::addColumn<SandboxServer::ErrorShape>("shape");
    QTest::addColumn<bool>("partial");
    QTest::addColumn<int>("drops");

    QTest::newRow("problem details") << SandboxServer::ErrorShape::ProblemDetails << false << 0;
    QTest::newRow("Norwegian text, partial")
            << SandboxServer::ErrorShape::TextNorwegian << true << 0;
    QTest::newRow("nameless, partial, dropped 6 times")
            << SandboxServer::ErrorShape::Nameless << true << 6;
}

// The app's own client (tokens, URL policy, timeouts) in front of the job.
void TestUploadSandbox::throughTheApiClient()
{
    QFETCH(SandboxServer::ErrorShape, shape);
    QFETCH(bool, partial);
    QFETCH(int, drops);

    SandboxServer::Behaviour behaviour;
    behaviour.errorShape = shape;
    behaviour.partialApplication = partial;
    behaviour.dropCount = drops;
    m_server->setBehaviour(behaviour);

    FixedClock clock(fixedNow());
    CertificateTableModel model;
    model.setClock(&clock);
    model.setRows(mixedRows());
    QNetworkAccessManager manager;
    TokenProvider tokens(&manager, &clock);
    DitioApiClient client(DitioEnvironment::sandbox(m_server->apiBase(), m_server->identityBase()),
                          &manager, &tokens, &clock);
    client.setClientCredentials(m_server->clientId(), u"sandbox-secret"_s);
    SystemUploadTimer timer;
    UploadJob job(&model, &client, &timer, &clock);
    job.setOptions({8, 2, 5, 3});
    RetryPolicy policy;
    policy.setBaseDelayMs(5);
    policy.setMaxDelayMs(20);
    job.setRetryPolicy(policy);
    QSignalSpy finished(&job, &UploadJob::finished);
    QVERIFY(job.start());
    QVERIFY(finished.wait(20000));

    const RowStore rows = model.rows();
    for (const CertificateRow &row : rows)
        QCOMPARE(row.uploadState, isBad(row) ? UploadState::Rejected : UploadState::Uploaded);
    QCOMPARE(storedKeys(*m_server), goodKeys(rows));
    QCOMPARE(m_server->tokensIssued(), 1);
}

QTEST_GUILESS_MAIN(TestUploadSandbox)
#include "tst_uploadsandbox.moc"
