#include "nettesthelpers.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>

using namespace Ditio;
using Ditio::Test::NetHarness;
using Ditio::Test::waitFor;
using Ditio::Test::waitForToken;

class tst_TokenProvider : public QObject
{
    Q_OBJECT

private slots:
    void cachedToken();
    void renewedEarly_data();
    void renewedEarly();
    void concurrentCallersShareOneRequest();
    void secretIsPercentEncoded_data();
    void secretIsPercentEncoded();
    void invalidClientIsFatalWithoutRetry();
    void tokenWithoutScopeIsRefusedByApi();
    void redirectIsNotFollowed();
    void nothingListeningNamesHost();
    void hostNotFoundNamesHost();
    void selfSignedCertificateFails();
    void plainHttpElsewhereRefused();
    void invalidateRenewsOnce();
    void staticToken();
    void notConfigured();
};

void tst_TokenProvider::cachedToken()
{
    NetHarness h;
    const auto first = waitForToken(&h.tokens);
    QVERIFY(first && first->ok());
    QVERIFY(!first->token.isEmpty());
    const auto second = waitForToken(&h.tokens);
    QVERIFY(second && second->ok());
    QCOMPARE(second->token, first->token);
    QCOMPARE(h.server.tokensIssued(), 1);
    QCOMPARE(h.tokens.expiresAt(), Test::startTime().addSecs(1800));
}

void tst_TokenProvider::renewedEarly_data()
{
    QTest::addColumn<int>("advanceSeconds");
    QTest::addColumn<int>("tokensIssued");
    QTest::newRow("after 10 minutes: cached") << 600 << 1;
    QTest::newRow("61 s before expiry: cached") << 1739 << 1;
    QTest::newRow("60 s before expiry: renewed") << 1740 << 2;
    QTest::newRow("after expiry: renewed") << 4000 << 2;
}

void tst_TokenProvider::renewedEarly()
{
    QFETCH(int, advanceSeconds);
    QFETCH(int, tokensIssued);
    NetHarness h;
    const auto first = waitForToken(&h.tokens);
    QVERIFY(first && first->ok());
    h.clock.setNow(Test::startTime().addSecs(advanceSeconds));
    const auto second = waitForToken(&h.tokens);
    QVERIFY(second && second->ok());
    QCOMPARE(h.server.tokensIssued(), tokensIssued);
    QCOMPARE(second->token == first->token, tokensIssued == 1);
}

void tst_TokenProvider::concurrentCallersShareOneRequest()
{
    NetHarness h;
    QList<TokenProvider::Result> results;
    QObject context;
    for (int i = 0; i < 3; ++i)
        h.tokens.requestToken(&context,
                              [&results](const TokenProvider::Result &r) { results.append(r); });
    QVERIFY(h.tokens.isRequestInFlight());
    QTRY_COMPARE(results.size(), 3);
    QCOMPARE(h.server.tokensIssued(), 1);
    QCOMPARE(h.count(QStringLiteral("POST"), QStringLiteral("/connect/token")), 1);
    QCOMPARE(h.tokens.tokenRequestsSent(), 1);
    for (const auto &result : std::as_const(results)) {
        QVERIFY(result.ok());
        QCOMPARE(result.token, results.first().token);
    }
}

void tst_TokenProvider::secretIsPercentEncoded_data()
{
    QTest::addColumn<QString>("secret");
    QTest::newRow("plus, ampersand, equals, space") << QStringLiteral("a+b&c=d e");
    QTest::newRow("percent and unicode") << QStringLiteral("100%/æøå?#");
}

void tst_TokenProvider::secretIsPercentEncoded()
{
    QFETCH(QString, secret);
    NetHarness h;
    h.server.setClientSecret(secret);
    h.tokens.setClientCredentials(h.server.identityBase(), h.server.clientId(), secret);
    const auto result = waitForToken(&h.tokens);
    QVERIFY(result);
    QCOMPARE(result->message, QString());
    QVERIFY(result->ok());
}

void tst_TokenProvider::invalidClientIsFatalWithoutRetry()
{
    NetHarness h;
    h.tokens.setClientCredentials(h.server.identityBase(), h.server.clientId(),
                                  QStringLiteral("wrong"));
    const auto result = waitForToken(&h.tokens);
    QVERIFY(result);
    QCOMPARE(result->error, TokenProvider::Error::InvalidClient);
    QVERIFY(result->isFatal());
    QCOMPARE(result->message,
             QStringLiteral("Ditio did not accept the client id or client secret "
                            "(invalid_client). Check both, and that the API client was made in "
                            "this Ditio environment."));
    QTest::qWait(200);
    QCOMPARE(h.count(QStringLiteral("POST"), QStringLiteral("/connect/token")), 1);

    // Through the API client: Fatal, and nothing reaches the API.
    const auto reply = waitFor(h.client.postCertificates("[]"));
    QVERIFY(reply);
    QCOMPARE(reply->outcome, EndpointReply::Outcome::Fatal);
    QCOMPARE(reply->message, result->message);
    QCOMPARE(h.count(QStringLiteral("POST"), QStringLiteral("/certificates")), 0);
}

void tst_TokenProvider::tokenWithoutScopeIsRefusedByApi()
{
    NetHarness h;
    auto behaviour = h.server.behaviour();
    behaviour.issueTokensWithoutScope = true;
    h.server.setBehaviour(behaviour);
    const auto reply = waitFor(h.client.postCertificates("[]"));
    QVERIFY(reply);
    QCOMPARE(reply->outcome, EndpointReply::Outcome::Fatal);
    QCOMPARE(reply->status, 403);
    QCOMPARE(reply->message,
             QStringLiteral("Ditio refused the API client: it is disabled, expired or lacks the "
                            "ditioapiv3 scope. (HTTP 403.)"));
    QCOMPARE(h.count(QStringLiteral("POST"), QStringLiteral("/certificates")), 1);
}

void tst_TokenProvider::redirectIsNotFollowed()
{
    NetHarness h;
    SandboxServer elsewhere;
    QVERIFY(elsewhere.listen());
    auto behaviour = h.server.behaviour();
    behaviour.faultsOnTokenEndpoint = true;
    behaviour.redirectCount = 1;
    behaviour.redirectTarget =
            QUrl(elsewhere.identityBase().toString() + QStringLiteral("/connect/token"));
    h.server.setBehaviour(behaviour);

    const auto result = waitForToken(&h.tokens);
    QVERIFY(result);
    QCOMPARE(result->error, TokenProvider::Error::Redirect);
    QVERIFY(result->isFatal());
    QCOMPARE(result->message,
             QStringLiteral("Ditio's sign-in service at 127.0.0.1:%1 answered with a redirect "
                            "(HTTP 302) to “%2”. Redirects are not followed, so the client "
                            "secret is never sent elsewhere: check the identity address.")
                     .arg(h.server.port())
                     .arg(behaviour.redirectTarget.toString()));
    QTest::qWait(100);
    QCOMPARE(elsewhere.requestLog().size(), 0);
}

void tst_TokenProvider::nothingListeningNamesHost()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    NetHarness h;
    h.tokens.setClientCredentials(QUrl(QStringLiteral("http://127.0.0.1:%1/identity").arg(port)),
                                  QStringLiteral("id"), QStringLiteral("secret"));
    const auto result = waitForToken(&h.tokens);
    QVERIFY(result);
    QCOMPARE(result->error, TokenProvider::Error::Unreachable);
    QVERIFY(!result->isFatal());
    QCOMPARE(result->message,
             QStringLiteral("Cannot reach 127.0.0.1:%1: the connection was refused (nothing "
                            "answers at that address and port)")
                     .arg(port));
}

void tst_TokenProvider::hostNotFoundNamesHost()
{
    // .invalid never resolves (RFC 6761). A short transfer timeout and wait keep the test from
    // hanging where no DNS answers at all; then it fails on the timeout message instead.
    NetHarness h;
    h.tokens.setTransferTimeout(2000);
    h.tokens.setClientCredentials(
            QUrl(QStringLiteral("https://ditio-does-not-exist.invalid/identity")),
            QStringLiteral("id"), QStringLiteral("secret"));
    const auto result = waitForToken(&h.tokens, 4000);
    QVERIFY(result);
    QCOMPARE(result->message,
             QStringLiteral("Cannot reach ditio-does-not-exist.invalid: the host name was not "
                            "found (check the address and the network)"));
    QCOMPARE(result->error, TokenProvider::Error::Unreachable);
    QVERIFY(!result->isFatal());
    QCOMPARE(h.tokens.tokenRequestsSent(), 1);
}

void tst_TokenProvider::selfSignedCertificateFails()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("No TLS backend");
    const QSslConfiguration configuration = Test::selfSignedServerConfiguration();
    QVERIFY(!configuration.localCertificate().isNull());
    QVERIFY(!configuration.privateKey().isNull());
    QSslServer server;
    server.setSslConfiguration(configuration);
    QVERIFY(server.listen(QHostAddress::LocalHost));

    NetHarness h;
    h.tokens.setClientCredentials(
            QUrl(QStringLiteral("https://127.0.0.1:%1/identity").arg(server.serverPort())),
            QStringLiteral("id"), QStringLiteral("secret"));
    const auto result = waitForToken(&h.tokens);
    QVERIFY(result);
    QCOMPARE(result->error, TokenProvider::Error::Tls);
    QVERIFY(result->isFatal());
    const QString prefix = QStringLiteral("The secure connection to 127.0.0.1:%1 failed: ")
                                   .arg(server.serverPort());
    QVERIFY2(result->message.startsWith(prefix), qPrintable(result->message));
    QVERIFY2(result->message.contains(QStringLiteral("self-signed")), qPrintable(result->message));
}

void tst_TokenProvider::plainHttpElsewhereRefused()
{
    NetHarness h;
    h.tokens.setClientCredentials(QUrl(QStringLiteral("http://identity.example.com")),
                                  QStringLiteral("id"), QStringLiteral("secret"));
    const auto result = waitForToken(&h.tokens);
    QVERIFY(result);
    QCOMPARE(result->error, TokenProvider::Error::RefusedUrl);
    QCOMPARE(result->message,
             QStringLiteral("Plain http:// is only allowed to this computer; use https:// for "
                            "identity.example.com"));
    QCOMPARE(h.tokens.tokenRequestsSent(), 0);
}

void tst_TokenProvider::invalidateRenewsOnce()
{
    NetHarness h;
    const auto first = waitForToken(&h.tokens);
    QVERIFY(first && first->ok());
    h.tokens.invalidate(first->token);
    const auto second = waitForToken(&h.tokens);
    QVERIFY(second && second->ok());
    QVERIFY(second->token != first->token);
    // A second caller reporting the same old token must not throw away the new one.
    h.tokens.invalidate(first->token);
    const auto third = waitForToken(&h.tokens);
    QVERIFY(third && third->ok());
    QCOMPARE(third->token, second->token);
    QCOMPARE(h.server.tokensIssued(), 2);
}

void tst_TokenProvider::staticToken()
{
    NetHarness h;
    h.tokens.setStaticToken(QStringLiteral("from-elsewhere"));
    const auto result = waitForToken(&h.tokens);
    QVERIFY(result && result->ok());
    QCOMPARE(result->token, QStringLiteral("from-elsewhere"));
    QCOMPARE(h.tokens.tokenRequestsSent(), 0);

    // The sandbox does not know it: 401, no renewal possible, Fatal.
    const auto reply = waitFor(h.client.postCertificates("[]"));
    QVERIFY(reply);
    QCOMPARE(reply->outcome, EndpointReply::Outcome::Fatal);
    QCOMPARE(reply->message,
             QStringLiteral("Ditio refused the access token given from outside the app "
                            "(DITIO_TOKEN), and it cannot be renewed here: get a new token, or "
                            "set up the API client's id and secret instead."));
    QCOMPARE(h.count(QStringLiteral("POST"), QStringLiteral("/certificates")), 1);
}

void tst_TokenProvider::notConfigured()
{
    QNetworkAccessManager manager;
    FixedClock clock(Test::startTime());
    TokenProvider tokens(&manager, &clock);
    const auto result = waitForToken(&tokens);
    QVERIFY(result);
    QCOMPARE(result->error, TokenProvider::Error::NotConfigured);
    QCOMPARE(result->message,
             QStringLiteral("No API client is set up: enter the client id and client secret "
                            "from Ditio (Company Setup → Integration)."));
}

QTEST_GUILESS_MAIN(tst_TokenProvider)
#include "tst_tokenprovider.moc"
