#include "certificatefilterproxymodel.h"

#include "certificatetablemodel.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <numeric>

namespace Ditio {

namespace {

// Changes of more rows than this are not passed on row by row (each insert or
// removal is a signal views and selections act on) but with one reset.
constexpr int MaxRowsChangedInPlace = 10000;
// Removed rows that are scattered over a sorted view: each run of shown rows
// is a signal of its own.
constexpr qsizetype MaxRunsRemovedInPlace = 64;

} // namespace

// The computation a worker is running for the proxy.
struct CertificateFilterProxyModel::Job
{
    // Shared with the worker, which may run on after the proxy dropped it.
    std::shared_ptr<std::atomic<bool>> cancelled = std::make_shared<std::atomic<bool>>(false);
    bool resort = false; // the result is also sorted
    // The proxy's child, deleted on its thread: the worker never holds it.
    QFutureWatcher<CertificateRowQuery::Result> *watcher = nullptr;
};

CertificateFilterProxyModel::CertificateFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{ }

CertificateFilterProxyModel::~CertificateFilterProxyModel()
{
    // The worker holds its own snapshot: it may finish after this is gone.
    cancelRunning();
}

void CertificateFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    if (sourceModel == this->sourceModel())
        return;
    beginResetModel();
    cancelRunning();
    if (QAbstractItemModel *old = this->sourceModel())
        disconnect(old, nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(sourceModel);
    m_table = qobject_cast<CertificateTableModel *>(sourceModel);
    m_waitingForFlags = false;
    forgetFlags();
    m_order.reset();
    m_filter.reset();
    m_rows.clear();
    m_shownRowOfStale = true;
    m_sourceRows = sourceModel ? sourceModel->rowCount() : 0;
    m_rows.resize(size_t(m_sourceRows));
    std::iota(m_rows.begin(), m_rows.end(), 0);
    if (sourceModel) {
        using Model = QAbstractItemModel;
        using Self = CertificateFilterProxyModel;
        connect(sourceModel, &Model::dataChanged, this, &Self::sourceDataChanged);
        connect(sourceModel, &Model::headerDataChanged, this, &Self::sourceHeaderDataChanged);
        connect(sourceModel, &Model::rowsAboutToBeInserted, this,
                &Self::sourceRowsAboutToBeInserted);
        connect(sourceModel, &Model::rowsInserted, this, &Self::sourceRowsInserted);
        connect(sourceModel, &Model::rowsAboutToBeRemoved, this, &Self::sourceRowsAboutToBeRemoved);
        connect(sourceModel, &Model::rowsRemoved, this, &Self::sourceRowsRemoved);
        connect(sourceModel, &Model::modelAboutToBeReset, this, &Self::sourceAboutToBeReset);
        connect(sourceModel, &Model::modelReset, this, &Self::sourceReset);
        // The table never moves rows or changes its layout or columns; should
        // a model do so, the rows are computed again.
        connect(sourceModel, &Model::layoutAboutToBeChanged, this, &Self::sourceAboutToBeReset);
        connect(sourceModel, &Model::layoutChanged, this, &Self::sourceReset);
        connect(sourceModel, &Model::rowsAboutToBeMoved, this, &Self::sourceAboutToBeReset);
        connect(sourceModel, &Model::rowsMoved, this, &Self::sourceReset);
        connect(sourceModel, &Model::columnsAboutToBeInserted, this, &Self::sourceAboutToBeReset);
        connect(sourceModel, &Model::columnsInserted, this, &Self::sourceReset);
        connect(sourceModel, &Model::columnsAboutToBeRemoved, this, &Self::sourceAboutToBeReset);
        connect(sourceModel, &Model::columnsRemoved, this, &Self::sourceReset);
        if (m_table) {
            connect(m_table, &CertificateTableModel::validationChanged, this, [this] {
                // Rows being read keep their flags for the request waiting
                // for them; the next one reads them again.
                if (m_waitingForFlags)
                    m_flagsCurrent = false;
                else
                    forgetFlags();
            });
        }
        // After QAbstractProxyModel's own handler, which forgets the model.
        connect(sourceModel, &QObject::destroyed, this, [this] {
            beginResetModel();
            cancelRunning();
            m_waitingForFlags = false;
            forgetFlags();
            m_table = nullptr;
            m_rows.clear();
            m_order.reset();
            m_sourceRows = 0;
            m_shownRowOfStale = true;
            endResetModel();
        });
    }
    endResetModel();
    if (m_table && (isSorted() || filter().isActive()))
        update(true);
}

bool CertificateFilterProxyModel::isSorted() const
{
    return m_sortColumn >= 0 || m_sortOrder != Qt::AscendingOrder;
}

void CertificateFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_filter.reset();
    update(false);
}

void CertificateFilterProxyModel::setOnlyProblems(bool onlyProblems)
{
    if (onlyProblems == m_onlyProblems)
        return;
    m_onlyProblems = onlyProblems;
    m_filter.reset();
    update(false);
}

void CertificateFilterProxyModel::setUploadStateFilter(int state)
{
    if (state == m_uploadState)
        return;
    m_uploadState = state;
    m_filter.reset();
    update(false);
}

void CertificateFilterProxyModel::setChangeFilter(int change)
{
    if (change == m_change)
        return;
    m_change = change;
    m_filter.reset();
    update(false);
}

void CertificateFilterProxyModel::invalidate()
{
    m_filter.reset();
    update(true);
}

void CertificateFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = std::max(column, -1);
    m_sortOrder = order;
    update(true);
}

CertificateRowFilter CertificateFilterProxyModel::filter()
{
    // The register is read when the filter is made: a new one (a refresh)
    // makes a new filter.
    const auto &directory = m_table->employeeDirectory();
    if (!m_filter || m_filterDirectory != directory.get()) {
        m_filter.emplace(m_searchText, m_onlyProblems, m_uploadState, directory, m_change);
        m_filterDirectory = directory.get();
    }
    return *m_filter;
}

std::optional<CertificateRowQuery::Sort> CertificateFilterProxyModel::pendingSort(bool resort) const
{
    // A sort still running (or waiting) when something else asks for rows is
    // not lost.
    if (resort || (m_running && m_running->resort) || (m_waitingForFlags && m_waitingResort))
        return CertificateRowQuery::Sort {m_sortColumn, m_sortOrder};
    return std::nullopt;
}

void CertificateFilterProxyModel::update(bool resort, bool flagsJustRead)
{
    if (!m_table)
        return;
    const std::optional<CertificateRowQuery::Sort> sort = pendingSort(resort);
    cancelRunning();
    const CertificateRowFilter rowFilter = filter();
    const bool large = m_table->rowCount() >= m_backgroundThreshold;
    const bool needsFlags = large && CertificateRowQuery::needsFlags(rowFilter, sort);
    if (needsFlags && !flagsJustRead && !flagsReady()) {
        const bool reading = m_waitingForFlags;
        m_waitingForFlags = true;
        m_waitingResort = sort.has_value();
        if (!reading)
            readFlags();
        return;
    }
    m_waitingForFlags = false;
    CertificateRowQuery query(*m_table, rowFilter, m_order, sort,
                              needsFlags ? CertificateRowQuery::Flags(m_flags) : nullptr);
    if (!m_flagsCurrent)
        forgetFlags(); // read while the validation changed: used once
    if (!large) {
        swapIn(query.run());
        return;
    }
    m_running = std::make_unique<Job>();
    m_running->resort = sort.has_value();
    auto *watcher = new QFutureWatcher<CertificateRowQuery::Result>(this);
    m_running->watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (!m_running || m_running->watcher != watcher)
            return; // superseded
        CertificateRowQuery::Result result = watcher->future().takeResult();
        m_running.reset();
        if (!result.cancelled)
            swapIn(std::move(result));
    });
    watcher->setFuture(
            QtConcurrent::run([query = std::move(query), cancelled = m_running->cancelled] {
                return query.run(cancelled.get());
            }));
}

void CertificateFilterProxyModel::cancelRunning()
{
    if (!m_running)
        return;
    *m_running->cancelled = true;
    // Its result, whenever it comes, is dropped unread.
    m_running->watcher->disconnect(this);
    m_running->watcher->deleteLater();
    m_running.reset();
}

bool CertificateFilterProxyModel::flagsReady() const
{
    return m_flags && m_flagsCurrent && m_flagsRead == m_table->rowCount()
            && int(m_flags->size()) == m_flagsRead;
}

void CertificateFilterProxyModel::forgetFlags()
{
    // A worker reading them holds its own reference.
    m_flags.reset();
    m_flagsRead = 0;
}

void CertificateFilterProxyModel::readFlags()
{
    if (!m_waitingForFlags || !m_table)
        return;
    const int count = m_table->rowCount();
    if (!m_flags || int(m_flags->size()) != count) {
        m_flags = std::make_shared<std::vector<quint8>>(size_t(count));
        m_flagsRead = 0;
        m_flagsCurrent = true;
    }
    // A few milliseconds at a time; the window draws and answers between.
    constexpr qint64 SliceNs = 6'000'000;
    constexpr int RowsBetweenClockReads = 2048;
    QElapsedTimer clock;
    clock.start();
    std::vector<quint8> &flags = *m_flags;
    while (m_flagsRead < count && clock.nsecsElapsed() < SliceNs) {
        const int end = std::min(count, m_flagsRead + RowsBetweenClockReads);
        for (int row = m_flagsRead; row < end; ++row)
            flags[size_t(row)] = CertificateRowQuery::rowFlags(*m_table, row);
        m_flagsRead = end;
    }
    if (m_flagsRead < count) {
        QTimer::singleShot(0, this, &CertificateFilterProxyModel::readFlags);
        return;
    }
    update(m_waitingResort, true);
}

void CertificateFilterProxyModel::restartRunning()
{
    // The worker's rows are numbered as the table was when it started, and
    // so are flags read so far.
    forgetFlags();
    if (m_running)
        update(false);
}

void CertificateFilterProxyModel::install(CertificateRowQuery::Result &&result)
{
    m_rows = std::move(result.rows);
    m_shownRowOf = std::move(result.shownRowOf);
    m_shownRowOfStale = false;
    m_order = std::move(result.order);
}

void CertificateFilterProxyModel::swapIn(CertificateRowQuery::Result &&result)
{
    beginResetModel();
    install(std::move(result));
    endResetModel();
    emit rowsUpdated();
}

int CertificateFilterProxyModel::shownRowOf(int sourceRow) const
{
    if (m_shownRowOfStale) {
        m_shownRowOf.assign(size_t(m_sourceRows), -1);
        for (size_t shown = 0; shown < m_rows.size(); ++shown)
            m_shownRowOf[size_t(m_rows[shown])] = int(shown);
        m_shownRowOfStale = false;
    }
    return sourceRow >= 0 && sourceRow < int(m_shownRowOf.size()) ? m_shownRowOf[size_t(sourceRow)]
                                                                  : -1;
}

QModelIndex CertificateFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex CertificateFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex CertificateFilterProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int CertificateFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CertificateFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool CertificateFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QVariant CertificateFilterProxyModel::headerData(int section, Qt::Orientation orientation,
                                                 int role) const
{
    if (!sourceModel())
        return {};
    // Column titles stay when no row passes; rows keep the table's numbers.
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        section = m_rows[size_t(section)];
    }
    return sourceModel()->headerData(section, orientation, role);
}

QModelIndex CertificateFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this
        || proxyIndex.row() >= rowCount())
        return {};
    return sourceModel()->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex CertificateFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel())
        return {};
    const int shown = shownRowOf(sourceIndex.row());
    return shown < 0 ? QModelIndex() : index(shown, sourceIndex.column());
}

void CertificateFilterProxyModel::sourceDataChanged(const QModelIndex &topLeft,
                                                    const QModelIndex &bottomRight,
                                                    const QList<int> &roles)
{
    if (m_rows.empty() || !topLeft.isValid() || !bottomRight.isValid())
        return;
    const int left = topLeft.column();
    const int right = bottomRight.column();
    // Rows that stay where they are, even when they no longer pass the filter
    // or would sort elsewhere now.
    if (bottomRight.row() - topLeft.row() >= MaxRowsChangedInPlace) {
        emit dataChanged(index(0, left), index(rowCount() - 1, right), roles);
        return;
    }
    int first = INT_MAX;
    int last = -1;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int shown = shownRowOf(row);
        if (shown >= 0) {
            first = std::min(first, shown);
            last = std::max(last, shown);
        }
    }
    if (last >= 0)
        emit dataChanged(index(first, left), index(last, right), roles);
}

void CertificateFilterProxyModel::sourceHeaderDataChanged(Qt::Orientation orientation, int first,
                                                          int last)
{
    if (orientation == Qt::Horizontal)
        emit headerDataChanged(orientation, first, last);
    else if (!m_rows.empty())
        emit headerDataChanged(orientation, 0, rowCount() - 1);
}

void CertificateFilterProxyModel::sourceRowsAboutToBeInserted(const QModelIndex &parent, int first,
                                                              int last)
{
    if (parent.isValid())
        return;
    if (last - first + 1 > MaxRowsChangedInPlace) {
        m_resetting = true;
        beginResetModel();
    }
}

void CertificateFilterProxyModel::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    forgetFlags();

    // Where the new rows go: in the table's order at their place, in a sorted
    // order after the row above them in the table (a row inserted below the
    // current one appears below it).
    std::vector<int> order;
    int orderPosition = first;
    int shownPosition = 0;
    if (m_order) {
        order = *m_order;
        orderPosition = 0;
        if (first > 0) {
            const auto above = std::find(order.cbegin(), order.cend(), first - 1);
            orderPosition = int(above - order.cbegin()) + 1;
        }
        for (int i = orderPosition - 1; i >= 0; --i) {
            const int shown = shownRowOf(order[size_t(i)]);
            if (shown >= 0) {
                shownPosition = shown + 1;
                break;
            }
        }
    } else {
        shownPosition =
                int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), first) - m_rows.cbegin());
    }

    // Filtered as the filter bar says, unless there are too many to check
    // here: then all are shown until a worker has filtered the table again.
    std::vector<int> shown;
    const bool filterHere = !m_resetting;
    if (filterHere) {
        const CertificateRowFilter rowFilter = filter();
        for (int row = first; row <= last; ++row) {
            const quint8 flags = rowFilter.needsFlags()
                    ? CertificateRowQuery::rowFlags(*m_table, row)
                    : quint8(0);
            if (!rowFilter.isActive() || rowFilter.accepts(m_table->row(row), flags))
                shown.push_back(row);
        }
    } else {
        shown.resize(size_t(count));
        std::iota(shown.begin(), shown.end(), first);
    }

    const auto shift = [first, count](std::vector<int> &rows) {
        for (int &row : rows) {
            if (row >= first)
                row += count;
        }
    };
    shift(m_rows);
    if (m_order) {
        shift(order);
        std::vector<int> added(static_cast<size_t>(count));
        std::iota(added.begin(), added.end(), first);
        order.insert(order.begin() + orderPosition, added.cbegin(), added.cend());
        m_order = std::make_shared<const std::vector<int>>(std::move(order));
    }
    m_sourceRows += count;
    m_shownRowOfStale = true;
    if (m_resetting) {
        m_rows.insert(m_rows.begin() + shownPosition, shown.cbegin(), shown.cend());
        m_resetting = false;
        endResetModel();
        if (filter().isActive() || m_running)
            update(false);
        return;
    }
    if (!shown.empty()) {
        beginInsertRows({}, shownPosition, shownPosition + int(shown.size()) - 1);
        m_rows.insert(m_rows.begin() + shownPosition, shown.cbegin(), shown.cend());
        m_shownRowOfStale = true;
        endInsertRows();
    }
    restartRunning();
}

void CertificateFilterProxyModel::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first,
                                                             int last)
{
    if (parent.isValid())
        return;
    std::vector<int> shown;
    if (last - first + 1 <= MaxRowsChangedInPlace) {
        for (int row = first; row <= last; ++row) {
            const int at = shownRowOf(row);
            if (at >= 0)
                shown.push_back(at);
        }
    }
    std::sort(shown.begin(), shown.end());
    qsizetype runs = shown.empty() ? 0 : 1;
    for (size_t i = 1; i < shown.size(); ++i)
        runs += shown[i] != shown[i - 1] + 1;
    if (last - first + 1 > MaxRowsChangedInPlace || runs > MaxRunsRemovedInPlace) {
        m_resetting = true;
        beginResetModel();
        return;
    }
    // Run by run from the bottom, so the shown rows above keep their numbers.
    while (!shown.empty()) {
        const int end = shown.back();
        int start = end;
        shown.pop_back();
        while (!shown.empty() && shown.back() == start - 1) {
            start = shown.back();
            shown.pop_back();
        }
        beginRemoveRows({}, start, end);
        m_rows.erase(m_rows.begin() + start, m_rows.begin() + end + 1);
        m_shownRowOfStale = true;
        endRemoveRows();
    }
}

void CertificateFilterProxyModel::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    const auto drop = [first, last, count](std::vector<int> &rows) {
        rows.erase(std::remove_if(rows.begin(), rows.end(),
                                  [first, last](int row) { return row >= first && row <= last; }),
                   rows.end());
        for (int &row : rows) {
            if (row > last)
                row -= count;
        }
    };
    drop(m_rows);
    if (m_order) {
        std::vector<int> order = *m_order;
        drop(order);
        m_order = std::make_shared<const std::vector<int>>(std::move(order));
    }
    m_sourceRows -= count;
    m_shownRowOfStale = true;
    if (m_resetting) {
        m_resetting = false;
        endResetModel();
    }
    restartRunning();
}

void CertificateFilterProxyModel::sourceAboutToBeReset()
{
    if (m_resetting)
        return;
    m_resetting = true;
    cancelRunning();
    beginResetModel();
}

void CertificateFilterProxyModel::sourceReset()
{
    // Every row is new: the table's order until sorted again. A small table
    // is filtered and sorted now; a large one shows every row until a worker
    // has.
    cancelRunning();
    forgetFlags();
    m_order.reset();
    m_sourceRows = sourceModel() ? sourceModel()->rowCount() : 0;
    const bool sorted = isSorted();
    const bool now = !m_table || m_sourceRows < m_backgroundThreshold;
    if (m_table && now && (sorted || filter().isActive())) {
        install(CertificateRowQuery(*m_table, filter(), nullptr,
                                    sorted ? std::optional(
                                            CertificateRowQuery::Sort {m_sortColumn, m_sortOrder})
                                           : std::nullopt)
                        .run());
    } else {
        m_rows.resize(size_t(m_sourceRows));
        std::iota(m_rows.begin(), m_rows.end(), 0);
        m_shownRowOfStale = true;
    }
    m_resetting = false;
    endResetModel();
    if (m_table && !now && (sorted || filter().isActive()))
        update(true);
}

} // namespace Ditio
