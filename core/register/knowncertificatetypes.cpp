#include "knowncertificatetypes.h"

#include "settings/settingkeys.h"
#include "util/foldedtext.h"

#include <QSettings>
#include <QVarLengthArray>

#include <algorithm>
#include <vector>

namespace Ditio {

namespace {

size_t hashOf(QStringView text)
{
    return qHash(text, size_t(0));
}

// The hashes of every string made from text by deleting up to distance
// characters, sorted and unique. No string is allocated: a type of 20 letters
// has some 200 of them.
void deletionHashes(QStringView text, int distance, std::vector<size_t> &out)
{
    out.clear();
    out.push_back(hashOf(text));
    const qsizetype n = text.size();
    QVarLengthArray<QChar, 64> buffer(std::max<qsizetype>(n, 1));
    const auto without = [&](qsizetype i, qsizetype j) {
        qsizetype length = 0;
        for (qsizetype k = 0; k < n; ++k) {
            if (k != i && k != j)
                buffer[length++] = text[k];
        }
        out.push_back(hashOf(QStringView(buffer.constData(), length)));
    };
    for (qsizetype i = 0; distance >= 1 && i < n; ++i) {
        without(i, -1);
        for (qsizetype j = i + 1; distance >= 2 && j < n; ++j)
            without(i, j);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

// Optimal string alignment distance: insertions, deletions, substitutions and
// swaps of two neighbours each count one ("Bygekort", "Byggekrot" -> 1).
// Stops early with limit + 1 once every path costs more than limit: most
// candidates a look-up verifies are far off.
int editDistance(QStringView a, QStringView b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > limit)
        return limit + 1;
    QVarLengthArray<int, 64> rows(3 * (m + 1));
    int *previous2 = rows.data();
    int *previous = previous2 + (m + 1);
    int *current = previous + (m + 1);
    const QChar *pa = a.data();
    const QChar *pb = b.data();
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowMin = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = pa[i - 1] == pb[j - 1] ? 0 : 1;
            int best = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && pa[i - 1] == pb[j - 2] && pa[i - 2] == pb[j - 1])
                best = std::min(best, previous2[j - 2] + 1);
            current[j] = best;
            rowMin = std::min(rowMin, best);
        }
        if (rowMin > limit)
            return limit + 1;
        int *oldest = previous2;
        previous2 = previous;
        previous = current;
        current = oldest;
    }
    return std::min(previous[m], limit + 1);
}

} // namespace

KnownCertificateTypes::KnownCertificateTypes(QSettings *settings, const QString &environment,
                                             int limit)
    : m_settings(settings), m_environment(environment), m_limit(std::max(1, limit))
{
    if (m_settings)
        load(m_settings->value(settingsKey(environment)).toStringList());
}

KnownCertificateTypes::KnownCertificateTypes(const QStringList &types, const QString &environment,
                                             int limit)
    : m_environment(environment), m_limit(std::max(1, limit))
{
    load(types);
}

void KnownCertificateTypes::load(QStringList stored)
{
    // Oldest first: a list grown past the limit (a lower limit now) keeps the newest.
    if (stored.size() > m_limit)
        stored = stored.mid(stored.size() - m_limit);
    for (const QString &type : std::as_const(stored)) {
        if (type.isEmpty() || m_index.contains(type))
            continue;
        m_index.insert(type, int(m_entries.size()));
        m_entries.append({type, foldedLettersAndDigits(type), m_nextOrder++});
    }
    rebuildIndex();
}

QString KnownCertificateTypes::settingsKey(const QString &environment)
{
    return SettingKey::KnownCertificateTypesGroup + environment;
}

int KnownCertificateTypes::allowedDistance(qsizetype foldedLength)
{
    // Short types are often codes ("B", "BE", "C1", "T4") that differ by one
    // letter on purpose; long ones absorb a typo or two.
    if (foldedLength < 4)
        return 0;
    if (foldedLength < 8)
        return 1;
    return 2;
}

int KnownCertificateTypes::editDistance(QStringView a, QStringView b, int limit)
{
    return Ditio::editDistance(a, b, limit);
}

void KnownCertificateTypes::addAccepted(const QStringList &types)
{
    bool changed = false;
    QList<int> added;
    for (const QString &type : types) {
        if (type.isEmpty())
            continue;
        const auto it = m_index.constFind(type);
        if (it != m_index.cend()) {
            // Accepted again: the newest, the last to be forgotten.
            if (m_entries[*it].order + 1 != m_nextOrder) {
                m_entries[*it].order = m_nextOrder++;
                changed = true;
            }
            continue;
        }
        const int slot = int(m_entries.size());
        m_entries.append({type, foldedLettersAndDigits(type), m_nextOrder++});
        m_index.insert(type, slot);
        added.append(slot);
        changed = true;
    }
    if (changed)
        m_answers = std::make_shared<Answers>(); // copies keep theirs
    if (m_entries.size() > m_limit) {
        std::sort(m_entries.begin(), m_entries.end(),
                  [](const Entry &a, const Entry &b) { return a.order < b.order; });
        m_entries.remove(0, m_entries.size() - m_limit);
        m_index.clear();
        for (int slot = 0; slot < m_entries.size(); ++slot)
            m_index.insert(m_entries.at(slot).spelling, slot);
        rebuildIndex();
    } else if (!added.isEmpty()) {
        const qsizetype before = m_byDeletion.size();
        for (int slot : std::as_const(added))
            indexEntry(slot);
        std::sort(m_byDeletion.begin() + before, m_byDeletion.end());
        std::inplace_merge(m_byDeletion.begin(), m_byDeletion.begin() + before, m_byDeletion.end());
    }
    if (changed)
        save();
}

void KnownCertificateTypes::clear()
{
    m_entries.clear();
    m_index.clear();
    m_byFolded.clear();
    m_byDeletion.clear();
    m_answers = std::make_shared<Answers>();
    save();
}

QStringList KnownCertificateTypes::types() const
{
    QList<const Entry *> sorted;
    sorted.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        sorted.append(&entry);
    std::sort(sorted.begin(), sorted.end(),
              [](const Entry *a, const Entry *b) { return a->order < b->order; });
    QStringList result;
    result.reserve(sorted.size());
    for (const Entry *entry : std::as_const(sorted))
        result.append(entry->spelling);
    return result;
}

void KnownCertificateTypes::rebuildIndex()
{
    m_byFolded.clear();
    m_byDeletion.clear();
    for (int slot = 0; slot < m_entries.size(); ++slot)
        indexEntry(slot);
    std::sort(m_byDeletion.begin(), m_byDeletion.end());
}

void KnownCertificateTypes::indexEntry(int slot)
{
    const QString &folded = m_entries.at(slot).folded;
    if (folded.isEmpty())
        return;
    m_byFolded[folded].append(slot);
    const int distance = allowedDistance(folded.size());
    if (distance == 0)
        return;
    std::vector<size_t> hashes;
    deletionHashes(folded, distance, hashes);
    for (size_t hash : hashes)
        m_byDeletion.append({hash, slot});
}

void KnownCertificateTypes::save() const
{
    if (m_settings)
        m_settings->setValue(settingsKey(m_environment), types());
}

QString KnownCertificateTypes::closeKnownType(const QString &type) const
{
    if (m_entries.isEmpty() || contains(type))
        return {};
    if (!m_answers) // moved from
        return searchCloseKnownType(type);
    {
        const QMutexLocker lock(&m_answers->mutex);
        const auto it = m_answers->closeType.constFind(type);
        if (it != m_answers->closeType.cend())
            return *it;
    }
    const QString close = searchCloseKnownType(type);
    const QMutexLocker lock(&m_answers->mutex);
    // Bounded: a pathological table must not grow it without end.
    if (m_answers->closeType.size() >= 20000)
        m_answers->closeType.clear();
    m_answers->closeType.insert(type, close);
    return close;
}

QString KnownCertificateTypes::searchCloseKnownType(const QString &type) const
{
    const QString folded = foldedLettersAndDigits(type);
    if (folded.isEmpty())
        return {};

    const Entry *best = nullptr;
    int bestDistance = INT_MAX;
    const auto consider = [&](int slot, int distance) {
        const Entry &entry = m_entries.at(slot);
        if (!best || distance < bestDistance
            || (distance == bestDistance && entry.order > best->order)) {
            best = &entry;
            bestDistance = distance;
        }
    };
    // Case, spaces and punctuation only: closer than any typo.
    const auto same = m_byFolded.constFind(folded);
    if (same != m_byFolded.cend()) {
        for (int slot : *same)
            consider(slot, 0);
        return best->spelling;
    }
    const int distance = allowedDistance(folded.size());
    if (distance == 0)
        return {};
    std::vector<size_t> hashes;
    deletionHashes(folded, distance, hashes);
    QVarLengthArray<int, 16> seen;
    for (size_t hash : hashes) {
        auto it = std::lower_bound(m_byDeletion.cbegin(), m_byDeletion.cend(),
                                   std::pair<size_t, int>(hash, INT_MIN));
        for (; it != m_byDeletion.cend() && it->first == hash; ++it) {
            const int slot = it->second;
            if (seen.contains(slot))
                continue;
            seen.append(slot);
            const QString &other = m_entries.at(slot).folded;
            const int allowed = allowedDistance(std::min(folded.size(), other.size()));
            if (std::abs(folded.size() - other.size()) > allowed)
                continue;
            const int d = editDistance(folded, other, allowed);
            if (d > 0 && d <= allowed)
                consider(slot, d);
        }
    }
    return best ? best->spelling : QString();
}

} // namespace Ditio
