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

#include <QElapsedTimer>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
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

// The app's own client (DitioApiClient: tokens, URL policy, transfer timeout) in front of the
// job, with the rows of mixedRows(). apiBase may differ from the sandbox's (a dead port).
struct ClientRun
{
    ClientRun(SandboxServer *server, const QUrl &apiBase, const UploadJob::Options &options)
        : clock(fixedNow()),
          tokens(&manager, &clock),
          client(DitioEnvironment::sandbox(apiBase, server->identityBase()), &manager, &tokens,
                 &clock)
    {
        model.setClock(&clock);
        model.setRows(mixedRows());
        client.setClientCredentials(server->clientId(), u"sandbox-secret"_s);
        job = std::make_unique<UploadJob>(&model, &client, &timer, &clock);
        job->setOptions(options);
        RetryPolicy policy;
        policy.setBaseDelayMs(5);
        policy.setMaxDelayMs(20);
        job->setRetryPolicy(policy);
    }

    bool upload()
    {
        QSignalSpy finished(job.get(), &UploadJob::finished);
        return job->start() && finished.wait(20000);
    }

    FixedClock clock;
    CertificateTableModel model;
    QNetworkAccessManager manager;
    TokenProvider tokens;
    DitioApiClient client;
    SystemUploadTimer timer;
    std::unique_ptr<UploadJob> job;
};

QList<SandboxServer::Employee> allEmployees()
{
    return SandboxServer::defaultEmployees()
            + QList<SandboxServer::Employee> {{u"1052"_s, u"Per"_s, u"Berg"_s},
                                              {u"1060"_s, u"Eva"_s, u"Lie"_s},
                                              {u"1077"_s, u"Ola"_s, u"Moe"_s}};
}

int coreRequests(const SandboxServer &server)
{
    int count = 0;
    for (const SandboxServer::LogEntry &entry : server.requestLog())
        count += entry.path.startsWith(u"/core/"_s);
    return count;
}

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
    void appliedThenDroppedAreResentAndStoredOnce_data();
    void appliedThenDroppedAreResentAndStoredOnce();
    void serverNeverAnswersRowsUnconfirmed();
    void cancelDuringRequest();
    void connectionRefusedNamesTheHost();
    void rateLimitAndServerErrorsAreWaitedOut_data();
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

// Ditio applied the items, then the connection dropped before the answer: the rows are
// resent and every certificate is stored once (the API upserts), each dropped item written
// once more.
void TestUploadSandbox::appliedThenDroppedAreResentAndStoredOnce_data()
{
    QTest::addColumn<int>("drops");
    QTest::newRow("once") << 1;
    QTest::newRow("three times") << 3;
}

void TestUploadSandbox::appliedThenDroppedAreResentAndStoredOnce()
{
    QFETCH(int, drops);
    SandboxServer::Behaviour behaviour;
    behaviour.applyThenDropCount = drops;
    m_server->setBehaviour(behaviour);
    m_server->setEmployees(allEmployees());
    Run run(m_server.get());
    QVERIFY(run.upload());

    const RowStore rows = run.model.rows();
    QStringList expected;
    for (const CertificateRow &row : rows) {
        QCOMPARE(row.uploadState, UploadState::Uploaded);
        QVERIFY(row.uploadMessage.isEmpty());
        expected.append(row.text(Field::EmployeeNumber) + u'/' + row.text(Field::CertificateType));
    }
    expected.sort();
    QCOMPARE(storedKeys(*m_server), expected); // each certificate once
    QCOMPARE(m_server->storeCount(), 23);
    QCOMPARE(run.job->summary().uploaded, 23);
    QCOMPARE(run.job->summary().unconfirmed, 0);

    int dropped = 0;
    int appliedThenDropped = 0;
    for (const SandboxServer::LogEntry &entry : m_server->requestLog()) {
        if (entry.outcome != u"dropped"_s)
            continue;
        ++dropped;
        QCOMPARE(entry.appliedCount, entry.itemCount); // applied before the drop
        appliedThenDropped += entry.appliedCount;
    }
    QCOMPARE(dropped, drops);
    QVERIFY(appliedThenDropped > 0);
    // Every write beyond the first of a certificate is a resend of an applied item.
    QCOMPARE(m_server->writeCount(), 23 + appliedThenDropped);
    int answered = 0;
    for (const SandboxServer::LogEntry &entry : m_server->requestLog())
        answered += entry.outcome == u"answered"_s && entry.path.startsWith(u"/core/"_s);
    QCOMPARE(answered, 3); // 23 rows in batches of 8
}

// The sandbox reads each request and never answers: the client's transfer timeout fires,
// each batch is tried maxAttempts times, and after maxFailedBatches the run stops.
void TestUploadSandbox::serverNeverAnswersRowsUnconfirmed()
{
    SandboxServer::Behaviour behaviour;
    behaviour.hang = true;
    m_server->setBehaviour(behaviour);
    // 23 rows in batches of 8, one at a time, 2 attempts each, stop after 2 failed batches.
    ClientRun run(m_server.get(), m_server->apiBase(), {8, 1, 2, 2});
    run.client.setTransferTimeout(100);
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(run.upload());
    QVERIFY(elapsed.elapsed() < 3000);

    const QString unanswered = u"Not confirmed after 2 attempts: Ditio did not answer within 1 s; "
                               u"safe to send again."_s;
    const RowStore rows = run.model.rows();
    for (int row = 0; row < rows.size(); ++row) {
        const CertificateRow &r = rows.at(row);
        if (row < 16) { // the two batches sent
            QCOMPARE(r.uploadState, UploadState::Unconfirmed);
            QCOMPARE(r.uploadMessage, unanswered);
        } else { // the third batch never went out
            QCOMPARE(r.uploadState, UploadState::NotSent);
            QVERIFY(r.uploadMessage.isEmpty());
        }
    }
    const UploadSummary summary = run.job->summary();
    QCOMPARE(summary.uploaded, 0);
    QCOMPARE(summary.unconfirmed, 16);
    QCOMPARE(summary.notSent, 7);
    QCOMPARE(summary.requests, 4);
    QCOMPARE(summary.stopReason,
             u"2 batches in a row were not confirmed after 2 attempts each. Last problem: Ditio "
             u"did not answer within 1 s."_s);
    QCOMPARE(coreRequests(*m_server), 4);
    for (const SandboxServer::LogEntry &entry : m_server->requestLog()) {
        if (entry.path.startsWith(u"/core/"_s))
            QCOMPARE(entry.outcome, u"hung"_s);
    }
    QCOMPARE(m_server->storeCount(), 0);
}

// Cancel with two requests in flight (slow answers) and more batches queued: the rows in
// flight end Unconfirmed, the queued rows stay NotSent, and nothing more reaches the sandbox.
void TestUploadSandbox::cancelDuringRequest()
{
    SandboxServer::Behaviour behaviour;
    behaviour.delayMs = 500;
    m_server->setBehaviour(behaviour);
    Run run(m_server.get());
    run.job->setOptions({4, 2, 5, 3}); // 23 rows: 6 batches, 2 in flight
    QSignalSpy finished(run.job.get(), &UploadJob::finished);
    QVERIFY(run.endpoint.fetchToken());
    QVERIFY(run.job->start());
    QTRY_COMPARE_WITH_TIMEOUT(coreRequests(*m_server), 2, 2000);
    QVERIFY(run.job->isRunning());
    QCOMPARE(run.endpoint.requests, 2);

    run.job->cancel();
    const QDateTime cancelledAt = QDateTime::currentDateTimeUtc();
    QCOMPARE(finished.size(), 1); // before cancel() returned
    QVERIFY(!run.job->isRunning());
    const qsizetype logged = m_server->requestLog().size();
    QTest::qWait(behaviour.delayMs + 200); // past when the answers would have come

    const RowStore rows = run.model.rows();
    for (int row = 0; row < rows.size(); ++row) {
        const CertificateRow &r = rows.at(row);
        if (row < 8) { // the two batches in flight
            QCOMPARE(r.uploadState, UploadState::Unconfirmed);
            QCOMPARE(r.uploadMessage, u"Cancelled before Ditio answered; safe to send again."_s);
        } else {
            QCOMPARE(r.uploadState, UploadState::NotSent);
            QVERIFY(r.uploadMessage.isEmpty());
        }
    }
    const UploadSummary summary = run.job->summary();
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.uploaded, 0);
    QCOMPARE(summary.unconfirmed, 8);
    QCOMPARE(summary.notSent, 15);
    QCOMPARE(summary.requests, 2);
    QCOMPARE(run.endpoint.requests, 2);
    // No request started after the cancel.
    QCOMPARE(m_server->requestLog().size(), logged);
    QCOMPARE(coreRequests(*m_server), 2);
    for (const SandboxServer::LogEntry &entry : m_server->requestLog())
        QVERIFY(entry.time <= cancelledAt);
}

// Nothing listens at the API's port (a port just bound and closed): the message names the
// host, each batch is retried, and the run stops. The token comes from the sandbox.
void TestUploadSandbox::connectionRefusedNamesTheHost()
{
    QTcpServer dead;
    QVERIFY(dead.listen(QHostAddress::LocalHost));
    const quint16 port = dead.serverPort();
    dead.close();
    const QUrl apiBase(u"http://127.0.0.1:%1/core"_s.arg(port));

    ClientRun run(m_server.get(), apiBase, {8, 1, 2, 2});
    // A result from an earlier run: a refused connection must not overwrite it.
    const QString earlier =
            u"Not confirmed: Ditio did not answer within 30 s; safe to send again."_s;
    run.model.setUploadResult(1, UploadState::Unconfirmed, earlier);
    QSignalSpy statuses(run.job.get(), &UploadJob::statusChanged);
    QVERIFY(run.upload());

    const QString problem = u"Cannot reach 127.0.0.1:%1: the connection was refused (nothing "
                            u"answers at that address and port)"_s.arg(port);
    const RowStore rows = run.model.rows();
    for (int row = 0; row < rows.size(); ++row) {
        const CertificateRow &r = rows.at(row);
        // No connection was ever made, so nothing reached Ditio: every row keeps the
        // state it had (the matrix's "rows keep their state"), none is Unconfirmed.
        QCOMPARE(r.uploadState, row == 1 ? UploadState::Unconfirmed : UploadState::NotSent);
        QCOMPARE(r.uploadMessage, row == 1 ? earlier : QString());
    }
    const UploadSummary summary = run.job->summary();
    QCOMPARE(summary.uploaded, 0);
    QCOMPARE(summary.unconfirmed, 0);
    QCOMPARE(summary.requests, 4);
    QCOMPARE(
            summary.stopReason,
            u"2 batches in a row were not confirmed after 2 attempts each. Last problem: %1."_s.arg(
                    problem));
    QStringList texts;
    for (const QList<QVariant> &status : statuses)
        texts.append(status.first().toString());
    const auto retrying = [&problem](const QString &text) {
        return text.startsWith(problem + u"; retry 2 of 2 in "_s);
    };
    QVERIFY2(std::any_of(texts.cbegin(), texts.cend(), retrying), qPrintable(texts.join(u'\n')));
    QCOMPARE(coreRequests(*m_server), 0);
    QCOMPARE(m_server->tokensIssued(), 1);
}

void TestUploadSandbox::rateLimitAndServerErrorsAreWaitedOut_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("502") << 502;
    QTest::newRow("503") << 503;
    QTest::newRow("504") << 504;
}

void TestUploadSandbox::rateLimitAndServerErrorsAreWaitedOut()
{
    QFETCH(int, status);
    SandboxServer::Behaviour behaviour;
    behaviour.rateLimitCount = 1;
    behaviour.retryAfterSeconds = 30; // capped to 50 ms by the run's policy
    behaviour.serverErrorCount = 2;
    behaviour.serverErrorStatus = status;
    m_server->setBehaviour(behaviour);
    Run run(m_server.get());
    QSignalSpy statuses(run.job.get(), &UploadJob::statusChanged);
    QVERIFY(run.upload());
    QCOMPARE(run.job->summary().uploaded, 20);
    QCOMPARE(run.job->summary().rejected, 3);
    QCOMPARE(storedKeys(*m_server), goodKeys(run.model.rows()));
    int errors = 0;
    for (const SandboxServer::LogEntry &entry : m_server->requestLog())
        errors += entry.status == status;
    QCOMPARE(errors, 2);
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
