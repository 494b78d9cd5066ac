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
    m_others.clear();
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
        m_others[slot.first].append(id);
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
    auto othersIt = m_others.find(slot.first);
    Q_ASSERT(othersIt != m_others.end());
    QVarLengthArray<RowId, 4> &others = othersIt.value();
    if (slot.first == id) {
        // The next row becomes the group's representative.
        QVarLengthArray<RowId, 4> rest = others;
        const RowId next = rest.front();
        rest.erase(rest.begin());
        m_others.erase(othersIt);
        slot.first = next;
        if (!rest.isEmpty())
            m_others.insert(next, rest);
    } else {
        const auto pos = std::find(others.begin(), others.end(), id);
        if (pos == others.end())
            return int(slot.count);
        others.erase(pos);
        if (others.isEmpty())
            m_others.erase(othersIt);
    }
    if (removed)
        *removed = true;
    return int(--slot.count);
}

int DuplicateKeyTable::groupSize(const QString &employeeNumber, int spelling) const
{
    const qsizetype found = find(hashOf(employeeNumber, spelling), employeeNumber, spelling);
    return found < 0 ? 0 : int(m_slots[found].count);
}

void DuplicateKeyTable::members(const QString &employeeNumber, int spelling,
                                QVarLengthArray<RowId, 4> &out) const
{
    const qsizetype found = find(hashOf(employeeNumber, spelling), employeeNumber, spelling);
    if (found < 0)
        return;
    const Slot &slot = m_slots[found];
    out.append(slot.first);
    if (slot.count > 1) {
        for (RowId other : m_others.value(slot.first))
            out.append(other);
    }
}

} // namespace Ditio
