#pragma once

#include "certificaterowfilter.h"
#include "rowstore.h"

#include <QtGlobal>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace Ditio {

class CertificateTableModel;

// The rows the filtered, sorted table shows, computed in one pass over a
// snapshot of the table: made on the table's thread (the rows are shared
// chunks, so taking them costs a pointer per chunk; each row's severity and
// register flag are copied into a byte, and only when the filter or the sort
// reads them), run on any thread while the table goes on changing.
class CertificateRowQuery
{
public:
    // All rows in the order the filter walks them; null for the file's order.
    using Order = std::shared_ptr<const std::vector<int>>;
    // Each row's CertificateRowFilter::RowFlag bits.
    using Flags = std::shared_ptr<const std::vector<quint8>>;

    struct Result
    {
        std::vector<int> rows; // shown row -> table row
        std::vector<int> shownRowOf; // table row -> shown row, -1 when filtered out
        Order order; // the new order when the query sorted, else the one given
        bool cancelled = false;
    };

    // Sorts the order by column before filtering, starting from the given
    // order so rows that compare equal keep their places (-1: the file's order).
    struct Sort
    {
        int column = -1;
        Qt::SortOrder order = Qt::AscendingOrder;
    };

    // flags: read before, when a million rows' would take too long here;
    // else read here when the filter or the sort needs them.
    CertificateRowQuery(const CertificateTableModel &table, const CertificateRowFilter &filter,
                        Order order, std::optional<Sort> sort = std::nullopt, Flags flags = {});

    // Whether a query with this filter and sort reads the row flags.
    static bool needsFlags(const CertificateRowFilter &filter, const std::optional<Sort> &sort);

    qsizetype rowCount() const { return m_rows.size(); }
    // Safe on any thread. Checks cancelled now and then, and gives up when set.
    Result run(const std::atomic<bool> *cancelled = nullptr) const;

    // The CertificateRowFilter::RowFlag bits of one row.
    static quint8 rowFlags(const CertificateTableModel &table, int row);

private:
    RowStore m_rows;
    Flags m_flags; // null when neither filter nor sort reads them
    std::shared_ptr<const EmployeeDirectory> m_directory;
    CertificateRowFilter m_filter;
    Order m_order;
    std::optional<Sort> m_sort;
};

} // namespace Ditio
