#pragma once

#include "certificaterow.h"

#include <QSet>
#include <QString>
#include <QStringMatcher>

#include <memory>

namespace Ditio {

class EmployeeDirectory;

// The filter bar's test of one row: free text over every column (the text as
// typed, dates as the table shows them, and Ditio's name for the employee),
// "only rows with problems", one upload state and one change (against the
// ledger: new, update, ...). Prepared once per filter,
// then asked about a million rows: the search text's case-insensitive matcher
// is built once, and the register is searched once for the employees whose
// name matches instead of building every row's name. Reads nothing but its
// arguments and the shared, read-only register, so any thread may use it.
class CertificateRowFilter
{
public:
    // What the filter needs to know of a row beyond its content, copied from
    // the table on its own thread (the validation state is not the worker's
    // to read).
    enum RowFlag : quint8 {
        SeverityMask = 0x3, // the row's Severity
        UnknownToDitio = 0x4, // the register lacks the row's employee number
        // The row's RowChange + 1 (0: no ledger, or a blank row), in these bits.
        ChangeMask = 0x38,
    };
    static constexpr int ChangeShift = 3;
    // The change a row's flags hold, or -1.
    static int changeOf(quint8 flags) { return ((flags & ChangeMask) >> ChangeShift) - 1; }
    static quint8 changeFlags(int change)
    {
        return quint8((change + 1) << ChangeShift) & ChangeMask;
    }

    CertificateRowFilter() = default;
    // change: a RowChange value, or -1 for every row.
    CertificateRowFilter(const QString &searchText, bool onlyProblems, int uploadState,
                         std::shared_ptr<const EmployeeDirectory> directory, int change = -1);

    // False when every row passes.
    bool isActive() const
    {
        return !m_searchText.isEmpty() || m_onlyProblems || m_uploadState >= 0 || m_change >= 0;
    }
    // Whether accepts() reads the flags (else they may be left zero).
    bool needsFlags() const { return m_onlyProblems || m_change >= 0; }
    bool accepts(const CertificateRow &row, quint8 flags) const;

private:
    bool matchesSearch(const CertificateRow &row) const;

    QString m_searchText;
    bool m_onlyProblems = false;
    int m_uploadState = -1; // -1 for every state
    int m_change = -1; // -1 for every row
    QStringMatcher m_matcher;
    // Dates are shown as digits and dots: any other character in the search
    // text cannot be in one, and formatting the date is skipped.
    bool m_mayMatchDate = false;
    // Employee numbers whose name (as the table shows it) holds the search text.
    QSet<QString> m_numbersNamed;
};

} // namespace Ditio
