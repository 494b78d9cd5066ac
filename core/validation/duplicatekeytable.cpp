#include "duplicatekeytable.h"

#include <utility>

namespace Ditio {

namespace {
constexpr qsizetype MinimumSlots = 64;

quint64 mix(quint64 h)
{
    // MurmurHash3's finaliser: spreads near-equal hashes over the whole table.
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}
} // namespace

DuplicateKeyTable::DuplicateKeyTable(EmployeeOf employeeOf)
    : m_employeeOf(std::move(employeeOf)) { }

quint32 DuplicateKeyTable::hashOf(const QString &employeeNumber, int spelling)
{
    return quint32(mix(quint64(qHash(QStringView(employeeNumber), 0))
                       ^ (quint64(quint32(spelling)) * 0x9E3779B97F4A7C15ULL)));
}

void DuplicateKeyTable::clear()
{
    m_slots.clear();
    m_used = 0;
    m_groups.clear();
    m_place.clear();
}

void DuplicateKeyTable::reserve(qsizetype keys)
{
    qsizetype size = MinimumSlots;
    while (size * 7 / 10 < keys)
        size *= 2;
    if (size <= qsizetype(m_slots.size()))
        return;
    const decltype(m_slots) old = std::exchange(m_slots, decltype(m_slots)(size_t(size)));
    const qsizetype mask = size - 1;
    for (const Slot &slot : old) {
        if (slot.count == 0)
            continue;
        qsizetype i = qsizetype(slot.hash) & mask;
        while (m_slots[i].count != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

void DuplicateKeyTable::grow()
{
    reserve(std::max<qsizetype>(MinimumSlots, qsizetype(m_slots.size())));
}

qsizetype DuplicateKeyTable::find(quint32 hash, const QString &employeeNumber, int spelling) const
{
    if (m_slots.empty())
        return -1;
    const qsizetype mask = qsizetype(m_slots.size()) - 1;
    for (qsizetype i = qsizetype(hash) & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.count == 0)
            return -1;
        if (slot.hash == hash && slot.spelling == spelling
            && m_employeeOf(slot.first) == employeeNumber)
            return i;
    }
}

int DuplicateKeyTable::insert(RowId id, const QString &employeeNumber, int spelling)
{
    const quint32 hash = hashOf(employeeNumber, spelling);
    const qsizetype found = find(hash, employeeNumber, spelling);
    if (found >= 0) {
        Slot &slot = m_slots[found];
        std::vector<RowId> &group = m_groups[slot.first];
        if (group.empty()) {
            group.push_back(slot.first);
            m_place.insert(slot.first, 0);
        }
        m_place.insert(id, quint32(group.size()));
        group.push_back(id);
        return int(++slot.count);
    }
    if ((m_used + 1) * 10 > qsizetype(m_slots.size()) * 7)
        grow();
    const qsizetype mask = qsizetype(m_slots.size()) - 1;
    qsizetype i = qsizetype(hash) & mask;
    while (m_slots[i].count != 0)
        i = (i + 1) & mask;
    m_slots[i] = Slot {hash, id, 1, spelling};
    ++m_used;
    return 1;
}

void DuplicateKeyTable::eraseSlot(qsizetype index)
{
    // Backward-shift deletion keeps every probe chain unbroken without tombstones.
    const qsizetype mask = qsizetype(m_slots.size()) - 1;
    qsizetype hole = index;
    for (qsizetype i = (index + 1) & mask; m_slots[i].count != 0; i = (i + 1) & mask) {
        const qsizetype home = qsizetype(m_slots[i].hash) & mask;
        const bool movable = hole <= i ? (home <= hole || home > i) : (home <= hole && home > i);
        if (movable) {
            m_slots[hole] = m_slots[i];
            hole = i;
        }
    }
    m_slots[hole] = Slot();
    --m_used;
}

int DuplicateKeyTable::remove(RowId id, const QString &employeeNumber, int spelling, bool *removed)
{
    if (removed)
        *removed = false;
    const qsizetype found = find(hashOf(employeeNumber, spelling), employeeNumber, spelling);
    if (found < 0)
        return 0;
    Slot &slot = m_slots[found];
    if (slot.count == 1) {
        if (slot.first != id)
            return 1;
        eraseSlot(found);
        if (removed)
            *removed = true;
        return 0;
    }
    const auto groupIt = m_groups.find(slot.first);
    Q_ASSERT(groupIt != m_groups.end());
    std::vector<RowId> &group = groupIt.value();
    const auto placeIt = m_place.constFind(id);
    if (placeIt == m_place.cend() || placeIt.value() >= group.size()
        || group[placeIt.value()] != id)
        return int(slot.count);
    // The last row fills the gap: no row moves but that one.
    const quint32 place = placeIt.value();
    m_place.erase(placeIt);
    const RowId last = group.back();
    group.pop_back();
    if (last != id) {
        group[place] = last;
        m_place[last] = place;
    }
    if (removed)
        *removed = true;
    if (group.size() == 1) {
        // Back to a single row: the slot alone holds it.
        slot.first = group.front();
        m_place.remove(group.front());
        m_groups.erase(groupIt);
    } else if (slot.first == id) {
        // Another row becomes the group's representative.
        std::vector<RowId> rest = std::move(group);
        m_groups.erase(groupIt);
        slot.first = rest.front();
        m_groups.insert(slot.first, std::move(rest));
    }
    return int(--slot.count);
}

int DuplicateKeyTable::groupSize(const QString &employeeNumber, int spelling) const
{
    const qsizetype found = find(hashOf(employeeNumber, spelling), employeeNumber, spelling);
    return found < 0 ? 0 : int(m_slots[found].count);
}

void DuplicateKeyTable::members(const QString &employeeNumber, int spelling,
                                QVarLengthArray<RowId, 4> &out, qsizetype limit) const
{
    const qsizetype found = find(hashOf(employeeNumber, spelling), employeeNumber, spelling);
    if (found < 0 || limit <= 0)
        return;
    const Slot &slot = m_slots[found];
    if (slot.count == 1) {
        out.append(slot.first);
        return;
    }
    const auto groupIt = m_groups.constFind(slot.first);
    if (groupIt == m_groups.cend())
        return;
    const std::vector<RowId> &group = groupIt.value();
    for (qsizetype i = 0; i < qsizetype(group.size()) && i < limit; ++i)
        out.append(group[size_t(i)]);
}

} // namespace Ditio
