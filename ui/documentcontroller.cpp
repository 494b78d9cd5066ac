#include "documentcontroller.h"

#include "certificatetableview.h"
#include "dialogs.h"
#include "import/importcontroller.h"
#include "import/importdialog.h" // ImportController::isBusy() needs it whole
#include "messagebar.h"
#include "model/certificatetablemodel.h"
#include "session/document.h"
#include "settings/appsettings.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QStyle>

namespace Ditio {

namespace {

const QString SampleResource = QStringLiteral(":/sample/certificates-sample.csv");

QIcon themeIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

// Every binding of a standard key; some platforms have none for Save As, so it gets the
// usual one.
QList<QKeySequence> standardKeys(QKeySequence::StandardKey key, const QKeySequence &fallback = {})
{
    QList<QKeySequence> bindings = QKeySequence::keyBindings(key);
    if (bindings.isEmpty() && !fallback.isEmpty())
        bindings.append(fallback);
    return bindings;
}

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

DocumentController::DocumentController(Document *document, ImportController *import,
                                       CertificateTableView *view, MessageBar *messageBar,
                                       AppSettings *settings, QWidget *window)
    : QObject(window),
      m_document(document),
      m_import(import),
      m_view(view),
      m_messageBar(messageBar),
      m_settings(settings),
      m_window(window)
{
    createActions();
    connect(m_document, &Document::openFinished, this, &DocumentController::onOpenFinished);
    connect(m_document, &Document::saveFinished, this, &DocumentController::onSaveFinished);
    // Spreadsheets (Import…, and Open or drop of a CSV or workbook) go through the import.
    m_import->setReplaceHandler([this](const WorkDocument &rows) {
        m_document->load(rows, {}, {}, false, QFileInfo(rows.sourcePath).fileName());
    });
    m_import->setConfirmReplace([this] { return confirmDiscard({}) == Proceed::Now; });
    connect(m_import, &ImportController::finished, this,
            [this](bool ok, const QString &path, ImportController::Purpose purpose) {
                onImportFinished(ok, path, purpose == ImportController::Purpose::Open);
            });
}

bool DocumentController::isBusy() const
{
    return m_document->isBusy();
}

void DocumentController::createActions()
{
    const auto make = [this](const QString &text, const QString &name,
                             const QList<QKeySequence> &shortcuts = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcuts(shortcuts);
        return action;
    };
    m_newAction = make(tr("&New"), QStringLiteral("newAction"), standardKeys(QKeySequence::New));
    m_newAction->setIcon(themeIcon(QStringLiteral("document-new"), QStyle::SP_FileIcon));
    m_newAction->setStatusTip(tr("Start a new, empty table"));
    connect(m_newAction, &QAction::triggered, this, &DocumentController::newDocument);

    m_openAction =
            make(tr("&Open…"), QStringLiteral("openAction"), standardKeys(QKeySequence::Open));
    m_openAction->setIcon(themeIcon(QStringLiteral("document-open"), QStyle::SP_DialogOpenButton));
    m_openAction->setStatusTip(tr("Open a work file or a CSV file"));
    connect(m_openAction, &QAction::triggered, this, &DocumentController::open);

    m_saveAction =
            make(tr("&Save"), QStringLiteral("saveAction"), standardKeys(QKeySequence::Save));
    m_saveAction->setIcon(themeIcon(QStringLiteral("document-save"), QStyle::SP_DialogSaveButton));
    m_saveAction->setStatusTip(tr("Save the table as a work file"));
    connect(m_saveAction, &QAction::triggered, this, &DocumentController::save);

    m_saveAsAction = make(
            tr("Save &As…"), QStringLiteral("saveAsAction"),
            standardKeys(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    m_saveAsAction->setIcon(
            themeIcon(QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton));
    connect(m_saveAsAction, &QAction::triggered, this, &DocumentController::saveAs);

    m_sampleAction = make(tr("Open &Sample File"), QStringLiteral("sampleAction"));
    m_sampleAction->setStatusTip(tr("Open a small table of certificates, some of them wrong"));
    connect(m_sampleAction, &QAction::triggered, this, &DocumentController::openSample);

    m_recentMenu = new QMenu(tr("Open &Recent"), m_window);
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recentMenu->setIcon(QIcon::fromTheme(QStringLiteral("document-open-recent")));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &DocumentController::rebuildRecentMenu);
    rebuildRecentMenu();
}

void DocumentController::rebuildRecentMenu()
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

void DocumentController::setLocked(bool locked)
{
    m_locked = locked;
    updateActions();
}

void DocumentController::updateActions()
{
    // Reading or writing: no other file operation. Uploading: no other document.
    const bool idle = !m_document->isBusy();
    for (QAction *action : {m_newAction, m_openAction, m_sampleAction})
        action->setEnabled(idle && !m_locked);
    m_recentMenu->setEnabled(idle && !m_locked);
    m_saveAction->setEnabled(idle);
    m_saveAsAction->setEnabled(idle);
}

void DocumentController::setBusy(bool busy, const QString &message)
{
    updateActions();
    emit busyChanged(busy, message);
}

void DocumentController::runAfterIdle()
{
    if (std::function<void()> next = std::exchange(m_afterIdle, {}))
        next();
}

// Starting and recovery ---------------------------------------------------------

void DocumentController::start(const QString &file)
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
    m_document->load(WorkDocument::untitled());
}

bool DocumentController::offerRecovery()
{
    for (const RecoveryStore::Orphan &orphan : m_document->recoveryStore()->orphans()) {
        const QString name = orphan.documentPath.isEmpty()
                ? QString()
                : QFileInfo(orphan.documentPath).fileName();
        const Dialogs::Answer answer =
                Dialogs::askRestore(m_window, orphan.savedAt, name, orphan.rows);
        if (answer != Dialogs::Restore) {
            RecoveryStore::removeOrphan(orphan.path);
            continue;
        }
        QString error;
        if (!m_document->restore(orphan.path, &error)) {
            m_messageBar->showMessage(error, MessageBar::Type::Error);
            return false;
        }
        m_messageBar->showMessage(
                tr("Unsaved work from %1 was restored. Save it to keep it.")
                        .arg(QLocale().toString(orphan.savedAt, QLocale::ShortFormat)),
                MessageBar::Type::Information);
        return true;
    }
    return false;
}

void DocumentController::loadSample()
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
    m_document->load(result.document, {}, {}, false, tr("Sample certificates"));
    m_document->setSample(true);
    m_messageBar->showMessage(
            tr("This is a sample of certificates, some of them wrong, so you can see the checks "
               "at work. Cells with problems are marked; the Problems panel lists them all."),
            MessageBar::Type::Information);
}

// New and open ---------------------------------------------------------------------

void DocumentController::newDocument()
{
    if (isBusy() || confirmDiscard([this] { newDocument(); }) != Proceed::Now)
        return;
    m_messageBar->hideMessage();
    m_document->load(WorkDocument::untitled());
    m_view->setFocus();
}

void DocumentController::open()
{
    if (isBusy())
        return;
    const QString path = Dialogs::getOpenFileName(
            m_window, tr("Open"), m_settings->lastDirectory(),
            tr("Certificate files (*.ditiocerts *.csv *.txt *.tsv *.xlsx *.xlsm *.ods);;"
               "Ditio work files (*.ditiocerts);;CSV and text files (*.csv *.txt *.tsv);;"
               "Excel workbooks (*.xlsx *.xlsm);;OpenDocument spreadsheets (*.ods);;"
               "All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void DocumentController::openFile(const QString &path)
{
    if (isBusy() || m_import->isBusy()) {
        emit statusMessage(tr("Wait until the current file operation is finished."), 4000);
        return;
    }
    if (confirmDiscard([this, path] { openFile(path); }) != Proceed::Now)
        return;
    if (ImportController::isSpreadsheetPath(path)) {
        m_import->openFile(path); // asks only when the file leaves something to decide
        return;
    }
    if (!m_document->open(path))
        return;
    setBusy(true, tr("Opening %1…").arg(QFileInfo(path).fileName()));
    m_view->setEnabled(false);
}

void DocumentController::openSample()
{
    if (isBusy() || confirmDiscard([this] { openSample(); }) != Proceed::Now)
        return;
    loadSample();
}

void DocumentController::onOpenFinished(const CertificateFileReader::Result &read,
                                        const QString &path)
{
    m_view->setEnabled(true);
    setBusy(false);
    if (!read.ok) {
        if (!QFileInfo::exists(path))
            m_settings->removeRecentFile(path);
        // Opened at startup: leave a row to type into rather than nothing.
        if (m_document->model()->rowCount() == 0 && !m_document->isModified())
            m_document->load(WorkDocument::untitled());
        m_messageBar->showMessage(read.errorString, MessageBar::Type::Error);
        emit openFinished(false);
    } else {
        m_document->load(read, path);
        m_settings->addRecentFile(path);
        m_settings->setLastDirectory(QFileInfo(path).absolutePath());
        if (!read.warnings.isEmpty()) {
            m_messageBar->showMessage(tr("%1 was opened with remarks:\n%2")
                                              .arg(nativeName(path), read.warnings.join(u'\n')),
                                      MessageBar::Type::Warning);
        } else {
            m_messageBar->hideMessage();
        }
        emit statusMessage(tr("Opened %1").arg(nativeName(path)), 5000);
        m_view->setFocus();
        emit openFinished(true);
    }
    runAfterIdle();
}

void DocumentController::onImportFinished(bool ok, const QString &path, bool open)
{
    if (!ok && !QFileInfo::exists(path))
        m_settings->removeRecentFile(path);
    if (!ok && m_document->model()->rowCount() == 0 && !m_document->isModified())
        m_document->load(WorkDocument::untitled());
    if (ok)
        emit statusMessage(tr("Imported %1").arg(nativeName(path)), 5000);
    m_view->setFocus();
    if (open)
        emit openFinished(ok);
    runAfterIdle();
}

// Saving ----------------------------------------------------------------------------

DocumentController::Proceed DocumentController::confirmDiscard(std::function<void()> afterSave)
{
    m_view->commitEdit();
    if (!m_document->isModified())
        return Proceed::Now;
    switch (Dialogs::askSaveChanges(m_window, m_document->name())) {
    case Dialogs::Save:
        return saveDocument(std::move(afterSave)) ? Proceed::Later : Proceed::Never;
    case Dialogs::Discard:
        return Proceed::Now;
    default:
        return Proceed::Never;
    }
}

bool DocumentController::save()
{
    return saveDocument({});
}

bool DocumentController::saveAs()
{
    return saveDocumentAs({});
}

bool DocumentController::saveDocument(std::function<void()> then)
{
    if (m_document->filePath().isEmpty())
        return saveDocumentAs(std::move(then));
    if (isBusy())
        return false;
    startSave(m_document->filePath(), m_document->contentHash(), std::move(then));
    return true;
}

bool DocumentController::saveDocumentAs(std::function<void()> then)
{
    if (isBusy())
        return false;
    QString path =
            Dialogs::getSaveFileName(m_window, tr("Save Work File"),
                                     m_document->suggestedSavePath(m_settings->lastDirectory()),
                                     tr("Ditio work files (*.ditiocerts)"));
    if (path.isEmpty())
        return false;
    const QString suffix = QLatin1String(WorkFile::FileSuffix);
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += u'.' + suffix;
    // The file dialog already asked before replacing an existing file.
    startSave(path, {}, std::move(then));
    return true;
}

void DocumentController::startSave(const QString &path, const QByteArray &expectedHash,
                                   std::function<void()> then)
{
    m_view->commitEdit(); // the cell being typed in is part of the file
    if (!m_document->save(path, expectedHash))
        return;
    m_afterSave = std::move(then);
    setBusy(true, tr("Saving %1…").arg(QFileInfo(path).fileName()));
}

void DocumentController::onSaveFinished(const WorkFile::SaveResult &result, const QString &path)
{
    std::function<void()> then = std::exchange(m_afterSave, {});
    setBusy(false);

    if (result.ok()) {
        m_settings->addRecentFile(path);
        m_settings->setLastDirectory(QFileInfo(path).absolutePath());
        if (m_messageBar->type() == MessageBar::Type::Error)
            m_messageBar->hideMessage();
        emit statusMessage(tr("Saved %1").arg(nativeName(path)), 5000);
        emit saveFinished(true);
        if (then)
            then();
        else
            runAfterIdle();
        return;
    }

    m_afterIdle = {};
    if (result.error == WorkFile::SaveError::ChangedOnDisk) {
        switch (Dialogs::askChangedOnDisk(m_window, nativeName(path))) {
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

} // namespace Ditio
