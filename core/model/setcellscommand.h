#pragma once

#include "cellchange.h"

#include <QUndoCommand>

namespace Ditio {

class CertificateTableModel;

// Sets the text of any number of cells: a typed edit, a paste, fill down,
// replace all, a quick fix. Edits never merge: each one is its own undo step,
// as in a spreadsheet.
class SetCellsCommand : public QUndoCommand
{
public:
    SetCellsCommand(CertificateTableModel *model, CellChanges changes, const QString &text,
                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const CellChanges &changes() const { return m_changes; }

private:
    CertificateTableModel *m_model;
    CellChanges m_changes;
};

} // namespace Ditio
