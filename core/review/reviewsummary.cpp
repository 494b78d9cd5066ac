#include "reviewsummary.h"

#include "changeclassifier.h"
#include "model/certificatetablemodel.h"
#include "store/ledger.h"

#include <QHash>

#include <algorithm>

namespace Ditio {

void ReviewSummary::Counts::add(const Counts &other)
{
    newRows += other.newRows;
    updates += other.updates;
    unchanged += other.unchanged;
    unconfirmed += other.unconfirmed;
    errors += other.errors;
    unknownEmployees += other.unknownEmployees;
    rows += other.rows;
}

ReviewSummary ReviewSummary::build(const CertificateTableModel &model, const Ledger *ledger)
{
    if (ledger)
        return build(model, ChangeClassifier::classifyAll(model, *ledger));
    return build(model, ChangeClassifier::classifyAll(model, Ledger()));
}

ReviewSummary ReviewSummary::build(const CertificateTableModel &model,
                                   const QList<RowChangeInfo> &changes)
{
    ReviewSummary summary;
    QHash<QString, Counts> byType;
    const int count = std::min(model.rowCount(), int(changes.size()));
    for (int row = 0; row < count; ++row) {
        const CertificateRow &r = model.row(row);
        if (r.isBlank())
            continue;
        Counts counts;
        counts.rows = 1;
        // Unknown employees are errors too; counted on their own as well,
        // since the register, not the row, is often what needs fixing.
        if (model.employeeUnknownToDitio(row))
            counts.unknownEmployees = 1;
        if (model.rowHasErrors(row)) {
            counts.errors = 1; // not sent, whatever the ledger says
        } else {
            switch (changes.at(row).change) {
            case RowChange::New:
                counts.newRows = 1;
                break;
            case RowChange::Update:
                counts.updates = 1;
                break;
            case RowChange::Unchanged:
                counts.unchanged = 1;
                break;
            case RowChange::Unconfirmed:
                counts.unconfirmed = 1;
                break;
            }
        }
        summary.total.add(counts);
        byType[r.text(Field::CertificateType)].add(counts);
    }
    summary.byType.reserve(byType.size());
    for (auto it = byType.cbegin(); it != byType.cend(); ++it)
        summary.byType.append({it.key(), it.value()});
    // Case-insensitively, as a reader looks a type up; spellings that differ
    // only in case in a fixed order all the same.
    std::sort(summary.byType.begin(), summary.byType.end(),
              [](const TypeCounts &a, const TypeCounts &b) {
                  const int folded =
                          a.certificateType.compare(b.certificateType, Qt::CaseInsensitive);
                  return folded != 0 ? folded < 0 : a.certificateType < b.certificateType;
              });
    return summary;
}

} // namespace Ditio
