#include "urlpolicy.h"

#include <QHostAddress>

namespace Ditio {

QString UrlPolicy::check(const QUrl &url)
{
    const QString shown = url.toDisplayString(QUrl::RemovePassword);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return tr("“%1” is not a complete web address (https://…).").arg(shown);
    if (!url.userName().isEmpty() || !url.password().isEmpty())
        return tr("A web address must not carry a user name or password: %1")
                .arg(url.toDisplayString(QUrl::RemoveUserInfo));
    const QString scheme = url.scheme().toLower();
    if (scheme == QStringLiteral("https"))
        return {};
    if (scheme == QStringLiteral("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return tr("Plain http:// is only allowed to this computer; use https:// for %1")
                .arg(url.host());
    }
    return tr("Only https:// addresses are allowed: %1").arg(shown);
}

bool UrlPolicy::isLoopbackHost(const QString &host)
{
    QString name = host.toLower();
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name == QStringLiteral("localhost"))
        return true;
    if (name.startsWith(u'[') && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    QHostAddress address;
    if (!address.setAddress(name))
        return false;
    return address.isLoopback();
}

} // namespace Ditio
