#include "problemsdisplaymodel.h"

#include "model/problemsmodel.h"
#include "severityicons.h"

namespace Ditio {

ProblemsDisplayModel::ProblemsDisplayModel(QObject *parent) : QIdentityProxyModel(parent) { }

QVariant ProblemsDisplayModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == ProblemsModel::SeverityColumn)
        return SeverityIcons::icon(Severity(index.data(ProblemsModel::SeverityRole).toInt()));
    if (role == Qt::TextAlignmentRole && index.column() == ProblemsModel::RowColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return QIdentityProxyModel::data(index, role);
}

} // namespace Ditio
