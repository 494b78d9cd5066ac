#pragma once

#include "certificaterow.h"
#include "util/hugepages.h"

#include <QList>
#include <QSharedData>
#include <QSharedDataPointer>

#include <initializer_list>
#include <iterator>
#include <vector>

namespace Ditio {

// The table's rows, stored in implicitly shared chunks of ChunkSize rows.
//
// A copy is a snapshot that costs one pointer per chunk, and a later change
// copies only the chunk it touches. With one flat QList a snapshot was free too,
// but the first edit after it (an upload result, a keystroke) copied the whole
// table on the UI thread: 70 ms for 100,000 rows, most of a second for a
// million, each time the autosaver or an upload had taken a snapshot.
//
// A chunk is one 2 MiB huge page of rows (about 10,000; copying one takes a
// millisecond or two). Filling fresh memory a 4 KiB page fault at a time was a
// third of a million-row import on a virtual machine; on Linux the chunks ask
// for huge pages. The first chunk grows as rows come, so a small table (or an
// undo step's few rows) stays small.
//
// Every chunk but the last is full, so a row is found by one division by a
// constant. Inserting or removing in the middle rewrites the chunks after that
// point, as a QList would move its tail.
class RowStore
{
public:
    static constexpr size_t ChunkBytes = HugePages::PageBytes;
    static constexpr qsizetype ChunkSize = qsizetype(ChunkBytes / sizeof(CertificateRow));

    class const_iterator
    {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = CertificateRow;
        using difference_type = qsizetype;
        using pointer = const CertificateRow *;
        using reference = const CertificateRow &;

        const_iterator() = default;
        const_iterator(const RowStore *store, qsizetype index) : m_store(store), m_index(index) { }

        reference operator*() const { return m_store->at(m_index); }
        pointer operator->() const { return &m_store->at(m_index); }
        reference operator[](difference_type n) const { return m_store->at(m_index + n); }
        const_iterator &operator++()
        {
            ++m_index;
            return *this;
        }
        const_iterator operator++(int)
        {
            const_iterator old = *this;
            ++m_index;
            return old;
        }
        const_iterator &operator--()
        {
            --m_index;
            return *this;
        }
        const_iterator operator--(int)
        {
            const_iterator old = *this;
            --m_index;
            return old;
        }
        const_iterator &operator+=(difference_type n)
        {
            m_index += n;
            return *this;
        }
        const_iterator &operator-=(difference_type n)
        {
            m_index -= n;
            return *this;
        }
        friend const_iterator operator+(const_iterator it, difference_type n) { return it += n; }
        friend const_iterator operator+(difference_type n, const_iterator it) { return it += n; }
        friend const_iterator operator-(const_iterator it, difference_type n) { return it -= n; }
        friend difference_type operator-(const const_iterator &a, const const_iterator &b)
        {
            return a.m_index - b.m_index;
        }
        friend bool operator==(const const_iterator &a, const const_iterator &b)
        {
            return a.m_index == b.m_index;
        }
        friend bool operator!=(const const_iterator &a, const const_iterator &b)
        {
            return a.m_index != b.m_index;
        }
        friend bool operator<(const const_iterator &a, const const_iterator &b)
        {
            return a.m_index < b.m_index;
        }

    private:
        const RowStore *m_store = nullptr;
        qsizetype m_index = 0;
    };
    using iterator = const_iterator; // rows change through operator[], which detaches
    using value_type = CertificateRow;
    using size_type = qsizetype;

    RowStore() = default;
    // Implicit, so a QList of rows goes wherever rows are expected.
    RowStore(const QList<CertificateRow> &rows);
    RowStore(std::initializer_list<CertificateRow> rows);
    explicit RowStore(qsizetype blankRows);

    qsizetype size() const { return m_size; }
    qsizetype count() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    const CertificateRow &at(qsizetype i) const
    {
        Q_ASSERT(i >= 0 && i < m_size);
        return m_chunks.at(i / ChunkSize)->rows[size_t(i % ChunkSize)];
    }
    const CertificateRow &operator[](qsizetype i) const { return at(i); }
    // Copies the row's chunk first when a snapshot shares it.
    CertificateRow &operator[](qsizetype i)
    {
        Q_ASSERT(i >= 0 && i < m_size);
        return m_chunks[i / ChunkSize]->rows[size_t(i % ChunkSize)];
    }
    const CertificateRow &first() const { return at(0); }
    const CertificateRow &constFirst() const { return at(0); }
    const CertificateRow &last() const { return at(m_size - 1); }
    const CertificateRow &constLast() const { return at(m_size - 1); }
    CertificateRow value(qsizetype i) const
    {
        return i >= 0 && i < m_size ? at(i) : CertificateRow();
    }

    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, m_size}; }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }

    void append(const CertificateRow &row);
    void append(CertificateRow &&row);
    void append(const RowStore &rows);
    // Moves the rows over, reusing their chunks' memory (rows is left empty):
    // no fresh memory is touched, whatever the boundaries.
    void append(RowStore &&rows);
    void push_back(const CertificateRow &row) { append(row); }
    void push_back(CertificateRow &&row) { append(std::move(row)); }
    void insert(qsizetype position, const RowStore &rows);
    void remove(qsizetype position, qsizetype count = 1);
    void removeLast() { remove(m_size - 1); }
    RowStore mid(qsizetype position, qsizetype count = -1) const;
    // Shrinks, or grows with blank rows.
    void resize(qsizetype size);
    // A hint: the chunk list, and the first chunk's rows.
    void reserve(qsizetype size);
    void clear();

    QList<CertificateRow> toList() const;

    friend bool operator==(const RowStore &a, const RowStore &b);
    friend bool operator!=(const RowStore &a, const RowStore &b) { return !(a == b); }

private:
    struct Chunk : QSharedData
    {
        std::vector<CertificateRow, HugePages::Allocator<CertificateRow>> rows;
    };
    using Rows = decltype(Chunk::rows);
    // The last chunk with room for one more row (a new one when it is full).
    Rows &tailWithRoom();
    // Rows [from, end) taken out (moved where no snapshot shares them).
    std::vector<CertificateRow> takeTail(qsizetype from);

    QList<QSharedDataPointer<Chunk>> m_chunks;
    qsizetype m_size = 0;
    qsizetype m_reserved = 0; // reserve()'s hint
};

} // namespace Ditio
