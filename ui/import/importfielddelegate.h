#pragma once

#include <QStyledItemDelegate>

namespace Ditio {

// The "Imported as" column of the mapping review: a combo of the fields plus
// "Ignore this column", committed as soon as the user picks one.
class ImportFieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace Ditio
