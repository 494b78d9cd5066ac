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
class QSettings;
class QWidget;
QT_END_NAMESPACE

namespace Ditio {

class CertificateTableModel;
class CertificateTableView;
class ConnectionDialog;
class DitioApiClient;
class Document;
class EnvironmentBanner;
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
    // document: its rows are sent, its results saved (and its recovery copy written before
    // rows leave). view: Send Selected Rows, and the Employee column. messageBar: outcomes
    // and errors (may be null). settings: the connection and the accepted types. window:
    // the parent of dialogs, the banner and the progress bar. None is owned; all outlive
    // this object.
    UploadController(Document *document, CertificateTableView *view, MessageBar *messageBar,
                     QSettings *settings, QWidget *window);
    ~UploadController() override;

    QMenu *menu() const { return m_menu; }
    // For the window to place: above the table, and in the status bar.
    EnvironmentBanner *banner() const { return m_banner; }
    QProgressBar *progressBar() const { return m_progress; }
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
    // For the status bar; empty clears it. timeout in ms, 0 until the next message.
    void statusMessage(const QString &text, int timeout);
    // The summary's "Show": filter the table to the rows in this state.
    void showRowsRequested(Ditio::UploadState state);

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

    Document *m_document;
    CertificateTableModel *m_model;
    CertificateTableView *m_view;
    MessageBar *m_messageBar;
    QWidget *m_window;
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
