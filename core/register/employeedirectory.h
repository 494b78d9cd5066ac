#pragma once

#include "employeerecord.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace Ditio {

// Ditio's employee register as the table checks rows against it: built once
// from the records read and the time they were read, then shared read-only
// (std::shared_ptr<const EmployeeDirectory>) between the table, the report and
// any thread. Every look-up is a hash look-up, so re-checking 100,000 rows
// after a refresh costs milliseconds.
class EmployeeDirectory
{
public:
    EmployeeDirectory() = default;
    // Records without an employee number are left out; of two records with
    // the same number the first counts.
    EmployeeDirectory(const EmployeeRecords &records, const QDateTime &readAt);

    // Exactly this text, as Ditio matches it.
    bool contains(const QString &employeeNumber) const;
    // Empty when Ditio has no such employee (or no name for it).
    QString displayName(const QString &employeeNumber) const;
    // The record, or nullptr.
    const EmployeeRecord *record(const QString &employeeNumber) const;

    // The register's number that employeeNumber was probably meant to be, or
    // empty: the same after removing spaces and leading zeros, ignoring case,
    // or a spreadsheet's ".0" ("01042", " 1042", "1042.0" -> "1042"); or, for
    // numbers of four digits or more, one digit typed wrong or two neighbours
    // swapped ("1043", "1402" -> "1042"). Only when exactly one register
    // number fits, and never for a number the register has.
    QString nearMatch(const QString &employeeNumber) const;

    QDateTime readAt() const { return m_readAt; }
    qsizetype size() const { return m_records.size(); }
    bool isEmpty() const { return m_records.isEmpty(); }
    const EmployeeRecords &records() const { return m_records; }

    // "01042 " -> "1042", "1042.0" -> "1042", "a7" -> "a7": the key near
    // matches compare.
    static QString foldedNumber(QStringView employeeNumber);

private:
    static constexpr int NoMatch = -1;
    static constexpr int Ambiguous = -2;
    static void addCandidate(QHash<QString, int> &hash, const QString &key, int index);
    int typoMatch(const QString &digits) const;

    EmployeeRecords m_records;
    QDateTime m_readAt;
    QHash<QString, int> m_byNumber; // exact number -> index in m_records
    // foldedNumber -> index, or Ambiguous; only numbers not their own folded form
    QHash<QString, int> m_byFolded;
};

} // namespace Ditio
