#pragma once

#include "register/employeerecord.h"

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
struct EndpointReply;

// Reads Ditio's whole employee register: v5 employees, or v4 users when v5 answers 404. Paging
// is undocumented, so a plain array and an envelope (data/items/value with continuationToken,
// nextPageToken or links.next) are both followed, within a bound.
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

    // Starts a read; emits finished() once. A read already running is aborted first.
    void read();
    void abort(); // no finished() afterwards
    bool isReading() const { return m_request != nullptr; }

    // Pure: parses one page. False with a translated error when the body is not a register.
    static bool parsePage(const QByteArray &body, Page *page, QString *error);

signals:
    void finished(const Ditio::EmployeeRegisterClient::Result &result);
    void progress(int employeesRead);

private:
    void requestPage(const QUrlQuery &query);
    void requestLink(const QUrl &url);
    void watch(PendingRequest *request);
    void onPage(const EndpointReply &reply);
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
};

} // namespace Ditio
