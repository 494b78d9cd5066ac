#pragma once

#include <QString>

#include <functional>

class QObject;

namespace Ditio {

// Where SecretStore keeps a secret: the system keychain in the app, a fake in tests.
// Calls back once, later, from the event loop; never if context is destroyed first.
class SecretBackend
{
public:
    enum class Status : quint8 {
        Ok,
        NotFound, // read or remove of a key that has no secret
        Unavailable, // no keychain on this system (no Secret Service, on a server)
        Denied, // the user or the system refused access
        Failed, // anything else
    };
    struct Result
    {
        Status status = Status::Ok;
        QString secret; // read only
        QString errorString; // the backend's own words, for a message; never the secret
    };
    using Callback = std::function<void(const Result &result)>;

    virtual ~SecretBackend();
    virtual void read(const QString &service, const QString &key, QObject *context,
                      Callback callback) = 0;
    virtual void write(const QString &service, const QString &key, const QString &secret,
                       QObject *context, Callback callback) = 0;
    virtual void remove(const QString &service, const QString &key, QObject *context,
                        Callback callback) = 0;
};

} // namespace Ditio
