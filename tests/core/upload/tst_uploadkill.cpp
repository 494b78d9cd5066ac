// A process killed (SIGKILL) in the middle of an upload: on reopening its work file, no
// row is Uploaded that Ditio did not answer 2xx for, and the rows that were in flight are
// Unconfirmed (safe to send again), never Uploaded.

#include "sandboxserver.h"
#include "testhelpers.h"
#include "workfile/workfile.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ditio;
using namespace DitioTest;
using namespace Qt::StringLiterals;

class TestUploadKill : public QObject
{
    Q_OBJECT

private slots:
    void killedMidUploadLeavesNoFalseUploaded();
};

void TestUploadKill::killedMidUploadLeavesNoFalseUploaded()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"certificates.ditiocerts"_s);

    SandboxServer server;
    QList<SandboxServer::Employee> employees;
    WorkDocument document;
    for (int i = 0; i < 30; ++i) {
        const QString number = QString::number(2000 + i);
        employees.append({number, u"Test"_s, u"Person"_s});
        document.rows.append(validRow(number));
    }
    server.setEmployees(employees);
    SandboxServer::Behaviour behaviour;
    behaviour.delayMs = 400; // every answer: room to kill the child while one is in flight
    server.setBehaviour(behaviour);
    QVERIFY(server.listen());
    QVERIFY(WorkFile::write(path, document).ok());

    QProcess child;
    child.setProgram(QStringLiteral(DITIO_UPLOAD_CHILD));
    child.setArguments({path, server.apiBase().toString(), server.identityBase().toString(),
                        server.clientId(), u"sandbox-secret"_s});
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QByteArray output;
    connect(&child, &QProcess::readyReadStandardOutput, this,
            [&] { output += child.readAllStandardOutput(); });
    child.start();
    QVERIFY(child.waitForStarted(10000));

    // The second batch is on disk as Sending and its request has reached the sandbox,
    // which stores it at once and answers 400 ms later: kill before the answer arrives.
    int certificateRequests = 0;
    connect(&server, &SandboxServer::requestLogged, this,
            [&](const SandboxServer::LogEntry &entry) {
                if (entry.path.endsWith(u"/certificates"_s))
                    ++certificateRequests;
                if (certificateRequests == 2)
                    child.kill();
            });
    QTRY_VERIFY_WITH_TIMEOUT(child.state() == QProcess::NotRunning, 20000);
    QVERIFY2(output.contains("progress 10/30\nsending 2\n"), output.constData());
    QVERIFY(!output.contains("progress 20/30"));
    QCOMPARE(certificateRequests, 2);

    const WorkFile::ReadResult reopened = WorkFile::read(path);
    QVERIFY2(reopened.ok, qPrintable(reopened.errorString));
    const RowStore &rows = reopened.document.rows;
    QCOMPARE(rows.size(), 30);
    for (int i = 0; i < 30; ++i) {
        const UploadState expected = i < 10 ? UploadState::Uploaded
                : i < 20                    ? UploadState::Unconfirmed
                                            : UploadState::NotSent;
        QVERIFY2(rows.at(i).uploadState == expected,
                 qPrintable(u"row %1: %2"_s.arg(i).arg(uploadStateKey(rows.at(i).uploadState))));
    }
    // Ditio stored the second batch too: it is Unconfirmed, which is the truth as far as
    // the app could know, and sending it again is harmless.
    QCOMPARE(server.storeCount(), 20);
    QCOMPARE(server.requestLog().at(1).status, 200);
}

QTEST_GUILESS_MAIN(TestUploadKill)
#include "tst_uploadkill.moc"
