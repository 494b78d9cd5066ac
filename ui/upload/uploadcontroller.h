#pragma once

#include "net/connectionsettings.h"
#include "net/ditioenvironment.h"
#include "upload/uploadsummary.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QMenu;
class QProgressBar;
class QStatusBar;
class QUndoStack;
class QWidget;
QT_END_NAMESPACE

namespace Ditio {

class Autosaver;
class CertificateTableModel;
class CertificateTableView;
class ConnectionDialog;
class DitioApiClient;
class EnvironmentBanner;
class FilterBar;
class LocalSandbox;
class MessageBar;
class SecretStore;
class TokenProvider;
class UploadSession;
class UploadSummaryDialog;

// The window's side of uploading: the Upload menu and its toolbar buttons, the connection
// (environment from the settings, secret from the keychain, the connection dialog), the
// production confirmation, the progress bar, the banner, the summary dialog. The upload
// itself (client, register check, job, run log) is the core's UploadSession, the same one
// the command line runs; this class decides when, and tells the user.
class UploadController : public QObject
{
    Q_OBJECT

public:
    // What of the window this needs; none of it owned, all of it outlives this object.
    struct Window
    {
        QWidget *widget = nullptr; // parent of dialogs
        CertificateTableModel *model = nullptr;
        CertificateTableView *view = nullptr;
        FilterBar *filterBar = nullptr;
        MessageBar *messageBar = nullptr;
        QStatusBar *statusBar = nullptr;
        QUndoStack *undoStack = nullptr;
        Autosaver *autosaver = nullptr;
        QSettings *settings = nullptr;
        std::function<QString()> workFilePath; // empty while the document is untitled
    };

    explicit UploadController(const Window &window, QObject *parent = nullptr);
    ~UploadController() override;

    QMenu *menu() const { return m_menu; }
    EnvironmentBanner *banner() const { return m_banner; }
    QAction *connectionAction() const { return m_connectionAction; }
    QAction *refreshRegisterAction() const { return m_refreshAction; }
    QAction *uploadAction() const { return m_uploadAction; }
    QAction *sendSelectedAction() const { return m_sendSelectedAction; }
    QAction *sendAgainAction() const { return m_sendAgainAction; }
    QAction *cancelAction() const { return m_cancelAction; }

    DitioEnvironment environment() const;
    bool isUploading() const;
    bool isBusy() const { return m_busy; }
    // The register of the current environment, once read.
    bool hasRegister() const;
    UploadSummary lastSummary() const;
    QString lastRunLogPath() const;
    // The upload itself: connection, register, job, run log (shared with the command line).
    UploadSession *session() const { return m_session; }
    ConnectionDialog *connectionDialog() const;
    UploadSummaryDialog *summaryDialog() const;
    LocalSandbox *sandbox() const { return m_sandbox.get(); }

    // Tests and the first start: switch environment without the dialog.
    void setEnvironmentKind(DitioEnvironment::Kind kind);
    // Keychain in tests (default: the system keychain). Takes ownership.
    void setSecretStore(SecretStore *store);
    // Show the summary dialog after a run (default true; tests read lastSummary()).
    void setShowsSummaryDialog(bool show) { m_showSummary = show; }
    // Hides or shows the Employee column to match whether a register is loaded.
    void updateEmployeeColumn();
    // Production asks before every upload, with the row count; true to go on.
    bool confirmUpload(int rows) const;
    // Waits for nothing: cancels a run and forgets pending steps (the window closes).
    void shutdown();

public slots:
    void showConnectionDialog();
    void refreshRegister();
    // Every row without errors that is not Uploaded.
    void upload();
    void sendSelected();
    void cancel();

signals:
    void registerRead(bool ok, const QString &message);
    void uploadFinished(const Ditio::UploadSummary &summary);
    void environmentChanged(const Ditio::DitioEnvironment &environment);
    void busyChanged(bool busy);

private:
    using Step = std::function<void()>;

    void createActions();
    void applySettings(); // environment from the settings, into the client and the banner
    // Makes sure the client has credentials, then runs next; asks the user if needed.
    void withConnection(const Step &next);
    void connectSession();
    void prepareRun(bool selectedOnly);
    // The session's question before sending: nothing to send, production, the progress bar.
    bool beforeSending(const QList<int> &rows);
    void onUploadFinished(const UploadSummary &summary);
    void testChoice(const ConnectionDialog *dialog);
    void saveChoice(const ConnectionDialog *dialog);
    void setBusy(bool busy, const QString &message = {});
    void updateActions();
    void fail(const QString &message);

    Window m_window;
    ConnectionSettings m_settings;
    UploadSession *m_session;
    SecretStore *m_secrets;
    std::unique_ptr<LocalSandbox> m_sandbox;
    // For "Test connection": its own client, so testing never disturbs the saved one.
    TokenProvider *m_testTokens;
    DitioApiClient *m_testApi;

    EnvironmentBanner *m_banner;
    QProgressBar *m_progress;
    QMenu *m_menu = nullptr;
    QAction *m_connectionAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_uploadAction = nullptr;
    QAction *m_sendSelectedAction = nullptr;
    QAction *m_sendAgainAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QTimer m_actionsTimer;
    QPointer<ConnectionDialog> m_dialog;
    QPointer<UploadSummaryDialog> m_summaryDialog;

    bool m_configured = false; // the client has credentials for the current environment
    QString m_secret; // the current client's, once read from the keychain (memory only)
    bool m_busy = false;
    bool m_showSummary = true;
    bool m_memoryNoticeShown = false;
    bool m_selectedOnly = false; // the run asked for is Send Selected Rows
    Step m_afterSecret; // waiting for the keychain
    quint64 m_generation = 0; // steps of an earlier environment are dropped
};

} // namespace Ditio
