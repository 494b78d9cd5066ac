#pragma once

#include "secretbackend.h"

namespace Ditio {

// The system keychain through QtKeychain (Secret Service / KWallet, Keychain, Credential
// Manager). Never QtKeychain's plain-text fallback.
class KeychainSecretBackend : public SecretBackend
{
public:
    void read(const QString &service, const QString &key, QObject *context,
              Callback callback) override;
    void write(const QString &service, const QString &key, const QString &secret, QObject *context,
               Callback callback) override;
    void remove(const QString &service, const QString &key, QObject *context,
                Callback callback) override;
};

} // namespace Ditio
