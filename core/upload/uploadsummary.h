#pragma once

#include "model/uploadstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Ditio {

// How one upload run ended: rows per final state, requests made, time taken, where it
// went and why it stopped early, if it did. A plain value: the app shows text(), the
// command line prints it, UploadRunLog writes it down.
struct UploadSummary
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::UploadSummary)

public:
    // A row that did not end Uploaded, for the log and the report.
    struct RowResult
    {
        int tableRow = -1; // 0-based position in the table when the run ended; -1 if removed
        int sourceRow = 0; // the source file's row number (0: typed in the app)
        QString employeeNumber;
        QString certificateType;
        UploadState state = UploadState::NotSent;
        QString message;

        bool operator==(const RowResult &other) const = default;
    };

    QString environment; // the title the caller passed ("Ditio (test)")
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 elapsedMs = 0;

    int rowsToSend = 0; // valid rows the run set out to send
    int rowsSent = 0; // rows that went out in at least one request
    int uploaded = 0;
    int rejected = 0;
    int unconfirmed = 0;
    int notSent = 0; // never sent (the run stopped) or edited while being sent
    int skippedInvalid = 0; // rows with errors, never sent
    int removed = 0; // rows deleted from the table while the run was on
    int requests = 0;

    bool cancelled = false;
    QString stopReason; // empty when the run went to the end

    // Every row this run gave a result other than Uploaded: Rejected, Unconfirmed, or NotSent
    // because it was edited while being sent. Rows never sent are only counted (notSent).
    QList<RowResult> rows;

    bool stopped() const { return cancelled || !stopReason.isEmpty(); }
    // Every row the run set out to send is Uploaded.
    bool complete() const { return !stopped() && uploaded == rowsToSend; }

    // One translated paragraph: what happened, where, and what to do next.
    QString text() const;
    // "20 ms", "3.4 s", "1 min 15 s": one way to say how long a run took.
    static QString durationText(qint64 ms);
};

} // namespace Ditio
