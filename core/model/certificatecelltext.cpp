#include "certificatecelltext.h"

#include "dateparser.h"
#include "register/employeedirectory.h"
#include "store/ledgerentry.h"
#include "uploadstate.h"

#include <QLocale>

namespace Ditio {

namespace {

// "03.12.2026 14:02": the date as the table shows dates, the local time to the minute.
QString uploadTime(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    return DateParser::format(local.date()) + u' ' + local.toString(QStringLiteral("HH:mm"));
}

} // namespace

QString CertificateCellText::uploaded(const CertificateRow &row)
{
    const auto to = row.uploadedToKind();
    if (to && row.uploadedAt.isValid()) {
        //: %1 is the environment (Test, Production, ...), %2 the date and time
        return tr("Uploaded to %1 %2")
                .arg(DitioEnvironment::title(*to), uploadTime(row.uploadedAt));
    }
    if (to)
        return tr("Uploaded to %1").arg(DitioEnvironment::title(*to));
    if (row.uploadedAt.isValid())
        return tr("Uploaded %1").arg(uploadTime(row.uploadedAt));
    return uploadStateTitle(UploadState::Uploaded);
}

QString CertificateCellText::result(const CertificateRow &row)
{
    const auto to = row.uploadedToKind();
    switch (row.uploadState) {
    case UploadState::Uploaded:
        return uploaded(row);
    case UploadState::Rejected:
        //: %1 is the environment (Test, Production, ...)
        return to ? tr("Rejected by %1").arg(DitioEnvironment::title(*to))
                  : uploadStateTitle(row.uploadState);
    case UploadState::Unconfirmed:
        //: %1 is the environment (Test, Production, ...)
        return to ? tr("Unconfirmed (%1)").arg(DitioEnvironment::title(*to))
                  : uploadStateTitle(row.uploadState);
    case UploadState::NotSent:
    case UploadState::Sending:
        break;
    }
    return uploadStateTitle(row.uploadState);
}

QString CertificateCellText::status(const CertificateRow &row, bool hasErrors)
{
    switch (row.uploadState) {
    case UploadState::NotSent:
        if (hasErrors)
            return tr("Needs fixing");
        return row.isChangedSinceUpload() ? tr("Changed since upload") : tr("Ready");
    case UploadState::Rejected:
        //: %1 is "Rejected" or "Rejected by Production", %2 Ditio's words
        return row.uploadMessage.isEmpty() ? result(row)
                                           : tr("%1: %2").arg(result(row), row.uploadMessage);
    case UploadState::Sending:
    case UploadState::Uploaded:
    case UploadState::Unconfirmed:
        break;
    }
    return result(row);
}

QString CertificateCellText::statusToolTip(const CertificateRow &row, const QList<Issue> &issues)
{
    QStringList lines;
    for (const Issue &issue : issues)
        lines.append(QStringLiteral("• ") + issue.message);
    const auto to = row.uploadedToKind();
    if (row.uploadState == UploadState::Uploaded && (to || row.uploadedAt.isValid())) {
        lines.append(tr("%1.").arg(uploaded(row)));
    } else if (row.isChangedSinceUpload()) {
        //: %1 is "Uploaded to Test 03.12.2026 14:02" or "Uploaded 03.12.2026 14:02"
        lines.append(tr("%1, then changed.").arg(uploaded(row)));
    } else if (to
               && (row.uploadState == UploadState::Rejected
                   || row.uploadState == UploadState::Unconfirmed)) {
        lines.append(tr("Sent to %1.").arg(DitioEnvironment::title(*to)));
    }
    if (!row.uploadMessage.isEmpty())
        lines.append(tr("Ditio said: %1").arg(row.uploadMessage));
    return lines.join(u'\n');
}

QString CertificateCellText::fieldToolTip(const CertificateRow &row, Field field,
                                          const QList<Issue> &cellIssues)
{
    QStringList lines;
    for (const Issue &issue : cellIssues)
        lines.append(QStringLiteral("• ") + issue.message);
    const QString source = row.sourceText(field);
    if (!source.isEmpty())
        lines.append(tr("The source file said: %1").arg(source));
    if (row.isFromFormula(field)) {
        lines.append(row.text(field).isEmpty()
                             ? tr("In the source file this cell is a formula with no saved "
                                  "result. Open and save the file in a spreadsheet program, "
                                  "then import it again.")
                             : tr("In the source file this value comes from a formula: its "
                                  "result when the file was last saved."));
    }
    if (isDateField(field) && row.date(field).isValid()
        && DateParser::format(row.date(field).date) != row.text(field))
        lines.append(tr("Typed: %1").arg(row.text(field)));
    return lines.join(u'\n');
}

QString CertificateCellText::employee(const QString &name, bool unknownToDitio)
{
    return unknownToDitio ? tr("unknown to Ditio") : name;
}

QString CertificateCellText::employeeToolTip(const QStringList &messages,
                                             const EmployeeDirectory *directory)
{
    QStringList lines;
    for (const QString &message : messages)
        lines.append(QStringLiteral("• ") + message);
    if (!directory) {
        lines.append(tr("Ditio's employee register has not been read."));
    } else if (directory->readAt().isValid()) {
        lines.append(tr("Ditio's employee register as read %1.")
                             .arg(QLocale().toString(directory->readAt().toLocalTime(),
                                                     QLocale::ShortFormat)));
    }
    return lines.join(u'\n');
}

QString CertificateCellText::shownApiValue(Field field, const QString &apiValue)
{
    if (apiValue.isEmpty())
        return tr("(empty)");
    if (isDateField(field)) {
        // "2026-01-15T00:00:00Z": the calendar date alone, as the table shows it.
        const QDate date = QDate::fromString(apiValue.left(10), u"yyyy-MM-dd");
        if (date.isValid())
            return DateParser::format(date);
    }
    return apiValue;
}

QString CertificateCellText::changeToolTip(const CertificateRow &row, const RowChangeInfo &change)
{
    const LedgerEntry *entry = change.entry;
    const auto when = [](qint64 ms) {
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                                  QLocale::ShortFormat);
    };
    switch (change.change) {
    case RowChange::New:
        return {};
    case RowChange::Update: {
        if (!entry)
            return {};
        const LedgerValues confirmed = unpackLedgerValues(entry->confirmedValues);
        QStringList lines;
        for (Field field : allFields()) {
            if (!change.fieldChanged(field))
                continue;
            lines.append(tr("%1: %2 -> %3")
                                 .arg(fieldTitle(field),
                                      shownApiValue(field, confirmed[fieldIndex(field)]),
                                      shownApiValue(field, row.apiValue(field))));
        }
        return lines.join(u'\n');
    }
    case RowChange::Unchanged:
        if (!entry || !entry->isConfirmed())
            return {};
        return tr("Ditio confirmed these values on %1.").arg(when(entry->confirmedAtMs));
    case RowChange::Unconfirmed:
        if (!entry || !entry->hasUnconfirmed())
            return {};
        return tr("Sent on %1, but no clear answer came back; Ditio may or may not hold these "
                  "values.")
                .arg(when(entry->unconfirmedAtMs));
    }
    return {};
}

} // namespace Ditio
