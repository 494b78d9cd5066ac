#pragma once

#include "import/importresult.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Ditio {

// The preview of the import dialog: the first rows as they will be imported,
// one column per field, with cells that have a problem marked and the text the
// file held in each cell's tooltip.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Qt::UserRole: true for a cell with a problem.
    static constexpr int ProblemRole = Qt::UserRole;

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPreview(const ImportResult &preview);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Why the cell is marked; empty when it is fine.
    QString problem(int row, Field field) const;

private:
    RowStore m_rows;
    ColumnMapping m_mapping;
    QHash<quint64, QString> m_warnings; // (sheet row, 1-based column) -> message
};

} // namespace Ditio
