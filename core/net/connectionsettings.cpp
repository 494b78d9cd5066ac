#include "connectionsettings.h"

#include "settings/settingkeys.h"

#include <QSettings>

namespace Ditio {

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
    return DitioEnvironment::kindFromKey(m_settings->value(SettingKey::Environment).toString())
            .value_or(DitioEnvironment::Kind::Test);
}

void ConnectionSettings::setEnvironmentKind(DitioEnvironment::Kind kind)
{
    m_settings->setValue(SettingKey::Environment, DitioEnvironment::key(kind));
}

QUrl ConnectionSettings::customApiBase() const
{
    return QUrl(m_settings->value(SettingKey::CustomApiBase).toString());
}

void ConnectionSettings::setCustomApiBase(const QUrl &url)
{
    m_settings->setValue(SettingKey::CustomApiBase, url.toString(QUrl::RemoveUserInfo));
}

QUrl ConnectionSettings::customIdentityBase() const
{
    return QUrl(m_settings->value(SettingKey::CustomIdentityBase).toString());
}

void ConnectionSettings::setCustomIdentityBase(const QUrl &url)
{
    m_settings->setValue(SettingKey::CustomIdentityBase, url.toString(QUrl::RemoveUserInfo));
}

QString ConnectionSettings::clientId(DitioEnvironment::Kind kind) const
{
    return m_settings->value(SettingKey::ClientIdGroup + DitioEnvironment::key(kind)).toString();
}

void ConnectionSettings::setClientId(DitioEnvironment::Kind kind, const QString &clientId)
{
    const QString key = SettingKey::ClientIdGroup + DitioEnvironment::key(kind);
    if (clientId.trimmed().isEmpty())
        m_settings->remove(key);
    else
        m_settings->setValue(key, clientId.trimmed());
}

int ConnectionSettings::batchSize() const
{
    return readInt(m_settings, SettingKey::BatchSize, DefaultBatchSize, MinBatchSize, MaxBatchSize);
}

void ConnectionSettings::setBatchSize(int size)
{
    m_settings->setValue(SettingKey::BatchSize, qBound(MinBatchSize, size, MaxBatchSize));
}

int ConnectionSettings::requestsInFlight() const
{
    return readInt(m_settings, SettingKey::RequestsInFlight, DefaultRequestsInFlight, 1,
                   MaxRequestsInFlight);
}

void ConnectionSettings::setRequestsInFlight(int count)
{
    m_settings->setValue(SettingKey::RequestsInFlight, qBound(1, count, MaxRequestsInFlight));
}

int ConnectionSettings::transferTimeoutSeconds() const
{
    return readInt(m_settings, SettingKey::TransferTimeout, DefaultTransferTimeoutSeconds,
                   MinTransferTimeoutSeconds, MaxTransferTimeoutSeconds);
}

void ConnectionSettings::setTransferTimeoutSeconds(int seconds)
{
    m_settings->setValue(SettingKey::TransferTimeout,
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
