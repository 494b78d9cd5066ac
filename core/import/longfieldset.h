#pragma once

#include "io/text/csvreader.h"

#include <QSet>

namespace Ditio {

// The cells of a text file over a spreadsheet cell's limit: the import cuts
// and flags them with their cell (RowAssembler), so the reader's own problem
// for them is dropped.
class LongFieldSet
{
public:
    void note(const CsvReader::RecordView &record)
    {
        for (qsizetype c = 0; c < record.fields.size(); ++c) {
            if (record.fields.at(c).size() > CsvReader::MaxFieldLength)
                m_cells.insert(key(record.row, int(c + 1)));
        }
    }
    bool contains(int row, int column) const { return m_cells.contains(key(row, column)); }
    void unite(const LongFieldSet &other) { m_cells.unite(other.m_cells); }

private:
    // A cell as one number (row << 32 | column).
    static quint64 key(int row, int column) { return quint64(row) << 32 | quint64(column); }

    QSet<quint64> m_cells;
};

} // namespace Ditio
