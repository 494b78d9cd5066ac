#include "messagebar.h"

#include "severityicons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

namespace Ditio {

namespace {

struct Colours
{
    QColor background;
    QColor border;
    QColor text;
};

Colours coloursOf(MessageBar::Type type)
{
    switch (type) {
    case MessageBar::Type::Positive:
        return {QColor(0xe3, 0xf4, 0xe1), QColor(0x8c, 0xc6, 0x88), QColor(0x1b, 0x4d, 0x1e)};
    case MessageBar::Type::Warning:
        return {QColor(0xff, 0xf4, 0xd1), QColor(0xe3, 0xbf, 0x5a), QColor(0x5a, 0x41, 0x00)};
    case MessageBar::Type::Error:
        return {QColor(0xfd, 0xe4, 0xe4), QColor(0xe0, 0x8f, 0x8f), QColor(0x7f, 0x1d, 0x1d)};
    case MessageBar::Type::Information:
        break;
    }
    return {QColor(0xe4, 0xef, 0xfb), QColor(0x8f, 0xb7, 0xe3), QColor(0x12, 0x3a, 0x66)};
}

QIcon iconOf(MessageBar::Type type)
{
    switch (type) {
    case MessageBar::Type::Positive:
        return SeverityIcons::okIcon();
    case MessageBar::Type::Warning:
        return SeverityIcons::icon(Severity::Warning);
    case MessageBar::Type::Error:
        return SeverityIcons::icon(Severity::Error);
    case MessageBar::Type::Information:
        break;
    }
    return SeverityIcons::informationIcon();
}

QIcon closeIcon()
{
    QIcon icon;
    for (int size : {12, 16, 24}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0x44, 0x44, 0x44), size / 9.0, Qt::SolidLine, Qt::RoundCap));
        const qreal m = size * 0.28;
        painter.drawLine(QPointF(m, m), QPointF(size - m, size - m));
        painter.drawLine(QPointF(size - m, m), QPointF(m, size - m));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent),
      m_icon(new QLabel(this)),
      m_text(new QLabel(this)),
      m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::NoFrame);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    m_icon->setFixedSize(20, 20);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("messageBarText"));
    m_close->setIcon(closeIcon());
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    m_hideTimer.setSingleShot(true);
    connect(&m_hideTimer, &QTimer::timeout, this, &MessageBar::hideMessage);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::hideMessage);
    hide();
}

void MessageBar::showMessage(const QString &text, Type type, int autoHideMs)
{
    m_type = type;
    const Colours colours = coloursOf(type);
    setStyleSheet(
            QStringLiteral("QFrame#messageBar { background: %1; border: 1px solid %2; "
                           "border-radius: 4px; } QLabel { color: %3; background: "
                           "transparent; border: none; }")
                    .arg(colours.background.name(), colours.border.name(), colours.text.name()));
    m_icon->setPixmap(iconOf(type).pixmap(20, 20));
    m_text->setText(text);
    setAccessibleDescription(text);
    show();
    if (autoHideMs > 0)
        m_hideTimer.start(autoHideMs);
    else
        m_hideTimer.stop();
}

void MessageBar::hideMessage()
{
    m_hideTimer.stop();
    if (!isVisible())
        return;
    hide();
    emit closed();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace Ditio
