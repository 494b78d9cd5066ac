#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace Ditio {

// How one certificates request ended, in the terms the upload job needs. The
// endpoint has already dealt with tokens (a 401 renews once and resends once),
// redirects (never followed) and URL policy; what is left is for the job.
struct EndpointReply
{
    enum class Outcome : quint8 {
        Answered, // Ditio answered with an HTTP status: see status, body, retryAfter
        Transient, // no usable answer: refused, host not found, dropped, timed out;
                   // the rows may or may not have been applied (safe to resend)
        Fatal, // the run cannot go on: authentication failed after a renewal,
               // 403, invalid client, TLS error, refused URL, redirect
    };

    Outcome outcome = Outcome::Transient;
    int status = 0; // HTTP status when Answered
    QByteArray body;
    QByteArray retryAfter; // the raw Retry-After header, when there was one
    QString message; // translated, readable: "Cannot reach core-api.ditio.dev: ..."
    // False when the body cannot have reached Ditio: no connection could be made
    // (refused, host not found) or no token could be had. Such rows keep the state
    // they had instead of becoming Unconfirmed.
    bool reachedDitio = true;
};

// One request in flight. The endpoint owns it until finished() is emitted;
// the receiver deletes it (deleteLater) after that.
class PendingRequest : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Stops the request at once. finished() is not emitted afterwards; the
    // caller treats the rows it carried as Unconfirmed.
    virtual void abort() = 0;

signals:
    void finished(const Ditio::EndpointReply &reply);
};

// Where certificates go: Ditio's POST /api/v4/integration/certificates behind
// an API client, or a fake in tests.
class CertificatesEndpoint
{
public:
    virtual ~CertificatesEndpoint();
    // body is the JSON array exactly as the API page shows it.
    virtual PendingRequest *postCertificates(const QByteArray &body) = 0;
};

} // namespace Ditio
