// CsvReader: records from decoded CSV text, with the row number a spreadsheet
// shows for each (header = 1): delimiters, quotes, line ends, "sep=" and BOM.

#include "io/csvreader.h"

#include <QTest>

using namespace Ditio;
using namespace Qt::StringLiterals;

namespace {

// "2: a|b" per record, so a failure shows the row numbers and fields.
QStringList recordTexts(const CsvReader::Result &result)
{
    QStringList texts;
    for (const CsvReader::Record &record : result.records)
        texts.append(QString::number(record.row) + u": "_s + record.fields.join(u'|'));
    return texts;
}

QStringList problemTexts(const CsvReader::Result &result)
{
    QStringList texts;
    for (const CsvReader::Problem &problem : result.problems) {
        texts.append(u"row %1, column %2: %3"_s.arg(
                QString::number(problem.row), QString::number(problem.column), problem.message));
    }
    return texts;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void detectDelimiter_data();
    void detectDelimiter();
    void parse_data();
    void parse();
    void explicitDelimiterWins();
};

void TestCsvReader::detectDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");

    QTest::newRow("comma") << u"a,b,c\n1,2,3\n"_s << QChar(u',');
    QTest::newRow("semicolon (Norwegian Excel)") << u"a;b;c\n1;2,5;3\n"_s << QChar(u';');
    QTest::newRow("tab") << u"a\tb\tc\n1\t2\t3\n"_s << QChar(u'\t');
    QTest::newRow("pipe") << u"a|b|c\n1|2|3\n"_s << QChar(u'|');
    QTest::newRow("commas inside quotes do not count")
            << u"\"a,b\";c;d\n\"1,2\";3;4\n"_s << QChar(u';');
    QTest::newRow("commas in notes, semicolons between fields")
            << u"a;b;notes\n1;2;x, y, z\n3;4;p, q\n"_s << QChar(u';');
    QTest::newRow("one column falls back to comma") << u"a\n1\n"_s << QChar(u',');
}

void TestCsvReader::detectDelimiter()
{
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);
    QCOMPARE(CsvReader::detectDelimiter(text), delimiter);
    QCOMPARE(CsvReader::parse(text).delimiter, delimiter);
}

void TestCsvReader::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<QStringList>("problems");

    QTest::newRow("LF") << u"a,b\n1,2\n"_s << QStringList {u"1: a|b"_s, u"2: 1|2"_s}
                        << QStringList();
    QTest::newRow("CRLF") << u"a,b\r\n1,2\r\n"_s << QStringList {u"1: a|b"_s, u"2: 1|2"_s}
                          << QStringList();
    QTest::newRow("CR only") << u"a,b\r1,2"_s << QStringList {u"1: a|b"_s, u"2: 1|2"_s}
                             << QStringList();
    QTest::newRow("mixed line ends")
            << u"a,b\r\n1,2\n3,4\r5,6"_s
            << QStringList {u"1: a|b"_s, u"2: 1|2"_s, u"3: 3|4"_s, u"4: 5|6"_s} << QStringList();
    QTest::newRow("no line end after the last row")
            << u"a,b\n1,2"_s << QStringList {u"1: a|b"_s, u"2: 1|2"_s} << QStringList();
    QTest::newRow("semicolons") << u"a;b\n1;2,5\n"_s << QStringList {u"1: a|b"_s, u"2: 1|2,5"_s}
                                << QStringList();
    QTest::newRow("tabs") << u"a\tb\n1\t2\n"_s << QStringList {u"1: a|b"_s, u"2: 1|2"_s}
                          << QStringList();
    QTest::newRow("quoted delimiter")
            << u"a,b\n\"x,y\",z\n"_s << QStringList {u"1: a|b"_s, u"2: x,y|z"_s} << QStringList();
    QTest::newRow("quoted line break: the next record's row follows the file")
            << u"a,b\n\"Kurs hos\nVeiprosjekt\",z\nq,r\n"_s
            << QStringList {u"1: a|b"_s, u"2: Kurs hos\nVeiprosjekt|z"_s, u"4: q|r"_s}
            << QStringList();
    QTest::newRow("quoted CRLF, two of them")
            << u"a,b\r\n\"1\r\n2\r\n3\",z\r\nq,r\r\n"_s
            << QStringList {u"1: a|b"_s, u"2: 1\r\n2\r\n3|z"_s, u"5: q|r"_s} << QStringList();
    QTest::newRow("doubled quotes")
            << u"a,b\n\"sa \"\"hei\"\"\",\"\"\"\"\n"_s
            << QStringList {u"1: a|b"_s, u"2: sa \"hei\"|\""_s} << QStringList();
    QTest::newRow("a quote inside an unquoted field is text")
            << u"a,b\n5\" rør,x\n"_s << QStringList {u"1: a|b"_s, u"2: 5\" rør|x"_s}
            << QStringList();
    QTest::newRow("empty fields") << u"a,b,c,d\n1,,3,\n"_s
                                  << QStringList {u"1: a|b|c|d"_s, u"2: 1||3|"_s} << QStringList();
    QTest::newRow("a quoted empty field")
            << u"a,b\n\"\",x\n"_s << QStringList {u"1: a|b"_s, u"2: |x"_s} << QStringList();
    QTest::newRow("empty lines are skipped but counted")
            << u"a,b\n\n1,2\r\n\r\n3,4\n\n"_s << QStringList {u"1: a|b"_s, u"3: 1|2"_s, u"5: 3|4"_s}
            << QStringList();
    QTest::newRow("spaces are kept")
            << u"a,b\n 1042 ,Byggekort \n"_s << QStringList {u"1: a|b"_s, u"2:  1042 |Byggekort "_s}
            << QStringList();
    QTest::newRow("sep= line names the delimiter; the header is still row 1")
            << u"sep=;\r\na;b\r\n1;2,5\r\n"_s << QStringList {u"1: a|b"_s, u"2: 1|2,5"_s}
            << QStringList();
    QTest::newRow("sep= line with CR line ends")
            << u"sep=|\ra|b\r1|2"_s << QStringList {u"1: a|b"_s, u"2: 1|2"_s} << QStringList();
    QTest::newRow("sep= in capitals")
            << u"SEP=,\na,b\n"_s << QStringList {u"1: a|b"_s} << QStringList();
    QTest::newRow("byte order mark")
            << u"\ufeffa,b\n1,2\n"_s << QStringList {u"1: a|b"_s, u"2: 1|2"_s} << QStringList();
    QTest::newRow("byte order mark and sep=")
            << u"\ufeffsep=;\na;b\n1;2\n"_s << QStringList {u"1: a|b"_s, u"2: 1|2"_s}
            << QStringList();
    QTest::newRow("Norwegian letters")
            << u"type,notes\nFørstehjelp,Utløpt – må fornyes\n"_s
            << QStringList {u"1: type|notes"_s, u"2: Førstehjelp|Utløpt – må fornyes"_s}
            << QStringList();
    QTest::newRow("unmatched quote: the row and column where it opened")
            << u"a,b,c\n1,2,3\n4,\"Kurs hos\n5,6,7\n"_s
            << QStringList {u"1: a|b|c"_s, u"2: 1|2|3"_s, u"3: 4|Kurs hos\n5,6,7\n"_s}
            << QStringList {u"row 3, column 2: a quoted field is never closed; the rest of the "
                            u"file was read as part of it"_s};
    QTest::newRow("nothing") << QString() << QStringList() << QStringList();
}

void TestCsvReader::parse()
{
    QFETCH(QString, text);
    QFETCH(QStringList, records);
    QFETCH(QStringList, problems);

    const CsvReader::Result result = CsvReader::parse(text);
    QCOMPARE(recordTexts(result), records);
    QCOMPARE(problemTexts(result), problems);
}

void TestCsvReader::explicitDelimiterWins()
{
    const CsvReader::Result result = CsvReader::parse(u"a;b,c\n1;2,3\n"_s, QChar(u','));
    QCOMPARE(result.delimiter, QChar(u','));
    QCOMPARE(recordTexts(result), (QStringList {u"1: a;b|c"_s, u"2: 1;2|3"_s}));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
