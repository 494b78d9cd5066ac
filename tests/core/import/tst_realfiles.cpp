// Files as other programs write them (Excel 365 for Mac, XlsxWriter, openpyxl,
// LibreOffice, hand-made zips and text files in data/realfiles, see its
// README): each one pins a defect found by running other spreadsheet
// libraries' test files through the importer. The values must come out as
// the file says, never silently changed; what cannot be read is named for
// what it is.

#include "import/certificateimporter.h"
#include "io/text/clipboardtext.h"
#include "model/certificatetablemodel.h"
#include "workfile/workfile.h"
#include "xlsxfixturewriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Ditio;
using namespace Qt::StringLiterals;

namespace {

const QString DataDir = QStringLiteral(DITIO_TEST_DATA_DIR "/import");
const QString RealFiles = DataDir + u"/realfiles"_s;

// "2: 1042 | Byggekort | BK-1 | 15.01.2026 | 15.01.2028 | notes"
QString rowText(const CertificateRow &row)
{
    QStringList cells;
    for (Field field : allFields())
        cells.append(row.text(field));
    return QString::number(row.sourceRow) + u": "_s + cells.join(u" | "_s);
}

QStringList rowTexts(const RowStore &rows)
{
    QStringList texts;
    for (const CertificateRow &row : rows)
        texts.append(rowText(row));
    return texts;
}

QStringList warningTexts(const ImportResult &result)
{
    QStringList texts;
    for (const ImportWarning &warning : result.warnings)
        texts.append(warning.message);
    return texts;
}

const QString Header = u"Ansattnr;Sertifikat;Sertifikatnr;Utstedt;Gyldig til;Merknad\r\n"_s;

} // namespace

class TestRealFiles : public QObject
{
    Q_OBJECT

private slots:
    void readsAsWritten_data();
    void readsAsWritten();
    void refusedByContent_data();
    void refusedByContent();
    void nulInsideAValueIsAnError();
    void quotedLineBreaksKeepTheirText_data();
    void quotedLineBreaksKeepTheirText();
    void repeatedStringsAreNoZipBomb();
    void noSheetHoldsATable();

private:
    QString write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
};

QString TestRealFiles::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestRealFiles::readsAsWritten_data()
{
    QTest::addColumn<QString>("file"); // in data/realfiles, or @name for one made here
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QString>("warning"); // one of the import's warnings contains it

    // Item 1: the x15:workbookPr of the extension list must not reset the 1904 system.
    QTest::newRow("Excel 365 for Mac, 1904 system with an x15 extension")
            << u"excel365-mac-1904.xlsx"_s
            << QStringList {u"2: 1042 | Byggekort | BK-1 | 15.01.2026 | 15.01.2028 | 1904 fra "
                            u"Excel 365 Mac"_s}
            << QString();
    // Item 2: the day a date-time falls on, never rounded into the next.
    QTest::newRow("date-times late in the day")
            << u"late-in-the-day.xlsx"_s
            << QStringList {u"2: 1042 | Byggekort | BK-1 | 15.01.2026 | 15.01.2027 | 2027-01-15 "
                            u"+ 86399500 ms"_s,
                            u"3: 1043 | Byggekort | BK-2 | 15.01.2026 | 15.01.2027 | 2027-01-15 "
                            u"+ 86399999 ms"_s,
                            u"4: 1044 | Byggekort | BK-3 | 15.01.2026 | 31.12.9999 | 9999-12-31 "
                            u"+ 86399999 ms"_s,
                            u"5: 1045 | Byggekort | BK-4 | 15.01.2026 | 15.01.2027 | 2027-01-15 "
                            u"+ 43200000 ms"_s}
            << QString();
    // Item 3: NUL padding at the end is no row.
    QTest::newRow("NUL padding after the last row")
            << u"nul-padding.csv"_s
            << QStringList {u"2: 1042 | Byggekort | BK-1 | 15.01.2026 | 15.01.2028 | Kurs på "
                            u"Ørsta"_s,
                            u"3: 1043 | Truckførerbevis | T-1 | 01.06.2025 | 01.06.2027 | "_s}
            // Without a translator the source text shows; the English .qm says "bytes".
            << u"The file ends with 4096 NUL byte(s) after its last row (padding that some "
               u"programs leave); they were ignored."_s;
    // Item 4: UTF-16 without a byte order mark, told by its NUL bytes.
    const QStringList utf16Rows {
            u"2: 1042 | Byggekort | BK-1 | 15.01.2026 | 15.01.2028 | Kurs på Ørsta"_s,
            u"3: 1043 | Truckførerbevis | T-1 | 01.06.2025 | 01.06.2027 | "_s};
    QTest::newRow("UTF-16 LE without a BOM") << u"utf16le-nobom.csv"_s << utf16Rows << QString();
    QTest::newRow("UTF-16 BE without a BOM") << u"utf16be-nobom.csv"_s << utf16Rows << QString();
    // Item 12: by content, not by name: a CSV named .xlsx reads as the CSV it is.
    QTest::newRow("a CSV named .xlsx") << u"@renamed.xlsx"_s
                                       << QStringList {u"2: 1042 | Byggekort | BK-1 | 15.01.2026 "
                                                       u"| 15.01.2028 | "_s}
                                       << QString();
    // Item 13: an ODS without its mimetype entry, as LibreOffice still opens it.
    const QStringList odsRows {u"2: 1042 | Byggekort | BK-1 | 15.01.2026 | 15.01.2028 | "_s};
    QTest::newRow("ODS with its mimetype") << u"ods-with-mimetype.ods"_s << odsRows << QString();
    QTest::newRow("ODS without its mimetype")
            << u"ods-without-mimetype.ods"_s << odsRows << QString();
    // Item 15: the first sheet that holds a table, not the empty first one.
    QTest::newRow("an empty first sheet")
            << u"empty-first-sheet.xlsx"_s
            << QStringList {u"2: 1042 | Byggekort | BK-1 | 15.01.2026 | 15.01.2028 | Kurs på "
                            u"Ørsta"_s,
                            u"3: 1043 | Truckførerbevis | T-1 | 01.06.2025 | 01.06.2027 | "_s}
            << QString();
    // Item 16: a formula without a saved value is said to be one.
    const QStringList formulaRows {
            u"2:  | Byggekort | BK-1 | 15.01.2026 | 15.01.2028 | "_s,
            u"3: 1043 | Truckførerbevis | T-1 | 01.06.2025 | 01.06.2027 | Uten formel"_s};
    const QString uncalculated = u"Row 2, column A: the formula has no saved result"_s;
    QTest::newRow("openpyxl's formula with an empty <v>")
            << u"formula-no-cached-value.xlsx"_s << formulaRows << uncalculated;
    QTest::newRow("a formula with no <v>")
            << u"formula-no-v-element.xlsx"_s << formulaRows << uncalculated;
    // Item 18: elapsed time counts past 24 hours.
    QTest::newRow("duration formats")
            << u"duration-format.xlsx"_s
            << QStringList {u"2: 1042 | Byggekort | BK-1 | 15.01.2026 | 15.01.2028 | 255:10:10"_s,
                            u"3: 1043 | Byggekort | BK-2 | 15.01.2026 | 15.01.2028 | 36:00"_s,
                            u"4: 1044 | Byggekort | BK-3 | 15.01.2026 | 15.01.2028 | 720:00"_s,
                            u"5: 1045 | Byggekort | BK-4 | 15.01.2026 | 15.01.2028 | 255:10:05"_s}
            << QString();
    // LibreOffice stores every time as a duration (PT255H10M10S): past a day
    // it shows in elapsed hours; [mm]:ss of half a day (PT12H) reads as a time.
    QTest::newRow("duration formats, saved by LibreOffice as .ods")
            << u"duration-format.ods"_s
            << QStringList {u"2: 1042 | Byggekort | BK-1 | 15.01.2026 | 15.01.2028 | 255:10:10"_s,
                            u"3: 1043 | Byggekort | BK-2 | 15.01.2026 | 15.01.2028 | 36:00"_s,
                            u"4: 1044 | Byggekort | BK-3 | 15.01.2026 | 15.01.2028 | 12:00"_s,
                            u"5: 1045 | Byggekort | BK-4 | 15.01.2026 | 15.01.2028 | 255:10:05"_s}
            << QString();
}

void TestRealFiles::readsAsWritten()
{
    QFETCH(QString, file);
    QFETCH(QStringList, rows);
    QFETCH(QString, warning);

    QString path = RealFiles + u'/' + file;
    if (file == u"@renamed.xlsx")
        path = write(file.mid(1),
                     (Header + u"1042;Byggekort;BK-1;15.01.2026;15.01.2028;\r\n"_s).toUtf8());
    const ImportResult result = CertificateImporter::import(path);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(rowTexts(result.rows), rows);
    if (!warning.isEmpty()) {
        const QStringList warnings = warningTexts(result);
        QVERIFY2(std::any_of(warnings.cbegin(), warnings.cend(),
                             [&](const QString &text) { return text.contains(warning); }),
                 qPrintable(warnings.join(u'\n')));
    }
}

void TestRealFiles::refusedByContent_data()
{
    QTest::addColumn<QString>("file"); // in data/realfiles, ../name for data/, @name made here
    QTest::addColumn<QString>("reason"); // after "<path> cannot be read: "

    // Item 4: UTF-32 is named, not read as 8-bit text full of NULs.
    const QString utf32 = u"it is UTF-32 text, which spreadsheet programs do not write and this "
                          u"app does not read. Save it as UTF-8 or as Excel's \"Unicode text\" "
                          u"(UTF-16) and import it again."_s;
    QTest::newRow("UTF-32 LE with a BOM") << u"utf32le-bom.csv"_s << utf32;
    QTest::newRow("UTF-32 BE with a BOM") << u"utf32be-bom.csv"_s << utf32;
    // Item 12: a renamed file is described by its content.
    QTest::newRow("an .xls named .csv")
            << u"@legacy.csv"_s
            << u"it is an Excel 97-2003 workbook (.xls), an old format that cannot be read."_s;
    QTest::newRow("a password-protected .xlsx named .txt")
            << u"@encrypted.txt"_s << u"the workbook is password-protected (encrypted)."_s;
    QTest::newRow("a PDF named .csv")
            << u"@report.csv"_s << u"it is a PDF document, not a spreadsheet."_s;
    QTest::newRow("a PNG named .xlsx")
            << u"@scan.xlsx"_s << u"it is an image (PNG), not a spreadsheet."_s;
    QTest::newRow("a gzip named .csv")
            << u"@export.csv"_s
            << u"it is a compressed archive (gzip), not a spreadsheet. Unpack it and open the "
               u"file inside."_s;
    // Item 14: a zip that holds a CSV is a zip archive, with what is inside.
    const QString zip = u"it is a zip archive holding \"sertifikater.csv\", not a spreadsheet "
                        u"workbook. Unpack it and open the file inside."_s;
    QTest::newRow("a zip holding a CSV") << u"zip-with-csv.zip"_s << zip;
    QTest::newRow("the same zip named .xlsx") << u"zip-with-csv.xlsx"_s << zip;
    QTest::newRow("an empty file named .csv") << u"@empty.csv"_s << u"the file is empty."_s;
    QTest::newRow("an empty file named .xlsx") << u"@empty.xlsx"_s << u"the file is empty."_s;
}

void TestRealFiles::refusedByContent()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);

    QString path = RealFiles + u'/' + file;
    if (file == u"@legacy.csv") {
        QFile::remove(m_dir.filePath(file.mid(1)));
        QVERIFY(QFile::copy(DataDir + u"/libreoffice-legacy.xls"_s, m_dir.filePath(file.mid(1))));
        path = m_dir.filePath(file.mid(1));
    } else if (file == u"@encrypted.txt") {
        QFile::remove(m_dir.filePath(file.mid(1)));
        QVERIFY(QFile::copy(DataDir + u"/libreoffice-encrypted.xlsx"_s,
                            m_dir.filePath(file.mid(1))));
        path = m_dir.filePath(file.mid(1));
    } else if (file == u"@report.csv") {
        path = write(file.mid(1), "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n");
    } else if (file == u"@scan.xlsx") {
        path = write(file.mid(1), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    } else if (file == u"@export.csv") {
        path = write(file.mid(1), QByteArray("\x1f\x8b\x08\x00\0\0\0\0\0\x03", 10));
    } else if (file.startsWith(u"@empty")) {
        path = write(file.mid(1), QByteArray());
    }
    QVERIFY(!path.isEmpty());
    const ImportResult result = CertificateImporter::import(path);
    QVERIFY(!result.ok);
    QVERIFY2(result.errorString.startsWith(path + u" cannot be read: "_s + reason),
             qPrintable(result.errorString));
}

void TestRealFiles::nulInsideAValueIsAnError()
{
    // Item 3: a NUL byte inside a value is read (the rest of the file is
    // fine) and is an error on its cell, so the row is never sent.
    const ImportResult result = CertificateImporter::import(RealFiles + u"/nul-inside-value.csv"_s);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows.at(0).text(Field::EmployeeNumber),
             QString(u"1\0"
                     "042"_s));
    CertificateTableModel model;
    model.setRows(result.rows);
    QVERIFY(model.rowHasErrors(0));
    QVERIFY(!model.rowHasErrors(1));
    const QList<Issue> issues = model.cellIssues(0, Field::EmployeeNumber);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().code, IssueCode::ControlCharacter);
    QCOMPARE(issues.first().severity, Severity::Error);
    QCOMPARE(issues.first().message,
             u"The text holds the control character NUL (U+0000) at position 2, which Ditio "
             u"would receive as part of the value; remove it."_s);
    QCOMPARE(issues.first().fix, QuickFix::RemoveControlCharacters);
}

void TestRealFiles::quotedLineBreaksKeepTheirText_data()
{
    QTest::addColumn<QString>("path"); // how the text reaches the table
    QTest::addColumn<QByteArray>("lineBreak");

    const QStringList paths {
            u"UTF-8"_s,        u"UTF-16 LE with a BOM"_s, u"UTF-16 BE without a BOM"_s,
            u"Windows-1252"_s, u"two halves"_s,           u"clipboard"_s,
            u"work file"_s};
    const QList<std::pair<QString, QByteArray>> lineBreaks {
            {u"CRLF"_s, "\r\n"}, {u"LF"_s, "\n"}, {u"CR"_s, "\r"}};
    for (const QString &path : paths) {
        for (const auto &[name, lineBreak] : lineBreaks) {
            QTest::newRow(qPrintable(path + u", "_s + name)) << path << lineBreak;
        }
    }
}

void TestRealFiles::quotedLineBreaksKeepTheirText()
{
    // Item 5: the notes Ditio receives are what the file said, line breaks
    // included, whichever way the text came in.
    QFETCH(QString, path);
    QFETCH(QByteArray, lineBreak);
    const QString notes = u"Linje 1"_s + QString::fromLatin1(lineBreak) + u"Kurs på Ørsta"_s;
    const QString record = u"1042;Byggekort;BK-1;15.01.2026;15.01.2028;\""_s + notes + u"\"\r\n"_s;
    RowStore rows;
    if (path == u"clipboard") {
        const ClipboardText::Grid grid = ClipboardText::parse(
                u"1042\tByggekort\tBK-1\t15.01.2026\t15.01.2028\t\""_s + notes + u"\"\r\n"_s);
        QCOMPARE(grid.size(), 1);
        QCOMPARE(grid.first().last(), notes);
        return;
    }
    if (path == u"work file") {
        CertificateRow row;
        row.setText(Field::Notes, notes);
        WorkDocument document;
        document.rows.append(row);
        const WorkFile::ReadResult read =
                WorkFile::parse(WorkFile::serialize(document), u"test.ditiocerts"_s);
        QVERIFY(read.ok);
        QCOMPARE(read.document.rows.first().text(Field::Notes), notes);
        return;
    }
    QByteArray bytes;
    // Two halves: the file is cut near its middle; the records with line
    // breaks sit away from the cut (a break at the cut is issue 14's test).
    const int copies = path == u"two halves" ? 60000 : 1; // 2.8 MB: over ReadInHalvesFrom
    const QList<int> withBreaks {0, copies / 4, copies - 1};
    const QString plain = u"1042;Byggekort;BK-1;15.01.2026;15.01.2028;Kurs\r\n"_s;
    QString text = Header;
    for (int i = 0; i < copies; ++i)
        text += withBreaks.contains(i) ? record : plain;
    if (path == u"UTF-8" || path == u"two halves") {
        bytes = text.toUtf8();
    } else if (path == u"Windows-1252") {
        bytes = text.toLatin1(); // å and Ø are the same bytes in Windows-1252
    } else if (path == u"UTF-16 LE with a BOM") {
        bytes = QByteArray("\xff\xfe")
                + QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    } else {
        for (QChar c : text) {
            bytes.append(char(c.unicode() >> 8));
            bytes.append(char(c.unicode() & 0xff));
        }
    }
    const QString file = write(u"line-breaks.csv"_s, bytes);
    const ImportResult result = CertificateImporter::import(file);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.rows.size(), copies);
    for (int i = 0; i < copies; ++i)
        QCOMPARE(result.rows.at(i).text(Field::Notes), withBreaks.contains(i) ? notes : u"Kurs"_s);
    if (path == u"two halves")
        QCOMPARE(result.parts, 2);
}

void TestRealFiles::repeatedStringsAreNoZipBomb()
{
    // Item 17: 57 MB of repeated texts packs 257:1 with ordinary zlib; it is
    // judged by its unpacked size, far under the caps, and read.
    const ImportResult result =
            CertificateImporter::import(RealFiles + u"/repeated-strings-57mb.xlsx"_s);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.rows.size(), 401406);
    QCOMPARE(rowText(result.rows.at(401405)),
             u"401407: 1042 | Byggekort | BK-1 | 15.01.2026 | 15.01.2028 | Kurs gjennomført hos "
             u"leverandør"_s);
}

void TestRealFiles::noSheetHoldsATable()
{
    // Item 15: no sheet holds a table: every sheet is named, and how to choose one.
    const QString path = RealFiles + u"/no-table-sheets.xlsx"_s;
    const ImportResult result = CertificateImporter::import(path);
    QVERIFY(!result.ok);
    QCOMPARE(result.errorString,
             path
                     + u" cannot be read: none of its sheets holds a table of certificates "
                       u"(\"Forside\" has no certificate columns; \"Notater\" is empty; \"Tomt\" "
                       u"is empty). Choose the sheet to read (--sheet NAME on the command "
                       u"line)."_s);
}

QTEST_GUILESS_MAIN(TestRealFiles)
#include "tst_realfiles.moc"
