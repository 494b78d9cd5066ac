#include "certificaterowsorter.h"

#include "certificaterowfilter.h"
#include "certificatetablemodel.h"
#include "register/employeedirectory.h"

#include <algorithm>
#include <limits>

namespace Ditio {

namespace {

// A row's place in the sort: two numbers, then (for rows that tie on them)
// its text case-folded once, compared as plain UTF-16, instead of folding
// both texts in each of a million rows' twenty million comparisons.
struct SortItem
{
    quint64 first = 0;
    quint64 second = 0;
    int row = 0;
};

// The text with each character case-folded as QString::compare() folds it when
// ignoring case (one character for one, unlike toCaseFolded(), which makes
// "ss" of "ß"): plain comparison of two folded texts then orders them exactly
// as that comparison did. A text with nothing to fold is shared, not copied.
QString folded(const QString &text)
{
    const qsizetype size = text.size();
    const auto *chars = reinterpret_cast<const char16_t *>(text.constData());
    const auto codePoint = [&](qsizetype i) -> char32_t {
        if (QChar::isHighSurrogate(chars[i]) && i + 1 < size && QChar::isLowSurrogate(chars[i + 1]))
            return QChar::surrogateToUcs4(chars[i], chars[i + 1]);
        return chars[i];
    };
    qsizetype i = 0;
    while (i < size) {
        const char32_t c = codePoint(i);
        if (QChar::toCaseFolded(c) != c)
            break;
        i += QChar::requiresSurrogates(c) ? 2 : 1;
    }
    if (i == size)
        return text;
    QString result = text;
    char16_t *out = reinterpret_cast<char16_t *>(result.data());
    while (i < size) {
        const char32_t c = codePoint(i);
        const char32_t f = QChar::toCaseFolded(c);
        if (QChar::requiresSurrogates(c) && QChar::requiresSurrogates(f)) {
            out[i] = QChar::highSurrogate(f);
            out[i + 1] = QChar::lowSurrogate(f);
        } else if (!QChar::requiresSurrogates(c) && !QChar::requiresSurrogates(f)) {
            out[i] = char16_t(f);
        }
        i += QChar::requiresSurrogates(c) ? 2 : 1;
    }
    return result;
}

bool isCancelled(const std::atomic<bool> *cancelled)
{
    return cancelled && cancelled->load(std::memory_order_relaxed);
}

} // namespace

bool CertificateRowSorter::needsFlags(int column)
{
    return column == CertificateTableModel::StatusColumn
            || column == CertificateTableModel::EmployeeNameColumn;
}

bool CertificateRowSorter::sort(std::vector<int> &order, const RowStore &rows,
                                const std::vector<quint8> &flags,
                                const EmployeeDirectory *directory, int column,
                                Qt::SortOrder sortOrder, const std::atomic<bool> *cancelled)
{
    const bool ascending = sortOrder == Qt::AscendingOrder;
    if (column < 0 || column >= CertificateTableModel::ColumnCount) {
        // The file's order (or its reverse), whatever the order was.
        if (ascending)
            std::sort(order.begin(), order.end());
        else
            std::sort(order.begin(), order.end(), std::greater<int>());
        return true;
    }

    std::vector<SortItem> items(order.size());
    // Texts by row, only for columns that compare text.
    std::vector<QString> texts;
    const auto keyOf = [&](int row, SortItem &item) {
        item.row = row;
        const CertificateRow &r = rows.at(row);
        if (column == CertificateTableModel::StatusColumn) {
            item.first = quint64(r.uploadState) * 3
                    + (flags[size_t(row)] & CertificateRowFilter::SeverityMask);
            return;
        }
        if (column == CertificateTableModel::EmployeeNameColumn) {
            // Employees Ditio does not know first, where they are noticed;
            // then rows without a record, then by first name (or the last
            // name when there is none) and last name, as shown.
            item.first = (flags[size_t(row)] & CertificateRowFilter::UnknownToDitio) ? 0 : 1;
            if (!directory)
                return;
            const EmployeeRecord *record = directory->record(r.text(Field::EmployeeNumber));
            if (!record)
                return;
            item.second = 1;
            const QString &first =
                    record->firstName.isEmpty() ? record->lastName : record->firstName;
            const QString last = record->firstName.isEmpty() ? QString() : record->lastName;
            // NUL sorts before any character: "Ann" before "Anna" whatever the
            // last names.
            texts[size_t(row)] = folded(first) + QChar(0) + folded(last);
            return;
        }
        const Field field = CertificateTableModel::fieldOfColumn(column);
        const QString &text = r.text(field);
        if (isDateField(field)) {
            const DateParser::Result parsed = r.date(field);
            // Unreadable dates sort first (by their text), where they are
            // noticed; readable ones by date alone.
            if (parsed.isValid()) {
                item.first = 1;
                item.second = quint64(parsed.date.toJulianDay())
                        ^ (quint64(1) << 63); // signed order as unsigned
                return;
            }
        } else if (field == Field::EmployeeNumber) {
            // Numbers as numbers (99 before 1042) and before other text;
            // equal numbers ("007", "7") by their text.
            bool ok = false;
            const qulonglong number = text.toULongLong(&ok);
            item.first = ok ? 0 : 1;
            item.second = ok ? number : 0;
        }
        texts[size_t(row)] = folded(text);
    };

    if (column != CertificateTableModel::StatusColumn)
        texts.resize(size_t(rows.size()));
    constexpr size_t CheckEvery = 16384;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i % CheckEvery == 0 && isCancelled(cancelled))
            return false;
        keyOf(order[i], items[i]);
    }
    if (isCancelled(cancelled))
        return false;

    const auto less = [&texts](const SortItem &a, const SortItem &b) {
        if (a.first != b.first)
            return a.first < b.first;
        if (a.second != b.second)
            return a.second < b.second;
        return !texts.empty() && texts[size_t(a.row)] < texts[size_t(b.row)];
    };
    if (ascending)
        std::stable_sort(items.begin(), items.end(), less);
    else
        std::stable_sort(items.begin(), items.end(),
                         [&less](const SortItem &a, const SortItem &b) { return less(b, a); });
    if (isCancelled(cancelled))
        return false;
    for (size_t i = 0; i < items.size(); ++i)
        order[i] = items[i].row;
    return true;
}

} // namespace Ditio
