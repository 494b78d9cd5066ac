#include "importdialog.h"

#include "dialogs.h"
#include "importfielddelegate.h"
#include "importmappingmodel.h"
#include "importpreviewmodel.h"
#include "import/columnmappingmemory.h"
#include "import/importsource.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Ditio {

namespace {

constexpr int WarningsShown = 5;

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    return view;
}

} // namespace

ImportDialog::ImportDialog(const QString &path, const ColumnMappingMemory *memory, bool canAppend,
                           QWidget *parent)
    : QDialog(parent),
      m_path(path),
      m_memory(memory),
      m_fileLabel(new QLabel(this)),
      m_reading(new QLabel(this)),
      m_busy(new QProgressBar(this)),
      m_body(new QWidget(this)),
      m_sheetLabel(new QLabel(tr("&Sheet:"), this)),
      m_sheet(new QComboBox(this)),
      m_encodingLabel(new QLabel(tr("&Encoding:"), this)),
      m_encoding(new QComboBox(this)),
      m_delimiterLabel(new QLabel(tr("&Delimiter:"), this)),
      m_delimiter(new QComboBox(this)),
      m_headerRow(new QSpinBox(this)),
      m_dateOrder(new QComboBox(this)),
      m_fingerprint(new QLabel(this)),
      m_mappingNote(new QLabel(this)),
      m_changeMapping(new QPushButton(tr("&Change Mapping…"), this)),
      m_mappingGroup(new QGroupBox(tr("Columns"), this)),
      m_mappingView(makeTable(this, QStringLiteral("mappingView"))),
      m_mappingModel(new ImportMappingModel(this)),
      m_previewView(makeTable(this, QStringLiteral("previewView"))),
      m_previewModel(new ImportPreviewModel(this)),
      m_notes(new QLabel(this)),
      m_missing(new QLabel(this)),
      m_replace(new QRadioButton(tr("&Replace the table"), this)),
      m_append(new QRadioButton(tr("&Add to the current table"), this)),
      m_modeGroup(new QButtonGroup(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    setSizeGripEnabled(true);

    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setText(
            QStringLiteral("<b>%1</b>").arg(QFileInfo(path).fileName().toHtmlEscaped()));
    m_fileLabel->setToolTip(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    m_reading->setObjectName(QStringLiteral("readingLabel"));
    m_reading->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(fontMetrics().height());

    m_sheet->setObjectName(QStringLiteral("sheetCombo"));
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_headerRow->setObjectName(QStringLiteral("headerRowSpin"));
    m_dateOrder->setObjectName(QStringLiteral("dateOrderCombo"));
    m_sheetLabel->setBuddy(m_sheet);
    m_encodingLabel->setBuddy(m_encoding);
    m_delimiterLabel->setBuddy(m_delimiter);
    m_headerRow->setRange(0, 999);
    m_headerRow->setToolTip(tr("The row the column names are on, as the spreadsheet numbers it"));
    m_dateOrder->addItem(tr("Detected"), int(DateOrder::Automatic));
    m_dateOrder->addItem(tr("Day first (31.12.2026)"), int(DateOrder::DayFirst));
    m_dateOrder->addItem(tr("Month first (12/31/2026)"), int(DateOrder::MonthFirst));
    for (QComboBox *combo : {m_sheet, m_encoding, m_delimiter, m_dateOrder})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *settings = new QGridLayout;
    settings->setHorizontalSpacing(12);
    settings->addWidget(m_sheetLabel, 0, 0);
    settings->addWidget(m_sheet, 0, 1);
    // A workbook shows its sheet where a text file shows its encoding.
    settings->addWidget(m_encodingLabel, 0, 0);
    settings->addWidget(m_encoding, 0, 1);
    settings->addWidget(m_delimiterLabel, 1, 0);
    settings->addWidget(m_delimiter, 1, 1);
    auto *headerLabel = new QLabel(tr("&Header row:"), this);
    headerLabel->setBuddy(m_headerRow);
    settings->addWidget(headerLabel, 0, 3);
    settings->addWidget(m_headerRow, 0, 4);
    auto *dateLabel = new QLabel(tr("Dat&e order:"), this);
    dateLabel->setBuddy(m_dateOrder);
    settings->addWidget(dateLabel, 1, 3);
    settings->addWidget(m_dateOrder, 1, 4);
    settings->setColumnMinimumWidth(2, 24);
    settings->setColumnStretch(5, 1);

    m_fingerprint->setObjectName(QStringLiteral("fingerprintLabel"));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_fingerprint->font();
    bold.setBold(true);
    m_fingerprint->setFont(bold);
    m_fingerprint->setToolTip(tr("What was detected in the file"));
    m_mappingNote->setObjectName(QStringLiteral("mappingNoteLabel"));
    m_mappingNote->setWordWrap(true);
    m_changeMapping->setObjectName(QStringLiteral("changeMappingButton"));
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_mappingNote, 1);
    noteRow->addWidget(m_changeMapping);

    m_mappingView->setModel(m_mappingModel);
    m_mappingView->setItemDelegateForColumn(ImportMappingModel::FieldColumn,
                                            new ImportFieldDelegate(m_mappingView));
    m_mappingView->verticalHeader()->hide();
    m_mappingView->horizontalHeader()->setSectionResizeMode(ImportMappingModel::ValuesColumn,
                                                            QHeaderView::Stretch);
    m_mappingView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    auto *mappingLayout = new QVBoxLayout(m_mappingGroup);
    mappingLayout->addWidget(m_mappingView);
    // A mapping file serves the command line's --mapping in scheduled syncs.
    auto *saveMapping = new QPushButton(tr("&Save Mapping…"), m_mappingGroup);
    saveMapping->setObjectName(QStringLiteral("saveMappingButton"));
    saveMapping->setToolTip(
            tr("Save this column mapping to a file, for ditio-certs-cli --mapping"));
    connect(saveMapping, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::getSaveFileName(
                this, tr("Save Column Mapping"),
                QFileInfo(m_path).dir().filePath(QFileInfo(m_path).completeBaseName()
                                                 + QStringLiteral(".mapping.json")),
                tr("Column mappings (*.json)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!m_mappingModel->mapping().save(path, &error))
            QMessageBox::warning(this, tr("Save Column Mapping"), error);
    });
    auto *mappingButtons = new QHBoxLayout;
    mappingButtons->addStretch(1);
    mappingButtons->addWidget(saveMapping);
    mappingLayout->addLayout(mappingButtons);
    m_mappingGroup->setObjectName(QStringLiteral("mappingGroup"));

    m_previewView->setModel(m_previewModel);
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    auto *previewGroup =
            new QGroupBox(tr("Preview: the first rows as they will be imported"), this);
    auto *previewLayout = new QVBoxLayout(previewGroup);
    previewLayout->addWidget(m_previewView);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_mappingGroup);
    splitter->addWidget(previewGroup);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    m_notes->setObjectName(QStringLiteral("notesLabel"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_missing->setObjectName(QStringLiteral("missingLabel"));
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));

    m_replace->setObjectName(QStringLiteral("replaceButton"));
    m_append->setObjectName(QStringLiteral("appendButton"));
    m_modeGroup->addButton(m_replace);
    m_modeGroup->addButton(m_append);
    m_replace->setChecked(true);
    m_append->setEnabled(canAppend);
    if (!canAppend)
        m_append->setToolTip(tr("The table is empty"));
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_replace);
    modeRow->addWidget(m_append);
    modeRow->addStretch(1);

    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    m_import->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addLayout(settings);
    body->addWidget(m_fingerprint);
    body->addLayout(noteRow);
    body->addWidget(splitter, 1);
    body->addWidget(m_notes);
    body->addWidget(m_missing);
    body->addLayout(modeRow);
    m_body->setEnabled(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_fileLabel);
    top->addWidget(m_reading, 1);
    top->addWidget(m_busy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_buttons);
    m_notes->hide();
    m_missing->hide();
    m_changeMapping->hide();
    resize(1000, 760);

    const auto changed = [this](auto apply) {
        return [this, apply] {
            if (m_updating)
                return;
            apply();
            refresh();
        };
    };
    connect(m_sheet, &QComboBox::currentIndexChanged, this, changed([this] {
                m_options.sheetName = m_sheet->currentData().toString();
                m_options.headerRow = 0;
                m_options.mapping = {};
                m_mappingEdited = false;
            }));
    connect(m_encoding, &QComboBox::currentIndexChanged, this, changed([this] {
                const int value = m_encoding->currentData().toInt();
                m_options.encoding =
                        value < 0 ? std::nullopt : std::optional(TextDecoder::Encoding(value));
            }));
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, changed([this] {
                const QString value = m_delimiter->currentData().toString();
                m_options.delimiter = value.isEmpty() ? QChar() : value.front();
            }));
    connect(m_headerRow, &QSpinBox::valueChanged, this, changed([this] {
                m_options.headerRow = m_headerRow->value();
                m_options.mapping = {};
                m_mappingEdited = false;
            }));
    connect(m_dateOrder, &QComboBox::currentIndexChanged, this, changed([this] {
                m_options.dateOrder = DateOrder(m_dateOrder->currentData().toInt());
            }));
    connect(m_changeMapping, &QPushButton::clicked, this, [this] {
        m_mappingGroup->show();
        m_changeMapping->hide();
        m_mappingView->setFocus();
    });
    connect(m_mappingModel, &ImportMappingModel::mappingEdited, this,
            &ImportDialog::onMappingEdited);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportDialog::onSourceRead);
}

ImportDialog::~ImportDialog()
{
    m_watcher.waitForFinished();
}

void ImportDialog::start()
{
    if (m_watcher.isRunning() || m_source)
        return;
    const QString file = m_path;
    // Opening reads the file (a workbook's sheet list, a text file's
    // encoding): never on the UI thread. The source then moves to this one.
    m_watcher.setFuture(QtConcurrent::run([file] {
        auto source = std::make_shared<ImportSource>();
        source->open(file);
        return source;
    }));
}

void ImportDialog::onSourceRead()
{
    std::shared_ptr<ImportSource> source = m_watcher.result();
    m_reading->clear();
    m_busy->hide();
    if (!source || !source->errorString().isEmpty()) {
        m_error = source ? source->errorString()
                         : tr("%1 cannot be opened.").arg(QDir::toNativeSeparators(m_path));
        m_reading->setText(m_error);
        emit sourceReady(false);
        return;
    }
    m_source = std::move(source);
    m_source->setMappingMemory(m_memory);
    m_body->setEnabled(true);
    fillControls();
    refresh();
    emit sourceReady(true);
}

void ImportDialog::fillControls()
{
    m_updating = true;
    const bool workbook = m_source->format() == ImportFormat::Workbook;
    m_sheet->clear();
    if (workbook) {
        const QStringList names = m_source->sheetNames();
        auto *items = qobject_cast<QStandardItemModel *>(m_sheet->model());
        for (int index = 0; index < names.size(); ++index) {
            const bool hidden = m_source->isSheetHidden(index);
            m_sheet->addItem(hidden ? tr("%1 (hidden)").arg(names.at(index)) : names.at(index),
                             names.at(index));
            if (hidden && items) {
                QStandardItem *item = items->item(index);
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
                item->setToolTip(tr("This sheet is hidden in the workbook"));
            }
        }
        m_sheet->setCurrentIndex(std::max(0, m_source->preferredSheet()));
        // No sheet named yet: the first preview finds the first sheet that
        // holds a table (an empty cover sheet is passed over), and the
        // chooser follows it in showPreview().
        m_options.sheetName.clear();
    } else {
        m_encoding->clear();
        m_encoding->addItem(
                tr("Detected: %1").arg(TextDecoder::encodingName(m_source->detectedEncoding())),
                -1);
        for (const TextDecoder::Encoding encoding :
             {TextDecoder::Encoding::Utf8, TextDecoder::Encoding::Utf16LE,
              TextDecoder::Encoding::Utf16BE, TextDecoder::Encoding::Windows1252})
            m_encoding->addItem(TextDecoder::encodingName(encoding), int(encoding));
        m_delimiter->clear();
        m_delimiter->addItem(tr("Detected"), QString());
        for (const QChar delimiter : {u';', u',', u'\t', u'|'}) {
            QString name = ImportSource::delimiterName(delimiter);
            if (!name.isEmpty())
                name[0] = name[0].toUpper();
            m_delimiter->addItem(name, QString(delimiter));
        }
    }
    for (QWidget *widget : std::initializer_list<QWidget *> {m_sheetLabel, m_sheet})
        widget->setVisible(workbook);
    for (QWidget *widget : std::initializer_list<QWidget *> {m_encodingLabel, m_encoding,
                                                             m_delimiterLabel, m_delimiter})
        widget->setVisible(!workbook);
    m_updating = false;
}

void ImportDialog::refresh()
{
    if (!m_source)
        return;
    m_preview = m_source->preview(m_options, ImportSource::PreviewRows);
    showPreview();
}

void ImportDialog::showPreview()
{
    m_updating = true;
    const ImportResult &preview = m_preview;
    if (preview.format == ImportFormat::Workbook && m_options.sheetName.isEmpty()
        && preview.sheetIndex >= 0 && preview.sheetIndex < m_sheet->count()) {
        m_sheet->setCurrentIndex(preview.sheetIndex);
        m_options.sheetName = m_sheet->currentData().toString();
    }
    if (preview.format == ImportFormat::Csv && preview.ok) {
        // "Detected: semicolon" says what detection found, not just that it ran.
        m_delimiter->setItemText(
                0, tr("Detected: %1").arg(ImportSource::delimiterName(preview.delimiter)));
    }
    m_headerRow->setSpecialValueText(preview.ok && preview.headerRow > 0
                                             ? tr("Detected (row %1)").arg(preview.headerRow)
                                             : tr("Detected"));
    m_updating = false;

    m_fingerprint->setText(preview.ok ? preview.fingerprint : QString());
    // The view hides the editors it throws away while the column's delegate
    // still watches their focus (Qt removes only its default delegate's
    // filter): take the focus off them first.
    if (QWidget *focus = QApplication::focusWidget(); focus && m_mappingView->isAncestorOf(focus))
        m_mappingView->setFocus(Qt::OtherFocusReason);
    for (int row = 0; row < m_mappingModel->rowCount(); ++row)
        m_mappingView->closePersistentEditor(
                m_mappingModel->index(row, ImportMappingModel::FieldColumn));
    m_mappingModel->setPreview(preview);
    m_previewModel->setPreview(preview);
    openMappingEditors();
    m_previewView->resizeColumnsToContents();
    m_mappingView->resizeColumnToContents(ImportMappingModel::HeaderColumn);
    m_mappingView->setColumnWidth(
            ImportMappingModel::FieldColumn,
            std::max(m_mappingView->columnWidth(ImportMappingModel::FieldColumn),
                     fontMetrics().horizontalAdvance(
                             ImportMappingModel::fieldChoiceText(ImportMappingModel::Ignore))
                             + 60));
    m_mappingView->resizeColumnToContents(ImportMappingModel::MatchColumn);

    QString note;
    switch (preview.mappingOrigin) {
    case MappingOrigin::Remembered:
        note = preview.mappingNote;
        break;
    case MappingOrigin::Chosen:
        note = tr("Your column choices are used, and remembered for files with these "
                  "columns.");
        break;
    case MappingOrigin::Automatic:
        note = tr("Columns were matched by their names. Check the mapping below; it is "
                  "remembered once you import.");
        break;
    }
    m_mappingNote->setText(preview.ok ? note : QString());
    const bool remembered = preview.ok && preview.mappingOrigin == MappingOrigin::Remembered;
    // A remembered mapping is applied without asking; the review is one click away.
    if (remembered && !m_mappingEdited) {
        m_mappingGroup->hide();
        m_changeMapping->show();
    } else {
        m_mappingGroup->show();
        m_changeMapping->hide();
    }

    QStringList notes;
    if (!preview.ok)
        notes.append(preview.errorString);
    notes.append(preview.dateNotes);
    for (qsizetype i = 0; i < preview.warnings.size() && i < WarningsShown; ++i)
        notes.append(preview.warnings.at(i).message);
    if (preview.warningCount > WarningsShown)
        notes.append(
                tr("… and %n more remark(s).", nullptr, int(preview.warningCount - WarningsShown)));
    m_notes->setText(notes.join(u'\n'));
    m_notes->setVisible(!notes.isEmpty());

    QStringList missing;
    for (const Field field : preview.missingFields)
        missing.append(fieldTitle(field));
    m_missing->setText(missing.isEmpty()
                               ? QString()
                               : tr("No column is imported as %1. Choose one in the list of "
                                    "columns to import.")
                                         .arg(QLocale().createSeparatedList(missing)));
    m_missing->setVisible(!missing.isEmpty());
    m_import->setEnabled(preview.canImport());
    emit previewUpdated();
}

void ImportDialog::openMappingEditors()
{
    for (int row = 0; row < m_mappingModel->rowCount(); ++row)
        m_mappingView->openPersistentEditor(
                m_mappingModel->index(row, ImportMappingModel::FieldColumn));
}

void ImportDialog::onMappingEdited()
{
    m_mappingEdited = true;
    m_options.mapping = m_mappingModel->mapping();
    // Not from inside the combo's signal: the new preview rebuilds the editors.
    QMetaObject::invokeMethod(this, &ImportDialog::refresh, Qt::QueuedConnection);
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options = m_options;
    if (m_preview.ok)
        options.mapping = m_preview.mapping;
    return options;
}

ImportDialog::Mode ImportDialog::mode() const
{
    return m_append->isChecked() && m_append->isEnabled() ? Mode::Append : Mode::Replace;
}

bool ImportDialog::hasDoubts() const
{
    const ImportResult &preview = m_preview;
    if (!m_source || !preview.canImport())
        return true;
    if (preview.format == ImportFormat::Workbook) {
        int visible = 0;
        for (int index = 0; index < preview.sheetNames.size(); ++index)
            visible += m_source->isSheetHidden(index) ? 0 : 1;
        if (visible > 1)
            return true;
    }
    // A date order only assumed, or contradicted, is the user's call; two-digit
    // years are flagged in the table like any other error.
    if (m_options.dateOrder == DateOrder::Automatic) {
        for (const DateColumnFormat::Summary &column : preview.dateColumns) {
            if (column.assumed || column.conflicting)
                return true;
        }
    }
    if (preview.mappingOrigin == MappingOrigin::Automatic) {
        for (qsizetype column = 0; column < preview.mapping.size(); ++column) {
            if (preview.mapping.field(column) && preview.matchScores.value(column) < 100)
                return true;
        }
    }
    return false;
}

} // namespace Ditio
