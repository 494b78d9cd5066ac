#pragma once

#include "export/exportresult.h"
#include "model/rowstore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QMenu;
class QProgressDialog;
class QWidget;
QT_END_NAMESPACE

namespace Ditio {

class CertificateTableModel;
class AppSettings;

// File > Export: the table as CSV (Norwegian Excel or comma), as XLSX, as the
// JSON Ditio would receive, and a blank XLSX template. The rows are a shared
// snapshot taken on the UI thread; the file is written on a worker thread with
// a cancellable progress dialog, so the window never blocks and edits made
// meanwhile cannot tear the export.
class ExportController : public QObject
{
    Q_OBJECT

public:
    enum class Format : quint8 { CsvSemicolon, CsvComma, Xlsx, Payload, Template };
    Q_ENUM(Format)

    // tableFactory builds, on the worker thread, a model like the window's
    // (same clock, register and known types) from the snapshot rows.
    using TableFactory =
            std::function<std::unique_ptr<CertificateTableModel>(const RowStore &rows)>;

    ExportController(CertificateTableModel *table, AppSettings *settings, TableFactory factory,
                     QWidget *window);
    ~ExportController() override;

    // The File > Export submenu.
    QMenu *menu() const { return m_menu; }
    QAction *onlyProblemsAction() const { return m_onlyProblems; }
    bool isBusy() const { return m_watcher.isRunning(); }
    void waitForIdle();

    // Asks for a file name (through Dialogs, so tests can answer) and exports.
    void exportAs(Format format);
    // Exports to path without asking.
    void exportTo(Format format, const QString &path);

signals:
    // ok false: message says why, naming the file.
    void finished(bool ok, const QString &message);

private:
    void onFinished();
    static QString filter(Format format);
    static QString suffix(Format format);

    CertificateTableModel *m_table;
    AppSettings *m_settings;
    TableFactory m_factory;
    QPointer<QWidget> m_window;
    QMenu *m_menu = nullptr;
    QAction *m_onlyProblems = nullptr;
    QFutureWatcher<ExportResult> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QProgressDialog *m_progress = nullptr;
    QString m_path;
    Format m_format = Format::CsvSemicolon;
};

} // namespace Ditio
