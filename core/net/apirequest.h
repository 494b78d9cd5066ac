#pragma once

#include "upload/certificatesendpoint.h"

#include <QCoreApplication>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class QNetworkReply;

namespace Ditio {

class DitioApiClient;

// One authenticated call to Ditio's API, as DitioApiClient hands it out: gets a token, sends,
// renews the token once on a 401 and resends once, and ends with exactly one finished() (none
// after abort()). Redirects are never followed, so the bearer token never leaves the API host.
class ApiRequest : public PendingRequest
{
    Q_OBJECT

public:
    enum class Method : quint8 { Get, Post };

    ApiRequest(DitioApiClient *client, Method method, const QUrl &url, const QByteArray &body);
    ~ApiRequest() override;

    void start(); // reports later, from the event loop, never inside this call
    void refuse(const QString &message); // instead of start(): ends Fatal, sends nothing
    void abort() override;

    Method method() const { return m_method; }
    QUrl url() const { return m_url; }
    bool isDone() const { return m_done; }
    int attempts() const { return m_attempts; } // requests sent to the API

private:
    void requestToken();
    void send(const QString &token);
    void onFinished(QNetworkReply *reply);
    void finish(const EndpointReply &reply);
    void finishLater(const EndpointReply &reply);
    static EndpointReply fatal(const QString &message, int status = 0);

    QPointer<DitioApiClient> m_client;
    Method m_method;
    QUrl m_url;
    QByteArray m_body;
    QString m_token;
    QNetworkReply *m_reply = nullptr;
    // The answer as it arrives: taken out of the reply on each readyRead, so
    // a large answer (a register of a million employees, 65 MB) is held once,
    // not in the reply's buffer and again in a copy of it.
    QByteArray m_received;
    QStringList m_sslErrors;
    bool m_renewed = false;
    bool m_aborted = false;
    bool m_done = false;
    int m_attempts = 0;
};

} // namespace Ditio
