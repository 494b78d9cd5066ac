#pragma once

#include "import/certificatefilereader.h"
#include "workfile/workfile.h"

#include <QObject>
#include <QPointer>

#include <functional>

QT_BEGIN_NAMESPACE
class QAction;
class QMenu;
class QWidget;
QT_END_NAMESPACE

namespace Ditio {

class AppSettings;
class CertificateTableView;
class Document;
class ImportController;
class MessageBar;

// The window's side of the document's life: New, Open (work files here, spreadsheets
// through the import), Open Recent, the sample, Save and Save As, recovery after a crash,
// and every question these ask (save changes? overwrite a file changed on disk? restore?),
// through the Dialogs seam so tests never block. What the answers do to the rows, the file
// and the recovery copy is the core's Document (see there why the two are apart); the
// window only wires the actions into its menus and shows busyChanged() and statusMessage().
class DocumentController : public QObject
{
    Q_OBJECT

public:
    enum class Proceed { Now, Later, Never };

    // window: the parent of questions and menus. None of the pointers is owned; all outlive
    // this object. The import's replace and confirm hooks are set here.
    DocumentController(Document *document, ImportController *import, CertificateTableView *view,
                       MessageBar *messageBar, AppSettings *settings, QWidget *window);

    Document *document() const { return m_document; }
    // A file is being read or written (an import has its own isBusy()).
    bool isBusy() const;

    QAction *newAction() const { return m_newAction; }
    QAction *openAction() const { return m_openAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *saveAsAction() const { return m_saveAsAction; }
    QAction *sampleAction() const { return m_sampleAction; }
    QMenu *recentMenu() const { return m_recentMenu; }

    // What the app does once the window is up: offer to restore work a crash left behind,
    // then open file, or on the very first start the sample, else a new document.
    void start(const QString &file = {});
    // Offers the recovery files of sessions that ended abruptly; true when one was restored.
    bool offerRecovery();
    // Asks about unsaved changes. Save starts saving and returns Later: afterSave runs once
    // the save succeeded.
    Proceed confirmDiscard(std::function<void()> afterSave);
    // While an upload writes into this document's rows: no other document until it ends.
    void setLocked(bool locked);
    // Runs next once the file being read, written or imported is done (the window closes
    // then); a failed save forgets it, an empty function clears it.
    void setAfterIdle(std::function<void()> next) { m_afterIdle = std::move(next); }

public slots:
    void newDocument();
    void open();
    void openFile(const QString &path);
    void openSample();
    // Whether a save was started (Save As may be cancelled).
    bool save();
    bool saveAs();

signals:
    void openFinished(bool ok);
    void saveFinished(bool ok);
    // A file is being read or written; message says which, for the status bar.
    void busyChanged(bool busy, const QString &message);
    // timeout in ms; 0 until the next message.
    void statusMessage(const QString &text, int timeout);

private:
    void createActions();
    void rebuildRecentMenu();
    void updateActions();
    void setBusy(bool busy, const QString &message = {});
    void runAfterIdle();
    void loadSample();
    bool saveDocument(std::function<void()> then);
    bool saveDocumentAs(std::function<void()> then);
    void startSave(const QString &path, const QByteArray &expectedHash, std::function<void()> then);
    void onOpenFinished(const CertificateFileReader::Result &read, const QString &path);
    void onSaveFinished(const WorkFile::SaveResult &result, const QString &path);
    void onImportFinished(bool ok, const QString &path, bool open);

    Document *m_document;
    ImportController *m_import;
    CertificateTableView *m_view;
    MessageBar *m_messageBar;
    AppSettings *m_settings;
    QPointer<QWidget> m_window;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_sampleAction = nullptr;
    QMenu *m_recentMenu = nullptr;

    bool m_locked = false;
    std::function<void()> m_afterSave; // once the save in progress succeeded
    std::function<void()> m_afterIdle;
};

} // namespace Ditio
