#include "ditioapiclient.h"

#include "apirequest.h"
#include "tokenprovider.h"
#include "urlpolicy.h"
#include "util/clock.h"

namespace Ditio {

namespace {
const QString CertificatesPath = QStringLiteral("api/v4/integration/certificates");
const QString EmployeesV5Path = QStringLiteral("api/v5/integration/employees");
const QString UsersV4Path = QStringLiteral("api/v4/integration/users");
} // namespace

DitioApiClient::DitioApiClient(const DitioEnvironment &environment, QNetworkAccessManager *manager,
                               TokenProvider *tokens, const Clock *clock, QObject *parent)
    : QObject(parent),
      m_environment(environment),
      m_manager(manager),
      m_tokens(tokens),
      m_clock(clock ? clock : Clock::system())
{ }

DitioApiClient::~DitioApiClient() = default;

void DitioApiClient::setClientCredentials(const QString &clientId, const QString &clientSecret)
{
    m_tokens->setClientCredentials(m_environment.identityBase(), clientId, clientSecret);
}

QString DitioApiClient::refusedClientMessage(int status)
{
    return tr("Ditio refused the API client: it is disabled, expired or lacks the ditioapiv3 "
              "scope.")
            + u' '
            + (status == 401 ? tr("(HTTP 401 with a freshly renewed token.)")
                             : tr("(HTTP %1.)").arg(status));
}

PendingRequest *DitioApiClient::startRequest(int method, const QUrl &url, const QByteArray &body)
{
    auto *request = new ApiRequest(this, ApiRequest::Method(method), url, body);
    request->start();
    return request;
}

PendingRequest *DitioApiClient::postCertificates(const QByteArray &body)
{
    return startRequest(int(ApiRequest::Method::Post), m_environment.apiUrl(CertificatesPath),
                        body);
}

PendingRequest *DitioApiClient::get(const QString &path, const QUrlQuery &query)
{
    QUrl url = m_environment.apiUrl(path);
    if (!query.isEmpty())
        url.setQuery(query);
    return startRequest(int(ApiRequest::Method::Get), url, {});
}

PendingRequest *DitioApiClient::getUrl(const QUrl &url)
{
    const QUrl base = m_environment.apiBase();
    const bool sameOrigin = url.scheme().compare(base.scheme(), Qt::CaseInsensitive) == 0
            && url.host().compare(base.host(), Qt::CaseInsensitive) == 0
            && url.port(-1) == base.port(-1);
    if (!sameOrigin) {
        auto *request = new ApiRequest(this, ApiRequest::Method::Get, url, {});
        request->refuse(tr("Ditio pointed to “%1”, which is not the API address %2; the access "
                           "token is only sent to the API address.")
                                .arg(url.toDisplayString(QUrl::RemoveUserInfo),
                                     base.toDisplayString(QUrl::RemoveUserInfo)));
        return request;
    }
    return startRequest(int(ApiRequest::Method::Get), url, {});
}

void DitioApiClient::testConnection()
{
    if (m_testRunning)
        return;
    m_testRunning = true;
    for (const QUrl &url : {m_environment.apiBase(), m_environment.identityBase()}) {
        if (url == m_environment.identityBase() && m_tokens->usesStaticToken())
            continue;
        const QString refusal = UrlPolicy::check(url);
        if (!refusal.isEmpty()) {
            QMetaObject::invokeMethod(
                    this,
                    [this, refusal] {
                        endTest(ConnectionTest {false, ConnectionTest::Stage::Address, 0, refusal});
                    },
                    Qt::QueuedConnection);
            return;
        }
    }
    m_tokens->requestToken(this, [this](const TokenProvider::Result &result) {
        if (!result.ok()) {
            endTest(ConnectionTest {
                    false, ConnectionTest::Stage::Token, result.status,
                    tr("Could not get an access token from Ditio: %1").arg(result.message)});
            return;
        }
        testRegister(EmployeesV5Path, true);
    });
}

void DitioApiClient::testRegister(const QString &path, bool mayFallBack)
{
    PendingRequest *request = get(path);
    connect(request, &PendingRequest::finished, this,
            [this, request, mayFallBack](const EndpointReply &reply) {
                request->deleteLater();
                if (reply.outcome == EndpointReply::Outcome::Answered && reply.status == 404
                    && mayFallBack) {
                    testRegister(UsersV4Path, false);
                    return;
                }
                if (reply.outcome == EndpointReply::Outcome::Answered && reply.status >= 200
                    && reply.status < 300) {
                    endTest(ConnectionTest {
                            true, ConnectionTest::Stage::Done, reply.status,
                            tr("Connected to Ditio (%1): the API client works and the employee "
                               "register can be read.")
                                    .arg(m_environment.title())});
                    return;
                }
                endTest(ConnectionTest {false, ConnectionTest::Stage::Register, reply.status,
                                        tr("Got an access token, but the employee register "
                                           "could not be read: %1")
                                                .arg(reply.message)});
            });
}

void DitioApiClient::endTest(const ConnectionTest &result)
{
    m_testRunning = false;
    emit connectionTested(result);
}

} // namespace Ditio
