#include "uploadsession.h"

#include "model/certificatetablemodel.h"
#include "net/ditioapiclient.h"
#include "net/employeeregisterclient.h"
#include "net/tokenprovider.h"
#include "net/urlpolicy.h"
#include "register/employeedirectory.h"
#include "systemuploadtimer.h"
#include "uploadrunlog.h"
#include "util/clock.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>

namespace Ditio {

namespace {

// The register read failed because the connection or the credentials did: its last reply
// had no answer, a redirect, 401 or 403 (or there was none: the token failed first).
bool isConnectionFailure(int lastRegisterStatus)
{
    return lastRegisterStatus <= 0 || (lastRegisterStatus >= 300 && lastRegisterStatus < 400)
            || lastRegisterStatus == 401 || lastRegisterStatus == 403;
}

} // namespace

UploadSession::UploadSession(CertificateTableModel *model, const Clock *clock, QObject *parent)
    : QObject(parent),
      m_model(model),
      m_clock(clock ? clock : Clock::system()),
      m_network(new QNetworkAccessManager(this)),
      m_tokens(new TokenProvider(m_network, m_clock, this)),
      m_api(new DitioApiClient(DitioEnvironment(), m_network, m_tokens, m_clock, this)),
      m_register(new EmployeeRegisterClient(m_api, m_clock, this)),
      m_systemTimer(new SystemUploadTimer(this)),
      m_timer(m_systemTimer)
{
    // Redirects are refused by the client itself; the manager must not follow them first.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    connect(m_register, &EmployeeRegisterClient::progress, this, &UploadSession::registerProgress);
    connect(m_register, &EmployeeRegisterClient::finished, this,
            [this](const EmployeeRegisterClient::Result &result) {
                onRegisterRead(result.ok, result.employees, result.readAt, result.errorMessage);
            });
    // The register client says what failed, not whether it was the connection: its last
    // HTTP status tells (the manager announces a reply before the client sees it).
    connect(m_network, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
        if (m_step == Step::Register && reply->url().path().contains(u"/integration/"))
            m_lastRegisterStatus =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    });
}

UploadSession::~UploadSession()
{
    stopChecks();
    // Before the client and the timer it uses go: a run still going ends quietly, leaving
    // no row Sending. (Users that want the summary of such a run cancel() first.)
    delete m_job;
    m_job = nullptr;
}

void UploadSession::setEnvironment(const DitioEnvironment &environment)
{
    stopChecks();
    m_environment = environment;
    m_title.clear();
    m_api->setEnvironment(environment);
    m_tokens->setClientCredentials(environment.identityBase(), QString(), QString());
    // A proxy has no business between this computer and itself (the sandbox).
    m_network->setProxy(UrlPolicy::isLoopbackHost(environment.apiBase().host())
                                ? QNetworkProxy(QNetworkProxy::NoProxy)
                                : QNetworkProxy());
    // A register and the accepted types belong to one environment.
    m_model->setEmployeeDirectory(nullptr);
    reloadKnownTypes();
}

QString UploadSession::environmentTitle() const
{
    //: %1 is the environment: Test, Production, Custom or Sandbox
    return m_title.isEmpty() ? tr("Ditio (%1)").arg(m_environment.title()) : m_title;
}

void UploadSession::setClientCredentials(const QString &clientId, const QString &clientSecret)
{
    m_api->setClientCredentials(clientId, clientSecret);
}

void UploadSession::setStaticToken(const QString &token)
{
    m_tokens->setStaticToken(token);
}

bool UploadSession::hasCredentials() const
{
    return m_tokens->isConfigured();
}

void UploadSession::setTransferTimeout(int milliseconds)
{
    m_api->setTransferTimeout(milliseconds);
}

void UploadSession::setUploadTimer(UploadTimer *timer)
{
    m_timer = timer ? timer : m_systemTimer;
}

void UploadSession::setKnownTypesSettings(QSettings *settings)
{
    m_knownTypesSettings = settings;
    m_knownTypesFor.reset();
    reloadKnownTypes();
}

void UploadSession::reloadKnownTypes()
{
    // Read again only for another environment: the remembered list is this object's own.
    if (!m_knownTypesSettings || m_knownTypesFor == m_environment.key())
        return;
    m_knownTypesFor = m_environment.key();
    m_knownTypes = KnownCertificateTypes(m_knownTypesSettings, m_environment.key());
    m_model->setKnownCertificateTypes(std::make_shared<const KnownCertificateTypes>(m_knownTypes));
}

bool UploadSession::hasRegister() const
{
    return m_model->employeeDirectory() != nullptr;
}

bool UploadSession::isUploading() const
{
    return m_job && m_job->isRunning();
}

void UploadSession::readRegister()
{
    if (isBusy())
        return;
    m_pending.reset();
    startRegisterRead();
}

void UploadSession::upload()
{
    begin(Run());
}

void UploadSession::upload(const QList<quint32> &rowIds)
{
    begin(Run {true, rowIds});
}

void UploadSession::begin(const Run &run)
{
    if (isBusy())
        return;
    m_pending = run;
    if (m_mode == Mode::Interactive) {
        checkRegister();
        return;
    }
    if (rowsOf(run).isEmpty()) {
        send(); // nobody to ask and nothing to send: an empty run, without a request
        return;
    }
    requestToken();
}

void UploadSession::requestToken()
{
    m_step = Step::Token;
    const quint64 generation = m_generation;
    m_tokens->requestToken(this, [this, generation](const TokenProvider::Result &result) {
        if (generation != m_generation || m_step != Step::Token)
            return;
        m_step = Step::Idle;
        if (!result.ok()) {
            m_pending.reset();
            emit failed(result.message);
            return;
        }
        checkRegister();
    });
}

void UploadSession::checkRegister()
{
    if (hasRegister())
        send();
    else
        startRegisterRead();
}

void UploadSession::startRegisterRead()
{
    m_step = Step::Register;
    m_lastRegisterStatus = -1;
    // The register's pages wait and retry as the upload's batches do.
    RetryPolicy policy = m_retryPolicy.value_or(RetryPolicy());
    policy.setMaxAttempts(m_jobOptions.maxAttempts);
    m_register->setRetryPolicy(policy);
    m_register->setTimer(m_timer);
    emit registerReadStarted();
    m_register->read();
}

void UploadSession::onRegisterRead(bool ok, const EmployeeRecords &employees,
                                   const QDateTime &readAt, const QString &errorMessage)
{
    if (m_step != Step::Register)
        return;
    m_step = Step::Idle;
    const bool runWaiting = m_pending.has_value();
    if (ok) {
        m_model->setEmployeeDirectory(std::make_shared<const EmployeeDirectory>(employees, readAt));
        emit registerRead(int(employees.size()));
        if (runWaiting)
            send();
        return;
    }
    const bool goingOn =
            runWaiting && m_mode == Mode::Unattended && !isConnectionFailure(m_lastRegisterStatus);
    emit registerReadFailed(errorMessage, goingOn);
    if (goingOn) {
        send();
    } else if (runWaiting) {
        m_pending.reset();
        emit failed(errorMessage);
    }
}

QList<int> UploadSession::rowsOf(const Run &run) const
{
    if (!run.selectedRows)
        return UploadJob::defaultRows(m_model);
    QList<int> rows;
    for (quint32 id : run.rowIds) {
        const int row = m_model->rowOfId(id);
        if (row >= 0 && !m_model->rowHasErrors(row) && !m_model->row(row).isBlank())
            rows.append(row);
    }
    return rows;
}

void UploadSession::send()
{
    if (!m_pending)
        return;
    const Run run = *std::exchange(m_pending, std::nullopt);
    const QList<int> rows = rowsOf(run);
    if (m_beforeSending && !m_beforeSending(rows))
        return;

    delete m_job;
    m_job = new UploadJob(m_model, m_api, m_timer, m_model->clock(), this);
    m_job->setOptions(m_jobOptions);
    if (m_retryPolicy)
        m_job->setRetryPolicy(*m_retryPolicy);
    m_job->setEnvironmentTitle(environmentTitle());
    m_job->setEnvironmentKind(m_environment.kind());
    m_sentRowIds.clear();
    connect(m_job, &UploadJob::aboutToSend, this, [this](const QList<int> &sending) {
        for (int row : sending)
            m_sentRowIds.insert(m_model->rowId(row));
        emit aboutToSend(sending);
    });
    connect(m_job, &UploadJob::progress, this, &UploadSession::progress);
    connect(m_job, &UploadJob::statusChanged, this, &UploadSession::statusChanged);
    connect(m_job, &UploadJob::rowSettled, this, &UploadSession::rowResult);
    connect(m_job, &UploadJob::finished, this, &UploadSession::onJobFinished);
    // Every row not Uploaded, as the job counts them (rows with errors are counted as
    // skipped), or exactly the rows asked for.
    if (run.selectedRows)
        m_job->start(rows);
    else
        m_job->start();
    if (m_job->isRunning())
        emit started();
}

void UploadSession::onJobFinished(const UploadSummary &summary)
{
    learnAcceptedTypes();
    m_lastSummary = summary;
    m_lastRunLogPath = UploadRunLog::pathFor(m_workFilePath ? m_workFilePath() : QString());
    QString logError;
    if (!UploadRunLog(m_lastRunLogPath).append(summary, &logError))
        emit runLogFailed(logError);
    emit finished(summary);
}

void UploadSession::learnAcceptedTypes()
{
    // Types Ditio accepted in this run: a later row spelled almost like one gets a warning.
    if (!m_knownTypesSettings)
        return;
    QStringList accepted;
    for (quint32 id : std::as_const(m_sentRowIds)) {
        const int row = m_model->rowOfId(id);
        if (row >= 0 && m_model->row(row).uploadState == UploadState::Uploaded)
            accepted.append(m_model->row(row).text(Field::CertificateType));
    }
    accepted.removeDuplicates();
    if (accepted.isEmpty())
        return;
    m_knownTypes.addAccepted(accepted);
    m_model->setKnownCertificateTypes(std::make_shared<const KnownCertificateTypes>(m_knownTypes));
}

void UploadSession::cancel()
{
    if (isUploading()) {
        m_job->cancel();
        return;
    }
    if (m_step == Step::Idle)
        return;
    stopChecks();
    emit cancelled();
}

void UploadSession::stopChecks()
{
    ++m_generation;
    m_pending.reset();
    m_register->abort();
    m_step = Step::Idle;
}

} // namespace Ditio
