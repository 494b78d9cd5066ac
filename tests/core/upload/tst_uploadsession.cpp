// UploadSession against the stand-in Ditio on loopback, without the window or the command
// line: the chain both of them run (token, register, job, run log), as each of them runs it.

#include "model/certificatetablemodel.h"
#include "net/ditioenvironment.h"
#include "register/employeedirectory.h"
#include "sandboxserver.h"
#include "testhelpers.h"
#include "upload/uploadrunlog.h"
#include "upload/uploadsession.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ditio;
using namespace DitioTest;
using namespace Qt::StringLiterals;

namespace {

// Distinctive, so a search of the run log cannot find it by accident.
const QString Secret = u"uS-Secret-4d1c9e2b-never-logged"_s;

int requestsTo(const SandboxServer &server, const QString &pathPart)
{
    int count = 0;
    for (const SandboxServer::LogEntry &entry : server.requestLog())
        count += entry.path.contains(pathPart);
    return count;
}

QString state(const CertificateTableModel &model, int row)
{
    return uploadStateKey(model.row(row).uploadState);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestUploadSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void rowsUploadedAndRegisterReadOncePerEnvironment();
    void rejectedRowCarriesDitiosWords();
    void unknownEmployeeIsNeverSent();
    void selectedRowsOnly();
    void beforeSendingCanStopTheRun();
    void cancelDuringUploadLeavesRowsUnconfirmed();
    void cancelDuringRegisterSendsNothing();
    void unreadableRegister_data();
    void unreadableRegister();
    void registerRetriedAfterServerError();
    void wrongSecretFailsBeforeSending();
    void nothingToSendContactsNobody();
    void runLogAppendedWithoutSecrets();
    void knownTypesLearnedPerEnvironment();

private:
    void makeSession(UploadSession::Mode mode = UploadSession::Mode::Interactive);
    // upload() (or upload(ids)) and wait for finished(); false on failed() or a timeout.
    bool uploadAndWait(const QList<quint32> &ids = {});

    std::unique_ptr<QTemporaryDir> m_dir; // a folder of each test's own, for its run logs
    FixedClock m_clock {fixedNow()};
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<CertificateTableModel> m_model;
    std::unique_ptr<UploadSession> m_session;
};

void TestUploadSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUploadSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<SandboxServer>();
    m_server->setClientSecret(Secret);
    QVERIFY(m_server->listen());
    m_model = std::make_unique<CertificateTableModel>();
    m_model->setClock(&m_clock);
    // 1042-1045 are in the sandbox's register, 1052 is not.
    m_model->setRows({validRow(u"1042"_s), validRow(u"1043"_s, u"Truck"_s), validRow(u"1052"_s),
                      validRow(u"1044"_s), validRow(u"1045"_s, u"HMS-kort"_s)});
    makeSession();
}

void TestUploadSession::cleanup()
{
    m_session.reset();
    m_model.reset();
    m_server.reset();
    m_dir.reset();
}

void TestUploadSession::makeSession(UploadSession::Mode mode)
{
    m_session = std::make_unique<UploadSession>(m_model.get(), &m_clock);
    m_session->setMode(mode);
    m_session->setEnvironment(
            DitioEnvironment::sandbox(m_server->apiBase(), m_server->identityBase()));
    m_session->setClientCredentials(m_server->clientId(), Secret);
    m_session->setJobOptions({2, 2, 2, 3});
    RetryPolicy policy;
    policy.setBaseDelayMs(5);
    policy.setMaxDelayMs(20);
    m_session->setRetryPolicy(policy);
    m_session->setWorkFilePath([this] { return m_dir->filePath(u"work.ditiocerts"_s); });
}

bool TestUploadSession::uploadAndWait(const QList<quint32> &ids)
{
    QSignalSpy finished(m_session.get(), &UploadSession::finished);
    QSignalSpy failed(m_session.get(), &UploadSession::failed);
    if (ids.isEmpty())
        m_session->upload();
    else
        m_session->upload(ids);
    QDeadlineTimer deadline(20000);
    while (finished.isEmpty() && failed.isEmpty() && !deadline.hasExpired())
        QTest::qWait(5);
    return !finished.isEmpty();
}

void TestUploadSession::rowsUploadedAndRegisterReadOncePerEnvironment()
{
    QCOMPARE(m_session->environmentTitle(), u"Ditio (Sandbox)"_s);
    QSignalSpy registerRead(m_session.get(), &UploadSession::registerRead);
    QSignalSpy rowResults(m_session.get(), &UploadSession::rowResult);
    QSignalSpy aboutToSend(m_session.get(), &UploadSession::aboutToSend);
    QSignalSpy finished(m_session.get(), &UploadSession::finished);
    QVERIFY(uploadAndWait());

    QCOMPARE(registerRead.size(), 1);
    QCOMPARE(registerRead.first().first().toInt(), 10);
    QVERIFY(m_session->hasRegister());
    for (int row : {0, 1, 3, 4}) {
        QCOMPARE(state(*m_model, row), u"uploaded"_s);
        QCOMPARE(m_model->row(row).uploadedAt, fixedNow()); // the table's clock
        // The session's environment goes with the result.
        QCOMPARE(m_model->row(row).uploadedToKind(), DitioEnvironment::Kind::Sandbox);
        QCOMPARE(m_model->data(m_model->index(row, CertificateTableModel::StatusColumn)),
                 u"Uploaded to Sandbox %1"_s.arg(
                         fixedNow().toLocalTime().toString(u"dd.MM.yyyy HH:mm"_s)));
    }
    QCOMPARE(m_server->storeCount(), 4);
    const auto summary = finished.first().first().value<UploadSummary>();
    QCOMPARE(summary.environment, u"Ditio (Sandbox)"_s);
    QCOMPARE(summary.uploaded, 4);
    QCOMPARE(summary.skippedInvalid, 1);
    QCOMPARE(summary.requests, 2); // batches of 2
    QCOMPARE(m_session->lastSummary().uploaded, 4);
    QCOMPARE(aboutToSend.size(), 2);
    // Every row's result, as it went into the table.
    QCOMPARE(rowResults.size(), 4);
    for (const QList<QVariant> &result : std::as_const(rowResults)) {
        QCOMPARE(result.at(1).value<UploadState>(), UploadState::Uploaded);
        QCOMPARE(m_model->row(result.at(0).toInt()).uploadState, UploadState::Uploaded);
    }
    QVERIFY(!m_session->isBusy());

    // An edit makes a row NotSent again: the next run sends it, without the register.
    m_model->setCellText(1, Field::Notes, u"Kurs"_s);
    QCOMPARE(state(*m_model, 1), u"not-sent"_s);
    QVERIFY(uploadAndWait());
    QCOMPARE(requestsTo(*m_server, u"/employees"_s), 1);
    QCOMPARE(m_session->lastSummary().rowsToSend, 1);
    QCOMPARE(state(*m_model, 1), u"uploaded"_s);

    // Another environment (here: the same server again) has its own register.
    m_session->setEnvironment(
            DitioEnvironment::sandbox(m_server->apiBase(), m_server->identityBase()));
    QVERIFY(!m_session->hasRegister());
    QVERIFY(!m_model->employeeDirectory());
    QVERIFY(!m_session->hasCredentials()); // they belonged to the environment before
    m_session->setClientCredentials(m_server->clientId(), Secret);
    m_model->setCellText(3, Field::Notes, u"Kurs"_s);
    QVERIFY(uploadAndWait());
    QCOMPARE(requestsTo(*m_server, u"/employees"_s), 2);
    QCOMPARE(registerRead.size(), 2);
}

void TestUploadSession::rejectedRowCarriesDitiosWords()
{
    // The register is read while 1044 is in it; then 1044 leaves the company in Ditio.
    QSignalSpy registerRead(m_session.get(), &UploadSession::registerRead);
    m_session->readRegister();
    QVERIFY(m_session->isBusy());
    QVERIFY(registerRead.wait(10000));
    QVERIFY(!m_session->isBusy());
    QCOMPARE(requestsTo(*m_server, u"/certificates"_s), 0); // reading sends nothing
    QList<SandboxServer::Employee> employees = SandboxServer::defaultEmployees();
    employees.removeIf(
            [](const SandboxServer::Employee &e) { return e.employeeNumber == u"1044"; });
    m_server->setEmployees(employees);

    QSignalSpy rowResults(m_session.get(), &UploadSession::rowResult);
    QVERIFY(uploadAndWait());
    QCOMPARE(registerRead.size(), 1); // not read again
    QCOMPARE(state(*m_model, 3), u"rejected"_s);
    const QString message = m_model->row(3).uploadMessage;
    QVERIFY2(message.contains(u"Employee number 1044 does not match an existing user."_s),
             qPrintable(message));
    for (int row : {0, 1, 4})
        QCOMPARE(state(*m_model, row), u"uploaded"_s);
    QCOMPARE(m_session->lastSummary().rejected, 1);
    QCOMPARE(m_session->lastSummary().uploaded, 3);
    bool reported = false;
    for (const QList<QVariant> &result : std::as_const(rowResults)) {
        if (result.at(0).toInt() == 3) {
            QCOMPARE(result.at(1).value<UploadState>(), UploadState::Rejected);
            QCOMPARE(result.at(2).toString(), message);
            reported = true;
        }
    }
    QVERIFY(reported);
    QCOMPARE(m_server->storeCount(), 3);
}

void TestUploadSession::unknownEmployeeIsNeverSent()
{
    QVERIFY(!m_model->rowHasErrors(2)); // valid until the register is read
    QVERIFY(uploadAndWait());
    // The register made 1052 an error: it was never sent.
    QVERIFY(m_model->rowHasErrors(2));
    bool flagged = false;
    for (const Issue &issue : m_model->issues(2))
        flagged = flagged || issue.code == IssueCode::EmployeeNotInRegister;
    QVERIFY(flagged);
    QCOMPARE(state(*m_model, 2), u"not-sent"_s);
    QCOMPARE(m_session->lastSummary().skippedInvalid, 1);
    for (const SandboxServer::Certificate &certificate : m_server->certificates())
        QVERIFY(certificate.employeeNumber != u"1052"_s);
    int items = 0;
    for (const SandboxServer::LogEntry &entry : m_server->requestLog())
        items += entry.itemCount;
    QCOMPARE(items, 4);
}

void TestUploadSession::selectedRowsOnly()
{
    // Rows are named by id: they are found again after the register is read.
    const QList<quint32> ids {m_model->rowId(1), m_model->rowId(2), m_model->rowId(4)};
    m_model->insertCertificateRows(0, RowStore(1)); // the rows move while nothing has been sent yet
    QVERIFY(uploadAndWait(ids));
    QCOMPARE(state(*m_model, 2), u"uploaded"_s); // 1043
    QCOMPARE(state(*m_model, 3), u"not-sent"_s); // 1052: an error once the register is read
    QCOMPARE(state(*m_model, 5), u"uploaded"_s); // 1045
    QCOMPARE(state(*m_model, 1), u"not-sent"_s); // 1042: not selected
    QCOMPARE(m_session->lastSummary().rowsToSend, 2);
    QCOMPARE(m_session->lastSummary().skippedInvalid, 0); // left out before the job
    QCOMPARE(m_server->storeCount(), 2);
}

void TestUploadSession::beforeSendingCanStopTheRun()
{
    QList<int> asked;
    m_session->setBeforeSending([&asked](const QList<int> &rows) {
        asked = rows;
        return false; // the user said no
    });
    QSignalSpy finished(m_session.get(), &UploadSession::finished);
    QSignalSpy registerRead(m_session.get(), &UploadSession::registerRead);
    m_session->upload();
    QVERIFY(registerRead.wait(10000));
    QCOMPARE(asked, (QList<int> {0, 1, 3, 4})); // after the register: without 1052
    QVERIFY(!m_session->isBusy());
    QTest::qWait(50);
    QVERIFY(finished.isEmpty());
    QCOMPARE(requestsTo(*m_server, u"/certificates"_s), 0);
    QVERIFY(!QFile::exists(m_dir->filePath(u"work.ditiocerts.upload-log.jsonl"_s)));
}

void TestUploadSession::cancelDuringUploadLeavesRowsUnconfirmed()
{
    QSignalSpy registerRead(m_session.get(), &UploadSession::registerRead);
    m_session->readRegister();
    QVERIFY(registerRead.wait(10000));
    SandboxServer::Behaviour behaviour;
    behaviour.hang = true;
    m_server->setBehaviour(behaviour);
    m_session->setJobOptions({2, 1, 2, 3}); // one request at a time: rows 0 and 1 in flight

    QSignalSpy finished(m_session.get(), &UploadSession::finished);
    QSignalSpy cancelled(m_session.get(), &UploadSession::cancelled);
    QSignalSpy started(m_session.get(), &UploadSession::started);
    m_session->upload();
    QCOMPARE(started.size(), 1);
    QVERIFY(m_session->isUploading());
    QTRY_COMPARE_WITH_TIMEOUT(requestsTo(*m_server, u"/certificates"_s), 1, 5000);
    QCOMPARE(state(*m_model, 0), u"sending"_s);

    m_session->cancel();
    QCOMPARE(finished.size(), 1); // before cancel() returned
    QVERIFY(cancelled.isEmpty()); // that is for the checks before sending
    QVERIFY(!m_session->isBusy());
    const auto summary = finished.first().first().value<UploadSummary>();
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.uploaded, 0);
    QCOMPARE(summary.unconfirmed, 2);
    QCOMPARE(state(*m_model, 0), u"unconfirmed"_s);
    QCOMPARE(state(*m_model, 1), u"unconfirmed"_s);
    QCOMPARE(m_model->row(0).uploadMessage,
             u"Cancelled before Ditio answered; safe to send again."_s);
    for (int row : {2, 3, 4})
        QCOMPARE(state(*m_model, row), u"not-sent"_s);
    QTest::qWait(100);
    QCOMPARE(requestsTo(*m_server, u"/certificates"_s), 1); // nothing more went out
    // The cancelled run is in the log too.
    QVERIFY(QFile::exists(m_session->lastRunLogPath()));
}

void TestUploadSession::cancelDuringRegisterSendsNothing()
{
    SandboxServer::Behaviour behaviour;
    behaviour.hang = true;
    m_server->setBehaviour(behaviour);
    QSignalSpy started(m_session.get(), &UploadSession::registerReadStarted);
    QSignalSpy cancelled(m_session.get(), &UploadSession::cancelled);
    QSignalSpy finished(m_session.get(), &UploadSession::finished);
    QSignalSpy failed(m_session.get(), &UploadSession::failed);
    m_session->upload();
    QCOMPARE(started.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(requestsTo(*m_server, u"/employees"_s), 1, 5000);
    QVERIFY(m_session->isBusy());
    m_session->cancel();
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!m_session->isBusy());
    QTest::qWait(100);
    QVERIFY(finished.isEmpty());
    QVERIFY(failed.isEmpty());
    QVERIFY(!m_session->hasRegister());
    QCOMPARE(requestsTo(*m_server, u"/certificates"_s), 0);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(state(*m_model, row), u"not-sent"_s);
}

// A server error is retried with the session's backoff: the register is read at the second
// attempt, and the run goes on.
void TestUploadSession::registerRetriedAfterServerError()
{
    SandboxServer::Behaviour behaviour;
    behaviour.serverErrorCount = 1;
    m_server->setBehaviour(behaviour);
    QSignalSpy readFailed(m_session.get(), &UploadSession::registerReadFailed);
    QSignalSpy registerRead(m_session.get(), &UploadSession::registerRead);
    QVERIFY(uploadAndWait());
    QCOMPARE(readFailed.size(), 0);
    QCOMPARE(registerRead.size(), 1);
    QCOMPARE(registerRead.first().first().toInt(), 10);
    QCOMPARE(requestsTo(*m_server, u"/employees"_s), 2);
    QCOMPARE(m_session->lastSummary().uploaded, 4);
}

void TestUploadSession::unreadableRegister_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("sent");
    QTest::newRow("interactive: the run stops") << int(UploadSession::Mode::Interactive) << false;
    QTest::newRow("unattended: sent unchecked") << int(UploadSession::Mode::Unattended) << true;
}

// Ditio answers the register with a server error: it is there, but has no register for us.
void TestUploadSession::unreadableRegister()
{
    QFETCH(int, mode);
    QFETCH(bool, sent);
    makeSession(UploadSession::Mode(mode));
    SandboxServer::Behaviour behaviour;
    // Every attempt at the register (2, the job's attempts), then the uploads go through.
    behaviour.serverErrorCount = 2;
    behaviour.serverErrorStatus = 500;
    m_server->setBehaviour(behaviour);

    QSignalSpy readFailed(m_session.get(), &UploadSession::registerReadFailed);
    QSignalSpy failed(m_session.get(), &UploadSession::failed);
    QCOMPARE(uploadAndWait(), sent);
    QCOMPARE(readFailed.size(), 1);
    const QString message = readFailed.first().at(0).toString();
    QCOMPARE(message,
             u"Ditio's employee register could not be read: the server answered 500 Internal "
             u"Server Error 2 times (the last at %1). Try again later."_s.arg(
                     fixedNow().toLocalTime().toString(u"HH:mm"_s)));
    QCOMPARE(requestsTo(*m_server, u"/employees"_s), 2);
    QCOMPARE(readFailed.first().at(1).toBool(), sent);
    QVERIFY(!m_session->hasRegister());
    if (sent) {
        QVERIFY(failed.isEmpty());
        // Unchecked: 1052 goes too, and Ditio refuses it.
        QCOMPARE(state(*m_model, 2), u"rejected"_s);
        QCOMPARE(m_session->lastSummary().uploaded, 4);
    } else {
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toString(), message);
        QCOMPARE(requestsTo(*m_server, u"/certificates"_s), 0);
    }
    QVERIFY(!m_session->isBusy());
}

void TestUploadSession::wrongSecretFailsBeforeSending()
{
    makeSession(UploadSession::Mode::Unattended);
    m_session->setClientCredentials(m_server->clientId(), u"not-the-secret"_s);
    QSignalSpy failed(m_session.get(), &UploadSession::failed);
    QSignalSpy readStarted(m_session.get(), &UploadSession::registerReadStarted);
    QVERIFY(!uploadAndWait());
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(u"invalid_client"_s),
             qPrintable(failed.first().first().toString()));
    QVERIFY(readStarted.isEmpty()); // the token first: the register was never asked
    QCOMPARE(requestsTo(*m_server, u"/core/"_s), 0);
    QVERIFY(!m_session->isBusy());
}

void TestUploadSession::nothingToSendContactsNobody()
{
    makeSession(UploadSession::Mode::Unattended);
    m_model->setRows({makeRow(u"1042"_s, u"Byggekort"_s)}); // no dates: an error
    QSignalSpy finished(m_session.get(), &UploadSession::finished);
    m_session->upload();
    QCOMPARE(finished.size(), 1); // at once
    QCOMPARE(m_session->lastSummary().rowsToSend, 0);
    QCOMPARE(m_session->lastSummary().skippedInvalid, 1);
    QVERIFY(m_server->requestLog().isEmpty());
    QCOMPARE(m_server->tokensIssued(), 0);
    // Still a run, in the log.
    QCOMPARE(readAll(m_session->lastRunLogPath()).count('\n'), 1);
}

void TestUploadSession::runLogAppendedWithoutSecrets()
{
    const QString workFile = m_dir->filePath(u"work.ditiocerts"_s);
    const QString log = UploadRunLog::pathBesideWorkFile(workFile);
    QVERIFY(uploadAndWait());
    QCOMPARE(m_session->lastRunLogPath(), log);
    m_model->setCellText(0, Field::Notes, u"again"_s);
    QVERIFY(uploadAndWait());

    const QByteArray bytes = readAll(log);
    const QList<QByteArray> lines = bytes.trimmed().split('\n');
    QCOMPARE(lines.size(), 2); // one line per run, appended
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(first.value(u"environment"_s).toString(), u"Ditio (Sandbox)"_s);
    QCOMPARE(first.value(u"counts"_s).toObject().value(u"uploaded"_s).toInt(), 4);
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(u"rowsToSend"_s).toInt(), 1);
    QVERIFY(!bytes.contains(Secret.toUtf8()));
    QVERIFY(!bytes.contains("Bearer"));
    QVERIFY(!bytes.contains("access_token"));
    QVERIFY(!bytes.contains(m_server->clientId().toUtf8()));

    // Without a work file: the app's data folder.
    m_session->setWorkFilePath({});
    m_model->setCellText(0, Field::Notes, u"once more"_s);
    QVERIFY(uploadAndWait());
    QCOMPARE(m_session->lastRunLogPath(),
             QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                     .filePath(u"upload-log.jsonl"_s));
    QVERIFY(QFile::exists(m_session->lastRunLogPath()));
}

void TestUploadSession::knownTypesLearnedPerEnvironment()
{
    QSettings settings(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    settings.clear();
    m_session->setKnownTypesSettings(&settings);
    QVERIFY(m_model->knownCertificateTypes());
    QVERIFY(m_model->knownCertificateTypes()->isEmpty());
    QVERIFY(uploadAndWait());
    // The types Ditio accepted, remembered for the Sandbox.
    QStringList types = m_model->knownCertificateTypes()->types();
    types.sort();
    QCOMPARE(types, (QStringList {u"Byggekort"_s, u"HMS-kort"_s, u"Truck"_s}));
    QCOMPARE(KnownCertificateTypes(&settings, u"sandbox"_s).size(), 3);
    // Another environment has its own.
    m_session->setEnvironment(DitioEnvironment::test());
    QCOMPARE(m_model->knownCertificateTypes()->environment(), u"test"_s);
    QVERIFY(m_model->knownCertificateTypes()->isEmpty());
}

QTEST_GUILESS_MAIN(TestUploadSession)
#include "tst_uploadsession.moc"
