#pragma once

#include "secretbackend.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

namespace Ditio {

// The API client's secret, in the system keychain (service "no.ditio.Certificates", one entry
// per environment and client id). When there is no keychain (no Secret Service, as on servers)
// the secret is kept in this object's memory until the app closes, and the user is told. Never
// written to QSettings or any file.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    static QString serviceName(); // "no.ditio.Certificates"
    // "<environment key>/<client id>", e.g. "test/my-client"
    static QString keyFor(const QString &environmentKey, const QString &clientId);
    // Translated, for the UI: "No system keychain is available: the client secret is kept in
    // memory until the app closes."
    static QString memoryFallbackMessage();

    explicit SecretStore(QObject *parent = nullptr); // the system keychain (QtKeychain)
    explicit SecretStore(std::unique_ptr<SecretBackend> backend, QObject *parent = nullptr);
    ~SecretStore() override;

    // Asynchronous: each ends with one of the signals below.
    void read(const QString &environmentKey, const QString &clientId);
    void write(const QString &environmentKey, const QString &clientId, const QString &secret);
    void remove(const QString &environmentKey, const QString &clientId);

    bool usingMemoryFallback() const { return m_memoryOnly; }

signals:
    void secretRead(const QString &environmentKey, const QString &clientId, const QString &secret,
                    bool found);
    void secretWritten(const QString &environmentKey, const QString &clientId);
    void secretRemoved(const QString &environmentKey, const QString &clientId);
    void failed(const QString &environmentKey, const QString &clientId, const QString &message);
    // Once, when the keychain turns out to be missing.
    void memoryFallbackStarted(const QString &message);

private:
    void startMemoryFallback();
    QString failureMessage(const SecretBackend::Result &result) const;

    std::unique_ptr<SecretBackend> m_backend;
    bool m_memoryOnly = false;
    QHash<QString, QString> m_memory;
};

} // namespace Ditio
