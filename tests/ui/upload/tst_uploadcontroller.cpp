// The upload from the window, end to end: the sample loaded, the in-app Sandbox (or a
// stand-in Ditio started by the test) as the environment, the Upload action, and the result
// read from every row of the table, as a user reads it.

#include "certificatetableview.h"
#include "dialogs.h"
#include "filterbar.h"
#include "import/certificatefilereader.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "model/certificatefilterproxymodel.h"
#include "model/certificatetablemodel.h"
#include "net/secretstore.h"
#include "sandboxserver.h"
#include "settings/appsettings.h"
#include "upload/connectiondialog.h"
#include "upload/environmentbanner.h"
#include "upload/localsandbox.h"
#include "upload/uploadcontroller.h"
#include "upload/uploadsummarydialog.h"
#include "util/clock.h"
#include "util/translations.h"

#include <QAction>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Ditio;
using namespace Qt::StringLiterals;

namespace {

QtMessageHandler previousHandler = nullptr;

void quietOffscreenWarnings(QtMsgType type, const QMessageLogContext &context,
                            const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(u"This plugin does not support"_s))
        return;
    previousHandler(type, context, message);
}

// Runs f on the sandbox's own thread and waits: the server is not thread-safe.
template<typename F> void onServer(SandboxServer *server, F f)
{
    QMetaObject::invokeMethod(server, f, Qt::BlockingQueuedConnection);
}

} // namespace

class TestUploadWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void uploadsTheSampleToTheSandbox_data();
    void uploadsTheSampleToTheSandbox();
    void registerShowsNamesAndFlagsUnknownEmployees();
    void rejectedRowShowsDitiosWordsAndSendAgainResendsOnlyIt();
    void cancelLeavesRowsInFlightUnconfirmed();
    void summaryDialogCountsEveryState();
    void productionAsksWithTheRowCount_data();
    void productionAsksWithTheRowCount();
    void bannerNamesTheEnvironment_data();
    void bannerNamesTheEnvironment();
    void connectThroughTheDialogAndNoSecretIsWritten();

private:
    std::unique_ptr<MainWindow> makeWindow();
    void loadSample();
    // Triggers Upload and waits for the run's end.
    UploadSummary uploadAndWait(QAction *action = nullptr);
    QString state(int row) const;
    QString statusText(int row) const;

    QTemporaryDir m_dir;
    FixedClock m_clock {QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc())};
    std::unique_ptr<MainWindow> m_window;
    UploadController *m_upload = nullptr;
    CertificateTableModel *m_table = nullptr;
};

std::unique_ptr<MainWindow> TestUploadWindow::makeWindow()
{
    auto settings = std::make_unique<AppSettings>(
            std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat));
    auto window = std::make_unique<MainWindow>(std::move(settings), m_dir.filePath(u"recovery"_s));
    window->tableModel()->setClock(&m_clock);
    return window;
}

void TestUploadWindow::initTestCase()
{
    previousHandler = qInstallMessageHandler(quietOffscreenWarnings);
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(*qApp); // the English plurals, as the app shows them
    QVERIFY(m_dir.isValid());
}

void TestUploadWindow::init()
{
    Dialogs::clearQueuedAnswers();
    QFile::remove(m_dir.filePath(u"settings.ini"_s));
    m_window = makeWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_upload = m_window->uploadController();
    m_table = m_window->tableModel();
    m_upload->setShowsSummaryDialog(false);
}

void TestUploadWindow::cleanup()
{
    m_window.reset();
}

void TestUploadWindow::loadSample()
{
    CertificateFileReader::Result read =
            CertificateFileReader::read(QStringLiteral(DITIO_SAMPLE_CSV));
    QVERIFY2(read.ok, qPrintable(read.errorString));
    m_window->loadDocument(read.document, {}, {}, false, u"certificates-sample.csv"_s);
    QCOMPARE(m_table->rowCount(), 15);
}

UploadSummary TestUploadWindow::uploadAndWait(QAction *action)
{
    QSignalSpy finished(m_upload, &UploadController::uploadFinished);
    (action ? action : m_upload->uploadAction())->trigger();
    if (!finished.wait(30000))
        return {};
    return finished.first().first().value<UploadSummary>();
}

QString TestUploadWindow::state(int row) const
{
    return uploadStateKey(UploadState(m_table->index(row, CertificateTableModel::StatusColumn)
                                              .data(CertificateTableModel::UploadStateRole)
                                              .toInt()));
}

QString TestUploadWindow::statusText(int row) const
{
    return m_table->index(row, CertificateTableModel::StatusColumn)
            .data(Qt::ToolTipRole)
            .toString();
}

void TestUploadWindow::uploadsTheSampleToTheSandbox_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("state");
    // The sample's rows, in order: what Ditio accepted, and what was never sent.
    const QList<std::pair<const char *, const char *>> rows = {
            {"1042 Byggekort", "uploaded"},
            {"1042 Kranførerbevis", "uploaded"},
            {"1043 Byggekort", "uploaded"},
            {"1043 Arbeidsvarsling 1", "uploaded"},
            {"1044 byggekort", "uploaded"},
            {"1045 dates swapped", "not-sent"},
            {"1046 31.02", "not-sent"},
            {"1047 expired", "uploaded"},
            {"1048.0 from Excel", "not-sent"},
            {"1049 two-digit year", "not-sent"},
            {"1042 Byggekort again (a warning)", "uploaded"},
            {"no employee number", "not-sent"},
            {"1050 'Byggekort '", "uploaded"},
            {"1051 Maskinførerbevis", "uploaded"},
            {"1052 not in the register", "not-sent"},
    };
    for (int row = 0; row < rows.size(); ++row)
        QTest::newRow(rows.at(row).first) << row << QString::fromLatin1(rows.at(row).second);
}

void TestUploadWindow::uploadsTheSampleToTheSandbox()
{
    QFETCH(int, row);
    QFETCH(QString, state);
    loadSample();
    m_upload->setEnvironmentKind(DitioEnvironment::Kind::Sandbox);
    const UploadSummary summary = uploadAndWait();
    QCOMPARE(summary.environment, u"Ditio (Sandbox)"_s);
    QCOMPARE(summary.uploaded, 9);
    QCOMPARE(summary.skippedInvalid, 6);
    QCOMPARE(summary.rejected, 0);
    QCOMPARE(summary.unconfirmed, 0);
    QCOMPARE(this->state(row), state);
    if (state == u"uploaded")
        QVERIFY2(statusText(row).contains(u"Uploaded"_s), qPrintable(statusText(row)));
    // What the window says, and what the stand-in Ditio holds.
    QVERIFY(m_window->messageBar()->isVisible());
    int stored = 0;
    onServer(m_upload->sandbox()->server(),
             [&] { stored = m_upload->sandbox()->server()->storeCount(); });
    QCOMPARE(stored, 8); // rows 1 and 11 are the same certificate
    QVERIFY(m_window->isModified()); // the results are part of the document
    QVERIFY(QFile::exists(m_upload->lastRunLogPath()));
}

void TestUploadWindow::registerShowsNamesAndFlagsUnknownEmployees()
{
    loadSample();
    CertificateTableView *view = m_window->tableView();
    QVERIFY(view->isColumnHidden(CertificateTableModel::EmployeeNameColumn));
    m_upload->setEnvironmentKind(DitioEnvironment::Kind::Sandbox);
    QSignalSpy read(m_upload, &UploadController::registerRead);
    m_upload->refreshRegisterAction()->trigger();
    QVERIFY(read.wait(20000));
    QCOMPARE(read.first().at(0).toBool(), true);
    QCOMPARE(read.first().at(1).toString(),
             u"Read 10 employees from Ditio; every row is checked against them."_s);
    QVERIFY(!view->isColumnHidden(CertificateTableModel::EmployeeNameColumn));
    QVERIFY(!m_table->index(0, CertificateTableModel::EmployeeNameColumn)
                     .data()
                     .toString()
                     .isEmpty());
    const QString unknown =
            m_table->index(14, int(Field::EmployeeNumber)).data(Qt::ToolTipRole).toString();
    QVERIFY2(unknown.contains(u"1052"_s), qPrintable(unknown));
    QVERIFY(m_table->rowHasErrors(14));
    // Nothing was sent by reading the register.
    QCOMPARE(state(0), u"not-sent"_s);
}

void TestUploadWindow::rejectedRowShowsDitiosWordsAndSendAgainResendsOnlyIt()
{
    loadSample();
    m_upload->setEnvironmentKind(DitioEnvironment::Kind::Sandbox);
    QSignalSpy read(m_upload, &UploadController::registerRead);
    m_upload->refreshRegisterAction()->trigger();
    QVERIFY(read.wait(20000));
    // Ditio's register changes after it was read: 1051 leaves the company.
    SandboxServer *server = m_upload->sandbox()->server();
    onServer(server, [server] {
        QList<SandboxServer::Employee> employees = SandboxServer::defaultEmployees();
        employees.removeIf(
                [](const SandboxServer::Employee &e) { return e.employeeNumber == u"1051"; });
        server->setEmployees(employees);
    });
    UploadSummary summary = uploadAndWait();
    QCOMPARE(summary.uploaded, 8);
    QCOMPARE(summary.rejected, 1);
    QCOMPARE(state(13), u"rejected"_s);
    QVERIFY2(statusText(13).contains(u"Employee number 1051 does not match an existing user."_s),
             qPrintable(statusText(13)));
    QVERIFY(m_upload->sendAgainAction()->isEnabled());

    // Send Again: exactly the row that is not Uploaded goes out again.
    onServer(server, [server] { server->clearLog(); });
    summary = uploadAndWait(m_upload->sendAgainAction());
    QCOMPARE(summary.rowsToSend, 1);
    QCOMPARE(summary.rejected, 1);
    QList<SandboxServer::LogEntry> log;
    onServer(server, [&] { log = server->requestLog(); });
    int items = 0;
    for (const SandboxServer::LogEntry &entry : std::as_const(log)) {
        if (entry.path.endsWith(u"/certificates"_s))
            items += entry.itemCount;
    }
    QCOMPARE(items, 1);
    for (int row : {0, 1, 2, 3, 4, 7, 10, 12})
        QCOMPARE(state(row), u"uploaded"_s);
}

void TestUploadWindow::cancelLeavesRowsInFlightUnconfirmed()
{
    loadSample();
    m_upload->setEnvironmentKind(DitioEnvironment::Kind::Sandbox);
    QSignalSpy read(m_upload, &UploadController::registerRead);
    m_upload->refreshRegisterAction()->trigger();
    QVERIFY(read.wait(20000));
    SandboxServer *server = m_upload->sandbox()->server();
    onServer(server, [server] {
        SandboxServer::Behaviour behaviour = server->behaviour();
        behaviour.hang = true;
        server->setBehaviour(behaviour);
    });
    QSignalSpy finished(m_upload, &UploadController::uploadFinished);
    m_upload->uploadAction()->trigger();
    QVERIFY(m_upload->isUploading());
    QTRY_VERIFY(state(0) == u"sending"_s);
    QVERIFY(m_upload->cancelAction()->isEnabled());
    m_upload->cancelAction()->trigger();
    QCOMPARE(finished.size(), 1);
    const auto summary = finished.first().first().value<UploadSummary>();
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.uploaded, 0);
    QCOMPARE(summary.unconfirmed, 9);
    for (int row : {0, 1, 2, 3, 4, 7, 10, 12, 13})
        QCOMPARE(state(row), u"unconfirmed"_s);
    QCOMPARE(state(5), u"not-sent"_s);
    QVERIFY(m_upload->sendAgainAction()->isEnabled());
}

void TestUploadWindow::summaryDialogCountsEveryState()
{
    loadSample();
    m_upload->setShowsSummaryDialog(true);
    m_upload->setEnvironmentKind(DitioEnvironment::Kind::Sandbox);
    uploadAndWait();
    UploadSummaryDialog *dialog = m_upload->summaryDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(
            dialog->headline(),
            u"<b>Every row without errors was uploaded to Ditio (Sandbox); 6 rows with errors were not sent.</b>"_s);
    QCOMPARE(dialog->countsText(), u"Uploaded: 9\nNot sent (errors): 6"_s);
    // "Show" filters the table to the rows in that state.
    emit dialog->showRowsRequested(UploadState::Uploaded);
    QCOMPARE(m_window->proxyModel()->rowCount(), 9);
    dialog->close();
}

void TestUploadWindow::productionAsksWithTheRowCount_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("proceeds");
    QTest::addColumn<QString>("question");
    QTest::newRow("production, upload")
            << int(DitioEnvironment::Kind::Production) << int(Dialogs::Upload) << true
            << u"Upload 9 rows to Ditio (Production)?"_s;
    QTest::newRow("production, cancel")
            << int(DitioEnvironment::Kind::Production) << int(Dialogs::Cancel) << false
            << u"Upload 9 rows to Ditio (Production)?"_s;
    QTest::newRow("test, never asked")
            << int(DitioEnvironment::Kind::Test) << int(Dialogs::Cancel) << true << QString();
}

void TestUploadWindow::productionAsksWithTheRowCount()
{
    QFETCH(int, kind);
    QFETCH(int, answer);
    QFETCH(bool, proceeds);
    QFETCH(QString, question);
    m_upload->setEnvironmentKind(DitioEnvironment::Kind(kind));
    Dialogs::setNextAnswer(Dialogs::Answer(answer));
    QCOMPARE(m_upload->confirmUpload(9), proceeds);
    if (!question.isEmpty()) {
        QCOMPARE(Dialogs::lastQuestion(), question);
        QCOMPARE(Dialogs::queuedAnswerCount(), 0);
    } else {
        QCOMPARE(Dialogs::queuedAnswerCount(), 1); // nobody asked
    }
}

void TestUploadWindow::bannerNamesTheEnvironment_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("word");
    QTest::newRow("test") << int(DitioEnvironment::Kind::Test) << u"<b>TEST</b>"_s;
    QTest::newRow("production") << int(DitioEnvironment::Kind::Production)
                                << u"<b>PRODUCTION</b>"_s;
    QTest::newRow("sandbox") << int(DitioEnvironment::Kind::Sandbox) << u"<b>SANDBOX</b>"_s;
}

void TestUploadWindow::bannerNamesTheEnvironment()
{
    QFETCH(int, kind);
    QFETCH(QString, word);
    m_upload->setEnvironmentKind(DitioEnvironment::Kind(kind));
    QVERIFY(m_upload->banner()->isVisible());
    QVERIFY2(m_upload->banner()->text().startsWith(word), qPrintable(m_upload->banner()->text()));
    QCOMPARE(m_upload->banner()->environment().kind(), DitioEnvironment::Kind(kind));
}

void TestUploadWindow::connectThroughTheDialogAndNoSecretIsWritten()
{
    // A stand-in Ditio of the test's own, reached as a Custom environment on loopback, with
    // a secret distinctive enough to find anywhere it might leak.
    const QString secret = u"s3cret-Zq81-never-on-disk"_s;
    SandboxServer server;
    server.setClientId(u"hr-sync"_s);
    server.setClientSecret(secret);
    QVERIFY(server.listen());

    loadSample();
    m_upload->connectionAction()->trigger();
    ConnectionDialog *dialog = m_upload->connectionDialog();
    QVERIFY(dialog);
    QComboBox *environment = dialog->environmentCombo();
    environment->setCurrentIndex(environment->findData(int(DitioEnvironment::Kind::Custom)));
    dialog->findChild<QLineEdit *>(u"apiBaseEdit"_s)->setText(server.apiBase().toString());
    dialog->findChild<QLineEdit *>(u"identityBaseEdit"_s)
            ->setText(server.identityBase().toString());
    QTest::keyClicks(dialog->clientIdEdit(), u"hr-sync"_s);
    dialog->clientSecretEdit()->setText(u"wrong"_s);
    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->resultLabel()->text().startsWith(u"✘"_s), 10000);
    dialog->clientSecretEdit()->setText(secret);
    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->resultLabel()->text().startsWith(u"✔"_s), 10000);
    dialog->accept();
    QCOMPARE(m_upload->environment().kind(), DitioEnvironment::Kind::Custom);
    // No keychain here (no D-Bus session): the window tells the user where the secret is.
    MessageBar *messageBar = m_window->findChild<MessageBar *>();
    QVERIFY(messageBar);
    QTRY_COMPARE_WITH_TIMEOUT(messageBar->text(), SecretStore::memoryFallbackMessage(), 5000);

    const UploadSummary summary = uploadAndWait();
    QCOMPARE(summary.uploaded, 9);
    QCOMPARE(server.storeCount(), 8);
    // Untitled: the run log goes to the app's data folder.
    const QString runLog = m_upload->lastRunLogPath();
    QCOMPARE(runLog,
             QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                     .filePath(u"upload-log.jsonl"_s));

    // Save the work file, then look at everything this run wrote.
    const QString workFile = m_dir.filePath(u"results.ditiocerts"_s);
    Dialogs::setNextFileName(workFile);
    QSignalSpy saved(m_window.get(), &MainWindow::saveFinished);
    QVERIFY(m_window->saveAs());
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.first().first().toBool(), true);
    m_window.reset(); // settings written, recovery files cleaned up

    QStringList searched;
    for (const QString &root :
         {m_dir.path(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
          QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains("Bearer"), qPrintable(file.fileName()));
            searched.append(file.fileName());
        }
    }
    QVERIFY2(searched.contains(workFile), qPrintable(searched.join(u'\n')));
    QVERIFY(searched.contains(runLog));
    QVERIFY(searched.contains(m_dir.filePath(u"settings.ini"_s)));
}

QTEST_MAIN(TestUploadWindow)
#include "tst_uploadcontroller.moc"
