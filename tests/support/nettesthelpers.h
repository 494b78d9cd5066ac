#pragma once

#include "net/ditioapiclient.h"
#include "net/tokenprovider.h"
#include "sandboxserver.h"
#include "upload/certificatesendpoint.h"
#include "util/clock.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTest>

#include <memory>
#include <optional>

namespace Ditio::Test {

#ifdef DITIO_TLS_DIR
// A server configuration with the tests' self-signed certificate, which no
// client trusts. Its local certificate is null when the files cannot be read.
inline QSslConfiguration selfSignedServerConfiguration()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    QFile certFile(QStringLiteral(DITIO_TLS_DIR "/selfsigned-cert.pem"));
    QFile keyFile(QStringLiteral(DITIO_TLS_DIR "/selfsigned-key.pem"));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return configuration;
    configuration.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
    configuration.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
    return configuration;
}
#endif

inline QDateTime startTime()
{
    return QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
}

// The sandbox on loopback, a manager without proxies, a fixed clock, and the client under test.
struct NetHarness
{
    NetHarness()
    {
        manager.setProxy(QNetworkProxy::NoProxy);
        server.listen();
        tokens.setClientCredentials(server.identityBase(), server.clientId(),
                                    QStringLiteral("sandbox-secret"));
        client.setEnvironment(environment()); // the port is known only now
    }
    DitioEnvironment environment() const
    {
        return DitioEnvironment::sandbox(server.apiBase(), server.identityBase());
    }
    int count(const QString &method, const QString &pathEnd, int status = -1) const
    {
        int n = 0;
        const auto log = server.requestLog();
        for (const auto &entry : log) {
            if (entry.method == method && entry.path.endsWith(pathEnd)
                && (status < 0 || entry.status == status))
                ++n;
        }
        return n;
    }

    SandboxServer server;
    QNetworkAccessManager manager;
    FixedClock clock {startTime()};
    TokenProvider tokens {&manager, &clock};
    DitioApiClient client {environment(), &manager, &tokens, &clock};
};

// Waits for the one finished() of a request and takes ownership of it.
inline std::optional<EndpointReply> waitFor(PendingRequest *request, int timeoutMs = 10000)
{
    std::unique_ptr<PendingRequest> owner(request);
    std::optional<EndpointReply> result;
    int emitted = 0;
    QObject::connect(request, &PendingRequest::finished, request, [&](const EndpointReply &reply) {
        result = reply;
        ++emitted;
    });
    (void)QTest::qWaitFor([&] { return emitted > 0; }, timeoutMs);
    QTest::qWait(20); // a second finished() would show here
    if (emitted > 1)
        return std::nullopt;
    return result;
}

inline std::optional<TokenProvider::Result> waitForToken(TokenProvider *tokens,
                                                         int timeoutMs = 10000)
{
    std::optional<TokenProvider::Result> result;
    QObject context;
    tokens->requestToken(&context, [&](const TokenProvider::Result &r) { result = r; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs);
    return result;
}

} // namespace Ditio::Test
