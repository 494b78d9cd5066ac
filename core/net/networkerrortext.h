#pragma once

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Ditio {

// The readable, translated messages for transport failures, shared by the token provider and
// the API client so the user sees the same words for the same failure.
class NetworkErrorText
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::NetworkErrorText)

public:
    enum class Kind : quint8 { Unreachable, Timeout, Tls, Other };

    // "core-api.ditio.dev", or "127.0.0.1:8080" when the port is given.
    static QString hostLabel(const QUrl &url);
    static Kind kind(QNetworkReply::NetworkError error, bool abortedByUs);
    // "Cannot reach <host>: <reason>"
    static QString unreachable(const QUrl &url, QNetworkReply::NetworkError error,
                               const QString &errorString);
    // "The secure connection to <host> failed: <reasons>"
    static QString tls(const QUrl &url, const QStringList &sslErrors, const QString &errorString);
    static QString reason(QNetworkReply::NetworkError error, const QString &errorString);
    // A short excerpt of a body for a message: trimmed, one line, at most 300 characters.
    static QString excerpt(const QByteArray &body);
};

} // namespace Ditio
