#include "document.h"

#include "model/certificatetablemodel.h"
#include "session/autosaver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace Ditio {

Document::Document(const QString &recoveryFolder, QObject *parent)
    : QObject(parent),
      m_recovery(recoveryFolder),
      m_model(new CertificateTableModel(this)),
      m_undoStack(new QUndoStack(this)),
      m_autosaver(new Autosaver(m_model, &m_recovery, this))
{
    m_model->setUndoStack(m_undoStack);
    m_autosaver->setDocumentInfo([this] {
        WorkDocument document;
        document.sourcePath = m_sourcePath;
        document.sourceFormat = m_sourceFormat;
        document.documentPath = m_filePath;
        return document;
    });
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean)
            m_autosaver->clear(); // nothing left to recover
        emit modifiedChanged(!clean);
    });
    // A save under another name while edits go on: the recovery copy follows it.
    connect(this, &Document::locationChanged, m_autosaver, &Autosaver::documentInfoChanged);
    connect(&m_openWatcher, &QFutureWatcherBase::finished, this, &Document::onOpenFinished);
    connect(&m_saveWatcher, &QFutureWatcherBase::finished, this, &Document::onSaveFinished);
}

Document::~Document()
{
    // The undo stack says cleanChanged while it goes: nobody may hear it any more.
    m_undoStack->disconnect(this);
    if (m_undoStack->isClean())
        m_autosaver->clear();
    m_autosaver->waitForIdle();
    waitForIdle();
}

void Document::waitForIdle()
{
    m_openWatcher.waitForFinished();
    m_saveWatcher.waitForFinished();
}

void Document::load(const WorkDocument &document, const QString &workFilePath,
                    const QByteArray &contentHash, bool modified, const QString &untitledName)
{
    emit aboutToLoad();
    m_undoStack->clear();
    m_model->setRows(document.rows);
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
    emit modifiedChanged(isModified());
    emit locationChanged();
    emit loaded();
}

void Document::load(const CertificateFileReader::Result &read, const QString &path)
{
    if (read.isWorkFile)
        load(read.document, path, read.contentHash, false);
    else
        load(read.document, {}, {}, false, QFileInfo(path).fileName());
}

bool Document::restore(const QString &recoveryFile, QString *errorString)
{
    const WorkFile::ReadResult read = RecoveryStore::read(recoveryFile);
    if (!read.ok) {
        if (errorString)
            *errorString = read.errorString;
        return false;
    }
    const QString documentPath = read.document.documentPath;
    // Later saves refuse to overwrite changes made to the file after now.
    const QByteArray hash =
            documentPath.isEmpty() ? QByteArray() : WorkFile::hashOfFile(documentPath);
    QString untitled;
    if (documentPath.isEmpty()) {
        untitled = read.document.sourcePath.isEmpty()
                ? tr("Recovered")
                : QFileInfo(read.document.sourcePath).fileName();
    }
    load(read.document, documentPath, hash, true, untitled);
    RecoveryStore::removeOrphan(recoveryFile);
    return true;
}

void Document::setSample(bool sample)
{
    m_isSample = sample;
    emit locationChanged();
}

QString Document::name() const
{
    return m_filePath.isEmpty() ? m_untitledName : QFileInfo(m_filePath).fileName();
}

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

void Document::markModified()
{
    if (m_undoStack->isClean())
        m_undoStack->resetClean();
}

WorkDocument Document::snapshot() const
{
    WorkDocument document;
    document.rows = m_model->rows();
    document.sourcePath = m_sourcePath;
    document.sourceFormat = m_sourceFormat;
    return document;
}

QString Document::suggestedSavePath(const QString &folder) const
{
    if (!m_filePath.isEmpty())
        return m_filePath;
    QString directory = folder;
    QString base = m_isSample ? QStringLiteral("certificates") : m_untitledName;
    if (!m_sourcePath.isEmpty()) {
        const QFileInfo source(m_sourcePath);
        directory = source.absolutePath();
        base = source.completeBaseName();
    }
    return QDir(directory).filePath(base + u'.' + QLatin1String(WorkFile::FileSuffix));
}

bool Document::open(const QString &path)
{
    if (isBusy())
        return false;
    m_opening = true;
    m_openingPath = QFileInfo(path).absoluteFilePath();
    const QString file = m_openingPath;
    m_openWatcher.setFuture(
            QtConcurrent::run([file] { return CertificateFileReader::read(file); }));
    return true;
}

void Document::onOpenFinished()
{
    m_opening = false;
    emit openFinished(m_openWatcher.result(), m_openingPath);
}

bool Document::save(const QString &path, const QByteArray &expectedHash)
{
    if (isBusy())
        return false;
    const WorkDocument document = snapshot();
    m_saving = true;
    m_savingPath = QFileInfo(path).absoluteFilePath();
    m_saveIndex = m_undoStack->index();
    const QString file = m_savingPath;
    m_saveWatcher.setFuture(QtConcurrent::run([file, document, expectedHash] {
        return WorkFile::write(file, document, expectedHash);
    }));
    return true;
}

void Document::onSaveFinished()
{
    const WorkFile::SaveResult result = m_saveWatcher.result();
    const QString path = m_savingPath;
    m_saving = false;
    if (result.ok()) {
        m_filePath = path;
        m_contentHash = result.contentHash;
        m_isSample = false;
        // Edits made while the file was written are not in it.
        if (m_undoStack->index() == m_saveIndex)
            m_undoStack->setClean();
        if (m_undoStack->isClean())
            m_autosaver->clear();
        emit modifiedChanged(isModified());
        emit locationChanged();
    }
    emit saveFinished(result, path);
}

} // namespace Ditio
