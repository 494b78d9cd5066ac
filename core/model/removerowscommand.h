#pragma once

#include "rowstore.h"

#include <QUndoCommand>

namespace Ditio {

class CertificateTableModel;

// Removes any set of rows, contiguous or not; undo puts each back in its place.
class RemoveRowsCommand : public QUndoCommand
{
public:
    RemoveRowsCommand(CertificateTableModel *model, QList<int> rows, const QString &text,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    struct Block
    {
        int position = 0;
        RowStore rows;
    };

    CertificateTableModel *m_model;
    QList<Block> m_blocks; // ascending positions, as in the table before removal
};

} // namespace Ditio
