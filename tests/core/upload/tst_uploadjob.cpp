// UploadJob against a scripted endpoint, a fixed clock and a fake timer: every answer Ditio
// can give, and every way a run can end, with the exact row states a user then sees.

#include "fakeendpoint.h"
#include "fakeuploadtimer.h"
#include "testhelpers.h"
#include "upload/uploadjob.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Ditio;
using namespace DitioTest;
using namespace Qt::StringLiterals;

namespace {

using Responder = std::function<EndpointReply(const QByteArray &body)>;

const QByteArray namelessBody =
        R"({"error":"ValidationError","message":"One or more certificates are invalid."})";

QList<CertificateRow> validRows(int count, int first = 1000)
{
    QList<CertificateRow> rows;
    for (int i = 0; i < count; ++i)
        rows.append(validRow(QString::number(first + i)));
    return rows;
}

RetryPolicy policyDrawing(double fraction)
{
    RetryPolicy policy;
    policy.setRandomSource([fraction] { return fraction; });
    return policy;
}

// A table, the fakes and a job over them.
struct Harness
{
    explicit Harness(const QList<CertificateRow> &rows, UploadJob::Options options = {})
        : clock(fixedNow())
    {
        model.setClock(&clock);
        model.setRows(rows);
        job = std::make_unique<UploadJob>(&model, &endpoint, &timer, &clock);
        job->setOptions(options);
        job->setRetryPolicy(policyDrawing(1.0));
        job->setEnvironmentTitle(QStringLiteral("Ditio (test)"));
    }

    // Answers every request with responder and fires every wait, until the run ends.
    void drive(const Responder &responder)
    {
        for (int guard = 0; guard < 100000 && job->isRunning(); ++guard) {
            if (FakeRequest *request = endpoint.firstOpen())
                request->answer(responder(request->body));
            else if (!timer.fireNext())
                break;
        }
    }

    QString state(int row) const
    {
        const CertificateRow &r = model.row(row);
        QString text = uploadStateKey(r.uploadState);
        if (!r.uploadMessage.isEmpty())
            text += QStringLiteral(": ") + r.uploadMessage;
        if (r.uploadedAt.isValid())
            text += QStringLiteral(" @ ") + r.uploadedAt.toUTC().toString(Qt::ISODate);
        return text;
    }
    QStringList states() const
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list.append(state(row));
        return list;
    }
    // "uploaded 98, rejected 2"
    QString stateCounts() const
    {
        QMap<QString, int> counts;
        for (int row = 0; row < model.rowCount(); ++row)
            ++counts[uploadStateKey(model.row(row).uploadState)];
        QStringList parts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
        return parts.join(QStringLiteral(", "));
    }
    QStringList sentNumbers(int request) const
    {
        return FakeEndpoint::employeeNumbers(endpoint.bodies.at(request));
    }

    FixedClock clock;
    CertificateTableModel model;
    FakeEndpoint endpoint;
    FakeUploadTimer timer;
    std::unique_ptr<UploadJob> job;
};

const QString uploadedNow = QStringLiteral("uploaded @ 2026-11-28T12:00:00Z");
const QString cancelledText =
        QStringLiteral("unconfirmed: Cancelled before Ditio answered; safe to send again.");

int ceilLog2(int n)
{
    return int(std::ceil(std::log2(double(n))));
}

} // namespace

class TestUploadJob : public QObject
{
    Q_OBJECT

private slots:
    void successAnyBody_data();
    void successAnyBody();
    void rowsWithErrorsAreNeverSent();
    void explicitRowsSkipErrors();
    void batchesOfHundredTwoInFlight();
    void aboutToSendComesBeforeTheRequest();
    void refusalNamingRows_data();
    void refusalNamingRows();
    void refusalNamingASharedEmployeeNumber();
    void bisection_data();
    void bisection();
    void otherClientErrors_data();
    void otherClientErrors();
    void unexpectedStatusStopsTheRun_data();
    void unexpectedStatusStopsTheRun();
    void retryAfterIsHonouredAndCapped_data();
    void retryAfterIsHonouredAndCapped();
    void serverErrorsEndUnconfirmed();
    void failingBatchesInARowStopTheRun();
    void successResetsTheFailureCount();
    void transientThenSuccess();
    void fatalStopsAtOnce();
    void cancelDuringRequest();
    void cancelDuringBackoff();
    void rowEditedInFlight();
    void rowRemovedOrInsertedInFlight();
    void startWhileRunningIsRefused();
    void sendAgainSendsOnlyRowsNotUploaded();
    void nothingToSend();
    void destroyedMidRunLeavesNoRowSending();
    void rowEditedWhileWaitingIsSentWithNewContent();
    void summaryText();
};

void TestUploadJob::successAnyBody_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("200 JSON") << 200 << QByteArray(R"({"received":3,"created":3,"updated":0})");
    QTest::newRow("200 empty") << 200 << QByteArray();
    QTest::newRow("201 text") << 201 << QByteArray("OK");
    QTest::newRow("201 JSON array") << 201 << QByteArray("[]");
    QTest::newRow("204 empty") << 204 << QByteArray();
}

void TestUploadJob::successAnyBody()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);

    Harness h(validRows(3));
    QSignalSpy finished(h.job.get(), &UploadJob::finished);
    QSignalSpy progress(h.job.get(), &UploadJob::progress);
    QVERIFY(h.job->start());
    QVERIFY(h.job->isRunning());
    QCOMPARE(h.states(), QStringList(3, QStringLiteral("sending")));
    QCOMPARE(h.endpoint.bodies.size(), 1);
    QCOMPARE(h.sentNumbers(0), (QStringList {u"1000"_s, u"1001"_s, u"1002"_s}));

    h.endpoint.firstOpen()->answer(FakeEndpoint::answered(status, body));
    QCOMPARE(h.states(), QStringList(3, uploadedNow));
    QVERIFY(!h.job->isRunning());
    QCOMPARE(finished.size(), 1);
    const auto summary = finished.first().first().value<UploadSummary>();
    QCOMPARE(summary.uploaded, 3);
    QCOMPARE(summary.requests, 1);
    QCOMPARE(summary.rowsSent, 3);
    QVERIFY(summary.complete());
    QCOMPARE(progress.first(), (QList<QVariant> {0, 3}));
    QCOMPARE(progress.last(), (QList<QVariant> {3, 3}));
}

void TestUploadJob::rowsWithErrorsAreNeverSent()
{
    QList<CertificateRow> rows = validRows(4);
    rows[1] = makeRow(QString(), QStringLiteral("Byggekort"), {}, QStringLiteral("15.01.2026"),
                      QStringLiteral("15.01.2030")); // no employee number
    rows[3] = makeRow(QStringLiteral("1003"), QStringLiteral("Byggekort"), {},
                      QStringLiteral("31.02.2026"), QStringLiteral("15.01.2030")); // no such date
    Harness h(rows);
    QVERIFY(h.model.rowHasErrors(1));
    QVERIFY(h.model.rowHasErrors(3));
    QVERIFY(h.job->start());
    h.drive([](const QByteArray &) { return FakeEndpoint::answered(200); });
    QCOMPARE(h.endpoint.bodies.size(), 1);
    QCOMPARE(h.sentNumbers(0), (QStringList {u"1000"_s, u"1002"_s}));
    QCOMPARE(h.states(), (QStringList {uploadedNow, u"not-sent"_s, uploadedNow, u"not-sent"_s}));
    QCOMPARE(h.job->summary().skippedInvalid, 2);
    QCOMPARE(h.job->summary().rowsToSend, 2);
}

void TestUploadJob::explicitRowsSkipErrors()
{
    QList<CertificateRow> rows = validRows(5);
    rows[2].setText(Field::IssuedDate, QStringLiteral("31.02.2026"));
    rows[4].uploadState = UploadState::Uploaded; // a selection may resend an uploaded row
    Harness h(rows);
    QVERIFY(h.job->start({4, 2, 1, 1, 17}));
    h.drive([](const QByteArray &) { return FakeEndpoint::answered(200); });
    QCOMPARE(h.endpoint.bodies.size(), 1);
    QCOMPARE(h.sentNumbers(0), (QStringList {u"1001"_s, u"1004"_s}));
    QCOMPARE(h.states(),
             (QStringList {u"not-sent"_s, uploadedNow, u"not-sent"_s, u"not-sent"_s, uploadedNow}));
    QCOMPARE(h.job->summary().skippedInvalid, 1);
}

void TestUploadJob::batchesOfHundredTwoInFlight()
{
    Harness h(validRows(250));
    QVERIFY(h.job->start());
    QCOMPARE(h.endpoint.openRequests().size(), 2);
    QCOMPARE(h.sentNumbers(0).size(), 100);
    QCOMPARE(h.sentNumbers(1).size(), 100);
    QCOMPARE(h.sentNumbers(0).first(), QStringLiteral("1000"));
    QCOMPARE(h.sentNumbers(1).first(), QStringLiteral("1100"));
    QCOMPARE(h.stateCounts(), QStringLiteral("not-sent 50, sending 200"));

    h.endpoint.requests.at(1)->answer(FakeEndpoint::answered(200));
    QCOMPARE(h.endpoint.openRequests().size(), 2);
    QCOMPARE(h.sentNumbers(2).size(), 50);
    QCOMPARE(h.sentNumbers(2).first(), QStringLiteral("1200"));
    QCOMPARE(h.stateCounts(), QStringLiteral("sending 150, uploaded 100"));

    h.drive([](const QByteArray &) { return FakeEndpoint::answered(201); });
    QCOMPARE(h.endpoint.bodies.size(), 3);
    QCOMPARE(h.stateCounts(), QStringLiteral("uploaded 250"));
}

void TestUploadJob::aboutToSendComesBeforeTheRequest()
{
    Harness h(validRows(3), {2, 2, 5, 3});
    QStringList seen;
    connect(h.job.get(), &UploadJob::aboutToSend, this, [&](const QList<int> &rows) {
        QStringList states;
        for (int row : rows)
            states.append(QString::number(row) + u' ' + h.state(row));
        seen.append(states.join(QStringLiteral(", "))
                    + QStringLiteral(" / requests %1").arg(h.endpoint.bodies.size()));
    });
    QVERIFY(h.job->start());
    QCOMPARE(seen,
             (QStringList {u"0 sending, 1 sending / requests 0"_s, u"2 sending / requests 1"_s}));
}

void TestUploadJob::refusalNamingRows_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");

    QTest::newRow("400 problem details, index")
            << 400
            << QByteArray(
                       R"({"title":"One or more validation errors occurred.","status":400,"errors":{"[2].EmployeeNumber":["The employee number does not match an existing user."]}})")
            << QStringLiteral("The employee number does not match an existing user.");
    QTest::newRow("400 plain, employee number")
            << 400
            << QByteArray(
                       R"({"error":"ValidationError","message":"Employee number 1002 does not match an existing user."})")
            << QStringLiteral("Employee number 1002 does not match an existing user.");
    QTest::newRow("400 Norwegian text")
            << 400 << QStringLiteral("Ansattnummer 1002 finnes ikke. Velg fra listen").toUtf8()
            << QStringLiteral("Ansattnummer 1002 finnes ikke. Velg fra listen");
    QTest::newRow("422 errors list")
            << 422
            << QByteArray(
                       R"({"message":"Validation failed","errors":[{"field":"EmployeeNumber","message":"Employee number 1002 is unknown."}]})")
            << QStringLiteral("Employee number 1002 is unknown.");
}

void TestUploadJob::refusalNamingRows()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);

    Harness h(validRows(5));
    QVERIFY(h.job->start());
    h.endpoint.firstOpen()->answer(FakeEndpoint::answered(status, body));
    QCOMPARE(h.endpoint.bodies.size(), 2);
    QCOMPARE(h.sentNumbers(1), (QStringList {u"1000"_s, u"1001"_s, u"1003"_s, u"1004"_s}));
    h.endpoint.firstOpen()->answer(FakeEndpoint::answered(200));
    QCOMPARE(h.states(),
             (QStringList {uploadedNow, uploadedNow, u"rejected: "_s + message, uploadedNow,
                           uploadedNow}));
    QCOMPARE(h.job->summary().rejected, 1);
    QCOMPARE(h.job->summary().requests, 2);
}

void TestUploadJob::refusalNamingASharedEmployeeNumber()
{
    // 1001 has two certificates; the body names 1001 but means only one of them.
    QList<CertificateRow> rows = validRows(4);
    rows[3] = validRow(QStringLiteral("1001"), QStringLiteral("HMS-kort"));
    rows[3].setText(Field::IssuedDate, QStringLiteral("15.01.2025"));
    Harness h(rows);
    QVERIFY(h.job->start());
    const QByteArray body =
            "Employee number 1001: IssuedDateTime must be before ValidUntilDateTime.";
    h.endpoint.firstOpen()->answer(FakeEndpoint::answered(400, body));
    // Each 1001 row alone, then the rest.
    QCOMPARE(h.endpoint.bodies.size(), 3);
    QCOMPARE(h.sentNumbers(1), QStringList {u"1001"_s});
    QCOMPARE(h.sentNumbers(2), QStringList {u"1001"_s});
    h.endpoint.requests.at(1)->answer(FakeEndpoint::answered(200));
    h.endpoint.requests.at(2)->answer(FakeEndpoint::answered(400, body));
    h.drive([](const QByteArray &) { return FakeEndpoint::answered(200); });
    QCOMPARE(h.sentNumbers(3), (QStringList {u"1000"_s, u"1002"_s}));
    QCOMPARE(h.states(),
             (QStringList {uploadedNow, uploadedNow, uploadedNow,
                           u"rejected: "_s + QString::fromUtf8(body)}));
}

void TestUploadJob::bisection_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<QList<int>>("bad");
    QTest::addColumn<int>("expectedRequests"); // 0: only the bound is checked

    // 100 -> 50 -> 25 -> 12/13 -> 6/7 -> 3/3 -> 1/2: two requests per level, plus the first.
    QTest::newRow("1 bad of 100") << 100 << QList<int> {37} << 13;
    QTest::newRow("first of 100") << 100 << QList<int> {0} << 13;
    QTest::newRow("last of 100") << 100 << QList<int> {99} << 15;
    QTest::newRow("2 bad of 100") << 100 << QList<int> {10, 80} << 0;
    QTest::newRow("2 bad side by side") << 100 << QList<int> {50, 51} << 0;
    QTest::newRow("5 bad of 100") << 100 << QList<int> {3, 17, 45, 46, 90} << 0;
    QTest::newRow("all 4 bad") << 4 << QList<int> {0, 1, 2, 3} << 7;
    QTest::newRow("1 row, bad") << 1 << QList<int> {0} << 1;
}

void TestUploadJob::bisection()
{
    QFETCH(int, rows);
    QFETCH(QList<int>, bad);
    QFETCH(int, expectedRequests);

    QStringList badNumbers;
    for (int row : bad)
        badNumbers.append(QString::number(1000 + row));
    Harness h(validRows(rows));
    QVERIFY(h.job->start());
    h.drive([&](const QByteArray &body) {
        for (const QString &number : FakeEndpoint::employeeNumbers(body)) {
            if (badNumbers.contains(number))
                return FakeEndpoint::answered(400, namelessBody);
        }
        return FakeEndpoint::answered(200);
    });

    QVERIFY(!h.job->isRunning());
    for (int row = 0; row < rows; ++row) {
        const QString expected = bad.contains(row)
                ? QStringLiteral("rejected: One or more certificates are invalid.")
                : uploadedNow;
        QCOMPARE(h.state(row), expected);
    }
    const int requests = h.job->summary().requests;
    QCOMPARE(h.endpoint.bodies.size(), requests);
    // The bound: each bad row costs at most two requests per halving.
    const int bound = 1 + 2 * int(bad.size()) * ceilLog2(qMax(2, rows));
    QVERIFY2(requests <= bound, qPrintable(QStringLiteral("%1 > %2").arg(requests).arg(bound)));
    if (expectedRequests > 0)
        QCOMPARE(requests, expectedRequests);
    QCOMPARE(h.job->summary().rejected, int(bad.size()));
    QCOMPARE(h.job->summary().uploaded, rows - int(bad.size()));
}

void TestUploadJob::otherClientErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("states");
    QTest::addColumn<int>("requests");

    QTest::newRow("404")
            << 404 << QByteArray(R"({"error":"NotFound"})")
            << QStringList(2, u"rejected: Ditio refused the request (HTTP 404): NotFound"_s) << 1;
    QTest::newRow("409 text") << 409 << QByteArray("Conflict with another upload")
                              << QStringList(2,
                                             u"rejected: Ditio refused the request (HTTP 409): "_s
                                             u"Conflict with another upload"_s)
                              << 1;
    QTest::newRow("410 empty") << 410 << QByteArray()
                               << QStringList(2,
                                              u"rejected: Ditio refused the request (HTTP 410)."_s)
                               << 1;
    // 413 for every size: split down to single rows, each then rejected.
    QTest::newRow("413")
            << 413 << QByteArray()
            << QStringList(2, u"rejected: Ditio refused this row as too large (HTTP 413)."_s) << 3;
}

void TestUploadJob::otherClientErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, states);
    QFETCH(int, requests);

    Harness h(validRows(2));
    QVERIFY(h.job->start());
    h.drive([&](const QByteArray &) { return FakeEndpoint::answered(status, body); });
    QCOMPARE(h.states(), states);
    QCOMPARE(h.endpoint.bodies.size(), requests);
}

void TestUploadJob::unexpectedStatusStopsTheRun_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("401") << 401;
    QTest::newRow("403") << 403;
    QTest::newRow("302") << 302;
    QTest::newRow("100") << 100;
}

// The endpoint renews tokens and refuses redirects itself; if one still shows, every further
// request would fail the same way.
void TestUploadJob::unexpectedStatusStopsTheRun()
{
    QFETCH(int, status);

    Harness h(validRows(300));
    QVERIFY(h.job->start());
    h.endpoint.firstOpen()->answer(FakeEndpoint::answered(status));
    QVERIFY(!h.job->isRunning());
    QVERIFY(h.endpoint.requests.at(1)->aborted);
    QCOMPARE(h.endpoint.bodies.size(), 2);
    const QString reason =
            u"Ditio answered with HTTP status %1, which the upload cannot handle."_s.arg(status);
    QCOMPARE(h.job->summary().stopReason, reason);
    QCOMPARE(h.state(0),
             u"unconfirmed: Not confirmed: Ditio answered with HTTP status %1, which the upload "
             "cannot handle; safe to send again."_s.arg(status));
    QCOMPARE(h.stateCounts(), u"not-sent 100, unconfirmed 200"_s);
}

void TestUploadJob::retryAfterIsHonouredAndCapped_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<qint64>("delay");
    QTest::addColumn<QString>("status");

    QTest::newRow("seconds") << QByteArray("12") << qint64(12000)
                             << QStringLiteral(
                                        "Ditio asked to wait 12 s (429); retrying at 13:00:12");
    QTest::newRow("date") << QByteArray("Sat, 28 Nov 2026 12:00:20 GMT") << qint64(20000)
                          << QStringLiteral("Ditio asked to wait 20 s (429); retrying at 13:00:20");
    QTest::newRow("an hour, capped")
            << QByteArray("3600") << qint64(60000)
            << QStringLiteral("Ditio asked to wait 60 s (429); retrying at 13:01:00");
    QTest::newRow("none: backoff")
            << QByteArray() << qint64(0)
            << QStringLiteral("Ditio asked to wait (429); retry 2 of 5 in 0 s");
}

void TestUploadJob::retryAfterIsHonouredAndCapped()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(qint64, delay);
    QFETCH(QString, status);

    Harness h(validRows(2));
    h.job->setRetryPolicy(policyDrawing(0.0)); // the backoff alone would not wait at all
    QSignalSpy statuses(h.job.get(), &UploadJob::statusChanged);
    QVERIFY(h.job->start());
    h.endpoint.firstOpen()->answer(FakeEndpoint::answered(429, {}, retryAfter));
    QCOMPARE(h.timer.delays, QList<qint64> {delay});
    QCOMPARE(statuses.last().first().toString(), status);
    QCOMPARE(h.states(), QStringList(2, u"sending"_s));
    QCOMPARE(h.endpoint.openRequests().size(), 0);

    QVERIFY(h.timer.fireNext());
    QCOMPARE(h.endpoint.bodies.size(), 2);
    QCOMPARE(h.endpoint.bodies.at(1), h.endpoint.bodies.at(0));
    h.endpoint.firstOpen()->answer(FakeEndpoint::answered(200));
    QCOMPARE(h.states(), QStringList(2, uploadedNow));
}

void TestUploadJob::serverErrorsEndUnconfirmed()
{
    Harness h(validRows(2));
    QSignalSpy statuses(h.job.get(), &UploadJob::statusChanged);
    QVERIFY(h.job->start());
    h.drive([](const QByteArray &) { return FakeEndpoint::answered(503, "Service Unavailable"); });
    QCOMPARE(h.endpoint.bodies.size(), 5);
    QCOMPARE(h.timer.delays, (QList<qint64> {1000, 2000, 4000, 8000}));
    QCOMPARE(statuses.at(0).first().toString(), QStringLiteral("Sending to Ditio (test)…"));
    QCOMPARE(statuses.at(1).first().toString(),
             QStringLiteral("Ditio answered HTTP 503; retry 2 of 5 in 1 s"));
    QCOMPARE(statuses.at(4).first().toString(),
             QStringLiteral("Ditio answered HTTP 503; retry 5 of 5 in 8 s"));
    QCOMPARE(h.states(),
             QStringList(2,
                         u"unconfirmed: Not confirmed after 5 attempts: Ditio answered HTTP "_s
                         u"503; safe to send again."_s));
    QCOMPARE(h.job->summary().unconfirmed, 2);
    QVERIFY(h.job->summary().stopReason.isEmpty());
}

void TestUploadJob::failingBatchesInARowStopTheRun()
{
    Harness h(validRows(500), {100, 1, 5, 3});
    QVERIFY(h.job->start());
    h.drive([](const QByteArray &) { return FakeEndpoint::answered(502); });
    QVERIFY(!h.job->isRunning());
    QCOMPARE(h.endpoint.bodies.size(), 15);
    const UploadSummary summary = h.job->summary();
    QCOMPARE(summary.stopReason,
             QStringLiteral("3 batches in a row were not confirmed after 5 attempts each. Last "
                            "problem: Ditio answered HTTP 502."));
    QCOMPARE(summary.unconfirmed, 300);
    QCOMPARE(summary.notSent, 200);
    QCOMPARE(h.stateCounts(), QStringLiteral("not-sent 200, unconfirmed 300"));
    QCOMPARE(h.state(299),
             QStringLiteral("unconfirmed: Not confirmed after 5 attempts: Ditio "
                            "answered HTTP 502; safe to send again."));
    QCOMPARE(h.state(300), QStringLiteral("not-sent"));
}

void TestUploadJob::successResetsTheFailureCount()
{
    // Failing, good, failing, failing: never three failed batches in a row.
    Harness h(validRows(4), {1, 1, 1, 3});
    QVERIFY(h.job->start());
    h.drive([](const QByteArray &body) {
        return FakeEndpoint::employeeNumbers(body).first() == QStringLiteral("1001")
                ? FakeEndpoint::answered(200)
                : FakeEndpoint::transient(QStringLiteral("Cannot reach core-api.ditio.dev."));
    });
    QCOMPARE(h.states(),
             (QStringList {u"unconfirmed: Not confirmed after 1 attempts: Cannot reach "_s
                           u"core-api.ditio.dev; safe to send again."_s,
                           uploadedNow,
                           u"unconfirmed: Not confirmed after 1 attempts: Cannot reach "_s
                           u"core-api.ditio.dev; safe to send again."_s,
                           u"unconfirmed: Not confirmed after 1 attempts: Cannot reach "_s
                           u"core-api.ditio.dev; safe to send again."_s}));
    QVERIFY(h.job->summary().stopReason.isEmpty());
}

void TestUploadJob::transientThenSuccess()
{
    Harness h(validRows(3));
    QSignalSpy statuses(h.job.get(), &UploadJob::statusChanged);
    QVERIFY(h.job->start());
    h.endpoint.firstOpen()->answer(FakeEndpoint::transient(
            QStringLiteral("Cannot reach core-api.ditio.dev: Connection refused.")));
    QCOMPARE(statuses.last().first().toString(),
             QStringLiteral("Cannot reach core-api.ditio.dev: Connection refused; retry 2 of 5 "
                            "in 1 s"));
    QCOMPARE(h.states(), QStringList(3, u"sending"_s));
    QVERIFY(h.timer.fireNext());
    h.endpoint.firstOpen()->answer(FakeEndpoint::answered(200));
    QCOMPARE(h.states(), QStringList(3, uploadedNow));
    QCOMPARE(h.job->summary().requests, 2);
}

void TestUploadJob::fatalStopsAtOnce()
{
    Harness h(validRows(300));
    QSignalSpy finished(h.job.get(), &UploadJob::finished);
    QVERIFY(h.job->start());
    QCOMPARE(h.endpoint.openRequests().size(), 2);
    const QString reason = QStringLiteral(
            "Ditio refused the API client: it is disabled, expired or lacks the ditioapiv3 scope.");
    h.endpoint.requests.at(0)->answer(FakeEndpoint::fatal(reason));
    QVERIFY(!h.job->isRunning());
    QCOMPARE(finished.size(), 1);
    QVERIFY(h.endpoint.requests.at(1)->aborted);
    QCOMPARE(h.endpoint.bodies.size(), 2);
    const QString unconfirmed = QStringLiteral(
            "unconfirmed: Not confirmed: Ditio refused the API client: it is disabled, expired "
            "or lacks the ditioapiv3 scope; safe to send again.");
    QCOMPARE(h.state(0), unconfirmed);
    QCOMPARE(h.state(199), unconfirmed);
    QCOMPARE(h.state(200), QStringLiteral("not-sent"));
    QCOMPARE(h.stateCounts(), QStringLiteral("not-sent 100, unconfirmed 200"));
    QCOMPARE(h.job->summary().stopReason, reason);
    h.timer.fireNext();
    QCOMPARE(h.endpoint.bodies.size(), 2);
}

void TestUploadJob::cancelDuringRequest()
{
    Harness h(validRows(150));
    QSignalSpy finished(h.job.get(), &UploadJob::finished);
    QVERIFY(h.job->start());
    h.endpoint.requests.at(1)->answer(FakeEndpoint::answered(200));
    h.job->cancel();
    QVERIFY(!h.job->isRunning());
    QCOMPARE(finished.size(), 1);
    QVERIFY(h.endpoint.requests.at(0)->aborted);
    QCOMPARE(h.endpoint.bodies.size(), 2);
    QCOMPARE(h.state(0), cancelledText);
    QCOMPARE(h.state(99), cancelledText);
    QCOMPARE(h.state(100), uploadedNow);
    const UploadSummary summary = finished.first().first().value<UploadSummary>();
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.unconfirmed, 100);
    QCOMPARE(summary.uploaded, 50);
    h.job->cancel(); // harmless
    QCOMPARE(finished.size(), 1);
}

void TestUploadJob::cancelDuringBackoff()
{
    Harness h(validRows(2));
    QVERIFY(h.job->start());
    h.endpoint.firstOpen()->answer(FakeEndpoint::answered(500));
    QCOMPARE(h.timer.pending.size(), 1);
    h.job->cancel();
    QCOMPARE(h.timer.pending.size(), 0);
    QCOMPARE(h.timer.cancelled, 1);
    QCOMPARE(h.states(), QStringList(2, cancelledText));
    QVERIFY(!h.timer.fireNext());
    QCOMPARE(h.endpoint.bodies.size(), 1);
}

void TestUploadJob::rowEditedInFlight()
{
    Harness h(validRows(3));
    QVERIFY(h.job->start());
    h.model.setCellText(1, Field::CertificateNumber, QStringLiteral("BK-NEW"));
    QCOMPARE(h.state(1), QStringLiteral("sending"));
    h.endpoint.firstOpen()->answer(FakeEndpoint::answered(200));
    QCOMPARE(h.states(),
             (QStringList {uploadedNow, u"not-sent: Edited while being sent; send it again."_s,
                           uploadedNow}));
    QCOMPARE(h.job->summary().notSent, 1);

    // Sending again sends the new content.
    QVERIFY(h.job->start());
    QCOMPARE(h.endpoint.bodies.size(), 2);
    QVERIFY(h.endpoint.bodies.at(1).contains("BK-NEW"));
    QCOMPARE(h.sentNumbers(1), QStringList {u"1001"_s});
}

void TestUploadJob::rowRemovedOrInsertedInFlight()
{
    Harness h(validRows(4));
    QVERIFY(h.job->start());
    h.model.takeRows(1, 1); // 1001 gone
    h.model.insertCertificateRows(0, {validRow(QStringLiteral("2000"))});
    h.endpoint.firstOpen()->answer(FakeEndpoint::answered(204));
    QCOMPARE(h.states(), (QStringList {u"not-sent"_s, uploadedNow, uploadedNow, uploadedNow}));
    QCOMPARE(h.model.text(0, Field::EmployeeNumber), QStringLiteral("2000"));
    QCOMPARE(h.job->summary().removed, 1);
    QCOMPARE(h.job->summary().uploaded, 3);
}

void TestUploadJob::startWhileRunningIsRefused()
{
    Harness h(validRows(3));
    QVERIFY(h.job->start());
    QVERIFY(!h.job->start());
    QVERIFY(!h.job->start({0}));
    QCOMPARE(h.endpoint.bodies.size(), 1);
    h.drive([](const QByteArray &) { return FakeEndpoint::answered(200); });
    QCOMPARE(h.endpoint.bodies.size(), 1);
}

void TestUploadJob::sendAgainSendsOnlyRowsNotUploaded()
{
    Harness h(validRows(6), {2, 1, 1, 3});
    QVERIFY(h.job->start());
    // 1001 rejected, 1002 and 1003 never answered, the rest uploaded.
    h.drive([](const QByteArray &body) {
        const QStringList numbers = FakeEndpoint::employeeNumbers(body);
        if (numbers.contains(QStringLiteral("1001")))
            return FakeEndpoint::answered(400, "Employee number 1001 is unknown");
        if (numbers.contains(QStringLiteral("1002")))
            return FakeEndpoint::transient(QStringLiteral("Timed out."));
        return FakeEndpoint::answered(200);
    });
    QCOMPARE(
            h.states(),
            (QStringList {uploadedNow, u"rejected: Employee number 1001 is unknown"_s,
                          u"unconfirmed: Not confirmed after 1 attempts: Timed out; safe to send "_s
                          u"again."_s,
                          u"unconfirmed: Not confirmed after 1 attempts: Timed out; safe to send "_s
                          u"again."_s,
                          uploadedNow, uploadedNow}));
    const qsizetype before = h.endpoint.bodies.size();

    QVERIFY(h.job->start());
    h.drive([](const QByteArray &) { return FakeEndpoint::answered(200); });
    QStringList sent;
    for (qsizetype i = before; i < h.endpoint.bodies.size(); ++i)
        sent += h.sentNumbers(int(i));
    QCOMPARE(sent, (QStringList {u"1001"_s, u"1002"_s, u"1003"_s}));
    QCOMPARE(h.stateCounts(), QStringLiteral("uploaded 6"));
}

void TestUploadJob::nothingToSend()
{
    QList<CertificateRow> rows = validRows(2);
    rows[0].uploadState = UploadState::Uploaded;
    rows[1].setText(Field::EmployeeNumber, QString());
    Harness h(rows);
    QSignalSpy finished(h.job.get(), &UploadJob::finished);
    QVERIFY(h.job->start());
    QVERIFY(!h.job->isRunning());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(h.endpoint.bodies.size(), 0);
    QCOMPARE(h.job->summary().skippedInvalid, 1);
}

void TestUploadJob::destroyedMidRunLeavesNoRowSending()
{
    Harness h(validRows(150));
    QVERIFY(h.job->start());
    FakeRequest *first = h.endpoint.requests.at(0);
    h.job.reset();
    QVERIFY(first->aborted);
    QCOMPARE(h.stateCounts(), u"unconfirmed 150"_s);
    QCOMPARE(h.state(0), cancelledText);
}

void TestUploadJob::rowEditedWhileWaitingIsSentWithNewContent()
{
    Harness h(validRows(2));
    QVERIFY(h.job->start());
    h.endpoint.firstOpen()->answer(FakeEndpoint::answered(503));
    h.model.setCellText(0, Field::Notes, u"Fornyet"_s);
    QVERIFY(h.timer.fireNext());
    QVERIFY(h.endpoint.bodies.at(1).contains("Fornyet"));
    h.endpoint.firstOpen()->answer(FakeEndpoint::answered(200));
    QCOMPARE(h.states(), QStringList(2, uploadedNow));
}

void TestUploadJob::summaryText()
{
    QList<CertificateRow> rows = validRows(5);
    rows[4].setText(Field::EmployeeNumber, QString());
    Harness h(rows, {2, 2, 1, 3});
    QVERIFY(h.job->start());
    h.clock.setNow(fixedNow().addSecs(75));
    h.endpoint.firstOpen()->answer(FakeEndpoint::answered(400, "Employee number 1000 is unknown"));
    h.endpoint.firstOpen()->answer(FakeEndpoint::transient(QStringLiteral("Timed out.")));
    h.drive([](const QByteArray &) { return FakeEndpoint::answered(200); });
    const UploadSummary summary = h.job->summary();
    QCOMPARE(summary.text(),
             QStringLiteral("Upload to Ditio (test) finished: 1 uploaded, 1 rejected by Ditio, 2 "
                            "unconfirmed (safe to send again), 1 not sent because of errors. "
                            "Requests: 3; time: 1 min 15 s. Correct the rejected rows, then send "
                            "again."));
    QCOMPARE(summary.rows.size(), 3);
    QCOMPARE(summary.rows.at(0),
             (UploadSummary::RowResult {0, 0, u"1000"_s, u"Byggekort"_s, UploadState::Rejected,
                                        u"Employee number 1000 is unknown"_s}));
}

QTEST_GUILESS_MAIN(TestUploadJob)
#include "tst_uploadjob.moc"
