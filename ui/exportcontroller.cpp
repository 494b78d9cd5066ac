#include "exportcontroller.h"

#include "dialogs.h"
#include "export/csvexporter.h"
#include "export/payloadexporter.h"
#include "export/xlsxexporter.h"
#include "export/xlsxtemplate.h"
#include "model/certificatetablemodel.h"
#include "settings/appsettings.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMetaObject>
#include <QProgressDialog>
#include <QWidget>
#include <QtConcurrent>

namespace Ditio {

ExportController::ExportController(CertificateTableModel *table, AppSettings *settings,
                                   TableFactory factory, QWidget *window)
    : QObject(window),
      m_table(table),
      m_settings(settings),
      m_factory(std::move(factory)),
      m_window(window)
{
    m_menu = new QMenu(tr("&Export"), window);
    m_menu->setObjectName(QStringLiteral("exportMenu"));
    m_menu->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    const auto add = [this](const QString &text, Format format, const QString &name) {
        QAction *action = m_menu->addAction(text);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, [this, format] { exportAs(format); });
        return action;
    };
    add(tr("CSV for &Norwegian Excel (semicolons)…"), Format::CsvSemicolon,
        QStringLiteral("exportCsvSemicolonAction"));
    add(tr("CSV, &comma-separated…"), Format::CsvComma, QStringLiteral("exportCsvCommaAction"));
    add(tr("E&xcel Workbook (.xlsx)…"), Format::Xlsx, QStringLiteral("exportXlsxAction"));
    m_menu->addSeparator();
    m_onlyProblems = m_menu->addAction(tr("Only Rows with &Problems"));
    m_onlyProblems->setObjectName(QStringLiteral("exportOnlyProblemsAction"));
    m_onlyProblems->setCheckable(true);
    m_onlyProblems->setToolTip(tr("Export only rows with errors or warnings, and rows Ditio "
                                  "rejected or did not confirm"));
    m_menu->addSeparator();
    add(tr("Ditio &Payload (JSON)…"), Format::Payload, QStringLiteral("exportPayloadAction"))
            ->setToolTip(tr("The valid rows exactly as the upload sends them"));
    add(tr("Blank &Template for HR (.xlsx)…"), Format::Template,
        QStringLiteral("exportTemplateAction"))
            ->setToolTip(tr("An empty workbook with the right columns, to give to whoever "
                            "fills in certificates"));

    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ExportController::onFinished);
}

ExportController::~ExportController()
{
    waitForIdle();
}

void ExportController::waitForIdle()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

QString ExportController::suffix(Format format)
{
    switch (format) {
    case Format::CsvSemicolon:
    case Format::CsvComma:
        return QStringLiteral("csv");
    case Format::Xlsx:
    case Format::Template:
        return QStringLiteral("xlsx");
    case Format::Payload:
        return QStringLiteral("json");
    }
    return {};
}

QString ExportController::filter(Format format)
{
    switch (format) {
    case Format::CsvSemicolon:
    case Format::CsvComma:
        return tr("CSV files (*.csv)");
    case Format::Xlsx:
    case Format::Template:
        return tr("Excel workbooks (*.xlsx)");
    case Format::Payload:
        return tr("JSON files (*.json)");
    }
    return {};
}

void ExportController::exportAs(Format format)
{
    if (isBusy())
        return;
    QString directory = m_settings->lastDirectory();
    if (directory.isEmpty())
        directory = QDir::homePath();
    const QString base = format == Format::Template ? tr("certificates-template")
            : format == Format::Payload             ? tr("certificates-payload")
                                                    : tr("certificates");
    const QString proposed = QDir(directory).filePath(base + u'.' + suffix(format));
    QString path = Dialogs::getSaveFileName(m_window, tr("Export"), proposed, filter(format));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix(format);
    m_settings->setLastDirectory(QFileInfo(path).absolutePath());
    exportTo(format, path);
}

void ExportController::exportTo(Format format, const QString &path)
{
    if (isBusy())
        return;
    m_format = format;
    m_path = path;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const bool onlyProblems = m_onlyProblems->isChecked();
    // A shared snapshot: free now, and edits made during the export do not reach it.
    const RowStore rows = format == Format::Template ? RowStore() : m_table->rows();

    m_progress = new QProgressDialog(tr("Exporting to %1…").arg(QFileInfo(path).fileName()),
                                     tr("Cancel"), 0, 100, m_window);
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    connect(m_progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });

    QPointer<QProgressDialog> progressDialog = m_progress;
    const TableFactory factory = m_factory;
    m_watcher.setFuture(QtConcurrent::run([=]() -> ExportResult {
        ExportProgress progress;
        progress.cancel = cancel.get();
        progress.onProgress = [progressDialog](qint64 done, qint64 total) {
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
        if (format == Format::Template)
            return XlsxTemplate::write(path);
        const std::unique_ptr<CertificateTableModel> model = factory(rows);
        switch (format) {
        case Format::CsvSemicolon:
        case Format::CsvComma: {
            CsvExporter::Options options;
            options.delimiter = format == Format::CsvComma ? CsvExporter::Delimiter::Comma
                                                           : CsvExporter::Delimiter::Semicolon;
            options.onlyProblems = onlyProblems;
            return CsvExporter::write(*model, path, options, progress);
        }
        case Format::Xlsx: {
            XlsxExporter::Options options;
            options.onlyProblems = onlyProblems;
            return XlsxExporter::write(*model, path, options, progress);
        }
        case Format::Payload:
            return PayloadExporter::write(*model, path);
        case Format::Template:
            break;
        }
        return {};
    }));
}

void ExportController::onFinished()
{
    const ExportResult result = m_watcher.result();
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    const QString name = QDir::toNativeSeparators(m_path);
    if (result.cancelled) {
        emit finished(false, tr("Export cancelled; %1 was left as it was.").arg(name));
        return;
    }
    if (!result.ok) {
        emit finished(false, result.errorString);
        return;
    }
    QString message;
    if (m_format == Format::Template)
        message = tr("Wrote a blank template to %1.").arg(name);
    else if (m_format == Format::Payload && result.rowsLeftOut > 0)
        message = tr("Wrote %n valid row(s) to %1", nullptr, result.rowsWritten).arg(name)
                + QStringLiteral("; ")
                + tr("%n row(s) with errors left out.", nullptr, result.rowsLeftOut);
    else
        message = tr("Wrote %n row(s) to %1.", nullptr, result.rowsWritten).arg(name);
    emit finished(true, message);
}

} // namespace Ditio
