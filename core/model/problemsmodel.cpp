#include "problemsmodel.h"

#include "certificatetablemodel.h"

namespace Ditio {

ProblemsModel::ProblemsModel(CertificateTableModel *table, QObject *parent)
    : QAbstractTableModel(parent), m_table(table)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, &ProblemsModel::refresh);
    const auto schedule = [this] { m_timer.start(); };
    connect(table, &CertificateTableModel::validationChanged, this, schedule);
    connect(table, &QAbstractItemModel::modelReset, this, schedule);
    connect(table, &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(table, &QAbstractItemModel::rowsInserted, this, schedule);
    refresh();
}

void ProblemsModel::refresh()
{
    m_timer.stop();
    beginResetModel();
    m_issues = m_table->allIssues();
    endResetModel();
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Issue &issue = m_issues.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityTitle(issue.severity);
        case RowColumn:
            return issue.row + 1;
        case FieldColumn:
            return fieldTitle(issue.field);
        case MessageColumn:
            return issue.message;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return issue.fix == QuickFix::None
                ? issue.message
                : tr("%1\nQuick fix: %2").arg(issue.message, quickFixTitle(issue.fix));
    case SeverityRole:
        return int(issue.severity);
    case HasQuickFixRole:
        return issue.fix != QuickFix::None;
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RowColumn:
        return tr("Row");
    case FieldColumn:
        return tr("Column");
    case MessageColumn:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace Ditio
