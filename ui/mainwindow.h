#pragma once

#include "certificatetableview.h"
#include "findreplacecontroller.h"
#include "io/certificatefilereader.h"
#include "io/workdocument.h"
#include "io/workfile.h"
#include "session/recoverystore.h"
#include "settings/appsettings.h"
#include "validation/issue.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QUndoStack;
QT_END_NAMESPACE

namespace Ditio {

class Autosaver;
class CertificateFilterProxyModel;
class CertificateTableEditor;
class CertificateTableModel;
class ExportController;
class ImportController;
class UploadController;
class FilterBar;
class MessageBar;
class ProblemsModel;
class ProblemsPanel;

// The main window: one work document in a spreadsheet-like table, with the
// filter bar above, the problems panel docked below and the counts in the
// status bar. Files are read and written on worker threads; questions go
// through Dialogs; file errors appear in the message bar above the table.
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
    void start(const QString &file = {});

    // Loads a document into the table, replacing the current one without
    // asking. workFilePath is empty for a document not saved as a work file;
    // untitledName names it then.
    void loadDocument(const WorkDocument &document, const QString &workFilePath = {},
                      const QByteArray &contentHash = {}, bool modified = false,
                      const QString &untitledName = {});
    // Offers the recovery files of sessions that ended abruptly; true when
    // one was restored.
    bool offerRecovery();

    bool isBusy() const { return m_busy; }
    bool isModified() const;
    QString filePath() const { return m_filePath; }
    QString sourcePath() const { return m_sourcePath; }
    QString documentName() const;
    // "15 rows · 9 errors · 6 warnings", as the status bar shows it.
    QString statusSummary() const;

    CertificateTableModel *tableModel() const { return m_table; }
    CertificateFilterProxyModel *proxyModel() const { return m_proxy; }
    CertificateTableView *tableView() const { return m_view; }
    CertificateTableEditor *tableEditor() const { return m_editor.get(); }
    ProblemsModel *problemsModel() const { return m_problems; }
    ProblemsPanel *problemsPanel() const { return m_problemsPanel; }
    QDockWidget *problemsDock() const { return m_problemsDock; }
    QUndoStack *undoStack() const { return m_undoStack; }
    MessageBar *messageBar() const { return m_messageBar; }
    FilterBar *filterBar() const { return m_filterBar; }
    FindReplaceDialog *findReplaceDialog() const { return m_find->dialog(); }
    AppSettings *settings() const { return m_settings.get(); }
    ExportController *exportController() const { return m_export; }
    ImportController *importController() const { return m_import; }
    UploadController *uploadController() const { return m_upload; }

public slots:
    void newDocument();
    void open();
    void openFile(const QString &path);
    void openSample();
    // Return whether a save was started (Save As may be cancelled).
    bool save();
    bool saveAs();
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
    enum class Proceed { Now, Later, Never };

    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void restoreSettings();
    void saveSettings();

    // Asks about unsaved changes. Save starts saving and returns Later: then
    // `afterSave` runs once the save succeeded.
    Proceed confirmDiscard(std::function<void()> afterSave);
    bool saveDocument(std::function<void()> then);
    bool saveDocumentAs(std::function<void()> then);
    void startSave(const QString &path, const QByteArray &expectedHash, std::function<void()> then);
    void onSaveFinished();
    void startOpen(const QString &path);
    void onOpenFinished();
    void loadSample();
    QString suggestedSavePath() const;
    WorkDocument currentDocument() const;

    void setBusy(const QString &message);
    void clearBusy();
    void updateTitle();
    void updateCounts();
    void updateSourceLabel();
    void updateEditActions();
    void rebuildRecentMenu();
    void about();

    std::unique_ptr<AppSettings> m_settings;
    ExportController *m_export = nullptr;
    ImportController *m_import = nullptr;
    UploadController *m_upload = nullptr;
    RecoveryStore m_recovery;
    CertificateTableModel *m_table;
    CertificateFilterProxyModel *m_proxy;
    QUndoStack *m_undoStack;
    std::unique_ptr<CertificateTableEditor> m_editor;
    ProblemsModel *m_problems;
    Autosaver *m_autosaver;

    CertificateTableView *m_view;
    FilterBar *m_filterBar;
    MessageBar *m_messageBar;
    ProblemsPanel *m_problemsPanel;
    QDockWidget *m_problemsDock;
    FindReplaceController *m_find = nullptr;
    QLabel *m_sourceLabel;
    QLabel *m_countsLabel;
    QProgressBar *m_progress;
    QMenu *m_recentMenu = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
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
    QAction *m_sampleAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    // The document.
    QString m_filePath; // the work file; empty when untitled
    QByteArray m_contentHash; // of the work file as read or last written
    QString m_sourcePath; // the spreadsheet the rows came from
    QString m_sourceFormat;
    QString m_untitledName;
    bool m_isSample = false;

    // Work on worker threads.
    bool m_busy = false;
    bool m_closeWhenIdle = false;
    QFutureWatcher<CertificateFileReader::Result> m_openWatcher;
    QString m_openingPath;
    QFutureWatcher<WorkFile::SaveResult> m_saveWatcher;
    QString m_savingPath;
    int m_saveIndex = 0;
    std::function<void()> m_afterSave;
};

} // namespace Ditio
