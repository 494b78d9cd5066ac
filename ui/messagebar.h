#pragma once

#include <QFrame>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QLabel;
class QToolButton;
QT_END_NAMESPACE

namespace Ditio {

// An inline message above the table (KeePassXC's MessageWidget): a coloured
// strip with an icon, the text and a close button. Errors about files appear
// here instead of in a dialog, so nothing interrupts the work.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Type { Information, Positive, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    // autoHideMs > 0 hides the message after that long.
    void showMessage(const QString &text, Type type, int autoHideMs = 0);
    void hideMessage();

    QString text() const;
    Type type() const { return m_type; }

signals:
    void closed();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    QTimer m_hideTimer;
    Type m_type = Type::Information;
};

} // namespace Ditio
