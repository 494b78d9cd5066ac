#include "tokenprovider.h"

#include "ditioenvironment.h"
#include "networkerrortext.h"
#include "urlpolicy.h"
#include "util/clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

namespace Ditio {

namespace {

// When the answer gives no lifetime: short, so a wrong guess costs one extra token request.
constexpr int AssumedLifetimeSeconds = 300;

QByteArray formField(const char *name, const QString &value)
{
    // Every value percent-encoded in full: a bare '+' would be read as a space, and '&' or '='
    // in a secret would split the form.
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
}

} // namespace

bool TokenProvider::Result::isFatal() const
{
    switch (error) {
    case Error::None:
    case Error::Unreachable:
    case Error::Timeout:
        return false;
    case Error::HttpStatus:
        return status < 500 && status != 429 && status != 408;
    default:
        return true;
    }
}

TokenProvider::TokenProvider(QNetworkAccessManager *manager, const Clock *clock, QObject *parent)
    : QObject(parent), m_manager(manager), m_clock(clock ? clock : Clock::system())
{ }

TokenProvider::~TokenProvider()
{
    abortRequest();
}

void TokenProvider::setClientCredentials(const QUrl &identityBase, const QString &clientId,
                                         const QString &clientSecret)
{
    m_identityBase = identityBase;
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    m_static = false;
    m_staticRefused = false;
    m_token.clear();
    m_expiresAt = m_renewAt = QDateTime();
    if (m_reply) {
        // Callers waiting for the old credentials get a token for the new ones.
        abortRequest();
        startRequest();
    }
}

void TokenProvider::setStaticToken(const QString &token)
{
    abortRequest();
    m_identityBase = QUrl();
    m_clientId.clear();
    m_clientSecret.clear();
    m_static = true;
    m_staticRefused = false;
    m_token = token.trimmed();
    m_expiresAt = m_renewAt = QDateTime();
    if (!m_waiters.isEmpty())
        startRequest(); // answers the waiters from the static token
}

bool TokenProvider::isConfigured() const
{
    if (m_static)
        return !m_token.isEmpty() || m_staticRefused;
    return m_identityBase.isValid() && !m_clientId.isEmpty() && !m_clientSecret.isEmpty();
}

bool TokenProvider::hasFreshToken() const
{
    if (m_token.isEmpty())
        return false;
    if (m_static)
        return true;
    return m_renewAt.isValid() && m_clock->now() < m_renewAt;
}

void TokenProvider::requestToken(QObject *context, Callback callback)
{
    Waiter waiter {context, context != nullptr, std::move(callback)};
    if (hasFreshToken()) {
        deliverLater(std::move(waiter), Result {m_token, Error::None, 0, {}});
        return;
    }
    m_waiters.append(std::move(waiter));
    if (!m_reply)
        startRequest();
}

void TokenProvider::invalidate(const QString &rejectedToken)
{
    if (!rejectedToken.isEmpty() && rejectedToken != m_token)
        return; // already renewed by someone else
    if (m_static && !m_token.isEmpty())
        m_staticRefused = true;
    m_token.clear();
    m_expiresAt = m_renewAt = QDateTime();
}

void TokenProvider::deliverLater(Waiter waiter, const Result &result)
{
    QTimer::singleShot(0, this, [waiter = std::move(waiter), result] {
        if (waiter.hasContext && !waiter.context)
            return;
        waiter.callback(result);
    });
}

void TokenProvider::deliver(const Result &result)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters)
        deliverLater(waiter, result);
    if (result.ok())
        emit tokenRenewed();
    else
        emit failed(result);
}

void TokenProvider::startRequest()
{
    if (m_static) {
        if (!m_token.isEmpty()) {
            deliver(Result {m_token, Error::None, 0, {}});
        } else if (m_staticRefused) {
            deliver(Result {{},
                            Error::StaticTokenRefused,
                            0,
                            tr("Ditio refused the access token given from outside the app "
                               "(DITIO_TOKEN), and it cannot be renewed here: get a new token, or "
                               "set up the API client's id and secret instead.")});
        } else {
            deliver(Result {{}, Error::NotConfigured, 0, tr("The access token given is empty.")});
        }
        return;
    }
    if (m_clientId.isEmpty() || m_clientSecret.isEmpty() || !m_identityBase.isValid()) {
        deliver(Result {{},
                        Error::NotConfigured,
                        0,
                        tr("No API client is set up: enter the client id and client secret from "
                           "Ditio (Company Setup → Integration).")});
        return;
    }
    const QUrl url = DitioEnvironment::join(m_identityBase, QStringLiteral("connect/token"));
    const QString refusal = UrlPolicy::check(url);
    if (!refusal.isEmpty()) {
        deliver(Result {{}, Error::RefusedUrl, 0, refusal});
        return;
    }

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    // Never followed: a redirect could carry the secret to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    const QByteArray form = formField("grant_type", QStringLiteral("client_credentials")) + '&'
            + formField("client_id", m_clientId) + '&' + formField("client_secret", m_clientSecret)
            + '&' + formField("scope", QStringLiteral("ditioapiv3"));

    m_sslErrors.clear();
    ++m_requestsSent;
    QNetworkReply *reply = m_manager->post(request, form);
    m_reply = reply;
    reply->setParent(this);
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        if (reply != m_reply)
            return;
        for (const QSslError &error : errors)
            m_sslErrors.append(error.errorString());
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void TokenProvider::abortRequest()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void TokenProvider::onFinished(QNetworkReply *reply)
{
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    Result result = classify(reply, body);
    if (result.ok()) {
        m_token = result.token;
    }
    deliver(result);
}

TokenProvider::Result TokenProvider::classify(QNetworkReply *reply, const QByteArray &body)
{
    const QUrl url = reply->url();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    Result result;
    result.status = status;

    if (status == 0) {
        const auto error = reply->error();
        switch (NetworkErrorText::kind(error, false)) {
        case NetworkErrorText::Kind::Timeout:
            result.error = Error::Timeout;
            result.message = tr("Ditio's sign-in service at %1 did not answer within %n s.",
                                nullptr, qMax(1, (m_timeoutMs + 999) / 1000))
                                     .arg(NetworkErrorText::hostLabel(url));
            return result;
        case NetworkErrorText::Kind::Tls:
            result.error = Error::Tls;
            result.message = NetworkErrorText::tls(url, m_sslErrors, reply->errorString());
            return result;
        case NetworkErrorText::Kind::Unreachable:
        case NetworkErrorText::Kind::Other:
            result.error = Error::Unreachable;
            result.message = NetworkErrorText::unreachable(url, error, reply->errorString());
            return result;
        }
    }

    if (status >= 300 && status < 400) {
        result.error = Error::Redirect;
        const QString target = QString::fromUtf8(reply->rawHeader("Location"));
        result.message = tr("Ditio's sign-in service at %1 answered with a redirect (HTTP %2) to "
                            "“%3”. Redirects are not followed, so the client secret is never sent "
                            "elsewhere: check the identity address.")
                                 .arg(NetworkErrorText::hostLabel(url))
                                 .arg(status)
                                 .arg(target);
        return result;
    }

    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (status < 200 || status >= 300) {
        const QString code = object.value(QStringLiteral("error")).toString();
        if (code == QStringLiteral("invalid_client")) {
            result.error = Error::InvalidClient;
            result.message = tr("Ditio did not accept the client id or client secret "
                                "(invalid_client). Check both, and that the API client was made "
                                "in this Ditio environment.");
        } else if (code == QStringLiteral("invalid_scope")
                   || code == QStringLiteral("unauthorized_client")) {
            result.error = Error::MissingScope;
            result.message = tr("The API client may not use Ditio's integration API (%1): ask a "
                                "Ditio administrator to give it the ditioapiv3 scope.")
                                     .arg(code);
        } else {
            result.error = Error::HttpStatus;
            const QString detail = code.isEmpty() ? NetworkErrorText::excerpt(body) : code;
            result.message = detail.isEmpty()
                    ? tr("Ditio's sign-in service at %1 answered HTTP %2.")
                              .arg(NetworkErrorText::hostLabel(url))
                              .arg(status)
                    : tr("Ditio's sign-in service at %1 answered HTTP %2: %3")
                              .arg(NetworkErrorText::hostLabel(url))
                              .arg(status)
                              .arg(detail);
        }
        return result;
    }

    const QString token = object.value(QStringLiteral("access_token")).toString();
    const QString type = object.value(QStringLiteral("token_type")).toString();
    if (token.isEmpty()
        || (!type.isEmpty() && type.compare(QStringLiteral("Bearer"), Qt::CaseInsensitive) != 0)) {
        result.error = Error::UnreadableAnswer;
        result.message = tr("Ditio's sign-in service at %1 answered, but gave no usable access "
                            "token: check the identity address.")
                                 .arg(NetworkErrorText::hostLabel(url));
        return result;
    }
    const QJsonValue expiresValue = object.value(QStringLiteral("expires_in"));
    qint64 lifetime = AssumedLifetimeSeconds;
    if (expiresValue.isDouble())
        lifetime = qint64(expiresValue.toDouble());
    else if (expiresValue.isString())
        lifetime = expiresValue.toString().toLongLong();
    lifetime = qMax<qint64>(0, lifetime);
    // A minute early, or halfway for tokens shorter than two minutes.
    const qint64 early = qMin<qint64>(RenewEarlySeconds, lifetime / 2);
    const QDateTime now = m_clock->now();
    m_expiresAt = now.addSecs(lifetime);
    m_renewAt = now.addSecs(lifetime - early);
    result.token = token;
    return result;
}

} // namespace Ditio
