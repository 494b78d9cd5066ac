#include "datelineedit.h"

#include "model/dateparser.h"
#include "severityicons.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QScreen>

#include <algorithm>

namespace Ditio {

DateLineEdit::DateLineEdit(QWidget *parent)
    : QLineEdit(parent),
      m_calendarAction(addAction(SeverityIcons::calendarIcon(), QLineEdit::TrailingPosition))
{
    setPlaceholderText(tr("dd.mm.yyyy"));
    m_calendarAction->setText(tr("Pick a date"));
    m_calendarAction->setToolTip(tr("Pick a date from a calendar (Alt+Down)"));
    connect(m_calendarAction, &QAction::triggered, this, &DateLineEdit::showCalendar);
}

bool DateLineEdit::isCalendarVisible() const
{
    return m_calendar && m_calendar->isVisible();
}

void DateLineEdit::showCalendar()
{
    if (!m_calendar) {
        // A child of the editor, so the item view does not take the focus move
        // into the popup for the end of editing.
        m_calendar = new QCalendarWidget(this);
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setObjectName(QStringLiteral("datePopup"));
        m_calendar->setGridVisible(true);
        m_calendar->setFirstDayOfWeek(Qt::Monday);
        m_calendar->setVerticalHeaderFormat(QCalendarWidget::ISOWeekNumbers);
        connect(m_calendar, &QCalendarWidget::activated, this, &DateLineEdit::pick);
        connect(m_calendar, &QCalendarWidget::clicked, this, &DateLineEdit::pick);
    }
    const DateParser::Result parsed = DateParser::parse(text());
    const QDate date = parsed.date.isValid() ? parsed.date : QDate::currentDate();
    m_calendar->setSelectedDate(date);
    m_calendar->setCurrentPage(date.year(), date.month());

    const QSize size = m_calendar->sizeHint();
    QPoint position = mapToGlobal(QPoint(0, height()));
    if (const QScreen *screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        if (position.y() + size.height() > available.bottom())
            position.setY(mapToGlobal(QPoint(0, 0)).y() - size.height());
        position.setX(std::clamp(position.x(), available.left(),
                                 std::max(available.left(), available.right() - size.width())));
    }
    m_calendar->move(position);
    m_calendar->resize(size);
    m_calendar->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateLineEdit::hideCalendar()
{
    if (m_calendar)
        m_calendar->hide();
}

void DateLineEdit::pick(QDate date)
{
    if (!date.isValid())
        return;
    hideCalendar();
    setText(DateParser::format(date));
    setFocus(Qt::PopupFocusReason);
    emit datePicked();
}

void DateLineEdit::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Down && event->modifiers() & Qt::AltModifier)
        || event->key() == Qt::Key_F4) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace Ditio
