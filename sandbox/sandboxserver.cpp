#include "sandboxserver.h"

#include "quickacktcpserver.h"
#include "sandboxhttpserver.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace Ditio {

namespace {

const QString identityPrefix = QStringLiteral("/identity");
const QString corePrefix = QStringLiteral("/core");

QString certificateKey(const QString &employeeNumber, const QString &certificateType)
{
    return employeeNumber + QChar(0x1f) + certificateType;
}

QString methodName(const QHttpServerRequest &request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    default:
        return QStringLiteral("OTHER");
    }
}

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QDateTime parseDate(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

struct SandboxServer::Answer
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool drop = false;
    bool hang = false;

    static Answer jsonAnswer(int status, const QJsonObject &object)
    {
        return Answer {status, "application/json; charset=utf-8", json(object), {}, false, false};
    }
    static Answer jsonAnswer(int status, const QJsonArray &array)
    {
        return Answer {status,
                       "application/json; charset=utf-8",
                       QJsonDocument(array).toJson(QJsonDocument::Compact),
                       {},
                       false,
                       false};
    }
    static Answer textAnswer(int status, const QString &text)
    {
        return Answer {status, "text/plain; charset=utf-8", text.toUtf8(), {}, false, false};
    }
    static Answer empty(int status) { return Answer {status, {}, {}, {}, false, false}; }
};

struct SandboxServer::ValidationError
{
    int index = 0;
    QString field; // PascalCase, as ASP.NET names it
    QString employeeNumber;
    QString message; // English, names the employee number when there is one
    QString bareMessage; // English, names no employee number (for problem details)
    QString norwegian;
};

namespace {

QLoggingCategory::CategoryFilter previousLogFilter = nullptr;

// Qt HTTP Server's own debug output prints request headers, bearer tokens
// included; no verbosity setting may put a token in a log.
void silenceHttpServerDebug(QLoggingCategory *category)
{
    if (previousLogFilter)
        previousLogFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}

} // namespace

SandboxServer::SandboxServer(QObject *parent) : QObject(parent), m_http(new SandboxHttpServer(this))
{
    static const bool filterInstalled = [] {
        previousLogFilter = QLoggingCategory::installFilter(silenceHttpServerDebug);
        return true;
    }();
    Q_UNUSED(filterInstalled)
    m_clock.start();
    setEmployees(defaultEmployees());
    m_http->setHandler([this](const QHttpServerRequest &request, QTcpSocket *socket) {
        handle(request, socket);
    });
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(quint16 port)
{
    auto *tcp = new QuickAckTcpServer(m_http);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        delete tcp;
        return false;
    }
    m_http->bind(tcp);
    m_port = tcp->serverPort();
    return true;
}

QUrl SandboxServer::apiBase() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/core").arg(m_port));
}

QUrl SandboxServer::identityBase() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/identity").arg(m_port));
}

void SandboxServer::setEmployees(const QList<Employee> &employees)
{
    m_employees = employees;
    m_employeeIndex.clear();
    for (int i = 0; i < m_employees.size(); ++i)
        m_employeeIndex.insert(m_employees.at(i).employeeNumber, i);
}

QList<SandboxServer::Employee> SandboxServer::defaultEmployees()
{
    // Matches resources/sample/certificates-sample.csv, except 1052 (left out on purpose, so
    // the sample shows an "unknown employee" rejection) and "1048.0" (a spreadsheet artefact).
    return {
            {QStringLiteral("1042"), QStringLiteral("Ole"), QStringLiteral("Hansen")},
            {QStringLiteral("1043"), QStringLiteral("Ingrid"), QStringLiteral("Johansen")},
            {QStringLiteral("1044"), QStringLiteral("Lars"), QStringLiteral("Olsen")},
            {QStringLiteral("1045"), QStringLiteral("Kari"), QStringLiteral("Larsen")},
            {QStringLiteral("1046"), QStringLiteral("Anders"), QStringLiteral("Andersen")},
            {QStringLiteral("1047"), QStringLiteral("Marit"), QStringLiteral("Pedersen")},
            {QStringLiteral("1048"), QStringLiteral("Jon"), QStringLiteral("Nilsen")},
            {QStringLiteral("1049"), QStringLiteral("Silje"), QStringLiteral("Kristiansen")},
            {QStringLiteral("1050"), QStringLiteral("Håkon"), QStringLiteral("Jensen")},
            {QStringLiteral("1051"), QStringLiteral("Solveig"), QStringLiteral("Karlsen")},
    };
}

QList<SandboxServer::Employee> SandboxServer::generatedEmployees(int count)
{
    static const QString firstNames[] = {
            QStringLiteral("Ola"),   QStringLiteral("Kari"),  QStringLiteral("Bjørn"),
            QStringLiteral("Åse"),   QStringLiteral("Per"),   QStringLiteral("Ingrid"),
            QStringLiteral("Håkon"), QStringLiteral("Sølvi"),
    };
    static const QString lastNames[] = {
            QStringLiteral("Nordmann"), QStringLiteral("Bjørnstad"), QStringLiteral("Løvås"),
            QStringLiteral("Hansen"),   QStringLiteral("Ødegård"),   QStringLiteral("Berg"),
            QStringLiteral("Åsheim"),
    };
    QList<Employee> employees;
    employees.reserve(count);
    for (int i = 0; i < count; ++i) {
        // Names shared, not copied: a million employees stay a number each.
        employees.append({QString::number(1000 + i), firstNames[i % std::size(firstNames)],
                          lastNames[(i / 8) % std::size(lastNames)]});
    }
    return employees;
}

int SandboxServer::writeCount() const
{
    int total = 0;
    for (const auto &certificate : m_certificates)
        total += certificate.writes;
    return total;
}

int SandboxServer::writeCount(const QString &employeeNumber, const QString &certificateType) const
{
    const auto it = m_certificateIndex.constFind(certificateKey(employeeNumber, certificateType));
    return it == m_certificateIndex.constEnd() ? 0 : m_certificates.at(*it).writes;
}

void SandboxServer::clearCertificates()
{
    m_certificates.clear();
    m_certificateIndex.clear();
}

void SandboxServer::expireAllTokens()
{
    m_tokens.clear();
}

QString SandboxServer::errorShapeName(ErrorShape shape)
{
    switch (shape) {
    case ErrorShape::Plain:
        return QStringLiteral("plain");
    case ErrorShape::ErrorsList:
        return QStringLiteral("errors-list");
    case ErrorShape::ProblemDetails:
        return QStringLiteral("problem-details");
    case ErrorShape::Text:
        return QStringLiteral("text");
    case ErrorShape::TextNorwegian:
        return QStringLiteral("text-no");
    case ErrorShape::Nameless:
        return QStringLiteral("nameless");
    }
    return {};
}

bool SandboxServer::errorShapeFromName(const QString &name, ErrorShape *shape)
{
    for (auto candidate : {ErrorShape::Plain, ErrorShape::ErrorsList, ErrorShape::ProblemDetails,
                           ErrorShape::Text, ErrorShape::TextNorwegian, ErrorShape::Nameless}) {
        if (errorShapeName(candidate) == name) {
            *shape = candidate;
            return true;
        }
    }
    return false;
}

QString SandboxServer::successBodyName(SuccessBody body)
{
    switch (body) {
    case SuccessBody::Empty:
        return QStringLiteral("empty");
    case SuccessBody::Json:
        return QStringLiteral("json");
    case SuccessBody::Text:
        return QStringLiteral("text");
    }
    return {};
}

bool SandboxServer::successBodyFromName(const QString &name, SuccessBody *body)
{
    for (auto candidate : {SuccessBody::Empty, SuccessBody::Json, SuccessBody::Text}) {
        if (successBodyName(candidate) == name) {
            *body = candidate;
            return true;
        }
    }
    return false;
}

void SandboxServer::handle(const QHttpServerRequest &request, QTcpSocket *socket)
{
    LogEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.method = methodName(request);
    entry.path = request.url().path();

    const bool isToken = entry.path.startsWith(identityPrefix + u'/');
    const bool inScope =
            isToken ? m_behaviour.faultsOnTokenEndpoint : entry.path.startsWith(corePrefix + u'/');
    Answer answer;
    if (!takeFault(inScope, &answer, &entry)) {
        answer = route(request, &entry);
        if (inScope && m_behaviour.applyThenDropCount > 0) {
            --m_behaviour.applyThenDropCount;
            answer.drop = true; // applied (entry.appliedCount says how many), never answered
        }
    }

    if (answer.drop) {
        entry.outcome = QStringLiteral("dropped");
        log(entry);
        // After handleRequest() returns, so the server is done with the socket.
        QTimer::singleShot(0, socket, [socket] { socket->abort(); });
        return;
    }
    if (answer.hang) {
        entry.outcome = QStringLiteral("hung");
        log(entry);
        return;
    }
    entry.status = answer.status;
    entry.outcome = QStringLiteral("answered");
    log(entry);
    send(request, socket, answer);
}

bool SandboxServer::takeFault(bool inScope, Answer *answer, LogEntry *)
{
    if (!inScope)
        return false;
    Behaviour &b = m_behaviour;
    if (b.redirectCount > 0) {
        --b.redirectCount;
        *answer = Answer::empty(302);
        answer->headers.append(qMakePair(QByteArray("Location"), b.redirectTarget.toEncoded()));
        return true;
    }
    if (b.dropCount > 0) {
        --b.dropCount;
        answer->drop = true;
        return true;
    }
    if (b.rateLimitCount > 0) {
        --b.rateLimitCount;
        *answer = Answer::jsonAnswer(
                429,
                QJsonObject {{QStringLiteral("error"), QStringLiteral("TooManyRequests")},
                             {QStringLiteral("message"),
                              QStringLiteral("Rate limit exceeded. Try again later.")}});
        QByteArray retryAfter;
        if (b.retryAfterAsDate) {
            const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(b.retryAfterSeconds);
            retryAfter = QLocale::c()
                                 .toString(when, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                 .toLatin1();
        } else {
            retryAfter = QByteArray::number(b.retryAfterSeconds);
        }
        answer->headers.append(qMakePair(QByteArray("Retry-After"), retryAfter));
        return true;
    }
    if (b.serverErrorCount > 0) {
        --b.serverErrorCount;
        *answer = b.serverErrorMessage.isEmpty()
                ? Answer::textAnswer(b.serverErrorStatus,
                                     QString::fromLatin1(reasonPhrase(b.serverErrorStatus)))
                : Answer::jsonAnswer(
                        b.serverErrorStatus,
                        QJsonObject {{QStringLiteral("error"),
                                      QString::fromLatin1(reasonPhrase(b.serverErrorStatus))},
                                     {QStringLiteral("message"), b.serverErrorMessage}});
        return true;
    }
    if (b.hang) {
        answer->hang = true;
        return true;
    }
    return false;
}

SandboxServer::Answer SandboxServer::route(const QHttpServerRequest &request, LogEntry *entry)
{
    const QString path = entry->path;
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    const bool post = request.method() == QHttpServerRequest::Method::Post;

    if (path == QStringLiteral("/identity/connect/token"))
        return post ? tokenAnswer(request) : Answer::empty(405);

    const QString certificates = QStringLiteral("/core/api/v4/integration/certificates");
    const QString employeesV5 = QStringLiteral("/core/api/v5/integration/employees");
    const QString usersV4 = QStringLiteral("/core/api/v4/integration/users");
    if (path != certificates && path != usersV4 && path != employeesV5)
        return Answer::jsonAnswer(
                404, QJsonObject {{QStringLiteral("error"), QStringLiteral("NotFound")}});
    if (path == employeesV5 && !m_behaviour.v5Enabled)
        return Answer::empty(404);

    bool authorised = false;
    Answer refusal = authorise(request, &authorised);
    if (!authorised)
        return refusal;

    if (path == certificates)
        return post ? certificatesAnswer(request, entry) : Answer::empty(405);
    return get ? employeesAnswer(request) : Answer::empty(405);
}

SandboxServer::Answer SandboxServer::tokenAnswer(const QHttpServerRequest &request)
{
    QByteArray body = request.body();
    body.replace('+', "%20");
    const QUrlQuery form(QString::fromUtf8(body));
    const auto field = [&form](const QString &key) {
        return form.queryItemValue(key, QUrl::FullyDecoded);
    };
    const auto error = [](const QString &code) {
        return Answer::jsonAnswer(400, QJsonObject {{QStringLiteral("error"), code}});
    };

    if (field(QStringLiteral("grant_type")) != QStringLiteral("client_credentials"))
        return error(QStringLiteral("unsupported_grant_type"));
    if (field(QStringLiteral("client_id")) != m_clientId
        || field(QStringLiteral("client_secret")) != m_clientSecret)
        return error(QStringLiteral("invalid_client"));
    if (field(QStringLiteral("scope")) != QStringLiteral("ditioapiv3"))
        return error(QStringLiteral("invalid_scope"));

    QByteArray raw(32, Qt::Uninitialized);
    for (auto &byte : raw)
        byte = char(QRandomGenerator::global()->bounded(256));
    const QString token = QString::fromLatin1(
            raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const int lifetime = m_behaviour.tokenLifetimeSeconds;
    m_tokens.insert(token,
                    Token {m_clock.elapsed() + qint64(lifetime) * 1000,
                           !m_behaviour.issueTokensWithoutScope});
    ++m_tokensIssued;
    return Answer::jsonAnswer(
            200,
            QJsonObject {{QStringLiteral("access_token"), token},
                         {QStringLiteral("expires_in"), lifetime},
                         {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                         {QStringLiteral("scope"), QStringLiteral("ditioapiv3")}});
}

SandboxServer::Answer SandboxServer::authorise(const QHttpServerRequest &request, bool *ok) const
{
    *ok = false;
    const QByteArray header = headerValue(request, "Authorization").trimmed();
    Answer unauthorised = Answer::empty(401);
    unauthorised.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
    if (!header.startsWith("Bearer ")) {
        return unauthorised;
    }
    const QString token = QString::fromLatin1(header.mid(7).trimmed());
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd() || it->expiresAtMs <= m_clock.elapsed()) {
        unauthorised.headers.last().second = "Bearer error=\"invalid_token\"";
        return unauthorised;
    }
    if (!it->hasScope)
        return Answer::empty(403);
    *ok = true;
    return {};
}

SandboxServer::Answer SandboxServer::certificatesAnswer(const QHttpServerRequest &request,
                                                        LogEntry *entry)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        return validationErrorAnswer({ValidationError {
                -1, QString(), QString(), QStringLiteral("The request body must be a JSON array."),
                QStringLiteral("The request body must be a JSON array."),
                QStringLiteral("Forespørselen må være en JSON-liste.")}});
    }
    const QJsonArray items = document.array();
    entry->itemCount = int(items.size());

    QList<Certificate> valid;
    QList<ValidationError> errors;
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QString employeeNumber = item.value(QStringLiteral("employeeNumber")).toString();
        const auto fail = [&](const QString &field, const QString &message, const QString &bare,
                              const QString &norwegian) {
            errors.append(ValidationError {i, field, employeeNumber, message, bare, norwegian});
        };
        const auto missing = [&](const QString &json, const QString &field) {
            const QJsonValue value = item.value(json);
            if (value.isString() && !value.toString().trimmed().isEmpty())
                return false;
            const QString bare = QStringLiteral("The %1 field is required.").arg(field);
            fail(field,
                 employeeNumber.isEmpty()
                         ? bare
                         : QStringLiteral("The %1 field is required (employee number %2).")
                                   .arg(field, employeeNumber),
                 bare,
                 QStringLiteral("Feltet %1 må fylles ut (ansattnummer %2).")
                         .arg(field, employeeNumber));
            return true;
        };
        if (!items.at(i).isObject()) {
            fail(QString(), QStringLiteral("Item %1 is not an object.").arg(i),
                 QStringLiteral("The item is not an object."),
                 QStringLiteral("Element %1 er ikke et objekt.").arg(i));
        } else if (missing(QStringLiteral("employeeNumber"), QStringLiteral("EmployeeNumber"))
                   || missing(QStringLiteral("certificateType"), QStringLiteral("CertificateType"))
                   || missing(QStringLiteral("issuedDateTime"), QStringLiteral("IssuedDateTime"))
                   || missing(QStringLiteral("validUntilDateTime"),
                              QStringLiteral("ValidUntilDateTime"))) {
            // reported by missing()
        } else if (!m_employeeIndex.contains(employeeNumber)) {
            fail(QStringLiteral("EmployeeNumber"),
                 QStringLiteral("Employee number %1 does not match an existing user.")
                         .arg(employeeNumber),
                 QStringLiteral("The employee number does not match an existing user."),
                 QStringLiteral("Ansattnummer %1 finnes ikke. Velg fra listen")
                         .arg(employeeNumber));
        } else {
            const QString issuedText = item.value(QStringLiteral("issuedDateTime")).toString();
            const QString untilText = item.value(QStringLiteral("validUntilDateTime")).toString();
            const QDateTime issued = parseDate(item.value(QStringLiteral("issuedDateTime")));
            const QDateTime until = parseDate(item.value(QStringLiteral("validUntilDateTime")));
            if (!issued.isValid()) {
                fail(QStringLiteral("IssuedDateTime"),
                     QStringLiteral("The value '%1' is not valid for IssuedDateTime (employee "
                                    "number %2).")
                             .arg(issuedText, employeeNumber),
                     QStringLiteral("The value '%1' is not valid for IssuedDateTime.")
                             .arg(issuedText),
                     QStringLiteral("Verdien '%1' er ikke en gyldig dato (ansattnummer %2).")
                             .arg(issuedText, employeeNumber));
            } else if (!until.isValid()) {
                fail(QStringLiteral("ValidUntilDateTime"),
                     QStringLiteral("The value '%1' is not valid for ValidUntilDateTime (employee "
                                    "number %2).")
                             .arg(untilText, employeeNumber),
                     QStringLiteral("The value '%1' is not valid for ValidUntilDateTime.")
                             .arg(untilText),
                     QStringLiteral("Verdien '%1' er ikke en gyldig dato (ansattnummer %2).")
                             .arg(untilText, employeeNumber));
            } else if (issued >= until) {
                fail(QStringLiteral("IssuedDateTime"),
                     QStringLiteral("IssuedDateTime must be before ValidUntilDateTime (employee "
                                    "number %1).")
                             .arg(employeeNumber),
                     QStringLiteral("IssuedDateTime must be before ValidUntilDateTime."),
                     QStringLiteral("Utstedt dato må være før gyldig til-dato (ansattnummer %1).")
                             .arg(employeeNumber));
            } else {
                Certificate certificate;
                certificate.employeeNumber = employeeNumber;
                certificate.certificateType =
                        item.value(QStringLiteral("certificateType")).toString();
                certificate.certificateNumber =
                        item.value(QStringLiteral("certificateNumber")).toString();
                certificate.issuedDateTime = issued;
                certificate.validUntilDateTime = until;
                certificate.notes = item.value(QStringLiteral("notes")).toString();
                if (errors.isEmpty())
                    valid.append(certificate);
            }
        }
        if (!errors.isEmpty() && m_behaviour.partialApplication)
            break; // stop at the first bad item, like Ditio's machines endpoint
    }

    int created = 0;
    int updated = 0;
    if (errors.isEmpty() || m_behaviour.partialApplication) {
        for (const auto &certificate : std::as_const(valid))
            store(certificate, &created, &updated);
    }
    entry->appliedCount = created + updated;
    if (!errors.isEmpty())
        return validationErrorAnswer(errors);
    return successAnswer(int(items.size()), created, updated);
}

SandboxServer::Answer
SandboxServer::validationErrorAnswer(const QList<ValidationError> &errors) const
{
    const ValidationError &first = errors.first();
    switch (m_behaviour.errorShape) {
    case ErrorShape::Plain:
        return Answer::jsonAnswer(
                400,
                QJsonObject {{QStringLiteral("error"), QStringLiteral("ValidationError")},
                             {QStringLiteral("message"), first.message}});
    case ErrorShape::ErrorsList: {
        QJsonArray list;
        for (const auto &error : errors) {
            list.append(QJsonObject {{QStringLiteral("category"), QStringLiteral("Certificate")},
                                     {QStringLiteral("code"), QStringLiteral("ValidationError")},
                                     {QStringLiteral("field"), error.field},
                                     {QStringLiteral("message"), error.message}});
        }
        return Answer::jsonAnswer(
                400,
                QJsonObject {{QStringLiteral("message"), QStringLiteral("Validation failed")},
                             {QStringLiteral("errors"), list}});
    }
    case ErrorShape::ProblemDetails: {
        QJsonObject keyed;
        for (const auto &error : errors) {
            const QString key = error.index < 0
                    ? QStringLiteral("$")
                    : QStringLiteral("[%1].%2").arg(error.index).arg(error.field);
            QJsonArray messages = keyed.value(key).toArray();
            messages.append(error.bareMessage);
            keyed.insert(key, messages);
        }
        return Answer::jsonAnswer(
                400,
                QJsonObject {{QStringLiteral("type"),
                              QStringLiteral("https://tools.ietf.org/html/rfc9110#section-15.5.1")},
                             {QStringLiteral("title"),
                              QStringLiteral("One or more validation errors occurred.")},
                             {QStringLiteral("status"), 400},
                             {QStringLiteral("errors"), keyed}});
    }
    case ErrorShape::Text:
        return Answer::textAnswer(400, first.message);
    case ErrorShape::TextNorwegian:
        return Answer::textAnswer(400, first.norwegian);
    case ErrorShape::Nameless:
        return Answer::jsonAnswer(
                400,
                QJsonObject {{QStringLiteral("error"), QStringLiteral("ValidationError")},
                             {QStringLiteral("message"),
                              QStringLiteral("One or more certificates "
                                             "are invalid.")}});
    }
    return Answer::empty(400);
}

SandboxServer::Answer SandboxServer::successAnswer(int received, int created, int updated) const
{
    const int status = m_behaviour.successStatus;
    if (status == 204)
        return Answer::empty(204);
    switch (m_behaviour.successBody) {
    case SuccessBody::Empty:
        return Answer::empty(status);
    case SuccessBody::Text:
        return Answer::textAnswer(status, QStringLiteral("OK"));
    case SuccessBody::Json:
        break;
    }
    return Answer::jsonAnswer(status,
                              QJsonObject {{QStringLiteral("received"), received},
                                           {QStringLiteral("created"), created},
                                           {QStringLiteral("updated"), updated}});
}

namespace {

// A JSON string as QJsonDocument writes it (UTF-8, the short escapes).
void appendJsonString(QByteArray &out, const QString &text)
{
    out += '"';
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (uchar(c) < 0x20)
                out += "\\u00" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
}

} // namespace

SandboxServer::Answer SandboxServer::employeesAnswer(const QHttpServerRequest &request)
{
    if (!m_behaviour.employeesEnvelope) {
        // The plain array written directly: a million employees through
        // QJsonArray took seconds of an upload's time.
        QByteArray body;
        body.reserve(m_employees.size() * 72 + 2);
        body += '[';
        for (qsizetype i = 0; i < m_employees.size(); ++i) {
            const Employee &employee = m_employees.at(i);
            if (i > 0)
                body += ',';
            body += "{\"employeeNumber\":";
            appendJsonString(body, employee.employeeNumber);
            body += ",\"firstName\":";
            appendJsonString(body, employee.firstName);
            body += ",\"lastName\":";
            appendJsonString(body, employee.lastName);
            body += '}';
        }
        body += ']';
        return Answer {200, "application/json; charset=utf-8", body, {}, false, false};
    }
    QJsonArray all;
    for (const auto &employee : std::as_const(m_employees)) {
        all.append(QJsonObject {{QStringLiteral("employeeNumber"), employee.employeeNumber},
                                {QStringLiteral("firstName"), employee.firstName},
                                {QStringLiteral("lastName"), employee.lastName}});
    }

    const QString continuation =
            request.query().queryItemValue(QStringLiteral("continuationToken"), QUrl::FullyDecoded);
    int offset = 0;
    if (!continuation.isEmpty()) {
        bool ok = false;
        offset = continuation.startsWith(QStringLiteral("page-")) ? continuation.mid(5).toInt(&ok)
                                                                  : -1;
        if (!ok || offset < 0 || offset > all.size()) {
            return Answer::jsonAnswer(
                    400,
                    QJsonObject {{QStringLiteral("error"), QStringLiteral("InvalidToken")},
                                 {QStringLiteral("message"),
                                  QStringLiteral("Invalid continuation token.")}});
        }
    }
    const int pageSize = qMax(1, m_behaviour.employeesPageSize);
    QJsonArray page;
    for (int i = offset; i < all.size() && i < offset + pageSize; ++i)
        page.append(all.at(i));
    const int next = offset + pageSize;
    QJsonObject envelope {{QStringLiteral("data"), page}};
    envelope.insert(QStringLiteral("continuationToken"),
                    next < all.size() ? QJsonValue(QStringLiteral("page-%1").arg(next))
                                      : QJsonValue(QJsonValue::Null));
    return Answer::jsonAnswer(200, envelope);
}

void SandboxServer::store(const Certificate &certificate, int *created, int *updated)
{
    const QString key = certificateKey(certificate.employeeNumber, certificate.certificateType);
    const auto it = m_certificateIndex.constFind(key);
    if (it == m_certificateIndex.constEnd()) {
        Certificate stored = certificate;
        stored.writes = 1;
        m_certificateIndex.insert(key, m_certificates.size());
        m_certificates.append(stored);
        ++*created;
        return;
    }
    Certificate &stored = m_certificates[*it];
    const int writes = stored.writes;
    stored = certificate;
    stored.writes = writes + 1;
    ++*updated;
}

void SandboxServer::send(const QHttpServerRequest &request, QTcpSocket *socket,
                         const Answer &answer)
{
    auto responder = std::make_shared<QHttpServerResponder>(
            SandboxHttpServer::responderFor(request, socket));
    const auto write = [responder, answer] {
        responder->writeStatusLine(QHttpServerResponder::StatusCode(answer.status));
        if (!answer.contentType.isEmpty())
            responder->writeHeader("Content-Type", answer.contentType);
        for (const auto &header : answer.headers)
            responder->writeHeader(header.first, header.second);
        responder->writeHeader("Content-Length", QByteArray::number(answer.body.size()));
        responder->writeBody(answer.body);
    };
    if (m_behaviour.delayMs <= 0) {
        write();
        return;
    }
    // The socket is the context: if the client goes away first, the answer is never written.
    QTimer::singleShot(m_behaviour.delayMs, socket, write);
}

void SandboxServer::log(const LogEntry &entry)
{
    m_log.append(entry);
    Q_EMIT requestLogged(entry);
}

} // namespace Ditio
