#include "rowstore.h"

#include <algorithm>

namespace Ditio {

RowStore::RowStore(const QList<CertificateRow> &rows)
{
    reserve(rows.size());
    for (const CertificateRow &row : rows)
        append(row);
}

RowStore::RowStore(std::initializer_list<CertificateRow> rows)
{
    reserve(qsizetype(rows.size()));
    for (const CertificateRow &row : rows)
        append(row);
}

RowStore::RowStore(qsizetype blankRows)
{
    resize(blankRows);
}

void RowStore::reserve(qsizetype size)
{
    m_reserved = std::max(m_reserved, size);
    m_chunks.reserve((size + ChunkSize - 1) / ChunkSize);
    if (m_chunks.size() == 1 && m_size < ChunkSize)
        m_chunks.first()->rows.reserve(size_t(std::min(size, ChunkSize)));
}

RowStore::Rows &RowStore::tailWithRoom()
{
    if (m_chunks.isEmpty() || qsizetype(m_chunks.constLast()->rows.size()) == ChunkSize) {
        QSharedDataPointer<Chunk> chunk(new Chunk);
        // Past the first chunk the table is big: take a whole one at once.
        const qsizetype expected = m_chunks.isEmpty() ? m_reserved : ChunkSize;
        if (expected > 0)
            chunk->rows.reserve(size_t(std::min(expected, ChunkSize)));
        m_chunks.append(std::move(chunk));
    }
    return m_chunks.last()->rows;
}

void RowStore::append(const CertificateRow &row)
{
    tailWithRoom().push_back(row);
    ++m_size;
}

void RowStore::append(CertificateRow &&row)
{
    tailWithRoom().push_back(std::move(row));
    ++m_size;
}

void RowStore::append(const RowStore &rows)
{
    if (&rows == this) {
        const RowStore copy = rows;
        append(copy);
        return;
    }
    // Whole chunks are shared, not copied, when this store ends on a boundary.
    if (m_size % ChunkSize == 0) {
        m_chunks.append(rows.m_chunks);
        m_size += rows.m_size;
        return;
    }
    reserve(m_size + rows.size());
    for (const CertificateRow &row : rows)
        append(row);
}

void RowStore::append(RowStore &&rows)
{
    if (&rows == this || rows.isEmpty() || m_size % ChunkSize == 0) {
        append(std::as_const(rows)); // whole chunks are shared
        if (&rows != this)
            rows.clear();
        return;
    }
    // This store ends in a part-filled chunk. Each chunk of rows tops it up,
    // then becomes the part-filled tail itself, its buffer kept.
    Rows *tail = &m_chunks.last()->rows;
    tail->reserve(size_t(ChunkSize));
    for (QSharedDataPointer<Chunk> &chunk : rows.m_chunks) {
        Rows &next = chunk->rows; // copies the chunk only if a snapshot shares it
        const auto take = std::min(ChunkSize - qsizetype(tail->size()), qsizetype(next.size()));
        tail->insert(tail->end(), std::make_move_iterator(next.begin()),
                     std::make_move_iterator(next.begin() + take));
        next.erase(next.begin(), next.begin() + take);
        m_size += take;
        if (next.empty())
            continue; // rows ran out
        m_size += qsizetype(next.size());
        m_chunks.append(std::move(chunk));
        tail = &m_chunks.last()->rows;
        tail->reserve(size_t(ChunkSize));
    }
    rows.clear();
}

std::vector<CertificateRow> RowStore::takeTail(qsizetype from)
{
    std::vector<CertificateRow> tail;
    if (from >= m_size)
        return tail;
    tail.reserve(size_t(m_size - from));
    const qsizetype firstChunk = from / ChunkSize;
    const size_t offset = size_t(from % ChunkSize);
    for (qsizetype c = firstChunk; c < m_chunks.size(); ++c) {
        const size_t start = c == firstChunk ? offset : 0;
        const Chunk *shared = m_chunks.at(c).constData();
        if (shared->ref.loadRelaxed() > 1) {
            // A snapshot holds it: copy, and leave the snapshot's rows alone.
            tail.insert(tail.end(), shared->rows.begin() + qptrdiff(start), shared->rows.end());
        } else {
            Rows &rows = m_chunks[c]->rows;
            tail.insert(tail.end(), std::make_move_iterator(rows.begin() + qptrdiff(start)),
                        std::make_move_iterator(rows.end()));
        }
    }
    m_chunks.resize(offset == 0 ? firstChunk : firstChunk + 1);
    if (offset != 0) {
        Rows &rows = m_chunks.last()->rows;
        rows.erase(rows.begin() + qptrdiff(offset), rows.end());
    }
    m_size = from;
    return tail;
}

void RowStore::insert(qsizetype position, const RowStore &rows)
{
    Q_ASSERT(position >= 0 && position <= m_size);
    const RowStore inserted = rows; // rows may be this store
    std::vector<CertificateRow> tail = takeTail(position);
    reserve(m_size + inserted.size() + qsizetype(tail.size()));
    for (const CertificateRow &row : inserted)
        append(row);
    for (CertificateRow &row : tail)
        append(std::move(row));
}

void RowStore::remove(qsizetype position, qsizetype count)
{
    Q_ASSERT(position >= 0 && count >= 0 && position + count <= m_size);
    if (count <= 0)
        return;
    std::vector<CertificateRow> tail = takeTail(position);
    for (size_t i = size_t(count); i < tail.size(); ++i)
        append(std::move(tail[i]));
}

RowStore RowStore::mid(qsizetype position, qsizetype count) const
{
    position = std::clamp<qsizetype>(position, 0, m_size);
    if (count < 0 || position + count > m_size)
        count = m_size - position;
    RowStore part;
    part.reserve(count);
    for (qsizetype i = position; i < position + count; ++i)
        part.append(at(i));
    return part;
}

void RowStore::resize(qsizetype size)
{
    size = std::max<qsizetype>(size, 0);
    if (size < m_size) {
        takeTail(size);
        return;
    }
    reserve(size);
    while (m_size < size)
        append(CertificateRow());
}

void RowStore::clear()
{
    m_chunks.clear();
    m_size = 0;
    m_reserved = 0;
}

QList<CertificateRow> RowStore::toList() const
{
    QList<CertificateRow> list;
    list.reserve(m_size);
    for (const CertificateRow &row : *this)
        list.append(row);
    return list;
}

bool operator==(const RowStore &a, const RowStore &b)
{
    if (a.m_size != b.m_size)
        return false;
    for (qsizetype c = 0; c < a.m_chunks.size(); ++c) {
        if (a.m_chunks.at(c).constData() != b.m_chunks.at(c).constData()
            && a.m_chunks.at(c)->rows != b.m_chunks.at(c)->rows) {
            return false;
        }
    }
    return true;
}

} // namespace Ditio
