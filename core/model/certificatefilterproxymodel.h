#pragma once

#include "certificaterowfilter.h"
#include "certificaterowquery.h"

#include <QAbstractProxyModel>

#include <atomic>
#include <memory>
#include <vector>

namespace Ditio {

class CertificateTableModel;

// Sorting and the filter bar: free text over every column, "only rows with
// problems", and (for upload results) one upload state.
//
// The rows shown are a list of table rows, computed in one pass
// (CertificateRowQuery) and swapped in with one model reset; a
// QSortFilterProxyModel inserted them range by range, which froze a
// million-row window for seconds to minutes. From backgroundThreshold() rows
// the pass runs on a worker over a snapshot of the table, and the window keeps
// answering: until its result is swapped in the table shows the rows it
// showed, and a result that a newer filter or sort superseded is dropped.
//
// Sorting is stable and starts from the current order, so rows that compare
// equal keep the order an earlier sort gave them. Rows follow their edits
// instead of jumping away while being typed into (and stay when they no
// longer pass the filter) until the filter is set or a header clicked again.
// Rows inserted into the table are filtered and placed after the row above
// them; removed rows leave; small changes are passed on row by row.
class CertificateFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    static constexpr int DefaultBackgroundThreshold = 50000;

    explicit CertificateFilterProxyModel(QObject *parent = nullptr);
    ~CertificateFilterProxyModel() override;

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    void setOnlyProblems(bool onlyProblems);
    bool onlyProblems() const { return m_onlyProblems; }
    // -1 for every state, else an UploadState value.
    void setUploadStateFilter(int state);
    int uploadStateFilter() const { return m_uploadState; }
    // -1 for every row, else a RowChange value (rows without a ledger never pass).
    void setChangeFilter(int change);
    int changeFilter() const { return m_change; }

    // Filters and sorts the rows again as set, moving rows that kept their
    // place through edits (as QSortFilterProxyModel::invalidate() did).
    void invalidate();

    // -1: the table's own order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Tables with at least this many rows are filtered and sorted on a worker
    // (about a frame's work on the window's thread below it).
    void setBackgroundThreshold(int rows) { m_backgroundThreshold = rows; }
    int backgroundThreshold() const { return m_backgroundThreshold; }
    // True while rows not shown yet are being computed.
    bool isUpdating() const { return m_running != nullptr || m_waitingForFlags; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

signals:
    // A newly computed list of rows is shown (after a filter, a sort, or a
    // worker's result).
    void rowsUpdated();

private:
    struct Job;

    CertificateRowFilter filter();
    bool isSorted() const;
    // Computes the rows for the current filter (and sort, when resort), on a
    // worker for a large table. A running worker is superseded.
    void update(bool resort, bool flagsJustRead = false);
    bool flagsReady() const;
    void readFlags();
    void forgetFlags();
    std::optional<CertificateRowQuery::Sort> pendingSort(bool resort) const;
    void cancelRunning();
    void install(CertificateRowQuery::Result &&result);
    void swapIn(CertificateRowQuery::Result &&result);
    int shownRowOf(int sourceRow) const;
    void restartRunning();

    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);
    void sourceHeaderDataChanged(Qt::Orientation orientation, int first, int last);
    void sourceRowsAboutToBeInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceAboutToBeReset();
    void sourceReset();

    CertificateTableModel *m_table = nullptr;
    QString m_searchText;
    bool m_onlyProblems = false;
    int m_uploadState = -1;
    int m_change = -1;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_backgroundThreshold = DefaultBackgroundThreshold;

    // Shown row -> table row.
    std::vector<int> m_rows;
    // Table row -> shown row (-1: filtered out), rebuilt when asked after a change.
    mutable std::vector<int> m_shownRowOf;
    mutable bool m_shownRowOfStale = true;
    // Every table row in the order sorting left them; null for the table's order.
    CertificateRowQuery::Order m_order;
    // The table's row count that m_rows and m_order are numbered for.
    int m_sourceRows = 0;

    // The filter prepared for the criteria and register it was made with.
    std::optional<CertificateRowFilter> m_filter;
    const EmployeeDirectory *m_filterDirectory = nullptr;

    // Each row's flags (severity, unknown to Ditio) for a large table, read
    // from the table between events a slice at a time (a million rows take a
    // quarter of a second, which the window would not answer for) and kept
    // until the validation changes. Never changed once a worker has them.
    std::shared_ptr<std::vector<quint8>> m_flags;
    int m_flagsRead = 0;
    bool m_flagsCurrent = false; // no validation change since reading began
    bool m_waitingForFlags = false; // a request waits for them
    bool m_waitingResort = false; // and sorts

    // The worker's computation being waited for, if any.
    std::unique_ptr<Job> m_running;
    // Set between a source's "about to" signal and its change when the change
    // is too large to pass on row by row: one reset instead.
    bool m_resetting = false;
};

} // namespace Ditio
