#pragma once

#include "documentcontroller.h"
#include "findreplacecontroller.h"
#include "session/document.h"
#include "settings/appsettings.h"
#include "validation/issue.h"
#include "workfile/workdocument.h"

#include <QMainWindow>

#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QLabel;
class QProgressBar;
class QUndoStack;
QT_END_NAMESPACE

namespace Ditio {

class CertificateFilterProxyModel;
class CertificateTableEditor;
class CertificateTableModel;
class CertificateTableView;
class ExportController;
class FilterBar;
class ImportController;
class MessageBar;
class ProblemsModel;
class ProblemsPanel;
class UploadController;

// The main window: one work document in a spreadsheet-like table, with the filter bar
// above, the problems panel docked below and the counts in the status bar. It builds the
// widgets and wires the actions; the document's life is the DocumentController's (over the
// core's Document), uploads are the UploadController's, find and replace the
// FindReplaceController's. Errors appear in the message bar above the table.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // settings: null for the platform's usual place; recoveryFolder: empty
    // for the app's data folder.
    explicit MainWindow(std::unique_ptr<AppSettings> settings = {},
                        const QString &recoveryFolder = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // What the app does once the window is up: offer to restore work a crash
    // left behind, then open `file`, or on the very first start the sample.
    void start(const QString &file = {}) { m_documents->start(file); }

    // Loads a document into the table, replacing the current one without
    // asking. workFilePath is empty for a document not saved as a work file;
    // untitledName names it then.
    void loadDocument(const WorkDocument &document, const QString &workFilePath = {},
                      const QByteArray &contentHash = {}, bool modified = false,
                      const QString &untitledName = {})
    {
        m_document->load(document, workFilePath, contentHash, modified, untitledName);
    }
    // Offers the recovery files of sessions that ended abruptly; true when
    // one was restored.
    bool offerRecovery() { return m_documents->offerRecovery(); }

    // A file is being read or written.
    bool isBusy() const { return m_documents->isBusy(); }
    bool isModified() const { return m_document->isModified(); }
    QString filePath() const { return m_document->filePath(); }
    QString sourcePath() const { return m_document->sourcePath(); }
    QString documentName() const { return m_document->name(); }
    // "15 rows · 9 errors · 6 warnings", as the status bar shows it.
    QString statusSummary() const;

    Document *document() const { return m_document; }
    DocumentController *documentController() const { return m_documents; }
    CertificateTableModel *tableModel() const { return m_document->model(); }
    CertificateFilterProxyModel *proxyModel() const { return m_proxy; }
    CertificateTableView *tableView() const { return m_view; }
    CertificateTableEditor *tableEditor() const { return m_editor.get(); }
    ProblemsModel *problemsModel() const { return m_problems; }
    ProblemsPanel *problemsPanel() const { return m_problemsPanel; }
    QDockWidget *problemsDock() const { return m_problemsDock; }
    QUndoStack *undoStack() const { return m_document->undoStack(); }
    MessageBar *messageBar() const { return m_messageBar; }
    FilterBar *filterBar() const { return m_filterBar; }
    FindReplaceDialog *findReplaceDialog() const { return m_find->dialog(); }
    AppSettings *settings() const { return m_settings.get(); }
    ExportController *exportController() const { return m_export; }
    ImportController *importController() const { return m_import; }
    UploadController *uploadController() const { return m_upload; }

public slots:
    void newDocument() { m_documents->newDocument(); }
    void open() { m_documents->open(); }
    void openFile(const QString &path) { m_documents->openFile(path); }
    void openSample() { m_documents->openSample(); }
    // Return whether a save was started (Save As may be cancelled).
    bool save() { return m_documents->save(); }
    bool saveAs() { return m_documents->saveAs(); }
    void goToIssue(const Ditio::Issue &issue);
    void applyQuickFix(const Ditio::Issue &issue);

signals:
    void documentLoaded();
    // A save finished: ok or not.
    void saveFinished(bool ok);
    // An open finished: ok or not.
    void openFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    // A work file or CSV dropped on the window opens.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createControllers();
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void connectDocument();
    void restoreSettings();
    void saveSettings();

    void onDocumentLoaded();
    void showBusy(bool busy, const QString &message);
    void updateTitle();
    void updateCounts();
    void updateSourceLabel();
    void updateEditActions();
    void about();

    std::unique_ptr<AppSettings> m_settings;
    Document *m_document;
    CertificateFilterProxyModel *m_proxy;
    std::unique_ptr<CertificateTableEditor> m_editor;
    ProblemsModel *m_problems;

    CertificateTableView *m_view;
    FilterBar *m_filterBar;
    MessageBar *m_messageBar;
    ProblemsPanel *m_problemsPanel;
    QDockWidget *m_problemsDock;
    QLabel *m_sourceLabel;
    QLabel *m_countsLabel;
    QProgressBar *m_progress;
    // goToIssue() waiting for rows a worker is filtering.
    QMetaObject::Connection m_goToWhenShown;

    DocumentController *m_documents = nullptr;
    ExportController *m_export = nullptr;
    ImportController *m_import = nullptr;
    UploadController *m_upload = nullptr;
    FindReplaceController *m_find = nullptr;

    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_cutAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_deleteContentsAction = nullptr;
    QAction *m_insertAboveAction = nullptr;
    QAction *m_insertBelowAction = nullptr;
    QAction *m_deleteRowsAction = nullptr;
    QAction *m_fillDownAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_replaceAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_onlyProblemsAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    QAction *m_nextProblemAction = nullptr;
    QAction *m_previousProblemAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    bool m_busyCursor = false; // the override cursor is up while a file is read or written
};

} // namespace Ditio
