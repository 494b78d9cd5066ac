#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Ditio {

// Which addresses the app may connect to, checked before any connection: https anywhere, plain
// http only to this computer (the sandbox). Tokens and secrets never cross a network in clear.
class UrlPolicy
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::UrlPolicy)

public:
    // Empty when allowed; otherwise a translated reason that names the URL or host.
    static QString check(const QUrl &url);
    static bool isAllowed(const QUrl &url) { return check(url).isEmpty(); }

    // 127.0.0.0/8, ::1 (also IPv4-mapped) and "localhost".
    static bool isLoopbackHost(const QString &host);
};

} // namespace Ditio
