#include "io/workbook/xlsxreader.h"
#include "xlsxfixturewriter.h"

#include <QBuffer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Ditio;
using namespace Qt::StringLiterals;
using Cell = SpreadsheetCell;

Q_DECLARE_METATYPE(Cell::Kind)

namespace {

const QString DataDir = QStringLiteral(DITIO_TEST_DATA_DIR "/import");

QList<SpreadsheetRow> readRows(XlsxReader &reader, int sheet)
{
    QList<SpreadsheetRow> rows;
    const bool ok = reader.readSheet(sheet, [&](const SpreadsheetRow &row) {
        rows.append(row);
        return true;
    });
    if (!ok)
        qWarning("%s", qPrintable(reader.errorString()));
    return rows;
}

// The cell at "C7" of the rows read, or an empty cell (column 0).
Cell cellAt(const QList<SpreadsheetRow> &rows, int row, int column)
{
    for (const SpreadsheetRow &r : rows) {
        if (r.row == row) {
            if (const Cell *cell = r.cell(column))
                return *cell;
        }
    }
    return Cell();
}

QStringList problemMessages(const XlsxReader &reader)
{
    QStringList messages;
    for (const SpreadsheetProblem &problem : reader.problems())
        messages.append(problem.message);
    return messages;
}

// Styles every cell-value test can use.
enum Style {
    General = 0,
    DateBuiltin = 1, // 14
    DateTimeCustom = 2, // dd.mm.yyyy hh:mm
    TimeBuiltin = 3, // 20: h:mm
    ZeroPadded = 4, // 00000
    Thousands = 5, // #,##0.00
    DateTimeBuiltin = 6, // 22
    DateLocale = 7, // [$-414]d\. mmmm yyyy;@
    TextFormat = 8, // 49: @
};

XlsxFixtureWriter styledWriter()
{
    XlsxFixtureWriter writer;
    writer.addStyle(14);
    writer.addStyle(QStringLiteral("dd.mm.yyyy hh:mm"));
    writer.addStyle(20);
    writer.addStyle(QStringLiteral("00000"));
    writer.addStyle(QStringLiteral("#,##0.00"));
    writer.addStyle(22);
    writer.addStyle(QStringLiteral("[$-414]d\\.\\ mmmm\\ yyyy;@"));
    writer.addStyle(49);
    writer.setSharedStringItems(
            "<si><t>Kranførerbevis</t></si>"
            "<si><t>01042</t></si>"
            "<si><t xml:space=\"preserve\">  padded  </t></si>"
            "<si><r><rPr><b/></rPr><t>Rich</t></r><r><t xml:space=\"preserve\"> text</t></r></si>"
            "<si><t>Japanese</t><rPh sb=\"0\" eb=\"1\"><t>ジャ</t></rPh><phoneticPr "
            "fontId=\"1\"/></si>"
            "<si><t>Line_x000D_\ntwo</t></si>"
            "<si><t>a &amp; b &lt;c&gt;</t></si>"
            "<si><t/></si>"
            "<si><t>_x005F_x0041_</t></si>");
    return writer;
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void cellValues_data();
    void cellValues();
    void sparseRowsAndColumns();
    void emptyCellsAreLeftOut();
    void sheets_data();
    void sheets();
    void chartSheetsAreLeftOut();
    void dateSystem_data();
    void dateSystem();
    void formulaWithoutSavedValue();
    void bigCellIsFlagged_data();
    void bigCellIsFlagged();
    void cellProblems_data();
    void cellProblems();
    void problemsAreCapped();
    void prefixedElements();
    void relationshipTargets();
    void partsFoundWithoutRelationships();
    void libreOfficeWorkbook();
    void libreOffice1904();
    void readTwiceAndFromDevice();
    void stopAndCancel();
    void progress();

private:
    QString save(const XlsxFixtureWriter &writer, const QString &name);
    QList<SpreadsheetRow> readOne(const XlsxFixtureWriter &writer, int sheet = 0,
                                  XlsxReader *reader = nullptr);

    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestXlsxReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestXlsxReader::save(const XlsxFixtureWriter &writer, const QString &name)
{
    const QString path = m_dir.filePath(QStringLiteral("%1-%2.xlsx").arg(++m_files).arg(name));
    if (!writer.save(path))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QList<SpreadsheetRow> TestXlsxReader::readOne(const XlsxFixtureWriter &writer, int sheet,
                                              XlsxReader *reader)
{
    XlsxReader own;
    XlsxReader &xlsx = reader ? *reader : own;
    if (!xlsx.open(save(writer, QStringLiteral("fixture")))) {
        qWarning("%s", qPrintable(xlsx.errorString()));
        return {};
    }
    return readRows(xlsx, sheet);
}

void TestXlsxReader::cellValues_data()
{
    QTest::addColumn<QByteArray>("cell"); // the <c> element for A1
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<Cell::Kind>("kind");
    QTest::addColumn<bool>("fromFormula");

    const auto row = [](const char *name, const QByteArray &cell, const QString &text,
                        const QString &raw, Cell::Kind kind, bool formula = false) {
        QTest::newRow(name) << cell << text << raw << kind << formula;
    };
    // Text.
    row("shared string", "<c r=\"A1\" t=\"s\"><v>0</v></c>", u"Kranførerbevis"_s,
        u"Kranførerbevis"_s, Cell::Text);
    row("text keeps leading zero", "<c r=\"A1\" t=\"s\"><v>1</v></c>", u"01042"_s, u"01042"_s,
        Cell::Text);
    row("xml:space preserve", "<c r=\"A1\" t=\"s\"><v>2</v></c>", u"  padded  "_s, u"  padded  "_s,
        Cell::Text);
    row("rich text runs", "<c r=\"A1\" t=\"s\"><v>3</v></c>", u"Rich text"_s, u"Rich text"_s,
        Cell::Text);
    row("phonetic guide left out", "<c r=\"A1\" t=\"s\"><v>4</v></c>", u"Japanese"_s, u"Japanese"_s,
        Cell::Text);
    row("_x000D_ escape", "<c r=\"A1\" t=\"s\"><v>5</v></c>", u"Line\r\ntwo"_s, u"Line\r\ntwo"_s,
        Cell::Text);
    row("entities", "<c r=\"A1\" t=\"s\"><v>6</v></c>", u"a & b <c>"_s, u"a & b <c>"_s, Cell::Text);
    row("escaped underscore", "<c r=\"A1\" t=\"s\"><v>8</v></c>", u"_x0041_"_s, u"_x0041_"_s,
        Cell::Text);
    row("inline string", "<c r=\"A1\" t=\"inlineStr\"><is><t>Inline</t></is></c>", u"Inline"_s,
        u"Inline"_s, Cell::Text);
    row("inline rich text",
        "<c r=\"A1\" "
        "t=\"inlineStr\"><is><r><t>In</t></r><r><rPr><i/></rPr><t>line</t></r></is></c>",
        u"Inline"_s, u"Inline"_s, Cell::Text);
    row("inline CDATA", "<c r=\"A1\" t=\"inlineStr\"><is><t><![CDATA[a<b]]></t></is></c>", u"a<b"_s,
        u"a<b"_s, Cell::Text);
    row("text-formatted number stays the number", "<c r=\"A1\" s=\"8\"><v>1042</v></c>", u"1042"_s,
        u"1042"_s, Cell::Number);

    // Numbers: identifiers stay identifiers.
    row("identifier", "<c r=\"A1\"><v>1042</v></c>", u"1042"_s, u"1042"_s, Cell::Number);
    row("explicit type n", "<c r=\"A1\" t=\"n\"><v>1042</v></c>", u"1042"_s, u"1042"_s,
        Cell::Number);
    row("written with .0", "<c r=\"A1\"><v>1042.0</v></c>", u"1042"_s, u"1042.0"_s, Cell::Number);
    row("11 digits", "<c r=\"A1\"><v>12345678901</v></c>", u"12345678901"_s, u"12345678901"_s,
        Cell::Number);
    row("round 1e10", "<c r=\"A1\"><v>10000000000</v></c>", u"10000000000"_s, u"10000000000"_s,
        Cell::Number);
    row("1E+21", "<c r=\"A1\"><v>1E+21</v></c>", u"1E+21"_s, u"1E+21"_s, Cell::Number);
    row("1e21 in full", "<c r=\"A1\"><v>1000000000000000000000</v></c>", u"1E+21"_s,
        u"1000000000000000000000"_s, Cell::Number);
    row("fraction", "<c r=\"A1\"><v>0.1</v></c>", u"0.1"_s, u"0.1"_s, Cell::Number);
    row("17 digits shortened", "<c r=\"A1\"><v>1.1000000000000001</v></c>", u"1.1"_s,
        u"1.1000000000000001"_s, Cell::Number);
    row("negative", "<c r=\"A1\"><v>-7</v></c>", u"-7"_s, u"-7"_s, Cell::Number);
    row("spaces around", "<c r=\"A1\"><v> 42 </v></c>", u"42"_s, u"42"_s, Cell::Number);
    row("zero-padded format", "<c r=\"A1\" s=\"4\"><v>1042</v></c>", u"01042"_s, u"1042"_s,
        Cell::Number);
    row("thousands format ignored", "<c r=\"A1\" s=\"5\"><v>1042</v></c>", u"1042"_s, u"1042"_s,
        Cell::Number);
    row("unknown style index", "<c r=\"A1\" s=\"99\"><v>46037</v></c>", u"46037"_s, u"46037"_s,
        Cell::Number);

    // Dates and times.
    row("built-in date", "<c r=\"A1\" s=\"1\"><v>46037</v></c>", u"15.01.2026"_s, u"46037"_s,
        Cell::Date);
    row("custom date-time keeps the date", "<c r=\"A1\" s=\"2\"><v>46037.75</v></c>",
        u"15.01.2026"_s, u"46037.75"_s, Cell::Date);
    row("built-in date-time", "<c r=\"A1\" s=\"6\"><v>46037.5</v></c>", u"15.01.2026"_s,
        u"46037.5"_s, Cell::Date);
    row("Norwegian custom date", "<c r=\"A1\" s=\"7\"><v>46037</v></c>", u"15.01.2026"_s,
        u"46037"_s, Cell::Date);
    row("Excel's 29.02.1900", "<c r=\"A1\" s=\"1\"><v>60</v></c>", u"29.02.1900"_s, u"60"_s,
        Cell::Date);
    row("01.03.1900", "<c r=\"A1\" s=\"1\"><v>61</v></c>", u"01.03.1900"_s, u"61"_s, Cell::Date);
    row("time of day", "<c r=\"A1\" s=\"3\"><v>0.354166666666667</v></c>", u"08:30"_s,
        u"0.354166666666667"_s, Cell::Time);
    row("ISO date cell", "<c r=\"A1\" t=\"d\"><v>2026-01-15T00:00:00</v></c>", u"15.01.2026"_s,
        u"2026-01-15T00:00:00"_s, Cell::Date);

    // Booleans and errors.
    row("true", "<c r=\"A1\" t=\"b\"><v>1</v></c>", u"TRUE"_s, u"1"_s, Cell::Boolean);
    row("false", "<c r=\"A1\" t=\"b\"><v>0</v></c>", u"FALSE"_s, u"0"_s, Cell::Boolean);
    row("error", "<c r=\"A1\" t=\"e\"><v>#N/A</v></c>", u"#N/A"_s, u"#N/A"_s, Cell::Error);

    // Formulas: the saved result.
    row("formula number", "<c r=\"A1\"><f>SUM(B1:B2)</f><v>3</v></c>", u"3"_s, u"3"_s, Cell::Number,
        true);
    row("formula string", "<c r=\"A1\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>a&amp;b</v></c>",
        u"a&b"_s, u"a&b"_s, Cell::Text, true);
    row("formula date", "<c r=\"A1\" s=\"1\"><f>TODAY()</f><v>46037</v></c>", u"15.01.2026"_s,
        u"46037"_s, Cell::Date, true);
    row("formula error", "<c r=\"A1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>", u"#DIV/0!"_s,
        u"#DIV/0!"_s, Cell::Error, true);
    row("formula boolean", "<c r=\"A1\" t=\"b\"><f>1=1</f><v>1</v></c>", u"TRUE"_s, u"1"_s,
        Cell::Boolean, true);
    row("shared formula", "<c r=\"A1\"><f t=\"shared\" si=\"0\"/><v>5</v></c>", u"5"_s, u"5"_s,
        Cell::Number, true);
    row("formula with shared string result", "<c r=\"A1\" t=\"s\"><f>B1</f><v>0</v></c>",
        u"Kranførerbevis"_s, u"Kranførerbevis"_s, Cell::Text, true);
}

void TestXlsxReader::cellValues()
{
    QFETCH(QByteArray, cell);
    QFETCH(QString, text);
    QFETCH(QString, raw);
    QFETCH(Cell::Kind, kind);
    QFETCH(bool, fromFormula);

    XlsxFixtureWriter writer = styledWriter();
    writer.addSheet(QStringLiteral("Sheet1"), "<row r=\"1\">" + cell + "</row>");
    XlsxReader reader;
    const QList<SpreadsheetRow> rows = readOne(writer, 0, &reader);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().row, 1);
    QCOMPARE(rows.first().cells.size(), 1);
    const Cell &result = rows.first().cells.first();
    QCOMPARE(result.column, 1);
    QCOMPARE(result.text, text);
    QCOMPARE(result.raw, raw);
    QCOMPARE(result.kind, kind);
    QCOMPARE(result.fromFormula, fromFormula);
    QCOMPARE(problemMessages(reader), QStringList());
}

void TestXlsxReader::sparseRowsAndColumns()
{
    XlsxFixtureWriter writer;
    const QByteArray a = QByteArray::number(writer.sharedString(u"a"_s));
    writer.addSheet(QStringLiteral("Sparse"),
                    // Row 2: A, C and (no r) D; row 7 after a gap; a row without r
                    // follows as 8; cells far right.
                    "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"C2\"><v>3</v></c><c><v>4</v></c>"
                    "</row>"
                    "<row r=\"7\"><c r=\"B7\" t=\"s\"><v>"
                            + a
                            + "</v></c></row>"
                              "<row><c><v>8</v></c><c r=\"AA8\"><v>27</v></c>"
                              "<c r=\"XFD8\"><v>16384</v></c></row>");
    const QList<SpreadsheetRow> rows = readOne(writer);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).row, 2);
    QCOMPARE(rows.at(0).cells.size(), 3);
    QCOMPARE(rows.at(0).cells.at(0).column, 1);
    QCOMPARE(rows.at(0).cells.at(1).column, 3);
    QCOMPARE(rows.at(0).cells.at(2).column, 4);
    QCOMPARE(rows.at(0).text(4), u"4"_s);
    QCOMPARE(rows.at(0).text(2), QString());
    QCOMPARE(rows.at(1).row, 7);
    QCOMPARE(rows.at(1).cells.size(), 1);
    QCOMPARE(rows.at(1).text(2), u"a"_s);
    QCOMPARE(rows.at(2).row, 8);
    QCOMPARE(rows.at(2).text(1), u"8"_s);
    QCOMPARE(rows.at(2).text(27), u"27"_s);
    QCOMPARE(rows.at(2).text(16384), u"16384"_s);
    QCOMPARE(SpreadsheetCell::columnName(27), u"AA"_s);
    QCOMPARE(SpreadsheetCell::columnName(16384), u"XFD"_s);
}

void TestXlsxReader::emptyCellsAreLeftOut()
{
    XlsxFixtureWriter writer;
    const QByteArray empty = QByteArray::number(writer.sharedString(QString()));
    writer.addSheet(QStringLiteral("Sheet1"),
                    "<row r=\"1\"><c r=\"A1\" s=\"0\"/><c r=\"B1\"><v></v></c>"
                    "<c r=\"C1\" t=\"s\"><v>"
                            + empty
                            + "</v></c><c r=\"D1\" t=\"inlineStr\"><is><t></t></is></c></row>"
                              "<row r=\"2\" spans=\"1:3\"/>"
                              "<row r=\"3\"><c r=\"A3\" s=\"0\"/><c r=\"B3\"><v>x</v></c></row>");
    XlsxReader reader;
    const QList<SpreadsheetRow> rows = readOne(writer, 0, &reader);
    // Rows 1 and 2 have no value; row 3 has B3 (not a number: kept as text).
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().row, 3);
    QCOMPARE(rows.first().cells.size(), 1);
    QCOMPARE(rows.first().cells.first().kind, Cell::Text);
    QCOMPARE(problemMessages(reader),
             QStringList {u"Row 3, column B: \"x\" is stored as a number but is not one; the text "
                          "was kept."_s});
}

void TestXlsxReader::sheets_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("states");
    QTest::addColumn<int>("preferred");
    const QStringList visible3 {QString(), QString(), QString()};
    QTest::newRow("no certificate sheet: the first")
            << QStringList {u"Ark1"_s, u"Ark2"_s, u"Ark3"_s} << visible3 << 0;
    QTest::newRow("Sertifikater") << QStringList {u"Info"_s, u"Sertifikater"_s, u"Ark3"_s}
                                  << visible3 << 1;
    QTest::newRow("Certificates") << QStringList {u"Summary"_s, u"Notes"_s, u"Certificates"_s}
                                  << visible3 << 2;
    QTest::newRow("Kompetanse") << QStringList {u"Forside"_s, u"Kompetanse 2026"_s, u"X"_s}
                                << visible3 << 1;
    QTest::newRow("Kurs") << QStringList {u"Forside"_s, u"X"_s, u"Kursoversikt"_s} << visible3 << 2;
    QTest::newRow("certificates beat courses")
            << QStringList {u"Kurs"_s, u"Ansatte"_s, u"Sertifikat-liste"_s} << visible3 << 2;
    QTest::newRow("case and spaces")
            << QStringList {u"a"_s, u"  SERTIFIKATER  "_s, u"b"_s} << visible3 << 1;
    QTest::newRow("hidden certificate sheet skipped")
            << QStringList {u"Sertifikater"_s, u"Data"_s, u"Kurs"_s}
            << QStringList {u"hidden"_s, QString(), QString()} << 2;
    QTest::newRow("hidden first sheet") << QStringList {u"Skjult"_s, u"Data"_s, u"Mer"_s}
                                        << QStringList {u"veryHidden"_s, QString(), QString()} << 1;
}

void TestXlsxReader::sheets()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, states);
    QFETCH(int, preferred);
    XlsxFixtureWriter writer;
    for (int i = 0; i < names.size(); ++i) {
        writer.addSheet(names.at(i),
                        "<row r=\"1\"><c r=\"A1\"><v>" + QByteArray::number(i + 1)
                                + "</v></c></row>",
                        states.at(i));
    }
    XlsxReader reader;
    QVERIFY2(reader.open(save(writer, u"sheets"_s)), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(), names);
    QCOMPARE(reader.preferredSheet(), preferred);
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(reader.isSheetHidden(i), !states.at(i).isEmpty());
        const QList<SpreadsheetRow> rows = readRows(reader, i);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().text(1), QString::number(i + 1));
    }
    QVERIFY(!reader.readSheet(names.size(), [](const SpreadsheetRow &) { return true; }));
    QCOMPARE(reader.error(), XlsxReader::Error::NoSuchSheet);
    QCOMPARE(reader.errorReason(), u"the workbook has no sheet number 4."_s);
}

void TestXlsxReader::chartSheetsAreLeftOut()
{
    XlsxFixtureWriter writer;
    writer.addSheet(u"Data"_s, "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
    writer.addSheet(u"Diagram"_s, "");
    QByteArray relationships = writer.parts().at(3).second;
    QVERIFY(relationships.contains("sheet2.xml"));
    relationships.replace("/worksheet\" Target=\"worksheets/sheet2.xml",
                          "/chartsheet\" Target=\"chartsheets/sheet1.xml");
    writer.setPart(u"xl/_rels/workbook.xml.rels"_s, relationships);
    XlsxReader reader;
    QVERIFY2(reader.open(save(writer, u"chart"_s)), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(), QStringList {u"Data"_s});
}

void TestXlsxReader::dateSystem_data()
{
    QTest::addColumn<QByteArray>("date1904"); // null: no attribute
    QTest::addColumn<bool>("is1904");
    QTest::addColumn<QString>("day0");
    QTest::addColumn<QString>("day44575");
    QTest::newRow("default 1900") << QByteArray() << false << QString() << u"14.01.2022"_s;
    QTest::newRow("date1904=0") << QByteArray("0") << false << QString() << u"14.01.2022"_s;
    QTest::newRow("date1904=false") << QByteArray("false") << false << QString() << u"14.01.2022"_s;
    QTest::newRow("date1904=1") << QByteArray("1") << true << u"01.01.1904"_s << u"15.01.2026"_s;
    QTest::newRow("date1904=true")
            << QByteArray("true") << true << u"01.01.1904"_s << u"15.01.2026"_s;
}

void TestXlsxReader::dateSystem()
{
    QFETCH(QByteArray, date1904);
    QFETCH(bool, is1904);
    QFETCH(QString, day0);
    QFETCH(QString, day44575);
    XlsxFixtureWriter writer;
    const int date = writer.addStyle(14);
    writer.setDate1904(date1904);
    const QByteArray s = QByteArray::number(date);
    writer.addSheet(u"Sheet1"_s,
                    "<row r=\"1\"><c r=\"A1\" s=\"" + s + "\"><v>0</v></c><c r=\"B1\" s=\"" + s
                            + "\"><v>44575</v></c></row>");
    XlsxReader reader;
    const QList<SpreadsheetRow> rows = readOne(writer, 0, &reader);
    QCOMPARE(reader.is1904DateSystem(), is1904);
    const Cell a1 = cellAt(rows, 1, 1);
    if (day0.isEmpty()) {
        // No 1900-system date has serial 0: the number stays, flagged.
        QCOMPARE(a1.kind, Cell::Number);
        QCOMPARE(a1.text, u"0"_s);
        QCOMPARE(problemMessages(reader),
                 QStringList {u"Row 1, column A: the number 0 is formatted as a date, but no date "
                              "has that number; the number was kept."_s});
    } else {
        QCOMPARE(a1.kind, Cell::Date);
        QCOMPARE(a1.text, day0);
    }
    QCOMPARE(cellAt(rows, 1, 2).text, day44575);
    QCOMPARE(cellAt(rows, 1, 2).raw, u"44575"_s);
}

void TestXlsxReader::formulaWithoutSavedValue()
{
    XlsxFixtureWriter writer;
    writer.addSheet(u"Sheet1"_s,
                    "<row r=\"4\"><c r=\"B4\"><f>A4*2</f></c><c r=\"C4\"><v>1</v></c></row>");
    XlsxReader reader;
    const QList<SpreadsheetRow> rows = readOne(writer, 0, &reader);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().cells.size(), 2);
    const Cell &b4 = rows.first().cells.first();
    QCOMPARE(b4.kind, Cell::Empty);
    QVERIFY(b4.fromFormula);
    QVERIFY(b4.text.isEmpty());
    QCOMPARE(reader.problemCount(), 1);
    QCOMPARE(reader.problems().first().row, 4);
    QCOMPARE(reader.problems().first().column, 2);
    QCOMPARE(reader.problems().first().message,
             u"Row 4, column B: the formula has no saved result (the program that wrote the file "
             "did not calculate it); the cell was left empty. Open and save the file in a "
             "spreadsheet program to fill it in."_s);
}

void TestXlsxReader::bigCellIsFlagged_data()
{
    QTest::addColumn<bool>("shared");
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("shared, exactly 32767") << true << 32767 << false;
    QTest::newRow("shared, 40000") << true << 40000 << true;
    QTest::newRow("inline, 40000") << false << 40000 << true;
    QTest::newRow("inline, 1 MB") << false << 1000000 << true;
}

void TestXlsxReader::bigCellIsFlagged()
{
    QFETCH(bool, shared);
    QFETCH(int, length);
    QFETCH(bool, flagged);
    XlsxFixtureWriter writer;
    // Varied letters, as a real text: a run of one letter would pack like a zip bomb.
    QString big(length, Qt::Uninitialized);
    QRandomGenerator random(length);
    for (QChar &c : big)
        c = QChar(char16_t(u"abcdefghijklmnopqrstuvwxyzæøå "[random.bounded(30)]));
    QByteArray cell;
    if (shared) {
        cell = "<c r=\"C5\" t=\"s\"><v>" + QByteArray::number(writer.sharedString(big))
                + "</v></c>";
    } else {
        cell = "<c r=\"C5\" t=\"inlineStr\"><is><t>" + big.toUtf8() + "</t></is></c>";
    }
    writer.addSheet(u"Sheet1"_s,
                    "<row r=\"5\">" + cell
                            + "<c r=\"D5\"><v>1</v></c></row>"
                              "<row r=\"6\"><c r=\"A6\"><v>2</v></c></row>");
    XlsxReader reader;
    const QList<SpreadsheetRow> rows = readOne(writer, 0, &reader);
    // The rest of the file still reads.
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).text(4), u"1"_s);
    QCOMPARE(rows.at(1).text(1), u"2"_s);
    const Cell c5 = cellAt(rows, 5, 3);
    QCOMPARE(c5.kind, Cell::Text);
    QCOMPARE(c5.text.size(), qMin(length, 32767));
    QCOMPARE(c5.text, big.left(32767));
    if (flagged) {
        QCOMPARE(problemMessages(reader),
                 QStringList {
                         u"Row 5, column C: the cell has more than 32767 characters, more "
                         "than a spreadsheet cell can hold; only the first 32767 were kept."_s});
        QCOMPARE(reader.problems().first().row, 5);
        QCOMPARE(reader.problems().first().column, 3);
    } else {
        QCOMPARE(problemMessages(reader), QStringList());
    }
}

void TestXlsxReader::cellProblems_data()
{
    QTest::addColumn<QByteArray>("cells"); // of row 3
    QTest::addColumn<QStringList>("texts"); // of the cells delivered
    QTest::addColumn<QString>("message");
    QTest::newRow("shared string out of range")
            << QByteArray("<c r=\"B3\" t=\"s\"><v>99</v></c><c r=\"C3\"><v>1</v></c>")
            << QStringList {u"1"_s}
            << u"Row 3, column B: the cell refers to shared text number 99, which the workbook "
               "does not have; the cell was left empty."_s;
    QTest::newRow("not a number") << QByteArray("<c r=\"B3\"><v>12abc</v></c>")
                                  << QStringList {u"12abc"_s}
                                  << u"Row 3, column B: \"12abc\" is stored as a number but is "
                                     "not one; the text was kept."_s;
    QTest::newRow("not a boolean")
            << QByteArray("<c r=\"B3\" t=\"b\"><v>yes</v></c>") << QStringList {u"yes"_s}
            << u"Row 3, column B: \"yes\" is stored as a true/false value "
               "but is not one; the text was kept."_s;
    QTest::newRow("not an ISO date") << QByteArray("<c r=\"B3\" t=\"d\"><v>2026-02-30</v></c>")
                                     << QStringList {u"2026-02-30"_s}
                                     << u"Row 3, column B: \"2026-02-30\" is stored as a date "
                                        "but is not one; the text was kept."_s;
    QTest::newRow("date out of range")
            << QByteArray("<c r=\"B3\" s=\"1\"><v>3000000</v></c>") << QStringList {u"3000000"_s}
            << u"Row 3, column B: the number 3000000 is formatted as a "
               "date, but no date has that number; the number was "
               "kept."_s;
    QTest::newRow("negative date")
            << QByteArray("<c r=\"B3\" s=\"1\"><v>-5</v></c>") << QStringList {u"-5"_s}
            << u"Row 3, column B: the number -5 is formatted as a date, "
               "but no date has that number; the number was kept."_s;
    QTest::newRow("same cell twice")
            << QByteArray("<c r=\"B3\"><v>1</v></c><c r=\"B3\"><v>2</v></c>")
            << QStringList {u"1"_s}
            << u"Row 3, column B: the file holds a second value for this cell, or one out of "
               "order; it was skipped."_s;
    QTest::newRow("out of order")
            << QByteArray("<c r=\"C3\"><v>1</v></c><c r=\"A3\"><v>2</v></c>")
            << QStringList {u"1"_s}
            << u"Row 3, column A: the file holds a second value for this cell, or one out of "
               "order; it was skipped."_s;
    QTest::newRow("beyond XFD") << QByteArray("<c r=\"A3\"><v>1</v></c><c r=\"XFE3\"><v>2</v></c>")
                                << QStringList {u"1"_s}
                                << u"Row 3: a cell lies beyond the last column a spreadsheet has "
                                   "(XFD) and was skipped."_s;
    QTest::newRow("invalid UTF-8 inline")
            << QByteArray("<c r=\"B3\" t=\"inlineStr\"><is><t>a\xff"
                          "b</t></is></c><c r=\"C3\"><v>1</v></c>")
            << QStringList {u"1"_s}
            << u"Row 3, column B: the text is not valid UTF-8; the cell was left empty."_s;
}

void TestXlsxReader::cellProblems()
{
    QFETCH(QByteArray, cells);
    QFETCH(QStringList, texts);
    QFETCH(QString, message);
    XlsxFixtureWriter writer;
    writer.addStyle(14);
    writer.sharedString(u"only"_s);
    writer.addSheet(u"Sheet1"_s,
                    "<row r=\"3\">" + cells + "</row><row r=\"4\"><c r=\"A4\"><v>4</v></c></row>");
    XlsxReader reader;
    const QList<SpreadsheetRow> rows = readOne(writer, 0, &reader);
    QCOMPARE(rows.size(), 2);
    QStringList got;
    for (const Cell &cell : rows.first().cells)
        got.append(cell.text);
    QCOMPARE(got, texts);
    QCOMPARE(rows.at(1).text(1), u"4"_s);
    QCOMPARE(problemMessages(reader), QStringList {message});
    QCOMPARE(reader.problems().first().row, 3);
}

void TestXlsxReader::problemsAreCapped()
{
    // 1500 bad cells: all counted and all rows read, the first 1000 kept.
    XlsxFixtureWriter writer;
    QByteArray data;
    for (int r = 1; r <= 1500; ++r) {
        const QByteArray n = QByteArray::number(r);
        data += "<row r=\"" + n + "\"><c r=\"A" + n + "\"><v>bad" + n + "</v></c></row>";
    }
    writer.addSheet(u"Sheet1"_s, data);
    XlsxReader reader;
    QCOMPARE(readOne(writer, 0, &reader).size(), 1500);
    QCOMPARE(reader.problemCount(), 1500);
    QCOMPARE(reader.problems().size(), 1000);
    QCOMPARE(reader.problems().last().row, 1000);
}

void TestXlsxReader::prefixedElements()
{
    // Some generators (the Open XML SDK among them) write prefixed names.
    XlsxFixtureWriter writer;
    writer.addSheet(u"Sheet1"_s, QByteArray());
    writer.setPart(u"xl/worksheets/sheet1.xml"_s,
                   "<?xml version=\"1.0\" encoding=\"utf-8\"?><x:worksheet "
                   "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                   "<x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>Ansattnr"
                   "</x:t></x:is></x:c><x:c r=\"B1\"><x:v>1042</x:v></x:c></x:row></x:sheetData>"
                   "</x:worksheet>");
    const QList<SpreadsheetRow> rows = readOne(writer);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().text(1), u"Ansattnr"_s);
    QCOMPARE(rows.first().text(2), u"1042"_s);
}

void TestXlsxReader::relationshipTargets()
{
    // The workbook somewhere else, absolute and ../ targets, percent-encoding.
    const QByteArray ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const QByteArray pkg = "http://schemas.openxmlformats.org/package/2006/relationships";
    const QList<QPair<QString, QByteArray>> parts = {
            {u"_rels/.rels"_s,
             "<Relationships xmlns=\"" + pkg + "\"><Relationship Id=\"r1\" Type=\"" + ns
                     + "/officeDocument\" Target=\"/book/main.xml\"/></Relationships>"},
            {u"book/main.xml"_s,
             "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
             "xmlns:r=\""
                     + ns
                     + "\"><sheets><sheet name=\"Første\" sheetId=\"1\" r:id=\"a\"/><sheet "
                       "name=\"Andre\" sheetId=\"2\" r:id=\"b\"/></sheets></workbook>"},
            {u"book/_rels/main.xml.rels"_s,
             "<Relationships xmlns=\"" + pkg + "\"><Relationship Id=\"a\" Type=\"" + ns
                     + "/worksheet\" Target=\"/data/first.xml\"/><Relationship Id=\"b\" Type=\""
                     + ns
                     + "/worksheet\" Target=\"../data/second%20sheet.xml\"/><Relationship "
                       "Id=\"s\" Type=\""
                     + ns
                     + "/sharedStrings\" Target=\"./strings.xml\"/><Relationship Id=\"x\" Type=\""
                     + ns
                     + "/hyperlink\" Target=\"https://example.com/\" TargetMode=\"External\"/>"
                       "</Relationships>"},
            {u"book/strings.xml"_s, "<sst><si><t>fra strenger</t></si></sst>"},
            {u"data/first.xml"_s,
             XlsxFixtureWriter::worksheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")},
            {u"data/second sheet.xml"_s,
             XlsxFixtureWriter::worksheet("<row r=\"1\"><c r=\"A1\"><v>2</v></c></row>")},
    };
    const QString path = m_dir.filePath(u"relationships.xlsx"_s);
    QVERIFY(XlsxFixtureWriter::writeZip(path, parts));
    XlsxReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(), (QStringList {u"Første"_s, u"Andre"_s}));
    QCOMPARE(readRows(reader, 0).first().text(1), u"fra strenger"_s);
    QCOMPARE(readRows(reader, 1).first().text(1), u"2"_s);
}

void TestXlsxReader::partsFoundWithoutRelationships()
{
    // No workbook relationships at all: sheets, styles and strings by their usual names.
    XlsxFixtureWriter writer;
    const int date = writer.addStyle(14);
    const QByteArray text = QByteArray::number(writer.sharedString(u"tekst"_s));
    writer.addSheet(u"Sheet1"_s,
                    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>" + text + "</v></c><c r=\"B1\" s=\""
                            + QByteArray::number(date) + "\"><v>46037</v></c></row>");
    writer.removePart(u"xl/_rels/workbook.xml.rels"_s);
    writer.removePart(u"_rels/.rels"_s);
    const QList<SpreadsheetRow> rows = readOne(writer);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().text(1), u"tekst"_s);
    QCOMPARE(rows.first().text(2), u"15.01.2026"_s);
}

void TestXlsxReader::libreOfficeWorkbook()
{
    // Written by LibreOffice Calc 7.4 from data/libreoffice-certificates.fods.
    XlsxReader reader;
    QVERIFY2(reader.open(DataDir + u"/libreoffice-certificates.xlsx"_s),
             qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(), (QStringList {u"Oversikt"_s, u"Sertifikater"_s}));
    QCOMPARE(reader.preferredSheet(), 1);
    QVERIFY(!reader.is1904DateSystem());

    const QList<SpreadsheetRow> overview = readRows(reader, 0);
    QCOMPARE(overview.size(), 2);
    QCOMPARE(overview.at(0).text(1), u"Sertifikatoversikt"_s);

    const QList<SpreadsheetRow> rows = readRows(reader, 1);
    QCOMPARE(reader.problemCount(), 0);
    QList<int> numbers;
    for (const SpreadsheetRow &row : rows)
        numbers.append(row.row);
    QCOMPARE(numbers, (QList<int> {1, 3, 4, 5, 6, 8})); // rows 2 and 7 are blank
    QCOMPARE(cellAt(rows, 1, 1).text, u"Sertifikater for Byggmester AS"_s);
    QCOMPARE(cellAt(rows, 3, 6).text, u"Gyldig til"_s);

    // Employee number 1042 formatted 00000; a text "01042"; dates.
    QCOMPARE(cellAt(rows, 4, 1).text, u"01042"_s);
    QCOMPARE(cellAt(rows, 4, 1).raw, u"1042"_s);
    QCOMPARE(cellAt(rows, 4, 1).kind, Cell::Number);
    QCOMPARE(cellAt(rows, 4, 3).text, u"Kranførerbevis"_s);
    QCOMPARE(cellAt(rows, 4, 4).text, u"01042"_s);
    QCOMPARE(cellAt(rows, 4, 4).kind, Cell::Text);
    QCOMPARE(cellAt(rows, 4, 5).text, u"15.03.2024"_s);
    QCOMPARE(cellAt(rows, 4, 5).raw, u"45366"_s);
    QCOMPARE(cellAt(rows, 4, 5).kind, Cell::Date);
    QCOMPARE(cellAt(rows, 4, 6).text, u"14.03.2029"_s);
    QCOMPARE(cellAt(rows, 4, 7).kind, Cell::Empty); // no cell

    QCOMPARE(cellAt(rows, 5, 1).text, u"1043"_s);
    QCOMPARE(cellAt(rows, 5, 2).text, u"Kari & Co"_s);
    QCOMPARE(cellAt(rows, 5, 6).text, u"01.01.2028"_s); // date and time: the date
    QCOMPARE(cellAt(rows, 5, 6).raw, u"46753.3541666667"_s);

    QCOMPARE(cellAt(rows, 6, 1).text, u"12345678901"_s);
    QCOMPARE(cellAt(rows, 6, 4).text, u"7"_s); // #,##0 ignored
    QCOMPARE(cellAt(rows, 6, 6).text, u"31.12.2026"_s); // =E6+365
    QVERIFY(cellAt(rows, 6, 6).fromFormula);
    QCOMPARE(cellAt(rows, 6, 7).text, u"Merk: Per"_s);
    QVERIFY(cellAt(rows, 6, 7).fromFormula);
    QCOMPARE(cellAt(rows, 6, 7).kind, Cell::Text);

    QCOMPARE(cellAt(rows, 8, 1).text, u"1.5"_s);
    QCOMPARE(cellAt(rows, 8, 5).text, u"31.02.2027"_s); // a date typed as text stays text
    QCOMPARE(cellAt(rows, 8, 5).kind, Cell::Text);
    QCOMPARE(cellAt(rows, 8, 6).text, u"08:30"_s);
    QCOMPARE(cellAt(rows, 8, 6).kind, Cell::Time);
    QCOMPARE(cellAt(rows, 8, 7).text, u"1"_s); // LibreOffice writes TRUE as the number 1
    QCOMPARE(cellAt(rows, 8, 11).text, u"sparse"_s);
}

void TestXlsxReader::libreOffice1904()
{
    // Written by LibreOffice Calc with the null date 1904-01-01.
    XlsxReader reader;
    QVERIFY2(reader.open(DataDir + u"/libreoffice-1904.xlsx"_s), qPrintable(reader.errorString()));
    QVERIFY(reader.is1904DateSystem());
    QCOMPARE(reader.sheetNames(), QStringList {u"Kurs"_s});
    const QList<SpreadsheetRow> rows = readRows(reader, 0);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(cellAt(rows, 2, 1).text, u"1042"_s);
    QCOMPARE(cellAt(rows, 2, 3).text, u"15.01.2026"_s);
    QCOMPARE(cellAt(rows, 2, 3).raw, u"44575"_s);
    QCOMPARE(cellAt(rows, 3, 3).text, u"01.01.1904"_s);
    QCOMPARE(cellAt(rows, 3, 3).raw, u"0"_s);
}

void TestXlsxReader::readTwiceAndFromDevice()
{
    XlsxFixtureWriter writer;
    writer.addSheet(u"A"_s, "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
    writer.addSheet(u"B"_s, "<row r=\"1\"><c r=\"A1\"><v>2</v></c></row>");
    QByteArray bytes = writer.toBytes();
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    XlsxReader reader;
    QVERIFY2(reader.open(&buffer, u"memory.xlsx"_s), qPrintable(reader.errorString()));
    for (int pass = 0; pass < 2; ++pass) {
        QCOMPARE(readRows(reader, 1).first().text(1), u"2"_s);
        QCOMPARE(readRows(reader, 0).first().text(1), u"1"_s);
    }
    reader.close();
    QVERIFY(reader.sheetNames().isEmpty());
}

void TestXlsxReader::stopAndCancel()
{
    XlsxFixtureWriter writer;
    QByteArray data;
    for (int r = 1; r <= 5000; ++r) {
        data += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r)
                + "\"><v>" + QByteArray::number(r) + "</v></c></row>";
    }
    writer.addSheet(u"Sheet1"_s, data);
    XlsxReader reader;
    QVERIFY(reader.open(save(writer, u"many"_s)));

    int seen = 0;
    QVERIFY(reader.readSheet(0, [&](const SpreadsheetRow &) { return ++seen < 10; }));
    QCOMPARE(seen, 10);
    QCOMPARE(reader.error(), XlsxReader::Error::None);

    std::atomic_bool cancel = false;
    seen = 0;
    QVERIFY(!reader.readSheet(
            0,
            [&](const SpreadsheetRow &) {
                if (++seen == 100)
                    cancel = true;
                return true;
            },
            &cancel));
    QCOMPARE(seen, 100);
    QCOMPARE(reader.error(), XlsxReader::Error::Cancelled);
    QCOMPARE(reader.errorReason(), u"reading was cancelled."_s);
    QVERIFY(reader.errorString().endsWith(u"-many.xlsx cannot be read: reading was cancelled."_s));

    // The reader is still usable.
    cancel = false;
    QCOMPARE(readRows(reader, 0).size(), 5000);
}

void TestXlsxReader::progress()
{
    XlsxFixtureWriter writer;
    QByteArray data;
    for (int r = 1; r <= 20000; ++r) {
        data += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r)
                + "\"><v>" + QByteArray::number(r) + "</v></c></row>";
    }
    writer.addSheet(u"Sheet1"_s, data);
    XlsxReader reader;
    QVERIFY(reader.open(save(writer, u"progress"_s)));
    QList<QPair<qint64, qint64>> calls;
    reader.setProgressHandler([&](qint64 done, qint64 total) { calls.append({done, total}); });
    QCOMPARE(readRows(reader, 0).size(), 20000);
    QVERIFY(calls.size() > 1);
    QCOMPARE(calls.last().first, calls.last().second);
    QCOMPARE(calls.last().second, qint64(XlsxFixtureWriter::worksheet(data).size()));
    for (int i = 1; i < calls.size(); ++i)
        QVERIFY(calls.at(i).first > calls.at(i - 1).first);
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
