// CsvReader: records from decoded CSV text, with the row number a spreadsheet
// shows for each (header = 1): delimiters, quotes, line ends, "sep=" and BOM.

#include "io/text/csvreader.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using namespace Ditio;
using namespace Qt::StringLiterals;
using Encoding = TextDecoder::Encoding;

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
    void readBytes_data();
    void readBytes();
    void readAcrossChunks_data();
    void readAcrossChunks();
    void problemKinds();
    void progress();
    void cancel();
    void readInParts_data();
    void readInParts();
    void limits_data();
    void limits();
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
    QTest::newRow("quoted line break: one row, as a spreadsheet shows it")
            << u"a,b\n\"Kurs hos\nVeiprosjekt\",z\nq,r\n"_s
            << QStringList {u"1: a|b"_s, u"2: Kurs hos\nVeiprosjekt|z"_s, u"3: q|r"_s}
            << QStringList();
    QTest::newRow("quoted CRLF, two of them")
            << u"a,b\r\n\"1\r\n2\r\n3\",z\r\nq,r\r\n"_s
            << QStringList {u"1: a|b"_s, u"2: 1\r\n2\r\n3|z"_s, u"3: q|r"_s} << QStringList();
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
    QTest::newRow("unmatched quote: the row and column where it opened, the rest still reads")
            << u"a,b,c\n1,2,3\n4,\"Kurs hos\n5,6,7\n"_s
            << QStringList {u"1: a|b|c"_s, u"2: 1|2|3"_s, u"3: 4|\"Kurs hos"_s, u"4: 5|6|7"_s}
            << QStringList {u"row 3, column 2: a quoted field is never closed; its quote was "
                            u"read as an ordinary character"_s};
    QTest::newRow("unmatched quote on the last line")
            << u"a;b\r\n1;\"x"_s << QStringList {u"1: a|b"_s, u"2: 1|\"x"_s}
            << QStringList {u"row 2, column 2: a quoted field is never closed; its quote was "
                            u"read as an ordinary character"_s};
    QTest::newRow("unmatched quote, later quoted fields still read")
            << u"a;b\n\"x;y\n\"\"\"\";z\n"_s
            << QStringList {u"1: a|b"_s, u"2: \"x|y"_s, u"3: \"|z"_s}
            << QStringList {u"row 2, column 1: a quoted field is never closed; its quote was "
                            u"read as an ordinary character"_s};
    QTest::newRow("text after a closing quote belongs to the field")
            << u"a,b\n\"ab\"cd,x\n"_s << QStringList {u"1: a|b"_s, u"2: abcd|x"_s} << QStringList();
    QTest::newRow("quoted fields with line breaks between blank lines")
            << u"a;b\r\n\r\n\"1\r\n\r\n2\";x\r\n\r\nq;r"_s
            << QStringList {u"1: a|b"_s, u"3: 1\r\n\r\n2|x"_s, u"5: q|r"_s} << QStringList();
    QTest::newRow("a quoted field over two CRs (old Mac)")
            << u"a,b\r\"1\r2\",x\rq,r"_s << QStringList {u"1: a|b"_s, u"2: 1\r2|x"_s, u"3: q|r"_s}
            << QStringList();
    QTest::newRow("a field of 32,767 characters is fine")
            << u"a,b\n1,"_s + QString(32767, u'x') + u"\n"_s
            << QStringList {u"1: a|b"_s, u"2: 1|"_s + QString(32767, u'x')} << QStringList();
    QTest::newRow("a field over 32,767 characters: its row and column")
            << u"a,b\n1,2\n\"x\n"_s + QString(32767, u'y') + u"\",3\n"_s
            << QStringList {u"1: a|b"_s, u"2: 1|2"_s, u"3: x\n"_s + QString(32767, u'y') + u"|3"_s}
            << QStringList {u"row 3, column 1: the field has 32769 characters; a spreadsheet "
                            u"cell holds at most 32767"_s};
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

namespace {

QByteArray utf16(const QString &text, bool little)
{
    QByteArray bytes(little ? "\xFF\xFE" : "\xFE\xFF");
    for (QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xFF);
        bytes.append(little ? low : high);
        bytes.append(little ? high : low);
    }
    return bytes;
}

struct Read
{
    QStringList records;
    QStringList problems;
    CsvReader::Summary summary;
};

Read readRecords(const QByteArray &bytes, const CsvReader::ReadOptions &options = {},
                 bool throughDevice = false)
{
    Read read;
    const auto onRecord = [&](const CsvReader::RecordView &record) {
        QStringList fields;
        for (QStringView field : record.fields)
            fields.append(field.toString());
        read.records.append(QString::number(record.row) + u": "_s + fields.join(u'|'));
        return true;
    };
    if (throughDevice) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        read.summary = CsvReader::read(&buffer, options, onRecord);
    } else {
        read.summary = CsvReader::read(bytes, options, onRecord);
    }
    for (const CsvReader::Problem &problem : read.summary.problems) {
        read.problems.append(u"row %1, column %2: %3"_s.arg(
                QString::number(problem.row), QString::number(problem.column), problem.message));
    }
    return read;
}

} // namespace

void TestCsvReader::readBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("forced"); // an encoding name, or empty to detect
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<QStringList>("problems");

    const QString norwegian = u"Ansattnr\tKurs\r\n1042\tKranførerbevis – ÆØÅ\r\n"_s;
    const QStringList norwegianRecords {u"1: Ansattnr|Kurs"_s, u"2: 1042|Kranførerbevis – ÆØÅ"_s};
    QTest::newRow("Norwegian Excel: Windows-1252, semicolons")
            << QByteArray("Ansattnr;Kurs;Utstedt\r\n1042;Kranf\xF8rer;15.01.2026\r\n") << QString()
            << u"Windows-1252"_s << QChar(u';')
            << QStringList {u"1: Ansattnr|Kurs|Utstedt"_s, u"2: 1042|Kranfører|15.01.2026"_s}
            << QStringList();
    QTest::newRow("UTF-8 with BOM and sep=")
            << QByteArray("\xEF\xBB\xBFsep=|\na|b\nK\xC3\xB8l|2\n") << QString() << u"UTF-8"_s
            << QChar(u'|') << QStringList {u"1: a|b"_s, u"2: Køl|2"_s} << QStringList();
    QTest::newRow("UTF-8 without BOM")
            << u"a,b\nFørstehjelp,2\n"_s.toUtf8() << QString() << u"UTF-8"_s << QChar(u',')
            << QStringList {u"1: a|b"_s, u"2: Førstehjelp|2"_s} << QStringList();
    QTest::newRow("Excel Unicode text: UTF-16 LE, tabs")
            << utf16(norwegian, true) << QString() << u"UTF-16 LE"_s << QChar(u'\t')
            << norwegianRecords << QStringList();
    QTest::newRow("UTF-16 BE") << utf16(norwegian, false) << QString() << u"UTF-16 BE"_s
                               << QChar(u'\t') << norwegianRecords << QStringList();
    QTest::newRow("an undefined Windows-1252 byte: its row and column")
            << QByteArray("a;b;c\r\n1;\xF8;3\r\n\"4\r\n\";x\x81y;6\r\n7;8;9\r\n") << QString()
            << u"Windows-1252"_s << QChar(u';')
            << QStringList {u"1: a|b|c"_s, u"2: 1|ø|3"_s, u"3: 4\r\n|x\uFFFDy|6"_s, u"4: 7|8|9"_s}
            << QStringList {u"row 3, column 2: byte 0x81 is not a Windows-1252 character"_s};
    QTest::newRow("problems cite the record's row, as the table shows it")
            << QByteArray("a;b\n\"x\ny\";\"open\n") << QString() << u"UTF-8"_s << QChar(u';')
            << QStringList {u"1: a|b"_s, u"2: x\ny|\"open"_s}
            << QStringList {u"row 2, column 2: a quoted field is never closed; its quote was "
                            u"read as an ordinary character"_s};
    QTest::newRow("UTF-8 forced on Windows-1252 bytes: every bad byte named")
            << QByteArray("navn;kurs\rKranf\xF8rer;x\rBj\xF8rn;\xE6\xF8\r") << u"UTF-8"_s
            << u"UTF-8"_s << QChar(u';')
            << QStringList {u"1: navn|kurs"_s, u"2: Kranf\uFFFDrer|x"_s,
                            u"3: Bj\uFFFDrn|\uFFFD\uFFFD"_s}
            << QStringList {u"row 2, column 1: byte 0xF8 is not UTF-8; the file may be in "
                            u"another encoding"_s,
                            u"row 3, column 1: byte 0xF8 is not UTF-8; the file may be in "
                            u"another encoding"_s,
                            u"row 3, column 2: byte 0xE6 is not UTF-8; the file may be in "
                            u"another encoding"_s,
                            u"row 3, column 2: byte 0xF8 is not UTF-8; the file may be in "
                            u"another encoding"_s};
    QTest::newRow("Windows-1252 forced on UTF-8 bytes reads what it is told")
            << u"a;b\nø;1\n"_s.toUtf8() << u"Windows-1252"_s << u"Windows-1252"_s << QChar(u';')
            << QStringList {u"1: a|b"_s, u"2: Ã¸|1"_s} << QStringList();
    QTest::newRow("UTF-16 with an odd last byte")
            << utf16(u"a\tb\r\n1\t2"_s, true) + QByteArray("x") << QString() << u"UTF-16 LE"_s
            << QChar(u'\t') << QStringList {u"1: a|b"_s, u"2: 1|2\uFFFD"_s}
            << QStringList {u"row 2, column 2: the text there is not valid UTF-16"_s};
    QTest::newRow("sep= after a BOM in UTF-16")
            << utf16(u"sep=;\r\na;b\r\n1;2\r\n"_s, true) << QString() << u"UTF-16 LE"_s
            << QChar(u';') << QStringList {u"1: a|b"_s, u"2: 1|2"_s} << QStringList();
    QTest::newRow("CR only, quoted CR inside")
            << QByteArray("a;b\r\"x\ry\";1\r2;3") << QString() << u"UTF-8"_s << QChar(u';')
            << QStringList {u"1: a|b"_s, u"2: x\ry|1"_s, u"3: 2|3"_s} << QStringList();
    QTest::newRow("empty") << QByteArray() << QString() << u"UTF-8"_s << QChar(u',')
                           << QStringList() << QStringList();
    // Without a byte order mark: told by the NUL in every other byte.
    QTest::newRow("UTF-16 LE without a BOM")
            << utf16(norwegian, true).sliced(2) << QString() << u"UTF-16 LE"_s << QChar(u'\t')
            << norwegianRecords << QStringList();
    QTest::newRow("UTF-16 BE without a BOM")
            << utf16(norwegian, false).sliced(2) << QString() << u"UTF-16 BE"_s << QChar(u'\t')
            << norwegianRecords << QStringList();
    // NUL padding after the last line is no row (Summary::nulPaddingBytes);
    // a NUL inside a value is kept for the validation to name.
    QTest::newRow("NUL padding at the end")
            << QByteArray("a;b\r\n1;2\r\n") + QByteArray(4096, '\0') << QString() << u"UTF-8"_s
            << QChar(u';') << QStringList {u"1: a|b"_s, u"2: 1|2"_s} << QStringList();
    QTest::newRow("NUL padding after a last line without a line end")
            << QByteArray("a;b\r\n1;2") + QByteArray(100, '\0') << QString() << u"UTF-8"_s
            << QChar(u';') << QStringList {u"1: a|b"_s, u"2: 1|2"_s} << QStringList();
    QTest::newRow("NUL padding after UTF-16 LE")
            << utf16(u"a;b\r\n1;2\r\n"_s, true) + QByteArray(64, '\0') << QString()
            << u"UTF-16 LE"_s << QChar(u';') << QStringList {u"1: a|b"_s, u"2: 1|2"_s}
            << QStringList();
    QTest::newRow("a NUL inside a value")
            << QByteArray("a;b\r\n1\x00"
                          "042;2\r\n",
                          14)
            << QString() << u"UTF-8"_s << QChar(u';')
            << QStringList {u"1: a|b"_s, u"2: 1\u0000042|2"_s} << QStringList();
}

void TestCsvReader::readBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, forced);
    QFETCH(QString, encoding);
    QFETCH(QChar, delimiter);
    QFETCH(QStringList, records);
    QFETCH(QStringList, problems);

    CsvReader::ReadOptions options;
    if (!forced.isEmpty())
        options.encoding = TextDecoder::encodingFromName(forced);
    qsizetype padding = bytes.size();
    while (padding > 0 && bytes.at(padding - 1) == 0)
        --padding;
    padding = bytes.size() - padding;
    if (encoding.startsWith(u"UTF-16"_s) && padding > 0)
        padding -= (bytes.size() - padding) % 2; // the last character's own zero
    for (bool throughDevice : {false, true}) {
        const Read read = readRecords(bytes, options, throughDevice);
        QCOMPARE(read.summary.nulPaddingBytes, padding);
        QCOMPARE(TextDecoder::encodingName(read.summary.encoding), encoding);
        QCOMPARE(read.summary.delimiter, delimiter);
        QCOMPARE(read.records, records);
        QCOMPARE(read.problems, problems);
        QCOMPARE(read.summary.records, records.size());
    }
}

void TestCsvReader::readAcrossChunks_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::newRow("Windows-1252") << u"Windows-1252"_s;
    QTest::newRow("UTF-8") << u"UTF-8"_s;
    QTest::newRow("UTF-16 LE") << u"UTF-16 LE"_s;
    QTest::newRow("UTF-16 BE") << u"UTF-16 BE"_s;
}

void TestCsvReader::readAcrossChunks()
{
    // Over a megabyte of quoted line breaks, doubled quotes and CR LF: records
    // that straddle the reader's chunks read the same as from one piece.
    QFETCH(QString, encoding);
    QString text = u"Ansattnr;Kurs;Merknad\r\n"_s;
    for (int i = 0; i < 60000; ++i) {
        text += QString::number(1000 + i) + u";Kranfører;"_s;
        switch (i % 4) {
        case 0:
            text += u"\"Kurs hos\r\nVeidekke; \"\"fornyet\"\"\""_s;
            break;
        case 1:
            text += u"Må fornyes"_s;
            break;
        case 2:
            text += u"\"\""_s;
            break;
        default:
            text += u"æøå ÆØÅ – €"_s;
            break;
        }
        text += i % 3 ? u"\r\n"_s : u"\n"_s;
    }
    const Encoding wanted = *TextDecoder::encodingFromName(encoding);
    QByteArray bytes;
    if (wanted == Encoding::Utf8)
        bytes = text.toUtf8();
    else if (wanted == Encoding::Windows1252)
        bytes = QStringEncoder("windows-1252").encode(text);
    else
        bytes = utf16(text, wanted == Encoding::Utf16LE);
    QVERIFY(bytes.size() > 1024 * 1024);

    const CsvReader::Result whole = CsvReader::parse(text);
    QCOMPARE(whole.records.size(), 60001);
    QCOMPARE(whole.records.last().row, 60001); // a row per record, line breaks or not
    QStringList expected;
    for (const CsvReader::Record &record : whole.records)
        expected.append(QString::number(record.row) + u": "_s + record.fields.join(u'|'));
    for (bool throughDevice : {false, true}) {
        const Read read = readRecords(bytes, {}, throughDevice);
        QCOMPARE(read.summary.encoding, wanted);
        QCOMPARE(read.problems, QStringList());
        QCOMPARE(read.records.size(), expected.size());
        QCOMPARE(read.records, expected);
    }
}

void TestCsvReader::problemKinds()
{
    const QByteArray bytes = "a;b\n\x81;" + QByteArray(32768, 'x') + "\n\"open;\xF8\n";
    const Read read = readRecords(bytes);
    using Kind = CsvReader::Problem::Kind;
    QList<Kind> kinds;
    for (const CsvReader::Problem &problem : read.summary.problems)
        kinds.append(problem.kind);
    QCOMPARE(kinds, (QList<Kind> {Kind::UndecodableByte, Kind::FieldTooLong, Kind::UnclosedQuote}));
    QCOMPARE(read.summary.problemCount, 3);
}

void TestCsvReader::progress()
{
    QByteArray bytes("a;b\r\n");
    while (bytes.size() < 2 * 1024 * 1024)
        bytes += "1042;Kranf\xF8rer\r\n";
    CsvReader::ReadOptions options;
    QList<qint64> done;
    options.progress = [&](qint64 position, qint64 total) {
        QCOMPARE(total, bytes.size());
        done.append(position);
    };
    CsvReader::read(bytes, options, [](const CsvReader::RecordView &) { return true; });
    QVERIFY(done.size() >= 4);
    QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
    QCOMPARE(done.last(), bytes.size());
}

void TestCsvReader::cancel()
{
    QByteArray bytes("a;b\n");
    for (int i = 0; i < 100000; ++i)
        bytes += "1;2\n";
    int seen = 0;
    const CsvReader::Summary summary =
            CsvReader::read(bytes, {}, [&](const CsvReader::RecordView &) { return ++seen < 3; });
    QVERIFY(summary.cancelled);
    QCOMPARE(seen, 3);
    QCOMPARE(summary.records, 3);
}

void TestCsvReader::readInParts_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("midRecordSplits"); // line starts inside a quoted field

    QTest::newRow("CR LF") << QByteArray("a;b\r\n1;2\r\n3;4\r\n5;6") << 0;
    QTest::newRow("sep line") << QByteArray("sep=;\na;b\n1;2\n3;4\n") << 0;
    QTest::newRow("byte order mark and sep line")
            << QByteArray("\xef\xbb\xbfSEP=,\r\na,b\r\n1,2\r\n3,4\r\n") << 0;
    QTest::newRow("lone carriage returns among line feeds")
            << QByteArray("a,b\r1,2\n3,4\r5,6\n7,8\r\r9,10\n11,12") << 0;
    QTest::newRow("blank lines") << QByteArray("a,b\n\n1,2\n\n\n3,4\n") << 0;
    QTest::newRow("quoted line breaks")
            << QByteArray("a,b\n1,\"x\ny\r\nz\"\n2,\"p\"\"q\"\n3,r\n") << 2;
    QTest::newRow("an unclosed quote") << QByteArray("a,b\n1,\"x\n2,y\n3,z\n") << 2;
    QTest::newRow("quotes that are letters, text after a closing quote")
            << QByteArray("a;b\n5\" pipe;2\n\"ab\"cd;\"x\ny\"\n3;4\n") << 1;
}

// A file read as two parts, split where a line starts (as ImportSource reads
// a large file on two threads): when the first part ends on a record
// boundary, the parts' records are the whole file's, with the same rows
// (one per record), and rowAt() gives the row the second part starts at.
void TestCsvReader::readInParts()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, midRecordSplits);
    const auto records = [](QIODevice *device, const CsvReader::ReadOptions &options,
                            CsvReader::Summary *summary) {
        QStringList texts;
        *summary = CsvReader::read(device, options, [&](const CsvReader::RecordView &record) {
            QStringList fields;
            for (QStringView field : record.fields)
                fields.append(field.toString());
            texts.append(QString::number(record.row) + u": "_s + fields.join(u'|'));
            return true;
        });
        return texts;
    };
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader::ReadOptions options;
    options.encoding = Encoding::Utf8;
    CsvReader::Summary whole;
    const QStringList all = records(&buffer, options, &whole);

    int midRecord = 0;
    for (qint64 from = 0; from < bytes.size(); ++from) {
        const qint64 split = CsvReader::lineStartAfter(&buffer, from);
        QCOMPARE(split, bytes.indexOf('\n', from) < 0 ? -1 : bytes.indexOf('\n', from) + 1);
        if (split < 0 || split >= bytes.size()
            || (from > 0 && split == CsvReader::lineStartAfter(&buffer, from - 1)))
            continue; // each split once
        QVERIFY(buffer.seek(0));
        CsvReader::ReadOptions firstOptions = options;
        firstOptions.stopAt = split;
        CsvReader::Summary first;
        QStringList parts = records(&buffer, firstOptions, &first);
        QCOMPARE(first.delimiter, whole.delimiter);
        if (first.endedMidRecord) {
            ++midRecord;
            // Inside a quoted field: the row is not known from there.
            QCOMPARE(CsvReader::rowAt(&buffer, split, first.delimiter), -1);
            continue;
        }
        const int row = CsvReader::rowAt(&buffer, split, first.delimiter);
        QCOMPARE(row, first.nextRow);
        QVERIFY(buffer.seek(split));
        CsvReader::ReadOptions secondOptions = options;
        secondOptions.delimiter = first.delimiter;
        secondOptions.preamble = false;
        secondOptions.firstRow = row;
        CsvReader::Summary second;
        parts += records(&buffer, secondOptions, &second);
        QCOMPARE(parts, all);
        QCOMPARE(first.problemCount + second.problemCount, whole.problemCount);
        QCOMPARE(second.nextRow, whole.nextRow);
    }
    QCOMPARE(midRecord, midRecordSplits);
}

void TestCsvReader::limits_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("records"); // "row: field sizes"
    QTest::addColumn<QStringList>("problems");
    QTest::addColumn<bool>("refused");

    // Found at the 16,385th field, not after the whole line is in memory.
    QByteArray manyColumns = "a;b\n";
    for (int i = 0; i < 40000; ++i)
        manyColumns += "x;";
    manyColumns += "\n";
    QTest::newRow("more columns than a spreadsheet has")
            << manyColumns << QStringList {u"1: 1 1"_s}
            << QStringList {u"row 2, column 16385: the row has more than 16384 columns, more than "
                            u"a "
                            u"spreadsheet can have; the file is not a table of certificates"_s}
            << true;
    // Cut while read: the field keeps a megabyte, never the 8 MB of it.
    QTest::newRow("an unquoted field of 8 MB")
            << QByteArray("a;b\n1;") + QByteArray(8 << 20, 'x') + "\n2;y\n"
            << QStringList {u"1: 1 1"_s, u"2: 1 cut"_s, u"3: 1 1"_s}
            << QStringList {u"row 2, column 2: the field has more than 1048576 characters; a "
                            u"spreadsheet cell holds at most 32767"_s}
            << false;
    // Open for longer than any cell: an unclosed quote, found without
    // reading the rest of the file into one field.
    QByteArray runaway = "a;b\n1;\"open\n";
    for (int i = 0; i < 100000; ++i)
        runaway += "1043;Kurs hos leverandøren\n";
    QTest::newRow("a quote that stays open for 2.8 MB")
            << runaway << QStringList {u"1: 1 1"_s, u"2: 1 5"_s, u"3: 4 21"_s}
            << QStringList {u"row 2, column 2: a quoted field runs on for more than 1048576 "
                            u"characters without closing; its quote was read as an ordinary "
                            u"character"_s}
            << false;
    // A row of many quoted megabyte fields: no table has one.
    QByteArray longRow = "a;b\n";
    const QByteArray quotedMegabyte = '"' + QByteArray((1 << 20) - 8, 'x') + "\";";
    for (int i = 0; i < 70; ++i)
        longRow += quotedMegabyte;
    longRow += "\n";
    QTest::newRow("a row of 70 MB")
            << longRow << QStringList {u"1: 1 1"_s}
            << QStringList {u"row 2, column 65: the row is longer than 67108864 characters; the "
                            u"file is not a table of certificates"_s}
            << true;
}

void TestCsvReader::limits()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, records);
    QFETCH(QStringList, problems);
    QFETCH(bool, refused);

    for (bool throughDevice : {false, true}) {
        QStringList sizes;
        const auto onRecord = [&](const CsvReader::RecordView &record) {
            QStringList fields;
            // "cut": over a cell's size, and kept to about a megabyte (what
            // the chunk that ended it adds), whatever its length in the file.
            for (QStringView field : record.fields) {
                fields.append(field.size() <= CsvReader::MaxFieldLength
                                      ? QString::number(field.size())
                                      : field.size() <= CsvReader::MaxKeptFieldLength * 3 / 2
                                      ? u"cut"_s
                                      : u"whole"_s);
            }
            if (sizes.size() < 3)
                sizes.append(QString::number(record.row) + u": "_s + fields.join(u' '));
            return true;
        };
        CsvReader::Summary summary;
        if (throughDevice) {
            QBuffer buffer;
            buffer.setData(bytes);
            buffer.open(QIODevice::ReadOnly);
            summary = CsvReader::read(&buffer, {}, onRecord);
        } else {
            summary = CsvReader::read(bytes, {}, onRecord);
        }
        QStringList found;
        for (const CsvReader::Problem &problem : summary.problems) {
            found.append(u"row %1, column %2: %3"_s.arg(QString::number(problem.row),
                                                        QString::number(problem.column),
                                                        problem.message));
        }
        QCOMPARE(sizes, records);
        QCOMPARE(found, problems);
        QCOMPARE(summary.refused, refused);
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
