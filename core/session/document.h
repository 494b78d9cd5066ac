#pragma once

#include "import/certificatefilereader.h"
#include "workfile/workdocument.h"
#include "workfile/workfile.h"
#include "session/recoverystore.h"

#include <QFutureWatcher>
#include <QObject>

QT_BEGIN_NAMESPACE
class QUndoStack;
QT_END_NAMESPACE

namespace Ditio {

class Autosaver;
class CertificateTableModel;

// The open work document, without a window: its rows (the table model) and their undo
// history, where it lives (the work file, and the hash the file had when read or last
// written, so a save never overwrites another program's changes), where its rows came from,
// and its recovery copy (RecoveryStore, kept current by the Autosaver). Files are read and
// written on worker threads; the document says when that is done and never asks anything.
//
// Why two classes (this one and the window's DocumentController) rather than one: the
// questions (save changes? overwrite a file changed on disk? restore?) need a window and
// the Dialogs seam, but what the answers do to the document does not, so this half stays in
// the core, free of widgets: a test, the command line or a later local store can hold a
// document as the window does (Tiled's DocumentManager, the addressbook example's model
// that reads and writes its own data).
class Document : public QObject
{
    Q_OBJECT

public:
    // recoveryFolder: empty for the app's data folder.
    explicit Document(const QString &recoveryFolder = {}, QObject *parent = nullptr);
    ~Document() override;

    CertificateTableModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undoStack; }
    Autosaver *autosaver() const { return m_autosaver; }
    RecoveryStore *recoveryStore() { return &m_recovery; }

    // Replaces the rows without asking. workFilePath is empty for a document not saved as a
    // work file; untitledName names it then ("Untitled" when empty). modified: restored
    // work that is in no file yet.
    void load(const WorkDocument &document, const QString &workFilePath = {},
              const QByteArray &contentHash = {}, bool modified = false,
              const QString &untitledName = {});
    // What open() read from path: a work file is the document; a spreadsheet's rows are an
    // untitled document named after the file.
    void load(const CertificateFileReader::Result &read, const QString &path);
    // Restores a recovery file (a crashed session's): modified, belonging to the work file
    // it was autosaved for. The recovery file is removed once its rows are loaded.
    bool restore(const QString &recoveryFile, QString *errorString);
    // The bundled sample: saved as "certificates.ditiocerts" unless named otherwise.
    void setSample(bool sample);

    QString filePath() const { return m_filePath; } // empty while untitled
    QByteArray contentHash() const { return m_contentHash; }
    QString sourcePath() const { return m_sourcePath; } // the spreadsheet the rows came from
    QString sourceFormat() const { return m_sourceFormat; }
    bool isSample() const { return m_isSample; }
    // The work file's name, or the untitled name.
    QString name() const;
    bool isModified() const;
    // Changes that are no edit (upload results) are part of the document too: it must be
    // saved to keep them, and its recovery copy must not be thrown away as "clean".
    void markModified();
    // The rows and where they came from: a cheap snapshot (the rows share their chunks).
    WorkDocument snapshot() const;
    // Where Save As proposes to write: the work file, else beside the source spreadsheet,
    // else in folder.
    QString suggestedSavePath(const QString &folder) const;

    // A file is being read or written.
    bool isBusy() const { return m_opening || m_saving; }
    // Reads path on a worker; openFinished() hands over what was read, for load(). False
    // (and nothing started) while busy.
    bool open(const QString &path);
    // Writes a snapshot to path on a worker. With expectedHash the save is refused when the
    // file on disk is no longer that (another program wrote it); empty overwrites. The
    // document is clean afterwards unless it was edited while being written.
    bool save(const QString &path, const QByteArray &expectedHash);
    // Waits for a read or write in progress (at exit).
    void waitForIdle();

signals:
    // load() is about to replace the rows (views drop their filters and sorting first).
    void aboutToLoad();
    void loaded();
    void modifiedChanged(bool modified);
    // The work file, the source or the sample mark changed: the title and the status bar.
    void locationChanged();
    void openFinished(const Ditio::CertificateFileReader::Result &read, const QString &path);
    void saveFinished(const Ditio::WorkFile::SaveResult &result, const QString &path);

private:
    void onOpenFinished();
    void onSaveFinished();

    RecoveryStore m_recovery;
    CertificateTableModel *m_model;
    QUndoStack *m_undoStack;
    Autosaver *m_autosaver;

    QString m_filePath;
    QByteArray m_contentHash;
    QString m_sourcePath;
    QString m_sourceFormat;
    QString m_untitledName;
    bool m_isSample = false;

    bool m_opening = false;
    bool m_saving = false;
    QFutureWatcher<CertificateFileReader::Result> m_openWatcher;
    QString m_openingPath;
    QFutureWatcher<WorkFile::SaveResult> m_saveWatcher;
    QString m_savingPath;
    int m_saveIndex = 0; // the undo index the file being written has
};

} // namespace Ditio
