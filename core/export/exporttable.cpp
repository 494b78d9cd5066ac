#include "exporttable.h"

#include "model/certificatecelltext.h"
#include "model/certificatetablemodel.h"

namespace Ditio {

QStringList ExportTable::headers()
{
    QStringList headers;
    headers.reserve(ColumnCount);
    for (Field field : allFields())
        headers.append(fieldTitle(field));
    headers.append(tr("Status"));
    headers.append(tr("Message"));
    return headers;
}

QString ExportTable::status(const CertificateTableModel &model, int row)
{
    const UploadState state = model.row(row).uploadState;
    if (state == UploadState::NotSent) {
        // The table's own words ("Ready", "Needs fixing", "Changed since upload"), so both
        // agree.
        return model.data(model.index(row, CertificateTableModel::StatusColumn)).toString();
    }
    // Where it went, as the table says it; Ditio's words are in the Message column.
    return CertificateCellText::result(model.row(row));
}

QString ExportTable::message(const CertificateTableModel &model, int row)
{
    const CertificateRow &r = model.row(row);
    if (!r.uploadMessage.isEmpty())
        return r.uploadMessage;
    if (!model.rowHasProblems(row))
        return {};
    const QList<Issue> issues = model.issues(row);
    const Issue *worst = nullptr;
    for (const Issue &issue : issues) {
        if (!worst || int(issue.severity) > int(worst->severity))
            worst = &issue;
    }
    return worst ? worst->message : QString();
}

bool ExportTable::hasProblem(const CertificateTableModel &model, int row)
{
    const UploadState state = model.row(row).uploadState;
    return model.rowHasProblems(row) || state == UploadState::Rejected
            || state == UploadState::Unconfirmed;
}

QList<int> ExportTable::rows(const CertificateTableModel &model, bool onlyProblems)
{
    QList<int> rows;
    const int count = model.rowCount();
    rows.reserve(onlyProblems ? 0 : count);
    for (int row = 0; row < count; ++row) {
        if (!onlyProblems || hasProblem(model, row))
            rows.append(row);
    }
    return rows;
}

} // namespace Ditio
