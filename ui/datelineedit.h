#pragma once

#include <QLineEdit>

QT_BEGIN_NAMESPACE
class QCalendarWidget;
QT_END_NAMESPACE

namespace Ditio {

// The editor of the two date columns: a line edit that takes whatever is typed
// (15.01.2026, 15/01/2026, 2026-01-15, 1.2.2024: the model reads it) and a
// calendar button at its end for picking a date, which writes dd.MM.yyyy.
class DateLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateLineEdit(QWidget *parent = nullptr);

    QAction *calendarAction() const { return m_calendarAction; }
    bool isCalendarVisible() const;

public slots:
    void showCalendar();
    void hideCalendar();

signals:
    // A date was picked in the calendar and written into the text.
    void datePicked();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void pick(QDate date);

    QAction *m_calendarAction;
    QCalendarWidget *m_calendar = nullptr;
};

} // namespace Ditio
