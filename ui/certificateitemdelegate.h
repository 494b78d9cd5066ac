#pragma once

#include <QStyledItemDelegate>

namespace Ditio {

// Paints the certificate table from the model's roles and edits its cells.
// A cell with a problem gets a tint (red for an error, amber for a warning)
// and an icon, so the severity never rests on colour alone. The two date
// columns edit in a DateLineEdit. Enter and Tab commit the edit and ask the
// view to move on, as a spreadsheet does.
class CertificateItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Move { None, Down, Up, Right, Left };
    Q_ENUM(Move)

    explicit CertificateItemDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    // The editor covers the whole cell, the severity icon's place included.
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

signals:
    // An edit was committed with Enter, Shift+Enter, Tab or Shift+Tab.
    void moveRequested(Ditio::CertificateItemDelegate::Move move);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    bool eventFilter(QObject *object, QEvent *event) override;
};

} // namespace Ditio
