#include "apirequest.h"

#include "ditioapiclient.h"
#include "networkerrortext.h"
#include "tokenprovider.h"
#include "urlpolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

#include <utility>

namespace Ditio {

ApiRequest::ApiRequest(DitioApiClient *client, Method method, const QUrl &url,
                       const QByteArray &body)
    : PendingRequest(client), m_client(client), m_method(method), m_url(url), m_body(body)
{ }

ApiRequest::~ApiRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void ApiRequest::start()
{
    const QString refusal = UrlPolicy::check(m_url);
    if (!refusal.isEmpty()) {
        finishLater(fatal(refusal));
        return;
    }
    requestToken();
}

void ApiRequest::refuse(const QString &message)
{
    finishLater(fatal(message));
}

void ApiRequest::abort()
{
    m_aborted = true;
    if (m_reply) {
        QNetworkReply *reply = std::exchange(m_reply, nullptr);
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ApiRequest::requestToken()
{
    if (!m_client) {
        finishLater(fatal(tr("The connection to Ditio was closed.")));
        return;
    }
    m_client->tokenProvider()->requestToken(this, [this](const TokenProvider::Result &result) {
        if (m_aborted || m_done)
            return;
        if (!result.ok()) {
            EndpointReply reply;
            reply.outcome = result.isFatal() ? EndpointReply::Outcome::Fatal
                                             : EndpointReply::Outcome::Transient;
            reply.message = result.message;
            reply.reachedDitio = false; // no token: the certificates were never sent
            finish(reply);
            return;
        }
        send(result.token);
    });
}

void ApiRequest::send(const QString &token)
{
    if (!m_client) {
        finish(fatal(tr("The connection to Ditio was closed.")));
        return;
    }
    m_token = token;
    QNetworkRequest request(m_url);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setRawHeader("Accept", "application/json, text/plain, */*");
    // Never followed: the bearer token must not go to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_client->transferTimeout());
    m_sslErrors.clear();
    ++m_attempts;
    QNetworkAccessManager *manager = m_client->networkAccessManager();
    QNetworkReply *reply = nullptr;
    if (m_method == Method::Post) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json; charset=utf-8"));
        reply = manager->post(request, m_body);
    } else {
        reply = manager->get(request);
    }
    m_reply = reply;
    m_received.clear();
    reply->setParent(this);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        if (reply != m_reply)
            return;
        if (m_received.isEmpty()) {
            // Room for the whole answer at once when its length is known
            // (and sane): growing a 65 MB buffer step by step copies it.
            constexpr qint64 MostReserved = 256 * 1024 * 1024;
            bool known = false;
            const qint64 length =
                    reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
            if (known && length > 0 && length <= MostReserved)
                m_received.reserve(qsizetype(length));
        }
        m_received += reply->readAll();
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        if (reply != m_reply)
            return;
        for (const QSslError &error : errors)
            m_sslErrors.append(error.errorString());
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void ApiRequest::onFinished(QNetworkReply *reply)
{
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray body = std::exchange(m_received, {});
    if (reply->isOpen())
        body += reply->readAll();

    if (status == 0) {
        EndpointReply result;
        const auto error = reply->error();
        switch (NetworkErrorText::kind(error, false)) {
        case NetworkErrorText::Kind::Timeout: {
            const int timeout = m_client ? m_client->transferTimeout() : 0;
            result.outcome = EndpointReply::Outcome::Transient;
            result.message = tr("Ditio did not answer within %n s.", nullptr,
                                qMax(1, (timeout + 999) / 1000));
            break;
        }
        case NetworkErrorText::Kind::Tls:
            result = fatal(NetworkErrorText::tls(m_url, m_sslErrors, reply->errorString()));
            break;
        case NetworkErrorText::Kind::Unreachable:
        case NetworkErrorText::Kind::Other:
            result.outcome = EndpointReply::Outcome::Transient;
            result.message = NetworkErrorText::unreachable(m_url, error, reply->errorString());
            // Only errors before a connection exists prove the body never left.
            result.reachedDitio = error != QNetworkReply::ConnectionRefusedError
                    && error != QNetworkReply::HostNotFoundError
                    && error != QNetworkReply::ProxyConnectionRefusedError
                    && error != QNetworkReply::ProxyNotFoundError;
            break;
        }
        finish(result);
        return;
    }

    if (status >= 300 && status < 400) {
        const QString target = QString::fromUtf8(reply->rawHeader("Location"));
        finish(fatal(tr("Ditio answered with a redirect (HTTP %1) to “%2”. Redirects are not "
                        "followed, so the access token is never sent elsewhere: check the API "
                        "address.")
                             .arg(status)
                             .arg(target),
                     status));
        return;
    }
    if (status == 401 && !m_renewed && m_client) {
        // The token may have expired early or been revoked: renew once and resend once.
        m_renewed = true;
        m_client->tokenProvider()->invalidate(m_token);
        requestToken();
        return;
    }
    if (status == 401 || status == 403) {
        finish(fatal(DitioApiClient::refusedClientMessage(status), status));
        return;
    }

    EndpointReply result;
    result.outcome = EndpointReply::Outcome::Answered;
    result.status = status;
    result.body = body;
    result.retryAfter = reply->rawHeader("Retry-After");
    if (status < 200 || status >= 300) {
        const QString detail = NetworkErrorText::excerpt(body);
        result.message = detail.isEmpty()
                ? tr("Ditio answered HTTP %1.").arg(status)
                : tr("Ditio answered HTTP %1: %2").arg(status).arg(detail);
    }
    finish(result);
}

EndpointReply ApiRequest::fatal(const QString &message, int status)
{
    EndpointReply reply;
    reply.outcome = EndpointReply::Outcome::Fatal;
    reply.status = status;
    reply.message = message;
    return reply;
}

void ApiRequest::finish(const EndpointReply &reply)
{
    if (m_done || m_aborted)
        return;
    m_done = true;
    m_token.clear();
    emit finished(reply);
}

void ApiRequest::finishLater(const EndpointReply &reply)
{
    QTimer::singleShot(0, this, [this, reply] { finish(reply); });
}

} // namespace Ditio
