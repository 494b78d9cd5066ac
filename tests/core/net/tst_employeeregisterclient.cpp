#include "fakeuploadtimer.h"
#include "net/employeeregisterclient.h"
#include "nettesthelpers.h"

using namespace Ditio;
using Ditio::Test::NetHarness;
using namespace Qt::StringLiterals;

class tst_EmployeeRegisterClient : public QObject
{
    Q_OBJECT

private slots:
    void readsRegister_data();
    void readsRegister();
    void parsePage_data();
    void parsePage();
    void largeRegisterInSlices_data();
    void largeRegisterInSlices();
    void pageBoundStops();
    void transientFailuresRetried_data();
    void transientFailuresRetried();

private:
    static EmployeeRegisterClient::Result read(NetHarness &h, int maxPages = 10000);
};

EmployeeRegisterClient::Result tst_EmployeeRegisterClient::read(NetHarness &h, int maxPages)
{
    EmployeeRegisterClient reader(&h.client, &h.clock);
    reader.setMaxPages(maxPages);
    QSignalSpy spy(&reader, &EmployeeRegisterClient::finished);
    reader.read();
    if (!spy.wait(10000))
        return {};
    QTest::qWait(20);
    if (spy.size() != 1)
        return {};
    return spy.at(0).at(0).value<EmployeeRegisterClient::Result>();
}

void tst_EmployeeRegisterClient::readsRegister_data()
{
    QTest::addColumn<bool>("v5");
    QTest::addColumn<bool>("envelope");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("pages");
    QTest::newRow("v5 array") << true << false << 100 << "v5" << 1;
    QTest::newRow("v5 disabled: v4") << false << false << 100 << "v4" << 1;
    QTest::newRow("envelope, one page") << true << true << 100 << "v5" << 1;
    QTest::newRow("envelope, pages of 3") << true << true << 3 << "v5" << 4;
    QTest::newRow("envelope, pages of 1, v4") << false << true << 1 << "v4" << 10;
}

void tst_EmployeeRegisterClient::readsRegister()
{
    QFETCH(bool, v5);
    QFETCH(bool, envelope);
    QFETCH(int, pageSize);
    QFETCH(QString, source);
    QFETCH(int, pages);
    NetHarness h;
    auto behaviour = h.server.behaviour();
    behaviour.v5Enabled = v5;
    behaviour.employeesEnvelope = envelope;
    behaviour.employeesPageSize = pageSize;
    h.server.setBehaviour(behaviour);

    const auto result = read(h);
    QCOMPARE(result.errorMessage, QString());
    QVERIFY(result.ok);
    QCOMPARE(result.source, source);
    QCOMPARE(result.pages, pages);
    QCOMPARE(result.readAt, Test::startTime());
    QCOMPARE(result.employees.size(), 10);
    QCOMPARE(result.employees.first(),
             (EmployeeRecord {QStringLiteral("1042"), QStringLiteral("Ole"),
                              QStringLiteral("Hansen")}));
    QCOMPARE(result.employees.at(8).displayName(), QStringLiteral("Håkon Jensen"));
    QCOMPARE(result.employees.last().employeeNumber, QStringLiteral("1051"));
    QCOMPARE(h.count(QStringLiteral("GET"), QStringLiteral("/v5/integration/employees"), 404),
             v5 ? 0 : 1);
}

void tst_EmployeeRegisterClient::parsePage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("numbers");
    QTest::addColumn<QString>("continuation");
    QTest::addColumn<QString>("pageToken");
    QTest::addColumn<QString>("nextLink");
    QTest::addColumn<QString>("error");

    QTest::newRow("array, number as number")
            << QByteArray(R"([{"employeeNumber":1042,"firstName":"Ole"},)"
                          R"({"employeeNumber":"1043"},{"employeeNumber":1.5e3},)"
                          R"({"firstName":"No number"}])")
            << QStringList {QStringLiteral("1042"), QStringLiteral("1043"), QStringLiteral("1500")}
            << ""
            << ""
            << ""
            << "";
    QTest::newRow("data + continuationToken")
            << QByteArray(R"({"data":[{"employeeNumber":"7"}],"continuationToken":"abc"})")
            << QStringList {QStringLiteral("7")} << "abc"
            << ""
            << ""
            << "";
    QTest::newRow("items + nextPageToken")
            << QByteArray(R"({"items":[{"EmployeeNumber":"8"}],"nextPageToken":"p2"})")
            << QStringList {QStringLiteral("8")} << ""
            << "p2"
            << ""
            << "";
    QTest::newRow("value + links.next")
            << QByteArray(R"({"value":[{"employeeNumber":"9"}],"links":{"next":"?page=2"}})")
            << QStringList {QStringLiteral("9")} << ""
            << ""
            << "?page=2"
            << "";
    QTest::newRow("null token is the end")
            << QByteArray(R"({"data":[],"continuationToken":null})") << QStringList {} << ""
            << ""
            << ""
            << "";
    QTest::newRow("not json") << QByteArray("<html>") << QStringList {} << ""
                              << ""
                              << ""
                              << "The employee register's answer is not JSON (illegal value).";
    QTest::newRow("object without list")
            << QByteArray(R"({"message":"hi"})") << QStringList {} << ""
            << ""
            << ""
            << "The employee register's answer holds no list of employees.";
}

void tst_EmployeeRegisterClient::parsePage()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, numbers);
    QFETCH(QString, continuation);
    QFETCH(QString, pageToken);
    QFETCH(QString, nextLink);
    QFETCH(QString, error);
    // As it is, and over a megabyte (padded with whitespace after the
    // value), which is read in slices: the same result either way.
    for (const QByteArray &variant : {body, body + QByteArray(1024 * 1024, ' ')}) {
        EmployeeRegisterClient::Page page;
        QString message;
        QCOMPARE(EmployeeRegisterClient::parsePage(variant, &page, &message), error.isEmpty());
        QCOMPARE(message, error);
        QStringList got;
        for (const auto &record : std::as_const(page.employees))
            got.append(record.employeeNumber);
        QCOMPARE(got, numbers);
        QCOMPARE(page.continuationToken, continuation);
        QCOMPARE(page.pageToken, pageToken);
        QCOMPARE(page.nextLink, nextLink);
    }
}

void tst_EmployeeRegisterClient::largeRegisterInSlices_data()
{
    QTest::addColumn<bool>("envelope");
    QTest::addColumn<int>("cutAt"); // bytes cut off the end; 0: whole

    QTest::newRow("array") << false << 0;
    QTest::newRow("envelope") << true << 0;
    QTest::newRow("array, cut") << false << 20;
    QTest::newRow("envelope, cut") << true << 20;
}

void tst_EmployeeRegisterClient::largeRegisterInSlices()
{
    QFETCH(bool, envelope);
    QFETCH(int, cutAt);

    // 25,000 employees: more than two slices, every one read, in order,
    // with names, numbers and strings with escapes as QJsonDocument reads them.
    QByteArray list = "[";
    for (int i = 0; i < 25000; ++i) {
        if (i > 0)
            list += ",\n  ";
        list += R"({"employeeNumber": )" + QByteArray::number(100000 + i)
                + R"(, "firstName": "Ola \"O\" \u00d8", "lastName": "Nordmann [)"
                + QByteArray::number(i % 7) + R"(]", "extra": {"a": [1, "]"]}})";
    }
    list += "]";
    QByteArray body = envelope ? R"({"links": {"next": "?p=2"}, "data": )" + list
                    + R"(, "continuationToken": "t\u0031"})"
                               : list;
    QVERIFY(body.size() > 1024 * 1024);
    body.chop(cutAt);

    EmployeeRegisterClient::Page page;
    QString message;
    const bool ok = EmployeeRegisterClient::parsePage(body, &page, &message);
    if (cutAt > 0) {
        // The error of the whole read: the same words as for a small body.
        QVERIFY(!ok);
        QVERIFY2(message.startsWith(QStringLiteral("The employee register's answer is not JSON (")),
                 qPrintable(message));
        return;
    }
    QVERIFY2(ok, qPrintable(message));
    QCOMPARE(page.employees.size(), 25000);
    for (int i : {0, 9999, 10000, 24999}) {
        const EmployeeRecord &record = page.employees.at(i);
        QCOMPARE(record.employeeNumber, QString::number(100000 + i));
        QCOMPARE(record.firstName, QStringLiteral("Ola \"O\" Ø"));
        QCOMPARE(record.lastName, QStringLiteral("Nordmann [%1]").arg(i % 7));
    }
    QCOMPARE(page.continuationToken, envelope ? QStringLiteral("t1") : QString());
    QCOMPARE(page.nextLink, envelope ? QStringLiteral("?p=2") : QString());
}

void tst_EmployeeRegisterClient::pageBoundStops()
{
    // Page bound: 10 employees in pages of 1 need 10 pages; allow 4.
    NetHarness h;
    auto behaviour = h.server.behaviour();
    behaviour.employeesEnvelope = true;
    behaviour.employeesPageSize = 1;
    h.server.setBehaviour(behaviour);
    const auto result = read(h, 4);
    QVERIFY(!result.ok);
    QCOMPARE(result.errorMessage,
             QStringLiteral("The employee register has more than 4 pages; stopped reading."));
    QCOMPARE(h.count(QStringLiteral("GET"), QStringLiteral("/employees")), 4);
}

void tst_EmployeeRegisterClient::transientFailuresRetried_data()
{
    QTest::addColumn<int>("drops");
    QTest::addColumn<int>("rateLimits");
    QTest::addColumn<int>("serverErrors");
    QTest::addColumn<int>("serverStatus");
    QTest::addColumn<QString>("serverMessage");
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("waits"); // the client's own retries
    QTest::addColumn<QString>("error"); // %1: the time of the last attempt; empty: read

    // Qt itself sends a GET again, once, when a kept-alive connection closes without an
    // answer: a drop costs one request more than the client's own attempts.
    QTest::newRow("2x503 then the register")
            << 0 << 0 << 2 << 503 << QString() << 3 << 2 << QString();
    QTest::newRow("429 then the register")
            << 0 << 1 << 0 << 503 << QString() << 2 << 1 << QString();
    QTest::newRow("dropped twice then the register")
            << 2 << 0 << 0 << 503 << QString() << 3 << 1 << QString();
    QTest::newRow("500 every time")
            << 0 << 0 << 100 << 500 << QString() << 3 << 2
            << u"Ditio's employee register could not be read: the server answered 500 Internal "
               u"Server Error 3 times (the last at %1). Try again later."_s;
    QTest::newRow("503 with Ditio's words in JSON")
            << 0 << 0 << 100 << 503 << u"The register is being rebuilt."_s << 3 << 2
            << u"Ditio's employee register could not be read: the server answered 503 Service "
               u"Unavailable 3 times (the last at %1) and said: The register is being rebuilt. "
               u"Try again later."_s;
    QTest::newRow("dropped every time")
            << 100 << 0 << 0 << 503 << QString() << 4 << 2
            << u"Ditio's employee register could not be read after 3 attempts (the last at %1): "
               u"Cannot reach 127.0.0.1:%2: the connection was closed before an answer came. Try "
               u"again later."_s;
    QTest::newRow("429 every time")
            << 0 << 100 << 0 << 503 << QString() << 3 << 2
            << u"Ditio's employee register could not be read: the server answered 429 Too Many "
               u"Requests 3 times (the last at %1) and said: Rate limit exceeded. Try again "
               u"later."_s;
}

void tst_EmployeeRegisterClient::transientFailuresRetried()
{
    QFETCH(int, drops);
    QFETCH(int, rateLimits);
    QFETCH(int, serverErrors);
    QFETCH(int, serverStatus);
    QFETCH(QString, serverMessage);
    QFETCH(int, requests);
    QFETCH(int, waits);
    QFETCH(QString, error);
    NetHarness h;
    auto behaviour = h.server.behaviour();
    behaviour.dropCount = drops;
    behaviour.rateLimitCount = rateLimits;
    behaviour.retryAfterSeconds = 2;
    behaviour.serverErrorCount = serverErrors;
    behaviour.serverErrorStatus = serverStatus;
    behaviour.serverErrorMessage = serverMessage;
    h.server.setBehaviour(behaviour);

    DitioTest::FakeUploadTimer timer;
    EmployeeRegisterClient reader(&h.client, &h.clock);
    RetryPolicy policy;
    policy.setMaxAttempts(3);
    reader.setRetryPolicy(policy);
    reader.setTimer(&timer);
    QSignalSpy spy(&reader, &EmployeeRegisterClient::finished);
    reader.read();
    QDeadlineTimer deadline(20000);
    while (spy.isEmpty() && !deadline.hasExpired()) {
        if (!timer.fireNext())
            spy.wait(20);
    }
    QCOMPARE(spy.size(), 1);
    const auto result = spy.at(0).at(0).value<EmployeeRegisterClient::Result>();
    const QString at = Test::startTime().toLocalTime().toString(u"HH:mm"_s);
    QCOMPARE(result.errorMessage,
             error.isEmpty()                   ? QString()
                     : error.contains(u"%2"_s) ? error.arg(at).arg(h.server.port())
                                               : error.arg(at));
    QCOMPARE(result.ok, error.isEmpty());
    QCOMPARE(result.employees.size(), error.isEmpty() ? 10 : 0);
    QCOMPARE(h.count(u"GET"_s, u"/employees"_s), requests);
    // One wait before each attempt after the first; a 429's Retry-After is honoured.
    QCOMPARE(timer.delays.size(), waits);
    if (rateLimits > 0)
        QVERIFY(timer.delays.first() >= 2000);
}

QTEST_GUILESS_MAIN(tst_EmployeeRegisterClient)
#include "tst_employeeregisterclient.moc"
