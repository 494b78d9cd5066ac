#pragma once

#include "validation/issue.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace Ditio {

class CertificateTableModel;

// Every problem of the table, one line each, for the problems panel. Rebuilt a
// moment after validation changes, so a burst of edits costs one rebuild.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, RowColumn, FieldColumn, MessageColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, HasQuickFixRole };

    explicit ProblemsModel(CertificateTableModel *table, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Issue &issue(int row) const { return m_issues.at(row); }
    // Rebuilds now (tests; otherwise it follows validationChanged by itself).
    void refresh();
    void setRefreshDelay(int milliseconds) { m_timer.setInterval(milliseconds); }

private:
    CertificateTableModel *m_table;
    QList<Issue> m_issues;
    QTimer m_timer;
};

} // namespace Ditio
