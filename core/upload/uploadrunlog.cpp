#include "uploadrunlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace Ditio {

QString UploadRunLog::pathBesideWorkFile(const QString &workFilePath)
{
    return workFilePath + QStringLiteral(".upload-log.jsonl");
}

QString UploadRunLog::pathFor(const QString &workFilePath)
{
    if (!workFilePath.isEmpty())
        return pathBesideWorkFile(workFilePath);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("upload-log.jsonl"));
}

QByteArray UploadRunLog::record(const UploadSummary &summary)
{
    QJsonObject counts {
            {QStringLiteral("uploaded"), summary.uploaded},
            {QStringLiteral("rejected"), summary.rejected},
            {QStringLiteral("unconfirmed"), summary.unconfirmed},
            {QStringLiteral("notSent"), summary.notSent},
            {QStringLiteral("skippedInvalid"), summary.skippedInvalid},
            {QStringLiteral("removed"), summary.removed},
    };
    QJsonArray rows;
    for (const UploadSummary::RowResult &row : summary.rows) {
        QJsonObject object {
                {QStringLiteral("state"), uploadStateKey(row.state)},
                {QStringLiteral("employeeNumber"), row.employeeNumber},
                {QStringLiteral("certificateType"), row.certificateType},
                {QStringLiteral("message"), row.message},
        };
        if (row.sourceRow > 0)
            object.insert(QStringLiteral("sourceRow"), row.sourceRow);
        if (row.tableRow >= 0)
            object.insert(QStringLiteral("tableRow"), row.tableRow + 1);
        rows.append(object);
    }
    QJsonObject object {
            {QStringLiteral("start"), summary.startedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("end"), summary.finishedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("elapsedMs"), summary.elapsedMs},
            {QStringLiteral("environment"), summary.environment},
            {QStringLiteral("rowsToSend"), summary.rowsToSend},
            {QStringLiteral("rowsSent"), summary.rowsSent},
            {QStringLiteral("requests"), summary.requests},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("cancelled"), summary.cancelled},
            {QStringLiteral("rows"), rows},
    };
    if (!summary.stopReason.isEmpty())
        object.insert(QStringLiteral("stopReason"), summary.stopReason);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool UploadRunLog::append(const UploadSummary &summary, QString *errorString) const
{
    const QFileInfo info(m_path);
    if (!info.dir().exists())
        QDir().mkpath(info.absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (errorString)
            *errorString = tr("Cannot write the upload log %1: %2")
                                   .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    // One write per record: a crash leaves at worst a torn last line, never a mixed one.
    const QByteArray line = record(summary) + '\n';
    if (file.write(line) != line.size() || !file.flush()) {
        if (errorString)
            *errorString = tr("Cannot write the upload log %1: %2")
                                   .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    return true;
}

} // namespace Ditio
