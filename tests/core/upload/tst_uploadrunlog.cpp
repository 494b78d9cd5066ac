// UploadRunLog: one JSON line per run with what a person checking an upload afterwards
// needs, and nothing secret.

#include "fakeendpoint.h"
#include "fakeuploadtimer.h"
#include "testhelpers.h"
#include "upload/uploadjob.h"
#include "upload/uploadrunlog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Ditio;
using namespace DitioTest;
using namespace Qt::StringLiterals;

class TestUploadRunLog : public QObject
{
    Q_OBJECT

private slots:
    void recordsARun();
    void appendsOneLinePerRun();
    void unwritableFileSaysWhere();
    void pathBesideWorkFile();

private:
    UploadSummary runOnce();
};

// Four rows from a spreadsheet: 1042 uploaded, 1052 rejected, 1044 unconfirmed (the
// token "leaks" into nothing: the job never sees one), a fifth row with errors skipped.
UploadSummary TestUploadRunLog::runOnce()
{
    FixedClock clock(fixedNow());
    CertificateTableModel model;
    model.setClock(&clock);
    QList<CertificateRow> rows {validRow(u"1042"_s), validRow(u"1052"_s), validRow(u"1044"_s),
                                makeRow(u"1045"_s, u"Byggekort"_s)};
    for (int i = 0; i < rows.size(); ++i)
        rows[i].sourceRow = i + 2;
    model.setRows(rows);
    FakeEndpoint endpoint;
    FakeUploadTimer timer;
    UploadJob job(&model, &endpoint, &timer, &clock);
    job.setOptions({2, 1, 1, 3});
    job.setEnvironmentTitle(u"Ditio (test)"_s);
    job.start();
    clock.setNow(fixedNow().addSecs(3));
    endpoint.firstOpen()->answer(FakeEndpoint::answered(
            400,
            R"({"error":"ValidationError","message":"Employee number 1052 does not match an existing user."})"));
    endpoint.firstOpen()->answer(FakeEndpoint::answered(200));
    endpoint.firstOpen()->answer(FakeEndpoint::answered(503));
    return job.summary();
}

void TestUploadRunLog::recordsARun()
{
    const UploadSummary summary = runOnce();
    const QJsonObject record = QJsonDocument::fromJson(UploadRunLog::record(summary)).object();
    const QJsonObject expected = QJsonDocument::fromJson(R"json({
        "start": "2026-11-28T12:00:00.000Z",
        "end": "2026-11-28T12:00:03.000Z",
        "elapsedMs": 3000,
        "environment": "Ditio (test)",
        "rowsToSend": 3,
        "rowsSent": 3,
        "requests": 3,
        "cancelled": false,
        "counts": {"uploaded": 1, "rejected": 1, "unconfirmed": 1, "notSent": 0,
                   "skippedInvalid": 1, "removed": 0},
        "rows": [
            {"state": "rejected", "employeeNumber": "1052", "certificateType": "Byggekort",
             "sourceRow": 3, "tableRow": 2,
             "message": "Employee number 1052 does not match an existing user."},
            {"state": "unconfirmed", "employeeNumber": "1044", "certificateType": "Byggekort",
             "sourceRow": 4, "tableRow": 3,
             "message": "Not confirmed after 1 attempts: Ditio answered HTTP 503; safe to send again."}
        ]
})json")
                                         .object();
    QCOMPARE(record, expected);
}

void TestUploadRunLog::appendsOneLinePerRun()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"folder/work.ditiocerts.upload-log.jsonl"_s);
    const UploadRunLog log(path);
    UploadSummary stopped = runOnce();
    QString error;
    QVERIFY(log.append(stopped, &error));
    stopped.stopReason = u"Ditio refused the API client."_s;
    QVERIFY(log.append(stopped, &error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    const QList<QByteArray> lines = content.split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.last().isEmpty());
    QCOMPARE(lines.at(0), UploadRunLog::record(runOnce()));
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(u"stopReason"_s).toString(),
             u"Ditio refused the API client."_s);
    // Nothing secret: the log only ever sees a summary.
    for (const char *secret : {"Bearer", "access_token", "Authorization", "client_secret"})
        QVERIFY2(!content.contains(secret), secret);
}

void TestUploadRunLog::unwritableFileSaysWhere()
{
    QTemporaryDir dir;
    const UploadRunLog log(dir.path()); // a folder, not a file
    QString error;
    QVERIFY(!log.append(runOnce(), &error));
    QVERIFY2(error.startsWith(u"Cannot write the upload log "_s + dir.path()), qPrintable(error));
}

void TestUploadRunLog::pathBesideWorkFile()
{
    QCOMPARE(UploadRunLog::pathBesideWorkFile(u"/home/kari/sertifikater.ditiocerts"_s),
             u"/home/kari/sertifikater.ditiocerts.upload-log.jsonl"_s);
}

QTEST_GUILESS_MAIN(TestUploadRunLog)
#include "tst_uploadrunlog.moc"
