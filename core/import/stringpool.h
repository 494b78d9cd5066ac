#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace Ditio {

// One shared QString per distinct value of an imported column: certificate
// types, dates, notes and employee numbers repeat, and a million rows should
// not cost a million allocations for them. A column whose values seldom
// repeat (certificate numbers) stops pooling after a sample, but still shares
// a value equal to the one just before it.
//
// An open-addressing table of (hash, index) pairs: a look-up compares text
// only when the hashes match, where QHash<QStringView, QString> compared each
// key on its probe path (dates are all ten characters long).
class StringPool
{
public:
    static constexpr qsizetype MaxLength = 64; // longer values are not pooled
    static constexpr qsizetype MaxEntries = 1 << 16;
    static constexpr qsizetype MinEntriesToJudge = 8192;

    // The pooled string equal to value (a new one the first time).
    QString intern(QStringView value);
    bool isPooling() const { return m_pooling; }
    qsizetype size() const { return m_values.size(); }

private:
    struct Slot
    {
        quint32 hash = 0;
        qint32 index = -1; // into m_values; -1: empty
    };
    void grow();

    QList<QString> m_values;
    std::vector<Slot> m_slots; // a power of two, at most half full
    qint32 m_last = -1; // the value returned last (pooled), or -1
    QString m_lastUnpooled; // the value returned last when not pooled
    qsizetype m_lookups = 0;
    qsizetype m_hits = 0;
    bool m_pooling = true;
};

} // namespace Ditio
