// ClipboardText: the tab-separated text Excel, LibreOffice and Google Sheets
// put on the clipboard, and the text the app puts there for them.

#include "io/text/clipboardtext.h"

#include <QTest>

using namespace Ditio;
using namespace Qt::StringLiterals;

using Grid = ClipboardText::Grid;

class TestClipboardText : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void format_data();
    void format();
    void roundTrip_data();
    void roundTrip();
};

void TestClipboardText::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Grid>("grid");

    QTest::newRow("Excel: CRLF after every row")
            << u"1042\tByggekort\r\n1043\tTruck\r\n"_s
            << Grid {{u"1042"_s, u"Byggekort"_s}, {u"1043"_s, u"Truck"_s}};
    QTest::newRow("LibreOffice: LF, no newline after the last row")
            << u"1042\tByggekort\n1043\tTruck"_s
            << Grid {{u"1042"_s, u"Byggekort"_s}, {u"1043"_s, u"Truck"_s}};
    QTest::newRow("one cell from Excel") << u"1042\r\n"_s << Grid {{u"1042"_s}};
    QTest::newRow("one cell from LibreOffice") << u"1042"_s << Grid {{u"1042"_s}};
    QTest::newRow("one empty cell from Excel") << u"\r\n"_s << Grid {{u""_s}};
    QTest::newRow("nothing") << QString() << Grid();
    QTest::newRow("empty cells in the middle and at the end")
            << u"1042\t\t15.01.2026\t\r\n\t\t\t\r\n"_s
            << Grid {{u"1042"_s, u""_s, u"15.01.2026"_s, u""_s}, {u""_s, u""_s, u""_s, u""_s}};
    QTest::newRow("an empty row between rows")
            << u"a\r\n\r\nb\r\n"_s << Grid {{u"a"_s}, {u""_s}, {u"b"_s}};
    QTest::newRow("old Mac line ends") << u"a\rb"_s << Grid {{u"a"_s}, {u"b"_s}};
    QTest::newRow("quoted cell with a tab") << u"\"a\tb\"\tc\r\n"_s << Grid {{u"a\tb"_s, u"c"_s}};
    QTest::newRow("quoted cell with line breaks (Excel: LF inside the cell)")
            << u"\"Kurs hos\nVeiprosjekt AS\"\tx\r\n1043\ty\r\n"_s
            << Grid {{u"Kurs hos\nVeiprosjekt AS"_s, u"x"_s}, {u"1043"_s, u"y"_s}};
    QTest::newRow("quoted cell with CRLF inside")
            << u"\"l1\r\nl2\"\r\n"_s << Grid {{u"l1\r\nl2"_s}};
    QTest::newRow("doubled quotes inside a quoted cell")
            << u"\"sa \"\"hei\"\"\"\tb\r\n"_s << Grid {{u"sa \"hei\""_s, u"b"_s}};
    QTest::newRow("a quote inside an unquoted cell is text")
            << u"5\" rør\tx\r\n"_s << Grid {{u"5\" rør"_s, u"x"_s}};
    QTest::newRow("a quoted empty cell") << u"\"\"\tx\r\n"_s << Grid {{u""_s, u"x"_s}};
    QTest::newRow("Norwegian letters")
            << u"Førstehjelp\tÆØÅ æøå\r\n"_s << Grid {{u"Førstehjelp"_s, u"ÆØÅ æøå"_s}};
    QTest::newRow("spaces are kept")
            << u" 1042 \tByggekort \r\n"_s << Grid {{u" 1042 "_s, u"Byggekort "_s}};
    QTest::newRow("an unclosed quote is text, the next rows still read")
            << u"\"Kurs hos\tx\r\n1043\ty\r\n"_s
            << Grid {{u"\"Kurs hos"_s, u"x"_s}, {u"1043"_s, u"y"_s}};
    QTest::newRow("no sep= line or byte order mark handling: cells are cells")
            << u"sep=;\tx\r\n"_s << Grid {{u"sep=;"_s, u"x"_s}};
    QTest::newRow("empty rows at the start and a trailing tab")
            << u"\r\n\r\na\t\r\n"_s << Grid {{u""_s}, {u""_s}, {u"a"_s, u""_s}};
    QTest::newRow("rows of different lengths")
            << u"a\tb\tc\r\nd\r\n"_s << Grid {{u"a"_s, u"b"_s, u"c"_s}, {u"d"_s}};
}

void TestClipboardText::parse()
{
    QFETCH(QString, text);
    QFETCH(Grid, grid);
    QCOMPARE(ClipboardText::parse(text), grid);
}

void TestClipboardText::format_data()
{
    QTest::addColumn<Grid>("grid");
    QTest::addColumn<QString>("text");

    QTest::newRow("plain cells, CRLF after each row as Excel writes")
            << Grid {{u"1042"_s, u"Byggekort"_s}, {u"1043"_s, u""_s}}
            << u"1042\tByggekort\r\n1043\t\r\n"_s;
    QTest::newRow("a tab inside is quoted") << Grid {{u"a\tb"_s}} << u"\"a\tb\"\r\n"_s;
    QTest::newRow("a line break inside is quoted")
            << Grid {{u"l1\nl2"_s, u"x"_s}} << u"\"l1\nl2\"\tx\r\n"_s;
    QTest::newRow("a leading quote is quoted, quotes doubled")
            << Grid {{u"\"hei\" sa han"_s}} << u"\"\"\"hei\"\" sa han\"\r\n"_s;
    QTest::newRow("a quote later in the cell is left alone")
            << Grid {{u"5\" rør"_s}} << u"5\" rør\r\n"_s;
    QTest::newRow("nothing") << Grid() << QString();
}

void TestClipboardText::format()
{
    QFETCH(Grid, grid);
    QFETCH(QString, text);
    QCOMPARE(ClipboardText::format(grid), text);
}

void TestClipboardText::roundTrip_data()
{
    QTest::addColumn<Grid>("grid");

    QTest::newRow("a certificate row")
            << Grid {{u"1042"_s, u"Byggekort"_s, u"BK-1"_s, u"15.01.2026"_s, u"15.01.2028"_s,
                      u"Utstedt av opplæringskontoret"_s}};
    QTest::newRow("tabs, line breaks and quotes") << Grid {
            {u"a\tb"_s, u"l1\r\nl2"_s, u"\"q\""_s, u"x\"y"_s}, {u""_s, u" "_s, u"\n"_s, u"\t"_s}};
    QTest::newRow("one empty cell") << Grid {{u""_s}};
    QTest::newRow("empty rows") << Grid {{u"a"_s}, {u""_s}, {u""_s}};
    QTest::newRow("a single quote character") << Grid {{u"\""_s}};
}

void TestClipboardText::roundTrip()
{
    QFETCH(Grid, grid);
    QCOMPARE(ClipboardText::parse(ClipboardText::format(grid)), grid);
}

QTEST_GUILESS_MAIN(TestClipboardText)
#include "tst_clipboardtext.moc"
