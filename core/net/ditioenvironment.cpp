#include "ditioenvironment.h"

namespace Ditio {

DitioEnvironment::DitioEnvironment() : DitioEnvironment(test()) { }

DitioEnvironment::DitioEnvironment(Kind kind, const QUrl &apiBase, const QUrl &identityBase)
    : m_kind(kind), m_apiBase(apiBase), m_identityBase(identityBase)
{ }

DitioEnvironment DitioEnvironment::test()
{
    return DitioEnvironment(Kind::Test, QUrl(QStringLiteral("https://core-api.ditio.dev/core")),
                            QUrl(QStringLiteral("https://identity.ditio.dev")));
}

DitioEnvironment DitioEnvironment::production()
{
    return DitioEnvironment(Kind::Production,
                            QUrl(QStringLiteral("https://core-api.ditio.app/core")),
                            QUrl(QStringLiteral("https://identity.ditio.app")));
}

DitioEnvironment DitioEnvironment::custom(const QUrl &apiBase, const QUrl &identityBase)
{
    return DitioEnvironment(Kind::Custom, apiBase, identityBase);
}

DitioEnvironment DitioEnvironment::sandbox(const QUrl &apiBase, const QUrl &identityBase)
{
    return DitioEnvironment(Kind::Sandbox, apiBase, identityBase);
}

QString DitioEnvironment::key(Kind kind)
{
    switch (kind) {
    case Kind::Test:
        return QStringLiteral("test");
    case Kind::Production:
        return QStringLiteral("production");
    case Kind::Custom:
        return QStringLiteral("custom");
    case Kind::Sandbox:
        return QStringLiteral("sandbox");
    }
    return {};
}

std::optional<DitioEnvironment::Kind> DitioEnvironment::kindFromKey(const QString &key)
{
    for (Kind kind : {Kind::Test, Kind::Production, Kind::Custom, Kind::Sandbox}) {
        if (DitioEnvironment::key(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString DitioEnvironment::title(Kind kind)
{
    switch (kind) {
    case Kind::Test:
        return tr("Test");
    case Kind::Production:
        return tr("Production");
    case Kind::Custom:
        return tr("Custom");
    case Kind::Sandbox:
        return tr("Sandbox");
    }
    return {};
}

bool DitioEnvironment::isProduction() const
{
    if (m_kind == Kind::Production)
        return true;
    if (m_kind != Kind::Custom)
        return false;
    // Ditio's samples use integration.ditio.no for production; ditio.app is the documented one.
    const QString host = m_apiBase.host().toLower();
    for (const QString &domain : {QStringLiteral("ditio.app"), QStringLiteral("ditio.no")}) {
        if (host == domain || host.endsWith(u'.' + domain))
            return true;
    }
    return false;
}

QUrl DitioEnvironment::join(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = base.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    QString tail = path;
    while (tail.startsWith(u'/'))
        tail.remove(0, 1);
    url.setPath(basePath + u'/' + tail);
    return url;
}

} // namespace Ditio
