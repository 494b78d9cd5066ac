#pragma once

#include "rowstore.h"

#include <QUndoCommand>

namespace Ditio {

class CertificateTableModel;

// Inserts rows at a position (new empty rows, pasted rows, imported rows).
class InsertRowsCommand : public QUndoCommand
{
public:
    InsertRowsCommand(CertificateTableModel *model, int position, RowStore rows,
                      const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    CertificateTableModel *m_model;
    int m_position;
    RowStore m_rows;
};

} // namespace Ditio
