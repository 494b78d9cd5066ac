#pragma once

#include "ditioenvironment.h"
#include "upload/certificatesendpoint.h"

#include <QObject>
#include <QPointer>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace Ditio {

class ApiRequest;
class Clock;
class TokenProvider;

// Ditio's integration API behind an API client: POST certificates for the upload job, an
// authenticated GET for the employee register, and a connection test for the settings dialog.
// Every call is checked against UrlPolicy first, carries a bearer token from the
// TokenProvider, and never follows a redirect.
class DitioApiClient : public QObject, public CertificatesEndpoint
{
    Q_OBJECT

public:
    static constexpr int DefaultTransferTimeoutMs = 60000;

    // What testConnection() found, step by step.
    struct ConnectionTest
    {
        enum class Stage : quint8 { Address, Token, Register, Done };
        bool ok = false;
        Stage failedAt = Stage::Done; // the step that failed; Done when ok
        int status = 0; // the register's HTTP status, when it answered
        QString message; // translated: what worked, or exactly what failed
    };

    DitioApiClient(const DitioEnvironment &environment, QNetworkAccessManager *manager,
                   TokenProvider *tokens, const Clock *clock, QObject *parent = nullptr);
    ~DitioApiClient() override;

    DitioEnvironment environment() const { return m_environment; }
    void setEnvironment(const DitioEnvironment &environment) { m_environment = environment; }
    QNetworkAccessManager *networkAccessManager() const { return m_manager; }
    TokenProvider *tokenProvider() const { return m_tokens; }
    const Clock *clock() const { return m_clock; }

    // Convenience: the token provider uses this environment's identity address.
    void setClientCredentials(const QString &clientId, const QString &clientSecret);

    void setTransferTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int transferTimeout() const { return m_timeoutMs; }

    // POST {api}/api/v4/integration/certificates with the JSON array as given.
    PendingRequest *postCertificates(const QByteArray &body) override;
    // GET {api}/<path>?<query>: Answered with status and body, like postCertificates().
    PendingRequest *get(const QString &path, const QUrlQuery &query = QUrlQuery());
    // GET of an absolute URL (a register's "next" link); refused (Fatal) unless it is on the
    // API's own scheme, host and port: the token goes nowhere else.
    PendingRequest *getUrl(const QUrl &url);

    // Gets a token, then reads the register (v5, v4 when v5 answers 404); emits
    // connectionTested() once. A second call while one runs is ignored.
    void testConnection();
    bool isTestingConnection() const { return m_testRunning; }

    // For the messages: "Ditio refused the API client: ..." plus which status came back.
    static QString refusedClientMessage(int status);

signals:
    void connectionTested(const Ditio::DitioApiClient::ConnectionTest &result);

private:
    PendingRequest *startRequest(int method, const QUrl &url, const QByteArray &body);
    void testRegister(const QString &path, bool mayFallBack);
    void endTest(const ConnectionTest &result);

    DitioEnvironment m_environment;
    QNetworkAccessManager *m_manager;
    TokenProvider *m_tokens;
    const Clock *m_clock;
    int m_timeoutMs = DefaultTransferTimeoutMs;
    bool m_testRunning = false;
    QPointer<QObject> m_testContext;

    friend class ApiRequest;
};

} // namespace Ditio
