#include "certificatecelltext.h"

#include "dateparser.h"
#include "register/employeedirectory.h"
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

} // namespace Ditio
