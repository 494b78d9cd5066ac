#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <functional>

namespace Ditio {

// Rows grouped by (employee number, certificate type spelling): the key of
// Ditio's upsert. An open-addressing table of 16-byte slots holding only a
// hash and the group's first row; the key text is read back from the table's
// rows through employeeOf(), so a million rows cost no string copies and no
// per-row allocation. Groups of two or more keep their other rows aside.
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

    int groupSize(const QString &employeeNumber, int spelling) const;
    void members(const QString &employeeNumber, int spelling, QVarLengthArray<RowId, 4> &out) const;

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
    QList<Slot> m_slots; // size is a power of two
    qsizetype m_used = 0;
    QHash<RowId, QVarLengthArray<RowId, 4>> m_others; // by the group's first row
};

} // namespace Ditio
