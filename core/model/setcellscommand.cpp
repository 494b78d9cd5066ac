#include "setcellscommand.h"

#include "certificatetablemodel.h"

namespace Ditio {

SetCellsCommand::SetCellsCommand(CertificateTableModel *model, CellChanges changes,
                                 const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_model(model), m_changes(std::move(changes))
{ }

void SetCellsCommand::redo()
{
    m_model->applyCellChanges(m_changes, true);
}

void SetCellsCommand::undo()
{
    m_model->applyCellChanges(m_changes, false);
}

} // namespace Ditio
