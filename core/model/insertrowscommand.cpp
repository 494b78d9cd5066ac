#include "insertrowscommand.h"

#include "certificatetablemodel.h"

namespace Ditio {

InsertRowsCommand::InsertRowsCommand(CertificateTableModel *model, int position, RowStore rows,
                                     const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_model(model), m_position(position), m_rows(std::move(rows))
{ }

void InsertRowsCommand::redo()
{
    m_model->insertCertificateRows(m_position, m_rows);
}

void InsertRowsCommand::undo()
{
    // Taken back as they are now, so results recorded meanwhile survive a redo.
    m_rows = m_model->takeRows(m_position, int(m_rows.size()));
}

} // namespace Ditio
