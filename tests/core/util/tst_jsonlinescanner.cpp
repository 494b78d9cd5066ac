// JsonLineScanner: a line of JSON read value by value reads what
// QJsonDocument reads from the same bytes (every escape, surrogates paired or
// alone, UTF-8), refuses what it refuses with its words, and says where.

#include "util/jsonlinescanner.h"
#include "util/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Ditio;
using namespace Qt::StringLiterals;

class TestJsonLineScanner : public QObject
{
    Q_OBJECT

private slots:
    void stringsAsQtReadsThem_data();
    void stringsAsQtReadsThem();
    void integersAndNesting();
    void errors_data();
    void errors();
    void theBufferIsReused();
};

void TestJsonLineScanner::stringsAsQtReadsThem_data()
{
    QTest::addColumn<QByteArray>("json"); // one string, quotes included

    QTest::newRow("empty") << QByteArray(R"("")");
    QTest::newRow("ASCII") << QByteArray(R"("Byggekort BK-2026-12345")");
    QTest::newRow("UTF-8") << QByteArray("\"Kranf\xc3\xb8rerbevis \xc3\x86\xc3\x98\xc3\x85\"");
    QTest::newRow("four UTF-8 bytes") << QByteArray("\"\xf0\x9f\x98\x80 \xf0\x9d\x84\x9e\"");
    QTest::newRow("short escapes") << QByteArray(R"("\" \\ \/ \b \f \n \r \t")");
    QTest::newRow("\\u escapes, either case") << QByteArray(R"("\u0001\u001F\u00e6\u00C6\u20ac")");
    QTest::newRow("a surrogate pair as escapes") << QByteArray(R"("\ud83d\ude00")");
    QTest::newRow("a lone high surrogate") << QByteArray(R"("10\ud800x")");
    QTest::newRow("a lone low surrogate") << QByteArray(R"("\udc00")");
    QTest::newRow("escapes between UTF-8")
            << QByteArray("\"\xc3\xa6\\n\xc3\xb8\\u0041\xc3\xa5\\\\\"");
}

void TestJsonLineScanner::stringsAsQtReadsThem()
{
    QFETCH(QByteArray, json);

    const QString expected = QJsonDocument::fromJson("[" + json + "]").array().at(0).toString();
    QString read = u"left over from before"_s;
    JsonLineScanner scanner(json);
    QVERIFY(scanner.readString(&read));
    QVERIFY(scanner.atEnd());
    QCOMPARE(read, expected);
    // And what JsonWriter writes of it reads back the same.
    QByteArray written = "\"";
    JsonWriter::appendEscaped(written, expected);
    written += '"';
    JsonLineScanner again(written);
    QVERIFY(again.readString(&read));
    QCOMPARE(read, expected);
}

void TestJsonLineScanner::integersAndNesting()
{
    JsonLineScanner scanner(R"( [ "a" , 0, -17 ,[ "b",123456789012], 7 ] )");
    QCOMPARE(scanner.peek(), JsonLineScanner::Next::Array);
    QVERIFY(scanner.expect('['));
    QString text;
    qint64 number = 0;
    QVERIFY(scanner.readString(&text));
    QCOMPARE(text, u"a"_s);
    QVERIFY(scanner.nextInArray());
    QCOMPARE(scanner.peek(), JsonLineScanner::Next::Integer);
    QVERIFY(scanner.readInteger(&number));
    QCOMPARE(number, 0);
    QVERIFY(scanner.nextInArray());
    QVERIFY(scanner.readInteger(&number));
    QCOMPARE(number, -17);
    QVERIFY(scanner.nextInArray());
    QVERIFY(scanner.expect('['));
    QVERIFY(scanner.readString(&text));
    QCOMPARE(text, u"b"_s);
    QVERIFY(scanner.nextInArray());
    QVERIFY(scanner.readInteger(&number));
    QCOMPARE(number, 123456789012);
    QVERIFY(!scanner.nextInArray());
    QVERIFY(!scanner.hasError());
    QVERIFY(scanner.nextInArray());
    QVERIFY(scanner.readInteger(&number));
    QCOMPARE(number, 7);
    QVERIFY(!scanner.nextInArray());
    QCOMPARE(scanner.peek(), JsonLineScanner::Next::End);
    QVERIFY(scanner.atEnd());
    QVERIFY(!scanner.hasError());
}

void TestJsonLineScanner::errors_data()
{
    QTest::addColumn<QByteArray>("line"); // an array of strings and integers
    QTest::addColumn<int>("error"); // QJsonParseError::ParseError
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("words");

    QTest::newRow("unterminated string")
            << QByteArray(R"(["abc)") << int(QJsonParseError::UnterminatedString) << 5
            << u"unterminated string"_s;
    QTest::newRow("a backslash at the end")
            << QByteArray(R"(["abc\")") << int(QJsonParseError::UnterminatedString) << 7
            << u"unterminated string"_s;
    QTest::newRow("unknown escape")
            << QByteArray(R"(["a\qb"])") << int(QJsonParseError::IllegalEscapeSequence) << 3
            << u"invalid escape sequence"_s;
    QTest::newRow("short \\u") << QByteArray(R"(["a\u12"])")
                               << int(QJsonParseError::IllegalEscapeSequence) << 3
                               << u"invalid escape sequence"_s;
    QTest::newRow("\\u not hex") << QByteArray(R"(["a\u12g4"])")
                                 << int(QJsonParseError::IllegalEscapeSequence) << 3
                                 << u"invalid escape sequence"_s;
    QTest::newRow("raw tab") << QByteArray("[\"a\tb\"]") << int(QJsonParseError::IllegalValue) << 3
                             << u"illegal value"_s;
    QTest::newRow("invalid UTF-8")
            << QByteArray("[\"a\xc3\"]") << int(QJsonParseError::IllegalUTF8String) << 0
            << u"invalid UTF8 string"_s;
    QTest::newRow("an encoded surrogate")
            << QByteArray("[\"\xed\xa0\x80\"]") << int(QJsonParseError::IllegalUTF8String) << 0
            << u"invalid UTF8 string"_s;
    QTest::newRow("missing comma")
            << QByteArray(R"(["a" "b"])") << int(QJsonParseError::MissingValueSeparator) << 5
            << u"missing value separator"_s;
    QTest::newRow("unterminated array")
            << QByteArray(R"(["a")") << int(QJsonParseError::UnterminatedArray) << 4
            << u"unterminated array"_s;
    QTest::newRow("a fraction") << QByteArray(R"([1.5])") << int(QJsonParseError::IllegalNumber)
                                << 1 << u"illegal number"_s;
    QTest::newRow("an exponent") << QByteArray(R"([1e3])") << int(QJsonParseError::IllegalNumber)
                                 << 1 << u"illegal number"_s;
    QTest::newRow("too many digits")
            << QByteArray(R"([1234567890123456789])") << int(QJsonParseError::IllegalNumber) << 1
            << u"illegal number"_s;
    QTest::newRow("garbage after") << QByteArray(R"(["a"] x)") << int(QJsonParseError::GarbageAtEnd)
                                   << 6 << u"garbage at the end of the document"_s;
}

void TestJsonLineScanner::errors()
{
    QFETCH(QByteArray, line);
    QFETCH(int, error);
    QFETCH(int, offset);
    QFETCH(QString, words);

    // Read as an array of strings and integers, to its end.
    JsonLineScanner scanner(line);
    QString text;
    qint64 number = 0;
    if (scanner.expect('[')) {
        do {
            if (scanner.peek() == JsonLineScanner::Next::Integer)
                scanner.readInteger(&number);
            else
                scanner.readString(&text);
        } while (scanner.nextInArray());
        scanner.atEnd();
    }
    QVERIFY(scanner.hasError());
    QCOMPARE(int(scanner.error()), error);
    QCOMPARE(int(scanner.errorOffset()), offset);
    QCOMPARE(scanner.errorString(), words);
    // Every call after the first error fails.
    QVERIFY(!scanner.readString(&text));
    QVERIFY(!scanner.readInteger(&number));
    QVERIFY(!scanner.expect(']'));
    QVERIFY(!scanner.nextInArray());
    QVERIFY(!scanner.atEnd());
    QCOMPARE(int(scanner.errorOffset()), offset);
}

void TestJsonLineScanner::theBufferIsReused()
{
    // The caller's string keeps its buffer: a row of values decoded one
    // after another allocates once.
    QString text;
    text.reserve(64);
    const QChar *buffer = text.constData();
    JsonLineScanner scanner(R"(["first value","b","third, \u00e6")");
    QVERIFY(scanner.expect('['));
    for (const QString &expected : {u"first value"_s, u"b"_s, u"third, æ"_s}) {
        QVERIFY(scanner.readString(&text));
        QCOMPARE(text, expected);
        QCOMPARE(text.constData(), buffer);
        scanner.nextInArray();
    }
}

QTEST_GUILESS_MAIN(TestJsonLineScanner)
#include "tst_jsonlinescanner.moc"
