#include "secretstore.h"

#include "keychainsecretbackend.h"

#include <QTimer>

namespace Ditio {

QString SecretStore::serviceName()
{
    return QStringLiteral("no.ditio.Certificates");
}

QString SecretStore::keyFor(const QString &environmentKey, const QString &clientId)
{
    return environmentKey + u'/' + clientId;
}

QString SecretStore::memoryFallbackMessage()
{
    return tr("No system keychain is available: the client secret is kept in memory until the "
              "app closes.");
}

SecretStore::SecretStore(QObject *parent)
    : SecretStore(std::make_unique<KeychainSecretBackend>(), parent)
{ }

SecretStore::SecretStore(std::unique_ptr<SecretBackend> backend, QObject *parent)
    : QObject(parent), m_backend(std::move(backend))
{ }

SecretStore::~SecretStore() = default;

void SecretStore::startMemoryFallback()
{
    if (m_memoryOnly)
        return;
    m_memoryOnly = true;
    emit memoryFallbackStarted(memoryFallbackMessage());
}

QString SecretStore::failureMessage(const SecretBackend::Result &result) const
{
    if (result.status == SecretBackend::Status::Denied)
        return tr("The system keychain refused access to the client secret: %1")
                .arg(result.errorString);
    return tr("The system keychain failed: %1").arg(result.errorString);
}

void SecretStore::read(const QString &environmentKey, const QString &clientId)
{
    const QString key = keyFor(environmentKey, clientId);
    const auto fromMemory = [this, environmentKey, clientId, key] {
        const auto it = m_memory.constFind(key);
        emit secretRead(environmentKey, clientId, it == m_memory.constEnd() ? QString() : *it,
                        it != m_memory.constEnd());
    };
    if (m_memoryOnly) {
        QTimer::singleShot(0, this, fromMemory);
        return;
    }
    m_backend->read(serviceName(), key, this,
                    [this, environmentKey, clientId, fromMemory](const auto &result) {
                        switch (result.status) {
                        case SecretBackend::Status::Ok:
                            emit secretRead(environmentKey, clientId, result.secret, true);
                            return;
                        case SecretBackend::Status::NotFound:
                            emit secretRead(environmentKey, clientId, QString(), false);
                            return;
                        case SecretBackend::Status::Unavailable:
                            startMemoryFallback();
                            fromMemory();
                            return;
                        default:
                            emit failed(environmentKey, clientId, failureMessage(result));
                        }
                    });
}

void SecretStore::write(const QString &environmentKey, const QString &clientId,
                        const QString &secret)
{
    const QString key = keyFor(environmentKey, clientId);
    if (m_memoryOnly) {
        m_memory.insert(key, secret);
        QTimer::singleShot(0, this, [this, environmentKey, clientId] {
            emit secretWritten(environmentKey, clientId);
        });
        return;
    }
    m_backend->write(serviceName(), key, secret, this,
                     [this, environmentKey, clientId, key, secret](const auto &result) {
                         switch (result.status) {
                         case SecretBackend::Status::Ok:
                             emit secretWritten(environmentKey, clientId);
                             return;
                         case SecretBackend::Status::Unavailable:
                             startMemoryFallback();
                             m_memory.insert(key, secret);
                             emit secretWritten(environmentKey, clientId);
                             return;
                         default:
                             emit failed(environmentKey, clientId, failureMessage(result));
                         }
                     });
}

void SecretStore::remove(const QString &environmentKey, const QString &clientId)
{
    const QString key = keyFor(environmentKey, clientId);
    if (m_memoryOnly) {
        m_memory.remove(key);
        QTimer::singleShot(0, this, [this, environmentKey, clientId] {
            emit secretRemoved(environmentKey, clientId);
        });
        return;
    }
    m_backend->remove(serviceName(), key, this,
                      [this, environmentKey, clientId, key](const auto &result) {
                          switch (result.status) {
                          case SecretBackend::Status::Ok:
                          case SecretBackend::Status::NotFound:
                              emit secretRemoved(environmentKey, clientId);
                              return;
                          case SecretBackend::Status::Unavailable:
                              startMemoryFallback();
                              m_memory.remove(key);
                              emit secretRemoved(environmentKey, clientId);
                              return;
                          default:
                              emit failed(environmentKey, clientId, failureMessage(result));
                          }
                      });
}

} // namespace Ditio
