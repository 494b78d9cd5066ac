#pragma once

#include "duplicatekeytable.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <array>
#include <limits>
#include <optional>

namespace Ditio {

// The rules that compare rows: two rows with the same (employee number,
// certificate type), which Ditio's upsert collapses into one; and certificate
// types spelled differently ("Byggekort", "byggekort", "Byggekort "), which
// Ditio stores as different types. Kept up to date row by row, so one edit costs
// a few hash look-ups however large the table is.
class CrossRowIndex
{
public:
    using RowId = quint32;

    // employeeOf gives the current employee number of a row: the duplicate
    // table stores no text of its own.
    explicit CrossRowIndex(DuplicateKeyTable::EmployeeOf employeeOf);

    struct TypeVariant
    {
        QString commonSpelling; // the spelling most rows of the group use
        int commonCount = 0;
        int groupSize = 0; // rows whose type normalises to the same text
    };

    void clear();
    void reserve(qsizetype rows);

    // Returns true when the type group's spellings changed in a way that can
    // change other rows' warnings (a new common spelling or count of it, or a
    // group that now has one spelling or more than one).
    bool add(RowId id, const QString &employeeNumber, const QString &certificateType);
    bool remove(RowId id, const QString &employeeNumber, const QString &certificateType);
    // A hint before add() of a row a few rows ahead, when adding many (see
    // DuplicateKeyTable::prefetch()). Does nothing for a type not seen yet.
    void prefetch(const QString &employeeNumber, const QString &certificateType) const;

    // Other rows with exactly the same employee number and type, at most
    // limit of them (a message names three; a group may hold thousands).
    QVarLengthArray<RowId, 4>
    sameKeyAs(RowId id, const QString &employeeNumber, const QString &certificateType,
              qsizetype limit = std::numeric_limits<qsizetype>::max()) const;
    // How many rows have this employee number and type (the row itself too).
    int sameKeyCount(const QString &employeeNumber, const QString &certificateType) const;
    bool isDuplicate(const QString &employeeNumber, const QString &certificateType) const;
    // Set when certificateType is not the group's common spelling.
    std::optional<TypeVariant> variantOf(const QString &certificateType) const;
    bool isVariant(const QString &certificateType) const;
    // The spelling that UseCommonSpelling writes for rows of this type's group.
    QString commonSpellingFor(const QString &certificateType) const;
    // Every spelling in the same group as certificateType (itself included).
    QStringList spellingsLike(const QString &certificateType) const;

    int duplicateRowCount() const { return m_duplicateRows; }
    int variantRowCount() const { return m_variantRows; }

    // "Byggekort ", "BYGGE-KORT" -> "byggekort".
    static QString normalizedType(const QString &certificateType);

private:
    struct SpellingGroup
    {
        QHash<int, int> countBySpelling; // spelling id -> rows
        int size = 0;
        int commonSpelling = -1;
        int commonCount = 0;
    };

    int spellingId(const QString &certificateType);
    int existingSpellingId(const QString &certificateType) const;
    int variantRowsOf(const SpellingGroup &group) const { return group.size - group.commonCount; }
    bool preferredOnTie(int spelling, int other) const;
    void electCommon(SpellingGroup &group) const;

    static bool isIndexed(const QString &employeeNumber, const QString &certificateType);
    int groupOf(const QString &certificateType, int *spelling) const;

    QHash<QString, int> m_spellingIds; // exact type text -> id
    QList<QString> m_spellings; // id -> exact type text
    // Spelling ids by the address of a text they were seen with. An import
    // shares one string among all rows with the same type (one per thread that
    // read the file), so most rows are found here without hashing or comparing
    // text. Sound because each entry holds a reference to its text: that
    // buffer cannot be freed or changed while it is here.
    struct RecentSpelling
    {
        QString text;
        int id = -1;
    };
    std::array<RecentSpelling, 64> m_spellingByAddress;
    static size_t recentIndex(const QString &text)
    {
        return (quintptr(text.constData()) >> 4) % std::tuple_size_v<decltype(m_spellingByAddress)>;
    }
    static bool isSameBuffer(const RecentSpelling &recent, const QString &text)
    {
        return recent.id >= 0 && recent.text.constData() == text.constData()
                && recent.text.size() == text.size();
    }
    QList<int> m_groupOfSpelling; // id -> index in m_groups
    QHash<QString, int> m_groupIds; // normalised type -> index in m_groups
    QList<SpellingGroup> m_groups;
    DuplicateKeyTable m_keys;
    int m_duplicateRows = 0;
    int m_variantRows = 0;
};

} // namespace Ditio
