// A fixture for tls_errors_are_never_ignored_selftest: the check must find this.
#include <QNetworkReply>

void accept(QNetworkReply *reply)
{
    reply->ignoreSslErrors();
}
