#include "employeeregisterclient.h"

#include "ditioapiclient.h"
#include "networkerrortext.h"
#include "util/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Ditio {

namespace {

const QString EmployeesV5Path = QStringLiteral("api/v5/integration/employees");
const QString UsersV4Path = QStringLiteral("api/v4/integration/users");

// Ditio's names are camelCase; accept other casings rather than lose the register.
QJsonValue field(const QJsonObject &object, const QString &name)
{
    const auto it = object.constFind(name);
    if (it != object.constEnd())
        return *it;
    for (auto i = object.constBegin(); i != object.constEnd(); ++i) {
        if (i.key().compare(name, Qt::CaseInsensitive) == 0)
            return *i;
    }
    return {};
}

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        const double number = value.toDouble();
        // 1042 sent as a number must read "1042", never "1042.0" or "1.042e+03".
        if (std::isfinite(number) && number == std::floor(number) && std::abs(number) < 1e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 15);
    }
    return {};
}

QString tokenText(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

} // namespace

EmployeeRegisterClient::EmployeeRegisterClient(DitioApiClient *api, const Clock *clock,
                                               QObject *parent)
    : QObject(parent), m_api(api), m_clock(clock ? clock : Clock::system())
{ }

EmployeeRegisterClient::~EmployeeRegisterClient()
{
    abort();
}

bool EmployeeRegisterClient::parsePage(const QByteArray &body, Page *page, QString *error)
{
    *page = Page();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The employee register's answer is not JSON (%1).")
                         .arg(parseError.errorString());
        return false;
    }
    QJsonArray items;
    if (document.isArray()) {
        items = document.array();
    } else {
        const QJsonObject envelope = document.object();
        bool found = false;
        for (const QString &name :
             {QStringLiteral("data"), QStringLiteral("items"), QStringLiteral("value"),
              QStringLiteral("employees"), QStringLiteral("users"), QStringLiteral("results")}) {
            const QJsonValue value = field(envelope, name);
            if (value.isArray()) {
                items = value.toArray();
                found = true;
                break;
            }
        }
        if (!found) {
            *error = tr("The employee register's answer holds no list of employees.");
            return false;
        }
        page->continuationToken = tokenText(field(envelope, QStringLiteral("continuationToken")));
        page->pageToken = tokenText(field(envelope, QStringLiteral("nextPageToken")));
        const QJsonValue links = field(envelope, QStringLiteral("links"));
        QJsonValue next =
                links.isObject() ? field(links.toObject(), QStringLiteral("next")) : QJsonValue();
        if (next.isObject())
            next = field(next.toObject(), QStringLiteral("href"));
        if (next.isUndefined() || next.isNull())
            next = envelope.value(QStringLiteral("@odata.nextLink"));
        page->nextLink = tokenText(next);
    }
    page->employees.reserve(items.size());
    for (const QJsonValue &item : std::as_const(items)) {
        const QJsonObject object = item.toObject();
        EmployeeRecord record;
        record.employeeNumber = text(field(object, QStringLiteral("employeeNumber")));
        if (record.employeeNumber.isEmpty())
            continue; // nobody can get a certificate without an employee number
        record.firstName = text(field(object, QStringLiteral("firstName")));
        record.lastName = text(field(object, QStringLiteral("lastName")));
        page->employees.append(record);
    }
    return true;
}

void EmployeeRegisterClient::read()
{
    abort();
    m_path = EmployeesV5Path;
    m_fallenBack = false;
    m_pages = 0;
    m_employees.clear();
    m_seenTokens.clear();
    requestPage({});
}

void EmployeeRegisterClient::abort()
{
    if (!m_request)
        return;
    PendingRequest *request = m_request;
    m_request = nullptr;
    request->disconnect(this);
    request->abort();
    request->deleteLater();
}

void EmployeeRegisterClient::requestPage(const QUrlQuery &query)
{
    watch(m_api->get(m_path, query));
}

void EmployeeRegisterClient::requestLink(const QUrl &url)
{
    watch(m_api->getUrl(url));
}

void EmployeeRegisterClient::watch(PendingRequest *request)
{
    m_request = request;
    connect(request, &PendingRequest::finished, this, [this, request](const EndpointReply &reply) {
        if (request != m_request)
            return;
        m_request = nullptr;
        request->deleteLater();
        onPage(reply);
    });
}

void EmployeeRegisterClient::onPage(const EndpointReply &reply)
{
    if (reply.outcome != EndpointReply::Outcome::Answered) {
        end(false, tr("Could not read the employee register: %1").arg(reply.message));
        return;
    }
    if (reply.status == 404 && m_pages == 0 && !m_fallenBack) {
        // Older Ditio installations have only v4 users.
        m_fallenBack = true;
        m_path = UsersV4Path;
        requestPage({});
        return;
    }
    if (reply.status < 200 || reply.status >= 300) {
        end(false, tr("Could not read the employee register: %1").arg(reply.message));
        return;
    }
    Page page;
    QString error;
    if (!parsePage(reply.body, &page, &error)) {
        end(false, error);
        return;
    }
    ++m_pages;
    m_employees.append(page.employees);
    emit progress(int(m_employees.size()));
    if (!page.hasNext())
        return end(true, {});

    // A token seen before means the server is going round in circles: what we have is all.
    const QString token =
            page.continuationToken + u'\x1f' + page.pageToken + u'\x1f' + page.nextLink;
    if (m_seenTokens.contains(token))
        return end(true, {});
    m_seenTokens.insert(token);
    if (m_pages >= m_maxPages) {
        end(false,
            tr("The employee register has more than %n pages; stopped reading.", nullptr,
               m_maxPages));
        return;
    }
    if (!page.continuationToken.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("continuationToken"),
                           QString::fromLatin1(QUrl::toPercentEncoding(page.continuationToken)));
        requestPage(query);
    } else if (!page.pageToken.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("pageToken"),
                           QString::fromLatin1(QUrl::toPercentEncoding(page.pageToken)));
        requestPage(query);
    } else {
        const QUrl current = m_api->environment().apiUrl(m_path);
        requestLink(current.resolved(QUrl(page.nextLink)));
    }
}

void EmployeeRegisterClient::end(bool ok, const QString &errorMessage)
{
    Result result;
    result.ok = ok;
    result.readAt = m_clock->now();
    result.source = m_fallenBack ? QStringLiteral("v4") : QStringLiteral("v5");
    result.pages = m_pages;
    result.errorMessage = errorMessage;
    if (ok)
        result.employees = std::exchange(m_employees, {});
    m_employees.clear();
    emit finished(result);
}

} // namespace Ditio
