#include "certificatefilterproxymodel.h"

#include "certificatetablemodel.h"
#include "register/employeedirectory.h"

namespace Ditio {

CertificateFilterProxyModel::CertificateFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CertificateTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(false);
    // Rows follow their edits instead of jumping away while being typed into;
    // a click on the header sorts again.
    setDynamicSortFilter(false);
}

void CertificateFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_table = qobject_cast<CertificateTableModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void CertificateFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    invalidateRowsFilter();
}

void CertificateFilterProxyModel::setOnlyProblems(bool onlyProblems)
{
    if (onlyProblems == m_onlyProblems)
        return;
    m_onlyProblems = onlyProblems;
    invalidateRowsFilter();
}

void CertificateFilterProxyModel::setUploadStateFilter(int state)
{
    if (state == m_uploadState)
        return;
    m_uploadState = state;
    invalidateRowsFilter();
}

bool CertificateFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_table)
        return true;
    if (m_onlyProblems && !m_table->rowHasProblems(sourceRow))
        return false;
    const CertificateRow &row = m_table->row(sourceRow);
    if (m_uploadState >= 0 && int(row.uploadState) != m_uploadState)
        return false;
    if (m_searchText.isEmpty())
        return true;
    for (Field field : allFields()) {
        if (row.text(field).contains(m_searchText, Qt::CaseInsensitive))
            return true;
        if (isDateField(field) && row.date(field).isValid()
            && DateParser::format(row.date(field).date).contains(m_searchText))
            return true;
    }
    // The name Ditio has for the employee: searching "Kari" finds her rows.
    return m_table->employeeDirectory()
            && m_table->employeeName(sourceRow).contains(m_searchText, Qt::CaseInsensitive);
}

bool CertificateFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_table)
        return QSortFilterProxyModel::lessThan(left, right);
    const int column = left.column();
    const int l = left.row();
    const int r = right.row();
    if (column == CertificateTableModel::StatusColumn) {
        const auto key = [this](int row) {
            return int(m_table->row(row).uploadState) * 3 + int(m_table->rowSeverity(row));
        };
        return key(l) < key(r);
    }
    if (column == CertificateTableModel::EmployeeNameColumn) {
        // Employees Ditio does not know sort first, where they are noticed.
        const bool unknownL = m_table->employeeUnknownToDitio(l);
        const bool unknownR = m_table->employeeUnknownToDitio(r);
        if (unknownL != unknownR)
            return unknownL;
        // The records themselves: no name is built per comparison. First name
        // (or the last name when there is none), then last name, as shown.
        const auto &directory = m_table->employeeDirectory();
        if (!directory)
            return false;
        const EmployeeRecord *a = directory->record(m_table->text(l, Field::EmployeeNumber));
        const EmployeeRecord *b = directory->record(m_table->text(r, Field::EmployeeNumber));
        if (!a || !b)
            return b != nullptr;
        const QString &firstA = a->firstName.isEmpty() ? a->lastName : a->firstName;
        const QString &firstB = b->firstName.isEmpty() ? b->lastName : b->firstName;
        if (const int order = firstA.compare(firstB, Qt::CaseInsensitive))
            return order < 0;
        const QStringView lastA = a->firstName.isEmpty() ? QStringView() : a->lastName;
        const QStringView lastB = b->firstName.isEmpty() ? QStringView() : b->lastName;
        return lastA.compare(lastB, Qt::CaseInsensitive) < 0;
    }
    if (!CertificateTableModel::isFieldColumn(column))
        return QSortFilterProxyModel::lessThan(left, right);
    const Field field = CertificateTableModel::fieldOfColumn(column);
    if (isDateField(field)) {
        const DateParser::Result &a = m_table->row(l).date(field);
        const DateParser::Result &b = m_table->row(r).date(field);
        // Unreadable dates sort first, where they are noticed.
        if (a.isValid() != b.isValid())
            return !a.isValid();
        if (a.isValid())
            return a.date < b.date;
    }
    const QString &a = m_table->row(l).text(field);
    const QString &b = m_table->row(r).text(field);
    if (field == Field::EmployeeNumber) {
        // Numeric employee numbers sort as numbers: 99 before 1042.
        bool okA = false;
        bool okB = false;
        const qulonglong na = a.toULongLong(&okA);
        const qulonglong nb = b.toULongLong(&okB);
        if (okA && okB && na != nb)
            return na < nb;
        if (okA != okB)
            return okA;
    }
    return a.compare(b, Qt::CaseInsensitive) < 0;
}

} // namespace Ditio
