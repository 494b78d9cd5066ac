#pragma once

#include "import/importoptions.h"
#include "import/importresult.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

QT_BEGIN_NAMESPACE
class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableView;
QT_END_NAMESPACE

namespace Ditio {

class ColumnMappingMemory;
class ImportMappingModel;
class ImportPreviewModel;
class ImportSource;

// File > Import: how a spreadsheet file becomes rows. Shows the sheet (for
// workbooks), the encoding and delimiter (for text files), the header row and
// the date order, each detected and changeable; the one-line fingerprint of
// the file; the column mapping (remembered, or matched from the headers) with
// a review of every column; and the first rows as they will be imported.
// Every change re-runs the preview. The file itself is opened on a worker
// thread (start()), the dialog saying "Reading <file>…" meanwhile.
//
// Accepting returns options() (with the mapping the user confirmed) and mode().
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Replace, Append };

    // memory: remembered mappings for the preview (not owned; may be null).
    // canAppend: the table has rows to add to.
    ImportDialog(const QString &path, const ColumnMappingMemory *memory, bool canAppend,
                 QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Opens the file on a worker thread; sourceReady() follows.
    void start();
    bool isReading() const { return m_watcher.isRunning(); }
    bool isReady() const { return m_source != nullptr; }
    QString path() const { return m_path; }
    // Why the file could not be opened (sourceReady(false)).
    QString errorString() const { return m_error; }

    // The latest preview and the options that made it.
    const ImportResult &preview() const { return m_preview; }
    // For the import: the options shown, with the mapping of the preview.
    ImportOptions options() const;
    Mode mode() const;
    // True when the user changed the mapping in the review.
    bool mappingEdited() const { return m_mappingEdited; }
    // Something for the user to decide or check: a required field without a
    // column, a match that is a guess, dates in an assumed or contradictory
    // order, several visible sheets. Without doubts Open imports directly.
    bool hasDoubts() const;

    // The parts, for tests and for the window.
    QComboBox *sheetCombo() const { return m_sheet; }
    QComboBox *encodingCombo() const { return m_encoding; }
    QComboBox *delimiterCombo() const { return m_delimiter; }
    QSpinBox *headerRowSpin() const { return m_headerRow; }
    QComboBox *dateOrderCombo() const { return m_dateOrder; }
    QLabel *fingerprintLabel() const { return m_fingerprint; }
    QLabel *mappingNoteLabel() const { return m_mappingNote; }
    QPushButton *changeMappingButton() const { return m_changeMapping; }
    QGroupBox *mappingGroup() const { return m_mappingGroup; }
    QTableView *mappingView() const { return m_mappingView; }
    ImportMappingModel *mappingModel() const { return m_mappingModel; }
    QTableView *previewView() const { return m_previewView; }
    ImportPreviewModel *previewModel() const { return m_previewModel; }
    QLabel *notesLabel() const { return m_notes; }
    QLabel *missingLabel() const { return m_missing; }
    QRadioButton *replaceButton() const { return m_replace; }
    QRadioButton *appendButton() const { return m_append; }
    QPushButton *importButton() const { return m_import; }

signals:
    // The file was read (ok) or cannot be (errorString()).
    void sourceReady(bool ok);
    // A new preview is shown.
    void previewUpdated();

private:
    void onSourceRead();
    void fillControls();
    void refresh();
    void showPreview();
    void openMappingEditors();
    void onMappingEdited();

    QString m_path;
    const ColumnMappingMemory *m_memory;
    QString m_error;
    std::shared_ptr<ImportSource> m_source;
    QFutureWatcher<std::shared_ptr<ImportSource>> m_watcher;
    ImportOptions m_options;
    ImportResult m_preview;
    bool m_mappingEdited = false;
    bool m_updating = false;

    QLabel *m_fileLabel;
    QLabel *m_reading;
    QProgressBar *m_busy;
    QWidget *m_body;
    QLabel *m_sheetLabel;
    QComboBox *m_sheet;
    QLabel *m_encodingLabel;
    QComboBox *m_encoding;
    QLabel *m_delimiterLabel;
    QComboBox *m_delimiter;
    QSpinBox *m_headerRow;
    QComboBox *m_dateOrder;
    QLabel *m_fingerprint;
    QLabel *m_mappingNote;
    QPushButton *m_changeMapping;
    QGroupBox *m_mappingGroup;
    QTableView *m_mappingView;
    ImportMappingModel *m_mappingModel;
    QTableView *m_previewView;
    ImportPreviewModel *m_previewModel;
    QLabel *m_notes;
    QLabel *m_missing;
    QRadioButton *m_replace;
    QRadioButton *m_append;
    QButtonGroup *m_modeGroup;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
};

} // namespace Ditio
