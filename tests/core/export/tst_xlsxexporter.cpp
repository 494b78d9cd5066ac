// XlsxExporter (and the XlsxWorkbookWriter under it): read back with the
// app's XlsxReader, identifiers stay text with their zeros, dates are real
// date cells, nothing is ever a formula, every character survives, and the
// file is replaced atomically.

#include "diskfullexport.h"
#include "export/xlsxexporter.h"
#include "export/xlsxworkbookwriter.h"
#include "exporttesthelpers.h"
#include "import/certificatefilereader.h"
#include "io/workbook/xlsxreader.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Ditio;
using namespace DitioTest;
using namespace Qt::StringLiterals;

namespace {

struct Sheet
{
    QString error;
    QStringList names;
    int preferred = -1;
    QList<SpreadsheetRow> rows;
    int problems = 0;
};

Sheet readWorkbook(const QString &path)
{
    Sheet sheet;
    XlsxReader reader;
    if (!reader.open(path)) {
        sheet.error = reader.errorString();
        return sheet;
    }
    sheet.names = reader.sheetNames();
    sheet.preferred = reader.preferredSheet();
    if (!reader.readSheet(0, [&](const SpreadsheetRow &row) {
            sheet.rows.append(row);
            return true;
        }))
        sheet.error = reader.errorString();
    sheet.problems = reader.problemCount();
    return sheet;
}

QStringList texts(const SpreadsheetRow &row, int columns = 8)
{
    QStringList texts;
    for (int column = 1; column <= columns; ++column)
        texts.append(row.text(column));
    return texts;
}

// The <c> element of a cell in the sheet XML.
QString cellXml(const QByteArray &sheetXml, const QByteArray &reference)
{
    const QString xml = QString::fromUtf8(sheetXml);
    const QRegularExpression cell(u"<c r=\"%1\"[^>]*(/>|>.*?</c>)"_s.arg(
            QRegularExpression::escape(QString::fromLatin1(reference))));
    return cell.match(xml).captured(0);
}

} // namespace

class TestXlsxExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void header();
    void cells_data();
    void cells();
    void formulaSafe_data();
    void formulaSafe();
    void roundTrip_data();
    void roundTrip();
    void importRoundTrip();
    void statusAndMessage();
    void onlyProblems();
    void frozenHeaderAndColumns();
    void dateSerial_data();
    void dateSerial();
    void sheetName_data();
    void sheetName();
    void unwritablePath();
    void cancelKeepsThePreviousFile();
    void diskFullKeepsTheOldFile_data();
    void diskFullKeepsTheOldFile();
    void manyRowsStream();

private:
    QString exportRows(const QList<CertificateRow> &rows, const QString &name = u"out.xlsx"_s);
    QTemporaryDir m_dir;
};

void TestXlsxExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestXlsxExporter::exportRows(const QList<CertificateRow> &rows, const QString &name)
{
    const auto model = makeModel(rows);
    const QString path = m_dir.filePath(name);
    const ExportResult result = XlsxExporter::write(*model, path);
    if (!result.ok) {
        qWarning("%s", qPrintable(result.errorString));
        return {};
    }
    return path;
}

void TestXlsxExporter::header()
{
    const QString path = exportRows({validRow(u"1042"_s)});
    QVERIFY(!path.isEmpty());
    const Sheet sheet = readWorkbook(path);
    QCOMPARE(sheet.error, QString());
    QCOMPARE(sheet.names, QStringList {u"Certificates"_s});
    QCOMPARE(sheet.preferred, 0);
    QCOMPARE(sheet.rows.size(), 2);
    QCOMPARE(texts(sheet.rows.at(0)),
             (QStringList {u"Employee number"_s, u"Certificate type"_s, u"Certificate number"_s,
                           u"Issued"_s, u"Valid until"_s, u"Notes"_s, u"Status"_s, u"Message"_s}));
    QCOMPARE(sheet.problems, 0);
}

void TestXlsxExporter::cells_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind"); // SpreadsheetCell::Kind read back
    QTest::addColumn<QString>("readText");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QByteArray>("styleAttribute");

    QTest::newRow("employee number, leading zero")
            << Field::EmployeeNumber << u"01042"_s << int(SpreadsheetCell::Text) << u"01042"_s
            << u"01042"_s << QByteArray(" s=\"2\" t=\"inlineStr\"");
    QTest::newRow("employee number, digits")
            << Field::EmployeeNumber << u"1042"_s << int(SpreadsheetCell::Text) << u"1042"_s
            << u"1042"_s << QByteArray(" s=\"2\" t=\"inlineStr\"");
    QTest::newRow("certificate number, zeros")
            << Field::CertificateNumber << u"000123"_s << int(SpreadsheetCell::Text) << u"000123"_s
            << u"000123"_s << QByteArray(" s=\"2\" t=\"inlineStr\"");
    QTest::newRow("issued, dd.MM.yyyy")
            << Field::IssuedDate << u"15.01.2026"_s << int(SpreadsheetCell::Date) << u"15.01.2026"_s
            << u"46037"_s << QByteArray(" s=\"3\"");
    QTest::newRow("issued, ISO") << Field::IssuedDate << u"2026-01-15"_s
                                 << int(SpreadsheetCell::Date) << u"15.01.2026"_s << u"46037"_s
                                 << QByteArray(" s=\"3\"");
    QTest::newRow("valid until, d.M.yyyy")
            << Field::ValidUntilDate << u"1.6.2030"_s << int(SpreadsheetCell::Date)
            << u"01.06.2030"_s << u"47635"_s << QByteArray(" s=\"3\"");
    QTest::newRow("valid until, no such date")
            << Field::ValidUntilDate << u"31.02.2030"_s << int(SpreadsheetCell::Text)
            << u"31.02.2030"_s << u"31.02.2030"_s << QByteArray(" s=\"3\" t=\"inlineStr\"");
    QTest::newRow("valid until, two-digit year")
            << Field::ValidUntilDate << u"01.06.30"_s << int(SpreadsheetCell::Text) << u"01.06.30"_s
            << u"01.06.30"_s << QByteArray(" s=\"3\" t=\"inlineStr\"");
    QTest::newRow("type") << Field::CertificateType << u"Truck"_s << int(SpreadsheetCell::Text)
                          << u"Truck"_s << u"Truck"_s << QByteArray(" t=\"inlineStr\"");
    QTest::newRow("notes, number-like") << Field::Notes << u"1e5"_s << int(SpreadsheetCell::Text)
                                        << u"1e5"_s << u"1e5"_s << QByteArray(" t=\"inlineStr\"");
}

void TestXlsxExporter::cells()
{
    QFETCH(Field, field);
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, readText);
    QFETCH(QString, raw);
    QFETCH(QByteArray, styleAttribute);

    CertificateRow row =
            makeRow(u"1042"_s, u"Byggekort"_s, u"BK-1"_s, u"15.01.2026"_s, u"15.01.2030"_s, u"x"_s);
    row.setText(field, text);
    const QString path = exportRows({row});
    QVERIFY(!path.isEmpty());
    const Sheet sheet = readWorkbook(path);
    QCOMPARE(sheet.error, QString());
    QCOMPARE(sheet.rows.size(), 2);
    const SpreadsheetCell *cell = sheet.rows.at(1).cell(fieldIndex(field) + 1);
    QVERIFY(cell);
    QCOMPARE(int(cell->kind), kind);
    QCOMPARE(cell->text, readText);
    QCOMPARE(cell->raw, raw);
    QVERIFY(!cell->fromFormula);

    const QByteArray reference = XlsxWorkbookWriter::cellReference(2, fieldIndex(field) + 1);
    const QString xml = cellXml(zipPart(path, u"xl/worksheets/sheet1.xml"_s), reference);
    QVERIFY2(xml.startsWith(u"<c r=\""_s + QString::fromLatin1(reference) + u'"'
                            + QString::fromLatin1(styleAttribute) + u'>'),
             qPrintable(xml));
}

void TestXlsxExporter::formulaSafe_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("=") << u"=HYPERLINK(\"http://x\",\"klikk\")"_s;
    QTest::newRow("+") << u"+47 99 99 99 99"_s;
    QTest::newRow("-") << u"-2+3"_s;
    QTest::newRow("@") << u"@SUM(A1)"_s;
    QTest::newRow("tab") << u"\t=1+1"_s;
    QTest::newRow("CR") << u"\r=1+1"_s;
    QTest::newRow("DDE") << u"=cmd|' /C calc'!A0"_s;
}

void TestXlsxExporter::formulaSafe()
{
    QFETCH(QString, text);

    CertificateRow row = validRow(u"1042"_s);
    row.setText(Field::CertificateNumber, text);
    row.setText(Field::CertificateType, text);
    row.setText(Field::Notes, text);
    const QString path = exportRows({row});
    QVERIFY(!path.isEmpty());
    const QByteArray sheetXml = zipPart(path, u"xl/worksheets/sheet1.xml"_s);
    QVERIFY(!sheetXml.contains("<f>"));
    QVERIFY(!sheetXml.contains("<f "));
    // String cells with quotePrefix styles: 5 ("@") for the number, 4 for the rest.
    QVERIFY2(cellXml(sheetXml, "B2").startsWith(u"<c r=\"B2\" s=\"4\" t=\"inlineStr\"><is><t"_s),
             qPrintable(cellXml(sheetXml, "B2")));
    QVERIFY(cellXml(sheetXml, "C2").startsWith(u"<c r=\"C2\" s=\"5\" t=\"inlineStr\"><is><t"_s));
    QVERIFY(cellXml(sheetXml, "F2").startsWith(u"<c r=\"F2\" s=\"4\" t=\"inlineStr\"><is><t"_s));
    const QByteArray styles = zipPart(path, u"xl/styles.xml"_s);
    QVERIFY(styles.contains("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" "
                            "xfId=\"0\" quotePrefix=\"1\"/>"));

    const Sheet sheet = readWorkbook(path);
    QCOMPARE(sheet.error, QString());
    for (int column : {2, 3, 6}) {
        const SpreadsheetCell *cell = sheet.rows.at(1).cell(column);
        QVERIFY(cell);
        QCOMPARE(int(cell->kind), int(SpreadsheetCell::Text));
        QCOMPARE(cell->text, text);
        QVERIFY(!cell->fromFormula);
    }
}

void TestXlsxExporter::roundTrip_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("Norwegian letters") << u"Kranførerbevis – Ærlig Østlandet Å"_s;
    QTest::newRow("XML specials") << u"<b>&amp; \"q\" 'a' </b>"_s;
    QTest::newRow("line breaks") << u"linje 1\nlinje 2\r\nlinje 3\rslutt"_s;
    QTest::newRow("surrounding spaces") << u"  mellomrom  "_s;
    QTest::newRow("tab inside") << u"a\tb"_s;
    QTest::newRow("control characters") << u"a\x01b\x1Fc\x0B"_s;
    QTest::newRow("escape-looking text") << u"_x0041_ and _x000D_"_s;
    QTest::newRow("underscores") << u"_x_ __ _x12_ _xZZZZ_"_s;
    QTest::newRow("emoji") << u"Sertifikat \U0001F477"_s;
    QTest::newRow("apostrophe first") << u"'=1"_s;
    QTest::newRow("only a space") << u" "_s;
}

void TestXlsxExporter::roundTrip()
{
    QFETCH(QString, text);

    QList<CertificateRow> rows {
            makeRow(u"01042"_s, text, text, u"15.01.2026"_s, u"15.01.2030"_s, text),
            makeRow(u"1043"_s, u"Truck"_s, u"007"_s, u"01.06.2025"_s, u"01.06.2030"_s, text),
    };
    const QString path = exportRows(rows);
    QVERIFY(!path.isEmpty());
    const Sheet sheet = readWorkbook(path);
    QCOMPARE(sheet.error, QString());
    QCOMPARE(sheet.problems, 0);
    QCOMPARE(sheet.rows.size(), 3);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QStringList expected;
        for (Field field : allFields())
            expected.append(rows.at(i).text(field));
        QCOMPARE(texts(sheet.rows.at(i + 1), FieldCount), expected);
    }
}

// Export, then open the workbook the way the app opens any file: the same
// table (dates in the table's own dd.MM.yyyy form).
void TestXlsxExporter::importRoundTrip()
{
    const QList<CertificateRow> rows {
            makeRow(u"01042"_s, u"Kranførerbevis"_s, u"007"_s, u"15.01.2026"_s, u"2030-01-15"_s,
                    u"=1+1"_s),
            makeRow(u"1043"_s, u"@Truck"_s, u"-1"_s, u"1.6.2025"_s, u"31.02.2030"_s,
                    u"linje 1\nlinje 2"_s),
            makeRow(u"1044"_s, u" Byggekort "_s, QString(), u"01.06.2025"_s, u"01.06.30"_s,
                    u"sa \"ja\"; <ok> & _x0041_"_s),
    };
    const QString path = exportRows(rows, u"import.xlsx"_s);
    QVERIFY(!path.isEmpty());
    const CertificateFileReader::Result read = CertificateFileReader::read(path);
    QVERIFY2(read.ok, qPrintable(read.errorString));
    const QStringList expected {
            u"0: 01042 | Kranførerbevis | 007 | 15.01.2026 | 15.01.2030 | =1+1"_s,
            u"1: 1043 | @Truck | -1 | 01.06.2025 | 31.02.2030 | linje 1\nlinje 2"_s,
            u"2: 1044 |  Byggekort  |  | 01.06.2025 | 01.06.30 | sa \"ja\"; <ok> & _x0041_"_s,
    };
    QStringList texts;
    for (qsizetype i = 0; i < read.document.rows.size(); ++i)
        texts.append(QString::number(i) + u": "_s + rowText(read.document.rows.at(i)));
    QCOMPARE(texts, expected);
}

void TestXlsxExporter::statusAndMessage()
{
    CertificateRow rejected = validRow(u"1044"_s);
    rejected.uploadState = UploadState::Rejected;
    rejected.uploadMessage = u"Unknown employee number"_s;
    const QString path =
            exportRows({validRow(u"1042"_s),
                        makeRow(QString(), u"Truck"_s, QString(), u"01.06.2025"_s, u"01.06.2030"_s),
                        rejected});
    const Sheet sheet = readWorkbook(path);
    QCOMPARE(sheet.rows.size(), 4);
    QCOMPARE(sheet.rows.at(1).text(7), u"Ready"_s);
    QCOMPARE(sheet.rows.at(1).cell(8), nullptr);
    QCOMPARE(sheet.rows.at(2).text(7), u"Needs fixing"_s);
    QCOMPARE(sheet.rows.at(2).text(8), u"The employee number is missing."_s);
    QCOMPARE(sheet.rows.at(2).cell(1), nullptr);
    QCOMPARE(sheet.rows.at(3).text(7), u"Rejected"_s);
    QCOMPARE(sheet.rows.at(3).text(8), u"Unknown employee number"_s);
}

void TestXlsxExporter::onlyProblems()
{
    const auto model = makeModel(
            {validRow(u"1001"_s),
             makeRow(u"1002"_s, u"Truck"_s, QString(), u"31.02.2026"_s, u"01.06.2030"_s),
             validRow(u"1003"_s),
             makeRow(u"1004"_s, u"Truck"_s, QString(), u"01.06.2020"_s, u"01.06.2025"_s)});
    const QString path = m_dir.filePath(u"problems.xlsx"_s);
    XlsxExporter::Options options;
    options.onlyProblems = true;
    const ExportResult result = XlsxExporter::write(*model, path, options);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.rowsWritten, 2);
    const Sheet sheet = readWorkbook(path);
    QCOMPARE(sheet.rows.size(), 3);
    QCOMPARE(sheet.rows.at(1).text(1), u"1002"_s);
    QCOMPARE(sheet.rows.at(2).text(1), u"1004"_s);
    QCOMPARE(sheet.rows.at(2).row, 3);
    QVERIFY(zipPart(path, u"xl/worksheets/sheet1.xml"_s).contains("<dimension ref=\"A1:H3\"/>"));
}

void TestXlsxExporter::frozenHeaderAndColumns()
{
    const QString path = exportRows({validRow(u"1042"_s)});
    const QByteArray xml = zipPart(path, u"xl/worksheets/sheet1.xml"_s);
    QVERIFY(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                         "state=\"frozen\"/>"));
    // Identifier columns text, date columns dates, for values typed later too.
    QVERIFY(xml.contains("<col min=\"1\" max=\"1\" width=\"17.00\" style=\"2\" "
                         "customWidth=\"1\"/>"));
    QVERIFY(xml.contains("<col min=\"3\" max=\"3\" width=\"20.00\" style=\"2\" "
                         "customWidth=\"1\"/>"));
    QVERIFY(xml.contains("<col min=\"4\" max=\"4\" width=\"12.00\" style=\"3\" "
                         "customWidth=\"1\"/>"));
    QVERIFY(xml.contains("<col min=\"5\" max=\"5\" width=\"13.00\" style=\"3\" "
                         "customWidth=\"1\"/>"));
    const QByteArray styles = zipPart(path, u"xl/styles.xml"_s);
    QVERIFY(styles.contains("<numFmt numFmtId=\"164\" formatCode=\"dd.mm.yyyy\"/>"));
    QVERIFY(!zipPart(path, u"[Content_Types].xml"_s).isEmpty());
    QVERIFY(!zipPart(path, u"_rels/.rels"_s).isEmpty());
}

void TestXlsxExporter::dateSerial_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<qint64>("serial"); // -1: none

    QTest::newRow("before 1900") << QDate(1899, 12, 31) << qint64(-1);
    QTest::newRow("first day") << QDate(1900, 1, 1) << qint64(1);
    QTest::newRow("28.02.1900") << QDate(1900, 2, 28) << qint64(59);
    QTest::newRow("01.03.1900, after the day that never was") << QDate(1900, 3, 1) << qint64(61);
    QTest::newRow("15.01.2026") << QDate(2026, 1, 15) << qint64(46037);
    QTest::newRow("31.12.9999") << QDate(9999, 12, 31) << qint64(2958465);
    QTest::newRow("invalid") << QDate() << qint64(-1);
}

void TestXlsxExporter::dateSerial()
{
    QFETCH(QDate, date);
    QFETCH(qint64, serial);
    QCOMPARE(XlsxWorkbookWriter::dateSerial(date).value_or(-1), serial);
}

void TestXlsxExporter::sheetName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Sertifikater"_s << u"Sertifikater"_s;
    QTest::newRow("forbidden characters") << u"A/B:C*D?[E]\\F"_s << u"ABCDEF"_s;
    QTest::newRow("too long") << QString(40, u'x') << QString(31, u'x');
    QTest::newRow("apostrophes around") << u"'Navn'"_s << u"Navn"_s;
    QTest::newRow("nothing left") << u"[]"_s << u"Sheet1"_s;
}

void TestXlsxExporter::sheetName()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(XlsxWorkbookWriter::sheetName(name), expected);
}

void TestXlsxExporter::unwritablePath()
{
    QTemporaryDir dir;
    const auto model = makeModel({validRow(u"1042"_s)});
    const QString path = dir.filePath(u"missing/out.xlsx"_s);
    const ExportResult result = XlsxExporter::write(*model, path);
    QVERIFY(!result.ok);
    QCOMPARE(result.errorString,
             u"%1 cannot be written: the folder %2 does not exist."_s.arg(
                     path, dir.filePath(u"missing"_s)));
    QVERIFY(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

void TestXlsxExporter::cancelKeepsThePreviousFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.xlsx"_s);
    QVERIFY(writeAll(path, "previous"));
    QList<CertificateRow> rows;
    for (int i = 0; i < 4500; ++i)
        rows.append(validRow(QString::number(10000 + i)));
    const auto model = makeModel(rows);
    std::atomic_bool cancel = false;
    QList<qint64> reported;
    ExportProgress progress;
    progress.cancel = &cancel;
    progress.onProgress = [&](qint64 done, qint64 total) {
        reported.append(done);
        QCOMPARE(total, 4500);
        cancel = true;
    };
    const ExportResult result = XlsxExporter::write(*model, path, {}, progress);
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QCOMPARE(result.errorString, QString());
    QCOMPARE(reported, QList<qint64> {2000});
    QCOMPARE(readAll(path), QByteArray("previous"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {u"out.xlsx"_s});
}

void TestXlsxExporter::diskFullKeepsTheOldFile_data()
{
    addDiskFullRows();
}

void TestXlsxExporter::diskFullKeepsTheOldFile()
{
#ifndef Q_OS_LINUX
    QSKIP("A full disk is made with setrlimit(RLIMIT_FSIZE), on Linux only.");
#else
    QFETCH(int, rows);
    QFETCH(qint64, room);
    const auto model = makeModel(manyRows(rows).toList());
    // The workbook written with room enough, elsewhere: its size and its sheet.
    QTemporaryDir elsewhere;
    const QString roomy = elsewhere.filePath(u"roomy.xlsx"_s);
    QVERIFY(XlsxExporter::write(*model, roomy).ok);
    const qint64 size = QFileInfo(roomy).size();
    const QByteArray sheetXml = zipPart(roomy, u"xl/worksheets/sheet1.xml"_s);
    QVERIFY(!sheetXml.isEmpty());
    checkDiskFullKeepsTheOldFile(
            u"Eksport æøå.xlsx"_s, "an earlier export", size, room, rows,
            [&](const QString &path) { return XlsxExporter::write(*model, path); },
            [&](const QString &path) {
                QCOMPARE(QFileInfo(path).size(), size);
                QCOMPARE(zipPart(path, u"xl/worksheets/sheet1.xml"_s), sheetXml);
                QCOMPARE(readWorkbook(path).rows.size(), rows + 1);
            });
#endif
}

void TestXlsxExporter::manyRowsStream()
{
    QList<CertificateRow> rows;
    for (int i = 0; i < 20000; ++i) {
        rows.append(makeRow(QString::number(100000 + i).prepend(u'0'), u"Byggekort"_s,
                            u"BK-%1"_s.arg(i), u"15.01.2026"_s, u"15.01.2030"_s,
                            u"Notat %1"_s.arg(i)));
    }
    const auto model = makeModel(rows);
    const QString path = m_dir.filePath(u"many.xlsx"_s);
    QList<qint64> reported;
    ExportProgress progress;
    progress.onProgress = [&](qint64 done, qint64) { reported.append(done); };
    const ExportResult result = XlsxExporter::write(*model, path, {}, progress);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.rowsWritten, 20000);
    QCOMPARE(reported.size(), 11);
    QCOMPARE(reported.last(), 20000);
    const Sheet sheet = readWorkbook(path);
    QCOMPARE(sheet.error, QString());
    QCOMPARE(sheet.rows.size(), 20001);
    QCOMPARE(sheet.rows.last().text(1), u"0119999"_s);
    QCOMPARE(sheet.rows.last().text(5), u"15.01.2030"_s);
}

QTEST_GUILESS_MAIN(TestXlsxExporter)
#include "tst_xlsxexporter.moc"
