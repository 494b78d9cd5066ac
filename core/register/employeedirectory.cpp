#include "employeedirectory.h"

namespace Ditio {

namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool allDigits(QStringView text)
{
    for (QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return !text.isEmpty();
}

// Typo hints only for numbers long enough that one wrong digit still leaves
// most of the number: among three-digit numbers almost every one is a typo of
// another.
constexpr qsizetype MinTypoDigits = 4;

} // namespace

EmployeeDirectory::EmployeeDirectory(const EmployeeRecords &records, const QDateTime &readAt)
    : m_readAt(readAt)
{
    // The records list is shared, not copied, when none is left out (a
    // million employees' list is 72 MB).
    m_byNumber.reserve(records.size());
    bool allKept = true;
    for (const EmployeeRecord &record : records) {
        if (record.employeeNumber.isEmpty() || m_byNumber.contains(record.employeeNumber)) {
            allKept = false;
            break;
        }
        m_byNumber.insert(record.employeeNumber, int(m_byNumber.size()));
    }
    if (allKept) {
        m_records = records;
    } else {
        m_byNumber.clear();
        m_records.reserve(records.size());
        for (const EmployeeRecord &record : records) {
            if (record.employeeNumber.isEmpty() || m_byNumber.contains(record.employeeNumber))
                continue;
            m_byNumber.insert(record.employeeNumber, int(m_records.size()));
            m_records.append(record);
        }
    }
    // Folded keys after all exact numbers are in: a register with both "1042"
    // and "01042" has no single near match for "001042". A number that is its
    // own folded form ("1042", most of them) is found in m_byNumber instead.
    for (int index = 0; index < m_records.size(); ++index) {
        const QString &number = m_records.at(index).employeeNumber;
        const QString folded = foldedNumber(number);
        if (!folded.isEmpty() && folded != number)
            addCandidate(m_byFolded, folded, index);
    }
}

void EmployeeDirectory::addCandidate(QHash<QString, int> &hash, const QString &key, int index)
{
    const auto it = hash.find(key);
    if (it == hash.end())
        hash.insert(key, index);
    else if (*it != index)
        *it = Ambiguous;
}

bool EmployeeDirectory::contains(const QString &employeeNumber) const
{
    return m_byNumber.contains(employeeNumber);
}

const EmployeeRecord *EmployeeDirectory::record(const QString &employeeNumber) const
{
    const auto it = m_byNumber.constFind(employeeNumber);
    return it == m_byNumber.cend() ? nullptr : &m_records.at(*it);
}

QString EmployeeDirectory::displayName(const QString &employeeNumber) const
{
    const EmployeeRecord *r = record(employeeNumber);
    return r ? r->displayName() : QString();
}

QString EmployeeDirectory::foldedNumber(QStringView employeeNumber)
{
    QString folded;
    folded.reserve(employeeNumber.size());
    for (QChar c : employeeNumber) {
        if (!c.isSpace())
            folded.append(c.toCaseFolded());
    }
    // "1042.0", "1042,00": what a spreadsheet makes of an integer.
    const qsizetype separator = std::max(folded.indexOf(u'.'), folded.indexOf(u','));
    if (separator > 0 && allDigits(QStringView(folded).left(separator))) {
        const QStringView fraction = QStringView(folded).mid(separator + 1);
        if (!fraction.isEmpty()
            && std::all_of(fraction.begin(), fraction.end(), [](QChar c) { return c == u'0'; }))
            folded.truncate(separator);
    }
    qsizetype zeros = 0;
    while (zeros + 1 < folded.size() && folded.at(zeros) == u'0')
        ++zeros;
    folded.remove(0, zeros);
    return folded;
}

int EmployeeDirectory::typoMatch(const QString &digits) const
{
    int found = NoMatch;
    const auto consider = [&found](int index) {
        if (index == Ambiguous || (found != NoMatch && found != index))
            found = Ambiguous;
        else
            found = index;
    };
    // One digit wrong: each other digit at each place, looked up. (An index
    // of every number with each place left open cost a million employees
    // six million keys, 600 MB; this costs a few dozen lookups for a number
    // the register does not have, which is rare.)
    QString key = digits;
    for (qsizetype i = 0; i < key.size() && found != Ambiguous; ++i) {
        const QChar digit = key.at(i);
        for (char16_t other = u'0'; other <= u'9' && found != Ambiguous; ++other) {
            if (other == digit.unicode())
                continue;
            key[i] = QChar(other);
            const auto it = m_byNumber.constFind(key);
            if (it != m_byNumber.cend())
                consider(*it);
        }
        key[i] = digit;
    }
    for (qsizetype i = 0; i + 1 < key.size() && found != Ambiguous; ++i) {
        if (key.at(i) == key.at(i + 1))
            continue;
        std::swap(key[i], key[i + 1]);
        const auto it = m_byNumber.constFind(key);
        if (it != m_byNumber.cend())
            consider(*it);
        std::swap(key[i], key[i + 1]);
    }
    return found;
}

QString EmployeeDirectory::nearMatch(const QString &employeeNumber) const
{
    if (m_records.isEmpty() || contains(employeeNumber))
        return {};
    const QString folded = foldedNumber(employeeNumber);
    if (folded.isEmpty())
        return {};
    // The numbers that fold the same: one that is its own folded form, and
    // the others (or Ambiguous).
    const auto self = m_byNumber.constFind(folded);
    const auto other = m_byFolded.constFind(folded);
    if (self != m_byNumber.cend() || other != m_byFolded.cend()) {
        if (self != m_byNumber.cend() && other != m_byFolded.cend() && *other != *self)
            return {};
        const int index = self != m_byNumber.cend() ? *self : *other;
        return index >= 0 ? m_records.at(index).employeeNumber : QString();
    }

    // One digit wrong or two swapped, on the number as typed (spaces aside):
    // leading zeros are digits here, and a number that differs in two ways
    // gets no hint.
    QString digits;
    digits.reserve(employeeNumber.size());
    for (QChar c : employeeNumber) {
        if (!c.isSpace())
            digits.append(c);
    }
    if (digits.size() < MinTypoDigits || !allDigits(digits))
        return {};
    const int index = typoMatch(digits);
    return index >= 0 ? m_records.at(index).employeeNumber : QString();
}

} // namespace Ditio
