#pragma once

#include "rowstore.h"

#include <QtGlobal>

#include <atomic>
#include <vector>

namespace Ditio {

class EmployeeDirectory;

// Sorts rows the way the table's columns sort: employee numbers as numbers
// (text after them), dates as dates with unreadable ones first, text ignoring
// case, Status by upload state then severity, employees unknown to Ditio first
// and then by name. Each row's key is computed once (a date's julian day, a
// number, the text case-folded once) and the rows are stable-sorted by it:
// comparing through the model's data() cost a million rows seconds. Reads only
// its arguments and the shared, read-only register, so any thread may use it.
class CertificateRowSorter
{
public:
    // Whether sorting by column reads CertificateRowFilter::RowFlag bits.
    static bool needsFlags(int column);

    // Sorts order (rows of rows) by column; rows that compare equal keep their
    // order (descending too, as QSortFilterProxyModel did). Column -1 is the
    // file's order, or its reverse. flags: one per row of rows when
    // needsFlags(column), else may be empty. Returns false when cancelled
    // (order is then unchanged).
    static bool sort(std::vector<int> &order, const RowStore &rows,
                     const std::vector<quint8> &flags, const EmployeeDirectory *directory,
                     int column, Qt::SortOrder sortOrder,
                     const std::atomic<bool> *cancelled = nullptr);
};

} // namespace Ditio
