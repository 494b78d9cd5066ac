#include "certificateitemdelegate.h"

#include "datelineedit.h"
#include "model/certificatetablemodel.h"
#include "severityicons.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace Ditio {

CertificateItemDelegate::CertificateItemDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

QWidget *CertificateItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                               const QModelIndex &index) const
{
    const int column = index.column();
    if (CertificateTableModel::isFieldColumn(column)
        && isDateField(CertificateTableModel::fieldOfColumn(column))) {
        auto *editor = new DateLineEdit(parent);
        editor->setFrame(false);
        editor->setObjectName(QStringLiteral("dateEditor"));
        // createEditor() is const, the signals are not.
        auto *self = const_cast<CertificateItemDelegate *>(this);
        connect(editor, &DateLineEdit::datePicked, self, [self, editor] {
            emit self->commitData(editor);
            emit self->closeEditor(editor, NoHint);
        });
        return editor;
    }
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *lineEdit = qobject_cast<QLineEdit *>(editor))
        lineEdit->setObjectName(QStringLiteral("cellEditor"));
    return editor;
}

void CertificateItemDelegate::updateEditorGeometry(QWidget *editor,
                                                   const QStyleOptionViewItem &option,
                                                   const QModelIndex &) const
{
    editor->setGeometry(option.rect);
}

void CertificateItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                              const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto severity = Severity(index.data(CertificateTableModel::SeverityRole).toInt());
    const bool statusColumn = index.column() == CertificateTableModel::StatusColumn;
    QIcon icon;
    const auto state = statusColumn
            ? UploadState(index.data(CertificateTableModel::UploadStateRole).toInt())
            : UploadState::NotSent;
    // What Ditio said about the row outweighs the local warnings in the Status column.
    if (statusColumn && state == UploadState::Rejected) {
        icon = SeverityIcons::icon(Severity::Error);
    } else if (statusColumn && state == UploadState::Unconfirmed) {
        icon = SeverityIcons::icon(Severity::Warning);
    } else if (statusColumn && state == UploadState::Sending) {
        icon = SeverityIcons::informationIcon();
    } else if (severity != Severity::None) {
        icon = SeverityIcons::icon(severity);
        if (!statusColumn)
            option->backgroundBrush = SeverityIcons::tint(severity, option->palette);
    } else if (statusColumn) {
        icon = SeverityIcons::okIcon();
    }
    if (icon.isNull())
        return;
    const int side = std::min(16, option->fontMetrics.height());
    option->icon = icon;
    option->decorationSize = QSize(side, side);
    option->features |= QStyleOptionViewItem::HasDecoration;
    // The status reads "(icon) Needs fixing"; in a value cell the icon sits at
    // the right edge, out of the way of the text.
    option->decorationPosition =
            statusColumn ? QStyleOptionViewItem::Left : QStyleOptionViewItem::Right;
    option->decorationAlignment = Qt::AlignCenter;
}

bool CertificateItemDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QWidget *>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const auto *keyEvent = static_cast<QKeyEvent *>(event);
        Move move = Move::None;
        switch (keyEvent->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            move = keyEvent->modifiers() & Qt::ShiftModifier ? Move::Up : Move::Down;
            break;
        case Qt::Key_Tab:
            move = Move::Right;
            break;
        case Qt::Key_Backtab:
            move = Move::Left;
            break;
        default:
            break;
        }
        if (move != Move::None) {
            emit commitData(editor);
            emit closeEditor(editor, NoHint);
            emit moveRequested(move);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace Ditio
