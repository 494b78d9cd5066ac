#include "mainwindow.h"

#include "dialogs.h"
#include "exportcontroller.h"
#include "filterbar.h"
#include "findreplacecontroller.h"
#include "import/importcontroller.h"
#include "import/importdialog.h"
#include "messagebar.h"
#include "model/certificatefilterproxymodel.h"
#include "model/certificatetableeditor.h"
#include "model/certificatetablemodel.h"
#include "model/problemsmodel.h"
#include "problemspanel.h"
#include "session/autosaver.h"
#include "settings/appsettings.h"
#include "severityicons.h"
#include "upload/environmentbanner.h"
#include "upload/uploadcontroller.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Ditio {

namespace {

const QString SampleResource = QStringLiteral(":/sample/certificates-sample.csv");
const QString WorkFileSuffix = QLatin1String(WorkFile::FileSuffix);

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
      m_recovery(recoveryFolder),
      m_table(new CertificateTableModel(this)),
      m_proxy(new CertificateFilterProxyModel(this)),
      m_undoStack(new QUndoStack(this)),
      m_editor(std::make_unique<CertificateTableEditor>(m_table, m_undoStack)),
      m_problems(new ProblemsModel(m_table, this)),
      m_autosaver(new Autosaver(m_table, &m_recovery, this)),
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
    m_table->setUndoStack(m_undoStack);
    m_proxy->setSourceModel(m_table);
    m_view->setTable(m_proxy, m_table, m_editor.get());
    m_autosaver->setDocumentInfo([this] {
        WorkDocument document;
        document.sourcePath = m_sourcePath;
        document.sourceFormat = m_sourceFormat;
        document.documentPath = m_filePath;
        return document;
    });

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
    m_export = new ExportController(
            m_table, m_settings.get(),
            [table = m_table](const RowStore &rows) {
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
    // Spreadsheets (Import…, and Open or drop of a CSV or workbook) go through the import.
    m_import = new ImportController(m_table, m_undoStack, m_settings.get(), m_messageBar, this);
    m_import->setReplaceHandler([this](const WorkDocument &document) {
        loadDocument(document, {}, {}, false, QFileInfo(document.sourcePath).fileName());
    });
    m_import->setConfirmReplace([this] { return confirmDiscard({}) == Proceed::Now; });
    connect(m_import, &ImportController::finished, this,
            [this](bool ok, const QString &path, ImportController::Purpose purpose) {
                if (!ok && !QFileInfo::exists(path))
                    m_settings->removeRecentFile(path);
                if (!ok && m_table->rowCount() == 0 && m_undoStack->isClean())
                    loadDocument(WorkDocument::untitled());
                if (ok)
                    statusBar()->showMessage(tr("Imported %1").arg(nativeName(path)), 5000);
                m_view->setFocus();
                if (purpose == ImportController::Purpose::Open)
                    emit openFinished(ok);
                if (m_closeWhenIdle)
                    close();
            });
    // Connecting to Ditio, the register check and the upload runs.
    UploadController::Window parts;
    parts.widget = this;
    parts.model = m_table;
    parts.view = m_view;
    parts.filterBar = m_filterBar;
    parts.messageBar = m_messageBar;
    parts.statusBar = statusBar();
    parts.undoStack = m_undoStack;
    parts.autosaver = m_autosaver;
    parts.settings = m_settings->backend();
    parts.workFilePath = [this] { return m_filePath; };
    m_upload = new UploadController(parts, this);
    layout->insertWidget(0, m_upload->banner());
    connect(m_upload, &UploadController::busyChanged, this, [this](bool busy) {
        // A run writes into this document's rows: no other document until it ends.
        for (QAction *action : {m_newAction, m_openAction, m_importAction, m_sampleAction})
            action->setEnabled(!busy && !m_busy);
        m_recentMenu->setEnabled(!busy && !m_busy);
    });
    createMenus();
    createToolBar();
    createStatusBar();

    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        setWindowModified(!clean);
        if (clean)
            m_autosaver->clear();
    });
    connect(m_table, &CertificateTableModel::validationChanged, this, &MainWindow::updateCounts);
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
    connect(&m_openWatcher, &QFutureWatcherBase::finished, this, &MainWindow::onOpenFinished);
    connect(&m_saveWatcher, &QFutureWatcherBase::finished, this, &MainWindow::onSaveFinished);
    connect(m_autosaver, &Autosaver::failed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("The recovery copy could not be written: %1").arg(error), 8000);
    });

    restoreSettings();
    m_upload->updateEmployeeColumn(); // the saved header state may show it
    loadDocument(WorkDocument(), {}, {}, false, tr("Untitled"));
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
                 m_undoStack, m_table, m_proxy, m_problems, m_view, m_view->selectionModel(),
                 m_filterBar, m_problemsPanel, m_autosaver})
        sender->disconnect(this);
    if (m_undoStack->isClean())
        m_autosaver->clear();
    m_autosaver->waitForIdle();
    m_openWatcher.waitForFinished();
    m_saveWatcher.waitForFinished();
    m_export->waitForIdle();
    m_import->disconnect(this);
    m_import->waitForIdle();
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
    // platforms have none for Save As or Replace, so those get the usual keys.
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

    m_newAction = make(tr("&New"), QStringLiteral("newAction"), standard(QKeySequence::New));
    m_newAction->setIcon(themeIcon(QStringLiteral("document-new"), QStyle::SP_FileIcon));
    m_newAction->setStatusTip(tr("Start a new, empty table"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newDocument);

    m_openAction = make(tr("&Open…"), QStringLiteral("openAction"), standard(QKeySequence::Open));
    m_openAction->setIcon(themeIcon(QStringLiteral("document-open"), QStyle::SP_DialogOpenButton));
    m_openAction->setStatusTip(tr("Open a work file or a CSV file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::open);

    m_importAction = make(tr("&Import…"), QStringLiteral("importAction"),
                          {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)});
    m_importAction->setIcon(QIcon::fromTheme(QStringLiteral("document-import")));
    m_importAction->setStatusTip(
            tr("Import certificates from a CSV file, an Excel workbook or an OpenDocument "
               "spreadsheet"));
    connect(m_importAction, &QAction::triggered, this, [this] {
        if (!m_busy)
            m_import->chooseAndImport();
    });

    m_saveAction = make(tr("&Save"), QStringLiteral("saveAction"), standard(QKeySequence::Save));
    m_saveAction->setIcon(themeIcon(QStringLiteral("document-save"), QStyle::SP_DialogSaveButton));
    m_saveAction->setStatusTip(tr("Save the table as a work file"));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);

    m_saveAsAction =
            make(tr("Save &As…"), QStringLiteral("saveAsAction"),
                 standard(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    m_saveAsAction->setIcon(
            themeIcon(QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton));
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);

    m_quitAction = make(tr("&Quit"), QStringLiteral("quitAction"), standard(QKeySequence::Quit));
    m_quitAction->setIcon(
            themeIcon(QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_undoAction->setIcon(themeIcon(QStringLiteral("edit-undo"), QStyle::SP_ArrowBack));
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
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

    m_sampleAction = make(tr("Open &Sample File"), QStringLiteral("sampleAction"));
    m_sampleAction->setStatusTip(tr("Open a small table of certificates, some of them wrong"));
    connect(m_sampleAction, &QAction::triggered, this, &MainWindow::openSample);
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
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    file->addAction(m_importAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recentMenu->setIcon(QIcon::fromTheme(QStringLiteral("document-open-recent")));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
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
    help->addAction(m_sampleAction);
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
    bar->addAction(m_newAction);
    bar->addAction(m_openAction);
    bar->addAction(m_saveAction);
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
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_countsLabel);
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

void MainWindow::start(const QString &file)
{
    if (offerRecovery())
        return;
    if (!file.isEmpty()) {
        openFile(file);
        return;
    }
    if (!m_settings->sampleShown()) {
        loadSample();
        m_settings->setSampleShown(true);
        m_settings->sync();
        return;
    }
    loadDocument(WorkDocument::untitled());
}

bool MainWindow::offerRecovery()
{
    for (const RecoveryStore::Orphan &orphan : m_recovery.orphans()) {
        const QString name = orphan.documentPath.isEmpty()
                ? QString()
                : QFileInfo(orphan.documentPath).fileName();
        const Dialogs::Answer answer = Dialogs::askRestore(this, orphan.savedAt, name, orphan.rows);
        if (answer != Dialogs::Restore) {
            RecoveryStore::removeOrphan(orphan.path);
            continue;
        }
        const WorkFile::ReadResult read = WorkFile::read(orphan.path);
        if (!read.ok) {
            m_messageBar->showMessage(read.errorString, MessageBar::Type::Error);
            return false;
        }
        const QString documentPath = read.document.documentPath;
        QByteArray hash;
        if (!documentPath.isEmpty()) {
            // Later saves refuse to overwrite changes made to the file after now.
            QFile file(documentPath);
            if (file.open(QIODevice::ReadOnly))
                hash = WorkFile::hashOf(file.readAll());
        }
        QString untitled;
        if (documentPath.isEmpty()) {
            untitled = read.document.sourcePath.isEmpty()
                    ? tr("Recovered")
                    : QFileInfo(read.document.sourcePath).fileName();
        }
        loadDocument(read.document, documentPath, hash, true, untitled);
        RecoveryStore::removeOrphan(orphan.path);
        m_messageBar->showMessage(
                tr("Unsaved work from %1 was restored. Save it to keep it.")
                        .arg(QLocale().toString(orphan.savedAt, QLocale::ShortFormat)),
                MessageBar::Type::Information);
        return true;
    }
    return false;
}

// Documents -----------------------------------------------------------------

void MainWindow::loadDocument(const WorkDocument &document, const QString &workFilePath,
                              const QByteArray &contentHash, bool modified,
                              const QString &untitledName)
{
    m_filterBar->clearFilters();
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_undoStack->clear();
    m_table->setRows(document.rows);
    m_filePath = workFilePath.isEmpty() ? QString() : QFileInfo(workFilePath).absoluteFilePath();
    m_contentHash = contentHash;
    m_sourcePath = document.sourcePath;
    m_sourceFormat = document.sourceFormat;
    m_untitledName = untitledName.isEmpty() ? tr("Untitled") : untitledName;
    m_isSample = false;
    if (modified)
        m_undoStack->resetClean();
    else
        m_autosaver->clear();
    m_problems->refresh();
    setWindowModified(!m_undoStack->isClean());
    updateTitle();
    updateSourceLabel();
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

void MainWindow::loadSample()
{
    QFile file(SampleResource);
    if (!file.open(QIODevice::ReadOnly)) {
        m_messageBar->showMessage(tr("The sample file is missing from this build."),
                                  MessageBar::Type::Error);
        return;
    }
    const CertificateFileReader::Result result =
            CertificateFileReader::readCsv(file.readAll(), tr("the sample file"));
    if (!result.ok) {
        m_messageBar->showMessage(result.errorString, MessageBar::Type::Error);
        return;
    }
    loadDocument(result.document, {}, {}, false, tr("Sample certificates"));
    m_isSample = true;
    updateSourceLabel();
    m_messageBar->showMessage(
            tr("This is a sample of certificates, some of them wrong, so you can see the checks "
               "at work. Cells with problems are marked; the Problems panel lists them all."),
            MessageBar::Type::Information);
}

void MainWindow::newDocument()
{
    if (m_busy || confirmDiscard([this] { newDocument(); }) != Proceed::Now)
        return;
    m_messageBar->hideMessage();
    // One empty row, ready for typing.
    loadDocument(WorkDocument::untitled());
    m_view->setFocus();
}

void MainWindow::open()
{
    if (m_busy)
        return;
    const QString path = Dialogs::getOpenFileName(
            this, tr("Open"), m_settings->lastDirectory(),
            tr("Certificate files (*.ditiocerts *.csv *.txt *.tsv *.xlsx *.xlsm *.ods);;"
               "Ditio work files (*.ditiocerts);;CSV and text files (*.csv *.txt *.tsv);;"
               "Excel workbooks (*.xlsx *.xlsm);;OpenDocument spreadsheets (*.ods);;"
               "All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openFile(const QString &path)
{
    if (m_busy || m_import->isBusy()) {
        statusBar()->showMessage(tr("Wait until the current file operation is finished."), 4000);
        return;
    }
    if (confirmDiscard([this, path] { openFile(path); }) != Proceed::Now)
        return;
    if (ImportController::isSpreadsheetPath(path))
        m_import->openFile(path); // asks only when the file leaves something to decide
    else
        startOpen(path);
}

void MainWindow::openSample()
{
    if (m_busy || confirmDiscard([this] { openSample(); }) != Proceed::Now)
        return;
    loadSample();
}

void MainWindow::startOpen(const QString &path)
{
    m_openingPath = QFileInfo(path).absoluteFilePath();
    setBusy(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    m_view->setEnabled(false);
    const QString file = m_openingPath;
    m_openWatcher.setFuture(
            QtConcurrent::run([file] { return CertificateFileReader::read(file); }));
}

void MainWindow::onOpenFinished()
{
    const CertificateFileReader::Result result = m_openWatcher.result();
    const QString path = m_openingPath;
    m_view->setEnabled(true);
    clearBusy();
    if (!result.ok) {
        if (!QFileInfo::exists(path))
            m_settings->removeRecentFile(path);
        // Opened at startup: leave a row to type into rather than nothing.
        if (m_table->rowCount() == 0 && m_undoStack->isClean())
            loadDocument(WorkDocument::untitled());
        m_messageBar->showMessage(result.errorString, MessageBar::Type::Error);
        emit openFinished(false);
    } else {
        const QFileInfo info(path);
        if (result.isWorkFile)
            loadDocument(result.document, path, result.contentHash, false);
        else
            loadDocument(result.document, {}, {}, false, info.fileName());
        m_settings->addRecentFile(path);
        m_settings->setLastDirectory(info.absolutePath());
        if (!result.warnings.isEmpty()) {
            m_messageBar->showMessage(tr("%1 was opened with remarks:\n%2")
                                              .arg(nativeName(path), result.warnings.join(u'\n')),
                                      MessageBar::Type::Warning);
        } else {
            m_messageBar->hideMessage();
        }
        statusBar()->showMessage(tr("Opened %1").arg(nativeName(path)), 5000);
        m_view->setFocus();
        emit openFinished(true);
    }
    if (m_closeWhenIdle)
        close();
}

MainWindow::Proceed MainWindow::confirmDiscard(std::function<void()> afterSave)
{
    m_view->commitEdit();
    if (m_undoStack->isClean())
        return Proceed::Now;
    switch (Dialogs::askSaveChanges(this, documentName())) {
    case Dialogs::Save:
        return saveDocument(std::move(afterSave)) ? Proceed::Later : Proceed::Never;
    case Dialogs::Discard:
        return Proceed::Now;
    default:
        return Proceed::Never;
    }
}

bool MainWindow::save()
{
    return saveDocument({});
}

bool MainWindow::saveAs()
{
    return saveDocumentAs({});
}

bool MainWindow::saveDocument(std::function<void()> then)
{
    if (m_filePath.isEmpty())
        return saveDocumentAs(std::move(then));
    if (m_busy)
        return false;
    startSave(m_filePath, m_contentHash, std::move(then));
    return true;
}

bool MainWindow::saveDocumentAs(std::function<void()> then)
{
    if (m_busy)
        return false;
    QString path = Dialogs::getSaveFileName(this, tr("Save Work File"), suggestedSavePath(),
                                            tr("Ditio work files (*.ditiocerts)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().compare(WorkFileSuffix, Qt::CaseInsensitive) != 0)
        path += u'.' + WorkFileSuffix;
    // The file dialog already asked before replacing an existing file.
    startSave(path, {}, std::move(then));
    return true;
}

QString MainWindow::suggestedSavePath() const
{
    if (!m_filePath.isEmpty())
        return m_filePath;
    QString directory = m_settings->lastDirectory();
    QString base = m_isSample ? QStringLiteral("certificates") : m_untitledName;
    if (!m_sourcePath.isEmpty()) {
        const QFileInfo source(m_sourcePath);
        directory = source.absolutePath();
        base = source.completeBaseName();
    }
    return QDir(directory).filePath(base + u'.' + WorkFileSuffix);
}

WorkDocument MainWindow::currentDocument() const
{
    WorkDocument document;
    document.rows = m_table->rows();
    document.sourcePath = m_sourcePath;
    document.sourceFormat = m_sourceFormat;
    return document;
}

void MainWindow::startSave(const QString &path, const QByteArray &expectedHash,
                           std::function<void()> then)
{
    m_view->commitEdit();
    const WorkDocument document = currentDocument(); // a cheap, shared snapshot
    m_savingPath = QFileInfo(path).absoluteFilePath();
    m_saveIndex = m_undoStack->index();
    m_afterSave = std::move(then);
    setBusy(tr("Saving %1…").arg(QFileInfo(path).fileName()));
    const QString file = m_savingPath;
    m_saveWatcher.setFuture(QtConcurrent::run([file, document, expectedHash] {
        return WorkFile::write(file, document, expectedHash);
    }));
}

void MainWindow::onSaveFinished()
{
    const WorkFile::SaveResult result = m_saveWatcher.result();
    const QString path = m_savingPath;
    std::function<void()> then = std::exchange(m_afterSave, {});
    clearBusy();

    if (result.ok()) {
        m_filePath = path;
        m_contentHash = result.contentHash;
        m_isSample = false;
        // Edits made while the file was written are not in it.
        if (m_undoStack->index() == m_saveIndex)
            m_undoStack->setClean();
        if (m_undoStack->isClean())
            m_autosaver->clear();
        setWindowModified(!m_undoStack->isClean());
        m_settings->addRecentFile(path);
        m_settings->setLastDirectory(QFileInfo(path).absolutePath());
        updateTitle();
        updateSourceLabel();
        if (m_messageBar->type() == MessageBar::Type::Error)
            m_messageBar->hideMessage();
        statusBar()->showMessage(tr("Saved %1").arg(nativeName(path)), 5000);
        emit saveFinished(true);
        if (then)
            then();
        else if (m_closeWhenIdle)
            close();
        return;
    }

    m_closeWhenIdle = false;
    if (result.error == WorkFile::SaveError::ChangedOnDisk) {
        switch (Dialogs::askChangedOnDisk(this, nativeName(path))) {
        case Dialogs::Overwrite:
            startSave(path, {}, std::move(then));
            return;
        case Dialogs::SaveAs:
            if (saveDocumentAs(std::move(then)))
                return;
            break;
        default:
            break;
        }
    }
    m_messageBar->showMessage(
            tr("%1\nYour changes are still in the table; nothing was overwritten.")
                    .arg(result.errorString),
            MessageBar::Type::Error);
    emit saveFinished(false);
}

// Status ----------------------------------------------------------------------

void MainWindow::setBusy(const QString &message)
{
    if (!m_busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    m_busy = true;
    m_progress->show();
    statusBar()->showMessage(message);
    for (QAction *action :
         {m_newAction, m_openAction, m_saveAction, m_saveAsAction, m_sampleAction})
        action->setEnabled(false);
    m_recentMenu->setEnabled(false);
}

void MainWindow::clearBusy()
{
    if (m_busy)
        QApplication::restoreOverrideCursor();
    m_busy = false;
    m_progress->hide();
    statusBar()->clearMessage();
    for (QAction *action :
         {m_newAction, m_openAction, m_saveAction, m_saveAsAction, m_sampleAction})
        action->setEnabled(true);
    m_recentMenu->setEnabled(true);
}

bool MainWindow::isModified() const
{
    return !m_undoStack->isClean();
}

QString MainWindow::documentName() const
{
    return m_filePath.isEmpty() ? m_untitledName : QFileInfo(m_filePath).fileName();
}

QString MainWindow::statusSummary() const
{
    return m_countsLabel->text();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Ditio Certificates").arg(documentName()));
}

void MainWindow::updateCounts()
{
    const int rows = m_table->rowCount();
    QString text = tr("%n row(s)", nullptr, rows) + QStringLiteral(" · ")
            + tr("%n error(s)", nullptr, m_table->errorCount()) + QStringLiteral(" · ")
            + tr("%n warning(s)", nullptr, m_table->warningCount());
    const int shown = m_proxy->rowCount();
    if (shown != rows)
        text += QStringLiteral(" · ") + tr("%1 shown").arg(shown);
    m_countsLabel->setText(text);
    m_countsLabel->setToolTip(tr("%n row(s) cannot be sent until their errors are fixed.", nullptr,
                                 m_table->rowsWithErrors()));
}

void MainWindow::updateSourceLabel()
{
    QString text;
    if (!m_filePath.isEmpty()) {
        text = tr("Work file: %1").arg(nativeName(m_filePath));
        if (!m_sourcePath.isEmpty())
            text += QStringLiteral(" · ") + tr("imported from %1").arg(nativeName(m_sourcePath));
    } else if (m_isSample) {
        text = tr("Bundled sample · not saved as a work file yet");
    } else if (!m_sourcePath.isEmpty()) {
        text = tr("Imported from %1 · not saved as a work file yet").arg(nativeName(m_sourcePath));
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

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings->recentFiles();
    int number = 1;
    for (const QString &path : files) {
        const QString label = number <= 9 ? tr("&%1 %2").arg(number).arg(QFileInfo(path).fileName())
                                          : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(label);
        action->setToolTip(nativeName(path));
        action->setStatusTip(nativeName(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
        ++number;
    }
    if (files.isEmpty()) {
        QAction *none = m_recentMenu->addAction(tr("No recent files"));
        none->setEnabled(false);
    }
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"));
    clear->setObjectName(QStringLiteral("clearRecentAction"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        m_settings->clearRecentFiles();
        rebuildRecentMenu();
    });
}

// Problems ----------------------------------------------------------------------

void MainWindow::goToIssue(const Issue &issue)
{
    if (issue.row < 0 || issue.row >= m_table->rowCount())
        return;
    const int column = CertificateTableModel::columnOfField(issue.field);
    m_view->commitEdit();
    if (!m_view->goToCell(issue.row, column)) {
        // Hidden by the filter bar: show every row rather than go nowhere.
        m_filterBar->clearFilters();
        m_view->goToCell(issue.row, column);
        statusBar()->showMessage(tr("The filter was cleared to show row %1.").arg(issue.row + 1),
                                 5000);
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
    if (m_busy || m_import->isBusy()) {
        // Finish writing or reading first; the window closes right after.
        m_closeWhenIdle = true;
        event->ignore();
        return;
    }
    m_closeWhenIdle = false;
    if (confirmDiscard([this] { close(); }) != Proceed::Now) {
        event->ignore();
        return;
    }
    m_find->closeDialog();
    saveSettings();
    m_autosaver->clear();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!m_busy && urls.size() == 1 && urls.first().isLocalFile())
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
