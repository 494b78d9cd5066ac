#include "uploadcontroller.h"

#include "certificatetableview.h"
#include "connectiondialog.h"
#include "dialogs.h"
#include "environmentbanner.h"
#include "localsandbox.h"
#include "messagebar.h"
#include "model/certificatetablemodel.h"
#include "net/ditioapiclient.h"
#include "net/secretstore.h"
#include "net/tokenprovider.h"
#include "register/employeedirectory.h"
#include "session/autosaver.h"
#include "session/document.h"
#include "upload/uploadsession.h"
#include "uploadsummarydialog.h"

#include <QAction>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QStyle>

namespace Ditio {

UploadController::UploadController(Document *document, CertificateTableView *view,
                                   MessageBar *messageBar, QSettings *settings, QWidget *window)
    : QObject(window),
      m_document(document),
      m_model(document->model()),
      m_view(view),
      m_messageBar(messageBar),
      m_window(window),
      m_settings(settings),
      m_session(new UploadSession(m_model, m_model->clock(), this)),
      m_secrets(new SecretStore(this)),
      m_sandbox(std::make_unique<LocalSandbox>()),
      m_testTokens(new TokenProvider(m_session->networkAccessManager(), m_model->clock(), this)),
      m_testApi(new DitioApiClient(DitioEnvironment(), m_session->networkAccessManager(),
                                   m_testTokens, m_model->clock(), this)),
      m_banner(new EnvironmentBanner(window)),
      m_progress(new QProgressBar(window))
{
    m_progress->setObjectName(QStringLiteral("uploadProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setMaximumHeight(m_progress->fontMetrics().height());
    m_progress->setFormat(tr("%v of %m rows"));
    m_progress->hide();

    createActions();
    setSecretStore(m_secrets);
    // The window asks and tells; the session does the work (the command line's too).
    m_session->setMode(UploadSession::Mode::Interactive);
    m_session->setKnownTypesSettings(settings);
    m_session->setWorkFilePath([document] { return document->filePath(); });
    m_session->setBeforeSending([this](const QList<int> &rows) { return beforeSending(rows); });
    connectSession();
    connect(m_testApi, &DitioApiClient::connectionTested, this,
            [this](const DitioApiClient::ConnectionTest &result) {
                if (m_dialog)
                    m_dialog->showTestResult(result.ok, result.message);
            });
    applySettings();
}

UploadController::~UploadController()
{
    shutdown();
}

void UploadController::shutdown()
{
    m_showSummary = false;
    ++m_generation;
    m_afterSecret = {};
    m_session->cancel();
}

void UploadController::connectSession()
{
    connect(m_session, &UploadSession::registerReadStarted, this,
            [this] { setBusy(true, tr("Reading Ditio's employee register…")); });
    connect(m_session, &UploadSession::registerProgress, this, [this](int employees) {
        emit statusMessage(
                tr("Reading Ditio's employee register… %n employee(s)", nullptr, employees), 0);
    });
    connect(m_session, &UploadSession::registerRead, this, [this](int employees) {
        setBusy(false);
        updateEmployeeColumn();
        const QString message =
                tr("Read %n employee(s) from Ditio; every row is checked against them.", nullptr,
                   employees);
        emit statusMessage(message, 8000);
        emit registerRead(true, message);
    });
    connect(m_session, &UploadSession::registerReadFailed, this, [this](const QString &message) {
        // The register client's sentence already says what could not be read, and why.
        setBusy(false);
        emit registerRead(false, message);
        fail(message);
    });
    // In the window a run fails only for want of the register, said just above.
    connect(m_session, &UploadSession::failed, this, [this] { setBusy(false); });
    connect(m_session, &UploadSession::cancelled, this, [this] { setBusy(false); });
    connect(m_session, &UploadSession::aboutToSend, this, [this] {
        // Before the request leaves: a crash must not hide that these rows may have arrived.
        m_document->autosaver()->saveNow();
    });
    connect(m_session, &UploadSession::progress, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_session, &UploadSession::statusChanged, this,
            [this](const QString &text) { emit statusMessage(text, 0); });
    connect(m_session, &UploadSession::started, this, &UploadController::updateActions);
    connect(m_session, &UploadSession::runLogFailed, this,
            [this](const QString &message) { emit statusMessage(message, 8000); });
    connect(m_session, &UploadSession::finished, this, &UploadController::onUploadFinished);
}

void UploadController::createActions()
{
    QWidget *widget = m_window;
    const auto make = [this](const QString &text, const QString &name) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        return action;
    };
    m_connectionAction = make(tr("&Connection…"), QStringLiteral("connectionAction"));
    m_connectionAction->setIcon(QIcon::fromTheme(QStringLiteral("network-server")));
    m_connectionAction->setStatusTip(tr("Choose the Ditio environment and the API client"));
    connect(m_connectionAction, &QAction::triggered, this, &UploadController::showConnectionDialog);

    m_refreshAction =
            make(tr("&Refresh Employee Register"), QStringLiteral("refreshRegisterAction"));
    m_refreshAction->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setStatusTip(
            tr("Read the employee numbers from Ditio again and check every row against them"));
    connect(m_refreshAction, &QAction::triggered, this, &UploadController::refreshRegister);

    m_uploadAction = make(tr("&Upload"), QStringLiteral("uploadAction"));
    m_uploadAction->setIcon(QIcon::fromTheme(QStringLiteral("document-send"),
                                             widget->style()->standardIcon(QStyle::SP_ArrowUp)));
    m_uploadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_uploadAction->setStatusTip(tr("Send every row without errors that is not uploaded yet"));
    connect(m_uploadAction, &QAction::triggered, this, &UploadController::upload);

    m_sendSelectedAction = make(tr("Send &Selected Rows"), QStringLiteral("sendSelectedAction"));
    m_sendSelectedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_sendSelectedAction->setStatusTip(
            tr("Send only the selected rows (rows with errors are skipped)"));
    connect(m_sendSelectedAction, &QAction::triggered, this, &UploadController::sendSelected);

    m_sendAgainAction = make(tr("Send &Again"), QStringLiteral("sendAgainAction"));
    m_sendAgainAction->setStatusTip(
            tr("Send the rows that are not uploaded: rejected, unconfirmed and not sent"));
    connect(m_sendAgainAction, &QAction::triggered, this, &UploadController::upload);

    m_cancelAction = make(tr("&Cancel Upload"), QStringLiteral("cancelUploadAction"));
    m_cancelAction->setIcon(QIcon::fromTheme(
            QStringLiteral("process-stop"), widget->style()->standardIcon(QStyle::SP_BrowserStop)));
    m_cancelAction->setStatusTip(
            tr("Stop now: rows in flight become Unconfirmed, nothing more is sent"));
    connect(m_cancelAction, &QAction::triggered, this, &UploadController::cancel);

    m_menu = new QMenu(tr("&Upload"), widget);
    m_menu->setObjectName(QStringLiteral("uploadMenu"));
    m_menu->addAction(m_uploadAction);
    m_menu->addAction(m_sendSelectedAction);
    m_menu->addAction(m_sendAgainAction);
    m_menu->addAction(m_cancelAction);
    m_menu->addSeparator();
    m_menu->addAction(m_refreshAction);
    m_menu->addSeparator();
    m_menu->addAction(m_connectionAction);

    // Rows change by the thousand during a run: look at them once per event-loop pass.
    m_actionsTimer.setSingleShot(true);
    m_actionsTimer.setInterval(0);
    connect(&m_actionsTimer, &QTimer::timeout, this, &UploadController::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, &m_actionsTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::dataChanged, &m_actionsTimer,
            qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsInserted, &m_actionsTimer,
            qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsRemoved, &m_actionsTimer,
            qOverload<>(&QTimer::start));
    updateActions();
}

void UploadController::setSecretStore(SecretStore *store)
{
    if (store != m_secrets) {
        delete m_secrets;
        m_secrets = store;
        store->setParent(this);
    }
    connect(m_secrets, &SecretStore::secretRead, this,
            [this](const QString &, const QString &, const QString &secret, bool found) {
                Step next = std::exchange(m_afterSecret, {});
                if (!next)
                    return;
                if (!found || secret.isEmpty()) {
                    setBusy(false);
                    showConnectionDialog();
                    if (m_dialog)
                        m_dialog->setMessage(tr("Type the client secret of the API client: "
                                                "none is stored for it on this computer."));
                    return;
                }
                m_secret = secret;
                m_session->setClientCredentials(m_settings.clientId(environment().kind()), secret);
                m_configured = true;
                next();
            });
    connect(m_secrets, &SecretStore::failed, this,
            [this](const QString &, const QString &, const QString &message) {
                m_afterSecret = {};
                fail(message);
            });
    connect(m_secrets, &SecretStore::memoryFallbackStarted, this, [this](const QString &message) {
        if (m_memoryNoticeShown || !m_messageBar)
            return;
        m_memoryNoticeShown = true;
        m_messageBar->showMessage(message, MessageBar::Type::Warning);
    });
}

DitioEnvironment UploadController::environment() const
{
    if (m_settings.environmentKind() == DitioEnvironment::Kind::Sandbox)
        return m_sandbox->isRunning() ? m_sandbox->environment()
                                      : DitioEnvironment::sandbox(QUrl(), QUrl());
    return m_settings.environment();
}

ConnectionDialog *UploadController::connectionDialog() const
{
    return m_dialog.data();
}

UploadSummaryDialog *UploadController::summaryDialog() const
{
    return m_summaryDialog.data();
}

bool UploadController::isUploading() const
{
    return m_session->isUploading();
}

bool UploadController::hasRegister() const
{
    return m_session->hasRegister();
}

UploadSummary UploadController::lastSummary() const
{
    return m_session->lastSummary();
}

QString UploadController::lastRunLogPath() const
{
    return m_session->lastRunLogPath();
}

void UploadController::setEnvironmentKind(DitioEnvironment::Kind kind)
{
    m_settings.setEnvironmentKind(kind);
    applySettings();
}

void UploadController::applySettings()
{
    ++m_generation;
    m_afterSecret = {};
    m_configured = false;
    m_secret.clear();
    const DitioEnvironment environment = this->environment();
    // Forgets the register and the credentials of the environment before.
    m_session->setEnvironment(environment);
    m_session->setTransferTimeout(m_settings.transferTimeoutSeconds() * 1000);
    m_banner->setEnvironment(environment);
    updateEmployeeColumn();
    updateActions();
    emit environmentChanged(environment);
}

void UploadController::updateEmployeeColumn()
{
    if (m_view)
        m_view->setColumnHidden(CertificateTableModel::EmployeeNameColumn, !hasRegister());
    const auto &directory = m_model->employeeDirectory();
    m_banner->setRegisterText(
            directory ? tr("Employee register: %n employee(s), read %1", nullptr,
                           int(directory->size()))
                                .arg(QLocale().toString(directory->readAt().toLocalTime().time(),
                                                        QLocale::ShortFormat))
                      : QString());
}

void UploadController::withConnection(const Step &next)
{
    if (m_configured) {
        next();
        return;
    }
    const DitioEnvironment::Kind kind = m_settings.environmentKind();
    if (kind == DitioEnvironment::Kind::Sandbox) {
        if (!m_sandbox->start()) {
            fail(m_sandbox->errorString());
            return;
        }
        // The same environment, now at the address the sandbox listens on.
        const DitioEnvironment environment = m_sandbox->environment();
        m_session->setEnvironment(environment);
        m_banner->setEnvironment(environment);
        m_session->setClientCredentials(m_sandbox->clientId(), m_sandbox->clientSecret());
        m_configured = true;
        next();
        return;
    }
    const QString clientId = m_settings.clientId(kind);
    if (clientId.isEmpty()) {
        showConnectionDialog();
        if (m_dialog)
            m_dialog->setMessage(tr("Connect to Ditio first: choose the environment and type the "
                                    "API client's id and secret."));
        return;
    }
    if (!m_secret.isEmpty()) {
        m_session->setClientCredentials(clientId, m_secret);
        m_configured = true;
        next();
        return;
    }
    setBusy(true, tr("Reading the client secret from the keychain…"));
    const quint64 generation = m_generation;
    m_afterSecret = [this, generation, next] {
        if (generation == m_generation)
            next();
    };
    m_secrets->read(DitioEnvironment::key(kind), clientId);
}

void UploadController::refreshRegister()
{
    if (m_busy || m_session->isBusy())
        return;
    withConnection([this] { m_session->readRegister(); });
}

void UploadController::upload()
{
    if (m_busy || m_session->isBusy())
        return;
    withConnection([this] {
        prepareRun(false);
        m_session->upload();
    });
}

void UploadController::sendSelected()
{
    if (m_busy || m_session->isBusy() || !m_view)
        return;
    QList<int> rows = m_view->selectedSourceRows();
    if (rows.isEmpty())
        return;
    // By id: the session finds the rows again after the register check (they may move).
    QList<quint32> ids;
    for (int row : std::as_const(rows))
        ids.append(m_model->rowId(row));
    withConnection([this, ids] {
        prepareRun(true);
        m_session->upload(ids);
    });
}

void UploadController::prepareRun(bool selectedOnly)
{
    m_selectedOnly = selectedOnly;
    // As set now: the connection dialog may have changed them since the last run.
    UploadJob::Options options;
    options.batchSize = m_settings.batchSize();
    options.maxInFlight = m_settings.requestsInFlight();
    m_session->setJobOptions(options);
}

bool UploadController::beforeSending(const QList<int> &rows)
{
    if (rows.isEmpty()) {
        const QString message = m_selectedOnly
                ? tr("Nothing to send: every selected row has errors.")
                : tr("Nothing to send: every row without errors is already uploaded.");
        if (m_messageBar)
            m_messageBar->showMessage(message, MessageBar::Type::Information, 8000);
        return false;
    }
    if (!confirmUpload(int(rows.size())))
        return false;

    // Upload results change the document: it must be saved to keep them, and the recovery
    // copy must not be thrown away as "clean".
    m_document->markModified();

    m_progress->setMaximum(int(rows.size()));
    m_progress->setValue(0);
    m_progress->show();
    if (m_messageBar)
        m_messageBar->hideMessage();
    emit busyChanged(true);
    return true;
}

bool UploadController::confirmUpload(int rows) const
{
    const DitioEnvironment environment = m_session->environment();
    if (!environment.isProduction())
        return true;
    return Dialogs::askUploadToProduction(m_window, rows, tr("Ditio (%1)").arg(environment.title()))
            == Dialogs::Upload;
}

void UploadController::onUploadFinished(const UploadSummary &summary)
{
    // The session has taught the table the accepted types and written the run log.
    m_progress->hide();
    if (m_messageBar) {
        const MessageBar::Type type = summary.complete()
                ? MessageBar::Type::Positive
                : (summary.rejected > 0 || summary.stopped() ? MessageBar::Type::Warning
                                                             : MessageBar::Type::Information);
        m_messageBar->showMessage(summary.text(), type);
    }
    emit statusMessage(QString(), 0);
    if (m_showSummary) {
        auto *dialog = new UploadSummaryDialog(summary, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &UploadSummaryDialog::showRowsRequested, this,
                &UploadController::showRowsRequested);
        connect(dialog, &UploadSummaryDialog::sendAgainRequested, this, &UploadController::upload,
                Qt::QueuedConnection);
        m_summaryDialog = dialog;
        dialog->open();
    }
    updateActions();
    emit busyChanged(false);
    emit uploadFinished(summary);
}

void UploadController::cancel()
{
    if (isUploading()) {
        m_session->cancel();
        return;
    }
    if (m_busy) {
        ++m_generation;
        m_afterSecret = {};
        m_session->cancel(); // a register read, if that is what runs
        setBusy(false);
    }
}

void UploadController::showConnectionDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto *dialog = new ConnectionDialog(m_settings, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_sandbox->isRunning())
        dialog->setSandboxEnvironment(m_sandbox->environment());
    connect(dialog, &ConnectionDialog::testRequested, this, [this, dialog] { testChoice(dialog); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { saveChoice(dialog); });
    m_dialog = dialog;
    dialog->open();
}

void UploadController::testChoice(const ConnectionDialog *dialog)
{
    const ConnectionDialog::Choice choice = dialog->choice();
    DitioEnvironment environment = dialog->environment();
    if (choice.kind == DitioEnvironment::Kind::Sandbox) {
        if (!m_sandbox->start()) {
            m_dialog->showTestResult(false, m_sandbox->errorString());
            return;
        }
        environment = m_sandbox->environment();
        m_dialog->setSandboxEnvironment(environment);
        m_testApi->setEnvironment(environment);
        m_testApi->setClientCredentials(m_sandbox->clientId(), m_sandbox->clientSecret());
        m_testApi->testConnection();
        return;
    }
    QString secret = choice.clientSecret;
    if (secret.isEmpty() && choice.kind == m_settings.environmentKind()
        && choice.clientId == m_settings.clientId(choice.kind))
        secret = m_secret;
    if (secret.isEmpty()) {
        m_dialog->showTestResult(false, tr("Type the client secret to test the connection."));
        return;
    }
    m_testApi->setEnvironment(environment);
    m_testApi->setClientCredentials(choice.clientId, secret);
    m_testApi->testConnection();
}

void UploadController::saveChoice(const ConnectionDialog *dialog)
{
    const ConnectionDialog::Choice choice = dialog->choice();
    const DitioEnvironment::Kind before = m_settings.environmentKind();
    const QString clientBefore = m_settings.clientId(before);
    m_settings.setEnvironmentKind(choice.kind);
    if (choice.kind == DitioEnvironment::Kind::Custom) {
        m_settings.setCustomApiBase(choice.customApiBase);
        m_settings.setCustomIdentityBase(choice.customIdentityBase);
    }
    if (choice.kind != DitioEnvironment::Kind::Sandbox)
        m_settings.setClientId(choice.kind, choice.clientId);
    m_settings.setBatchSize(choice.batchSize);
    m_settings.setRequestsInFlight(choice.requestsInFlight);
    const bool sameClient = before == choice.kind && clientBefore == choice.clientId
            && choice.kind != DitioEnvironment::Kind::Custom;
    const QString keptSecret = sameClient ? m_secret : QString();
    applySettings();
    if (!choice.clientSecret.isEmpty()) {
        m_secret = choice.clientSecret;
        m_secrets->write(DitioEnvironment::key(choice.kind), choice.clientId, choice.clientSecret);
    } else {
        m_secret = keptSecret;
    }
    emit statusMessage(
            tr("Uploads now go to Ditio (%1).").arg(DitioEnvironment::title(choice.kind)), 8000);
}

void UploadController::setBusy(bool busy, const QString &message)
{
    if (busy == m_busy && message.isEmpty())
        return;
    m_busy = busy;
    emit statusMessage(busy ? message : QString(), 0);
    updateActions();
    emit busyChanged(busy || isUploading());
}

void UploadController::fail(const QString &message)
{
    setBusy(false);
    if (m_messageBar)
        m_messageBar->showMessage(message, MessageBar::Type::Error);
}

void UploadController::updateActions()
{
    const bool uploading = isUploading();
    const bool idle = !uploading && !m_busy;
    CertificateTableModel *model = m_model;
    bool anyNotUploaded = false;
    const int rows = model->rowCount();
    for (int row = 0; row < rows && !anyNotUploaded && idle; ++row) {
        const CertificateRow &r = model->row(row);
        anyNotUploaded =
                r.uploadState != UploadState::NotSent && r.uploadState != UploadState::Uploaded;
    }
    m_uploadAction->setEnabled(idle && rows > 0);
    m_sendSelectedAction->setEnabled(idle && rows > 0);
    m_sendAgainAction->setEnabled(idle && anyNotUploaded);
    m_cancelAction->setEnabled(uploading || m_busy);
    m_connectionAction->setEnabled(idle);
    m_refreshAction->setEnabled(idle);
}

} // namespace Ditio
