#include "stringpool.h"

#include <QHashFunctions>

#include <cstring>

namespace Ditio {

namespace {
// Inline: the values are short, and QStringView's operator== is a call.
bool same(const QString &pooled, QStringView value)
{
    return pooled.size() == value.size()
            && std::memcmp(pooled.constData(), value.data(), size_t(value.size()) * sizeof(QChar))
            == 0;
}
} // namespace

QString StringPool::intern(QStringView value)
{
    if (m_last >= 0 && same(m_values.at(m_last), value))
        return m_values.at(m_last);
    if (!m_pooling || value.size() > MaxLength) {
        if (!m_lastUnpooled.isNull() && same(m_lastUnpooled, value))
            return m_lastUnpooled;
        m_last = -1;
        return m_lastUnpooled = value.toString();
    }
    ++m_lookups;
    if (m_slots.empty())
        m_slots.resize(256);
    const quint32 hash = quint32(qHash(value, 0));
    const size_t mask = m_slots.size() - 1;
    size_t i = hash & mask;
    for (; m_slots[i].index >= 0; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.hash == hash && same(m_values.at(slot.index), value)) {
            ++m_hits;
            m_last = slot.index;
            return m_values.at(slot.index);
        }
    }
    // Dates (a few thousand values) pool well even while their first rows
    // are mostly new; identifiers never do.
    if ((m_values.size() >= MinEntriesToJudge && m_hits * 2 < m_lookups)
        || m_values.size() >= MaxEntries) {
        m_pooling = false;
        m_values = {};
        m_slots = {};
        m_last = -1;
        return m_lastUnpooled = value.toString();
    }
    m_slots[i] = {hash, qint32(m_values.size())};
    m_last = qint32(m_values.size());
    m_values.append(value.toString());
    if (size_t(m_values.size()) * 2 > m_slots.size())
        grow();
    return m_values.at(m_last);
}

void StringPool::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.index < 0)
            continue;
        size_t i = slot.hash & mask;
        while (m_slots[i].index >= 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

} // namespace Ditio
