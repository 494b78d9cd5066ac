#include "certificaterowsorter.h"

#include "certificaterowfilter.h"
#include "certificatetablemodel.h"
#include "register/employeedirectory.h"

#include <algorithm>
#include <array>
#include <numeric>

namespace Ditio {

namespace {

// A row's place in the sort: two numbers, and for rows that tie on them and
// compare by text, that text case-folded. Rows are sorted by the numbers
// first, and only runs of ties by text: a million comparisons of texts cost
// seconds, a million numbers a few milliseconds.
struct SortItem
{
    quint64 first = 0;
    quint64 second = 0;
    int row = 0;
    bool byText = false; // ties break by text
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

// Folded texts shared where the rows share a text (an import shares one
// buffer per distinct value), so that comparing two equal ones is a
// comparison of addresses. Sound because each entry holds a reference to its
// source: that buffer cannot be freed or reused while it is here.
class FoldedTexts
{
public:
    QString of(const QString &text)
    {
        Entry &entry = m_entries[(quintptr(text.constData()) >> 4) % m_entries.size()];
        if (entry.source.constData() != text.constData() || entry.source.size() != text.size()
            || entry.folded.isNull()) {
            entry.source = text;
            entry.folded = folded(text);
        }
        return entry.folded;
    }

private:
    struct Entry
    {
        QString source;
        QString folded;
    };
    std::array<Entry, 64> m_entries;
};

bool isCancelled(const std::atomic<bool> *cancelled)
{
    return cancelled && cancelled->load(std::memory_order_relaxed);
}

} // namespace

bool CertificateRowSorter::needsFlags(int column)
{
    return column == CertificateTableModel::StatusColumn
            || column == CertificateTableModel::ChangeColumn
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
    const auto keyOf = [&](int row, SortItem &item) {
        item.row = row;
        const CertificateRow &r = rows.at(row);
        if (column == CertificateTableModel::StatusColumn) {
            item.first = quint64(r.uploadState) * 3
                    + (flags[size_t(row)] & CertificateRowFilter::SeverityMask);
            return;
        }
        if (column == CertificateTableModel::ChangeColumn) {
            // By RowChange; rows without a change (blank ones) first.
            item.first = quint64(CertificateRowFilter::changeOf(flags[size_t(row)]) + 1);
            return;
        }
        if (column == CertificateTableModel::EmployeeNameColumn) {
            // Employees Ditio does not know first, where they are noticed;
            // then rows without a record, then by name.
            item.first = (flags[size_t(row)] & CertificateRowFilter::UnknownToDitio) ? 0 : 1;
            if (directory && directory->record(r.text(Field::EmployeeNumber))) {
                item.second = 1;
                item.byText = true;
            }
            return;
        }
        const Field field = CertificateTableModel::fieldOfColumn(column);
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
            const qulonglong number = r.text(field).toULongLong(&ok);
            item.first = ok ? 0 : 1;
            item.second = ok ? number : 0;
        }
        item.byText = true;
    };
    // The text a row's ties break by.
    const auto textOf = [&](int row) -> QString {
        const CertificateRow &r = rows.at(row);
        if (column != CertificateTableModel::EmployeeNameColumn)
            return r.text(CertificateTableModel::fieldOfColumn(column));
        // First name (or the last name when there is none), then last name,
        // as shown. NUL sorts before any character: "Ann" before "Anna"
        // whatever the last names.
        const EmployeeRecord *record = directory->record(r.text(Field::EmployeeNumber));
        if (record->firstName.isEmpty())
            return record->lastName;
        return record->firstName + QChar(0) + record->lastName;
    };

    constexpr size_t CheckEvery = 16384;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i % CheckEvery == 0 && isCancelled(cancelled))
            return false;
        keyOf(order[i], items[i]);
    }
    if (isCancelled(cancelled))
        return false;

    const auto lessByNumbers = [](const SortItem &a, const SortItem &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return a.second < b.second;
    };
    if (ascending)
        std::stable_sort(items.begin(), items.end(), lessByNumbers);
    else
        std::stable_sort(items.begin(), items.end(),
                         [&](const SortItem &a, const SortItem &b) { return lessByNumbers(b, a); });
    if (isCancelled(cancelled))
        return false;

    // Runs of rows that tie on the numbers, by text (still stable).
    FoldedTexts foldedTexts;
    std::vector<QString> texts;
    std::vector<int> byText;
    std::vector<SortItem> run;
    for (size_t start = 0; start < items.size();) {
        size_t end = start + 1;
        while (end < items.size() && items[end].first == items[start].first
               && items[end].second == items[start].second)
            ++end;
        if (end - start < 2 || !items[start].byText) {
            start = end;
            continue;
        }
        texts.clear();
        bool allEqual = true;
        for (size_t i = start; i < end; ++i) {
            texts.push_back(foldedTexts.of(textOf(items[i].row)));
            allEqual = allEqual && texts.back() == texts.front();
        }
        if (!allEqual) {
            byText.resize(texts.size());
            std::iota(byText.begin(), byText.end(), 0);
            if (ascending)
                std::stable_sort(byText.begin(), byText.end(),
                                 [&texts](int a, int b) { return texts[a] < texts[b]; });
            else
                std::stable_sort(byText.begin(), byText.end(),
                                 [&texts](int a, int b) { return texts[b] < texts[a]; });
            run.assign(items.begin() + qsizetype(start), items.begin() + qsizetype(end));
            for (size_t i = 0; i < byText.size(); ++i)
                items[start + i] = run[size_t(byText[i])];
        }
        if (isCancelled(cancelled))
            return false;
        start = end;
    }
    for (size_t i = 0; i < items.size(); ++i)
        order[i] = items[i].row;
    return true;
}

} // namespace Ditio
