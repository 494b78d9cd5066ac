// CsvRecordCounter: the records of CSV bytes counted as CsvReader reads them
// (quoted line breaks inside a record, literal quotes, doubled quotes, CR LF),
// however the bytes are split into blocks; and the guess whether a line start
// is inside a quoted field.

#include "io/text/csvreader.h"
#include "io/text/csvrecordcounter.h"

#include <QTest>

using namespace Ditio;
using namespace Qt::StringLiterals;

class TestCsvRecordCounter : public QObject
{
    Q_OBJECT

private slots:
    void countsRecordsAsTheReaderDoes_data();
    void countsRecordsAsTheReaderDoes();
    void recordEnd_data();
    void recordEnd();
    void insideQuotesGuess_data();
    void insideQuotesGuess();
};

void TestCsvRecordCounter::countsRecordsAsTheReaderDoes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("recordEnds");
    QTest::addColumn<bool>("insideQuotes"); // at the end

    QTest::newRow("empty") << QByteArray() << 0 << false;
    QTest::newRow("LF") << QByteArray("a;b\n1;2\n3;4\n") << 3 << false;
    QTest::newRow("CR LF") << QByteArray("a;b\r\n1;2\r\n3;4") << 2 << false;
    QTest::newRow("lone CRs among LFs") << QByteArray("a;b\r1;2\n3;4\r\r5;6\n") << 5 << false;
    QTest::newRow("blank lines are rows") << QByteArray("a;b\n\n1;2\n\r\n") << 4 << false;
    QTest::newRow("a quoted LF and CR LF inside one cell")
            << QByteArray("a;b\n1;\"x\ny\r\nz\"\n2;3\n") << 3 << false;
    QTest::newRow("doubled quotes inside")
            << QByteArray("a;b\n1;\"say \"\"hi\"\"\nthere\"\n") << 2 << false;
    QTest::newRow("an empty quoted field") << QByteArray("a;\"\"\n1;2\n") << 2 << false;
    QTest::newRow("a quote inside an unquoted field is a letter")
            << QByteArray("a;b\n5\" pipe;2\n\"q\";3\n") << 3 << false;
    QTest::newRow("text after a closing quote") << QByteArray("a;b\n\"ab\"cd;2\n") << 2 << false;
    QTest::newRow("still open at the end") << QByteArray("a;b\n1;\"x\ny\n") << 1 << true;
    QTest::newRow("quotes in every field, longer than a block")
            << QByteArray("\"Ansattnr\";\"Kurs\";\"Merknad\"\r\n"
                          "\"1001\";\"Byggekort\";\"linje 1\r\nlinje 2\"\r\n"
                          "\"1002\";\"Kran\";\"\"\r\n")
            << 3 << false;
    QByteArray long16; // sixteen-byte blocks with and without quotes
    for (int i = 0; i < 50; ++i)
        long16 += "1001;Byggekort;BK-" + QByteArray::number(i) + ";\"a\nb\";x\r\n";
    QTest::newRow("many records, a quoted line break in each") << long16 << 50 << false;
}

void TestCsvRecordCounter::countsRecordsAsTheReaderDoes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, recordEnds);
    QFETCH(bool, insideQuotes);

    // The reader's own count, when the text is complete: a record per end,
    // and one more for text after the last line break.
    if (!insideQuotes) {
        CsvReader::ReadOptions options;
        options.delimiter = u';';
        options.encoding = TextDecoder::Encoding::Utf8;
        const CsvReader::Summary summary =
                CsvReader::read(bytes, options, [](const CsvReader::RecordView &) { return true; });
        QCOMPARE(summary.nextRow - 1,
                 recordEnds
                         + (bytes.isEmpty() || bytes.endsWith('\n') || bytes.endsWith('\r') ? 0
                                                                                            : 1));
    }

    // Whole, cut in two at every byte, and a byte at a time.
    CsvRecordCounter whole(';');
    whole.add(bytes);
    QCOMPARE(whole.recordEnds(), recordEnds);
    QCOMPARE(whole.insideQuotes(), insideQuotes);
    for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
        CsvRecordCounter split(';');
        split.add(QByteArrayView(bytes).first(cut));
        split.add(QByteArrayView(bytes).sliced(cut));
        QCOMPARE(split.recordEnds(), recordEnds);
        QCOMPARE(split.insideQuotes(), insideQuotes);
    }
    CsvRecordCounter bytewise(';');
    for (char c : bytes)
        bytewise.add(QByteArrayView(&c, 1));
    QCOMPARE(bytewise.recordEnds(), recordEnds);
}

void TestCsvRecordCounter::recordEnd_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("startInside");
    QTest::addColumn<qsizetype>("end");

    QTest::newRow("the first line's end") << QByteArray("1;2\n3;4\n") << false << qsizetype(4);
    QTest::newRow("CR LF ends after the LF") << QByteArray("1;2\r\n3;4\n") << false << qsizetype(5);
    QTest::newRow("past a quoted line break")
            << QByteArray("1;\"a\nb\"\n3;4\n") << false << qsizetype(8);
    QTest::newRow("from inside a field") << QByteArray("b\nc\";2\n3;4\n") << true << qsizetype(7);
    QTest::newRow("no end") << QByteArray("1;\"a\nb") << false << qsizetype(-1);
}

void TestCsvRecordCounter::recordEnd()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, startInside);
    QFETCH(qsizetype, end);

    CsvRecordCounter counter(';');
    if (startInside)
        counter.add("\"");
    QCOMPARE(counter.recordEndIn(bytes), end);
}

void TestCsvRecordCounter::insideQuotesGuess_data()
{
    QTest::addColumn<QByteArray>("bytesAfterLineStart");
    QTest::addColumn<bool>("inside");

    QByteArray plain;
    for (int i = 0; i < 100; ++i)
        plain += "1001;Byggekort;BK-1;15.01.2024;15.01.2029;\r\n";
    QTest::newRow("no quotes") << plain << false;
    QTest::newRow("a record whose note opens a quote")
            << "1001;Kran;K;1.1.2024;1.1.2030;\"linje 1\r\nlinje 2\"\r\n" + plain << false;
    QTest::newRow("the rest of a note, then records")
            << "linje 2\r\nlinje 3\";\r\n" + plain << true;
    QTest::newRow("the rest of a note ending in a line break, then records")
            << "linje 2\r\n\"\r\n" + plain << true;
    QTest::newRow("quotes in every field, from a record start")
            << QByteArray("\"1001\";\"Kran\";\"a\r\nb\"\r\n\"1002\";\"Truck\";\"\"\r\n") << false;
    QTest::newRow("quotes in every field, from inside a note")
            << QByteArray("b\"\r\n\"1002\";\"Truck\";\"\"\r\n\"1003\";\"Kran\";\"c\"\r\n") << true;
    QTest::newRow("a literal quote in an unquoted field")
            << "1001;Kran 5\" pipe;K;1.1.2024;1.1.2030;\r\n" + plain << false;
}

void TestCsvRecordCounter::insideQuotesGuess()
{
    QFETCH(QByteArray, bytesAfterLineStart);
    QFETCH(bool, inside);

    QCOMPARE(CsvRecordCounter::probablyInsideQuotes(bytesAfterLineStart), inside);
}

QTEST_GUILESS_MAIN(TestCsvRecordCounter)
#include "tst_csvrecordcounter.moc"
