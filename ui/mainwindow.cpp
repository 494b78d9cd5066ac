#include "mainwindow.h"

#include "certificatetableview.h"
#include "dialogs.h"
#include "documentcontroller.h"
#include "exportcontroller.h"
#include "filterbar.h"
#include "findreplacecontroller.h"
#include "import/importcontroller.h"
#include "import/importdialog.h" // ImportController::isBusy() needs it whole
#include "messagebar.h"
#include "model/certificatefilterproxymodel.h"
#include "model/certificatetableeditor.h"
#include "model/certificatetablemodel.h"
#include "model/problemsmodel.h"
#include "problemspanel.h"
#include "session/autosaver.h"
#include "session/document.h"
#include "upload/environmentbanner.h"
#include "upload/uploadcontroller.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Ditio {

namespace {

QIcon themeIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<AppSettings> settings, const QString &recoveryFolder,
                       QWidget *parent)
    : QMainWindow(parent),
      m_settings(settings ? std::move(settings) : std::make_unique<AppSettings>()),
      m_document(new Document(recoveryFolder, this)),
      m_proxy(new CertificateFilterProxyModel(this)),
      m_editor(std::make_unique<CertificateTableEditor>(m_document->model(),
                                                        m_document->undoStack())),
      m_problems(new ProblemsModel(m_document->model(), this)),
      m_view(new CertificateTableView(this)),
      m_filterBar(new FilterBar(m_proxy, this)),
      m_messageBar(new MessageBar(this)),
      m_problemsPanel(new ProblemsPanel(m_problems, this)),
      m_problemsDock(new QDockWidget(tr("Problems"), this)),
      m_sourceLabel(new QLabel(this)),
      m_countsLabel(new QLabel(this)),
      m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_proxy->setSourceModel(m_document->model());
    m_view->setTable(m_proxy, m_document->model(), m_editor.get());

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *messageHolder = new QVBoxLayout;
    messageHolder->setContentsMargins(6, 6, 6, 0);
    messageHolder->addWidget(m_messageBar);
    layout->addLayout(messageHolder);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);

    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problemsPanel);
    m_problemsDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea
                                    | Qt::LeftDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);

    m_find = new FindReplaceController(m_view, m_editor.get(), m_filterBar, this);
    createActions();
    createControllers();
    layout->insertWidget(0, m_upload->banner());
    createMenus();
    createToolBar();
    createStatusBar();
    connectDocument();

    CertificateTableModel *table = m_document->model();
    connect(table, &CertificateTableModel::validationChanged, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCounts);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::updateCounts);
    connect(m_filterBar, &FilterBar::onlyProblemsChanged, m_onlyProblemsAction,
            &QAction::setChecked);
    connect(m_view, &CertificateTableView::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateEditActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateEditActions);
    connect(m_problemsPanel, &ProblemsPanel::issueActivated, this, &MainWindow::goToIssue);
    connect(m_problems, &QAbstractItemModel::modelReset, this, [this] {
        const int count = m_problems->rowCount();
        m_problemsDock->setWindowTitle(count == 0 ? tr("Problems")
                                                  : tr("Problems (%1)").arg(count));
        // The dock renames its menu action after its title; keep the menu's words.
        m_problemsDock->toggleViewAction()->setText(tr("&Problems Panel"));
    });
    connect(m_problemsPanel, &ProblemsPanel::quickFixRequested, this, &MainWindow::applyQuickFix);

    restoreSettings();
    m_upload->updateEmployeeColumn(); // the saved header state may show it
    m_document->load(WorkDocument()); // no rows at all until start() or a caller loads some
}

MainWindow::~MainWindow()
{
    // A run still going ends now, its rows in flight Unconfirmed, while the table exists.
    m_upload->disconnect(this);
    delete m_upload;
    m_upload = nullptr;
    // The children outlive this part of the object and signal while they go
    // (the undo stack's clear() says cleanChanged): nothing may reach us then.
    for (QObject *sender : std::initializer_list<QObject *> {
                 m_document, m_documents, m_document->undoStack(), m_document->model(), m_proxy,
                 m_problems, m_view, m_view->selectionModel(), m_filterBar, m_problemsPanel,
                 m_document->autosaver()})
        sender->disconnect(this);
    m_document->waitForIdle();
    m_export->waitForIdle();
    m_import->disconnect(this);
    m_import->disconnect(m_documents);
    m_import->waitForIdle();
}

// The parts of the window that are more than widgets: the document, export, import
// and upload. None of them knows the window; they get the parts they work on.
void MainWindow::createControllers()
{
    CertificateTableModel *table = m_document->model();
    m_export = new ExportController(
            table, m_settings.get(),
            [table](const RowStore &rows) {
                // Built on the export's worker thread, judged like the window's table.
                auto model = std::make_unique<CertificateTableModel>();
                model->setClock(table->clock());
                model->setRows(rows);
                return model;
            },
            this);
    connect(m_export, &ExportController::finished, this, [this](bool ok, const QString &message) {
        if (ok)
            statusBar()->showMessage(message, 8000);
        else
            m_messageBar->showMessage(message, MessageBar::Type::Error);
    });
    m_import = new ImportController(table, m_document->undoStack(), m_settings.get(), m_messageBar,
                                    this);
    m_documents = new DocumentController(m_document, m_import, m_view, m_messageBar,
                                         m_settings.get(), this);
    connect(m_documents, &DocumentController::busyChanged, this, &MainWindow::showBusy);
    connect(m_documents, &DocumentController::statusMessage, this,
            [this](const QString &text, int timeout) { statusBar()->showMessage(text, timeout); });
    connect(m_documents, &DocumentController::openFinished, this, &MainWindow::openFinished);
    connect(m_documents, &DocumentController::saveFinished, this, &MainWindow::saveFinished);

    // Connecting to Ditio, the register check and the upload runs.
    m_upload = new UploadController(m_document, m_view, m_messageBar, m_settings->backend(), this);
    connect(m_upload, &UploadController::busyChanged, this, [this](bool busy) {
        // A run writes into this document's rows: no other document until it ends.
        m_documents->setLocked(busy);
        m_importAction->setEnabled(!busy && !m_documents->isBusy());
    });
    connect(m_upload, &UploadController::statusMessage, this,
            [this](const QString &text, int timeout) {
                if (text.isEmpty())
                    statusBar()->clearMessage();
                else
                    statusBar()->showMessage(text, timeout);
            });
    connect(m_upload, &UploadController::showRowsRequested, this, [this](UploadState state) {
        QComboBox *combo = m_filterBar->statusCombo();
        combo->setCurrentIndex(combo->findData(int(state)));
    });
}

void MainWindow::createActions()
{
    const auto make = [this](const QString &text, const QString &name,
                             const QList<QKeySequence> &shortcuts = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcuts(shortcuts);
        return action;
    };
    // Every binding of a standard key (Undo is Ctrl+Z and F14 on X11); some
    // platforms have none for Replace, so it gets the usual keys.
    const auto standard = [](QKeySequence::StandardKey key, const QKeySequence &fallback = {}) {
        QList<QKeySequence> bindings = QKeySequence::keyBindings(key);
        if (bindings.isEmpty() && !fallback.isEmpty())
            bindings.append(fallback);
        return bindings;
    };
    // Edit actions work on the table: their shortcuts only while it has the
    // focus, so Ctrl+C in the search field still copies its text.
    const auto tableAction = [this](QAction *action) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
        return action;
    };

    m_importAction = make(tr("&Import…"), QStringLiteral("importAction"),
                          {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)});
    m_importAction->setIcon(QIcon::fromTheme(QStringLiteral("document-import")));
    m_importAction->setStatusTip(
            tr("Import certificates from a CSV file, an Excel workbook or an OpenDocument "
               "spreadsheet"));
    connect(m_importAction, &QAction::triggered, this, [this] {
        if (!m_documents->isBusy())
            m_import->chooseAndImport();
    });

    m_quitAction = make(tr("&Quit"), QStringLiteral("quitAction"), standard(QKeySequence::Quit));
    m_quitAction->setIcon(
            themeIcon(QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_undoAction->setIcon(themeIcon(QStringLiteral("edit-undo"), QStyle::SP_ArrowBack));
    m_redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts(standard(QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)));
    m_redoAction->setIcon(themeIcon(QStringLiteral("edit-redo"), QStyle::SP_ArrowForward));

    m_cutAction =
            tableAction(make(tr("Cu&t"), QStringLiteral("cutAction"), standard(QKeySequence::Cut)));
    m_cutAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-cut")));
    connect(m_cutAction, &QAction::triggered, m_view, &CertificateTableView::cutSelection);
    m_copyAction = tableAction(
            make(tr("&Copy"), QStringLiteral("copyAction"), standard(QKeySequence::Copy)));
    m_copyAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    connect(m_copyAction, &QAction::triggered, m_view, &CertificateTableView::copySelection);
    m_pasteAction = tableAction(
            make(tr("&Paste"), QStringLiteral("pasteAction"), standard(QKeySequence::Paste)));
    m_pasteAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-paste")));
    m_pasteAction->setStatusTip(
            tr("Paste cells copied from Excel, LibreOffice or this table; extra rows are added"));
    connect(m_pasteAction, &QAction::triggered, m_view, &CertificateTableView::paste);
    m_deleteContentsAction =
            tableAction(make(tr("&Delete Contents"), QStringLiteral("deleteContentsAction"),
                             {QKeySequence(Qt::Key_Delete)}));
    // Not QKeySequence::Delete: on X11 that is Ctrl+D too, which is Fill Down.
    m_deleteContentsAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear")));
    connect(m_deleteContentsAction, &QAction::triggered, m_view,
            &CertificateTableView::deleteContents);

    m_insertAboveAction =
            tableAction(make(tr("Insert Row(s) &Above"), QStringLiteral("insertAboveAction"),
                             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)}));
    connect(m_insertAboveAction, &QAction::triggered, m_view,
            &CertificateTableView::insertRowsAbove);
    m_insertBelowAction =
            tableAction(make(tr("&Insert Row(s) Below"), QStringLiteral("insertBelowAction"),
                             {QKeySequence(Qt::CTRL | Qt::Key_I)}));
    m_insertBelowAction->setIcon(
            themeIcon(QStringLiteral("list-add"), QStyle::SP_FileDialogNewFolder));
    m_insertBelowAction->setIconText(tr("Add Row"));
    connect(m_insertBelowAction, &QAction::triggered, m_view,
            &CertificateTableView::insertRowsBelow);
    m_deleteRowsAction = tableAction(make(tr("Delete &Row(s)"), QStringLiteral("deleteRowsAction"),
                                          {QKeySequence(Qt::CTRL | Qt::Key_Minus)}));
    m_deleteRowsAction->setIcon(themeIcon(QStringLiteral("list-remove"), QStyle::SP_TrashIcon));
    m_deleteRowsAction->setIconText(tr("Delete Rows"));
    connect(m_deleteRowsAction, &QAction::triggered, m_view, &CertificateTableView::deleteRows);
    m_fillDownAction = tableAction(make(tr("Fill &Down"), QStringLiteral("fillDownAction"),
                                        {QKeySequence(Qt::CTRL | Qt::Key_D)}));
    m_fillDownAction->setStatusTip(tr("Copy the top cell of the selection into the cells "
                                      "below it"));
    connect(m_fillDownAction, &QAction::triggered, m_view, &CertificateTableView::fillDown);
    m_selectAllAction = tableAction(make(tr("Select A&ll"), QStringLiteral("selectAllAction"),
                                         standard(QKeySequence::SelectAll)));
    connect(m_selectAllAction, &QAction::triggered, m_view, &QAbstractItemView::selectAll);

    m_findAction = make(tr("&Find…"), QStringLiteral("findAction"), standard(QKeySequence::Find));
    m_findAction->setIcon(
            themeIcon(QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView));
    m_findAction->setIconText(tr("Find"));
    connect(m_findAction, &QAction::triggered, m_find, &FindReplaceController::showFind);
    m_replaceAction = make(tr("Find and &Replace…"), QStringLiteral("replaceAction"),
                           standard(QKeySequence::Replace, QKeySequence(Qt::CTRL | Qt::Key_H)));
    m_replaceAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-find-replace")));
    connect(m_replaceAction, &QAction::triggered, m_find, &FindReplaceController::showReplace);

    m_onlyProblemsAction =
            make(tr("Only Rows with &Problems"), QStringLiteral("onlyProblemsAction"));
    m_onlyProblemsAction->setCheckable(true);
    connect(m_onlyProblemsAction, &QAction::toggled, m_filterBar, &FilterBar::setOnlyProblems);
    m_searchAction = make(tr("&Search Rows"), QStringLiteral("searchAction"),
                          {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)});
    connect(m_searchAction, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    m_clearFiltersAction = make(tr("Show &All Rows"), QStringLiteral("clearFiltersAction"));
    connect(m_clearFiltersAction, &QAction::triggered, m_filterBar, &FilterBar::clearFilters);

    m_nextProblemAction = make(tr("&Next Problem"), QStringLiteral("nextProblemAction"),
                               {QKeySequence(Qt::Key_F8)});
    m_nextProblemAction->setIcon(themeIcon(QStringLiteral("go-down"), QStyle::SP_ArrowDown));
    m_nextProblemAction->setStatusTip(tr("Go to the next cell with a problem"));
    connect(m_nextProblemAction, &QAction::triggered, this, [this] {
        m_view->commitEdit();
        if (!m_view->goToNextProblem())
            statusBar()->showMessage(tr("No problems in the rows shown."), 4000);
        m_view->setFocus();
    });
    m_previousProblemAction = make(tr("&Previous Problem"), QStringLiteral("previousProblemAction"),
                                   {QKeySequence(Qt::SHIFT | Qt::Key_F8)});
    m_previousProblemAction->setIcon(themeIcon(QStringLiteral("go-up"), QStyle::SP_ArrowUp));
    m_previousProblemAction->setStatusTip(tr("Go to the previous cell with a problem"));
    connect(m_previousProblemAction, &QAction::triggered, this, [this] {
        m_view->commitEdit();
        if (!m_view->goToPreviousProblem())
            statusBar()->showMessage(tr("No problems in the rows shown."), 4000);
        m_view->setFocus();
    });

    m_aboutAction = make(tr("&About Ditio Certificates"), QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_aboutQtAction = make(tr("About &Qt"), QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_view->setContextActions({m_cutAction, m_copyAction, m_pasteAction, m_deleteContentsAction,
                               nullptr, m_insertAboveAction, m_insertBelowAction,
                               m_deleteRowsAction, nullptr, m_fillDownAction});
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_documents->newAction());
    file->addAction(m_documents->openAction());
    file->addAction(m_importAction);
    file->addMenu(m_documents->recentMenu());
    file->addSeparator();
    file->addAction(m_documents->saveAction());
    file->addAction(m_documents->saveAsAction());
    file->addMenu(m_export->menu());
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_cutAction);
    edit->addAction(m_copyAction);
    edit->addAction(m_pasteAction);
    edit->addAction(m_deleteContentsAction);
    edit->addSeparator();
    edit->addAction(m_insertAboveAction);
    edit->addAction(m_insertBelowAction);
    edit->addAction(m_deleteRowsAction);
    edit->addAction(m_fillDownAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addAction(m_replaceAction);
    edit->addSeparator();
    edit->addAction(m_selectAllAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *panel = m_problemsDock->toggleViewAction();
    panel->setText(tr("&Problems Panel"));
    panel->setObjectName(QStringLiteral("problemsPanelAction"));
    panel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    view->addAction(panel);
    view->addSeparator();
    view->addAction(m_searchAction);
    view->addAction(m_onlyProblemsAction);
    view->addAction(m_clearFiltersAction);

    menuBar()->addMenu(m_upload->menu());

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_nextProblemAction);
    go->addAction(m_previousProblemAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_documents->sampleAction());
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_documents->newAction());
    bar->addAction(m_documents->openAction());
    bar->addAction(m_documents->saveAction());
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();
    bar->addAction(m_insertBelowAction);
    bar->addAction(m_deleteRowsAction);
    bar->addAction(m_findAction);
    bar->addSeparator();
    bar->addAction(m_previousProblemAction);
    bar->addAction(m_nextProblemAction);
    bar->addSeparator();
    bar->addAction(m_upload->uploadAction());
    bar->addAction(m_upload->cancelAction());
    // Undo's text names the command ("Undo Edit Issued"): too long for a button.
    for (QAction *action : {m_undoAction, m_redoAction}) {
        if (QWidget *button = bar->widgetForAction(action)) {
            if (auto *tool = qobject_cast<QToolButton *>(button))
                tool->setToolButtonStyle(Qt::ToolButtonIconOnly);
        }
    }
}

void MainWindow::createStatusBar()
{
    m_sourceLabel->setObjectName(QStringLiteral("sourceLabel"));
    m_sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_countsLabel->setContentsMargins(8, 0, 8, 0);
    m_progress->setObjectName(QStringLiteral("busyIndicator"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(fontMetrics().height());
    m_progress->setTextVisible(false);
    m_progress->hide();
    statusBar()->addWidget(m_sourceLabel, 1);
    statusBar()->addPermanentWidget(m_upload->progressBar());
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_countsLabel);
}

void MainWindow::connectDocument()
{
    connect(m_document, &Document::aboutToLoad, this, [this] {
        // A new table starts unfiltered, in the file's order.
        m_filterBar->clearFilters();
        m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    });
    connect(m_document, &Document::loaded, this, &MainWindow::onDocumentLoaded);
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::setWindowModified);
    connect(m_document, &Document::locationChanged, this, [this] {
        updateTitle();
        updateSourceLabel();
    });
    connect(m_document->autosaver(), &Autosaver::failed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("The recovery copy could not be written: %1").arg(error), 8000);
    });
}

void MainWindow::restoreSettings()
{
    const QByteArray geometry = m_settings->mainWindowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 820);
    const QByteArray state = m_settings->mainWindowState();
    if (state.isEmpty() || !restoreState(state))
        resizeDocks({m_problemsDock}, {230}, Qt::Vertical);
    const QByteArray header = m_settings->tableHeaderState();
    if (!header.isEmpty() && m_view->horizontalHeader()->restoreState(header)) {
        // Column widths come back; the row order is always the file's at first.
        m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    }
}

void MainWindow::saveSettings()
{
    m_settings->setMainWindowGeometry(saveGeometry());
    m_settings->setMainWindowState(saveState());
    m_settings->setTableHeaderState(m_view->horizontalHeader()->saveState());
    m_settings->sync();
}

// Status ----------------------------------------------------------------------

void MainWindow::onDocumentLoaded()
{
    m_problems->refresh();
    updateCounts();
    if (m_proxy->rowCount() > 0) {
        // A current cell to type into, but nothing selected yet.
        m_view->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                  QItemSelectionModel::NoUpdate);
        m_view->scrollToTop();
    }
    m_view->setFocus(Qt::OtherFocusReason);
    emit documentLoaded();
}

void MainWindow::showBusy(bool busy, const QString &message)
{
    if (busy != m_busyCursor) {
        if (busy)
            QApplication::setOverrideCursor(Qt::BusyCursor);
        else
            QApplication::restoreOverrideCursor();
        m_busyCursor = busy;
    }
    m_progress->setVisible(busy);
    if (busy)
        statusBar()->showMessage(message);
    else
        statusBar()->clearMessage();
}

QString MainWindow::statusSummary() const
{
    return m_countsLabel->text();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Ditio Certificates").arg(m_document->name()));
}

void MainWindow::updateCounts()
{
    const CertificateTableModel *table = m_document->model();
    const int rows = table->rowCount();
    QString text = tr("%n row(s)", nullptr, rows) + QStringLiteral(" · ")
            + tr("%n error(s)", nullptr, table->errorCount()) + QStringLiteral(" · ")
            + tr("%n warning(s)", nullptr, table->warningCount());
    const int shown = m_proxy->rowCount();
    if (shown != rows)
        text += QStringLiteral(" · ") + tr("%1 shown").arg(shown);
    m_countsLabel->setText(text);
    m_countsLabel->setToolTip(tr("%n row(s) cannot be sent until their errors are fixed.", nullptr,
                                 table->rowsWithErrors()));
}

void MainWindow::updateSourceLabel()
{
    const QString filePath = m_document->filePath();
    const QString sourcePath = m_document->sourcePath();
    QString text;
    if (!filePath.isEmpty()) {
        text = tr("Work file: %1").arg(nativeName(filePath));
        if (!sourcePath.isEmpty())
            text += QStringLiteral(" · ") + tr("imported from %1").arg(nativeName(sourcePath));
    } else if (m_document->isSample()) {
        text = tr("Bundled sample · not saved as a work file yet");
    } else if (!sourcePath.isEmpty()) {
        text = tr("Imported from %1 · not saved as a work file yet").arg(nativeName(sourcePath));
    } else {
        text = tr("New table · not saved yet");
    }
    m_sourceLabel->setText(text);
}

void MainWindow::updateEditActions()
{
    const bool hasCell = m_view->currentIndex().isValid();
    for (QAction *action :
         {m_cutAction, m_copyAction, m_deleteContentsAction, m_deleteRowsAction, m_fillDownAction})
        action->setEnabled(hasCell);
}

// Problems ----------------------------------------------------------------------

void MainWindow::goToIssue(const Issue &issue)
{
    if (issue.row < 0 || issue.row >= m_document->model()->rowCount())
        return;
    const int column = CertificateTableModel::columnOfField(issue.field);
    m_view->commitEdit();
    disconnect(m_goToWhenShown);
    if (!m_view->goToCell(issue.row, column)) {
        // Hidden by the filter bar: show every row rather than go nowhere.
        m_filterBar->clearFilters();
        statusBar()->showMessage(tr("The filter was cleared to show row %1.").arg(issue.row + 1),
                                 5000);
        if (m_proxy->isUpdating()) {
            // A large table is filtered on a worker: go there when its rows
            // are in, finding the row by its identity in case rows moved.
            const quint32 id = m_document->model()->rowId(issue.row);
            m_goToWhenShown = connect(
                    m_proxy, &CertificateFilterProxyModel::rowsUpdated, this, [this, id, column] {
                        disconnect(m_goToWhenShown);
                        m_view->goToCell(m_document->model()->rowOfId(id), column);
                    });
        } else {
            m_view->goToCell(issue.row, column);
        }
    }
    m_view->setFocus(Qt::OtherFocusReason);
}

void MainWindow::applyQuickFix(const Issue &issue)
{
    m_view->commitEdit();
    if (m_editor->applyQuickFix(issue))
        statusBar()->showMessage(tr("Fixed: %1").arg(quickFixTitle(issue.fix)), 4000);
    else
        statusBar()->showMessage(tr("The quick fix no longer applies."), 4000);
}

// Closing -------------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Rows in flight become Unconfirmed (safe to send again); the results are then part of
    // the unsaved changes the user is asked about.
    if (m_upload->isUploading())
        m_upload->cancel();
    if (m_documents->isBusy() || m_import->isBusy()) {
        // Finish writing or reading first; the window closes right after.
        m_documents->setAfterIdle([this] { close(); });
        event->ignore();
        return;
    }
    m_documents->setAfterIdle({});
    if (m_documents->confirmDiscard([this] { close(); }) != DocumentController::Proceed::Now) {
        event->ignore();
        return;
    }
    m_find->closeDialog();
    saveSettings();
    m_document->autosaver()->clear();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!m_documents->isBusy() && urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    // Not from inside the drop: the question about unsaved changes is modal.
    const QString path = urls.first().toLocalFile();
    QMetaObject::invokeMethod(
            this, [this, path] { openFile(path); }, Qt::QueuedConnection);
}

void MainWindow::about()
{
    Dialogs::about(this, tr("About Ditio Certificates"),
                   tr("<h3>Ditio Certificates %1</h3>"
                      "<p>Review, fix and upload your workers' certificates to Ditio.</p>"
                      "<p>Type or paste certificates, see every problem where it is, and "
                      "keep your work in a work file until it is sent.</p>")
                           .arg(QStringLiteral(DITIO_VERSION)));
}

} // namespace Ditio
