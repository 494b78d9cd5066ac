#include "importfielddelegate.h"

#include "importmappingmodel.h"
#include "model/certificatefield.h"

#include <QComboBox>

namespace Ditio {

QWidget *ImportFieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    Q_UNUSED(option)
    Q_UNUSED(index)
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("fieldCombo"));
    combo->addItem(ImportMappingModel::fieldChoiceText(ImportMappingModel::Ignore),
                   ImportMappingModel::Ignore);
    for (const Field field : allFields())
        combo->addItem(ImportMappingModel::fieldChoiceText(fieldIndex(field)), fieldIndex(field));
    // A pick is the decision: no Enter needed.
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo](int index) {
        if (index < 0) // emptied while the view discards the editor
            return;
        auto *self = const_cast<ImportFieldDelegate *>(this);
        emit self->commitData(combo);
    });
    return combo;
}

void ImportFieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const int position = combo->findData(index.data(Qt::EditRole).toInt());
    if (position >= 0 && position != combo->currentIndex()) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(position);
    }
}

void ImportFieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                       const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace Ditio
