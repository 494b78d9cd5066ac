#pragma once

#include "net/ditioenvironment.h"
#include "register/employeerecord.h"
#include "register/knowncertificatetypes.h"
#include "retrypolicy.h"
#include "uploadjob.h"
#include "uploadsummary.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QSettings;
QT_END_NAMESPACE

namespace Ditio {

class CertificateTableModel;
class Clock;
class DitioApiClient;
class EmployeeRegisterClient;
class SystemUploadTimer;
class TokenProvider;
class UploadTimer;

// One upload to Ditio from the first request to the last line of its log, the same for the
// window and the command line: an environment and credentials go in; a TokenProvider and a
// DitioApiClient on a network manager of the session's own, Ditio's employee register (read
// once per environment and handed to the table as an EmployeeDirectory, beside the
// KnownCertificateTypes of that environment), the UploadJob and the UploadRunLog line are
// inside; signals and an UploadSummary come out. Its users only choose what to send and tell
// the user what happened, so whatever must happen to every upload (a record of each
// confirmed row, say) hooks in here, once: rowResult() and finished().
//
// One run at a time. The rows are the table's: the session writes their results into it, so
// the table must outlive the session.
class UploadSession : public QObject
{
    Q_OBJECT

public:
    // Who runs the session, which decides what happens when the checks before sending do not
    // go to plan.
    enum class Mode : quint8 {
        // The window: the register is read before the first run in an environment, and a
        // register that cannot be read stops the run (the user is told why and tries again).
        // What to do when there is nothing to send is the before-sending hook's to decide.
        Interactive,
        // A scheduled job (the command line), with nobody to ask: with nothing to send it
        // contacts nobody (the empty run is still summarised and logged); otherwise it gets
        // a token first, so a wrong secret or an unreachable host ends the run in the token's
        // own words. A register that Ditio answers but this client cannot read lets the rows
        // go unchecked (Ditio rejects unknown employees itself); a register that fails for
        // the connection or the credentials ends the run.
        Unattended,
    };

    // Asked once the checks passed, with the rows about to be sent (possibly none): false
    // sends nothing and ends the run without a summary.
    using BeforeSending = std::function<bool(const QList<int> &rows)>;
    // The work file the rows belong to, asked when a run ends (it may have been saved under
    // another name meanwhile): the run log goes beside it, or into the app's data folder.
    using WorkFilePath = std::function<QString()>;

    // clock: for tokens and the register (null: the system's). The rows are stamped with the
    // table's own clock, taken when a run starts.
    explicit UploadSession(CertificateTableModel *model, const Clock *clock = nullptr,
                           QObject *parent = nullptr);
    ~UploadSession() override;

    CertificateTableModel *model() const { return m_model; }

    Mode mode() const { return m_mode; }
    void setMode(Mode mode) { m_mode = mode; }

    // Where to. Stops a check in progress, forgets the credentials and the register of the
    // environment before (the table's directory too), takes the accepted types of this one,
    // and names it "Ditio (<title>)" again. Loopback addresses bypass any proxy.
    void setEnvironment(const DitioEnvironment &environment);
    DitioEnvironment environment() const { return m_environment; }
    // "Ditio (Test)": in the statuses, the summary and the run log.
    QString environmentTitle() const;
    void setEnvironmentTitle(const QString &title) { m_title = title; }

    // OAuth client credentials against the environment's sign-in address, or a token
    // obtained elsewhere. Never logged, never written.
    void setClientCredentials(const QString &clientId, const QString &clientSecret);
    void setStaticToken(const QString &token);
    bool hasCredentials() const;

    // Batches and requests in flight.
    void setJobOptions(const UploadJob::Options &options) { m_jobOptions = options; }
    UploadJob::Options jobOptions() const { return m_jobOptions; }
    // The backoff of the job and of the register's pages (tests keep it short); the job's
    // own when never set. Its attempts are jobOptions().maxAttempts.
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    void setTransferTimeout(int milliseconds);
    // The timer seam (a fake in tests); not owned, and must outlive the session. Null: real
    // timers.
    void setUploadTimer(UploadTimer *timer);
    // Where the types Ditio accepted are remembered per environment (the window's settings);
    // without settings the table gets none (the command line).
    void setKnownTypesSettings(QSettings *settings);
    void setWorkFilePath(WorkFilePath path) { m_workFilePath = std::move(path); }
    void setBeforeSending(BeforeSending ask) { m_beforeSending = std::move(ask); }

    // The session's network, for a connection test that must not disturb its client.
    QNetworkAccessManager *networkAccessManager() const { return m_network; }
    DitioApiClient *apiClient() const { return m_api; }

    // The table has the register of this environment.
    bool hasRegister() const;
    // A check (token, register) or an upload is running.
    bool isBusy() const { return m_step != Step::Idle || isUploading(); }
    bool isUploading() const;
    UploadSummary lastSummary() const { return m_lastSummary; }
    QString lastRunLogPath() const { return m_lastRunLogPath; }

public slots:
    // Reads the register again (Refresh); no run follows.
    void readRegister();
    // Every row without errors that is not Uploaded.
    void upload();
    // These rows (found again after the checks: they may move meanwhile), without the ones
    // that have errors or are blank.
    void upload(const QList<quint32> &rowIds);
    // During the checks: stops them, nothing sent, cancelled(). During the upload: rows in
    // flight become Unconfirmed, nothing more is sent, and finished() follows with a
    // cancelled summary before this returns.
    void cancel();

signals:
    void registerReadStarted();
    void registerProgress(int employeesRead);
    // The register is the table's now.
    void registerRead(int employees);
    // message: the register client's words, a whole sentence to show as it is. goingOn: the rows
    // are sent unchecked anyway (Unattended, Ditio answered); otherwise a run waiting for it fails.
    void registerReadFailed(const QString &message, bool goingOn);
    // The rows were marked Sending and are about to leave: a local record is written now, so
    // a crash cannot lose the fact that they may have reached Ditio.
    void aboutToSend(const QList<int> &rows);
    // The rows are on their way (not emitted when there was nothing to send).
    void started();
    void progress(int rowsDone, int rowsTotal);
    // Translated, one line: sending, waiting, retrying.
    void statusChanged(const QString &text);
    // A row's result of this run, already in the table.
    void rowResult(int row, Ditio::UploadState state, const QString &message);
    // The run log could not be appended to; finished() follows.
    void runLogFailed(const QString &message);
    void finished(const Ditio::UploadSummary &summary);
    // The run ended before anything was sent: no token (Unattended), or no register.
    void failed(const QString &message);
    // cancel() stopped the checks before anything was sent.
    void cancelled();

private:
    enum class Step : quint8 { Idle, Token, Register };
    struct Run
    {
        bool selectedRows = false;
        QList<quint32> rowIds;
    };

    void begin(const Run &run);
    void requestToken();
    void checkRegister();
    void startRegisterRead();
    void onRegisterRead(bool ok, const EmployeeRecords &employees, const QDateTime &readAt,
                        const QString &errorMessage);
    QList<int> rowsOf(const Run &run) const;
    void send();
    void onJobFinished(const UploadSummary &summary);
    void learnAcceptedTypes();
    void reloadKnownTypes();
    void stopChecks();

    CertificateTableModel *m_model;
    const Clock *m_clock;
    QNetworkAccessManager *m_network;
    TokenProvider *m_tokens;
    DitioApiClient *m_api;
    EmployeeRegisterClient *m_register;
    SystemUploadTimer *m_systemTimer;
    UploadTimer *m_timer;
    UploadJob *m_job = nullptr;

    Mode m_mode = Mode::Interactive;
    DitioEnvironment m_environment;
    QString m_title;
    UploadJob::Options m_jobOptions;
    std::optional<RetryPolicy> m_retryPolicy;
    QSettings *m_knownTypesSettings = nullptr;
    KnownCertificateTypes m_knownTypes;
    std::optional<QString> m_knownTypesFor; // the environment key they were read for
    WorkFilePath m_workFilePath;
    BeforeSending m_beforeSending;

    Step m_step = Step::Idle;
    std::optional<Run> m_pending; // waiting for the checks
    quint64 m_generation = 0; // answers to steps of an earlier run or environment are dropped
    int m_lastRegisterStatus = -1; // the HTTP status of the register's last reply
    QSet<quint32> m_sentRowIds; // rows this run sent, to learn the types Ditio accepted
    UploadSummary m_lastSummary;
    QString m_lastRunLogPath;
};

} // namespace Ditio
