#include "uploadjob.h"

#include "certificatepayload.h"
#include "certificatesendpoint.h"
#include "ditioerrorbody.h"
#include "model/certificatetablemodel.h"
#include "uploadtimer.h"
#include "util/clock.h"

#include <algorithm>

namespace Ditio {

namespace {

QString withoutFinalStop(QString text)
{
    text = text.trimmed();
    while (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

qint64 secondsUp(qint64 ms)
{
    return (qMax<qint64>(0, ms) + 999) / 1000;
}

} // namespace

UploadJob::UploadJob(CertificateTableModel *model, CertificatesEndpoint *endpoint,
                     UploadTimer *timer, const Clock *clock, QObject *parent)
    : QObject(parent),
      m_model(model),
      m_endpoint(endpoint),
      m_timer(timer),
      m_clock(clock ? clock : Clock::system())
{
    m_policy.setMaxAttempts(m_options.maxAttempts);
}

UploadJob::~UploadJob()
{
    if (!m_running)
        return;
    // Nobody listens any more, but the table may outlive the job: leave no row Sending.
    QSignalBlocker blocker(this);
    stopRun(tr("The upload was closed."),
            tr("Cancelled before Ditio answered; safe to send again."), true);
}

void UploadJob::setOptions(const Options &options)
{
    m_options.batchSize = qMax(1, options.batchSize);
    m_options.maxInFlight = qMax(1, options.maxInFlight);
    m_options.maxAttempts = qMax(1, options.maxAttempts);
    m_options.maxFailedBatches = qMax(1, options.maxFailedBatches);
    m_policy.setMaxAttempts(m_options.maxAttempts);
}

void UploadJob::setRetryPolicy(const RetryPolicy &policy)
{
    m_policy = policy;
    m_policy.setMaxAttempts(m_options.maxAttempts);
}

QList<int> UploadJob::defaultRows(const CertificateTableModel *model)
{
    QList<int> rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->row(row).uploadState != UploadState::Uploaded && !model->rowHasErrors(row)
            && !model->row(row).isBlank())
            rows.append(row);
    }
    return rows;
}

bool UploadJob::start()
{
    if (m_running || !m_model)
        return false;
    QList<int> rows;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->row(row).uploadState != UploadState::Uploaded)
            rows.append(row);
    }
    return startRows(rows);
}

bool UploadJob::start(const QList<int> &rows)
{
    if (m_running || !m_model)
        return false;
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    sorted.removeIf([this](int row) { return row < 0 || row >= m_model->rowCount(); });
    return startRows(sorted);
}

bool UploadJob::startRows(const QList<int> &candidates)
{
    m_summary = UploadSummary();
    m_summary.environment = m_environment;
    m_summary.startedAt = m_clock->now();
    m_resultIds.clear();
    m_queue.clear();
    m_pendingIds.clear();
    m_pendingAt = 0;
    m_failedBatchesInRow = 0;
    m_done = 0;

    m_pendingIds.clear();
    m_pendingIds.reserve(candidates.size());
    m_pendingAt = 0;
    for (int row : candidates) {
        if (m_model->row(row).isBlank())
            continue;
        if (m_model->rowHasErrors(row)) {
            ++m_summary.skippedInvalid;
            continue;
        }
        m_pendingIds.append(m_model->rowId(row));
    }
    m_summary.rowsToSend = int(m_pendingIds.size());

    m_running = true;
    emit progress(0, m_summary.rowsToSend);
    if (hasQueued())
        emit statusChanged(
                tr("Sending to %1…").arg(m_environment.isEmpty() ? tr("Ditio") : m_environment));
    pump();
    finishIfDone();
    return true;
}

bool UploadJob::hasQueued() const
{
    return !m_queue.empty() || m_pendingAt < m_pendingIds.size();
}

UploadJob::Batch UploadJob::takeQueued()
{
    if (!m_queue.empty()) {
        Batch batch = std::move(m_queue.front());
        m_queue.pop_front();
        return batch;
    }
    Batch batch;
    const qsizetype end = std::min(m_pendingIds.size(), m_pendingAt + m_options.batchSize);
    batch.items.reserve(end - m_pendingAt);
    for (; m_pendingAt < end; ++m_pendingAt) {
        Item item;
        item.id = m_pendingIds.at(m_pendingAt);
        batch.items.append(item);
    }
    if (m_pendingAt >= m_pendingIds.size()) {
        m_pendingIds.clear();
        m_pendingAt = 0;
    }
    return batch;
}

void UploadJob::pump()
{
    while (m_running && hasQueued() && m_inFlight.size() + m_waiting.size() < m_options.maxInFlight)
        dispatch(takeQueued());
}

void UploadJob::dispatch(Batch batch)
{
    if (!m_model) {
        stopRun(tr("The table was closed."),
                tr("Cancelled before Ditio answered; safe to send again."), true);
        return;
    }
    QList<Item> items;
    QList<int> rows;
    QList<const CertificateRow *> payload;
    for (Item item : std::as_const(batch.items)) {
        const int row = m_model->rowOfId(item.id);
        if (row < 0) {
            settle(item, UploadState::NotSent, {}); // counts it as removed
            continue;
        }
        if (m_model->rowHasErrors(row)) {
            // Edited into an invalid row while queued: never send it.
            if (item.mayHaveArrived) {
                settle(item, UploadState::Unconfirmed,
                       tr("Not confirmed: the row now has errors and was not sent again."));
            } else {
                ++m_summary.skippedInvalid;
                --m_summary.rowsToSend;
            }
            continue;
        }
        if (!item.sent) {
            ++m_summary.rowsSent;
            const CertificateRow &current = m_model->row(row);
            item.before = current.uploadState;
            item.beforeMessage = current.uploadMessage;
            item.beforeAt = current.uploadedAt;
            item.beforeTo = current.uploadedToKind();
        }
        item.sent = true;
        item.revision = m_model->rowRevision(row);
        item.employeeNumber = m_model->row(row).apiValue(Field::EmployeeNumber);
        m_model->setUploadResult(row, UploadState::Sending);
        items.append(item);
        rows.append(row);
        payload.append(&m_model->row(row));
    }
    if (items.isEmpty())
        return;
    batch.items = items;
    const QByteArray body = CertificatePayload::toJsonArray(payload);
    emit aboutToSend(rows);
    if (!m_running) {
        // A receiver of aboutToSend() cancelled: these rows never went out.
        for (const Item &item : std::as_const(items)) {
            const int row = m_model ? m_model->rowOfId(item.id) : -1;
            if (row >= 0 && m_model->row(row).uploadState == UploadState::Sending)
                m_model->setUploadResult(row, UploadState::NotSent);
        }
        return;
    }

    ++batch.attempts;
    ++m_summary.requests;
    PendingRequest *request = m_endpoint->postCertificates(body);
    if (!request) {
        EndpointReply reply;
        reply.outcome = EndpointReply::Outcome::Fatal;
        reply.message = tr("The request could not be made.");
        m_inFlight.insert(nullptr, batch);
        onFinished(nullptr, reply);
        return;
    }
    m_inFlight.insert(request, batch);
    connect(request, &PendingRequest::finished, this,
            [this, request](const EndpointReply &reply) { onFinished(request, reply); });
}

void UploadJob::onFinished(PendingRequest *request, const EndpointReply &reply)
{
    const auto it = m_inFlight.find(request);
    if (it == m_inFlight.end())
        return;
    Batch batch = it.value();
    m_inFlight.erase(it);
    if (reply.reachedDitio) {
        for (Item &item : batch.items)
            item.mayHaveArrived = true;
    }
    if (request) {
        request->disconnect(this);
        request->deleteLater();
    }

    switch (reply.outcome) {
    case EndpointReply::Outcome::Answered: {
        const int status = reply.status;
        if (status >= 200 && status < 300)
            handleSuccess(batch);
        else if (status == 400 || status == 422)
            handleRefused(batch, reply);
        else if (status == 413)
            handleTooLarge(batch);
        else if (status == 408 || status == 429 || (status >= 500 && status < 600))
            handleRetryable(batch, reply);
        else if (status == 401 || status == 403 || status < 200 || status >= 600
                 || (status >= 300 && status < 400)) {
            // The endpoint deals with tokens and redirects; seeing one here means the
            // connection itself is wrong, and every further request would fail the same way.
            const QString reason = reply.message.isEmpty()
                    ? tr("Ditio answered with HTTP status %1, which the upload cannot handle.")
                              .arg(status)
                    : reply.message;
            const QString rowMessage =
                    tr("Not confirmed: %1; safe to send again.").arg(withoutFinalStop(reason));
            settleUnknown(batch, rowMessage);
            stopRun(reason, rowMessage, false);
            return;
        } else
            handleRejectedAll(batch, reply);
        break;
    }
    case EndpointReply::Outcome::Transient:
        handleRetryable(batch, reply);
        break;
    case EndpointReply::Outcome::Fatal: {
        const QString reason =
                reply.message.isEmpty() ? tr("The connection to Ditio failed.") : reply.message;
        const QString rowMessage =
                tr("Not confirmed: %1; safe to send again.").arg(withoutFinalStop(reason));
        settleUnknown(batch, rowMessage);
        stopRun(reason, rowMessage, false);
        return;
    }
    }
    if (!m_running)
        return;
    emit progress(m_done, m_summary.rowsToSend);
    pump();
    finishIfDone();
}

void UploadJob::handleSuccess(const Batch &batch)
{
    m_failedBatchesInRow = 0;
    for (const Item &item : batch.items)
        settle(item, UploadState::Uploaded, {});
}

void UploadJob::handleRefused(const Batch &batch, const EndpointReply &reply)
{
    m_failedBatchesInRow = 0;
    QStringList numbers;
    for (const Item &item : batch.items)
        numbers.append(item.employeeNumber);
    const DitioErrorBody body = DitioErrorBody::parse(reply.body, numbers);
    QString message = body.message();
    if (message.isEmpty())
        message = tr("Ditio refused this row (HTTP %1) without saying why.").arg(reply.status);

    if (batch.items.size() == 1) {
        const auto attributions = body.attributions();
        const QString rowMessage = attributions.isEmpty() || attributions.first().message.isEmpty()
                ? message
                : attributions.first().message;
        settle(batch.items.first(), UploadState::Rejected, rowMessage);
        return;
    }
    if (!body.namesRows()) {
        split(batch);
        return;
    }

    // Rows the body names are rejected; a row named only by an employee number that
    // other rows of the batch share is sent alone to find out; the rest is resent.
    QList<bool> named(batch.items.size(), false);
    std::deque<Batch> alone;
    for (const DitioErrorBody::Attribution &attribution : body.attributions()) {
        named[attribution.index] = true;
        const Item &item = batch.items.at(attribution.index);
        if (attribution.ambiguous)
            alone.push_back(Batch {{item}, 0});
        else
            settle(item, UploadState::Rejected,
                   attribution.message.isEmpty() ? message : attribution.message);
    }
    Batch rest;
    for (qsizetype i = 0; i < batch.items.size(); ++i) {
        if (!named.at(i))
            rest.items.append(batch.items.at(i));
    }
    if (!rest.items.isEmpty())
        m_queue.push_front(rest);
    for (auto it = alone.rbegin(); it != alone.rend(); ++it)
        m_queue.push_front(*it);
}

void UploadJob::handleTooLarge(const Batch &batch)
{
    m_failedBatchesInRow = 0;
    if (batch.items.size() == 1) {
        settle(batch.items.first(), UploadState::Rejected,
               tr("Ditio refused this row as too large (HTTP 413)."));
        return;
    }
    split(batch);
}

void UploadJob::handleRejectedAll(const Batch &batch, const EndpointReply &reply)
{
    m_failedBatchesInRow = 0;
    QStringList numbers;
    for (const Item &item : batch.items)
        numbers.append(item.employeeNumber);
    const QString said = DitioErrorBody::parse(reply.body, numbers).message();
    const QString message = said.isEmpty()
            ? tr("Ditio refused the request (HTTP %1).").arg(reply.status)
            : tr("Ditio refused the request (HTTP %1): %2").arg(reply.status).arg(said);
    for (const Item &item : batch.items)
        settle(item, UploadState::Rejected, message);
}

void UploadJob::split(const Batch &batch)
{
    // The first half goes first (pushed last), so results arrive roughly in table order.
    const qsizetype half = batch.items.size() / 2;
    m_queue.push_front(Batch {batch.items.mid(half), 0});
    m_queue.push_front(Batch {batch.items.mid(0, half), 0});
}

QString UploadJob::problemText(const EndpointReply &reply)
{
    if (reply.outcome == EndpointReply::Outcome::Answered) {
        if (reply.status == 429)
            return tr("Ditio asked to wait (429)");
        return tr("Ditio answered HTTP %1").arg(reply.status);
    }
    return reply.message.isEmpty() ? tr("No answer from Ditio") : withoutFinalStop(reply.message);
}

void UploadJob::handleRetryable(const Batch &batch, const EndpointReply &reply)
{
    const QString problem = problemText(reply);
    if (!m_policy.mayRetry(batch.attempts)) {
        settleUnknown(batch,
                      tr("Not confirmed after %1 attempts: %2; safe to send again.")
                              .arg(batch.attempts)
                              .arg(problem));
        ++m_failedBatchesInRow;
        if (m_failedBatchesInRow >= m_options.maxFailedBatches) {
            stopRun(tr("%1 batches in a row were not confirmed after %2 attempts each. Last "
                       "problem: %3.")
                            .arg(m_failedBatchesInRow)
                            .arg(m_options.maxAttempts)
                            .arg(problem),
                    tr("Not confirmed: the upload stopped before Ditio answered; safe to send "
                       "again."),
                    false);
        }
        return;
    }

    const QDateTime now = m_clock->now();
    const qint64 delay = m_policy.delayMs(batch.attempts, reply.retryAfter, now);
    const int key = m_nextWaitKey++;
    const int timerId = m_timer->schedule(delay, [this, key] { onRetryDue(key); });
    m_waiting.insert(key, Waiting {batch, timerId});

    const std::optional<qint64> asked = RetryPolicy::parseRetryAfter(reply.retryAfter, now);
    QString status;
    if (asked && reply.outcome == EndpointReply::Outcome::Answered) {
        const QString at = now.addMSecs(delay).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        status = tr("Ditio asked to wait %1 s (%2); retrying at %3")
                         .arg(secondsUp(qMin(*asked, m_policy.retryAfterCapMs())))
                         .arg(reply.status)
                         .arg(at);
    } else {
        status = tr("%1; retry %2 of %3 in %4 s")
                         .arg(problem)
                         .arg(batch.attempts + 1)
                         .arg(m_policy.maxAttempts())
                         .arg(secondsUp(delay));
    }
    emit statusChanged(status);
}

void UploadJob::onRetryDue(int key)
{
    const auto it = m_waiting.find(key);
    if (it == m_waiting.end())
        return;
    const Batch batch = it->batch;
    m_waiting.erase(it);
    if (!m_running)
        return;
    dispatch(batch);
    pump();
    finishIfDone();
}

void UploadJob::record(const Item &item, int row, UploadState state, const QString &message)
{
    UploadSummary::RowResult result;
    result.state = state;
    result.message = message;
    if (row >= 0 && m_model) {
        result.sourceRow = m_model->row(row).sourceRow;
        result.employeeNumber = m_model->text(row, Field::EmployeeNumber);
        result.certificateType = m_model->text(row, Field::CertificateType);
    }
    m_summary.rows.append(result);
    m_resultIds.append(item.id);
}

void UploadJob::settle(const Item &item, UploadState state, const QString &message)
{
    ++m_done;
    const int row = m_model ? m_model->rowOfId(item.id) : -1;
    if (row < 0) {
        ++m_summary.removed;
        return;
    }
    if (item.sent && m_model->rowRevision(row) != item.revision) {
        // Whatever Ditio said was about the old content; the new content was never sent.
        const QString edited = tr("Edited while being sent; send it again.");
        m_model->setUploadResult(row, UploadState::NotSent, edited);
        ++m_summary.notSent;
        record(item, row, UploadState::NotSent, edited);
        emit rowSettled(row, UploadState::NotSent, edited);
        return;
    }
    switch (state) {
    case UploadState::Uploaded:
        m_model->setUploadResult(row, UploadState::Uploaded, {}, m_clock->now(), m_environmentKind);
        ++m_summary.uploaded;
        emit rowSettled(row, UploadState::Uploaded, {});
        return;
    case UploadState::Rejected:
        ++m_summary.rejected;
        break;
    case UploadState::Unconfirmed:
        ++m_summary.unconfirmed;
        break;
    case UploadState::NotSent:
    case UploadState::Sending:
        ++m_summary.notSent;
        break;
    }
    const bool answered = state == UploadState::Rejected || state == UploadState::Unconfirmed;
    m_model->setUploadResult(row, state, message, {}, answered ? m_environmentKind : std::nullopt);
    record(item, row, state, message);
    emit rowSettled(row, state, message);
}

void UploadJob::settleUnknown(const Batch &batch, const QString &message)
{
    for (const Item &item : batch.items) {
        if (item.mayHaveArrived) {
            settle(item, UploadState::Unconfirmed, message);
            continue;
        }
        // Never reached Ditio: the row keeps whatever state it had.
        ++m_done;
        const int row = m_model ? m_model->rowOfId(item.id) : -1;
        if (row < 0) {
            ++m_summary.removed;
            continue;
        }
        if (item.sent && m_model->row(row).uploadState == UploadState::Sending)
            m_model->setUploadResult(row, item.before, item.beforeMessage, item.beforeAt,
                                     item.beforeTo);
        ++m_summary.notSent; // counted, not listed: a stopped run may leave thousands
    }
}

void UploadJob::stopRun(const QString &reason, const QString &rowMessage, bool cancelled)
{
    if (!m_running)
        return;
    const auto inFlight = m_inFlight;
    m_inFlight.clear();
    for (auto it = inFlight.cbegin(); it != inFlight.cend(); ++it) {
        if (PendingRequest *request = it.key()) {
            request->disconnect(this);
            request->abort();
            request->deleteLater();
        }
        Batch batch = it.value(); // in flight: it may have arrived
        for (Item &item : batch.items)
            item.mayHaveArrived = true;
        settleUnknown(batch, rowMessage);
    }
    const auto waiting = m_waiting;
    m_waiting.clear();
    for (const Waiting &wait : waiting) {
        m_timer->cancel(wait.timerId);
        settleUnknown(wait.batch, rowMessage);
    }
    while (hasQueued())
        settleUnknown(takeQueued(), rowMessage);
    m_summary.cancelled = cancelled;
    m_summary.stopReason = reason;
    finish();
}

void UploadJob::cancel()
{
    stopRun(tr("Cancelled."), tr("Cancelled before Ditio answered; safe to send again."), true);
}

void UploadJob::finishIfDone()
{
    if (m_running && !hasQueued() && m_inFlight.isEmpty() && m_waiting.isEmpty())
        finish();
}

void UploadJob::finish()
{
    m_running = false;
    m_summary.finishedAt = m_clock->now();
    m_summary.elapsedMs = qMax<qint64>(0, m_summary.startedAt.msecsTo(m_summary.finishedAt));
    for (qsizetype i = 0; i < m_summary.rows.size(); ++i)
        m_summary.rows[i].tableRow = m_model ? m_model->rowOfId(m_resultIds.at(i)) : -1;
    emit progress(m_done, m_summary.rowsToSend);
    emit statusChanged(m_summary.text());
    emit finished(m_summary);
}

} // namespace Ditio
