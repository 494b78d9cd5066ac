// The main window on the offscreen platform, driven as a user drives it: keys
// typed into cells, double-clicks in the problems panel, the clipboard, the
// file menu. Every modal question is answered through the Dialogs seam.

#include "certificatetableview.h"
#include "datelineedit.h"
#include "dialogs.h"
#include "filesizelimit.h"
#include "filterbar.h"
#include "findreplacedialog.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "model/certificatefilterproxymodel.h"
#include "model/certificatetablemodel.h"
#include "model/problemsmodel.h"
#include "problemspanel.h"
#include "session/recoverystore.h"
#include "settings/appsettings.h"
#include "util/clock.h"
#include "workfile/workfile.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

#include <memory>

using namespace Ditio;
using namespace Qt::StringLiterals;

namespace {

using Column = CertificateTableModel::Column;

CertificateRow makeRow(const QString &employee, const QString &type, const QString &number,
                       const QString &issued, const QString &validUntil, const QString &notes = {})
{
    CertificateRow row;
    row.setText(Field::EmployeeNumber, employee);
    row.setText(Field::CertificateType, type);
    row.setText(Field::CertificateNumber, number);
    row.setText(Field::IssuedDate, issued);
    row.setText(Field::ValidUntilDate, validUntil);
    row.setText(Field::Notes, notes);
    return row;
}

// Five rows without a single problem on the fixed day below.
WorkDocument cleanDocument()
{
    WorkDocument document;
    document.rows = {
            makeRow(QStringLiteral("1001"), QStringLiteral("Byggekort"), QStringLiteral("BK-1"),
                    QStringLiteral("15.01.2020"), QStringLiteral("15.01.2030")),
            makeRow(QStringLiteral("1002"), QStringLiteral("Byggekort"), QStringLiteral("BK-2"),
                    QStringLiteral("16.01.2020"), QStringLiteral("16.01.2030")),
            makeRow(QStringLiteral("1003"), QStringLiteral("Kranførerbevis"),
                    QStringLiteral("KF-3"), QStringLiteral("01.02.2021"),
                    QStringLiteral("01.02.2031")),
            makeRow(QStringLiteral("1004"), QStringLiteral("Truckførerbevis"),
                    QStringLiteral("T-4"), QStringLiteral("01.03.2022"),
                    QStringLiteral("01.03.2032")),
            makeRow(QStringLiteral("1005"), QStringLiteral("Fallsikring"), QStringLiteral("FS-5"),
                    QStringLiteral("01.04.2023"), QStringLiteral("01.04.2033")),
    };
    return document;
}

QStringList columnTexts(const CertificateTableModel *model, Field field)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->text(row, field));
    return texts;
}

QtMessageHandler previousHandler = nullptr;

// The offscreen platform says so each time a window is raised or sized; that
// is noise, not news.
void quietOffscreenWarnings(QtMsgType type, const QMessageLogContext &context,
                            const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(u"This plugin does not support"_s))
        return;
    previousHandler(type, context, message);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void typedBadDateIsFlagged();
    void typedDates_data();
    void typedDates();
    void calendarPickWritesDate();
    void activatingProblemSelectsCell_data();
    void activatingProblemSelectsCell();
    void activatingFilteredOutProblemClearsFilter();
    void fixButtonAppliesQuickFix();
    void undoRestoresOldValue();
    void paste_data();
    void paste();
    void copyPutsTsvOnClipboard();
    void deleteKeyClearsCells();
    void fillDown();
    void keyboardMoves_data();
    void keyboardMoves();
    void editorKeepsItsOwnKeys();
    void shortcutsAreUnique();
    void nextAndPreviousProblem();
    void statusBarCounts();
    void onlyProblemsFilter();
    void currentCellFollowsSortAndFilter();
    void insertAndDeleteRows();
    void replaceAll_data();
    void replaceAll();
    void findNextWraps();
    void saveAndReopen();
    void saveRefusesFileChangedOnDisk();
    void saveOnAFullDiskKeepsTheOldFile();
    void openBadFileShowsMessage();
    void openNamesUnusedColumns();
    void closeAsksAboutUnsavedChanges_data();
    void closeAsksAboutUnsavedChanges();
    void csvOpensAsUntitled();
    void recoveryIsOffered();
    void firstStartShowsSample();
    void settingsRemembered();

private:
    std::unique_ptr<MainWindow> makeWindow();
    QModelIndex viewIndex(int sourceRow, int column) const;
    QModelIndex sourceIndex(int row, int column) const;
    // Types into the cell as a user does: the first key opens the editor.
    void typeIntoCell(int sourceRow, int column, const QString &text,
                      Qt::Key finish = Qt::Key_Return,
                      Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    int problemRowFor(int row, Field field) const;

    QTemporaryDir m_dir;
    FixedClock m_clock {QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc())};
    std::unique_ptr<MainWindow> m_window;
    CertificateTableModel *m_table = nullptr;
    CertificateTableView *m_view = nullptr;
    int m_windowNumber = 0;
};

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    ++m_windowNumber;
    const QString settingsPath = m_dir.filePath(QStringLiteral("settings.ini"));
    auto settings = std::make_unique<AppSettings>(
            std::make_unique<QSettings>(settingsPath, QSettings::IniFormat));
    auto window = std::make_unique<MainWindow>(std::move(settings),
                                               m_dir.filePath(QStringLiteral("recovery")));
    window->tableModel()->setClock(&m_clock);
    window->problemsModel()->setRefreshDelay(0);
    return window;
}

void TestMainWindow::initTestCase()
{
    previousHandler = qInstallMessageHandler(quietOffscreenWarnings);
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    Dialogs::clearQueuedAnswers();
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
    m_window = makeWindow();
    m_window->loadDocument(cleanDocument(), {}, {}, false, QStringLiteral("Test"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_table = m_window->tableModel();
    m_view = m_window->tableView();
    m_view->setFocus();
    QCOMPARE(m_table->rowCount(), 5);
    QCOMPARE(m_table->errorCount(), 0);
    QCOMPARE(m_table->warningCount(), 0);
}

void TestMainWindow::cleanup()
{
    if (m_window) {
        Dialogs::clearQueuedAnswers();
        if (m_window->isModified())
            Dialogs::setNextAnswer(Dialogs::Discard);
        QTRY_VERIFY(!m_window->isBusy());
        m_window->close();
        m_window.reset();
    }
    Dialogs::clearQueuedAnswers();
    m_table = nullptr;
    m_view = nullptr;
}

QModelIndex TestMainWindow::viewIndex(int sourceRow, int column) const
{
    return m_view->viewIndex(sourceRow, column);
}

QModelIndex TestMainWindow::sourceIndex(int row, int column) const
{
    return m_table->index(row, column);
}

void TestMainWindow::typeIntoCell(int sourceRow, int column, const QString &text, Qt::Key finish,
                                  Qt::KeyboardModifiers modifiers)
{
    const QModelIndex index = viewIndex(sourceRow, column);
    QVERIFY(index.isValid());
    m_view->setFocus();
    m_view->selectCell(index);
    QVERIFY(!text.isEmpty());
    // Typing over a cell opens its editor with that first key.
    QTest::keyClick(m_view, text.at(0).toLatin1());
    QVERIFY(m_view->isEditing());
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY2(editor, "the cell editor has the focus");
    QTest::keyClicks(editor, text.mid(1));
    QCOMPARE(editor->text(), text);
    QTest::keyClick(editor, finish, modifiers);
    QVERIFY(!m_view->isEditing());
}

int TestMainWindow::problemRowFor(int row, Field field) const
{
    const ProblemsModel *problems = m_window->problemsModel();
    for (int i = 0; i < problems->rowCount(); ++i) {
        if (problems->issue(i).row == row && problems->issue(i).field == field)
            return i;
    }
    return -1;
}

// The issue's own case: a bad date typed through the view is flagged in the
// cell, in its tooltip, in the problems panel and in the status bar.
void TestMainWindow::typedBadDateIsFlagged()
{
    const int row = 2;
    typeIntoCell(row, Column::IssuedColumn, QStringLiteral("31.02.2026"));

    const QModelIndex cell = sourceIndex(row, Column::IssuedColumn);
    QCOMPARE(m_table->text(row, Field::IssuedDate), QStringLiteral("31.02.2026"));
    QCOMPARE(cell.data(CertificateTableModel::SeverityRole).toInt(), int(Severity::Error));
    const QStringList messages = cell.data(CertificateTableModel::MessagesRole).toStringList();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(QStringLiteral("\"31.02.2026\" is not a date")),
             qPrintable(messages.first()));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(messages.first()));
    // Enter committed and moved down, as in a spreadsheet.
    QCOMPARE(m_view->currentIndex(), viewIndex(row + 1, Column::IssuedColumn));

    // The panel follows.
    ProblemsModel *problems = m_window->problemsModel();
    QTRY_COMPARE(problems->rowCount(), 1);
    const Issue issue = problems->issue(0);
    QCOMPARE(issue.row, row);
    QCOMPARE(issue.field, Field::IssuedDate);
    QCOMPARE(issue.severity, Severity::Error);
    QCOMPARE(issue.message, messages.first());
    QCOMPARE(problems->index(0, ProblemsModel::MessageColumn).data().toString(), messages.first());
    QCOMPARE(problems->index(0, ProblemsModel::RowColumn).data().toInt(), row + 1);
    QVERIFY(m_window->statusSummary().contains(QStringLiteral("· 1 error")));
    QVERIFY(m_window->isModified());
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Test[*]")));
}

void TestMainWindow::typedDates_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("message");

    const int issued = Column::IssuedColumn;
    const int validUntil = Column::ValidUntilColumn;
    QTest::newRow("dots") << issued << "15.01.2021"
                          << "15.01.2021" << int(Severity::None) << "";
    QTest::newRow("slashes") << issued << "15/01/2021"
                             << "15.01.2021" << int(Severity::None) << "";
    QTest::newRow("iso") << issued << "2021-01-15"
                         << "15.01.2021" << int(Severity::None) << "";
    QTest::newRow("short day and month") << issued << "1.2.2021"
                                         << "01.02.2021" << int(Severity::None) << "";
    QTest::newRow("no such day") << issued << "31.02.2026"
                                 << "31.02.2026" << int(Severity::Error)
                                 << "is not a date in the calendar";
    QTest::newRow("two-digit year") << validUntil << "15.01.30"
                                    << "15.01.30" << int(Severity::Error) << "two-digit year";
    QTest::newRow("not a date") << issued << "soon"
                                << "soon" << int(Severity::Error) << "not understood";
    QTest::newRow("before issued")
            << validUntil << "01.01.2019"
            << "01.01.2019" << int(Severity::Error) << "after the expiry date";
    QTest::newRow("expired") << validUntil << "01.11.2026"
                             << "01.11.2026" << int(Severity::Warning) << "expired";
}

void TestMainWindow::typedDates()
{
    QFETCH(int, column);
    QFETCH(QString, typed);
    QFETCH(QString, shown);
    QFETCH(int, severity);
    QFETCH(QString, message);

    typeIntoCell(0, column, typed);
    const QModelIndex cell = sourceIndex(0, column);
    QCOMPARE(cell.data(CertificateTableModel::RawTextRole).toString(), typed);
    QCOMPARE(cell.data(Qt::DisplayRole).toString(), shown);
    QCOMPARE(cell.data(CertificateTableModel::SeverityRole).toInt(), severity);
    const QString messages =
            cell.data(CertificateTableModel::MessagesRole).toStringList().join(u'\n');
    if (message.isEmpty())
        QVERIFY2(messages.isEmpty(), qPrintable(messages));
    else
        QVERIFY2(messages.contains(message), qPrintable(messages));
}

void TestMainWindow::calendarPickWritesDate()
{
    const QModelIndex index = viewIndex(1, Column::ValidUntilColumn);
    m_view->selectCell(index);
    QTest::keyClick(m_view, Qt::Key_F2);
    auto *editor = qobject_cast<DateLineEdit *>(QApplication::focusWidget());
    QVERIFY2(editor, "the date columns edit in a DateLineEdit");
    editor->calendarAction()->trigger();
    QVERIFY(editor->isCalendarVisible());
    auto *calendar = editor->findChild<QCalendarWidget *>();
    QVERIFY(calendar);
    // The calendar opens on the cell's date.
    QCOMPARE(calendar->selectedDate(), QDate(2030, 1, 16));
    // The editor survives the focus moving into the popup.
    QVERIFY(m_view->isEditing());
    emit calendar->activated(QDate(2031, 3, 5));
    QCOMPARE(m_table->text(1, Field::ValidUntilDate), QStringLiteral("05.03.2031"));
    QVERIFY(!m_view->isEditing());
    QCOMPARE(m_window->undoStack()->count(), 1);
}

void TestMainWindow::activatingProblemSelectsCell_data()
{
    QTest::addColumn<bool>("byKeyboard");
    QTest::newRow("double-click") << false;
    QTest::newRow("enter") << true;
}

void TestMainWindow::activatingProblemSelectsCell()
{
    QFETCH(bool, byKeyboard);
    m_window->tableEditor()->setCell(3, Field::ValidUntilDate, QStringLiteral("31.02.2031"));
    m_window->tableEditor()->setCell(1, Field::EmployeeNumber, QStringLiteral("1002.0"));
    m_window->problemsModel()->refresh();
    m_view->selectCell(viewIndex(0, 0));

    QTableView *problemsView = m_window->problemsPanel()->view();
    const int problem = problemRowFor(3, Field::ValidUntilDate);
    QVERIFY(problem >= 0);
    const QModelIndex item = problemsView->model()->index(problem, ProblemsModel::MessageColumn);
    if (byKeyboard) {
        problemsView->setFocus();
        problemsView->setCurrentIndex(item);
        QTest::keyClick(problemsView, Qt::Key_Return);
    } else {
        const QPoint centre = problemsView->visualRect(item).center();
        QTest::mouseClick(problemsView->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(problemsView->viewport(), Qt::LeftButton, {}, centre);
    }
    QCOMPARE(m_view->currentIndex(), viewIndex(3, Column::ValidUntilColumn));
    QVERIFY(m_view->selectionModel()->isSelected(m_view->currentIndex()));
    QTRY_VERIFY(m_view->hasFocus());
}

void TestMainWindow::activatingFilteredOutProblemClearsFilter()
{
    m_window->tableEditor()->setCell(4, Field::IssuedDate, QStringLiteral("99.99.2020"));
    m_window->problemsModel()->refresh();
    m_window->filterBar()->searchEdit()->setText(QStringLiteral("1001"));
    m_window->filterBar()->applySearch();
    QCOMPARE(m_window->proxyModel()->rowCount(), 1);
    QVERIFY(!viewIndex(4, Column::IssuedColumn).isValid());

    ProblemsPanel *panel = m_window->problemsPanel();
    panel->selectProblem(problemRowFor(4, Field::IssuedDate));
    panel->activateCurrent();
    QCOMPARE(m_window->proxyModel()->rowCount(), 5);
    QVERIFY(m_window->filterBar()->searchEdit()->text().isEmpty());
    QCOMPARE(m_view->currentIndex(), viewIndex(4, Column::IssuedColumn));
}

void TestMainWindow::fixButtonAppliesQuickFix()
{
    m_window->tableEditor()->setCell(2, Field::EmployeeNumber, QStringLiteral("1003.0"));
    m_window->problemsModel()->refresh();
    ProblemsPanel *panel = m_window->problemsPanel();
    QVERIFY(!panel->fixButton()->isEnabled());
    panel->selectProblem(problemRowFor(2, Field::EmployeeNumber));
    QVERIFY(panel->fixButton()->isEnabled());
    QVERIFY(panel->fixButton()->text().contains(quickFixTitle(QuickFix::RemoveDecimalZero)));
    QTest::mouseClick(panel->fixButton(), Qt::LeftButton);
    QCOMPARE(m_table->text(2, Field::EmployeeNumber), QStringLiteral("1003"));
    QTRY_COMPARE(m_window->problemsModel()->rowCount(), 0);
    // One undo step brings the mistake back.
    m_window->undoStack()->undo();
    QCOMPARE(m_table->text(2, Field::EmployeeNumber), QStringLiteral("1003.0"));
}

void TestMainWindow::undoRestoresOldValue()
{
    typeIntoCell(1, Column::CertificateNumberColumn, QStringLiteral("XX-9"));
    QCOMPARE(m_table->text(1, Field::CertificateNumber), QStringLiteral("XX-9"));
    QVERIFY(m_window->isWindowModified());

    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_table->text(1, Field::CertificateNumber), QStringLiteral("BK-2"));
    QVERIFY(!m_window->isWindowModified());

    QTest::keyClick(m_view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_table->text(1, Field::CertificateNumber), QStringLiteral("XX-9"));
}

void TestMainWindow::paste_data()
{
    QTest::addColumn<QString>("clipboard");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("selectedRows"); // rows selected below the current cell, 1 = just it
    QTest::addColumn<int>("expectedRows");
    QTest::addColumn<QStringList>("expectedCertificateNumbers");

    QTest::newRow("3x2 at the last row appends two")
            << "X-1\t01.01.2020\r\nX-2\t02.01.2020\r\nX-3\t03.01.2020\r\n"
            << 4 << int(Column::CertificateNumberColumn) << 1 << 7
            << QStringList {u"BK-1"_s, u"BK-2"_s, u"KF-3"_s, u"T-4"_s,
                            u"X-1"_s,  u"X-2"_s,  u"X-3"_s};
    QTest::newRow("2x2 in the middle")
            << "Y-1\tA\nY-2\tB\n"
            << 1 << int(Column::CertificateNumberColumn) << 1 << 5
            << QStringList {u"BK-1"_s, u"Y-1"_s, u"Y-2"_s, u"T-4"_s, u"FS-5"_s};
    QTest::newRow("one value fills the selection")
            << "Z" << 1 << int(Column::CertificateNumberColumn) << 3 << 5
            << QStringList {u"BK-1"_s, u"Z"_s, u"Z"_s, u"Z"_s, u"FS-5"_s};
}

void TestMainWindow::paste()
{
    QFETCH(QString, clipboard);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(int, selectedRows);
    QFETCH(int, expectedRows);
    QFETCH(QStringList, expectedCertificateNumbers);

    QGuiApplication::clipboard()->setText(clipboard);
    m_view->selectCell(viewIndex(row, column));
    if (selectedRows > 1) {
        m_view->selectionModel()->select(
                QItemSelection(viewIndex(row, column), viewIndex(row + selectedRows - 1, column)),
                QItemSelectionModel::ClearAndSelect);
    }
    QTest::keyClick(m_view, Qt::Key_V, Qt::ControlModifier);

    QCOMPARE(m_table->rowCount(), expectedRows);
    QCOMPARE(columnTexts(m_table, Field::CertificateNumber), expectedCertificateNumbers);
    QCOMPARE(m_window->undoStack()->count(), 1);
    if (expectedRows > 5) {
        QCOMPARE(m_table->text(6, Field::IssuedDate), QStringLiteral("03.01.2020"));
        QCOMPARE(m_window->proxyModel()->rowCount(), expectedRows);
        QVERIFY(m_window->statusSummary().startsWith(QStringLiteral("7 row")));
    }
    // The whole paste is one undo step, appended rows included.
    QTest::keyClick(m_view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_table->rowCount(), 5);
    QCOMPARE(columnTexts(m_table, Field::CertificateNumber),
             (QStringList {u"BK-1"_s, u"BK-2"_s, u"KF-3"_s, u"T-4"_s, u"FS-5"_s}));
}

void TestMainWindow::copyPutsTsvOnClipboard()
{
    m_view->selectCell(viewIndex(1, Column::EmployeeNumberColumn));
    m_view->selectionModel()->select(QItemSelection(viewIndex(1, Column::EmployeeNumberColumn),
                                                    viewIndex(2, Column::CertificateTypeColumn)),
                                     QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(m_view, Qt::Key_C, Qt::ControlModifier);
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY2(text.startsWith(QStringLiteral("1002\tByggekort")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1003\tKranførerbevis")), qPrintable(text));
}

void TestMainWindow::deleteKeyClearsCells()
{
    m_view->selectCell(viewIndex(0, Column::NotesColumn));
    m_view->selectionModel()->select(QItemSelection(viewIndex(0, Column::CertificateNumberColumn),
                                                    viewIndex(1, Column::CertificateNumberColumn)),
                                     QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(m_view, Qt::Key_Delete);
    QCOMPARE(m_table->text(0, Field::CertificateNumber), QString());
    QCOMPARE(m_table->text(1, Field::CertificateNumber), QString());
    QCOMPARE(m_table->text(2, Field::CertificateNumber), QStringLiteral("KF-3"));
    QCOMPARE(m_window->undoStack()->count(), 1);
    m_window->undoStack()->undo();
    QCOMPARE(m_table->text(0, Field::CertificateNumber), QStringLiteral("BK-1"));
    QCOMPARE(m_table->text(1, Field::CertificateNumber), QStringLiteral("BK-2"));
}

void TestMainWindow::fillDown()
{
    m_view->selectCell(viewIndex(1, Column::CertificateTypeColumn));
    m_view->selectionModel()->select(QItemSelection(viewIndex(1, Column::CertificateTypeColumn),
                                                    viewIndex(3, Column::CertificateTypeColumn)),
                                     QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(m_view, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(columnTexts(m_table, Field::CertificateType),
             (QStringList {u"Byggekort"_s, u"Byggekort"_s, u"Byggekort"_s, u"Byggekort"_s,
                           u"Fallsikring"_s}));
    // A single cell takes the value above it, as Ctrl+D does in Excel.
    m_view->selectCell(viewIndex(4, Column::CertificateTypeColumn));
    QTest::keyClick(m_view, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(m_table->text(4, Field::CertificateType), QStringLiteral("Byggekort"));
}

void TestMainWindow::keyboardMoves_data()
{
    QTest::addColumn<bool>("editing");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<int>("rowStep");
    QTest::addColumn<int>("columnStep");

    const int none = Qt::NoModifier;
    const int shift = Qt::ShiftModifier;
    for (bool editing : {false, true}) {
        const char *prefix = editing ? "editing" : "not editing";
        QTest::addRow("%s, Enter", prefix) << editing << int(Qt::Key_Return) << none << 1 << 0;
        QTest::addRow("%s, Shift+Enter", prefix)
                << editing << int(Qt::Key_Return) << shift << -1 << 0;
        QTest::addRow("%s, Tab", prefix) << editing << int(Qt::Key_Tab) << none << 0 << 1;
        QTest::addRow("%s, Shift+Tab", prefix)
                << editing << int(Qt::Key_Backtab) << shift << 0 << -1;
    }
}

void TestMainWindow::keyboardMoves()
{
    QFETCH(bool, editing);
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(int, rowStep);
    QFETCH(int, columnStep);

    const int row = 2;
    const int column = Column::CertificateNumberColumn;
    if (editing) {
        typeIntoCell(row, column, QStringLiteral("NEW-1"), Qt::Key(key),
                     Qt::KeyboardModifiers(modifiers));
        QCOMPARE(m_table->text(row, Field::CertificateNumber), QStringLiteral("NEW-1"));
    } else {
        m_view->selectCell(viewIndex(row, column));
        QTest::keyClick(m_view, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QVERIFY(!m_view->isEditing());
    }
    QCOMPARE(m_view->currentIndex(), viewIndex(row + rowStep, column + columnStep));
}

// While a cell is being edited, Delete, Ctrl+C and the like belong to the text.
void TestMainWindow::editorKeepsItsOwnKeys()
{
    m_view->selectCell(viewIndex(0, Column::NotesColumn));
    QTest::keyClick(m_view, 'A');
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClicks(editor, u"BC"_s);
    QTest::keyClick(editor, Qt::Key_Home);
    QTest::keyClick(editor, Qt::Key_Delete);
    QCOMPARE(editor->text(), u"BC"_s);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"BC"_s);
    QVERIFY(m_view->isEditing());
    QCOMPARE(m_window->undoStack()->count(), 0);
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(!m_view->isEditing());
    QCOMPARE(m_table->text(0, Field::Notes), QString());
}

// An ambiguous shortcut does nothing at all: no two actions may share one.
void TestMainWindow::shortcutsAreUnique()
{
    QHash<QKeySequence, QString> owners;
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        for (const QKeySequence &shortcut : action->shortcuts()) {
            const QString owner = owners.value(shortcut);
            QVERIFY2(owner.isEmpty(),
                     qPrintable(shortcut.toString() + u" is used by "_s + owner + u" and "_s
                                + action->objectName()));
            owners.insert(shortcut, action->objectName());
        }
    }
    QVERIFY(owners.contains(QKeySequence(Qt::Key_F8)));
    QVERIFY(owners.contains(QKeySequence(Qt::CTRL | Qt::Key_D)));
}

void TestMainWindow::nextAndPreviousProblem()
{
    m_window->tableEditor()->setCell(1, Field::IssuedDate, QStringLiteral("31.02.2020"));
    m_window->tableEditor()->setCell(3, Field::EmployeeNumber, QString());
    m_view->selectCell(viewIndex(0, 0));

    QTest::keyClick(m_view, Qt::Key_F8);
    QCOMPARE(m_view->currentIndex(), viewIndex(1, Column::IssuedColumn));
    QTest::keyClick(m_view, Qt::Key_F8);
    QCOMPARE(m_view->currentIndex(), viewIndex(3, Column::EmployeeNumberColumn));
    // Wraps around to the first.
    QTest::keyClick(m_view, Qt::Key_F8);
    QCOMPARE(m_view->currentIndex(), viewIndex(1, Column::IssuedColumn));
    QTest::keyClick(m_view, Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(m_view->currentIndex(), viewIndex(3, Column::EmployeeNumberColumn));

    // In view order: sorted by employee number descending, row 3 comes first.
    m_view->sortByColumn(Column::EmployeeNumberColumn, Qt::DescendingOrder);
    m_view->selectCell(m_window->proxyModel()->index(0, 0));
    QTest::keyClick(m_view, Qt::Key_F8);
    QCOMPARE(m_view->currentIndex(), viewIndex(1, Column::IssuedColumn));
}

void TestMainWindow::statusBarCounts()
{
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("countsLabel"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), m_window->statusSummary());
    QVERIFY2(m_window->statusSummary().startsWith(QStringLiteral("5 row")),
             qPrintable(m_window->statusSummary()));
    QVERIFY(m_window->statusSummary().contains(QStringLiteral("· 0 error")));

    m_window->tableEditor()->setCell(0, Field::CertificateType, QString()); // error
    m_window->tableEditor()->setCell(1, Field::EmployeeNumber, QStringLiteral(" 1002")); // warning
    m_window->tableEditor()->setCell(2, Field::ValidUntilDate, QStringLiteral("01.12.2026"));
    const QString text = label->text();
    QVERIFY2(text.contains(QStringLiteral("5 row")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("· 1 error")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("· 2 warning")), qPrintable(text));

    auto *source = m_window->findChild<QLabel *>(QStringLiteral("sourceLabel"));
    QVERIFY(source);
    QVERIFY(!source->text().isEmpty());
}

void TestMainWindow::onlyProblemsFilter()
{
    m_window->tableEditor()->setCell(2, Field::IssuedDate, QStringLiteral("x"));
    auto *action = m_window->findChild<QAction *>(QStringLiteral("onlyProblemsAction"));
    QVERIFY(action);
    action->trigger();
    QVERIFY(m_window->filterBar()->onlyProblemsBox()->isChecked());
    QCOMPARE(m_window->proxyModel()->rowCount(), 1);
    QVERIFY(m_window->statusSummary().contains(QStringLiteral("1 shown")));
    m_window->filterBar()->onlyProblemsBox()->setChecked(false);
    QVERIFY(!action->isChecked());
    QCOMPARE(m_window->proxyModel()->rowCount(), 5);
}

void TestMainWindow::currentCellFollowsSortAndFilter()
{
    using Cell = CertificateTableView::Cell;
    const int type = Column::CertificateTypeColumn;
    m_view->selectCell(viewIndex(3, type)); // 1004
    m_view->selectionModel()->select(viewIndex(4, type), QItemSelectionModel::Select); // 1005
    // Sorting and filtering reset the rows; the current cell and the
    // selection stay on their rows wherever those go.
    m_view->sortByColumn(Column::EmployeeNumberColumn, Qt::DescendingOrder);
    QCOMPARE(m_view->currentCell(), (Cell {3, type}));
    QCOMPARE(m_view->currentIndex().row(), 1);
    QCOMPARE(m_view->selectedSourceRows(), (QList<int> {4, 3}));
    m_window->filterBar()->searchEdit()->setText(u"T-4"_s);
    m_window->filterBar()->applySearch();
    QCOMPARE(m_window->proxyModel()->rowCount(), 1);
    QCOMPARE(m_view->currentCell(), (Cell {3, type}));
    QCOMPARE(m_view->selectedSourceRows(), QList<int> {3});
    // Filtered out: no current cell, as before.
    m_window->filterBar()->searchEdit()->setText(u"BK-"_s);
    m_window->filterBar()->applySearch();
    QCOMPARE(m_view->currentCell().first, -1);
    m_view->selectAll();
    m_window->filterBar()->clearFilters();
    QCOMPARE(m_window->proxyModel()->rowCount(), 5);
    // Everything selected stays everything.
    QCOMPARE(m_view->selectedSourceRows().size(), 5);
}

void TestMainWindow::insertAndDeleteRows()
{
    m_view->selectCell(viewIndex(1, 0));
    m_window->findChild<QAction *>(QStringLiteral("insertBelowAction"))->trigger();
    QCOMPARE(m_table->rowCount(), 6);
    QCOMPARE(m_table->text(2, Field::EmployeeNumber), QString());
    QCOMPARE(m_view->currentCell().first, 2);
    m_window->findChild<QAction *>(QStringLiteral("insertAboveAction"))->trigger();
    QCOMPARE(m_table->rowCount(), 7);
    QCOMPARE(m_table->text(1, Field::EmployeeNumber), QStringLiteral("1002"));

    m_view->selectionModel()->select(QItemSelection(viewIndex(2, 0), viewIndex(3, 0)),
                                     QItemSelectionModel::ClearAndSelect);
    m_window->findChild<QAction *>(QStringLiteral("deleteRowsAction"))->trigger();
    QCOMPARE(m_table->rowCount(), 5);
    QCOMPARE(columnTexts(m_table, Field::EmployeeNumber),
             (QStringList {u"1001"_s, u"1002"_s, u"1003"_s, u"1004"_s, u"1005"_s}));
    m_window->undoStack()->undo();
    QCOMPARE(m_table->rowCount(), 7);
}

void TestMainWindow::replaceAll_data()
{
    QTest::addColumn<bool>("selectionOnly");
    QTest::addColumn<bool>("wholeCell");
    QTest::addColumn<int>("expectedCount");
    QTest::addColumn<QStringList>("expectedTypes");

    QTest::newRow("everywhere") << false << false << 2
                                << QStringList {u"Byggekort AS"_s, u"Byggekort AS"_s,
                                                u"Kranførerbevis"_s, u"Truckførerbevis"_s,
                                                u"Fallsikring"_s};
    QTest::newRow("in selection") << true << false << 1
                                  << QStringList {u"Byggekort"_s, u"Byggekort AS"_s,
                                                  u"Kranførerbevis"_s, u"Truckførerbevis"_s,
                                                  u"Fallsikring"_s};
    QTest::newRow("whole cell only")
            << false << true << 2
            << QStringList {u"Byggekort AS"_s, u"Byggekort AS"_s, u"Kranførerbevis"_s,
                            u"Truckførerbevis"_s, u"Fallsikring"_s};
}

void TestMainWindow::replaceAll()
{
    QFETCH(bool, selectionOnly);
    QFETCH(bool, wholeCell);
    QFETCH(int, expectedCount);
    QFETCH(QStringList, expectedTypes);

    m_view->selectCell(viewIndex(1, Column::CertificateTypeColumn));
    m_view->selectionModel()->select(QItemSelection(viewIndex(1, Column::CertificateTypeColumn),
                                                    viewIndex(2, Column::CertificateTypeColumn)),
                                     QItemSelectionModel::ClearAndSelect);
    m_window->findChild<QAction *>(QStringLiteral("replaceAction"))->trigger();
    FindReplaceDialog *dialog = m_window->findReplaceDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    dialog->setFindText(QStringLiteral("Byggekort"));
    dialog->setReplaceText(QStringLiteral("Byggekort AS"));
    dialog->setWholeCell(wholeCell);
    dialog->setSelectionOnly(selectionOnly);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("replaceAllButton")),
                      Qt::LeftButton);
    QCOMPARE(columnTexts(m_table, Field::CertificateType), expectedTypes);
    QVERIFY2(dialog->resultText().startsWith(QString::number(expectedCount)
                                             + QStringLiteral(" cell")),
             qPrintable(dialog->resultText()));
    QCOMPARE(m_window->undoStack()->count(), 1);
    m_window->undoStack()->undo();
    QCOMPARE(columnTexts(m_table, Field::CertificateType),
             (QStringList {u"Byggekort"_s, u"Byggekort"_s, u"Kranførerbevis"_s,
                           u"Truckførerbevis"_s, u"Fallsikring"_s}));
    dialog->close();
}

void TestMainWindow::findNextWraps()
{
    m_window->findChild<QAction *>(QStringLiteral("findAction"))->trigger();
    FindReplaceDialog *dialog = m_window->findReplaceDialog();
    QVERIFY(dialog);
    dialog->setSelectionOnly(false);
    dialog->setFindText(QStringLiteral("bevis"));
    m_view->selectCell(viewIndex(0, 0));
    auto *next = dialog->findChild<QPushButton *>(QStringLiteral("findNextButton"));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_view->currentIndex(), viewIndex(2, Column::CertificateTypeColumn));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_view->currentIndex(), viewIndex(3, Column::CertificateTypeColumn));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_view->currentIndex(), viewIndex(2, Column::CertificateTypeColumn));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("findPreviousButton")),
                      Qt::LeftButton);
    QCOMPARE(m_view->currentIndex(), viewIndex(3, Column::CertificateTypeColumn));

    dialog->setFindText(QStringLiteral("nowhere"));
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(dialog->resultText().contains(QStringLiteral("not found")));
    dialog->close();
}

void TestMainWindow::saveAndReopen()
{
    const QString path = m_dir.filePath(QStringLiteral("saved.ditiocerts"));
    QFile::remove(path);
    typeIntoCell(0, Column::NotesColumn, QStringLiteral("Checked"));
    QVERIFY(m_window->isModified());

    // Untitled: Save asks for a name.
    QSignalSpy saved(m_window.get(), &MainWindow::saveFinished);
    Dialogs::setNextFileName(m_dir.filePath(QStringLiteral("saved"))); // suffix added
    QVERIFY(m_window->save());
    QVERIFY(m_window->isBusy());
    QVERIFY(saved.wait());
    QCOMPARE(saved.first().first().toBool(), true);
    QVERIFY(!m_window->isModified());
    QCOMPARE(m_window->filePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("saved.ditiocerts[*]")));
    QVERIFY(m_window->settings()->recentFiles().contains(QFileInfo(path).absoluteFilePath()));
    QCOMPARE(Dialogs::queuedAnswerCount(), 0);

    // Save again: no question, same file.
    typeIntoCell(1, Column::NotesColumn, QStringLiteral("Also checked"));
    QVERIFY(m_window->save());
    QVERIFY(saved.wait());
    QVERIFY(!m_window->isModified());

    // Edit, then open the saved file: Discard the edit.
    typeIntoCell(2, Column::NotesColumn, QStringLiteral("Not kept"));
    QSignalSpy opened(m_window.get(), &MainWindow::openFinished);
    Dialogs::setNextAnswer(Dialogs::Discard);
    m_window->openFile(path);
    QVERIFY(opened.wait());
    QCOMPARE(opened.first().first().toBool(), true);
    QCOMPARE(m_table->rowCount(), 5);
    QCOMPARE(m_table->text(0, Field::Notes), QStringLiteral("Checked"));
    QCOMPARE(m_table->text(1, Field::Notes), QStringLiteral("Also checked"));
    QCOMPARE(m_table->text(2, Field::Notes), QString());
    QVERIFY(!m_window->isModified());
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void TestMainWindow::saveRefusesFileChangedOnDisk()
{
    const QString path = m_dir.filePath(QStringLiteral("changed.ditiocerts"));
    QFile::remove(path);
    QSignalSpy saved(m_window.get(), &MainWindow::saveFinished);
    Dialogs::setNextFileName(path);
    QVERIFY(m_window->save());
    QVERIFY(saved.wait());

    // Another program writes the file.
    WorkDocument other = cleanDocument();
    other.rows.removeLast();
    QVERIFY(WorkFile::write(path, other).ok());

    typeIntoCell(0, Column::NotesColumn, QStringLiteral("Mine"));
    saved.clear();
    Dialogs::setNextAnswer(Dialogs::Cancel);
    QVERIFY(m_window->save());
    QVERIFY(saved.wait());
    QCOMPARE(saved.first().first().toBool(), false);
    QVERIFY(Dialogs::lastQuestion().contains(QStringLiteral("changed by another program")));
    QVERIFY(m_window->isModified());
    QVERIFY(m_window->messageBar()->isVisible());
    QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("changed.ditiocerts")));
    QCOMPARE(WorkFile::read(path).document.rows.size(), 4); // untouched

    saved.clear();
    Dialogs::setNextAnswer(Dialogs::Overwrite);
    QVERIFY(m_window->save());
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().toBool(), true);
    QVERIFY(!m_window->isModified());
    const WorkFile::ReadResult read = WorkFile::read(path);
    QCOMPARE(read.document.rows.size(), 5);
    QCOMPARE(read.document.rows.first().text(Field::Notes), QStringLiteral("Mine"));
}

void TestMainWindow::saveOnAFullDiskKeepsTheOldFile()
{
#ifndef Q_OS_LINUX
    QSKIP("A full disk is made with setrlimit(RLIMIT_FSIZE), on Linux only.");
#else
    const auto readAll = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<cannot read>");
    };
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("site.ditiocerts"));
    QSignalSpy saved(m_window.get(), &MainWindow::saveFinished);
    Dialogs::setNextFileName(path);
    QVERIFY(m_window->save());
    QVERIFY(saved.wait());
    QCOMPARE(saved.first().first().toBool(), true);
    const QByteArray oldBytes = readAll(path);

    typeIntoCell(0, Column::NotesColumn, QStringLiteral("Not on disk yet"));
    QVERIFY(m_window->isModified());
    saved.clear();
    bool started = false;
    bool finished = false;
    {
        // The disk takes 100 bytes more, then it is full: Save as the user clicks it.
        DitioTest::FileSizeLimit full(100);
        QVERIFY(full.isActive());
        started = m_window->save();
        finished = saved.wait();
    }
    QVERIFY(started);
    QVERIFY(finished);
    QCOMPARE(saved.first().first().toBool(), false);

    // The message names the file and the reason, and says nothing was lost.
    QVERIFY(m_window->messageBar()->isVisible());
    QCOMPARE(m_window->messageBar()->type(), MessageBar::Type::Error);
    QCOMPARE(m_window->messageBar()->text(),
             QDir::toNativeSeparators(path)
                     + QStringLiteral(" could not be saved: File too large\nYour changes are still "
                                      "in the table; nothing was overwritten."));
    // Still unsaved, in the title too ("[*]" shows as "*"), and the edit still in the table.
    QVERIFY(m_window->isModified());
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("site.ditiocerts[*] — Ditio Certificates"));
    QCOMPARE(m_table->text(0, Field::Notes), QStringLiteral("Not on disk yet"));
    QCOMPARE(m_window->filePath(), QFileInfo(path).absoluteFilePath());
    // The file on disk is the one saved before, byte for byte, and alone in its folder.
    QCOMPARE(readAll(path), oldBytes);
    QCOMPARE(QDir(dir.path())
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                | QDir::NoDotAndDotDot),
             QStringList {QStringLiteral("site.ditiocerts")});

    // Room again: Save works, with no question about the file having changed.
    saved.clear();
    QVERIFY(m_window->save());
    QVERIFY(saved.wait());
    QCOMPARE(saved.first().first().toBool(), true);
    QVERIFY(!m_window->isModified());
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(!m_window->messageBar()->isVisible());
    const WorkFile::ReadResult read = WorkFile::read(path);
    QVERIFY2(read.ok, qPrintable(read.errorString));
    QCOMPARE(read.document.rows.first().text(Field::Notes), QStringLiteral("Not on disk yet"));
#endif
}

void TestMainWindow::openBadFileShowsMessage()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.ditiocerts"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"format\": \"ditio-certificates\", \"version\": 1, \"rows\": [");
    file.close();

    QSignalSpy opened(m_window.get(), &MainWindow::openFinished);
    m_window->openFile(path);
    QVERIFY(opened.wait());
    QCOMPARE(opened.first().first().toBool(), false);
    QVERIFY(m_window->messageBar()->isVisible());
    QCOMPARE(m_window->messageBar()->type(), MessageBar::Type::Error);
    QVERIFY2(m_window->messageBar()->text().contains(QStringLiteral("broken.ditiocerts")),
             qPrintable(m_window->messageBar()->text()));
    // The table is what it was.
    QCOMPARE(m_table->rowCount(), 5);
    QVERIFY(m_view->isEnabled());
}

void TestMainWindow::openNamesUnusedColumns()
{
    // Opened without the import dialog (nothing to ask): the columns that
    // gave no field are named, since no dialog listed them.
    const QString path = m_dir.filePath(QStringLiteral("kompetanse.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("Emp. no.;Navn;Sertifikat;Gyldig fra (dd.mm.\xe5\xe5\xe5\xe5);"
               "Gyldig til (dd.mm.\xe5\xe5\xe5\xe5);Avdeling\n"
               "1042;Ola Hansen;Byggekort;15.01.2025;15.01.2030;Nord\n");
    file.close();

    QSignalSpy opened(m_window.get(), &MainWindow::openFinished);
    m_window->openFile(path);
    QVERIFY(opened.wait());
    QCOMPARE(opened.first().first().toBool(), true);
    QCOMPARE(m_table->rowCount(), 1);
    QCOMPARE(m_table->text(0, Field::ValidUntilDate), QStringLiteral("15.01.2030"));
    QVERIFY(m_window->messageBar()->isVisible());
    QCOMPARE(m_window->messageBar()->type(), MessageBar::Type::Information);
    QCOMPARE(m_window->messageBar()->text(),
             QStringLiteral("Not imported, as no certificate field: column 2 (\u201cNavn\u201d), "
                            "column 6 (\u201cAvdeling\u201d). To import one, use File > Import."));
}

void TestMainWindow::closeAsksAboutUnsavedChanges_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("closes");
    QTest::newRow("cancel") << int(Dialogs::Cancel) << false;
    QTest::newRow("discard") << int(Dialogs::Discard) << true;
}

void TestMainWindow::closeAsksAboutUnsavedChanges()
{
    QFETCH(int, answer);
    QFETCH(bool, closes);

    // Nothing changed: no question.
    QVERIFY(!m_window->isModified());
    typeIntoCell(0, Column::NotesColumn, QStringLiteral("Unsaved"));
    Dialogs::setNextAnswer(Dialogs::Answer(answer));
    QCOMPARE(m_window->close(), closes);
    QCOMPARE(Dialogs::queuedAnswerCount(), 0);
    QVERIFY(Dialogs::lastQuestion().contains(QStringLiteral("Test")));
    QCOMPARE(m_window->isVisible(), !closes);
}

void TestMainWindow::csvOpensAsUntitled()
{
    QSignalSpy opened(m_window.get(), &MainWindow::openFinished);
    m_window->openFile(QStringLiteral(DITIO_SAMPLE_CSV));
    QVERIFY(opened.wait());
    QCOMPARE(opened.first().first().toBool(), true);
    QCOMPARE(m_table->rowCount(), 15);
    QVERIFY(m_window->filePath().isEmpty());
    QCOMPARE(m_window->sourcePath(),
             QFileInfo(QStringLiteral(DITIO_SAMPLE_CSV)).absoluteFilePath());
    QVERIFY(!m_window->isModified());
    QVERIFY(m_table->errorCount() > 0);
    QTRY_VERIFY(m_window->problemsModel()->rowCount() > 0);

    // Save asks for a work file name next to the CSV, never writes the CSV.
    Dialogs::setNextFileName(QString()); // cancelled
    QVERIFY(!m_window->save());
    QCOMPARE(Dialogs::lastQuestion(), QStringLiteral("Save Work File"));
}

void TestMainWindow::recoveryIsOffered()
{
    // A session that died left its recovery file behind (no live lock).
    const QString folder = m_dir.filePath(QStringLiteral("recovery"));
    QVERIFY(QDir().mkpath(folder));
    WorkDocument lost = cleanDocument();
    lost.rows[2].setText(Field::Notes, QStringLiteral("typed before the crash"));
    lost.documentPath = m_dir.filePath(QStringLiteral("lost.ditiocerts"));
    const QString orphan = folder + QStringLiteral("/crashed.ditiocerts-recovery");
    QVERIFY(WorkFile::write(orphan, lost).ok());

    Dialogs::setNextAnswer(Dialogs::Restore);
    QVERIFY(m_window->offerRecovery());
    QVERIFY(Dialogs::lastQuestion().startsWith(QStringLiteral("Restore unsaved work from")));
    QCOMPARE(m_table->rowCount(), 5);
    QCOMPARE(m_table->text(2, Field::Notes), QStringLiteral("typed before the crash"));
    QVERIFY(m_window->isModified());
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(m_window->filePath(), QFileInfo(lost.documentPath).absoluteFilePath());
    QVERIFY(!QFile::exists(orphan));

    // Declined: the file goes, nothing is loaded.
    QVERIFY(WorkFile::write(orphan, lost).ok());
    Dialogs::setNextAnswer(Dialogs::Discard);
    QVERIFY(!m_window->offerRecovery());
    QVERIFY(!QFile::exists(orphan));
}

void TestMainWindow::firstStartShowsSample()
{
    cleanup();
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
    m_window = makeWindow();
    m_window->show();
    m_window->start();
    QCOMPARE(m_window->tableModel()->rowCount(), 15);
    QVERIFY(m_window->tableModel()->errorCount() > 0);
    QVERIFY(!m_window->isModified());
    QVERIFY(m_window->filePath().isEmpty());
    QVERIFY(m_window->settings()->sampleShown());

    // The next start is an empty table.
    cleanup();
    m_window = makeWindow();
    m_window->show();
    m_window->start();
    QCOMPARE(m_window->tableModel()->rowCount(), 1);
    QVERIFY(m_window->tableModel()->row(0).isBlank());
}

void TestMainWindow::settingsRemembered()
{
    m_view->setColumnWidth(Column::NotesColumn, 333);
    m_window->resize(1111, 777);
    QVERIFY(m_window->close());
    m_window.reset();

    m_window = makeWindow();
    m_view = m_window->tableView();
    QCOMPARE(m_view->columnWidth(Column::NotesColumn), 333);
    QCOMPARE(m_window->size(), QSize(1111, 777));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
