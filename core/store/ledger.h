#pragma once

#include "ledgerentry.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Ditio {

// The ledger of one environment in memory: every key this computer sent there,
// loaded from the store (CertificateStore::loadLedger) and shared read-only
// (std::shared_ptr<const Ledger>) between the table, the review and any thread.
// Look-ups are hash look-ups.
class Ledger
{
public:
    Ledger() = default;

    // The store's id of the environment these entries belong to.
    QString environmentId() const { return m_environmentId; }
    void setEnvironmentId(const QString &id) { m_environmentId = id; }

    // Adds or replaces the entry of its key.
    void insert(LedgerEntry entry);
    void reserve(qsizetype count);

    // The entry of exactly this key, or nullptr.
    const LedgerEntry *find(const QString &employeeNumber, const QString &certificateType) const;
    // Every certificate type held for this employee (exact spellings).
    QList<const LedgerEntry *> entriesOf(const QString &employeeNumber) const;
    // The certificate type held for this employee that differs from
    // certificateType only in case, spaces or punctuation, or by a small typo
    // (as KnownCertificateTypes::closeKnownType() judges it); empty when
    // nothing is that close or the exact key is held. The closest wins, then
    // the one sent last. Sending the row would make a second certificate.
    QString heldSpellingOf(const QString &employeeNumber, const QString &certificateType) const;

    const QList<LedgerEntry> &entries() const { return m_entries; }
    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // employeeNumber + U+001F + certificateType: one string per key.
    static QString key(const QString &employeeNumber, const QString &certificateType);

private:
    QString m_environmentId;
    QList<LedgerEntry> m_entries;
    QHash<QString, qsizetype> m_byKey; // key() -> index in m_entries
    QHash<QString, QList<qsizetype>> m_byEmployee; // employee number -> indexes
};

} // namespace Ditio
