#pragma once

#include "ditioenvironment.h"

#include <QString>
#include <QUrl>

class QSettings;

namespace Ditio {

// The connection choices kept between runs, on a QSettings the caller owns: which
// environment, custom addresses, a client id per environment, and upload tuning. Never a
// secret or token: those go to SecretStore.
class ConnectionSettings
{
public:
    static constexpr int DefaultBatchSize = 100;
    static constexpr int MinBatchSize = 1;
    static constexpr int MaxBatchSize = 1000;
    static constexpr int DefaultRequestsInFlight = 2;
    static constexpr int MaxRequestsInFlight = 8;
    static constexpr int DefaultTransferTimeoutSeconds = 60;
    static constexpr int MinTransferTimeoutSeconds = 5;
    static constexpr int MaxTransferTimeoutSeconds = 600;

    explicit ConnectionSettings(QSettings *settings);

    DitioEnvironment::Kind environmentKind() const; // Test when unset or unknown
    void setEnvironmentKind(DitioEnvironment::Kind kind);

    QUrl customApiBase() const;
    void setCustomApiBase(const QUrl &url);
    QUrl customIdentityBase() const;
    void setCustomIdentityBase(const QUrl &url);

    // Credentials are per environment: a production client does not work in test.
    QString clientId(DitioEnvironment::Kind kind) const;
    void setClientId(DitioEnvironment::Kind kind, const QString &clientId);

    int batchSize() const; // clamped to 1..1000
    void setBatchSize(int size);
    int requestsInFlight() const; // clamped to 1..8
    void setRequestsInFlight(int count);
    int transferTimeoutSeconds() const; // clamped to 5..600
    void setTransferTimeoutSeconds(int seconds);

    // The chosen environment. Sandbox addresses exist only while the sandbox runs, so the
    // caller gives them; Custom takes the stored addresses.
    DitioEnvironment environment(const QUrl &sandboxApiBase = QUrl(),
                                 const QUrl &sandboxIdentityBase = QUrl()) const;

private:
    QSettings *m_settings;
};

} // namespace Ditio
