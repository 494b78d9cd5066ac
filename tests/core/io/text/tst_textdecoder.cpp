#include "io/text/textdecoder.h"

#include <QBuffer>
#include <QTest>

using namespace Ditio;
using Encoding = TextDecoder::Encoding;

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void undecodableBytesAreReportedWithTheirLine_data();
    void undecodableBytesAreReportedWithTheirLine();
    void forcedEncoding();
    void everyBadLineIsReported();
    void invalidUtf16();
    void decodeInto_data();
    void decodeInto();
    void detectFromDevice_data();
    void detectFromDevice();
    void encodingNames();
};

void TestTextDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QString>("text");

    const QString norwegian = u"Ansattnr;Kurs\r\n1042;Kranførerbevis – Æ Ø Å\r\n"_qs;
    QTest::newRow("UTF-8 without BOM")
            << norwegian.toUtf8() << Encoding::Utf8 << false << norwegian;
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + norwegian.toUtf8()
                                    << Encoding::Utf8 << true << norwegian;
    QByteArray le("\xFF\xFE");
    le.append(reinterpret_cast<const char *>(norwegian.utf16()), norwegian.size() * 2);
    QTest::newRow("UTF-16 LE (Excel Unicode text)") << le << Encoding::Utf16LE << true << norwegian;
    QByteArray be("\xFE\xFF");
    for (QChar c : norwegian) {
        be.append(char(c.unicode() >> 8));
        be.append(char(c.unicode() & 0xFF));
    }
    QTest::newRow("UTF-16 BE") << be << Encoding::Utf16BE << true << norwegian;
    // Norwegian Excel's "CSV (semicolon separated)": ø = F8, – = 96, € = 80.
    QTest::newRow("Windows-1252") << QByteArray(
            "Ansattnr;Kurs\r\n1042;Kranf\xF8rerbevis \x96 \x80 \xC6\xD8\xC5\r\n")
                                  << Encoding::Windows1252 << false
                                  << u"Ansattnr;Kurs\r\n1042;Kranførerbevis – € ÆØÅ\r\n"_qs;
    QTest::newRow("plain ASCII is UTF-8")
            << QByteArray("a,b\n1,2\n") << Encoding::Utf8 << false << u"a,b\n1,2\n"_qs;
    QTest::newRow("empty") << QByteArray() << Encoding::Utf8 << false << QString();
}

void TestTextDecoder::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Encoding, encoding);
    QFETCH(bool, bom);
    QFETCH(QString, text);

    QCOMPARE(TextDecoder::detect(bytes), encoding);
    const TextDecoder::Result result = TextDecoder::decode(bytes);
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.hadByteOrderMark, bom);
    QCOMPARE(result.text, text);
    QVERIFY(result.problems.isEmpty());
}

void TestTextDecoder::undecodableBytesAreReportedWithTheirLine_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    QTest::newRow("byte 0x81 is undefined in Windows-1252")
            << QByteArray("a;b\n1;\xF8\n2;\x81x\n") << 3
            << u"line 3 has byte 0x81, which Windows-1252 does not define"_qs;
    QTest::newRow("byte 0x9D too")
            << QByteArray("\x9D\xF8") << 1
            << u"line 1 has byte 0x9D, which Windows-1252 does not define"_qs;
    QTest::newRow("CR line ends count as lines")
            << QByteArray("a;b\r1;\xF8\r\n2;\x8Dx\r") << 3
            << u"line 3 has byte 0x8D, which Windows-1252 does not define"_qs;
}

void TestTextDecoder::undecodableBytesAreReportedWithTheirLine()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, message);

    const TextDecoder::Result result = TextDecoder::decode(bytes);
    QCOMPARE(result.encoding, Encoding::Windows1252);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().line, line);
    QCOMPARE(result.problems.first().message, message);
}

void TestTextDecoder::forcedEncoding()
{
    // The user overrides detection in the import dialog: UTF-8 forced on
    // Windows-1252 bytes names the line instead of inventing characters.
    const QByteArray bytes("navn\nKranf\xF8rer\n");
    const TextDecoder::Result utf8 = TextDecoder::decode(bytes, Encoding::Utf8);
    QCOMPARE(utf8.problems.size(), 1);
    QCOMPARE(utf8.problems.first().line, 2);
    QCOMPARE(utf8.problems.first().message,
             u"line 2 has bytes that are not UTF-8 (byte 0xF8); the file may be in another "
             u"encoding"_qs);

    const TextDecoder::Result cp1252 = TextDecoder::decode(bytes, Encoding::Windows1252);
    QCOMPARE(cp1252.text, u"navn\nKranfører\n"_qs);
    QVERIFY(cp1252.problems.isEmpty());
}

void TestTextDecoder::everyBadLineIsReported()
{
    // One problem per line, so the user can find each.
    const QByteArray bytes("navn\nKranf\xF8rer \xF8\nok\nBj\xF8rn\n");
    const TextDecoder::Result result = TextDecoder::decode(bytes, Encoding::Utf8);
    QCOMPARE(result.problems.size(), 2);
    QCOMPARE(result.problems.at(0).line, 2);
    QCOMPARE(result.problems.at(0).offset, 10);
    QCOMPARE(result.problems.at(1).line, 4);
    QCOMPARE(result.problems.at(1).offset, 22);
    QCOMPARE(result.text, u"navn\nKranf\uFFFDrer \uFFFD\nok\nBj\uFFFDrn\n"_qs);
}

void TestTextDecoder::invalidUtf16()
{
    // A lone surrogate on line 2 and an odd byte at the end.
    const char raw[] = "\xFF\xFE"
                       "a\0\n\0"
                       "\x00\xD8"
                       "b\0"
                       "x";
    const QByteArray bytes(raw, sizeof(raw) - 1);
    const TextDecoder::Result result = TextDecoder::decode(bytes);
    QCOMPARE(result.encoding, Encoding::Utf16LE);
    QCOMPARE(result.text, u"a\n\uFFFDb\uFFFD"_qs);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().line, 2);
    QCOMPARE(result.problems.first().message, u"line 2 is not valid UTF-16 text"_qs);
}

void TestTextDecoder::decodeInto_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qsizetype>>("badOffsets");

    // Long enough for the sixteen-byte path, with high bytes in every block.
    QTest::newRow("Windows-1252") << QByteArray(
            "Kranf\xF8rerbevis;\x80 \x96 \x81;\xC6\xD8\xC5 \xE6\xF8\xE5;"
            "Stillasmont\xF8r\x9D")
                                  << Encoding::Windows1252
                                  << u"Kranførerbevis;€ – \uFFFD;ÆØÅ æøå;Stillasmontør\uFFFD"_qs
                                  << QList<qsizetype> {19, 42};
    QTest::newRow("UTF-8 with a bad byte") << QByteArray("K\xC3\xB8l \xF8 ok") << Encoding::Utf8
                                           << u"Køl \uFFFD ok"_qs << QList<qsizetype> {4};
    QTest::newRow("UTF-8, truncated sequence at the end")
            << QByteArray("ab\xE2\x80") << Encoding::Utf8 << u"ab\uFFFD\uFFFD"_qs
            << QList<qsizetype> {2, 3};
}

void TestTextDecoder::decodeInto()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Encoding, encoding);
    QFETCH(QString, text);
    QFETCH(QList<qsizetype>, badOffsets);

    QString out(TextDecoder::maxDecodedSize(bytes.size(), encoding), QChar());
    QList<TextDecoder::BadByte> bad;
    const qsizetype written = TextDecoder::decodeInto(
            bytes, encoding, reinterpret_cast<char16_t *>(out.data()), &bad);
    out.resize(written);
    QCOMPARE(out, text);
    QList<qsizetype> offsets;
    for (const TextDecoder::BadByte &b : bad)
        offsets.append(b.offset);
    QCOMPARE(offsets, badOffsets);
}

void TestTextDecoder::detectFromDevice_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Encoding>("encoding");

    const QByteArray ascii = QByteArray("1042;Byggekort;15.01.2026\r\n").repeated(40000);
    QTest::newRow("Windows-1252 far into the file") << ascii + "Kranf\xF8rer\r\n"
                                                    << Encoding::Windows1252;
    QTest::newRow("UTF-8 far into the file") << ascii + "Kranf\xC3\xB8rer\r\n" << Encoding::Utf8;
    QTest::newRow("damaged UTF-8 is still UTF-8") << "K\xC3\xB8l\n" + ascii + "Kranf\xF8rer\r\n"
                                                  << Encoding::Utf8;
    QTest::newRow("ASCII") << ascii << Encoding::Utf8;
    QTest::newRow("UTF-16 BOM") << QByteArray("\xFE\xFF\0a") << Encoding::Utf16BE;
}

void TestTextDecoder::detectFromDevice()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Encoding, encoding);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QCOMPARE(TextDecoder::detect(&buffer), encoding);
    QCOMPARE(TextDecoder::detect(bytes), encoding);
}

void TestTextDecoder::encodingNames()
{
    for (Encoding encoding :
         {Encoding::Utf8, Encoding::Utf16LE, Encoding::Utf16BE, Encoding::Windows1252})
        QCOMPARE(TextDecoder::encodingFromName(TextDecoder::encodingName(encoding)), encoding);
    QCOMPARE(TextDecoder::encodingFromName(u"cp1252"), Encoding::Windows1252);
    QCOMPARE(TextDecoder::encodingFromName(u"utf8"), Encoding::Utf8);
    QCOMPARE(TextDecoder::encodingFromName(u"klingon"), std::nullopt);
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
