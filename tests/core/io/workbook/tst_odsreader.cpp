// OdsReader: OpenDocument spreadsheets (.ods) as LibreOffice writes them, each
// kind of cell, repeat counts (LibreOffice ends a sheet with a million
// repeated empty rows), hidden sheets, and hostile files: zip bombs, DOCTYPE,
// huge repeat counts, encryption, truncation. Each refused with its own
// message, quickly, without a large allocation.

#include "io/workbook/odsreader.h"
#include "io/workbook/workbookreader.h"
#include "io/workbook/xlsxreader.h"
#include "xlsxfixturewriter.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Ditio;
using namespace Qt::StringLiterals;
using Error = OdsReader::Error;

Q_DECLARE_METATYPE(OdsReader::Error)

namespace {

const QString DataDir = QStringLiteral(DITIO_TEST_DATA_DIR "/import");

const QByteArray Mimetype = "application/vnd.oasis.opendocument.spreadsheet";

const QByteArray Manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<manifest:manifest "
        "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
        "manifest:version=\"1.3\">"
        "<manifest:file-entry manifest:full-path=\"/\" "
        "manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
        "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        "</manifest:manifest>";

const QByteArray EncryptedManifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<manifest:manifest "
        "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
        "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\" "
        "manifest:size=\"1200\"><manifest:encryption-data "
        "manifest:checksum-type=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k\" "
        "manifest:checksum=\"AAAA\"><manifest:algorithm "
        "manifest:algorithm-name=\"http://www.w3.org/2001/04/xmlenc#aes256-cbc\" "
        "manifest:initialisation-vector=\"AAAA\"/></manifest:encryption-data>"
        "</manifest:file-entry></manifest:manifest>";

const QByteArray Namespaces =
        " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
        " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
        " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
        " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
        " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
        " xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\"";

// content.xml around the tables (and the automatic styles, if any).
QByteArray content(const QByteArray &tables, const QByteArray &styles = {},
                   const QByteArray &prologue = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
{
    return prologue + "<office:document-content" + Namespaces
            + " office:version=\"1.3\"><office:automatic-styles>" + styles
            + "</office:automatic-styles><office:body><office:spreadsheet>" + tables
            + "</office:spreadsheet></office:body></office:document-content>";
}

QByteArray table(const QByteArray &name, const QByteArray &rows, const QByteArray &style = {})
{
    QByteArray xml = "<table:table table:name=\"" + name + "\"";
    if (!style.isEmpty())
        xml += " table:style-name=\"" + style + "\"";
    return xml + "><table:table-column/>" + rows + "</table:table>";
}

QByteArray row(const QByteArray &cells, const QByteArray &attributes = {})
{
    return "<table:table-row" + attributes + ">" + cells + "</table:table-row>";
}

QByteArray text(const QByteArray &value)
{
    return "<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\"><text:p>"
            + value + "</text:p></table:table-cell>";
}

QByteArray odsBytes(const QByteArray &contentXml, const QByteArray &manifest = Manifest,
                    const QByteArray &mimetype = Mimetype, int level = -1)
{
    QList<QPair<QString, QByteArray>> entries;
    if (!mimetype.isNull())
        entries.append({u"mimetype"_s, mimetype});
    if (!manifest.isNull())
        entries.append({u"META-INF/manifest.xml"_s, manifest});
    if (!contentXml.isNull())
        entries.append({u"content.xml"_s, contentXml});
    QTemporaryDir dir;
    const QString path = dir.filePath(u"x.ods"_s);
    if (!XlsxFixtureWriter::writeZip(path, entries, level))
        qFatal("cannot write %s", qPrintable(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// "A2=000042<42>:N": column and row, text, raw when it differs, kind.
QString cellText(int row, const SpreadsheetCell &cell)
{
    static const char *const kinds[] = {"empty", "", "N", "B", "D", "T", "E"};
    QString result =
            SpreadsheetCell::columnName(cell.column) + QString::number(row) + u'=' + cell.text;
    if (cell.raw != cell.text)
        result += u'<' + cell.raw + u'>';
    const QString kind = QString::fromLatin1(kinds[cell.kind]);
    if (!kind.isEmpty())
        result += u':' + kind;
    if (cell.fromFormula)
        result += u"(f)"_s;
    return result;
}

QString rowText(const SpreadsheetRow &row)
{
    QStringList cells;
    for (const SpreadsheetCell &cell : row.cells)
        cells.append(cellText(row.row, cell));
    return cells.join(u" | "_s);
}

// Every row of a sheet, or "error: <reason>".
QStringList readRows(OdsReader &reader, int sheet, QStringList *problems = nullptr)
{
    QStringList rows;
    if (!reader.readSheet(sheet, [&](const SpreadsheetRow &row) {
            rows.append(rowText(row));
            return true;
        }))
        rows.append(u"error: "_s + reader.errorReason());
    if (problems) {
        for (const SpreadsheetProblem &problem : reader.problems())
            problems->append(problem.message);
    }
    return rows;
}

} // namespace

class TestOdsReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void libreOfficeFiles_data();
    void libreOfficeFiles();
    void cells_data();
    void cells();
    void repeats_data();
    void repeats();
    void sheets_data();
    void sheets();
    void hostileFiles_data();
    void hostileFiles();
    void truncatedEverywhere();
    void openedByContent_data();
    void openedByContent();
    void stopCancelAndProgress();

private:
    QString write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
};

void TestOdsReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestOdsReader::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestOdsReader::libreOfficeFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("sheets");
    QTest::addColumn<QList<bool>>("hidden");
    QTest::addColumn<int>("preferred");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QStringList>("rows"); // of the preferred sheet

    QTest::newRow("certificates (the .xlsx fixture's source)")
            << u"libreoffice-certificates.ods"_s << QStringList {u"Oversikt"_s, u"Sertifikater"_s}
            << QList<bool> {false, false} << 1 << false
            << QStringList {
                       u"A1=Sertifikater for Byggmester AS"_s,
                       u"A3=Ansattnr | B3=Navn | C3=Sertifikattype | D3=Sertifikatnr | E3=Utstedt "
                       u"| F3=Gyldig til | G3=Merknad"_s,
                       u"A4=01042<1042>:N | B4=Ola Nordmann | C4=Kranførerbevis | D4=01042 | "
                       u"E4=15.03.2024<2024-03-15>:D | F4=14.03.2029<2029-03-14>:D"_s,
                       u"A5=1043:N | B5=Kari & Co | C5=Byggekort | D5=BK-100001 | "
                       u"E5=01.01.2023<2023-01-01>:D | F5=01.01.2028<2028-01-01T08:30:00>:D | "
                       u"G5=Fornyet"_s,
                       u"A6=12345678901:N | B6=Per | C6=Truckførerbevis | D6=7:N | "
                       u"E6=31.12.2025<2025-12-31>:D | F6=31.12.2026<2026-12-31>:D(f) | "
                       u"G6=Merk: Per(f)"_s,
                       u"A8=1.5:N | B8=Anne | C8=Førstehjelp | E8=31.02.2027 | "
                       u"F8=08:30<PT08H30M00S>:T | G8=1:N | K8=sparse"_s};
    QTest::newRow("1904 date system") << u"libreoffice-1904.ods"_s << QStringList {u"Kurs"_s}
                                      << QList<bool> {false} << 0 << true
                                      << QStringList {u"A1=Ansattnr | B1=Kurs | C1=Dato"_s,
                                                      u"A2=1042:N | B2=Varme arbeider | "
                                                      u"C2=15.01.2026<2026-01-15>:D"_s,
                                                      u"A3=1043:N | B3=Fallsikring | "
                                                      u"C3=01.01.1904<1904-01-01>:D"_s};
    QTest::newRow("OpenDocument features")
            << u"libreoffice-features.ods"_s
            << QStringList {u"Info"_s, u"Sertifikater (gammel)"_s, u"Kurs"_s}
            << QList<bool> {false, true, false} << 2 << false
            << QStringList {
                       u"A1=Ansattnr | B1=Kurs | C1=Sertifikatnr | D1=Utstedt | E1=Gyldig til | "
                       u"F1=Merknad | G1=Andel | H1=Pris"_s,
                       u"A2=000042<42>:N | B2=Kran og truck | C2=A   B | "
                       u"D2=15.03.2024<2024-03-15>:D | E2=14.03.2029<2029-03-14T16:45:00>:D | "
                       u"F2=Linje 1\nLinje 2 | G2=0.25:N | H2=1250.5:N"_s,
                       u"A3=43:N | B3=Stillas | C3=Stillas | D3=Stillas | "
                       u"E3=07:15<PT07H15M00S>:T | F3=TRUE<1>:B | G3=#DIV/0!:E(f) | "
                       u"H3=Slått sammen"_s,
                       u"A4=44:N | B4=Lift"_s,
                       u"A5=44:N | B5=Lift"_s,
                       u"A7=45:N | B7=  Varme   arbeider   | C7=0.001:N"_s};
}

void TestOdsReader::libreOfficeFiles()
{
    QFETCH(QString, file);
    QFETCH(QStringList, sheets);
    QFETCH(QList<bool>, hidden);
    QFETCH(int, preferred);
    QFETCH(bool, date1904);
    QFETCH(QStringList, rows);

    OdsReader reader;
    QVERIFY2(reader.open(DataDir + u'/' + file), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(), sheets);
    for (int i = 0; i < hidden.size(); ++i)
        QCOMPARE(reader.isSheetHidden(i), hidden.at(i));
    QCOMPARE(reader.preferredSheet(), preferred);
    QCOMPARE(reader.is1904DateSystem(), date1904);
    QElapsedTimer timer;
    timer.start();
    QStringList problems;
    QCOMPARE(readRows(reader, preferred, &problems), rows);
    QCOMPARE(problems, QStringList());
    QVERIFY2(timer.elapsed() < 2000, "repeated empty rows must cost nothing");
}

void TestOdsReader::cells_data()
{
    QTest::addColumn<QByteArray>("cells"); // the table:table-cell elements of row 1
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("problems");

    const auto number = [](const QByteArray &value, const QByteArray &shown,
                           const QByteArray &type = "float") {
        return "<table:table-cell office:value-type=\"" + type + "\" office:value=\"" + value
                + "\"><text:p>" + shown + "</text:p></table:table-cell>";
    };
    QTest::newRow("integer: an identifier")
            << number("1042", "1042") << u"A1=1042:N"_s << QStringList();
    QTest::newRow("integer written with a decimal")
            << number("1042.0", "1042") << u"A1=1042<1042.0>:N"_s << QStringList();
    QTest::newRow("decimal") << number("1.5", "1,5") << u"A1=1.5:N"_s << QStringList();
    QTest::newRow("big identifier")
            << number("12345678901", "12345678901") << u"A1=12345678901:N"_s << QStringList();
    QTest::newRow("exponent") << number("1E+21", "1E+21") << u"A1=1E+21:N"_s << QStringList();
    QTest::newRow("negative") << number("-7", "-7") << u"A1=-7:N"_s << QStringList();
    QTest::newRow("zero-padded identifier")
            << number("1042", "01042") << u"A1=01042<1042>:N"_s << QStringList();
    QTest::newRow("shown otherwise: the number")
            << number("1042", "1 042,00") << u"A1=1042:N"_s << QStringList();
    QTest::newRow("percentage") << number("0.25", "25%", "percentage") << u"A1=0.25:N"_s
                                << QStringList();
    QTest::newRow("percentage is not zero-padded")
            << number("5", "05", "percentage") << u"A1=5:N"_s << QStringList();
    QTest::newRow("currency") << number("1250.5", "kr 1 250,50", "currency") << u"A1=1250.5:N"_s
                              << QStringList();
    QTest::newRow("not a number")
            << number("12abc", "12abc") << u"A1=12abc"_s
            << QStringList {u"Row 1, column A: \"12abc\" is stored as a number but is not one; "
                            u"the text was kept."_s};
    QTest::newRow("date") << QByteArray("<table:table-cell office:value-type=\"date\" "
                                        "office:date-value=\"2024-01-15\"><text:p>15/01/24"
                                        "</text:p></table:table-cell>")
                          << u"A1=15.01.2024<2024-01-15>:D"_s << QStringList();
    QTest::newRow("date and time")
            << QByteArray("<table:table-cell office:value-type=\"date\" "
                          "office:date-value=\"2028-01-01T08:30:00.250\"/>")
            << u"A1=01.01.2028<2028-01-01T08:30:00.250>:D"_s << QStringList();
    QTest::newRow("not a date")
            << QByteArray("<table:table-cell office:value-type=\"date\" "
                          "office:date-value=\"2027-02-31\"/>")
            << u"A1=2027-02-31"_s
            << QStringList {u"Row 1, column A: \"2027-02-31\" is stored as a date but is not one; "
                            u"the text was kept."_s};
    QTest::newRow("time") << QByteArray("<table:table-cell office:value-type=\"time\" "
                                        "office:time-value=\"PT08H30M00S\"/>")
                          << u"A1=08:30<PT08H30M00S>:T"_s << QStringList();
    // A duration past a day keeps its hours, as [HH]:MM:SS shows it: the
    // day is not dropped silently.
    QTest::newRow("time with seconds and a day over")
            << QByteArray("<table:table-cell office:value-type=\"time\" "
                          "office:time-value=\"PT31H05M09.4S\"/>")
            << u"A1=31:05:09<PT31H05M09.4S>:T"_s << QStringList();
    QTest::newRow("not a time")
            << QByteArray("<table:table-cell office:value-type=\"time\" "
                          "office:time-value=\"08:30\"/>")
            << u"A1=08:30"_s
            << QStringList {u"Row 1, column A: \"08:30\" is stored as a time but is not one; the "
                            u"text was kept."_s};
    QTest::newRow("booleans") << QByteArray(
            "<table:table-cell office:value-type=\"boolean\" "
            "office:boolean-value=\"true\"><text:p>SANN</text:p></table:table-cell>"
            "<table:table-cell office:value-type=\"boolean\" "
            "office:boolean-value=\"false\"/>")
                              << u"A1=TRUE<1>:B | B1=FALSE<0>:B"_s << QStringList();
    QTest::newRow("not a boolean")
            << QByteArray("<table:table-cell office:value-type=\"boolean\" "
                          "office:boolean-value=\"ja\"/>")
            << u"A1=ja"_s
            << QStringList {u"Row 1, column A: \"ja\" is stored as a true/false value but is not "
                            u"one; the text was kept."_s};
    QTest::newRow("text with entities")
            << text("Kari &amp; Co &lt;AS&gt;") << u"A1=Kari & Co <AS>"_s << QStringList();
    QTest::newRow("text that looks like a number")
            << text("01042") << u"A1=01042"_s << QStringList();
    QTest::newRow("paragraphs, spaces, tab, line break")
            << text("A<text:s text:c=\"3\"/>B<text:tab/>C<text:line-break/>D</text:p>"
                    "<text:p>E<text:s/>F")
            << u"A1=A   B\tC\nD\nE F"_s << QStringList();
    QTest::newRow("white space collapses")
            << text("\n  Varme \t\n arbeider  ") << u"A1=Varme arbeider"_s << QStringList();
    QTest::newRow("spans and links")
            << text("Kran<text:span text:style-name=\"T1\">fører<text:span>bevis</text:span>"
                    "</text:span> <text:a xlink:href=\"https://x.no\">lenke</text:a>")
            << u"A1=Kranførerbevis lenke"_s << QStringList();
    QTest::newRow("comment and shape are not the value")
            << QByteArray("<table:table-cell office:value-type=\"string\"><office:annotation>"
                          "<dc:creator>HR</dc:creator><text:p>Kommentar</text:p>"
                          "</office:annotation><draw:frame><draw:text-box><text:p>Boks</text:p>"
                          "</draw:text-box></draw:frame><text:p>Verdi</text:p>"
                          "</table:table-cell>")
            << u"A1=Verdi"_s << QStringList();
    QTest::newRow("string value of a formula")
            << QByteArray("<table:table-cell table:formula=\"of:=&quot;Merk&quot;\" "
                          "office:value-type=\"string\" office:string-value=\"Merk\">"
                          "<text:p>Merk (vist)</text:p></table:table-cell>")
            << u"A1=Merk(f)"_s << QStringList();
    QTest::newRow("formula error")
            << QByteArray("<table:table-cell table:formula=\"of:=1/0\" office:value-type=\"float\" "
                          "office:value=\"0\" calcext:value-type=\"error\"><text:p>#DIV/0!</text:p>"
                          "</table:table-cell>")
            << u"A1=#DIV/0!:E(f)"_s << QStringList();
    QTest::newRow("formula without a saved result")
            << QByteArray("<table:table-cell table:formula=\"of:=A2\"/>"
                          "<table:table-cell office:value-type=\"float\" office:value=\"2\"/>")
            << u"A1=:empty(f) | B1=2:N"_s
            << QStringList {u"Row 1, column A: the formula has no saved result (the program that "
                            u"wrote the file did not calculate it); the cell was left empty. Open "
                            u"and save the file in a spreadsheet program to fill it in."_s};
    QTest::newRow("empty cells keep the columns")
            << QByteArray(
                       "<table:table-cell/><table:table-cell table:number-columns-repeated=\"3\"/>"
                       "<table:table-cell office:value-type=\"string\"/>")
                    + text("F") + "<table:covered-table-cell/>" + text("H")
            << u"F1=F | H1=H"_s << QStringList();
    QTest::newRow("covered cell with a value") << QByteArray(
            "<table:table-cell table:number-columns-spanned=\"2\" "
            "office:value-type=\"string\"><text:p>Slått sammen</text:p>"
            "</table:table-cell><table:covered-table-cell office:value-type=\"float\" "
            "office:value=\"3\"/>") << u"A1=Slått sammen | B1=3:N"_s
                                               << QStringList();
    QTest::newRow("over 32,767 characters")
            << text(QByteArray(40000, 'x')) << u"A1="_s + QString(32767, u'x')
            << QStringList {u"Row 1, column A: the cell has more than 32767 characters, more than "
                            u"a spreadsheet cell can hold; only the first 32767 were kept."_s};
    QTest::newRow("a million spaces")
            << text("<text:s text:c=\"1000000000\"/>x") << u"A1="_s + QString(32767, u' ')
            << QStringList {u"Row 1, column A: the cell has more than 32767 characters, more than "
                            u"a spreadsheet cell can hold; only the first 32767 were kept."_s};
}

void TestOdsReader::cells()
{
    QFETCH(QByteArray, cells);
    QFETCH(QString, expected);
    QFETCH(QStringList, problems);

    const QByteArray bytes = odsBytes(content(table("Ark1", row(cells))));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    OdsReader reader;
    QVERIFY2(reader.open(&buffer, u"cells.ods"_s), qPrintable(reader.errorString()));
    QStringList found;
    QCOMPARE(readRows(reader, 0, &found), QStringList {expected});
    QCOMPARE(found, problems);
    QCOMPARE(reader.problemCount(), problems.size());
}

void TestOdsReader::repeats_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<qint64>("maxRepeatedCells"); // 0: the default
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("problems");

    const QByteArray kran = "<table:table-cell office:value-type=\"string\" "
                            "table:number-columns-repeated=\"3\"><text:p>Kran</text:p>"
                            "</table:table-cell>";
    QTest::newRow("a value repeated over columns")
            << row(text("A") + kran + text("E")) << qint64(0)
            << QStringList {u"A1=A | B1=Kran | C1=Kran | D1=Kran | E1=E"_s} << QStringList();
    QTest::newRow("a row repeated") << row(text("x"))
                    + row(text("Kran") + text("Truck"), " table:number-rows-repeated=\"3\"")
                    + row(text("y")) << qint64(0)
                                    << QStringList {u"A1=x"_s, u"A2=Kran | B2=Truck"_s,
                                                    u"A3=Kran | B3=Truck"_s,
                                                    u"A4=Kran | B4=Truck"_s, u"A5=y"_s}
                                    << QStringList();
    // What LibreOffice writes after the data of a formatted sheet: a million
    // empty rows of 16,384 empty cells, in one element each.
    QTest::newRow("LibreOffice's trailing empty rows and columns")
            << row(text("A")
                   + "<table:table-cell table:style-name=\"ce1\" "
                     "table:number-columns-repeated=\"16383\"/>")
                    + row("<table:table-cell table:number-columns-repeated=\"16384\"/>",
                          " table:number-rows-repeated=\"1048575\"")
                    + row(text("z"), " table:number-rows-repeated=\"1\"")
            << qint64(0) << QStringList {u"A1=A"_s, u"A1048577=z"_s} << QStringList();
    QTest::newRow("empty repeats far beyond any sheet")
            << row("<table:table-cell table:number-columns-repeated=\"999999999999\"/>",
                   " table:number-rows-repeated=\"999999999999\"")
                    + row("<table:table-cell table:number-columns-repeated=\"999999999999\"/>",
                          " table:number-rows-repeated=\"999999999999\"")
            << qint64(0) << QStringList() << QStringList();
    QTest::newRow("a value repeated beyond column XFD")
            << row(text("A")
                   + "<table:table-cell office:value-type=\"float\" office:value=\"1\" "
                     "table:number-columns-repeated=\"1000000000\"/>"
                   + text("beyond"))
            << qint64(0) << QStringList {u"(16384 cells, last XFD1=1:N)"_s}
            << QStringList {u"Row 1: a cell lies beyond the last column a spreadsheet has (XFD) "
                            u"and was skipped."_s,
                            u"Row 1: a cell lies beyond the last column a spreadsheet has (XFD) "
                            u"and was skipped."_s};
    QTest::newRow("a value row repeated a billion times: refused")
            << row(text("Kran"), " table:number-rows-repeated=\"1000000000\"") << qint64(0)
            << QStringList {u"error: its rows and cells repeat to more than 20000000 values, more "
                            u"than a sheet may have; it was refused as a possible attack on "
                            u"memory."_s}
            << QStringList();
    QTest::newRow("repeats over the limit, cells and rows")
            << row(kran) + row(kran, " table:number-rows-repeated=\"2\"") << qint64(5)
            << QStringList {u"A1=Kran | B1=Kran | C1=Kran"_s,
                            u"error: its rows and cells repeat to more than 5 values, more than a "
                            u"sheet may have; it was refused as a possible attack on memory."_s}
            << QStringList();
    QTest::newRow("rows in groups and header rows")
            << QByteArray("<table:table-header-rows>") + row(text("Ansattnr"))
                    + "</table:table-header-rows><table:table-row-group>"
                    + row(text("1042"), " table:number-rows-repeated=\"2\"")
                    + "</table:table-row-group>"
            << qint64(0) << QStringList {u"A1=Ansattnr"_s, u"A2=1042"_s, u"A3=1042"_s}
            << QStringList();
}

void TestOdsReader::repeats()
{
    QFETCH(QByteArray, rows);
    QFETCH(qint64, maxRepeatedCells);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, problems);

    OdsReader::Limits limits;
    if (maxRepeatedCells > 0)
        limits.maxRepeatedCells = maxRepeatedCells;
    const QString path = write(u"repeats.ods"_s, odsBytes(content(table("Ark1", rows))));
    OdsReader reader(limits);
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QElapsedTimer timer;
    timer.start();
    QStringList found;
    QStringList result = readRows(reader, 0, &found);
    QVERIFY2(timer.elapsed() < 5000, "repeats must not loop over empty cells");
    // A row of 16,384 cells is summed up.
    for (QString &line : result) {
        const qsizetype cells = line.count(u" | "_s) + 1;
        if (cells > 100)
            line = u"(%1 cells, last %2)"_s.arg(cells).arg(line.mid(line.lastIndexOf(u" | ") + 3));
    }
    QCOMPARE(result, expected);
    QCOMPARE(found, problems);
}

void TestOdsReader::sheets_data()
{
    QTest::addColumn<QByteArray>("contentXml");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<bool>>("hidden");
    QTest::addColumn<int>("preferred");

    const QByteArray styles = "<style:style style:name=\"ta1\" style:family=\"table\">"
                              "<style:table-properties table:display=\"true\"/></style:style>"
                              "<style:style style:name=\"ta2\" style:family=\"table\">"
                              "<style:table-properties table:display=\"false\"/></style:style>"
                              // A cell style of the same name hides nothing.
                              "<style:style style:name=\"ce1\" style:family=\"table-cell\">"
                              "<style:table-properties table:display=\"false\"/></style:style>";
    const QByteArray one = row(text("x"));
    QTest::newRow("first visible when no name fits")
            << content(table("Ark1", one, "ta2") + table("Ark2", one, "ta1") + table("Ark3", one),
                       styles)
            << QStringList {u"Ark1"_s, u"Ark2"_s, u"Ark3"_s} << QList<bool> {true, false, false}
            << 1;
    QTest::newRow("named like certificates, the hidden one passed over")
            << content(table("Oversikt", one) + table("Sertifikater 2020", one, "ta2")
                               + table("Kurs", one, "ta1") + table("Sertifikater", one, "ta1"),
                       styles)
            << QStringList {u"Oversikt"_s, u"Sertifikater 2020"_s, u"Kurs"_s, u"Sertifikater"_s}
            << QList<bool> {false, true, false, false} << 3;
    QTest::newRow("a cell style named like the table style")
            << content(table("Ark1", one, "ce1"), styles) << QStringList {u"Ark1"_s}
            << QList<bool> {false} << 0;
    QTest::newRow("all hidden: the first")
            << content(table("A", one, "ta2") + table("B", one, "ta2"), styles)
            << QStringList {u"A"_s, u"B"_s} << QList<bool> {true, true} << 0;
    QTest::newRow("a DDE link's cached table is no sheet")
            << content(table("Ark1", one)
                       + "<table:dde-links><table:dde-link><office:dde-source "
                         "office:dde-application=\"soffice\"/>"
                       + table("dde", one) + "</table:dde-link></table:dde-links>")
            << QStringList {u"Ark1"_s} << QList<bool> {false} << 0;
    QTest::newRow("names with entities and a table inside a cell")
            << content(table("Kurs &amp; sertifikater",
                             row("<table:table-cell><table:table table:name=\"inner\"/>"
                                 "</table:table-cell>"
                                 + text("x")))
                       + table("B", one))
            << QStringList {u"Kurs & sertifikater"_s, u"B"_s} << QList<bool> {false, false} << 0;
}

void TestOdsReader::sheets()
{
    QFETCH(QByteArray, contentXml);
    QFETCH(QStringList, names);
    QFETCH(QList<bool>, hidden);
    QFETCH(int, preferred);

    OdsReader reader;
    QVERIFY2(reader.open(write(u"sheets.ods"_s, odsBytes(contentXml))),
             qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(), names);
    for (int i = 0; i < names.size(); ++i)
        QCOMPARE(reader.isSheetHidden(i), hidden.at(i));
    QCOMPARE(reader.preferredSheet(), preferred);
    // Each sheet reads its own rows only.
    for (int i = 0; i < names.size(); ++i)
        QCOMPARE(readRows(reader, i).size(), 1);
}

void TestOdsReader::hostileFiles_data()
{
    QTest::addColumn<QByteArray>("bytes"); // "@file" for a file in data/
    QTest::addColumn<qint64>("maxPartBytes"); // 0: the default limits
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("reason");

    const QByteArray valid = content(table("Ark1", row(text("x"))));
    const QString doctype = u"its part %1 contains a document type (DOCTYPE) or entity "
                            "declaration. Spreadsheet programs never write one, and it could "
                            "make a reader fetch other files or expand without end, so the "
                            "workbook was refused."_s;
    const QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                              "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n";
    const QString encrypted =
            u"the spreadsheet is password-protected (encrypted). Open it in LibreOffice, save it "
            "again without a password (File > Save As, \"Save with password\" off) and import it "
            "again."_s;

    QTest::newRow("encrypted by LibreOffice") << QByteArray("@libreoffice-encrypted.ods")
                                              << qint64(0) << Error::Encrypted << encrypted;
    QTest::newRow("encryption-data in the manifest")
            << odsBytes(valid, EncryptedManifest) << qint64(0) << Error::Encrypted << encrypted;
    QTest::newRow("DOCTYPE in content.xml")
            << odsBytes(content(table("Ark1", row(text("&lol2;"))), {}, laughs)) << qint64(0)
            << Error::XmlDoctype << doctype.arg(u"content.xml"_s);
    QByteArray manifest = Manifest;
    manifest.insert(manifest.indexOf('\n') + 1,
                    "<!DOCTYPE manifest:manifest SYSTEM "
                    "\"file:///etc/passwd\">\n");
    QTest::newRow("DOCTYPE in the manifest")
            << odsBytes(valid, manifest) << qint64(0) << Error::XmlDoctype
            << doctype.arg(u"META-INF/manifest.xml"_s);
    QTest::newRow("undeclared entity")
            << odsBytes(content(table("Ark1", row(text("&xxe;"))))) << qint64(0)
            << Error::XmlMalformed << u"its part content.xml is not well-formed XML"_s;
    QTest::newRow("malformed content")
            << odsBytes(content(table("Ark1", "<table:table-row><table:table-cell>"))) << qint64(0)
            << Error::XmlMalformed << u"its part content.xml is not well-formed XML"_s;
    QTest::newRow("content.xml ends in the middle")
            << odsBytes(valid.left(valid.size() / 2)) << qint64(0) << Error::XmlMalformed
            << u"its part content.xml is not well-formed XML (it ends in the middle"_s;
    // Letters that do not compress (a zip bomb would be refused before).
    QByteArray letters(20 << 20, Qt::Uninitialized);
    quint32 seed = 1;
    for (char &c : letters) {
        seed = seed * 1103515245u + 12345u;
        c = char('a' + (seed >> 16) % 26);
    }
    QTest::newRow("an attribute of 20 MB")
            << odsBytes(content(table("Ark1",
                                      row("<table:table-cell office:value-type=\"string\" "
                                          "office:string-value=\""
                                          + letters + "\"/>"))))
            << qint64(0) << Error::XmlMalformed
            << u"its part content.xml is not well-formed XML (one tag or text section is over "
               "16.00 MiB, at byte "_s;
    QByteArray bomb = valid;
    bomb.insert(bomb.indexOf("<office:body>"), QByteArray(160 * 1024 * 1024, ' ')); // over 128 MiB
    QTest::newRow("zip bomb (ratio)")
            << odsBytes(bomb, Manifest, Mimetype, 9) << qint64(0) << Error::RatioTooHigh
            << u"its part content.xml unpacks to "_s;
    QTest::newRow("part too large") << odsBytes(valid) << qint64(600) << Error::PartTooLarge
                                    << u"its part content.xml unpacks to "_s;
    QTest::newRow("another OpenDocument kind")
            << odsBytes(valid, Manifest, "application/vnd.oasis.opendocument.text") << qint64(0)
            << Error::NotSpreadsheet
            << u"it is an OpenDocument file of another kind "
               "(application/vnd.oasis.opendocument.text), not a spreadsheet."_s;
    QTest::newRow("another zip with a mimetype (EPUB)")
            << odsBytes(valid, Manifest, "application/epub+zip") << qint64(0)
            << Error::NotSpreadsheet
            << u"it is a zip archive, but neither an Excel workbook (.xlsx) nor an OpenDocument "
               "spreadsheet (.ods)."_s;
    QTest::newRow("no content.xml")
            << odsBytes(QByteArray()) << qint64(0) << Error::MissingContent
            << u"the part that holds its sheets (content.xml) is missing; the file is damaged."_s;
    QTest::newRow("no sheets") << odsBytes(content({})) << qint64(0) << Error::NoSheets
                               << u"the spreadsheet has no sheets."_s;
    QTest::newRow("empty file") << QByteArray("") << qint64(0) << Error::EmptyFile
                                << u"the file is empty."_s;
    // The same words as for an .xlsx: WorkbookReader tells what a file is.
    QTest::newRow("not a zip") << QByteArray("Ansattnr;Kurs\n1042;Kran\n") << qint64(0)
                               << Error::LooksLikeText
                               << u"it is a text file (probably CSV), not a spreadsheet workbook, "
                                  "although its name says so. Open it as a CSV file."_s;
    const QByteArray real = [] {
        QFile file(DataDir + u"/libreoffice-certificates.ods"_s);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QTest::newRow("truncated") << real.left(real.size() / 2) << qint64(0) << Error::Truncated
                               << u"the file is incomplete or damaged: the table of contents at "
                                  "the end of its zip archive is missing."_s;
    // Every part is limited as deep as an XLSX sheet is (256): nested spans
    // in content.xml took 809 MB.
    QTest::newRow("content.xml: spans nested 300,000 deep")
            << odsBytes(content(table("Ark1",
                                      row("<table:table-cell office:value-type=\"string\"><text:p>"
                                          + QByteArray("<text:span>").repeated(300000)))))
            << qint64(0) << Error::XmlMalformed
            << u"its part content.xml is not well-formed XML (elements nested too deep"_s;
    QTest::newRow("manifest: nested 300,000 deep")
            << odsBytes(valid,
                        QByteArray("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:"
                                   "opendocument:xmlns:manifest:1.0\">")
                                + QByteArray("<x>").repeated(300000))
            << qint64(0) << Error::XmlMalformed
            << u"its part META-INF/manifest.xml is not well-formed XML (elements nested too deep"_s;
}

void TestOdsReader::hostileFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, maxPartBytes);
    QFETCH(Error, error);
    QFETCH(QString, reason);

    const QString path = bytes.startsWith('@') ? DataDir + u'/' + QString::fromUtf8(bytes.mid(1))
                                               : write(u"hostile.ods"_s, bytes);
    OdsReader::Limits limits;
    if (maxPartBytes > 0)
        limits.maxPartBytes = maxPartBytes;
    OdsReader reader(limits);
    QElapsedTimer timer;
    timer.start();
    bool ok = reader.open(path);
    for (int i = 0; ok && i < reader.sheetNames().size(); ++i)
        ok = reader.readSheet(i, [](const SpreadsheetRow &) { return true; });
    QVERIFY(!ok);
    QCOMPARE(reader.error(), error);
    QVERIFY2(reader.errorReason().startsWith(reason), qPrintable(reader.errorReason()));
    QVERIFY(reader.errorString().startsWith(u"hostile.ods cannot be read: "_s)
            || bytes.startsWith('@'));
    QVERIFY2(timer.elapsed() < 10000, "a hostile file must fail fast");
}

// Any prefix of a real file fails cleanly (or, for the whole, reads).
void TestOdsReader::truncatedEverywhere()
{
    QFile file(DataDir + u"/libreoffice-features.ods"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    for (qsizetype size = 0; size < bytes.size(); size += 97) {
        QBuffer buffer;
        buffer.setData(bytes.left(size));
        buffer.open(QIODevice::ReadOnly);
        OdsReader reader;
        QVERIFY(!reader.open(&buffer, u"cut.ods"_s));
        QVERIFY(!reader.errorReason().isEmpty());
    }
}

void TestOdsReader::openedByContent_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name"); // the name it is opened under
    QTest::addColumn<QString>("format"); // fileFormat(), "" when refused
    QTest::addColumn<QString>("reason");

    QTest::newRow(".ods") << u"libreoffice-certificates.ods"_s << u"a.ods"_s << u"ods"_s
                          << QString();
    QTest::newRow(".ods renamed .xlsx")
            << u"libreoffice-certificates.ods"_s << u"a.xlsx"_s << u"ods"_s << QString();
    QTest::newRow(".ods renamed .csv")
            << u"libreoffice-certificates.ods"_s << u"a.csv"_s << u"ods"_s << QString();
    QTest::newRow(".xlsx renamed .ods")
            << u"libreoffice-certificates.xlsx"_s << u"a.ods"_s << u"xlsx"_s << QString();
    QTest::newRow("encrypted .ods renamed .xlsx")
            << u"libreoffice-encrypted.ods"_s << u"a.xlsx"_s << QString()
            << u"the spreadsheet is password-protected"_s;
    QTest::newRow("encrypted .xlsx renamed .ods")
            << u"libreoffice-encrypted.xlsx"_s << u"a.ods"_s << QString()
            << u"the workbook is password-protected"_s;
    QTest::newRow(".xls renamed .ods") << u"libreoffice-legacy.xls"_s << u"a.ods"_s << QString()
                                       << u"it is an Excel 97-2003 workbook (.xls)"_s;
}

void TestOdsReader::openedByContent()
{
    QFETCH(QString, file);
    QFETCH(QString, name);
    QFETCH(QString, format);
    QFETCH(QString, reason);

    QFile source(DataDir + u'/' + file);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    const QString path = write(name, bytes);
    for (const bool fromDevice : {false, true}) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        const std::unique_ptr<WorkbookReader> reader = fromDevice
                ? WorkbookReader::openDevice(&buffer, name)
                : WorkbookReader::openFile(path);
        QVERIFY(reader);
        if (format.isEmpty()) {
            QVERIFY(reader->hasError());
            QVERIFY2(reader->errorReason().startsWith(reason), qPrintable(reader->errorReason()));
            QVERIFY(reader->errorString().startsWith(name + u" cannot be read: "_s));
            continue;
        }
        QVERIFY2(!reader->hasError(), qPrintable(reader->errorString()));
        QCOMPARE(reader->fileFormat(), format);
        QCOMPARE(reader->sheetNames(), (QStringList {u"Oversikt"_s, u"Sertifikater"_s}));
        int rows = 0;
        QVERIFY(reader->readSheet(reader->preferredSheet(), [&](const SpreadsheetRow &) {
            ++rows;
            return true;
        }));
        QCOMPARE(rows, 6);
    }
}

void TestOdsReader::stopCancelAndProgress()
{
    QByteArray rows;
    for (int r = 0; r < 20000; ++r)
        rows += row(text("Kran") + text(QByteArray::number(r)));
    const QString path = write(u"big.ods"_s, odsBytes(content(table("Ark1", rows))));

    OdsReader reader;
    QVERIFY(reader.open(path));
    QList<qint64> done;
    qint64 total = 0;
    reader.setProgressHandler([&](qint64 d, qint64 t) {
        done.append(d);
        total = t;
    });
    int read = 0;
    QVERIFY(reader.readSheet(0, [&](const SpreadsheetRow &) { return ++read < 10; }));
    QCOMPARE(read, 10);
    QCOMPARE(reader.error(), Error::None);

    done.clear();
    read = 0;
    QVERIFY(reader.readSheet(0, [&](const SpreadsheetRow &) { return ++read > 0; }));
    QCOMPARE(read, 20000);
    QVERIFY(done.size() >= 3);
    QCOMPARE(done.last(), total);
    QVERIFY(std::is_sorted(done.cbegin(), done.cend()));

    std::atomic_bool cancel = false;
    read = 0;
    QVERIFY(!reader.readSheet(
            0,
            [&](const SpreadsheetRow &) {
                cancel = ++read >= 100;
                return true;
            },
            &cancel));
    QCOMPARE(reader.error(), Error::Cancelled);
    QVERIFY(reader.wasCancelled());
    QCOMPARE(read, 100);
    QCOMPARE(reader.errorString(), u"big.ods cannot be read: reading was cancelled."_s);

    // Read again after the cancel: all there.
    read = 0;
    QVERIFY(reader.readSheet(0, [&](const SpreadsheetRow &) { return ++read > 0; }));
    QCOMPARE(read, 20000);
    QVERIFY(!reader.readSheet(1, [](const SpreadsheetRow &) { return true; }));
    QCOMPARE(reader.error(), Error::NoSuchSheet);
}

QTEST_GUILESS_MAIN(TestOdsReader)
#include "tst_odsreader.moc"
