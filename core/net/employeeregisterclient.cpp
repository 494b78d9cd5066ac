#include "employeeregisterclient.h"

#include "ditioapiclient.h"
#include "networkerrortext.h"
#include "upload/ditioerrorbody.h"
#include "upload/systemuploadtimer.h"
#include "util/clock.h"

#include <QHash>
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

// The status line's words for the statuses a register read ends with.
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return {};
    }
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
    delete m_ownTimer;
}

void EmployeeRegisterClient::setTimer(UploadTimer *timer)
{
    if (m_retryId != 0 && m_timer) {
        m_timer->cancel(m_retryId);
        m_retryId = 0;
    }
    m_timer = timer;
}

namespace {

const char *skipWhitespace(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        ++p;
    return p;
}

// Past the string that starts at p (a '"'), or nullptr when it never ends.
const char *skipString(const char *p, const char *end)
{
    for (++p; p < end; ++p) {
        if (*p == '\\')
            ++p;
        else if (*p == '"')
            return p + 1;
    }
    return nullptr;
}

// Past the JSON value that starts at p, or nullptr when it is cut or
// unbalanced. Only the structure is checked: QJsonDocument reads the values.
const char *skipValue(const char *p, const char *end)
{
    if (p >= end)
        return nullptr;
    if (*p == '"')
        return skipString(p, end);
    if (*p != '{' && *p != '[') {
        while (p < end && *p != ',' && *p != ']' && *p != '}' && *p != ' ' && *p != '\n'
               && *p != '\r' && *p != '\t')
            ++p;
        return p;
    }
    int depth = 0;
    for (; p < end; ++p) {
        if (*p == '"') {
            p = skipString(p, end);
            if (!p)
                return nullptr;
            --p;
        } else if (*p == '{' || *p == '[') {
            ++depth;
        } else if (*p == '}' || *p == ']') {
            if (--depth == 0)
                return p + 1;
        }
    }
    return nullptr;
}

const QString ListNames[] = {QStringLiteral("data"),  QStringLiteral("items"),
                             QStringLiteral("value"), QStringLiteral("employees"),
                             QStringLiteral("users"), QStringLiteral("results")};

// The records of a JSON array of employee objects.
void appendRecords(const QJsonArray &items, EmployeeRecords *employees,
                   QHash<QString, QString> *names)
{
    // Names repeat (a thousand Ola): each kept once.
    const auto shared = [names](const QString &name) {
        const auto it = names->constFind(name);
        if (it != names->cend())
            return *it;
        names->insert(name, name);
        return name;
    };
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        EmployeeRecord record;
        record.employeeNumber = text(field(object, QStringLiteral("employeeNumber")));
        if (record.employeeNumber.isEmpty())
            continue; // nobody can get a certificate without an employee number
        record.firstName = shared(text(field(object, QStringLiteral("firstName"))));
        record.lastName = shared(text(field(object, QStringLiteral("lastName"))));
        employees->append(record);
    }
}

// The elements of the array at [p, end) (p at its '['), parsed a slice of
// elements at a time: a register of a million employees would otherwise be
// one QJsonDocument of a few hundred megabytes. False when the array is not
// well formed (the caller then reads the body whole, for its error message).
bool appendRecordsInSlices(const char *p, const char *end, EmployeeRecords *employees)
{
    constexpr int SliceElements = 10000;
    QHash<QString, QString> names;
    p = skipWhitespace(p + 1, end);
    if (p < end && *p == ']')
        return true;
    while (p < end) {
        const char *first = p;
        const char *last = p;
        int count = 0;
        bool closed = false;
        while (count < SliceElements) {
            const char *after = skipValue(p, end);
            if (!after)
                return false;
            last = after;
            ++count;
            p = skipWhitespace(after, end);
            if (p < end && *p == ',') {
                p = skipWhitespace(p + 1, end);
                continue;
            }
            if (p < end && *p == ']') {
                closed = true;
                break;
            }
            return false;
        }
        QByteArray slice;
        slice.reserve(last - first + 2);
        slice += '[';
        slice.append(first, last - first);
        slice += ']';
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(slice, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isArray())
            return false;
        appendRecords(document.array(), employees, &names);
        if (closed)
            return skipWhitespace(p + 1, end) == end;
    }
    return false;
}

// The paging members of an envelope, into page.
void readPaging(const QJsonObject &envelope, EmployeeRegisterClient::Page *page)
{
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

// A large body read without one QJsonDocument of all of it: the list's
// elements in slices, the envelope's other members as a small document.
// False when the body is not of a shape this reads (an error included): the
// caller then reads it whole.
bool parseLargePage(const QByteArray &body, EmployeeRegisterClient::Page *page)
{
    const char *const end = body.constData() + body.size();
    const char *p = skipWhitespace(body.constData(), end);
    if (p < end && *p == '[') {
        const char *after = skipValue(p, end);
        return after && skipWhitespace(after, end) == end
                && appendRecordsInSlices(p, after, &page->employees);
    }
    if (p >= end || *p != '{')
        return false;
    // Members: the lists by name (the first of ListNames found wins, as in
    // the whole read), everything else kept as text for a small document.
    struct Span
    {
        const char *begin = nullptr;
        const char *end = nullptr;
    };
    QHash<QString, Span> lists;
    QByteArray rest = "{";
    p = skipWhitespace(p + 1, end);
    while (p < end && *p != '}') {
        if (*p != '"')
            return false;
        const char *keyEnd = skipString(p, end);
        if (!keyEnd)
            return false;
        const QByteArrayView rawKey(p + 1, keyEnd - 1 - (p + 1));
        if (rawKey.contains('\\'))
            return false; // an escaped name: the whole read decides
        p = skipWhitespace(keyEnd, end);
        if (p >= end || *p != ':')
            return false;
        const char *value = skipWhitespace(p + 1, end);
        const char *valueEnd = skipValue(value, end);
        if (!valueEnd)
            return false;
        const QString key = QString::fromUtf8(rawKey);
        bool isList = false;
        if (*value == '[') {
            for (const QString &name : ListNames) {
                if (key.compare(name, Qt::CaseInsensitive) == 0) {
                    isList = true;
                    // Ditio's own spelling first, as field() prefers it.
                    if (!lists.contains(name) || key == name)
                        lists.insert(name, Span {value, valueEnd});
                }
            }
        }
        if (!isList) {
            if (rest.size() > 1)
                rest += ',';
            rest += '"';
            rest += rawKey.toByteArray();
            rest += "\":";
            rest.append(value, valueEnd - value);
        }
        p = skipWhitespace(valueEnd, end);
        if (p < end && *p == ',')
            p = skipWhitespace(p + 1, end);
        else if (p < end && *p != '}')
            return false;
    }
    if (p >= end || skipWhitespace(p + 1, end) != end)
        return false;
    rest += '}';
    for (const QString &name : ListNames) {
        const auto it = lists.constFind(name);
        if (it == lists.cend())
            continue;
        QJsonParseError parseError;
        const QJsonDocument envelope = QJsonDocument::fromJson(rest, &parseError);
        if (parseError.error != QJsonParseError::NoError || !envelope.isObject())
            return false;
        if (!appendRecordsInSlices(it->begin, it->end, &page->employees))
            return false;
        readPaging(envelope.object(), page);
        return true;
    }
    return false; // no list: the whole read says so
}

} // namespace

bool EmployeeRegisterClient::parsePage(const QByteArray &body, Page *page, QString *error)
{
    *page = Page();
    // From 1 MB (about 15,000 employees), read in slices.
    constexpr qsizetype LargeBody = 1024 * 1024;
    if (body.size() >= LargeBody) {
        if (parseLargePage(body, page))
            return true;
        *page = Page();
    }
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
        for (const QString &name : ListNames) {
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
        readPaging(envelope, page);
    }
    page->employees.reserve(items.size());
    QHash<QString, QString> names;
    appendRecords(items, &page->employees, &names);
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
    if (m_retryId != 0) {
        if (m_timer)
            m_timer->cancel(m_retryId);
        m_retryId = 0;
    }
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
    m_attempts = 1;
    m_query = query;
    m_link.clear();
    watch(m_api->get(m_path, query));
}

void EmployeeRegisterClient::requestLink(const QUrl &url)
{
    m_attempts = 1;
    m_query.clear();
    m_link = url;
    watch(m_api->getUrl(url));
}

void EmployeeRegisterClient::requestAgain()
{
    ++m_attempts;
    watch(m_link.isEmpty() ? m_api->get(m_path, m_query) : m_api->getUrl(m_link));
}

bool EmployeeRegisterClient::retry(const EndpointReply &reply)
{
    // As the upload retries: rate limits, server errors, answers that never came. A refused
    // connection or an unknown host is nobody there; waiting would not help.
    const bool answered = reply.outcome == EndpointReply::Outcome::Answered;
    const bool transient = answered
            ? reply.status == 429 || reply.status >= 500
            : reply.outcome == EndpointReply::Outcome::Transient && reply.reachedDitio;
    if (!transient)
        return false;
    m_lastFailureAt = m_clock->now();
    if (!m_policy.mayRetry(m_attempts))
        return false;
    if (!m_timer) {
        if (!m_ownTimer)
            m_ownTimer = new SystemUploadTimer;
        m_timer = m_ownTimer;
    }
    const qint64 delay = m_policy.delayMs(m_attempts, reply.retryAfter, m_lastFailureAt);
    m_retryId = m_timer->schedule(delay, [this] {
        m_retryId = 0;
        requestAgain();
    });
    return true;
}

QString EmployeeRegisterClient::failureText(const EndpointReply &reply) const
{
    // One sentence, whatever the level that shows it: the window and the command line add
    // nothing of their own.
    const QString at = m_lastFailureAt.toLocalTime().toString(QStringLiteral("HH:mm"));
    if (reply.outcome != EndpointReply::Outcome::Answered) {
        QString why = reply.message.trimmed();
        while (why.endsWith(u'.'))
            why.chop(1);
        if (reply.outcome == EndpointReply::Outcome::Transient && reply.reachedDitio) {
            //: %n attempts, %1 a time, %2 why (e.g. "Ditio did not answer within 30 s")
            return tr("Ditio's employee register could not be read after %n attempts (the "
                      "last at %1): %2. Try again later.",
                      nullptr, m_attempts)
                    .arg(at, why);
        }
        return tr("Ditio's employee register could not be read: %1.").arg(why);
    }
    const QByteArray phrase = reasonPhrase(reply.status);
    const QString status = phrase.isEmpty()
            ? QString::number(reply.status)
            : QString::number(reply.status) + u' ' + QString::fromLatin1(phrase);
    // Ditio's own words from the body (JSON or text, never raw JSON), unless they only
    // repeat the status.
    QString said = DitioErrorBody::parse(reply.body, {}).message();
    while (said.endsWith(u'.'))
        said.chop(1);
    if (said.compare(QString::fromLatin1(phrase), Qt::CaseInsensitive) == 0
        || said == QString::number(reply.status))
        said.clear();
    const bool retried = reply.status == 429 || reply.status >= 500;
    if (retried) {
        //: %1 the status ("503 Service Unavailable"), %n how often, %2 a time
        const QString answered =
                tr("the server answered %1 %n times (the last at %2)", nullptr, m_attempts)
                        .arg(status, at);
        if (said.isEmpty()) {
            return tr("Ditio's employee register could not be read: %1. Try again later.")
                    .arg(answered);
        }
        // Ditio's own advice ("Try again later") is not given twice.
        if (said.contains(u"try again", Qt::CaseInsensitive)) {
            return tr("Ditio's employee register could not be read: %1 and said: %2.")
                    .arg(answered, said);
        }
        return tr("Ditio's employee register could not be read: %1 and said: %2. Try again "
                  "later.")
                .arg(answered, said);
    }
    return said.isEmpty()
            ? tr("Ditio's employee register could not be read: the server answered %1.").arg(status)
            : tr("Ditio's employee register could not be read: the server answered %1 and "
                 "said: %2.")
                      .arg(status, said);
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
        if (!retry(reply))
            end(false, failureText(reply));
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
        if (!retry(reply))
            end(false, failureText(reply));
        return;
    }
    Page page;
    QString error;
    if (!parsePage(reply.body, &page, &error)) {
        end(false, error);
        return;
    }
    ++m_pages;
    if (m_employees.isEmpty())
        m_employees = std::move(page.employees); // a million records are not copied
    else
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
