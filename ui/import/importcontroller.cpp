#include "importcontroller.h"

#include "dialogs.h"
#include "import/certificateimporter.h"
#include "import/columnmappingmemory.h"
#include "importdialog.h"
#include "messagebar.h"
#include "model/certificatetablemodel.h"
#include "model/insertrowscommand.h"
#include "settings/appsettings.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMetaObject>
#include <QProgressDialog>
#include <QUndoStack>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace Ditio {

namespace {

constexpr int WarningsShown = 10;

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

ImportController::ImportController(CertificateTableModel *table, QUndoStack *undoStack,
                                   AppSettings *settings, MessageBar *messageBar, QWidget *window)
    : QObject(window),
      m_table(table),
      m_undoStack(undoStack),
      m_settings(settings),
      m_messageBar(messageBar),
      m_window(window),
      m_memory(std::make_unique<ColumnMappingMemory>(settings->backend()))
{
    qRegisterMetaType<Ditio::ImportDialog *>();
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportController::onImportFinished);
}

ImportController::~ImportController()
{
    waitForIdle();
    if (m_dialog)
        delete m_dialog.data(); // waits for its reading to end
}

void ImportController::waitForIdle()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void ImportController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

QString ImportController::fileFilter()
{
    return tr("Spreadsheets (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods);;CSV and text files (*.csv "
              "*.txt *.tsv);;Excel workbooks (*.xlsx *.xlsm);;OpenDocument spreadsheets (*.ods);;"
              "All files (*)");
}

bool ImportController::isSpreadsheetPath(const QString &path)
{
    static const QStringList suffixes = {QStringLiteral("csv"),  QStringLiteral("txt"),
                                         QStringLiteral("tsv"),  QStringLiteral("xlsx"),
                                         QStringLiteral("xlsm"), QStringLiteral("ods")};
    return suffixes.contains(QFileInfo(path).suffix(), Qt::CaseInsensitive);
}

void ImportController::chooseAndImport()
{
    if (isBusy())
        return;
    const QString path = Dialogs::getOpenFileName(m_window, tr("Import"),
                                                  m_settings->lastDirectory(), fileFilter());
    if (!path.isEmpty())
        importFile(path);
}

bool ImportController::tableHasRows() const
{
    const RowStore rows = m_table->rows(); // shared: no copy
    return std::any_of(rows.cbegin(), rows.cend(),
                       [](const CertificateRow &row) { return !row.isBlank(); });
}

void ImportController::start(const QString &path, Purpose purpose)
{
    if (isBusy())
        return;
    m_path = QFileInfo(path).absoluteFilePath();
    m_purpose = purpose;
    m_note.clear();
    m_withoutDialog = false;
    m_dialog = new ImportDialog(m_path, m_memory.get(),
                                purpose == Purpose::Import && tableHasRows(), m_window);
    m_dialog->setWindowModality(Qt::WindowModal);
    connect(m_dialog, &ImportDialog::sourceReady, this, &ImportController::onSourceReady);
    connect(m_dialog, &QDialog::finished, this, &ImportController::onDialogFinished);
    // Import shows the dialog at once ("Reading <file>…"); Open only if it must ask.
    if (purpose == Purpose::Import)
        m_dialog->open();
    m_dialog->start();
}

void ImportController::closeDialog()
{
    if (!m_dialog)
        return;
    ImportDialog *dialog = m_dialog;
    m_dialog = nullptr;
    dialog->disconnect(this);
    dialog->hide();
    dialog->deleteLater();
}

void ImportController::onSourceReady(bool ok)
{
    if (!m_dialog)
        return;
    if (!ok) {
        const QString error = m_dialog->errorString();
        closeDialog();
        m_messageBar->showMessage(error, MessageBar::Type::Error);
        finish(false);
        return;
    }
    if (m_purpose == Purpose::Open && !m_dialog->hasDoubts()) {
        const ImportOptions options = m_dialog->options();
        const QString note = m_dialog->preview().mappingNote;
        closeDialog();
        m_withoutDialog = true;
        runImport(options, false, note);
        return;
    }
    if (!m_dialog->isVisible())
        m_dialog->open();
    emit dialogShown(m_dialog);
}

void ImportController::onDialogFinished(int result)
{
    if (!m_dialog)
        return;
    const ImportOptions options = m_dialog->options();
    const bool append = m_dialog->mode() == ImportDialog::Mode::Append;
    const bool accepted = result == QDialog::Accepted && m_dialog->preview().canImport();
    closeDialog();
    if (!accepted) {
        finish(false);
        return;
    }
    if (!append && m_purpose == Purpose::Import && m_confirm && !m_confirm()) {
        finish(false);
        return;
    }
    // Confirmed: the next file with these columns is mapped the same way.
    m_memory->remember(options.mapping, QDateTime::currentDateTimeUtc());
    m_settings->sync();
    runImport(options, append, {});
}

void ImportController::runImport(const ImportOptions &options, bool append, const QString &note)
{
    m_append = append;
    m_note = note;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;

    m_progress = new QProgressDialog(tr("Importing %1…").arg(QFileInfo(m_path).fileName()),
                                     tr("Cancel"), 0, 100, m_window);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });

    QPointer<QProgressDialog> progressDialog = m_progress;
    const QString path = m_path;
    m_watcher.setFuture(QtConcurrent::run([path, options, cancel, progressDialog] {
        const auto progress = [progressDialog](qint64 done, qint64 total) {
            if (total <= 0)
                return;
            const int percent = int(done * 100 / total);
            QMetaObject::invokeMethod(
                    progressDialog.data(),
                    [progressDialog, percent] {
                        if (progressDialog)
                            progressDialog->setValue(percent);
                    },
                    Qt::QueuedConnection);
        };
        // The mapping is in the options: the memory is not read off the UI thread.
        return CertificateImporter::import(path, options, nullptr, progress, cancel.get());
    }));
}

void ImportController::onImportFinished()
{
    ImportResult result = m_watcher.result();
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    const QString name = nativeName(m_path);
    // Cancelled is cancelled, even when the last row was read meanwhile.
    if (result.cancelled || (m_cancel && m_cancel->load())) {
        m_messageBar->showMessage(
                tr("Import of %1 cancelled; the table was left as it was.").arg(name),
                MessageBar::Type::Information, 8000);
        finish(false);
        return;
    }
    if (!result.ok) {
        m_messageBar->showMessage(result.errorString, MessageBar::Type::Error);
        finish(false);
        return;
    }

    if (m_append) {
        m_undoStack->push(new InsertRowsCommand(m_table, m_table->rowCount(),
                                                std::move(result.rows),
                                                tr("Import %1").arg(QFileInfo(m_path).fileName())));
    } else if (m_replace) {
        WorkDocument document;
        document.rows = std::move(result.rows);
        document.sourcePath = m_path;
        document.sourceFormat = result.format == ImportFormat::Workbook ? result.workbookFormat
                                                                        : QStringLiteral("csv");
        m_replace(document);
    }

    QStringList lines;
    if (!m_note.isEmpty())
        lines.append(m_note + u' ' + tr("To change it, use File > Import."));
    if (m_withoutDialog && !result.unusedColumns.isEmpty()) {
        // The dialog that lists them was not shown: name them here.
        QStringList columns;
        for (const UnusedColumn &unused : std::as_const(result.unusedColumns))
            columns.append(tr("column %1 (\u201c%2\u201d)").arg(unused.column).arg(unused.header));
        lines.append(tr("Not imported, as no certificate field: %1. To import one, use File > "
                        "Import.")
                             .arg(columns.join(QStringLiteral(", "))));
    }
    for (qsizetype i = 0; i < result.warnings.size() && i < WarningsShown; ++i)
        lines.append(result.warnings.at(i).message);
    if (result.warningCount > WarningsShown)
        lines.append(
                tr("… and %n more remark(s).", nullptr, int(result.warningCount - WarningsShown)));
    if (!result.warnings.isEmpty()) {
        m_messageBar->showMessage(
                tr("%1 was imported with remarks:\n%2").arg(name, lines.join(u'\n')),
                MessageBar::Type::Warning);
    } else if (!lines.isEmpty()) {
        m_messageBar->showMessage(lines.join(u'\n'), MessageBar::Type::Information);
    } else if (m_append) {
        m_messageBar->showMessage(tr("The rows of %1 were added to the table; Undo takes them "
                                     "out again.")
                                          .arg(name),
                                  MessageBar::Type::Positive, 8000);
    } else {
        m_messageBar->hideMessage();
    }
    finish(true);
}

void ImportController::finish(bool ok)
{
    m_cancel.reset();
    if (ok) {
        m_settings->addRecentFile(m_path);
        m_settings->setLastDirectory(QFileInfo(m_path).absolutePath());
    }
    emit finished(ok, m_path, m_purpose);
}

} // namespace Ditio
