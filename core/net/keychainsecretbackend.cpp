#include "keychainsecretbackend.h"

#include <QObject>
#include <qt6keychain/keychain.h>

namespace Ditio {

namespace {

SecretBackend::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretBackend::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretBackend::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // Without a Secret Service, Linux reports OtherError (D-Bus) as often as
        // NoBackendAvailable; both mean there is no keychain to use.
        return SecretBackend::Status::Unavailable;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretBackend::Status::Denied;
    case QKeychain::CouldNotDeleteEntry:
        return SecretBackend::Status::Failed;
    }
    return SecretBackend::Status::Failed;
}

void run(QKeychain::Job *job, const QString &key, QObject *context,
         SecretBackend::Callback callback, bool isRead)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [callback = std::move(callback), isRead](QKeychain::Job *done) {
                         SecretBackend::Result result;
                         result.status = statusOf(done->error());
                         if (result.status != SecretBackend::Status::Ok)
                             result.errorString = done->errorString();
                         else if (isRead)
                             result.secret =
                                     static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
                         callback(result);
                     });
    job->start();
}

} // namespace

void KeychainSecretBackend::read(const QString &service, const QString &key, QObject *context,
                                 Callback callback)
{
    run(new QKeychain::ReadPasswordJob(service), key, context, std::move(callback), true);
}

void KeychainSecretBackend::write(const QString &service, const QString &key, const QString &secret,
                                  QObject *context, Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setTextData(secret);
    run(job, key, context, std::move(callback), false);
}

void KeychainSecretBackend::remove(const QString &service, const QString &key, QObject *context,
                                   Callback callback)
{
    run(new QKeychain::DeletePasswordJob(service), key, context, std::move(callback), false);
}

} // namespace Ditio
