#include "crossrowindex.h"

#include "util/foldedtext.h"

namespace Ditio {

CrossRowIndex::CrossRowIndex(DuplicateKeyTable::EmployeeOf employeeOf)
    : m_keys(std::move(employeeOf))
{
    m_spellingByAddress.fill(RecentSpelling());
}

void CrossRowIndex::clear()
{
    m_keys.clear();
    m_groups.clear();
    m_groupIds.clear();
    m_spellingIds.clear();
    m_spellings.clear();
    m_spellingByAddress.fill(RecentSpelling());
    m_groupOfSpelling.clear();
    m_duplicateRows = 0;
    m_variantRows = 0;
}

void CrossRowIndex::reserve(qsizetype rows)
{
    m_keys.reserve(rows);
}

QString CrossRowIndex::normalizedType(const QString &certificateType)
{
    return foldedLettersAndDigits(certificateType);
}

bool CrossRowIndex::isIndexed(const QString &employeeNumber, const QString &certificateType)
{
    return !employeeNumber.isEmpty() && !certificateType.isEmpty();
}

int CrossRowIndex::existingSpellingId(const QString &certificateType) const
{
    return m_spellingIds.value(certificateType, -1);
}

int CrossRowIndex::spellingId(const QString &certificateType)
{
    RecentSpelling &recent = m_spellingByAddress[recentIndex(certificateType)];
    if (isSameBuffer(recent, certificateType))
        return recent.id;
    const auto it = m_spellingIds.constFind(certificateType);
    if (it != m_spellingIds.cend()) {
        recent = {certificateType, it.value()};
        return it.value();
    }
    const int id = int(m_spellings.size());
    recent = {certificateType, id};
    m_spellings.append(certificateType);
    m_spellingIds.insert(certificateType, id);
    const QString normalized = normalizedType(certificateType);
    int group = -1;
    if (!normalized.isEmpty()) {
        const auto groupIt = m_groupIds.constFind(normalized);
        if (groupIt != m_groupIds.cend()) {
            group = groupIt.value();
        } else {
            group = int(m_groups.size());
            m_groups.append(SpellingGroup());
            m_groupIds.insert(normalized, group);
        }
    }
    m_groupOfSpelling.append(group);
    return id;
}

bool CrossRowIndex::preferredOnTie(int spelling, int other) const
{
    // Between spellings used by as many rows: the one without surrounding
    // spaces, then the first in text order. Decided by the texts alone, never by
    // the order of edits, so a reopened file shows the same warnings.
    if (other < 0)
        return true;
    const QString &a = m_spellings.at(spelling);
    const QString &b = m_spellings.at(other);
    const auto trimmed = [](const QString &text) {
        return text.isEmpty() || (!text.front().isSpace() && !text.back().isSpace());
    };
    if (trimmed(a) != trimmed(b))
        return trimmed(a);
    return a < b;
}

void CrossRowIndex::electCommon(SpellingGroup &group) const
{
    // Highest count wins; a tie is settled by preferredOnTie().
    group.commonSpelling = -1;
    group.commonCount = 0;
    for (auto it = group.countBySpelling.cbegin(); it != group.countBySpelling.cend(); ++it) {
        if (it.value() > group.commonCount
            || (it.value() == group.commonCount
                && preferredOnTie(it.key(), group.commonSpelling))) {
            group.commonSpelling = it.key();
            group.commonCount = it.value();
        }
    }
}

void CrossRowIndex::prefetch(const QString &employeeNumber, const QString &certificateType) const
{
    if (employeeNumber.isEmpty() || certificateType.isEmpty())
        return;
    const RecentSpelling &recent = m_spellingByAddress[recentIndex(certificateType)];
    if (isSameBuffer(recent, certificateType))
        m_keys.prefetch(employeeNumber, recent.id);
}

bool CrossRowIndex::add(RowId id, const QString &employeeNumber, const QString &certificateType)
{
    if (certificateType.isEmpty())
        return false;
    const int spelling = spellingId(certificateType);
    if (!employeeNumber.isEmpty()) {
        const int size = m_keys.insert(id, employeeNumber, spelling);
        if (size == 2)
            m_duplicateRows += 2;
        else if (size > 2)
            m_duplicateRows += 1;
    }

    const int groupIndex = m_groupOfSpelling.at(spelling);
    if (groupIndex < 0)
        return false;
    SpellingGroup &group = m_groups[groupIndex];
    m_variantRows -= variantRowsOf(group);
    const int oldCommon = group.commonSpelling;
    const int oldCommonCount = group.commonCount;
    const qsizetype oldSpellings = group.countBySpelling.size();
    int &count = group.countBySpelling[spelling];
    ++count;
    ++group.size;
    if (count > group.commonCount
        || (count == group.commonCount && spelling != group.commonSpelling
            && preferredOnTie(spelling, group.commonSpelling))) {
        group.commonSpelling = spelling;
        group.commonCount = count;
    }
    m_variantRows += variantRowsOf(group);
    const qsizetype spellings = group.countBySpelling.size();
    // The variants' warnings cite the common spelling's count ("in 3 other
    // rows"): a new count changes their messages too.
    return oldCommon != group.commonSpelling || (oldSpellings <= 1) != (spellings <= 1)
            || (spellings > 1 && oldCommonCount != group.commonCount);
}

bool CrossRowIndex::remove(RowId id, const QString &employeeNumber, const QString &certificateType)
{
    const int spelling = existingSpellingId(certificateType);
    if (spelling < 0)
        return false;
    if (!employeeNumber.isEmpty()) {
        bool removed = false;
        const int size = m_keys.remove(id, employeeNumber, spelling, &removed);
        if (removed) {
            if (size == 1)
                m_duplicateRows -= 2;
            else if (size > 1)
                m_duplicateRows -= 1;
        }
    }

    const int groupIndex = m_groupOfSpelling.at(spelling);
    if (groupIndex < 0)
        return false;
    SpellingGroup &group = m_groups[groupIndex];
    const auto countIt = group.countBySpelling.find(spelling);
    if (countIt == group.countBySpelling.end())
        return false;
    m_variantRows -= variantRowsOf(group);
    const int oldCommon = group.commonSpelling;
    const int oldCommonCount = group.commonCount;
    const qsizetype oldSpellings = group.countBySpelling.size();
    if (--countIt.value() == 0)
        group.countBySpelling.erase(countIt);
    --group.size;
    if (spelling == group.commonSpelling)
        electCommon(group);
    m_variantRows += variantRowsOf(group);
    const qsizetype spellings = group.countBySpelling.size();
    // The variants' warnings cite the common spelling's count ("in 3 other
    // rows"): a new count changes their messages too.
    return oldCommon != group.commonSpelling || (oldSpellings <= 1) != (spellings <= 1)
            || (spellings > 1 && oldCommonCount != group.commonCount);
}

QVarLengthArray<CrossRowIndex::RowId, 4> CrossRowIndex::sameKeyAs(RowId id,
                                                                  const QString &employeeNumber,
                                                                  const QString &certificateType,
                                                                  qsizetype limit) const
{
    QVarLengthArray<RowId, 4> others;
    if (!isIndexed(employeeNumber, certificateType))
        return others;
    const int spelling = existingSpellingId(certificateType);
    if (spelling < 0)
        return others;
    QVarLengthArray<RowId, 4> members;
    // One more than asked: the row itself may be among them.
    m_keys.members(employeeNumber, spelling, members,
                   limit == std::numeric_limits<qsizetype>::max() ? limit : limit + 1);
    if (members.size() < 2)
        return others;
    for (RowId other : members) {
        if (other != id && others.size() < limit)
            others.append(other);
    }
    return others;
}

int CrossRowIndex::sameKeyCount(const QString &employeeNumber, const QString &certificateType) const
{
    if (!isIndexed(employeeNumber, certificateType))
        return 0;
    const int spelling = existingSpellingId(certificateType);
    return spelling < 0 ? 0 : m_keys.groupSize(employeeNumber, spelling);
}

bool CrossRowIndex::isDuplicate(const QString &employeeNumber, const QString &certificateType) const
{
    if (!isIndexed(employeeNumber, certificateType))
        return false;
    const int spelling = existingSpellingId(certificateType);
    if (spelling < 0)
        return false;
    return m_keys.groupSize(employeeNumber, spelling) > 1;
}

std::optional<CrossRowIndex::TypeVariant>
CrossRowIndex::variantOf(const QString &certificateType) const
{
    const int spelling = existingSpellingId(certificateType);
    if (spelling < 0)
        return std::nullopt;
    const int groupIndex = m_groupOfSpelling.at(spelling);
    if (groupIndex < 0)
        return std::nullopt;
    const SpellingGroup &group = m_groups.at(groupIndex);
    if (group.commonSpelling < 0 || group.commonSpelling == spelling
        || !group.countBySpelling.contains(spelling))
        return std::nullopt;
    return TypeVariant {m_spellings.at(group.commonSpelling), group.commonCount, group.size};
}

int CrossRowIndex::groupOf(const QString &certificateType, int *spelling) const
{
    *spelling = existingSpellingId(certificateType);
    return *spelling < 0 ? -1 : m_groupOfSpelling.at(*spelling);
}

bool CrossRowIndex::isVariant(const QString &certificateType) const
{
    int spelling = -1;
    const int group = groupOf(certificateType, &spelling);
    if (group < 0)
        return false;
    const SpellingGroup &g = m_groups.at(group);
    return g.commonSpelling >= 0 && g.commonSpelling != spelling
            && g.countBySpelling.contains(spelling);
}

QString CrossRowIndex::commonSpellingFor(const QString &certificateType) const
{
    const int spelling = existingSpellingId(certificateType);
    if (spelling < 0)
        return certificateType;
    const int groupIndex = m_groupOfSpelling.at(spelling);
    if (groupIndex < 0 || m_groups.at(groupIndex).commonSpelling < 0)
        return certificateType;
    return m_spellings.at(m_groups.at(groupIndex).commonSpelling);
}

QStringList CrossRowIndex::spellingsLike(const QString &certificateType) const
{
    const int spelling = existingSpellingId(certificateType);
    if (spelling < 0)
        return {certificateType};
    const int groupIndex = m_groupOfSpelling.at(spelling);
    if (groupIndex < 0)
        return {certificateType};
    QStringList spellings;
    for (auto it = m_groups.at(groupIndex).countBySpelling.cbegin();
         it != m_groups.at(groupIndex).countBySpelling.cend(); ++it)
        spellings.append(m_spellings.at(it.key()));
    spellings.sort();
    return spellings;
}

} // namespace Ditio
