#include "connectionsettings.h"

#include <QSettings>

namespace Ditio {

namespace Key {
const QString Environment = QStringLiteral("connection/environment");
const QString CustomApiBase = QStringLiteral("connection/customApiBase");
const QString CustomIdentityBase = QStringLiteral("connection/customIdentityBase");
const QString ClientIdPrefix = QStringLiteral("connection/clientId/");
const QString BatchSize = QStringLiteral("upload/batchSize");
const QString RequestsInFlight = QStringLiteral("upload/requestsInFlight");
const QString TransferTimeout = QStringLiteral("connection/transferTimeoutSeconds");
} // namespace Key

namespace {

int readInt(const QSettings *settings, const QString &key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = settings->value(key, fallback).toInt(&ok);
    return ok ? qBound(low, value, high) : fallback;
}

} // namespace

ConnectionSettings::ConnectionSettings(QSettings *settings) : m_settings(settings) { }

DitioEnvironment::Kind ConnectionSettings::environmentKind() const
{
    return DitioEnvironment::kindFromKey(m_settings->value(Key::Environment).toString())
            .value_or(DitioEnvironment::Kind::Test);
}

void ConnectionSettings::setEnvironmentKind(DitioEnvironment::Kind kind)
{
    m_settings->setValue(Key::Environment, DitioEnvironment::key(kind));
}

QUrl ConnectionSettings::customApiBase() const
{
    return QUrl(m_settings->value(Key::CustomApiBase).toString());
}

void ConnectionSettings::setCustomApiBase(const QUrl &url)
{
    m_settings->setValue(Key::CustomApiBase, url.toString(QUrl::RemoveUserInfo));
}

QUrl ConnectionSettings::customIdentityBase() const
{
    return QUrl(m_settings->value(Key::CustomIdentityBase).toString());
}

void ConnectionSettings::setCustomIdentityBase(const QUrl &url)
{
    m_settings->setValue(Key::CustomIdentityBase, url.toString(QUrl::RemoveUserInfo));
}

QString ConnectionSettings::clientId(DitioEnvironment::Kind kind) const
{
    return m_settings->value(Key::ClientIdPrefix + DitioEnvironment::key(kind)).toString();
}

void ConnectionSettings::setClientId(DitioEnvironment::Kind kind, const QString &clientId)
{
    const QString key = Key::ClientIdPrefix + DitioEnvironment::key(kind);
    if (clientId.trimmed().isEmpty())
        m_settings->remove(key);
    else
        m_settings->setValue(key, clientId.trimmed());
}

int ConnectionSettings::batchSize() const
{
    return readInt(m_settings, Key::BatchSize, DefaultBatchSize, MinBatchSize, MaxBatchSize);
}

void ConnectionSettings::setBatchSize(int size)
{
    m_settings->setValue(Key::BatchSize, qBound(MinBatchSize, size, MaxBatchSize));
}

int ConnectionSettings::requestsInFlight() const
{
    return readInt(m_settings, Key::RequestsInFlight, DefaultRequestsInFlight, 1,
                   MaxRequestsInFlight);
}

void ConnectionSettings::setRequestsInFlight(int count)
{
    m_settings->setValue(Key::RequestsInFlight, qBound(1, count, MaxRequestsInFlight));
}

int ConnectionSettings::transferTimeoutSeconds() const
{
    return readInt(m_settings, Key::TransferTimeout, DefaultTransferTimeoutSeconds,
                   MinTransferTimeoutSeconds, MaxTransferTimeoutSeconds);
}

void ConnectionSettings::setTransferTimeoutSeconds(int seconds)
{
    m_settings->setValue(Key::TransferTimeout,
                         qBound(MinTransferTimeoutSeconds, seconds, MaxTransferTimeoutSeconds));
}

DitioEnvironment ConnectionSettings::environment(const QUrl &sandboxApiBase,
                                                 const QUrl &sandboxIdentityBase) const
{
    switch (environmentKind()) {
    case DitioEnvironment::Kind::Test:
        return DitioEnvironment::test();
    case DitioEnvironment::Kind::Production:
        return DitioEnvironment::production();
    case DitioEnvironment::Kind::Custom:
        return DitioEnvironment::custom(customApiBase(), customIdentityBase());
    case DitioEnvironment::Kind::Sandbox:
        return DitioEnvironment::sandbox(sandboxApiBase, sandboxIdentityBase);
    }
    return DitioEnvironment::test();
}

} // namespace Ditio
