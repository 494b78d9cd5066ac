#pragma once

// A small CertificatesEndpoint for the tests: POSTs to a SandboxServer over loopback with a
// bearer token fetched once from its token endpoint. Answers with a status are Answered;
// anything else (refused, dropped, timed out) is Transient. No renewal, no URL policy:
// the app's DitioApiClient does that.

#include "sandboxserver.h"
#include "upload/certificatesendpoint.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

namespace DitioTest {

class SandboxRequest : public Ditio::PendingRequest
{
public:
    explicit SandboxRequest(QNetworkReply *reply) : m_reply(reply)
    {
        connect(reply, &QNetworkReply::finished, this, &SandboxRequest::onFinished);
    }
    ~SandboxRequest() override
    {
        if (m_reply)
            m_reply->deleteLater();
    }

    void abort() override
    {
        if (!m_reply)
            return;
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }

private:
    void onFinished()
    {
        Ditio::EndpointReply result;
        const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid() && status.toInt() > 0) {
            result.outcome = Ditio::EndpointReply::Outcome::Answered;
            result.status = status.toInt();
            result.body = m_reply->readAll();
            result.retryAfter = m_reply->rawHeader("Retry-After");
        } else {
            result.outcome = Ditio::EndpointReply::Outcome::Transient;
            result.message =
                    QStringLiteral("Cannot reach the sandbox: %1").arg(m_reply->errorString());
        }
        m_reply->deleteLater();
        m_reply = nullptr;
        emit finished(result);
    }

    QPointer<QNetworkReply> m_reply;
};

class SandboxEndpoint : public Ditio::CertificatesEndpoint
{
public:
    explicit SandboxEndpoint(const Ditio::SandboxServer *server)
        : SandboxEndpoint(server->apiBase(), server->identityBase(), server->clientId(),
                          QStringLiteral("sandbox-secret"))
    { }
    SandboxEndpoint(const QUrl &apiBase, const QUrl &identityBase, const QString &clientId,
                    const QString &clientSecret)
        : m_apiBase(apiBase),
          m_identityBase(identityBase),
          m_clientId(clientId),
          m_clientSecret(clientSecret)
    { }

    // Blocks on a local event loop until the sandbox answers (a few ms on loopback).
    bool fetchToken()
    {
        QNetworkRequest request(QUrl(m_identityBase.toString() + QStringLiteral("/connect/token")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), m_clientId);
        form.addQueryItem(QStringLiteral("client_secret"), m_clientSecret);
        form.addQueryItem(QStringLiteral("scope"), QStringLiteral("ditioapiv3"));
        QNetworkReply *reply = m_manager.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
        m_token = QJsonDocument::fromJson(reply->readAll())
                          .object()
                          .value(QStringLiteral("access_token"))
                          .toString()
                          .toLatin1();
        reply->deleteLater();
        return !m_token.isEmpty();
    }

    Ditio::PendingRequest *postCertificates(const QByteArray &body) override
    {
        QNetworkRequest request(
                QUrl(m_apiBase.toString() + QStringLiteral("/api/v4/integration/certificates")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_token);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(m_timeoutMs);
        ++requests;
        return new SandboxRequest(m_manager.post(request, body));
    }

    void setTransferTimeout(int ms) { m_timeoutMs = ms; }
    int requests = 0;

private:
    QUrl m_apiBase;
    QUrl m_identityBase;
    QString m_clientId;
    QString m_clientSecret;
    QNetworkAccessManager m_manager;
    QByteArray m_token;
    int m_timeoutMs = 10000;
};

} // namespace DitioTest
