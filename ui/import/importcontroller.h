#pragma once

#include "import/importoptions.h"
#include "import/importresult.h"
#include "workfile/workdocument.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QProgressDialog;
class QUndoStack;
class QWidget;
QT_END_NAMESPACE

namespace Ditio {

class AppSettings;
class CertificateTableModel;
class ColumnMappingMemory;
class ImportDialog;
class MessageBar;

// File > Import, and Open of a spreadsheet: the import dialog, then the whole
// import on a worker thread with a cancellable progress dialog; then the rows
// replace the document (through the replace handler: the window loads them)
// or are added to the table as one undo step. A mapping confirmed in the
// dialog is remembered for the next file with the same header layout.
// Warnings and errors go to the window's message bar; a failed or cancelled
// import leaves the table as it was.
//
// Open asks only when there is something to decide (ImportDialog::hasDoubts):
// a file whose columns are all named exactly, or mapped as the user confirmed
// before, imports directly, the message bar saying which mapping was used.
class ImportController : public QObject
{
    Q_OBJECT

public:
    enum class Purpose { Import, Open };
    Q_ENUM(Purpose)

    using ReplaceHandler = std::function<void(const WorkDocument &document)>;
    // Asked before an import replaces the table from File > Import (unsaved
    // changes); false stops the import.
    using ConfirmReplace = std::function<bool()>;

    ImportController(CertificateTableModel *table, QUndoStack *undoStack, AppSettings *settings,
                     MessageBar *messageBar, QWidget *window);
    ~ImportController() override;

    void setReplaceHandler(ReplaceHandler handler) { m_replace = std::move(handler); }
    void setConfirmReplace(ConfirmReplace confirm) { m_confirm = std::move(confirm); }

    // Asks for a file (through Dialogs, so tests can answer), then importFile().
    void chooseAndImport();
    // Shows the dialog for path (it reads the file first, saying so).
    void importFile(const QString &path) { start(path, Purpose::Import); }
    // Open of a spreadsheet: the dialog only when the file leaves doubts;
    // always replaces the table.
    void openFile(const QString &path) { start(path, Purpose::Open); }

    bool isBusy() const { return m_dialog || m_watcher.isRunning(); }
    // Cancels a running import (as the progress dialog's Cancel does).
    void cancel();
    void waitForIdle();

    // The dialog while it is open, the progress dialog while importing.
    ImportDialog *dialog() const { return m_dialog; }
    QProgressDialog *progressDialog() const { return m_progress; }
    ColumnMappingMemory *mappingMemory() const { return m_memory.get(); }

    // The file chooser's filter: CSV, text and Excel files.
    static QString fileFilter();
    // .csv, .txt, .tsv, .xlsx, .xlsm, .ods: what Open hands to the import.
    static bool isSpreadsheetPath(const QString &path);

signals:
    // The dialog shows the file's first preview.
    void dialogShown(Ditio::ImportDialog *dialog);
    // ok: the rows are in the table. Otherwise the table is as it was (the
    // message bar says why, unless the user cancelled the dialog).
    void finished(bool ok, const QString &path, Ditio::ImportController::Purpose purpose);

private:
    void start(const QString &path, Purpose purpose);
    void onSourceReady(bool ok);
    void onDialogFinished(int result);
    void runImport(const ImportOptions &options, bool append, const QString &note);
    void onImportFinished();
    void closeDialog();
    void finish(bool ok);
    bool tableHasRows() const;

    CertificateTableModel *m_table;
    QUndoStack *m_undoStack;
    AppSettings *m_settings;
    MessageBar *m_messageBar;
    QPointer<QWidget> m_window;
    std::unique_ptr<ColumnMappingMemory> m_memory;
    ReplaceHandler m_replace;
    ConfirmReplace m_confirm;

    QString m_path;
    Purpose m_purpose = Purpose::Import;
    QPointer<ImportDialog> m_dialog;
    QFutureWatcher<ImportResult> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QProgressDialog *m_progress = nullptr;
    bool m_append = false;
    QString m_note; // the remembered mapping's note, for the message bar
    bool m_withoutDialog = false; // opened with no question: unused columns are named after
};

} // namespace Ditio
