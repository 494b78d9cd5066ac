#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Ditio {

class Clock;

// Bearer tokens for Ditio's API: OAuth 2.0 client credentials against
// {identity}/connect/token, or a token obtained elsewhere (DITIO_TOKEN). Caches the token and
// renews it a minute before it runs out; however many callers ask at once, one token request
// is in flight and all of them get its result. Never logs the secret or the token.
class TokenProvider : public QObject
{
    Q_OBJECT

public:
    enum class Error : quint8 {
        None,
        NotConfigured, // no client id/secret and no static token
        RefusedUrl, // the identity address fails UrlPolicy
        InvalidClient, // wrong client id or secret (invalid_client)
        MissingScope, // invalid_scope / unauthorized_client
        Unreachable, // refused, host not found, closed
        Timeout,
        Tls,
        Redirect, // never followed
        HttpStatus, // any other non-2xx
        UnreadableAnswer, // 2xx without a usable access_token
        StaticTokenRefused, // the token from elsewhere was refused and cannot be renewed
    };
    Q_ENUM(Error)

    struct Result
    {
        QString token; // empty on error
        Error error = Error::None;
        int status = 0; // HTTP status of the token request, when there was one
        QString message; // translated; empty when ok
        bool ok() const { return error == Error::None; }
        // Fatal errors need the user (credentials, scope, address, TLS); the rest may pass.
        bool isFatal() const;
    };
    using Callback = std::function<void(const Result &result)>;

    static constexpr int RenewEarlySeconds = 60;
    static constexpr int DefaultTransferTimeoutMs = 30000;

    TokenProvider(QNetworkAccessManager *manager, const Clock *clock, QObject *parent = nullptr);
    ~TokenProvider() override;

    // Replaces any earlier setting and drops the cached token.
    void setClientCredentials(const QUrl &identityBase, const QString &clientId,
                              const QString &clientSecret);
    void setStaticToken(const QString &token);
    bool isConfigured() const;
    bool usesStaticToken() const { return m_static; }
    QUrl identityBase() const { return m_identityBase; }
    QString clientId() const { return m_clientId; }

    void setTransferTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int transferTimeout() const { return m_timeoutMs; }

    // Calls back once, always later from the event loop (never inside this call), unless
    // context is destroyed first. A cached, fresh token is handed out without a request.
    void requestToken(QObject *context, Callback callback);

    // After a 401: forget the token so the next requestToken() fetches a new one. With the
    // rejected token given, a token renewed meanwhile (by another caller's 401) is kept.
    void invalidate(const QString &rejectedToken = QString());

    bool hasFreshToken() const;
    QDateTime expiresAt() const { return m_expiresAt; } // invalid when no token
    bool isRequestInFlight() const { return m_reply != nullptr; }
    int tokenRequestsSent() const { return m_requestsSent; }

signals:
    void tokenRenewed(); // a new token arrived (never carries it)
    void failed(const Ditio::TokenProvider::Result &result);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Callback callback;
    };

    void startRequest();
    void abortRequest();
    void onFinished(QNetworkReply *reply);
    Result classify(QNetworkReply *reply, const QByteArray &body);
    void deliver(const Result &result);
    void deliverLater(Waiter waiter, const Result &result);

    QNetworkAccessManager *m_manager;
    const Clock *m_clock;
    QUrl m_identityBase;
    QString m_clientId;
    QString m_clientSecret;
    bool m_static = false;
    bool m_staticRefused = false;
    QString m_token;
    QDateTime m_expiresAt;
    QDateTime m_renewAt;
    int m_timeoutMs = DefaultTransferTimeoutMs;
    QNetworkReply *m_reply = nullptr;
    QStringList m_sslErrors;
    QList<Waiter> m_waiters;
    int m_requestsSent = 0;
};

} // namespace Ditio
