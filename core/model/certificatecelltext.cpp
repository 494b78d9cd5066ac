#include "certificatecelltext.h"

#include "dateparser.h"
#include "register/employeedirectory.h"
#include "store/ledgerentry.h"
#include "uploadstate.h"

#include <QLocale>

namespace Ditio {

QString CertificateCellText::status(const CertificateRow &row, bool hasErrors)
{
    switch (row.uploadState) {
    case UploadState::NotSent:
        return hasErrors ? tr("Needs fixing") : tr("Ready");
    case UploadState::Rejected:
        return row.uploadMessage.isEmpty()
                ? uploadStateTitle(row.uploadState)
                : tr("%1: %2").arg(uploadStateTitle(row.uploadState), row.uploadMessage);
    case UploadState::Sending:
    case UploadState::Uploaded:
    case UploadState::Unconfirmed:
        break;
    }
    return uploadStateTitle(row.uploadState);
}

QString CertificateCellText::statusToolTip(const CertificateRow &row, const QList<Issue> &issues)
{
    QStringList lines;
    for (const Issue &issue : issues)
        lines.append(QStringLiteral("• ") + issue.message);
    if (row.uploadedAt.isValid())
        lines.append(tr("Uploaded %1")
                             .arg(QLocale().toString(row.uploadedAt.toLocalTime(),
                                                     QLocale::ShortFormat)));
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
