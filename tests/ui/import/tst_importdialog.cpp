// The import dialog on the offscreen platform, driven as a user drives it:
// File > Import of a CSV from Norwegian Excel, a column given another field
// in the review, the encoding changed, Import clicked; then the table.

#include "dialogs.h"
#include "import/columnmapping.h"
#include "import/columnmappingmemory.h"
#include "import/importcontroller.h"
#include "import/importdialog.h"
#include "import/importmappingmodel.h"
#include "import/importpreviewmodel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "model/certificatetablemodel.h"
#include "model/dateparser.h"
#include "model/problemsmodel.h"
#include "settings/appsettings.h"
#include "util/clock.h"
#include "xlsxfixturewriter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QGroupBox>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

#include <memory>

using namespace Ditio;
using namespace Qt::StringLiterals;

namespace {

const QString DataDir = QStringLiteral(DITIO_TEST_DATA_DIR "/importdialog");

QString fixture(const QString &name)
{
    return DataDir + u'/' + name;
}

QStringList columnTexts(const CertificateTableModel *model, Field field)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->text(row, field));
    return texts;
}

CertificateRow makeRow(const QString &employee, const QString &type)
{
    CertificateRow row;
    row.setText(Field::EmployeeNumber, employee);
    row.setText(Field::CertificateType, type);
    row.setText(Field::CertificateNumber, QStringLiteral("X-") + employee);
    row.setText(Field::IssuedDate, QStringLiteral("15.01.2020"));
    row.setText(Field::ValidUntilDate, QStringLiteral("15.01.2030"));
    return row;
}

QtMessageHandler previousHandler = nullptr;

void quietOffscreenWarnings(QtMsgType type, const QMessageLogContext &context,
                            const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(u"This plugin does not support"_s))
        return;
    previousHandler(type, context, message);
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void importWithChangedMapping();
    void encodingChangesPreview_data();
    void encodingChangesPreview();
    void headerRowAndFingerprint();
    void savedMappingIsWhatTheCommandLineReads();
    void appendIsOneUndoStep();
    void cancelLeavesTable_data();
    void cancelLeavesTable();
    void rememberedMappingIsNoted();
    void unreadableFileChangesNothing_data();
    void unreadableFileChangesNothing();
    void workbookPreselectsCertificatesSheet();
    void emptyFirstSheetIsPassedOver();
    void missingFieldDisablesImport();
    void openAsksOnlyWithDoubts_data();
    void openAsksOnlyWithDoubts();

private:
    // File > Import of path: the dialog once it shows its first preview.
    ImportDialog *openDialog(const QString &path);
    // Gives the source column (0-based) another field through its combo.
    void chooseField(ImportDialog *dialog, int column, int choice);
    // Clicks Import and waits for the rows.
    void clickImport(ImportDialog *dialog);

    QTemporaryDir m_dir;
    FixedClock m_clock {QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc())};
    std::unique_ptr<MainWindow> m_window;
    CertificateTableModel *m_table = nullptr;
    ImportController *m_import = nullptr;
};

void TestImportDialog::initTestCase()
{
    previousHandler = qInstallMessageHandler(quietOffscreenWarnings);
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestImportDialog::init()
{
    Dialogs::clearQueuedAnswers();
    const QString settingsPath = m_dir.filePath(QStringLiteral("settings.ini"));
    QFile::remove(settingsPath);
    auto settings = std::make_unique<AppSettings>(
            std::make_unique<QSettings>(settingsPath, QSettings::IniFormat));
    m_window = std::make_unique<MainWindow>(std::move(settings),
                                            m_dir.filePath(QStringLiteral("recovery")));
    m_window->tableModel()->setClock(&m_clock);
    m_window->problemsModel()->setRefreshDelay(0);
    WorkDocument document;
    document.rows = {makeRow(QStringLiteral("2001"), QStringLiteral("Byggekort")),
                     makeRow(QStringLiteral("2002"), QStringLiteral("Fallsikring"))};
    m_window->loadDocument(document, {}, {}, false, QStringLiteral("Test"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_table = m_window->tableModel();
    m_import = m_window->importController();
    QVERIFY(m_import);
}

void TestImportDialog::cleanup()
{
    if (m_import->dialog())
        m_import->dialog()->reject();
    m_window.reset(); // no close(): it would ask about the unsaved import
}

ImportDialog *TestImportDialog::openDialog(const QString &path)
{
    QSignalSpy shown(m_import, &ImportController::dialogShown);
    m_import->importFile(path);
    ImportDialog *dialog = m_import->dialog();
    if (!dialog)
        return nullptr;
    // Shown at once, saying it reads the file; the preview follows.
    if (!dialog->isVisible())
        return nullptr;
    if (shown.isEmpty() && !shown.wait(10000))
        return nullptr;
    return m_import->dialog();
}

void TestImportDialog::chooseField(ImportDialog *dialog, int column, int choice)
{
    QSignalSpy updated(dialog, &ImportDialog::previewUpdated);
    const QModelIndex index =
            dialog->mappingModel()->index(column, ImportMappingModel::FieldColumn);
    auto *combo = qobject_cast<QComboBox *>(dialog->mappingView()->indexWidget(index));
    QVERIFY2(combo, "the field column shows a combo in every row");
    const int position = combo->findData(choice);
    QVERIFY(position >= 0);
    combo->setFocus();
    combo->setCurrentIndex(position); // what picking it from the list does
    QVERIFY(updated.wait(5000));
}

void TestImportDialog::clickImport(ImportDialog *dialog)
{
    QSignalSpy finished(m_import, &ImportController::finished);
    QVERIFY(dialog->importButton()->isEnabled());
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), true);
}

void TestImportDialog::importWithChangedMapping()
{
    const QString path = fixture(QStringLiteral("sertifikater-windows1252.csv"));
    ImportDialog *dialog = openDialog(path);
    QVERIFY(dialog);
    QVERIFY(dialog->isReady());
    QCOMPARE(dialog->preview().headers,
             QStringList({u"Ansattnr"_s, u"Navn"_s, u"Sertifikattype"_s, u"Dokument-ID"_s,
                          u"Utstedt"_s, u"Utløpsdato"_s, u"Merknad"_s}));
    QCOMPARE(dialog->encodingCombo()->currentText(), QStringLiteral("Detected: Windows-1252"));
    QVERIFY(dialog->mappingGroup()->isVisible());
    QVERIFY(!dialog->changeMappingButton()->isVisible());
    ImportMappingModel *mapping = dialog->mappingModel();
    QCOMPARE(mapping->mapping().columnOf(Field::CertificateNumber), 3);
    QCOMPARE(mapping->mapping().columnOf(Field::Notes), 6);
    QCOMPARE(mapping->index(0, ImportMappingModel::MatchColumn).data(), QVariant(u"Exact name"_s));
    QCOMPARE(mapping->index(1, ImportMappingModel::FieldColumn).data(),
             QVariant(u"Ignore this column"_s));
    QCOMPARE(mapping->index(1, ImportMappingModel::ValuesColumn).data(),
             QVariant(u"Kåre Ødegård, Åse Bæk, Pål Sæther"_s));

    // The user wants the names in the notes: Navn becomes Notes, so Merknad
    // (which held it) is ignored from now on.
    chooseField(dialog, 1, fieldIndex(Field::Notes));
    QCOMPARE(mapping->mapping().columnOf(Field::Notes), 1);
    QCOMPARE(mapping->index(6, ImportMappingModel::FieldColumn).data(),
             QVariant(u"Ignore this column"_s));
    QCOMPARE(mapping->index(1, ImportMappingModel::MatchColumn).data(), QVariant(u"Your choice"_s));
    // The preview shows it as it will be imported.
    ImportPreviewModel *preview = dialog->previewModel();
    QCOMPARE(preview->rowCount(), 3);
    QCOMPARE(preview->index(0, fieldIndex(Field::CertificateNumber)).data().toString(),
             QStringLiteral("BK-2026-12345"));
    QCOMPARE(preview->headerData(0, Qt::Vertical).toInt(), 5); // the sheet's row number
    QVERIFY(preview->index(0, fieldIndex(Field::IssuedDate))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("15.01.2026")));

    QVERIFY(!dialog->appendButton()->isChecked());
    Dialogs::setNextAnswer(Dialogs::Discard); // not asked: nothing is unsaved
    clickImport(dialog);
    QVERIFY(!m_import->dialog());

    QCOMPARE(m_table->rowCount(), 3);
    QCOMPARE(columnTexts(m_table, Field::EmployeeNumber),
             QStringList({u"1042"_s, u"1043"_s, u"01044"_s}));
    QCOMPARE(columnTexts(m_table, Field::CertificateType),
             QStringList({u"Byggekort"_s, u"Kranførerbevis"_s, u"Truckførerbevis"_s}));
    QCOMPARE(columnTexts(m_table, Field::CertificateNumber),
             QStringList({u"BK-2026-12345"_s, u"KF-7781"_s, u"T-4411"_s}));
    QCOMPARE(columnTexts(m_table, Field::IssuedDate),
             QStringList({u"15.01.2026"_s, u"01.06.2025"_s, u"12.09.2024"_s}));
    QCOMPARE(columnTexts(m_table, Field::ValidUntilDate),
             QStringList({u"15.01.2028"_s, u"01.06.2027"_s, u"12.09.2029"_s}));
    QCOMPARE(columnTexts(m_table, Field::Notes),
             QStringList({u"Kåre Ødegård"_s, u"Åse Bæk"_s, u"Pål Sæther"_s}));
    QCOMPARE(m_table->rows().at(2).sourceRow, 7);
    QCOMPARE(m_window->sourcePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(m_window->filePath().isEmpty());
    QVERIFY(!m_window->isModified());
    QCOMPARE(m_window->undoStack()->count(), 0);
    QVERIFY(!m_window->messageBar()->isVisible()); // nothing to remark on

    // The confirmed mapping is remembered for this header layout.
    const auto recalled = m_import->mappingMemory()->recall(
            {u"Ansattnr"_s, u"Navn"_s, u"Sertifikattype"_s, u"Dokument-ID"_s, u"Utstedt"_s,
             u"Utløpsdato"_s, u"Merknad"_s});
    QVERIFY(recalled);
    QCOMPARE(recalled->mapping.columnOf(Field::Notes), 1);
    QCOMPARE(recalled->mapping.columnOf(Field::CertificateNumber), 3);
}

void TestImportDialog::encodingChangesPreview_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("encoding"); // -1: detected
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("fingerprintStart");

    const int utf8 = int(TextDecoder::Encoding::Utf8);
    const int cp1252 = int(TextDecoder::Encoding::Windows1252);
    QTest::newRow("windows-1252 detected")
            << u"sertifikater-windows1252.csv"_s << -1 << u"Kranførerbevis"_s
            << u"Windows-1252, semicolon, header on row 4"_s;
    QTest::newRow("windows-1252 chosen")
            << u"sertifikater-windows1252.csv"_s << cp1252 << u"Kranførerbevis"_s
            << u"Windows-1252, semicolon, header on row 4"_s;
    QTest::newRow("utf-8 detected") << u"sertifikater-utf8.csv"_s << -1 << u"Kranførerbevis"_s
                                    << u"UTF-8, semicolon, header on row 4"_s;
    QTest::newRow("utf-8 read as windows-1252")
            << u"sertifikater-utf8.csv"_s << cp1252 << u"KranfÃ¸rerbevis"_s
            << u"Windows-1252, semicolon, header on row 4"_s;
    QTest::newRow("utf-8 chosen") << u"sertifikater-utf8.csv"_s << utf8 << u"Kranførerbevis"_s
                                  << u"UTF-8, semicolon, header on row 4"_s;
}

void TestImportDialog::encodingChangesPreview()
{
    QFETCH(QString, file);
    QFETCH(int, encoding);
    QFETCH(QString, type);
    QFETCH(QString, fingerprintStart);

    ImportDialog *dialog = openDialog(fixture(file));
    QVERIFY(dialog);
    QVERIFY(dialog->encodingCombo()->isVisible());
    QVERIFY(dialog->delimiterCombo()->isVisible());
    QVERIFY(!dialog->sheetCombo()->isVisible());
    if (encoding >= 0) {
        QSignalSpy updated(dialog, &ImportDialog::previewUpdated);
        QComboBox *combo = dialog->encodingCombo();
        combo->setCurrentIndex(combo->findData(encoding));
        QCOMPARE(updated.size(), 1);
    }
    QCOMPARE(dialog->previewModel()->index(1, fieldIndex(Field::CertificateType)).data().toString(),
             type);
    QVERIFY2(dialog->fingerprintLabel()->text().startsWith(fingerprintStart),
             qPrintable(dialog->fingerprintLabel()->text()));
}

void TestImportDialog::headerRowAndFingerprint()
{
    ImportDialog *dialog = openDialog(fixture(u"sertifikater-windows1252.csv"_s));
    QVERIFY(dialog);
    QCOMPARE(dialog->headerRowSpin()->value(), 0);
    QCOMPARE(dialog->headerRowSpin()->text(), QStringLiteral("Detected (row 4)"));
    QCOMPARE(dialog->delimiterCombo()->currentText(), QStringLiteral("Detected: semicolon"));
    QCOMPARE(dialog->fingerprintLabel()->text(), dialog->preview().fingerprint);

    // The comma is wrong for this file: one column, nothing to import.
    QComboBox *delimiter = dialog->delimiterCombo();
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(",")));
    QVERIFY(!dialog->importButton()->isEnabled());
    QVERIFY(dialog->missingLabel()->isVisible());
    delimiter->setCurrentIndex(0);
    QVERIFY(dialog->importButton()->isEnabled());
    QVERIFY(!dialog->missingLabel()->isVisible());
}

void TestImportDialog::savedMappingIsWhatTheCommandLineReads()
{
    ImportDialog *dialog = openDialog(fixture(u"sertifikater-windows1252.csv"_s));
    QVERIFY(dialog);
    auto *save = dialog->findChild<QPushButton *>(u"saveMappingButton"_s);
    QVERIFY(save);
    const QString path = m_dir.filePath(u"hr-export.mapping.json"_s);
    Dialogs::setNextFileName(path);
    save->click();
    QString error;
    const std::optional<ColumnMapping> saved = ColumnMapping::load(path, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->columnOf(Field::EmployeeNumber), 0);
    QCOMPARE(saved->columnOf(Field::CertificateType), 2);
    QCOMPARE(saved->columnOf(Field::Notes), 6);
}

void TestImportDialog::appendIsOneUndoStep()
{
    const RowStore before = m_table->rows();
    QCOMPARE(before.size(), 2);
    ImportDialog *dialog = openDialog(fixture(u"sertifikater-utf8.csv"_s));
    QVERIFY(dialog);
    QVERIFY(dialog->appendButton()->isEnabled());
    dialog->appendButton()->click();
    QCOMPARE(dialog->mode(), ImportDialog::Mode::Append);
    clickImport(dialog);

    QCOMPARE(m_table->rowCount(), 5);
    QCOMPARE(columnTexts(m_table, Field::EmployeeNumber),
             QStringList({u"2001"_s, u"2002"_s, u"1042"_s, u"1043"_s, u"01044"_s}));
    QCOMPARE(m_window->undoStack()->count(), 1);
    QVERIFY(m_window->isModified());
    QCOMPARE(m_window->messageBar()->type(), MessageBar::Type::Positive);
    QCOMPARE(m_window->messageBar()->text(),
             QStringLiteral("The rows of %1 were added to the table; Undo takes them out "
                            "again.")
                     .arg(QDir::toNativeSeparators(fixture(u"sertifikater-utf8.csv"_s))));

    m_window->undoStack()->undo();
    QCOMPARE(m_table->rowCount(), 2);
    QVERIFY(m_table->rows().at(0).sameContent(before.at(0)));
    QVERIFY(m_table->rows().at(1).sameContent(before.at(1)));
    QVERIFY(!m_window->isModified());
}

void TestImportDialog::cancelLeavesTable_data()
{
    QTest::addColumn<bool>("inProgress");
    QTest::newRow("dialog cancelled") << false;
    QTest::newRow("import cancelled") << true;
}

void TestImportDialog::cancelLeavesTable()
{
    QFETCH(bool, inProgress);
    const RowStore before = m_table->rows();
    ImportDialog *dialog = openDialog(fixture(u"sertifikater-utf8.csv"_s));
    QVERIFY(dialog);
    QSignalSpy finished(m_import, &ImportController::finished);
    if (inProgress) {
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QVERIFY(m_import->progressDialog());
        auto *cancel = m_import->progressDialog()->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click(); // the progress dialog's Cancel
    } else {
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                          Qt::LeftButton);
    }
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!m_import->isBusy());
    QCOMPARE(m_table->rowCount(), before.size());
    for (int row = 0; row < before.size(); ++row)
        QVERIFY(m_table->rows().at(row).sameContent(before.at(row)));
    QCOMPARE(m_window->undoStack()->count(), 0);
    QCOMPARE(m_window->sourcePath(), QString());
    if (inProgress) {
        QCOMPARE(m_window->messageBar()->text(),
                 QStringLiteral("Import of %1 cancelled; the table was left as it was.")
                         .arg(QDir::toNativeSeparators(fixture(u"sertifikater-utf8.csv"_s))));
    }
}

void TestImportDialog::rememberedMappingIsNoted()
{
    const QString path = fixture(u"sertifikater-windows1252.csv"_s);
    ImportDialog *dialog = openDialog(path);
    QVERIFY(dialog);
    chooseField(dialog, 6, ImportMappingModel::Ignore); // Merknad
    clickImport(dialog);
    QCOMPARE(m_table->text(0, Field::Notes), QString());

    // The same header layout again: the mapping is applied, and said so.
    dialog = openDialog(path);
    QVERIFY(dialog);
    QCOMPARE(dialog->preview().mappingOrigin, MappingOrigin::Remembered);
    const QString note = QStringLiteral("Using the column mapping you confirmed on %1.")
                                 .arg(DateParser::format(QDate::currentDate()));
    QCOMPARE(dialog->mappingNoteLabel()->text(), note);
    QVERIFY(!dialog->mappingGroup()->isVisible());
    QVERIFY(dialog->changeMappingButton()->isVisible());
    QCOMPARE(dialog->previewModel()->index(0, fieldIndex(Field::CertificateNumber)).data(),
             QVariant(QStringLiteral("BK-2026-12345")));
    QTest::mouseClick(dialog->changeMappingButton(), Qt::LeftButton);
    QVERIFY(dialog->mappingGroup()->isVisible());
    QCOMPARE(dialog->mappingModel()->index(3, ImportMappingModel::MatchColumn).data(),
             QVariant(QStringLiteral("Remembered")));
    QCOMPARE(dialog->mappingModel()->index(6, ImportMappingModel::FieldColumn).data(),
             QVariant(QStringLiteral("Ignore this column")));
    dialog->reject();
    QTRY_VERIFY(!m_import->isBusy());

    // Open of the same file has nothing to ask: it imports with the note.
    QSignalSpy opened(m_window.get(), &MainWindow::openFinished);
    m_window->openFile(path);
    QVERIFY(!m_import->dialog() || !m_import->dialog()->isVisible());
    QVERIFY(opened.wait(10000));
    QCOMPARE(opened.first().first().toBool(), true);
    QCOMPARE(m_table->text(1, Field::CertificateNumber), QStringLiteral("KF-7781"));
    QCOMPARE(m_table->text(0, Field::Notes), QString()); // Merknad still ignored
    QVERIFY2(m_window->messageBar()->text().contains(note),
             qPrintable(m_window->messageBar()->text()));
}

void TestImportDialog::unreadableFileChangesNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content"); // null: the file does not exist
    QTest::newRow("missing") << u"gone.csv"_s << QByteArray();
    QTest::newRow("PDF named .xlsx")
            << u"renamed.xlsx"_s << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n");
    QTest::newRow("truncated workbook")
            << u"truncated.xlsx"_s << QByteArray("PK\x03\x04\x14\x00\x00\x00", 8);
}

void TestImportDialog::unreadableFileChangesNothing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!content.isNull()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const RowStore before = m_table->rows();
    QSignalSpy finished(m_import, &ImportController::finished);
    m_import->importFile(path);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!m_import->dialog());
    QVERIFY(m_window->messageBar()->isVisible());
    QCOMPARE(m_window->messageBar()->type(), MessageBar::Type::Error);
    QVERIFY2(m_window->messageBar()->text().contains(QDir::toNativeSeparators(path)),
             qPrintable(m_window->messageBar()->text()));
    QCOMPARE(m_table->rowCount(), before.size());
    QVERIFY(m_table->rows().at(0).sameContent(before.at(0)));
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void TestImportDialog::emptyFirstSheetIsPassedOver()
{
    // XlsxWriter's workbook whose first sheet is empty: the dialog opens on
    // the sheet that holds the table, ready to import.
    ImportDialog *dialog =
            openDialog(QStringLiteral(DITIO_TEST_DATA_DIR "/import/realfiles") + u"/empty-first-sheet.xlsx"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->sheetCombo()->currentText(), u"Data"_s);
    QVERIFY(dialog->importButton()->isEnabled());
    clickImport(dialog);
    QCOMPARE(m_table->rowCount(), 2);
    QCOMPARE(m_table->text(1, Field::CertificateType), u"Truckførerbevis"_s);
}

void TestImportDialog::workbookPreselectsCertificatesSheet()
{
    XlsxFixtureWriter writer;
    const auto cell = [&writer](int row, int column, const QString &text) {
        return "<c r=\"" + XlsxFixtureWriter::reference(row, column) + "\" t=\"s\"><v>"
                + QByteArray::number(writer.sharedString(text)) + "</v></c>";
    };
    const auto row = [&cell](int number, const QStringList &texts) {
        QByteArray xml = "<row r=\"" + QByteArray::number(number) + "\">";
        for (int column = 0; column < texts.size(); ++column)
            xml += cell(number, column + 1, texts.at(column));
        return xml + "</row>";
    };
    writer.addSheet(u"Om eksporten"_s, row(1, {u"Eksportert fra HR-systemet"_s}));
    writer.addSheet(u"Oppslag"_s, row(1, {u"Typer"_s}), u"hidden"_s);
    writer.addSheet(
            u"Sertifikater"_s,
            row(1,
                {u"Ansattnr"_s, u"Sertifikattype"_s, u"Sertifikatnr"_s, u"Gyldig fra"_s,
                 u"Gyldig til"_s})
                    + row(2, {u"01042"_s, u"Byggekort"_s, u"BK-1"_s, u"15.01.2026"_s})
                              .chopped(6) // </row>: a formula's text result follows
                    + "<c r=\"E2\" t=\"str\"><f>\"15.01.2028\"</f><v>15.01.2028</v></c></row>");
    const QString path = m_dir.filePath(u"arbeidsbok.xlsx"_s);
    QVERIFY(writer.save(path));

    ImportDialog *dialog = openDialog(path);
    QVERIFY(dialog);
    QComboBox *sheets = dialog->sheetCombo();
    QVERIFY(sheets->isVisible());
    QVERIFY(!dialog->encodingCombo()->isVisible());
    QCOMPARE(sheets->count(), 3);
    QCOMPARE(sheets->currentText(), QStringLiteral("Sertifikater"));
    QCOMPARE(sheets->itemText(1), QStringLiteral("Oppslag (hidden)"));
    auto *items = qobject_cast<QStandardItemModel *>(sheets->model());
    QVERIFY(items);
    QCOMPARE(items->item(1)->foreground().color(),
             dialog->palette().color(QPalette::Disabled, QPalette::Text));
    QCOMPARE(dialog->previewModel()->index(0, fieldIndex(Field::EmployeeNumber)).data(),
             QVariant(QStringLiteral("01042")));
    // A formula's result is shown in italics and named in the tooltip.
    const QModelIndex formula = dialog->previewModel()->index(0, fieldIndex(Field::ValidUntilDate));
    QCOMPARE(formula.data().toString(), u"15.01.2028"_s);
    QVERIFY(formula.data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(formula.data(Qt::ToolTipRole).toString(),
             u"In the file: 15.01.2028\n(the result of a formula)"_s);
    QVERIFY(!dialog->previewModel()
                     ->index(0, fieldIndex(Field::EmployeeNumber))
                     .data(Qt::FontRole)
                     .isValid());

    // Another sheet: no certificates there.
    sheets->setCurrentIndex(0);
    QVERIFY(!dialog->importButton()->isEnabled());
    sheets->setCurrentIndex(2);
    clickImport(dialog);
    QCOMPARE(m_table->rowCount(), 1);
    QCOMPARE(m_table->text(0, Field::EmployeeNumber), QStringLiteral("01042"));
    QCOMPARE(m_table->text(0, Field::ValidUntilDate), QStringLiteral("15.01.2028"));
}

void TestImportDialog::missingFieldDisablesImport()
{
    ImportDialog *dialog = openDialog(fixture(u"sertifikater-utf8.csv"_s));
    QVERIFY(dialog);
    QVERIFY(dialog->importButton()->isEnabled());
    chooseField(dialog, 5, ImportMappingModel::Ignore); // Utløpsdato
    QVERIFY(!dialog->importButton()->isEnabled());
    QVERIFY(dialog->missingLabel()->isVisible());
    QCOMPARE(dialog->missingLabel()->text(),
             QStringLiteral("No column is imported as Valid until. Choose one in the list of "
                            "columns to import."));
    chooseField(dialog, 5, fieldIndex(Field::ValidUntilDate));
    QVERIFY(dialog->importButton()->isEnabled());
    QVERIFY(!dialog->missingLabel()->isVisible());
}

void TestImportDialog::openAsksOnlyWithDoubts_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("asks");
    // Every column named exactly: nothing to decide.
    QTest::newRow("exact names") << QStringLiteral(DITIO_SAMPLE_CSV) << false;
    // "Dokument-ID" is only likely the certificate number.
    QTest::newRow("a guessed column") << fixture(u"sertifikater-windows1252.csv"_s) << true;
}

void TestImportDialog::openAsksOnlyWithDoubts()
{
    QFETCH(QString, path);
    QFETCH(bool, asks);
    QSignalSpy opened(m_window.get(), &MainWindow::openFinished);
    QSignalSpy shown(m_import, &ImportController::dialogShown);
    m_window->openFile(path);
    if (!asks) {
        QVERIFY(opened.wait(10000));
        QCOMPARE(shown.size(), 0);
        QCOMPARE(opened.first().first().toBool(), true);
        QCOMPARE(m_table->rowCount(), 15);
        QCOMPARE(m_window->sourcePath(), QFileInfo(path).absoluteFilePath());
        return;
    }
    QVERIFY(shown.wait(10000));
    ImportDialog *dialog = m_import->dialog();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(!dialog->appendButton()->isEnabled()); // Open replaces the document
    QCOMPARE(dialog->mappingModel()
                     ->index(3, ImportMappingModel::MatchColumn)
                     .data()
                     .toString()
                     .left(6),
             QStringLiteral("Likely"));
    dialog->reject();
    QTRY_COMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toBool(), false);
    QCOMPARE(m_table->rowCount(), 2);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
