#pragma once

#include "validation/issue.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace Ditio {

class CertificateTableModel;

// Every problem of the table, one line each, for the problems panel. Rebuilt a
// moment after validation changes, so a burst of edits costs one rebuild, and
// cheap to rebuild: messages are made only for the lines on screen.
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

    // The whole issue, message included, built when asked for.
    Issue issue(int row) const;
    Severity severity(int row) const { return m_entries.at(row).severity; }
    // The list row of the issue of table row tableRow with this field and code; -1 if gone.
    int find(int tableRow, Field field, IssueCode code) const;
    // Rebuilds now (tests; otherwise it follows validationChanged by itself).
    void refresh();
    void setRefreshDelay(int milliseconds) { m_timer.setInterval(milliseconds); }

private:
    // One line of the list: enough to sort, count and find it; the message is
    // built only for the lines a view shows (a big table has 100,000 problems).
    struct Entry
    {
        int tableRow;
        Field field;
        IssueCode code;
        Severity severity;
        quint8 index; // in m_table->issues(tableRow)
    };
    const QList<Issue> &issuesOf(int tableRow) const;

    CertificateTableModel *m_table;
    QList<Entry> m_entries;
    mutable int m_cachedRow = -1;
    mutable QList<Issue> m_cachedIssues;
    QTimer m_timer;
};

} // namespace Ditio
