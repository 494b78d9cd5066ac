#include "problemsmodel.h"

#include "certificatetablemodel.h"

namespace Ditio {

ProblemsModel::ProblemsModel(CertificateTableModel *table, QObject *parent)
    : QAbstractTableModel(parent), m_table(table)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, &ProblemsModel::refresh);
    const auto schedule = [this] {
        m_cachedRow = -1;
        m_timer.start();
    };
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
    m_entries.clear();
    m_cachedRow = -1;
    m_cachedIssues.clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (!m_table->rowHasProblems(row))
            continue;
        const QList<RowValidator::Outline> outline = m_table->issueOutline(row);
        for (qsizetype k = 0; k < outline.size(); ++k) {
            const RowValidator::Outline &o = outline.at(k);
            m_entries.append({row, o.field, o.code, severityOf(o.code), quint8(k)});
        }
    }
    endResetModel();
}

const QList<Issue> &ProblemsModel::issuesOf(int tableRow) const
{
    if (m_cachedRow != tableRow) {
        m_cachedIssues = m_table->issues(tableRow);
        m_cachedRow = tableRow;
    }
    return m_cachedIssues;
}

Issue ProblemsModel::issue(int row) const
{
    const Entry &entry = m_entries.at(row);
    // The table may have changed since the last rebuild (which is on its way):
    // never hand out an issue of the wrong cell.
    if (entry.tableRow < m_table->rowCount()) {
        const QList<Issue> &issues = issuesOf(entry.tableRow);
        if (entry.index < issues.size() && issues.at(entry.index).code == entry.code
            && issues.at(entry.index).field == entry.field)
            return issues.at(entry.index);
    }
    Issue stale;
    stale.row = entry.tableRow;
    stale.field = entry.field;
    stale.code = entry.code;
    stale.severity = entry.severity;
    return stale;
}

int ProblemsModel::find(int tableRow, Field field, IssueCode code) const
{
    const auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), tableRow,
                                     [](const Entry &e, int r) { return e.tableRow < r; });
    for (auto i = it; i != m_entries.cend() && i->tableRow == tableRow; ++i) {
        if (i->field == field && i->code == code)
            return int(i - m_entries.cbegin());
    }
    return -1;
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityTitle(entry.severity);
        case RowColumn:
            return entry.tableRow + 1;
        case FieldColumn:
            return fieldTitle(entry.field);
        case MessageColumn:
            return issue(index.row()).message;
        default:
            return {};
        }
    case SeverityRole:
        return int(entry.severity);
    case HasQuickFixRole:
        return issue(index.row()).fix != QuickFix::None;
    default:
        break;
    }
    const Issue issue = this->issue(index.row());
    switch (role) {
    case Qt::ToolTipRole:
        return issue.fix == QuickFix::None
                ? issue.message
                : tr("%1\nQuick fix: %2").arg(issue.message, quickFixTitle(issue.fix));
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
