#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace Ditio {

// The certificate types Ditio accepted in earlier uploads to one environment
// ("test", "production", "custom", "sandbox"), remembered across runs, so a
// row whose type is new to Ditio but spelled almost like a type it has
// ("Byggekort " beside "Byggekort") is caught before it becomes a second type.
//
// A value: copies are cheap (implicitly shared) and a copy handed to the table
// as std::shared_ptr<const KnownCertificateTypes> is a snapshot that later
// addAccepted() calls on the original do not change.
class KnownCertificateTypes
{
public:
    static constexpr int DefaultLimit = 2000;

    // Empty and not persisted.
    KnownCertificateTypes() = default;
    // Reads the types remembered for environment from settings; addAccepted()
    // writes them back there. settings must outlive this object (copies too).
    KnownCertificateTypes(QSettings *settings, const QString &environment,
                          int limit = DefaultLimit);
    // These types (oldest first, as CertificateStore::acceptedTypes() gives
    // them) for environment; not persisted: addAccepted() changes this object
    // only, and the caller records accepted types in the store.
    KnownCertificateTypes(const QStringList &types, const QString &environment,
                          int limit = DefaultLimit);

    QString environment() const { return m_environment; }
    int limit() const { return m_limit; }

    // Remembers types Ditio accepted (exact spellings; empty ones ignored).
    // Beyond the limit the types accepted longest ago are forgotten first.
    void addAccepted(const QStringList &types);
    void clear();

    // Exactly this spelling was accepted before.
    bool contains(const QString &type) const { return m_index.contains(type); }
    // A known type that differs from type only in case, spaces or punctuation,
    // or by a small typo (at most two letters for types of 8 letters or more,
    // one for 4 to 7, none for shorter ones); empty when type itself is known
    // or nothing is that close. The closest wins, then the most recent.
    // Answers are remembered per spelling, so a table that repeats a new type
    // in thousands of rows pays for one search. Thread-safe.
    QString closeKnownType(const QString &type) const;

    // Oldest first.
    QStringList types() const;
    qsizetype size() const { return m_index.size(); }
    bool isEmpty() const { return m_index.isEmpty(); }

    // Where in the settings the types of environment live.
    static QString settingsKey(const QString &environment);
    // How many typo'd letters two folded types of these lengths may differ by.
    static int allowedDistance(qsizetype foldedLength);
    // Typos between two folded types: insertions, deletions, substitutions
    // and swaps of neighbours each count one; limit + 1 once it exceeds limit.
    static int editDistance(QStringView a, QStringView b, int limit);

private:
    struct Entry
    {
        QString spelling;
        QString folded; // foldedLettersAndDigits(spelling)
        quint64 order = 0; // higher: accepted more recently
    };

    // Answers of closeKnownType() for this list; a copy shares them until one
    // of the two changes its list.
    struct Answers
    {
        QMutex mutex;
        QHash<QString, QString> closeType;
    };

    QString searchCloseKnownType(const QString &type) const;
    void load(QStringList types);
    void rebuildIndex();
    void indexEntry(int slot);
    void save() const;

    QSettings *m_settings = nullptr;
    QString m_environment;
    int m_limit = DefaultLimit;
    quint64 m_nextOrder = 0;
    QList<Entry> m_entries; // slots; order tells age
    QHash<QString, int> m_index; // exact spelling -> slot
    QHash<QString, QList<int>> m_byFolded; // folded -> slots
    // (hash of a string made from a folded type by deleting up to
    // allowedDistance() letters, slot), sorted. Two types within that distance
    // share one such string, so a look-up checks a handful of candidates
    // instead of every known type. Hashes, not strings: collisions only add
    // candidates, which are verified.
    QList<std::pair<size_t, int>> m_byDeletion;
    std::shared_ptr<Answers> m_answers = std::make_shared<Answers>();
};

} // namespace Ditio
