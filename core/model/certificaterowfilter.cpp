#include "certificaterowfilter.h"

#include "register/employeedirectory.h"

namespace Ditio {

namespace {

// DateParser::format() without building a string: what the table shows for a
// date, in a buffer of the caller's. Returns false for years the fixed
// dd.MM.yyyy form does not hold, which then go the slow way.
bool formatDate(QDate date, char16_t (&out)[10])
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return false;
    const auto two = [](int value, char16_t *at) {
        at[0] = char16_t(u'0' + value / 10);
        at[1] = char16_t(u'0' + value % 10);
    };
    two(day, out);
    out[2] = u'.';
    two(month, out + 3);
    out[5] = u'.';
    two(year / 100, out + 6);
    two(year % 100, out + 8);
    return true;
}

} // namespace

CertificateRowFilter::CertificateRowFilter(const QString &searchText, bool onlyProblems,
                                           int uploadState,
                                           std::shared_ptr<const EmployeeDirectory> directory,
                                           int change)
    : m_searchText(searchText),
      m_onlyProblems(onlyProblems),
      m_uploadState(uploadState),
      m_change(change),
      m_matcher(searchText, Qt::CaseInsensitive)
{
    if (m_searchText.isEmpty())
        return;
    m_mayMatchDate = std::all_of(m_searchText.cbegin(), m_searchText.cend(),
                                 [](QChar c) { return c.isDigit() || c == u'.'; });
    if (!directory)
        return;
    // The name the table shows for a number is its first record's; later
    // records with the same number are never shown.
    for (const EmployeeRecord &record : directory->records()) {
        if (directory->record(record.employeeNumber) == &record
            && record.displayName().contains(m_searchText, Qt::CaseInsensitive))
            m_numbersNamed.insert(record.employeeNumber);
    }
}

bool CertificateRowFilter::accepts(const CertificateRow &row, quint8 flags) const
{
    if (m_onlyProblems && (flags & SeverityMask) == 0)
        return false;
    if (m_uploadState >= 0 && int(row.uploadState) != m_uploadState)
        return false;
    if (m_change >= 0 && changeOf(flags) != m_change)
        return false;
    return m_searchText.isEmpty() || matchesSearch(row);
}

bool CertificateRowFilter::matchesSearch(const CertificateRow &row) const
{
    for (Field field : allFields()) {
        if (m_matcher.indexIn(QStringView(row.text(field))) >= 0)
            return true;
        if (m_mayMatchDate && isDateField(field)) {
            const DateParser::Result parsed = row.date(field);
            if (!parsed.isValid())
                continue;
            char16_t shown[10];
            if (formatDate(parsed.date, shown)) {
                if (QStringView(shown, 10).contains(m_searchText))
                    return true;
            } else if (DateParser::format(parsed.date).contains(m_searchText)) {
                return true;
            }
        }
    }
    return !m_numbersNamed.isEmpty() && m_numbersNamed.contains(row.text(Field::EmployeeNumber));
}

} // namespace Ditio
