#include "certificaterowquery.h"

#include "certificaterowsorter.h"
#include "certificatetablemodel.h"

#include <numeric>

namespace Ditio {

CertificateRowQuery::CertificateRowQuery(const CertificateTableModel &table,
                                         const CertificateRowFilter &filter, Order order,
                                         std::optional<Sort> sort, Flags flags)
    : m_rows(table.rows()),
      m_directory(table.employeeDirectory()),
      m_filter(filter),
      m_order(std::move(order)),
      m_sort(sort)
{
    if (!needsFlags(m_filter, m_sort))
        return;
    if (flags && qsizetype(flags->size()) == m_rows.size()) {
        m_flags = std::move(flags);
        return;
    }
    auto read = std::make_shared<std::vector<quint8>>(size_t(m_rows.size()));
    for (int row = 0; row < int(m_rows.size()); ++row)
        (*read)[size_t(row)] = rowFlags(table, row);
    m_flags = std::move(read);
}

bool CertificateRowQuery::needsFlags(const CertificateRowFilter &filter,
                                     const std::optional<Sort> &sort)
{
    return filter.needsFlags() || (sort && CertificateRowSorter::needsFlags(sort->column));
}

quint8 CertificateRowQuery::rowFlags(const CertificateTableModel &table, int row)
{
    quint8 flags = quint8(table.rowSeverity(row)) & CertificateRowFilter::SeverityMask;
    if (table.employeeUnknownToDitio(row))
        flags |= CertificateRowFilter::UnknownToDitio;
    if (const auto change = table.rowChange(row))
        flags |= CertificateRowFilter::changeFlags(int(change->change));
    return flags;
}

CertificateRowQuery::Result CertificateRowQuery::run(const std::atomic<bool> *cancelled) const
{
    Result result;
    const int count = int(m_rows.size());
    result.order = m_order;
    if (m_sort) {
        std::vector<int> sorted;
        if (m_order && int(m_order->size()) == count) {
            sorted = *m_order;
        } else {
            sorted.resize(size_t(count));
            std::iota(sorted.begin(), sorted.end(), 0);
        }
        static const std::vector<quint8> noFlags;
        if (!CertificateRowSorter::sort(sorted, m_rows, m_flags ? *m_flags : noFlags,
                                        m_directory.get(), m_sort->column, m_sort->order,
                                        cancelled)) {
            result.cancelled = true;
            return result;
        }
        // The file's order needs no list.
        const bool fileOrder = m_sort->column < 0 && m_sort->order == Qt::AscendingOrder;
        result.order =
                fileOrder ? nullptr : std::make_shared<const std::vector<int>>(std::move(sorted));
    }

    // An order is all of the table's rows; one that is not (the caller's
    // mistake) is not read past its end.
    if (result.order && int(result.order->size()) != count)
        result.order.reset();
    const std::vector<int> *order = result.order.get();
    result.shownRowOf.assign(size_t(count), -1);
    if (!m_filter.isActive()) {
        if (order) {
            result.rows = *order;
        } else {
            result.rows.resize(size_t(count));
            std::iota(result.rows.begin(), result.rows.end(), 0);
        }
    } else {
        result.rows.reserve(size_t(count));
        constexpr int CheckEvery = 16384;
        for (int i = 0; i < count; ++i) {
            if (i % CheckEvery == 0 && cancelled && cancelled->load(std::memory_order_relaxed)) {
                result.cancelled = true;
                return result;
            }
            const int row = order ? (*order)[size_t(i)] : i;
            if (m_filter.accepts(m_rows.at(row), m_flags ? (*m_flags)[size_t(row)] : 0))
                result.rows.push_back(row);
        }
        result.rows.shrink_to_fit();
    }
    for (size_t shown = 0; shown < result.rows.size(); ++shown)
        result.shownRowOf[size_t(result.rows[shown])] = int(shown);
    return result;
}

} // namespace Ditio
