#include "networkerrortext.h"

namespace Ditio {

QString NetworkErrorText::hostLabel(const QUrl &url)
{
    const QString host = url.host().contains(u':') ? u'[' + url.host() + u']' : url.host();
    return url.port() == -1 ? host : host + u':' + QString::number(url.port());
}

NetworkErrorText::Kind NetworkErrorText::kind(QNetworkReply::NetworkError error, bool abortedByUs)
{
    switch (error) {
    case QNetworkReply::OperationCanceledError:
        // A transfer timeout aborts the reply; our own aborts are flagged by the caller.
        return abortedByUs ? Kind::Other : Kind::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        return Kind::Tls;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
        return Kind::Unreachable;
    default:
        return Kind::Other;
    }
}

QString NetworkErrorText::reason(QNetworkReply::NetworkError error, const QString &errorString)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("the connection was refused (nothing answers at that address and port)");
    case QNetworkReply::HostNotFoundError:
        return tr("the host name was not found (check the address and the network)");
    case QNetworkReply::RemoteHostClosedError:
        return tr("the connection was closed before an answer came");
    case QNetworkReply::TimeoutError:
        return tr("the connection timed out");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("the network is not available");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
        return tr("the proxy failed (%1)").arg(errorString);
    default:
        return errorString;
    }
}

QString NetworkErrorText::unreachable(const QUrl &url, QNetworkReply::NetworkError error,
                                      const QString &errorString)
{
    return tr("Cannot reach %1: %2").arg(hostLabel(url), reason(error, errorString));
}

QString NetworkErrorText::tls(const QUrl &url, const QStringList &sslErrors,
                              const QString &errorString)
{
    const QString reasons =
            sslErrors.isEmpty() ? errorString : sslErrors.join(QStringLiteral("; "));
    return tr("The secure connection to %1 failed: %2").arg(hostLabel(url), reasons);
}

QString NetworkErrorText::excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body).simplified();
    if (text.size() > 300)
        text = text.left(299) + u'…';
    return text;
}

} // namespace Ditio
