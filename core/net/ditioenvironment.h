#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace Ditio {

// Where the app talks to: Ditio's test or production system, addresses typed by the user
// (Ditio material names more than one production base), or the built-in sandbox server.
class DitioEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::DitioEnvironment)

public:
    enum class Kind : quint8 { Test, Production, Custom, Sandbox };

    DitioEnvironment(); // Test, the default in Ditio's own docs
    DitioEnvironment(Kind kind, const QUrl &apiBase, const QUrl &identityBase);

    static DitioEnvironment test();
    static DitioEnvironment production();
    static DitioEnvironment custom(const QUrl &apiBase, const QUrl &identityBase);
    static DitioEnvironment sandbox(const QUrl &apiBase, const QUrl &identityBase);

    Kind kind() const { return m_kind; }
    QUrl apiBase() const { return m_apiBase; }
    QUrl identityBase() const { return m_identityBase; }

    // Stable, for settings and keychain keys: "test", "production", "custom", "sandbox".
    QString key() const { return key(m_kind); }
    static QString key(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
    // Translated, for the UI: "Test", "Production", "Custom", "Sandbox".
    QString title() const { return title(m_kind); }
    static QString title(Kind kind);

    // Production, or custom addresses on a production Ditio host (real data at stake).
    bool isProduction() const;

    // base + "/" + path, without doubled or missing slashes; keeps the base's own path.
    static QUrl join(const QUrl &base, const QString &path);
    QUrl apiUrl(const QString &path) const { return join(m_apiBase, path); }
    QUrl identityUrl(const QString &path) const { return join(m_identityBase, path); }

    bool operator==(const DitioEnvironment &other) const = default;

private:
    Kind m_kind = Kind::Test;
    QUrl m_apiBase;
    QUrl m_identityBase;
};

} // namespace Ditio
