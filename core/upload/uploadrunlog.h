#pragma once

#include "uploadsummary.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Ditio {

// A record of every upload run, one JSON object per line appended to a file the caller
// names (beside the work file, or in the app's data folder): when, where, how many rows
// ended in which state, each rejected, unconfirmed or unsent row with its source row and
// message, and why the run stopped. It is only ever given a summary, never a request or a
// credential, so no token or secret can reach it.
class UploadRunLog
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::UploadRunLog)

public:
    explicit UploadRunLog(const QString &path) : m_path(path) { }

    // "<work file>.upload-log.jsonl"
    static QString pathBesideWorkFile(const QString &workFilePath);
    // Where a run's log goes: beside the work file, as the app keeps it; without one (a CSV
    // or workbook, often in a read-only export folder) "upload-log.jsonl" in the app's data
    // folder, which is created when missing.
    static QString pathFor(const QString &workFilePath);

    QString path() const { return m_path; }
    // Appends one line; false with a message naming the file when it cannot be written.
    bool append(const UploadSummary &summary, QString *errorString = nullptr) const;
    // The line append() writes, without the newline.
    static QByteArray record(const UploadSummary &summary);

private:
    QString m_path;
};

} // namespace Ditio
