#pragma once

#include "util/hugepages.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <functional>
#include <limits>
#include <vector>

namespace Ditio {

// Rows grouped by (employee number, certificate type spelling): the key of
// Ditio's upsert. An open-addressing table of 16-byte slots holding only a
// hash and the group's first row; the key text is read back from the table's
// rows through employeeOf(), so a million rows cost no string copies and no
// per-row allocation. Groups of two or more keep their rows aside, each
// with its place in the group, so adding and removing a row costs the same
// in a group of two as in a group of a hundred thousand.
class DuplicateKeyTable
{
public:
    using RowId = quint32;
    using EmployeeOf = std::function<const QString &(RowId)>;

    explicit DuplicateKeyTable(EmployeeOf employeeOf);

    void clear();
    void reserve(qsizetype keys);

    // Both return the group's size after the change. remove() leaves the
    // group as it is when id is not in it, and says so through removed.
    int insert(RowId id, const QString &employeeNumber, int spelling);
    int remove(RowId id, const QString &employeeNumber, int spelling, bool *removed = nullptr);

    // A hint, some keys ahead of insert() in a loop over many: fetches the
    // slot that key's insert() will look at first, so the random accesses
    // into the table overlap instead of waiting one after another.
    void prefetch(const QString &employeeNumber, int spelling) const
    {
#if defined(__GNUC__) || defined(__clang__)
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[hashOf(employeeNumber, spelling) & (m_slots.size() - 1)]);
#else
        Q_UNUSED(employeeNumber)
        Q_UNUSED(spelling)
#endif
    }

    int groupSize(const QString &employeeNumber, int spelling) const;
    // The group's rows, at most limit of them (a message names a few).
    void members(const QString &employeeNumber, int spelling, QVarLengthArray<RowId, 4> &out,
                 qsizetype limit = std::numeric_limits<qsizetype>::max()) const;

private:
    // 16 bytes: a million keys fit in 32 MB. Equal hashes are confirmed by
    // comparing the text, so a 32-bit hash is enough.
    struct Slot
    {
        quint32 hash = 0;
        RowId first = 0;
        quint32 count = 0; // 0: empty slot
        qint32 spelling = -1;
    };

    static quint32 hashOf(const QString &employeeNumber, int spelling);
    qsizetype find(quint32 hash, const QString &employeeNumber, int spelling) const;
    void grow();
    void eraseSlot(qsizetype index);

    EmployeeOf m_employeeOf;
    // Size a power of two; 32 MB for a million keys, on huge pages: each look-up
    // is a random access, and a TLB miss on 4 KiB pages cost as much as the rest.
    std::vector<Slot, HugePages::Allocator<Slot>> m_slots;
    qsizetype m_used = 0;
    // Groups of two or more: every row of the group (in the order added,
    // until removals swap the last into the gap), by the slot's first row;
    // and each such row's place in its group.
    QHash<RowId, std::vector<RowId>> m_groups;
    QHash<RowId, quint32> m_place;
};

} // namespace Ditio
