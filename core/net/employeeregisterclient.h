#pragma once

#include "register/employeerecord.h"
#include "upload/retrypolicy.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

namespace Ditio {

class Clock;
class DitioApiClient;
class PendingRequest;
class UploadTimer;
struct EndpointReply;

// Reads Ditio's whole employee register: v5 employees, or v4 users when v5 answers 404. Paging
// is undocumented, so a plain array and an envelope (data/items/value with continuationToken,
// nextPageToken or links.next) are both followed, within a bound. A page that gets 429, a 5xx
// or no answer (dropped, timed out) is asked for again with the upload's backoff (RetryPolicy,
// Retry-After honoured), up to the policy's attempts; a refused connection fails at once.
class EmployeeRegisterClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultMaxPages = 10000;

    struct Result
    {
        bool ok = false;
        EmployeeRecords employees;
        QDateTime readAt; // from the clock, when the read ended
        QString source; // "v5" or "v4"
        int pages = 0;
        QString errorMessage; // translated; empty when ok
    };

    // One page as parsed: the records, and where the next page is (if anywhere).
    struct Page
    {
        EmployeeRecords employees;
        QString continuationToken; // next page by token (query continuationToken)
        QString pageToken; // next page by token (query pageToken)
        QString nextLink; // next page by link (absolute or relative)
        bool hasNext() const
        {
            return !continuationToken.isEmpty() || !pageToken.isEmpty() || !nextLink.isEmpty();
        }
    };

    EmployeeRegisterClient(DitioApiClient *api, const Clock *clock, QObject *parent = nullptr);
    ~EmployeeRegisterClient() override;

    void setMaxPages(int pages) { m_maxPages = qMax(1, pages); }
    int maxPages() const { return m_maxPages; }
    // The backoff between attempts at a page, the upload job's by default.
    RetryPolicy retryPolicy() const { return m_policy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    // The timer seam (a fake in tests); not owned, must outlive the client. Null: real timers.
    void setTimer(UploadTimer *timer);

    // Starts a read; emits finished() once. A read already running is aborted first.
    void read();
    void abort(); // no finished() afterwards
    bool isReading() const { return m_request != nullptr || m_retryId != 0; }

    // Pure: parses one page. False with a translated error when the body is not a register.
    static bool parsePage(const QByteArray &body, Page *page, QString *error);

signals:
    void finished(const Ditio::EmployeeRegisterClient::Result &result);
    void progress(int employeesRead);

private:
    void requestPage(const QUrlQuery &query);
    void requestLink(const QUrl &url);
    void requestAgain();
    void watch(PendingRequest *request);
    void onPage(const EndpointReply &reply);
    // False when the reply is final for the page (not one to retry, or attempts used up).
    bool retry(const EndpointReply &reply);
    QString failureText(const EndpointReply &reply) const;
    void end(bool ok, const QString &errorMessage);

    DitioApiClient *m_api;
    const Clock *m_clock;
    int m_maxPages = DefaultMaxPages;
    QPointer<PendingRequest> m_request;
    QString m_path;
    bool m_fallenBack = false;
    int m_pages = 0;
    EmployeeRecords m_employees;
    QSet<QString> m_seenTokens;
    RetryPolicy m_policy;
    UploadTimer *m_timer = nullptr;
    UploadTimer *m_ownTimer = nullptr; // made when first needed without a timer set
    int m_retryId = 0; // the timer's id while waiting to ask again
    int m_attempts = 0; // at the current page
    QUrlQuery m_query; // the current page: by query, or by link when m_link is set
    QUrl m_link;
    QDateTime m_lastFailureAt;
};

} // namespace Ditio
