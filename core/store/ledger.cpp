#include "ledger.h"

#include "register/knowncertificatetypes.h"
#include "util/foldedtext.h"

namespace Ditio {

namespace {
constexpr char16_t Separator = u'\x1f';
}

QByteArray packLedgerValues(const LedgerValues &values)
{
    QByteArray packed;
    for (int i = 0; i < FieldCount; ++i) {
        if (i)
            packed += char(Separator);
        packed += values[i].toUtf8();
    }
    return packed;
}

LedgerValues unpackLedgerValues(const QByteArray &packed)
{
    LedgerValues values;
    if (packed.isEmpty())
        return values;
    qsizetype start = 0;
    for (int i = 0; i < FieldCount; ++i) {
        qsizetype end = packed.indexOf(char(Separator), start);
        if (end < 0 || i == FieldCount - 1)
            end = packed.size();
        values[i] = QString::fromUtf8(packed.constData() + start, end - start);
        start = end + 1;
        if (start > packed.size())
            break;
    }
    return values;
}

QString Ledger::key(const QString &employeeNumber, const QString &certificateType)
{
    QString k;
    k.reserve(employeeNumber.size() + 1 + certificateType.size());
    k += employeeNumber;
    k += QChar(Separator);
    k += certificateType;
    return k;
}

void Ledger::reserve(qsizetype count)
{
    m_entries.reserve(count);
    m_byKey.reserve(count);
}

void Ledger::insert(LedgerEntry entry)
{
    const QString k = key(entry.employeeNumber, entry.certificateType);
    const auto it = m_byKey.constFind(k);
    if (it != m_byKey.cend()) {
        m_entries[*it] = std::move(entry);
        return;
    }
    const qsizetype index = m_entries.size();
    m_byEmployee[entry.employeeNumber].append(index);
    m_entries.append(std::move(entry));
    m_byKey.insert(k, index);
}

const LedgerEntry *Ledger::find(const QString &employeeNumber, const QString &certificateType) const
{
    // The key in a buffer of this thread's, reused: a million look-ups
    // allocated a million strings, a third of classifying a table.
    thread_local QString buffer;
    buffer.truncate(0);
    buffer.reserve(employeeNumber.size() + 1 + certificateType.size());
    buffer += employeeNumber;
    buffer += QChar(Separator);
    buffer += certificateType;
    const auto it = m_byKey.constFind(buffer);
    return it == m_byKey.cend() ? nullptr : &m_entries.at(*it);
}

QList<const LedgerEntry *> Ledger::entriesOf(const QString &employeeNumber) const
{
    QList<const LedgerEntry *> out;
    for (qsizetype index : m_byEmployee.value(employeeNumber))
        out.append(&m_entries.at(index));
    return out;
}

QString Ledger::heldSpellingOf(const QString &employeeNumber, const QString &certificateType) const
{
    const auto it = m_byEmployee.constFind(employeeNumber);
    if (it == m_byEmployee.cend() || find(employeeNumber, certificateType))
        return {};
    const QString folded = foldedLettersAndDigits(certificateType);
    if (folded.isEmpty())
        return {};
    const LedgerEntry *best = nullptr;
    int bestDistance = INT_MAX;
    qint64 bestSent = 0;
    for (qsizetype index : *it) {
        const LedgerEntry &entry = m_entries.at(index);
        const QString other = foldedLettersAndDigits(entry.certificateType);
        const int allowed =
                KnownCertificateTypes::allowedDistance(std::min(folded.size(), other.size()));
        const int distance =
                folded == other ? 0 : KnownCertificateTypes::editDistance(folded, other, allowed);
        if (distance > allowed || other.isEmpty())
            continue;
        const qint64 sent = std::max(entry.confirmedAtMs, entry.unconfirmedAtMs);
        if (!best || distance < bestDistance || (distance == bestDistance && sent > bestSent)) {
            best = &entry;
            bestDistance = distance;
            bestSent = sent;
        }
    }
    return best ? best->certificateType : QString();
}

} // namespace Ditio
