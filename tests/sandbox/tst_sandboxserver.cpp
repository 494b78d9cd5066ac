#include "sandboxserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>

#include <memory>

using Ditio::SandboxServer;

namespace {

struct Result
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
    QByteArray location;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

QJsonObject certificate(const QString &employeeNumber, const QString &type,
                        const QString &issued = QStringLiteral("2026-01-15T00:00:00Z"),
                        const QString &until = QStringLiteral("2028-01-15T00:00:00Z"))
{
    return QJsonObject {{QStringLiteral("employeeNumber"), employeeNumber},
                        {QStringLiteral("certificateType"), type},
                        {QStringLiteral("certificateNumber"), QStringLiteral("N-1")},
                        {QStringLiteral("issuedDateTime"), issued},
                        {QStringLiteral("validUntilDateTime"), until}};
}

} // namespace

class tst_SandboxServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void tokenEndpoint_data();
    void tokenEndpoint();
    void tokenLifetime();
    void upsertStoresOnceAndOverwrites();
    void successStatus_data();
    void successStatus();
    void validationErrors_data();
    void validationErrors();
    void missingFieldAndBadDate_data();
    void missingFieldAndBadDate();
    void partialApplication();
    void unauthorised_data();
    void unauthorised();
    void employeesV5AndV4Fallback();
    void employeesEnvelopePaging();
    void rateLimit_data();
    void rateLimit();
    void serverErrorsThenSuccess();
    void droppedConnection();
    void droppedOnceStoresOnce();
    void appliedThenDropped();
    void redirect();
    void delay();
    void hang();
    void logHoldsNoSecret();

private:
    Result finish(QNetworkReply *reply);
    Result requestToken(const QString &clientId, const QString &secret, const QString &scope,
                        const QString &grant = QStringLiteral("client_credentials"));
    QString token();
    Result get(const QString &path, const QString &bearer = QString());
    Result postCertificates(const QJsonArray &items, const QString &bearer, int timeoutMs = 0);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

void tst_SandboxServer::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen());
    m_manager = std::make_unique<QNetworkAccessManager>();
    m_manager->setProxy(QNetworkProxy::NoProxy);
}

void tst_SandboxServer::cleanup()
{
    m_manager.reset();
    m_server.reset();
}

Result tst_SandboxServer::finish(QNetworkReply *reply)
{
    std::unique_ptr<QNetworkReply> owner(reply);
    // QTRY_ macros only work in void functions: wait here, and let an unfinished reply show up
    // as status -1 in the caller's comparison.
    Result result;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000)) {
        reply->abort();
        result.status = -1;
        return result;
    }
    result.error = reply->error();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.retryAfter = reply->rawHeader("Retry-After");
    result.location = reply->rawHeader("Location");
    return result;
}

Result tst_SandboxServer::requestToken(const QString &clientId, const QString &secret,
                                       const QString &scope, const QString &grant)
{
    // Each value percent-encoded in full: QUrlQuery leaves a '+' as it is, and a form decoder
    // (the sandbox's, and ASP.NET's) reads a bare '+' as a space.
    QByteArray form = "grant_type=" + QUrl::toPercentEncoding(grant)
            + "&client_id=" + QUrl::toPercentEncoding(clientId)
            + "&client_secret=" + QUrl::toPercentEncoding(secret);
    if (!scope.isEmpty())
        form += "&scope=" + QUrl::toPercentEncoding(scope);
    QUrl url = m_server->identityBase();
    url.setPath(url.path() + QStringLiteral("/connect/token"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    return finish(m_manager->post(request, form));
}

QString tst_SandboxServer::token()
{
    const Result result =
            requestToken(QStringLiteral("sandbox-client"), QStringLiteral("sandbox-secret"),
                         QStringLiteral("ditioapiv3"));
    return result.json().object().value(QStringLiteral("access_token")).toString();
}

Result tst_SandboxServer::get(const QString &path, const QString &bearer)
{
    QUrl url = m_server->apiBase();
    const qsizetype question = path.indexOf(u'?');
    url.setPath(url.path() + path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    return finish(m_manager->get(request));
}

Result tst_SandboxServer::postCertificates(const QJsonArray &items, const QString &bearer,
                                           int timeoutMs)
{
    QUrl url = m_server->apiBase();
    url.setPath(url.path() + QStringLiteral("/api/v4/integration/certificates"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (timeoutMs > 0)
        request.setTransferTimeout(timeoutMs);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    return finish(m_manager->post(request, QJsonDocument(items).toJson(QJsonDocument::Compact)));
}

void tst_SandboxServer::tokenEndpoint_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("grant");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    const QString id = QStringLiteral("sandbox-client");
    const QString secret = QStringLiteral("sandbox-secret");
    const QString scope = QStringLiteral("ditioapiv3");
    const QString grant = QStringLiteral("client_credentials");
    QTest::newRow("success") << id << secret << scope << grant << 200 << QString();
    QTest::newRow("wrong client id") << QStringLiteral("someone") << secret << scope << grant << 400
                                     << QStringLiteral("invalid_client");
    QTest::newRow("wrong secret") << id << QStringLiteral("wrong+secret&") << scope << grant << 400
                                  << QStringLiteral("invalid_client");
    QTest::newRow("missing scope")
            << id << secret << QString() << grant << 400 << QStringLiteral("invalid_scope");
    QTest::newRow("other scope") << id << secret << QStringLiteral("openid") << grant << 400
                                 << QStringLiteral("invalid_scope");
    QTest::newRow("other grant") << id << secret << scope << QStringLiteral("password") << 400
                                 << QStringLiteral("unsupported_grant_type");
}

void tst_SandboxServer::tokenEndpoint()
{
    QFETCH(QString, clientId);
    QFETCH(QString, secret);
    QFETCH(QString, scope);
    QFETCH(QString, grant);
    QFETCH(int, status);
    QFETCH(QString, error);

    const Result result = requestToken(clientId, secret, scope, grant);
    QCOMPARE(result.status, status);
    const QJsonObject body = result.json().object();
    if (status == 200) {
        QVERIFY(!body.value(QStringLiteral("access_token")).toString().isEmpty());
        QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QVERIFY(body.value(QStringLiteral("expires_in")).toInt() > 0);
        QCOMPARE(m_server->tokensIssued(), 1);
    } else {
        QCOMPARE(body.value(QStringLiteral("error")).toString(), error);
        QCOMPARE(m_server->tokensIssued(), 0);
    }
}

void tst_SandboxServer::tokenLifetime()
{
    auto behaviour = m_server->behaviour();
    behaviour.tokenLifetimeSeconds = 120;
    m_server->setBehaviour(behaviour);
    m_server->setClientId(QStringLiteral("other-client"));
    m_server->setClientSecret(QStringLiteral("s3cr+t/="));
    const Result result = requestToken(QStringLiteral("other-client"), QStringLiteral("s3cr+t/="),
                                       QStringLiteral("ditioapiv3"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().object().value(QStringLiteral("expires_in")).toInt(), 120);

    // The form-encoding trap: a '+' sent bare arrives as a space, so the secret is wrong.
    QUrl url = m_server->identityBase();
    url.setPath(url.path() + QStringLiteral("/connect/token"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    const Result bare = finish(
            m_manager->post(request,
                            QByteArrayLiteral("grant_type=client_credentials&client_id=other-client"
                                              "&client_secret=s3cr+t/=&scope=ditioapiv3")));
    QCOMPARE(bare.status, 400);
    QCOMPARE(bare.json()[QStringLiteral("error")].toString(), QStringLiteral("invalid_client"));
}

void tst_SandboxServer::upsertStoresOnceAndOverwrites()
{
    const QString bearer = token();
    QJsonArray first {certificate(QStringLiteral("1042"), QStringLiteral("Byggekort")),
                      certificate(QStringLiteral("1042"), QStringLiteral("Kranførerbevis"))};
    QCOMPARE(postCertificates(first, bearer).status, 200);
    QCOMPARE(m_server->storeCount(), 2);

    QJsonObject changed = certificate(QStringLiteral("1042"), QStringLiteral("Byggekort"));
    changed.insert(QStringLiteral("certificateNumber"), QStringLiteral("BK-NEW"));
    changed.insert(QStringLiteral("notes"), QStringLiteral("Fornyet"));
    QCOMPARE(postCertificates(QJsonArray {changed}, bearer).status, 200);
    QCOMPARE(m_server->storeCount(), 2);
    QCOMPARE(m_server->writeCount(QStringLiteral("1042"), QStringLiteral("Byggekort")), 2);
    QCOMPARE(m_server->writeCount(QStringLiteral("1042"), QStringLiteral("Kranførerbevis")), 1);
    const auto stored = m_server->certificates();
    QCOMPARE(stored.first().certificateNumber, QStringLiteral("BK-NEW"));
    QCOMPARE(stored.first().notes, QStringLiteral("Fornyet"));
    QCOMPARE(stored.first().issuedDateTime, QDateTime(QDate(2026, 1, 15), QTime(0, 0), Qt::UTC));

    // The key is the exact string: a different spelling is another certificate.
    QCOMPARE(postCertificates(
                     QJsonArray {certificate(QStringLiteral("1042"), QStringLiteral("byggekort "))},
                     bearer)
                     .status,
             200);
    QCOMPARE(m_server->storeCount(), 3);
    QCOMPARE(m_server->writeCount(), 4);

    const auto log = m_server->requestLog();
    QCOMPARE(log.last().itemCount, 1);
    QCOMPARE(log.at(log.size() - 3).itemCount, 2);
    QCOMPARE(log.at(log.size() - 3).appliedCount, 2);
}

void tst_SandboxServer::successStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<SandboxServer::SuccessBody>("body");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("200 json") << 200 << SandboxServer::SuccessBody::Json
                              << QByteArray(R"({"created":1,"received":1,"updated":0})");
    QTest::newRow("200 empty") << 200 << SandboxServer::SuccessBody::Empty << QByteArray();
    QTest::newRow("201 text") << 201 << SandboxServer::SuccessBody::Text << QByteArray("OK");
    QTest::newRow("204") << 204 << SandboxServer::SuccessBody::Json << QByteArray();
}

void tst_SandboxServer::successStatus()
{
    QFETCH(int, status);
    QFETCH(SandboxServer::SuccessBody, body);
    QFETCH(QByteArray, expected);
    auto behaviour = m_server->behaviour();
    behaviour.successStatus = status;
    behaviour.successBody = body;
    m_server->setBehaviour(behaviour);
    const Result result = postCertificates(
            QJsonArray {certificate(QStringLiteral("1043"), QStringLiteral("Byggekort"))}, token());
    QCOMPARE(result.error, QNetworkReply::NoError);
    QCOMPARE(result.status, status);
    QCOMPARE(result.body, expected);
    QCOMPARE(m_server->storeCount(), 1);
}

void tst_SandboxServer::validationErrors_data()
{
    QTest::addColumn<SandboxServer::ErrorShape>("shape");
    QTest::addColumn<bool>("swappedDates");
    QTest::addColumn<QString>("field"); // problem details key / errors-list field
    QTest::addColumn<QString>("needle"); // text that must appear in the body

    using Shape = SandboxServer::ErrorShape;
    const struct
    {
        Shape shape;
        const char *name;
    } shapes[] = {{Shape::Plain, "plain"},
                  {Shape::ErrorsList, "errors-list"},
                  {Shape::ProblemDetails, "problem-details"},
                  {Shape::Text, "text"},
                  {Shape::TextNorwegian, "text-no"},
                  {Shape::Nameless, "nameless"}};
    for (const auto &s : shapes) {
        for (const bool swapped : {false, true}) {
            const QString number = swapped ? QStringLiteral("1045") : QStringLiteral("1052");
            const QString field =
                    swapped ? QStringLiteral("IssuedDateTime") : QStringLiteral("EmployeeNumber");
            QString needle;
            switch (s.shape) {
            case Shape::ProblemDetails:
                needle = QStringLiteral("[1].") + field;
                break;
            case Shape::TextNorwegian:
                needle = (swapped ? QStringLiteral("ansattnummer ")
                                  : QStringLiteral("Ansattnummer "))
                        + number;
                break;
            case Shape::Nameless:
                needle = QStringLiteral("invalid");
                break;
            default:
                needle = number;
            }
            QTest::addRow("%s, %s", s.name, swapped ? "swapped dates" : "unknown employee")
                    << s.shape << swapped << field << needle;
        }
    }
}

void tst_SandboxServer::validationErrors()
{
    QFETCH(SandboxServer::ErrorShape, shape);
    QFETCH(bool, swappedDates);
    QFETCH(QString, field);
    QFETCH(QString, needle);

    auto behaviour = m_server->behaviour();
    behaviour.errorShape = shape;
    m_server->setBehaviour(behaviour);
    const QJsonObject bad = swappedDates
            ? certificate(QStringLiteral("1045"), QStringLiteral("Fallsikring"),
                          QStringLiteral("2026-02-01T00:00:00Z"),
                          QStringLiteral("2024-02-01T00:00:00Z"))
            : certificate(QStringLiteral("1052"), QStringLiteral("Asbestsanering"));
    const QJsonArray items {certificate(QStringLiteral("1042"), QStringLiteral("Byggekort")), bad,
                            certificate(QStringLiteral("1043"), QStringLiteral("Byggekort"))};
    const Result result = postCertificates(items, token());
    QCOMPARE(result.status, 400);
    const QString body = QString::fromUtf8(result.body);
    QVERIFY2(body.contains(needle), qPrintable(body));
    QCOMPARE(m_server->storeCount(), 0); // all or nothing by default

    const QJsonObject object = result.json().object();
    switch (shape) {
    case SandboxServer::ErrorShape::Plain:
        QVERIFY(object.contains(QStringLiteral("error")));
        QVERIFY(object.value(QStringLiteral("message")).toString().contains(needle));
        break;
    case SandboxServer::ErrorShape::ErrorsList: {
        const QJsonArray errors = object.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first()[QStringLiteral("field")].toString(), field);
        QVERIFY(errors.first()[QStringLiteral("message")].toString().contains(needle));
        break;
    }
    case SandboxServer::ErrorShape::ProblemDetails:
        QCOMPARE(object.value(QStringLiteral("status")).toInt(), 400);
        QVERIFY(!object.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(object.value(QStringLiteral("errors")).toObject().contains(needle));
        break;
    case SandboxServer::ErrorShape::Text:
    case SandboxServer::ErrorShape::TextNorwegian:
        QVERIFY(result.json().isNull());
        break;
    case SandboxServer::ErrorShape::Nameless:
        QVERIFY(!body.contains(QStringLiteral("1052")));
        QVERIFY(!body.contains(QStringLiteral("1045")));
        QVERIFY(!body.contains(u'['));
        break;
    }
}

void tst_SandboxServer::missingFieldAndBadDate_data()
{
    QTest::addColumn<QJsonObject>("item");
    QTest::addColumn<QString>("field");

    QJsonObject noType = certificate(QStringLiteral("1042"), QStringLiteral("X"));
    noType.remove(QStringLiteral("certificateType"));
    QJsonObject noUntil = certificate(QStringLiteral("1042"), QStringLiteral("X"));
    noUntil.remove(QStringLiteral("validUntilDateTime"));
    QJsonObject noEmployee = certificate(QString(), QStringLiteral("Stillasmontør"));
    QTest::newRow("missing type") << noType << QStringLiteral("[0].CertificateType");
    QTest::newRow("missing valid until") << noUntil << QStringLiteral("[0].ValidUntilDateTime");
    QTest::newRow("empty employee number") << noEmployee << QStringLiteral("[0].EmployeeNumber");
    QTest::newRow("bad date") << certificate(QStringLiteral("1046"), QStringLiteral("Truck"),
                                             QStringLiteral("2026-02-31T00:00:00Z"))
                              << QStringLiteral("[0].IssuedDateTime");
    QTest::newRow("local date") << certificate(QStringLiteral("1046"), QStringLiteral("Truck"),
                                               QStringLiteral("31.01.2026"))
                                << QStringLiteral("[0].IssuedDateTime");
}

void tst_SandboxServer::missingFieldAndBadDate()
{
    QFETCH(QJsonObject, item);
    QFETCH(QString, field);
    auto behaviour = m_server->behaviour();
    behaviour.errorShape = SandboxServer::ErrorShape::ProblemDetails;
    m_server->setBehaviour(behaviour);
    const Result result = postCertificates(QJsonArray {item}, token());
    QCOMPARE(result.status, 400);
    QVERIFY2(result.json()[QStringLiteral("errors")].toObject().contains(field),
             result.body.constData());
    QCOMPARE(m_server->storeCount(), 0);
}

void tst_SandboxServer::partialApplication()
{
    auto behaviour = m_server->behaviour();
    behaviour.partialApplication = true;
    behaviour.errorShape = SandboxServer::ErrorShape::ProblemDetails;
    m_server->setBehaviour(behaviour);
    const QJsonArray items {certificate(QStringLiteral("1042"), QStringLiteral("Byggekort")),
                            certificate(QStringLiteral("1043"), QStringLiteral("Byggekort")),
                            certificate(QStringLiteral("1052"), QStringLiteral("Asbestsanering")),
                            certificate(QStringLiteral("1044"), QStringLiteral("Byggekort")),
                            certificate(QStringLiteral("1099"), QStringLiteral("Byggekort"))};
    const Result result = postCertificates(items, token());
    QCOMPARE(result.status, 400);
    const QJsonObject errors = result.json()[QStringLiteral("errors")].toObject();
    QCOMPARE(errors.keys(), QStringList {QStringLiteral("[2].EmployeeNumber")});
    QCOMPARE(m_server->storeCount(), 2);
    QCOMPARE(m_server->writeCount(QStringLiteral("1042"), QStringLiteral("Byggekort")), 1);
    QCOMPARE(m_server->writeCount(QStringLiteral("1043"), QStringLiteral("Byggekort")), 1);
    QCOMPARE(m_server->writeCount(QStringLiteral("1044"), QStringLiteral("Byggekort")), 0);
    QCOMPARE(m_server->requestLog().last().itemCount, 5);
    QCOMPARE(m_server->requestLog().last().appliedCount, 2);
}

void tst_SandboxServer::unauthorised_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::newRow("no token") << QStringLiteral("none") << 401;
    QTest::newRow("unknown token") << QStringLiteral("garbage") << 401;
    QTest::newRow("expired token") << QStringLiteral("expired") << 401;
    QTest::newRow("token without scope") << QStringLiteral("noscope") << 403;
}

void tst_SandboxServer::unauthorised()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QString bearer;
    if (kind == QStringLiteral("garbage")) {
        bearer = QStringLiteral("not-a-token");
    } else if (kind == QStringLiteral("expired")) {
        bearer = token();
        QCOMPARE(postCertificates(QJsonArray {}, bearer).status, 200);
        m_server->expireAllTokens();
    } else if (kind == QStringLiteral("noscope")) {
        auto behaviour = m_server->behaviour();
        behaviour.issueTokensWithoutScope = true;
        m_server->setBehaviour(behaviour);
        bearer = token();
        QVERIFY(!bearer.isEmpty());
    }
    const Result result = postCertificates(
            QJsonArray {certificate(QStringLiteral("1042"), QStringLiteral("Byggekort"))}, bearer);
    QCOMPARE(result.status, status);
    QCOMPARE(m_server->storeCount(), 0);
    QCOMPARE(get(QStringLiteral("/api/v5/integration/employees"), bearer).status, status);
}

void tst_SandboxServer::employeesV5AndV4Fallback()
{
    const QString bearer = token();
    const Result v5 = get(QStringLiteral("/api/v5/integration/employees"), bearer);
    QCOMPARE(v5.status, 200);
    const QJsonArray employees = v5.json().array();
    QCOMPARE(employees.size(), 10);
    QStringList numbers;
    for (const auto &employee : employees) {
        numbers.append(employee[QStringLiteral("employeeNumber")].toString());
        QVERIFY(!employee[QStringLiteral("firstName")].toString().isEmpty());
        QVERIFY(!employee[QStringLiteral("lastName")].toString().isEmpty());
    }
    QVERIFY(numbers.contains(QStringLiteral("1042")));
    QVERIFY(numbers.contains(QStringLiteral("1051")));
    QVERIFY(!numbers.contains(QStringLiteral("1052")));
    QVERIFY(!numbers.contains(QStringLiteral("1048.0")));

    auto behaviour = m_server->behaviour();
    behaviour.v5Enabled = false;
    m_server->setBehaviour(behaviour);
    QCOMPARE(get(QStringLiteral("/api/v5/integration/employees"), bearer).status, 404);
    const Result v4 = get(QStringLiteral("/api/v4/integration/users"), bearer);
    QCOMPARE(v4.status, 200);
    QCOMPARE(v4.json().array(), employees);
}

void tst_SandboxServer::employeesEnvelopePaging()
{
    auto behaviour = m_server->behaviour();
    behaviour.employeesEnvelope = true;
    behaviour.employeesPageSize = 4;
    m_server->setBehaviour(behaviour);
    const QString bearer = token();

    QStringList numbers;
    QString continuation;
    int pages = 0;
    do {
        QString path = QStringLiteral("/api/v5/integration/employees");
        if (!continuation.isEmpty())
            path += QStringLiteral("?continuationToken=") + continuation;
        const Result page = get(path, bearer);
        QCOMPARE(page.status, 200);
        const QJsonObject envelope = page.json().object();
        QVERIFY(envelope.contains(QStringLiteral("continuationToken")));
        const QJsonArray data = envelope.value(QStringLiteral("data")).toArray();
        QVERIFY(data.size() <= 4);
        for (const auto &employee : data)
            numbers.append(employee[QStringLiteral("employeeNumber")].toString());
        continuation = envelope.value(QStringLiteral("continuationToken")).toString();
        ++pages;
        QVERIFY(pages < 10);
    } while (!continuation.isEmpty());
    QCOMPARE(pages, 3);
    QCOMPARE(numbers.size(), 10);
    QCOMPARE(numbers.removeDuplicates(), 0);

    QCOMPARE(get(QStringLiteral("/api/v5/integration/employees?continuationToken=bogus"), bearer)
                     .status,
             400);
}

void tst_SandboxServer::rateLimit_data()
{
    QTest::addColumn<bool>("asDate");
    QTest::newRow("seconds") << false;
    QTest::newRow("HTTP-date") << true;
}

void tst_SandboxServer::rateLimit()
{
    QFETCH(bool, asDate);
    const QString bearer = token();
    auto behaviour = m_server->behaviour();
    behaviour.rateLimitCount = 2;
    behaviour.retryAfterSeconds = 7;
    behaviour.retryAfterAsDate = asDate;
    m_server->setBehaviour(behaviour);
    const QJsonArray items {certificate(QStringLiteral("1042"), QStringLiteral("Byggekort"))};
    for (int i = 0; i < 2; ++i) {
        const Result result = postCertificates(items, bearer);
        QCOMPARE(result.status, 429);
        if (asDate) {
            const QDateTime when =
                    QLocale::c().toDateTime(QString::fromLatin1(result.retryAfter),
                                            QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
            QVERIFY2(when.isValid(), result.retryAfter.constData());
            QDateTime utc = when;
            utc.setTimeSpec(Qt::UTC);
            const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(utc);
            QVERIFY2(wait >= 5 && wait <= 8, QByteArray::number(wait).constData());
        } else {
            QCOMPARE(result.retryAfter, QByteArray("7"));
        }
    }
    QCOMPARE(m_server->storeCount(), 0);
    QCOMPARE(postCertificates(items, bearer).status, 200);
    QCOMPARE(m_server->storeCount(), 1);
}

void tst_SandboxServer::serverErrorsThenSuccess()
{
    const QString bearer = token();
    auto behaviour = m_server->behaviour();
    behaviour.serverErrorCount = 2;
    behaviour.serverErrorStatus = 502;
    m_server->setBehaviour(behaviour);
    const QJsonArray items {certificate(QStringLiteral("1042"), QStringLiteral("Byggekort"))};
    QCOMPARE(postCertificates(items, bearer).status, 502);
    QCOMPARE(get(QStringLiteral("/api/v5/integration/employees"), bearer).status, 502);
    QCOMPARE(m_server->behaviour().serverErrorCount, 0);
    QCOMPARE(postCertificates(items, bearer).status, 200);
    QCOMPARE(m_server->writeCount(), 1);
}

void tst_SandboxServer::droppedConnection()
{
    const QString bearer = token();
    auto behaviour = m_server->behaviour();
    behaviour.dropCount = 5; // QNAM itself may resend after a dropped connection
    m_server->setBehaviour(behaviour);
    const QJsonArray items {certificate(QStringLiteral("1042"), QStringLiteral("Byggekort"))};
    const Result result = postCertificates(items, bearer);
    QVERIFY(result.error != QNetworkReply::NoError);
    QCOMPARE(result.status, 0);
    QCOMPARE(m_server->storeCount(), 0);
    int dropped = 0;
    for (const auto &entry : m_server->requestLog()) {
        if (entry.outcome == QStringLiteral("dropped")) {
            ++dropped;
            QCOMPARE(entry.status, 0);
        }
    }
    QVERIFY(dropped >= 1);
    qInfo("QNetworkAccessManager sent the request %d time(s) before reporting %d", dropped,
          int(result.error));

    m_server->setBehaviour(SandboxServer::Behaviour {});
    QCOMPARE(postCertificates(items, bearer).status, 200);
    QCOMPARE(m_server->writeCount(), 1);
}

void tst_SandboxServer::droppedOnceStoresOnce()
{
    // One dropped connection: QNetworkAccessManager resends the request by itself on a new
    // connection, so the client sees a success. The certificate is still stored once.
    const QString bearer = token();
    auto behaviour = m_server->behaviour();
    behaviour.dropCount = 1;
    m_server->setBehaviour(behaviour);
    const Result result = postCertificates(
            QJsonArray {certificate(QStringLiteral("1042"), QStringLiteral("Byggekort"))}, bearer);
    const auto log = m_server->requestLog();
    QCOMPARE(log.at(log.size() - 2).outcome, QStringLiteral("dropped"));
    QCOMPARE(result.status, 200);
    QCOMPARE(m_server->storeCount(), 1);
    QCOMPARE(m_server->writeCount(), 1);
}

void tst_SandboxServer::appliedThenDropped()
{
    // The items are stored, then the connection is closed without an answer.
    const QString bearer = token();
    auto behaviour = m_server->behaviour();
    behaviour.applyThenDropCount = 1;
    m_server->setBehaviour(behaviour);
    const Result result = postCertificates(
            QJsonArray {certificate(QStringLiteral("1042"), QStringLiteral("Byggekort"))}, bearer);
    QCOMPARE(m_server->behaviour().applyThenDropCount, 0);
    int dropped = 0;
    for (const auto &entry : m_server->requestLog()) {
        if (entry.outcome != QStringLiteral("dropped"))
            continue;
        ++dropped;
        QCOMPARE(entry.status, 0);
        QCOMPARE(entry.itemCount, 1);
        QCOMPARE(entry.appliedCount, 1);
    }
    QCOMPARE(dropped, 1);
    QCOMPARE(m_server->storeCount(), 1);
    // QNetworkAccessManager may resend by itself on a new connection: the same certificate
    // is then written again, still stored once.
    QCOMPARE(m_server->writeCount(), result.status == 200 ? 2 : 1);
}

void tst_SandboxServer::redirect()
{
    const QString bearer = token();
    auto behaviour = m_server->behaviour();
    behaviour.redirectCount = 1;
    m_server->setBehaviour(behaviour);
    const QJsonArray items {certificate(QStringLiteral("1042"), QStringLiteral("Byggekort"))};
    const Result result = postCertificates(items, bearer);
    QCOMPARE(result.status, 302);
    QCOMPARE(result.location, QByteArray("http://127.0.0.1:9/moved"));
    QCOMPARE(m_server->storeCount(), 0);
    QCOMPARE(postCertificates(items, bearer).status, 200);
}

void tst_SandboxServer::delay()
{
    const QString bearer = token();
    auto behaviour = m_server->behaviour();
    behaviour.delayMs = 300;
    m_server->setBehaviour(behaviour);

    // Two requests at once: both answered after the delay, neither blocks the other.
    QUrl url = m_server->apiBase();
    url.setPath(url.path() + QStringLiteral("/api/v5/integration/employees"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *first = m_manager->get(request);
    const Result second = get(QStringLiteral("/api/v4/integration/users"), bearer);
    const Result firstResult = finish(first);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(firstResult.status, 200);
    QCOMPARE(second.status, 200);
    QVERIFY2(elapsed >= 280, QByteArray::number(elapsed).constData());
    QVERIFY2(elapsed < 3000, QByteArray::number(elapsed).constData());
}

void tst_SandboxServer::hang()
{
    const QString bearer = token();
    auto behaviour = m_server->behaviour();
    behaviour.hang = true;
    m_server->setBehaviour(behaviour);
    const Result result = postCertificates(
            QJsonArray {certificate(QStringLiteral("1042"), QStringLiteral("Byggekort"))}, bearer,
            300);
    QCOMPARE(result.error, QNetworkReply::OperationCanceledError); // the transfer timeout
    QCOMPARE(m_server->requestLog().last().outcome, QStringLiteral("hung"));
    QCOMPARE(m_server->requestLog().last().itemCount, 0); // never parsed
}

void tst_SandboxServer::logHoldsNoSecret()
{
    const QString bearer = token();
    postCertificates(QJsonArray {certificate(QStringLiteral("1042"), QStringLiteral("B"))}, bearer);
    const auto log = m_server->requestLog();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.first().method, QStringLiteral("POST"));
    QCOMPARE(log.first().path, QStringLiteral("/identity/connect/token"));
    QCOMPARE(log.first().status, 200);
    QCOMPARE(log.last().path, QStringLiteral("/core/api/v4/integration/certificates"));
    for (const auto &entry : log) {
        const QString all = entry.method + entry.path + entry.outcome;
        QVERIFY(!all.contains(QStringLiteral("sandbox-secret")));
        QVERIFY(!all.contains(bearer));
    }
}

QTEST_GUILESS_MAIN(tst_SandboxServer)
#include "tst_sandboxserver.moc"
