#pragma once

#include "net/ditioenvironment.h"
#include "retrypolicy.h"
#include "uploadsummary.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <deque>

namespace Ditio {

class CertificateTableModel;
class CertificatesEndpoint;
class Clock;
class PendingRequest;
class UploadTimer;
struct EndpointReply;

// Sends rows of a table to Ditio in batches and writes each row's result into the table.
//
// Only a 2xx answer to the request that carried a row makes it Uploaded. A 400 (or 422)
// rejects the rows the body names and resends the rest; when it names none, the batch is
// split in halves until each bad row is alone: one bad row in a batch of b rows costs at
// most 2 * ceil(log2 b) extra requests (both halves of each split are sent, and every row
// is sent alone before it is rejected, so an error that only shows in company never rejects
// a good row). 429, 5xx and "no answer" are retried with backoff;
// a batch that never gets an answer ends Unconfirmed (safe to send again: Ditio upserts).
// A row edited while its request was in flight is never marked Uploaded with its old
// content. One run at a time.
class UploadJob : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int batchSize = 100; // rows per request
        int maxInFlight = 2; // requests (or retry waits) at once
        int maxAttempts = RetryPolicy::DefaultMaxAttempts; // per batch, first one included
        int maxFailedBatches = 3; // batches in a row ending Unconfirmed before the run stops
    };

    // None of the pointers is owned; all must outlive the job. clock may be null (system).
    // The endpoint must not emit finished() before postCertificates() returns.
    UploadJob(CertificateTableModel *model, CertificatesEndpoint *endpoint, UploadTimer *timer,
              const Clock *clock = nullptr, QObject *parent = nullptr);
    ~UploadJob() override;

    Options options() const { return m_options; }
    void setOptions(const Options &options);
    // The backoff; its maxAttempts is replaced by options().maxAttempts.
    RetryPolicy retryPolicy() const { return m_policy; }
    void setRetryPolicy(const RetryPolicy &policy);
    // Named in the status texts and the summary ("Ditio (test)").
    QString environmentTitle() const { return m_environment; }
    void setEnvironmentTitle(const QString &title) { m_environment = title; }
    // Kept with each row's result ("Uploaded to Test ..."); none: not known.
    std::optional<DitioEnvironment::Kind> environmentKind() const { return m_environmentKind; }
    void setEnvironmentKind(std::optional<DitioEnvironment::Kind> kind)
    {
        m_environmentKind = kind;
    }

    // The rows start() sends: every non-blank row without errors that is not Uploaded.
    static QList<int> defaultRows(const CertificateTableModel *model);

    // Sends every row without errors that is not Uploaded. Returns false (and does
    // nothing) while a run is on. With nothing to send, finished() is emitted before
    // start() returns.
    bool start();
    // Sends these rows (e.g. the selection), whatever their state, skipping rows with errors.
    bool start(const QList<int> &rows);
    // Stops at once: requests in flight are aborted and their rows Unconfirmed; nothing
    // more is sent. finished() follows before cancel() returns.
    void cancel();
    bool isRunning() const { return m_running; }

    // The last finished run's summary (or the running one's so far).
    UploadSummary summary() const { return m_summary; }

signals:
    // These rows were just marked Sending and are about to go out: the app saves a local
    // record now, so a crash cannot lose the fact that they may have reached Ditio.
    void aboutToSend(const QList<int> &rows);
    // rowsDone: rows with a final result in this run.
    void progress(int rowsDone, int rowsTotal);
    // Translated, one line: waiting, retrying, stopped.
    void statusChanged(const QString &text);
    // A row got its result for this run and it is in the table now (Uploaded, Rejected,
    // Unconfirmed, or NotSent when it was edited while being sent). Rows that never reached
    // Ditio keep their state and are not reported; removed rows are only counted.
    void rowSettled(int row, Ditio::UploadState state, const QString &message);
    void finished(const Ditio::UploadSummary &summary);

private:
    struct Item
    {
        quint32 id = 0;
        quint64 revision = 0; // of the content last sent
        QString employeeNumber; // as last sent
        bool sent = false; // handed to a request at least once
        // A request carrying it may have reached Ditio (anything but a refused
        // connection): only then is an unclear end Unconfirmed.
        bool mayHaveArrived = false;
        // The row's result before this run marked it Sending, restored when it
        // never reached Ditio.
        UploadState before = UploadState::NotSent;
        QString beforeMessage;
        QDateTime beforeAt;
        std::optional<DitioEnvironment::Kind> beforeTo;
    };
    struct Batch
    {
        QList<Item> items;
        int attempts = 0; // requests made for exactly these items
    };
    struct Waiting
    {
        Batch batch;
        int timerId = 0;
    };

    bool startRows(const QList<int> &candidates);
    // Batches waiting to go: first those put back (splits, retries after a refusal), then
    // new ones cut from the rows not yet batched, only when needed (a run of 100,000 rows
    // must not build 1,000 lists before its first request).
    bool hasQueued() const;
    Batch takeQueued();
    void pump();
    void dispatch(Batch batch);
    void onFinished(PendingRequest *request, const EndpointReply &reply);
    void onRetryDue(int key);
    void handleSuccess(const Batch &batch);
    void handleRefused(const Batch &batch, const EndpointReply &reply);
    void handleTooLarge(const Batch &batch);
    void handleRejectedAll(const Batch &batch, const EndpointReply &reply);
    void handleRetryable(const Batch &batch, const EndpointReply &reply);
    void stopRun(const QString &reason, const QString &rowMessage, bool cancelled);
    void finishIfDone();
    void finish();

    // Writes a row's final result for this run: a row edited since it was sent goes back
    // to NotSent instead; a removed row is only counted.
    void settle(const Item &item, UploadState state, const QString &message);
    // A batch whose outcome is unknown: rows that went out Unconfirmed, the others keep
    // their state and count as not sent.
    void settleUnknown(const Batch &batch, const QString &message);
    void split(const Batch &batch);
    void record(const Item &item, int row, UploadState state, const QString &message);
    static QString problemText(const EndpointReply &reply);

    QPointer<CertificateTableModel> m_model;
    CertificatesEndpoint *m_endpoint;
    UploadTimer *m_timer;
    const Clock *m_clock;
    Options m_options;
    RetryPolicy m_policy;
    QString m_environment;
    std::optional<DitioEnvironment::Kind> m_environmentKind;

    bool m_running = false;
    std::deque<Batch> m_queue;
    QList<quint32> m_pendingIds; // rows not cut into a batch yet
    qsizetype m_pendingAt = 0;
    QHash<PendingRequest *, Batch> m_inFlight;
    QHash<int, Waiting> m_waiting; // batches waiting to be retried, by a key of ours
    int m_nextWaitKey = 1;
    QList<quint32> m_resultIds; // the row of each m_summary.rows entry
    int m_failedBatchesInRow = 0;
    int m_done = 0;
    UploadSummary m_summary;
};

} // namespace Ditio
