#include "severityicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

#include <functional>

namespace Ditio::SeverityIcons {

namespace {

constexpr QColor ErrorColor(0xc6, 0x28, 0x28);
constexpr QColor WarningColor(0xe0, 0x9a, 0x00);
constexpr QColor OkColor(0x2e, 0x7d, 0x32);
constexpr QColor InfoColor(0x1e, 0x6f, 0xc8);

using Painter = std::function<void(QPainter &, qreal)>;

QIcon render(const Painter &paint)
{
    QIcon icon;
    for (int size : {12, 14, 16, 20, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(painter, size);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

// An exclamation mark centred at x, from top to bottom.
void drawExclamation(QPainter &painter, qreal x, qreal top, qreal bottom, const QColor &colour)
{
    const qreal width = (bottom - top) * 0.2;
    const qreal dot = width * 1.1;
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    const qreal barBottom = bottom - dot * 1.9;
    painter.drawRoundedRect(QRectF(x - width / 2, top, width, barBottom - top), width / 2,
                            width / 2);
    painter.drawEllipse(QPointF(x, bottom - dot / 2), dot / 2, dot / 2);
}

void paintError(QPainter &painter, qreal s)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(ErrorColor);
    painter.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1));
    drawExclamation(painter, s / 2, s * 0.2, s * 0.8, Qt::white);
}

void paintWarning(QPainter &painter, qreal s)
{
    QPainterPath triangle;
    triangle.moveTo(s / 2, s * 0.04);
    triangle.lineTo(s * 0.98, s * 0.92);
    triangle.lineTo(s * 0.02, s * 0.92);
    triangle.closeSubpath();
    painter.setPen(
            QPen(WarningColor.darker(115), s / 16, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(WarningColor);
    painter.drawPath(triangle);
    drawExclamation(painter, s / 2, s * 0.3, s * 0.84, QColor(0x33, 0x26, 0x00));
}

void paintOk(QPainter &painter, qreal s)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(OkColor);
    painter.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1));
    QPainterPath tick;
    tick.moveTo(s * 0.27, s * 0.52);
    tick.lineTo(s * 0.44, s * 0.69);
    tick.lineTo(s * 0.74, s * 0.34);
    painter.setPen(QPen(Qt::white, s * 0.12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(tick);
}

void paintInformation(QPainter &painter, qreal s)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(InfoColor);
    painter.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1));
    // An upside-down exclamation mark is an "i".
    painter.translate(s, s);
    painter.rotate(180);
    drawExclamation(painter, s / 2, s * 0.22, s * 0.8, Qt::white);
}

void paintCalendar(QPainter &painter, qreal s)
{
    const QColor ink(0x55, 0x5d, 0x66);
    const QRectF page(s * 0.1, s * 0.16, s * 0.8, s * 0.74);
    painter.setPen(QPen(ink, std::max(1.0, s / 14)));
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(page, s / 10, s / 10);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xc6, 0x28, 0x28));
    painter.drawRect(QRectF(page.left(), page.top(), page.width(), s * 0.18));
    painter.setBrush(ink);
    const qreal cell = page.width() / 4;
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < 3; ++column) {
            painter.drawRect(QRectF(page.left() + cell * (0.6 + column * 1.05),
                                    page.top() + s * 0.3 + row * s * 0.2, cell * 0.6, s * 0.11));
        }
    }
}

} // namespace

QIcon icon(Severity severity)
{
    static const QIcon error = render(paintError);
    static const QIcon warning = render(paintWarning);
    switch (severity) {
    case Severity::Error:
        return error;
    case Severity::Warning:
        return warning;
    case Severity::None:
        break;
    }
    return {};
}

QIcon okIcon()
{
    static const QIcon ok = render(paintOk);
    return ok;
}

QIcon informationIcon()
{
    static const QIcon information = render(paintInformation);
    return information;
}

QIcon calendarIcon()
{
    static const QIcon calendar = render(paintCalendar);
    return calendar;
}

QColor tint(Severity severity, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (severity) {
    case Severity::Error:
        return dark ? QColor(0x5c, 0x22, 0x22) : QColor(0xfd, 0xe0, 0xe0);
    case Severity::Warning:
        return dark ? QColor(0x55, 0x45, 0x14) : QColor(0xff, 0xf2, 0xcc);
    case Severity::None:
        break;
    }
    return {};
}

QColor accent(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return ErrorColor;
    case Severity::Warning:
        return WarningColor;
    case Severity::None:
        break;
    }
    return OkColor;
}

} // namespace Ditio::SeverityIcons
