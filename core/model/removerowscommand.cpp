#include "removerowscommand.h"

#include "certificatetablemodel.h"

namespace Ditio {

RemoveRowsCommand::RemoveRowsCommand(CertificateTableModel *model, QList<int> rows,
                                     const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_model(model)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Contiguous runs become one block each, so removing 10,000 adjacent rows is
    // one model operation.
    for (int row : rows) {
        if (!m_blocks.isEmpty() && m_blocks.last().position + m_blocks.last().rows.size() == row) {
            m_blocks.last().rows.append(CertificateRow());
        } else {
            m_blocks.append({row, {CertificateRow()}});
        }
    }
}

void RemoveRowsCommand::redo()
{
    // Bottom-up, so the positions of the blocks above stay right.
    for (auto it = m_blocks.rbegin(); it != m_blocks.rend(); ++it)
        it->rows = m_model->takeRows(it->position, int(it->rows.size()));
}

void RemoveRowsCommand::undo()
{
    for (Block &block : m_blocks)
        m_model->insertCertificateRows(block.position, block.rows);
}

} // namespace Ditio
