#include "nettesthelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>

using namespace Ditio;
using Ditio::Test::NetHarness;
using Ditio::Test::waitFor;

namespace {

QByteArray oneCertificate(const QString &employeeNumber = QStringLiteral("1042"))
{
    const QJsonArray items {QJsonObject {
            {QStringLiteral("employeeNumber"), employeeNumber},
            {QStringLiteral("certificateType"), QStringLiteral("Byggekort")},
            {QStringLiteral("issuedDateTime"), QStringLiteral("2026-01-15T00:00:00Z")},
            {QStringLiteral("validUntilDateTime"), QStringLiteral("2028-01-15T00:00:00Z")}}};
    return QJsonDocument(items).toJson(QJsonDocument::Compact);
}

// Every message of every category, for the logging test.
QStringList capturedMessages;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    capturedMessages.append(QString::fromUtf8(context.category ? context.category : "") + u' '
                            + message);
}

} // namespace

class tst_DitioApiClient : public QObject
{
    Q_OBJECT

private slots:
    void successIsAnswered_data();
    void successIsAnswered();
    void unauthorisedOnceRenewsAndResendsOnce();
    void unauthorisedWithFreshTokenIsFatal();
    void forbiddenIsFatal();
    void redirectIsFatalAndNotFollowed();
    void plainHttpRefusedBeforeConnecting();
    void hangIsTransientAfterTimeout();
    void droppedConnectionIsTransient();
    void hostNotFoundNamesHost();
    void selfSignedCertificateFails_data();
    void selfSignedCertificateFails();
    void noSecretOrTokenInAnyLog();
    void rateLimitKeepsRetryAfter_data();
    void rateLimitKeepsRetryAfter();
    void validationErrorIsAnswered();
    void abortSuppressesFinished();
    void getReadsRegister();
    void getUrlOnlyToApiHost();
    void testConnection_data();
    void testConnection();
};

void tst_DitioApiClient::successIsAnswered_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<SandboxServer::SuccessBody>("body");
    QTest::addColumn<QByteArray>("expectedBody");
    QTest::newRow("200 json") << 200 << SandboxServer::SuccessBody::Json
                              << QByteArray(R"({"created":1,"received":1,"updated":0})");
    QTest::newRow("201 text") << 201 << SandboxServer::SuccessBody::Text << QByteArray("OK");
    QTest::newRow("200 empty") << 200 << SandboxServer::SuccessBody::Empty << QByteArray();
    QTest::newRow("204") << 204 << SandboxServer::SuccessBody::Json << QByteArray();
}

void tst_DitioApiClient::successIsAnswered()
{
    QFETCH(int, status);
    QFETCH(SandboxServer::SuccessBody, body);
    QFETCH(QByteArray, expectedBody);
    NetHarness h;
    auto behaviour = h.server.behaviour();
    behaviour.successStatus = status;
    behaviour.successBody = body;
    h.server.setBehaviour(behaviour);

    const auto reply = waitFor(h.client.postCertificates(oneCertificate()));
    QVERIFY(reply);
    QCOMPARE(reply->message, QString());
    QCOMPARE(reply->outcome, EndpointReply::Outcome::Answered);
    QCOMPARE(reply->status, status);
    QCOMPARE(reply->body, expectedBody);
    QCOMPARE(reply->message, QString());
    QCOMPARE(h.server.storeCount(), 1);
}

void tst_DitioApiClient::unauthorisedOnceRenewsAndResendsOnce()
{
    NetHarness h;
    QVERIFY(waitFor(h.client.postCertificates(oneCertificate())));
    h.server.expireAllTokens(); // the cached token is now unknown to the server: 401
    h.server.clearLog();

    const auto reply = waitFor(h.client.postCertificates(oneCertificate()));
    QVERIFY(reply);
    QCOMPARE(reply->outcome, EndpointReply::Outcome::Answered);
    QCOMPARE(reply->status, 200);
    QCOMPARE(h.server.tokensIssued(), 2);
    QCOMPARE(h.count(QStringLiteral("POST"), QStringLiteral("/certificates"), 401), 1);
    QCOMPARE(h.count(QStringLiteral("POST"), QStringLiteral("/certificates"), 200), 1);
    QCOMPARE(h.count(QStringLiteral("POST"), QStringLiteral("/connect/token")), 1);
    QCOMPARE(h.server.writeCount(), 2);
}

void tst_DitioApiClient::unauthorisedWithFreshTokenIsFatal()
{
    NetHarness h;
    auto behaviour = h.server.behaviour();
    behaviour.tokenLifetimeSeconds = 0; // every token is already expired at the API
    h.server.setBehaviour(behaviour);

    const auto reply = waitFor(h.client.postCertificates(oneCertificate()));
    QVERIFY(reply);
    QCOMPARE(reply->outcome, EndpointReply::Outcome::Fatal);
    QCOMPARE(reply->status, 401);
    QCOMPARE(reply->message,
             QStringLiteral("Ditio refused the API client: it is disabled, expired or lacks the "
                            "ditioapiv3 scope. (HTTP 401 with a freshly renewed token.)"));
    QCOMPARE(h.count(QStringLiteral("POST"), QStringLiteral("/certificates"), 401), 2);
    QCOMPARE(h.server.tokensIssued(), 2);
}

void tst_DitioApiClient::forbiddenIsFatal()
{
    NetHarness h;
    auto behaviour = h.server.behaviour();
    behaviour.issueTokensWithoutScope = true;
    h.server.setBehaviour(behaviour);
    const auto reply = waitFor(h.client.postCertificates(oneCertificate()));
    QVERIFY(reply);
    QCOMPARE(reply->outcome, EndpointReply::Outcome::Fatal);
    QCOMPARE(reply->message, DitioApiClient::refusedClientMessage(403));
    QCOMPARE(h.count(QStringLiteral("POST"), QStringLiteral("/certificates")), 1);
    QCOMPARE(h.server.tokensIssued(), 1);
}

void tst_DitioApiClient::redirectIsFatalAndNotFollowed()
{
    NetHarness h;
    SandboxServer elsewhere;
    QVERIFY(elsewhere.listen());
    auto behaviour = h.server.behaviour();
    behaviour.redirectCount = 1;
    behaviour.redirectTarget = QUrl(elsewhere.apiBase().toString()
                                    + QStringLiteral("/api/v4/integration/certificates"));
    h.server.setBehaviour(behaviour);

    const auto reply = waitFor(h.client.postCertificates(oneCertificate()));
    QVERIFY(reply);
    QCOMPARE(reply->outcome, EndpointReply::Outcome::Fatal);
    QCOMPARE(reply->status, 302);
    QCOMPARE(reply->message,
             QStringLiteral("Ditio answered with a redirect (HTTP 302) to “%1”. Redirects are not "
                            "followed, so the access token is never sent elsewhere: check the API "
                            "address.")
                     .arg(behaviour.redirectTarget.toString()));
    QTest::qWait(100);
    QCOMPARE(elsewhere.requestLog().size(), 0);
    QCOMPARE(h.server.storeCount(), 0);
}

void tst_DitioApiClient::plainHttpRefusedBeforeConnecting()
{
    NetHarness h;
    h.client.setEnvironment(DitioEnvironment::custom(
            QUrl(QStringLiteral("http://example.com/core")), h.server.identityBase()));
    const auto reply = waitFor(h.client.postCertificates(oneCertificate()));
    QVERIFY(reply);
    QCOMPARE(reply->outcome, EndpointReply::Outcome::Fatal);
    QCOMPARE(reply->message,
             QStringLiteral("Plain http:// is only allowed to this computer; use https:// for "
                            "example.com"));
    QCOMPARE(h.tokens.tokenRequestsSent(), 0);
    QCOMPARE(h.server.requestLog().size(), 0);
}

void tst_DitioApiClient::hangIsTransientAfterTimeout()
{
    NetHarness h;
    auto behaviour = h.server.behaviour();
    behaviour.hang = true;
    h.server.setBehaviour(behaviour);
    h.client.setTransferTimeout(250);
    const auto reply = waitFor(h.client.postCertificates(oneCertificate()));
    QVERIFY(reply);
    QCOMPARE(reply->outcome, EndpointReply::Outcome::Transient);
    QCOMPARE(reply->message, QStringLiteral("Ditio did not answer within 1 s."));
}

void tst_DitioApiClient::droppedConnectionIsTransient()
{
    NetHarness h;
    auto behaviour = h.server.behaviour();
    behaviour.dropCount = 2; // QNetworkAccessManager resends a POST once by itself
    h.server.setBehaviour(behaviour);
    const auto reply = waitFor(h.client.postCertificates(oneCertificate()));
    QVERIFY(reply);
    QCOMPARE(reply->outcome, EndpointReply::Outcome::Transient);
    QCOMPARE(reply->message,
             QStringLiteral("Cannot reach 127.0.0.1:%1: the connection was closed before an "
                            "answer came")
                     .arg(h.server.port()));
    QCOMPARE(h.server.storeCount(), 0);
}

void tst_DitioApiClient::hostNotFoundNamesHost()
{
    // .invalid never resolves (RFC 6761). A short transfer timeout and wait keep the test from
    // hanging where no DNS answers at all; then it fails on the timeout message instead.
    NetHarness h;
    h.client.setEnvironment(DitioEnvironment::sandbox(
            QUrl(QStringLiteral("https://ditio-does-not-exist.invalid/core")),
            h.server.identityBase()));
    h.client.setTransferTimeout(2000);
    const auto reply = waitFor(h.client.postCertificates(oneCertificate()), 4000);
    QVERIFY(reply);
    QCOMPARE(reply->message,
             QStringLiteral("Cannot reach ditio-does-not-exist.invalid: the host name was not "
                            "found (check the address and the network)"));
    QCOMPARE(reply->outcome, EndpointReply::Outcome::Transient);
    QCOMPARE(h.server.tokensIssued(), 1); // the token came from the sandbox; the API is elsewhere
}

void tst_DitioApiClient::selfSignedCertificateFails_data()
{
    QTest::addColumn<bool>("post");
    QTest::newRow("certificates POST") << true;
    QTest::newRow("employee register GET") << false;
}

void tst_DitioApiClient::selfSignedCertificateFails()
{
    QFETCH(bool, post);
    if (!QSslSocket::supportsSsl())
        QSKIP("No TLS backend");
    const QSslConfiguration configuration = Test::selfSignedServerConfiguration();
    QVERIFY(!configuration.localCertificate().isNull());
    QVERIFY(!configuration.privateKey().isNull());
    QSslServer tlsServer;
    tlsServer.setSslConfiguration(configuration);
    int encryptedConnections = 0; // only after a completed handshake
    connect(&tlsServer, &QSslServer::pendingConnectionAvailable, this,
            [&encryptedConnections] { ++encryptedConnections; });
    QVERIFY(tlsServer.listen(QHostAddress::LocalHost));

    // The token from the sandbox (plain http on loopback); the API behind the self-signed TLS.
    NetHarness h;
    h.client.setEnvironment(DitioEnvironment::sandbox(
            QUrl(QStringLiteral("https://127.0.0.1:%1/core").arg(tlsServer.serverPort())),
            h.server.identityBase()));
    const auto reply =
            waitFor(post ? h.client.postCertificates(oneCertificate())
                         : h.client.get(QStringLiteral("/api/v5/integration/employees")));
    QVERIFY(reply);
    QCOMPARE(reply->outcome, EndpointReply::Outcome::Fatal);
    QCOMPARE(reply->status, 0);
    const QString prefix = QStringLiteral("The secure connection to 127.0.0.1:%1 failed: ")
                                   .arg(tlsServer.serverPort());
    QVERIFY2(reply->message.startsWith(prefix), qPrintable(reply->message));
    QVERIFY2(reply->message.contains(QStringLiteral("self-signed")), qPrintable(reply->message));

    // Nothing got through: no handshake completed, so no request (nor token) reached a server.
    QTest::qWait(100);
    QCOMPARE(encryptedConnections, 0);
    QVERIFY(!tlsServer.hasPendingConnections());
    QCOMPARE(h.count(QStringLiteral("POST"), QStringLiteral("/certificates")), 0);
    QCOMPARE(h.count(QStringLiteral("GET"), QStringLiteral("/employees")), 0);
    QCOMPARE(h.server.storeCount(), 0);
}

void tst_DitioApiClient::noSecretOrTokenInAnyLog()
{
    // Every category at debug level, Qt's own qt.network.* included, into one list.
    capturedMessages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    const auto restore = qScopeGuard([previous] {
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(previous);
    });
    QVERIFY(QLoggingCategory("qt.network.access").isDebugEnabled());

    const QString secret = QStringLiteral("log-probe-secret-7Qz");
    NetHarness h;
    h.server.setClientSecret(secret);
    h.tokens.setClientCredentials(h.server.identityBase(), h.server.clientId(), secret);
    const auto token = Test::waitForToken(&h.tokens);
    QVERIFY(token && token->ok());
    const auto reply = waitFor(h.client.postCertificates(oneCertificate()));
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    QCOMPARE(h.server.storeCount(), 1);
    qDebug("log probe"); // the handler saw this run's messages
    QVERIFY(capturedMessages.last().endsWith(QStringLiteral("log probe")));

    for (const QString &message : std::as_const(capturedMessages)) {
        QVERIFY2(!message.contains(secret), qPrintable(message));
        QVERIFY2(!message.contains(token->token), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("Authorization"), Qt::CaseInsensitive),
                 qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("Bearer "), Qt::CaseInsensitive),
                 qPrintable(message));
    }
}

void tst_DitioApiClient::rateLimitKeepsRetryAfter_data()
{
    QTest::addColumn<bool>("asDate");
    QTest::newRow("seconds") << false;
    QTest::newRow("HTTP-date") << true;
}

void tst_DitioApiClient::rateLimitKeepsRetryAfter()
{
    QFETCH(bool, asDate);
    NetHarness h;
    auto behaviour = h.server.behaviour();
    behaviour.rateLimitCount = 1;
    behaviour.retryAfterSeconds = 7;
    behaviour.retryAfterAsDate = asDate;
    h.server.setBehaviour(behaviour);
    const auto reply = waitFor(h.client.postCertificates(oneCertificate()));
    QVERIFY(reply);
    QCOMPARE(reply->outcome, EndpointReply::Outcome::Answered);
    QCOMPARE(reply->status, 429);
    if (asDate)
        QVERIFY2(reply->retryAfter.endsWith(" GMT"), reply->retryAfter.constData());
    else
        QCOMPARE(reply->retryAfter, QByteArray("7"));
    QCOMPARE(reply->message,
             QStringLiteral("Ditio answered HTTP 429: {\"error\":\"TooManyRequests\",\"message\":"
                            "\"Rate limit exceeded. Try again later.\"}"));
}

void tst_DitioApiClient::validationErrorIsAnswered()
{
    NetHarness h;
    const auto reply = waitFor(h.client.postCertificates(oneCertificate(QStringLiteral("1052"))));
    QVERIFY(reply);
    QCOMPARE(reply->outcome, EndpointReply::Outcome::Answered);
    QCOMPARE(reply->status, 400);
    QCOMPARE(QJsonDocument::fromJson(reply->body)
                     .object()
                     .value(QStringLiteral("message"))
                     .toString(),
             QStringLiteral("Employee number 1052 does not match an existing user."));
}

void tst_DitioApiClient::abortSuppressesFinished()
{
    NetHarness h;
    auto behaviour = h.server.behaviour();
    behaviour.delayMs = 100;
    h.server.setBehaviour(behaviour);
    PendingRequest *request = h.client.postCertificates(oneCertificate());
    QSignalSpy spy(request, &PendingRequest::finished);
    QTest::qWait(30);
    request->abort();
    QTest::qWait(300);
    QCOMPARE(spy.size(), 0);
    delete request;
}

void tst_DitioApiClient::getReadsRegister()
{
    NetHarness h;
    const auto reply = waitFor(h.client.get(QStringLiteral("/api/v5/integration/employees")));
    QVERIFY(reply);
    QCOMPARE(reply->outcome, EndpointReply::Outcome::Answered);
    QCOMPARE(reply->status, 200);
    QCOMPARE(QJsonDocument::fromJson(reply->body).array().size(), 10);
}

void tst_DitioApiClient::getUrlOnlyToApiHost()
{
    NetHarness h;
    const QUrl other(QStringLiteral("https://evil.example.com/core/api/v5/integration/employees"));
    const auto reply = waitFor(h.client.getUrl(other));
    QVERIFY(reply);
    QCOMPARE(reply->outcome, EndpointReply::Outcome::Fatal);
    QCOMPARE(reply->message,
             QStringLiteral("Ditio pointed to “%1”, which is not the API address %2; the access "
                            "token is only sent to the API address.")
                     .arg(other.toString(), h.server.apiBase().toString()));
    QCOMPARE(h.tokens.tokenRequestsSent(), 0);
}

void tst_DitioApiClient::testConnection_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("stage");
    QTest::addColumn<QString>("message");
    QTest::newRow("works") << "" << true << int(DitioApiClient::ConnectionTest::Stage::Done)
                           << "Connected to Ditio (Sandbox): the API client works and the "
                              "employee register can be read.";
    QTest::newRow("v5 missing, v4 works")
            << "v4" << true << int(DitioApiClient::ConnectionTest::Stage::Done)
            << "Connected to Ditio (Sandbox): the API client works and the employee register "
               "can be read.";
    QTest::newRow("wrong secret")
            << "secret" << false << int(DitioApiClient::ConnectionTest::Stage::Token)
            << "Could not get an access token from Ditio: Ditio did not accept the client id or "
               "client secret (invalid_client). Check both, and that the API client was made in "
               "this Ditio environment.";
    QTest::newRow("no scope") << "scope" << false
                              << int(DitioApiClient::ConnectionTest::Stage::Register)
                              << "Got an access token, but the employee register could not be "
                                 "read: Ditio refused the API client: it is disabled, expired or "
                                 "lacks the ditioapiv3 scope. (HTTP 403.)";
    QTest::newRow("http elsewhere")
            << "http" << false << int(DitioApiClient::ConnectionTest::Stage::Address)
            << "Plain http:// is only allowed to this computer; use https:// for example.com";
}

void tst_DitioApiClient::testConnection()
{
    QFETCH(QString, fault);
    QFETCH(bool, ok);
    QFETCH(int, stage);
    QFETCH(QString, message);
    NetHarness h;
    auto behaviour = h.server.behaviour();
    if (fault == u"v4")
        behaviour.v5Enabled = false;
    if (fault == u"scope")
        behaviour.issueTokensWithoutScope = true;
    h.server.setBehaviour(behaviour);
    if (fault == u"secret")
        h.client.setClientCredentials(h.server.clientId(), QStringLiteral("nope"));
    if (fault == u"http")
        h.client.setEnvironment(DitioEnvironment::custom(
                QUrl(QStringLiteral("http://example.com/core")), h.server.identityBase()));

    QSignalSpy spy(&h.client, &DitioApiClient::connectionTested);
    h.client.testConnection();
    QVERIFY(h.client.isTestingConnection());
    QTRY_COMPARE(spy.size(), 1);
    const auto result = spy.at(0).at(0).value<DitioApiClient::ConnectionTest>();
    QCOMPARE(result.message, message);
    QCOMPARE(result.ok, ok);
    QCOMPARE(int(result.failedAt), stage);
    QVERIFY(!h.client.isTestingConnection());
}

QTEST_GUILESS_MAIN(tst_DitioApiClient)
#include "tst_ditioapiclient.moc"
