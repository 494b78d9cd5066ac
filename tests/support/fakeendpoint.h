#pragma once

// A scripted CertificatesEndpoint: records every request's body and answers when the test
// says (or by a responder function). Requests never answer on their own.

#include "upload/certificatesendpoint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace DitioTest {

class FakeRequest : public Ditio::PendingRequest
{
public:
    QByteArray body;
    bool aborted = false;
    bool answered = false;

    void abort() override { aborted = true; }
    void answer(const Ditio::EndpointReply &reply)
    {
        answered = true;
        emit finished(reply);
    }
    bool isOpen() const { return !aborted && !answered; }
};

class FakeEndpoint : public Ditio::CertificatesEndpoint
{
public:
    ~FakeEndpoint() override
    {
        for (const QPointer<FakeRequest> &request : std::as_const(requests))
            delete request.data();
    }

    Ditio::PendingRequest *postCertificates(const QByteArray &body) override
    {
        auto *request = new FakeRequest;
        request->body = body;
        bodies.append(body);
        requests.append(request);
        return request;
    }

    QList<FakeRequest *> openRequests() const
    {
        QList<FakeRequest *> open;
        for (const QPointer<FakeRequest> &request : requests) {
            if (request && request->isOpen())
                open.append(request.data());
        }
        return open;
    }
    FakeRequest *firstOpen() const
    {
        const QList<FakeRequest *> open = openRequests();
        return open.isEmpty() ? nullptr : open.first();
    }
    int abortedCount() const
    {
        int count = 0;
        for (const QPointer<FakeRequest> &request : requests)
            count += request && request->aborted;
        return count;
    }

    // The employee numbers of a request, in order.
    static QStringList employeeNumbers(const QByteArray &body)
    {
        QStringList numbers;
        const QJsonArray array = QJsonDocument::fromJson(body).array();
        for (const QJsonValue &item : array)
            numbers.append(item.toObject().value(QStringLiteral("employeeNumber")).toString());
        return numbers;
    }

    static Ditio::EndpointReply answered(int status, const QByteArray &body = {},
                                         const QByteArray &retryAfter = {})
    {
        Ditio::EndpointReply reply;
        reply.outcome = Ditio::EndpointReply::Outcome::Answered;
        reply.status = status;
        reply.body = body;
        reply.retryAfter = retryAfter;
        return reply;
    }
    static Ditio::EndpointReply transient(const QString &message)
    {
        Ditio::EndpointReply reply;
        reply.outcome = Ditio::EndpointReply::Outcome::Transient;
        reply.message = message;
        return reply;
    }
    static Ditio::EndpointReply fatal(const QString &message)
    {
        Ditio::EndpointReply reply;
        reply.outcome = Ditio::EndpointReply::Outcome::Fatal;
        reply.message = message;
        return reply;
    }

    QList<QByteArray> bodies;
    QList<QPointer<FakeRequest>> requests;
};

} // namespace DitioTest
