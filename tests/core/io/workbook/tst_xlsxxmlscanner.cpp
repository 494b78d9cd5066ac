#include "io/workbook/xlsxxmlscanner.h"

#include <QTest>

#include <algorithm>
#include <cstring>
#include <memory>

using namespace Ditio;
using Error = XlsxXmlScanner::Error;
using Token = XlsxXmlScanner::Token;

namespace {

// A source that hands out the bytes in pieces of at most chunk bytes.
XlsxXmlScanner::Source sourceOf(const QByteArray &bytes, qsizetype chunk)
{
    auto offset = std::make_shared<qsizetype>(0);
    return [bytes, chunk, offset](char *data, qint64 maxSize) -> qint64 {
        const qsizetype n = std::min({chunk, qsizetype(maxSize), bytes.size() - *offset});
        std::memcpy(data, bytes.constData() + *offset, size_t(n));
        *offset += n;
        return n;
    };
}

struct Scan
{
    QString tokens; // "<row r=1>" "text" "</row>", joined by spaces; texts merged
    Error error = Error::None;
};

Scan scan(const QByteArray &xml, qsizetype chunk)
{
    XlsxXmlScanner scanner(sourceOf(xml, chunk));
    Scan result;
    QStringList tokens;
    QByteArray text;
    const auto flushText = [&] {
        if (!text.isNull())
            tokens.append(u'"' + QString::fromUtf8(text) + u'"');
        text = QByteArray();
    };
    for (;;) {
        const Token token = scanner.next();
        if (token != Token::Text)
            flushText();
        switch (token) {
        case Token::StartElement: {
            QString tag = u'<' + QString::fromUtf8(scanner.name());
            const QByteArrayView r = scanner.attribute("r");
            if (!r.isNull())
                tag += QStringLiteral(" r=") + QString::fromUtf8(r);
            tokens.append(tag + u'>');
            break;
        }
        case Token::EndElement:
            tokens.append(QStringLiteral("</") + QString::fromUtf8(scanner.name()) + u'>');
            break;
        case Token::Text:
            if (text.isNull())
                text = QByteArray("");
            if (!scanner.appendText(&text)) {
                result.error = scanner.error();
                result.tokens = tokens.join(u' ');
                return result;
            }
            break;
        case Token::EndDocument:
            result.tokens = tokens.join(u' ');
            return result;
        case Token::Invalid:
            result.error = scanner.error();
            result.tokens = tokens.join(u' ');
            return result;
        }
    }
}

} // namespace

class TestXlsxXmlScanner : public QObject
{
    Q_OBJECT

private slots:
    void tokens_data();
    void tokens();
    void errors_data();
    void errors();
    void longTextComesInPieces();
    void hugeTagIsRefused();
    void attributes();
    void offsetOfError();
};

void TestXlsxXmlScanner::tokens_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("tokens");
    QTest::newRow("empty root") << QByteArray("<a/>") << QStringLiteral("<a> </a>");
    QTest::newRow("declaration and BOM")
            << QByteArray("\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\" "
                          "standalone=\"yes\"?>\r\n<a>x</a>\n")
            << QStringLiteral("<a> \"x\" </a>");
    QTest::newRow("prefixes dropped") << QByteArray("<x:row xmlns:x=\"u\" r=\"1\"><x:c/></x:row>")
                                      << QStringLiteral("<row r=1> <c> </c> </row>");
    QTest::newRow("single quotes")
            << QByteArray("<row r='7'/>") << QStringLiteral("<row r=7> </row>");
    QTest::newRow("entities") << QByteArray("<t>a&amp;b &lt;c&gt; &quot;d&quot; &apos;e&apos;</t>")
                              << QStringLiteral("<t> \"a&b <c> \"d\" 'e'\" </t>");
    QTest::newRow("character references") << QByteArray("<t>&#65;&#x42;&#xe6;&#x1F600;</t>")
                                          << QStringLiteral("<t> \"AB\u00e6\U0001F600\" </t>");
    QTest::newRow("utf-8") << QByteArray("<t>Kranførerbevis – ÆØÅ</t>")
                           << QStringLiteral("<t> \"Kranførerbevis – ÆØÅ\" </t>");
    QTest::newRow("line ends normalised")
            << QByteArray("<t>a\r\nb\rc\nd</t>") << QStringLiteral("<t> \"a\nb\nc\nd\" </t>");
    QTest::newRow("CR reference kept")
            << QByteArray("<t>a&#13;b</t>") << QStringLiteral("<t> \"a\rb\" </t>");
    QTest::newRow("cdata") << QByteArray("<t><![CDATA[<b>&amp;</b>]]></t>")
                           << QStringLiteral("<t> \"<b>&amp;</b>\" </t>");
    QTest::newRow("comments and PIs skipped")
            << QByteArray("<!-- c --><a><!-- <b> --><?pi x?>y</a><!-- end -->")
            << QStringLiteral("<a> \"y\" </a>");
    QTest::newRow("whitespace kept") << QByteArray("<t xml:space=\"preserve\">  two  </t>")
                                     << QStringLiteral("<t> \"  two  \" </t>");
    QTest::newRow("gt in attribute")
            << QByteArray("<a b=\"x>y\" r=\"1\"/>") << QStringLiteral("<a r=1> </a>");
    QTest::newRow("spaces in tags")
            << QByteArray("<a  r = \"1\" ></a >") << QStringLiteral("<a r=1> </a>");
}

void TestXlsxXmlScanner::tokens()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, tokens);
    for (qsizetype chunk : {qsizetype(1), qsizetype(3), qsizetype(7), qsizetype(1 << 20)}) {
        const Scan result = scan(xml, chunk);
        QCOMPARE(result.error, Error::None);
        QCOMPARE(result.tokens, tokens);
    }
}

void TestXlsxXmlScanner::errors_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<Error>("error");
    QTest::newRow("empty") << QByteArray() << Error::Truncated;
    QTest::newRow("only declaration") << QByteArray("<?xml version=\"1.0\"?>") << Error::Truncated;
    QTest::newRow("unclosed") << QByteArray("<a><b></b>") << Error::Truncated;
    QTest::newRow("cut in a tag") << QByteArray("<a><b r=\"1") << Error::Truncated;
    QTest::newRow("mismatched") << QByteArray("<a><b></a></b>") << Error::Malformed;
    QTest::newRow("end without start") << QByteArray("</a>") << Error::Malformed;
    QTest::newRow("two roots") << QByteArray("<a/><b/>") << Error::Malformed;
    QTest::newRow("text outside") << QByteArray("<a/>junk") << Error::Malformed;
    QTest::newRow("unquoted attribute") << QByteArray("<a r=1/>") << Error::Malformed;
    QTest::newRow("attribute without value") << QByteArray("<a r/>") << Error::Malformed;
    QTest::newRow("lt in attribute") << QByteArray("<a r=\"<\"/>") << Error::Malformed;
    QTest::newRow("unknown entity") << QByteArray("<a>&nbsp;</a>") << Error::Malformed;
    QTest::newRow("external entity reference") << QByteArray("<a>&xxe;</a>") << Error::Malformed;
    QTest::newRow("bad character reference") << QByteArray("<a>&#0;</a>") << Error::Malformed;
    QTest::newRow("ampersand alone") << QByteArray("<a>a & b</a>") << Error::Malformed;
    QTest::newRow("doctype") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x "
                                           "\"y\">]><a>&x;</a>")
                             << Error::Doctype;
    QTest::newRow("external doctype")
            << QByteArray("<!DOCTYPE a SYSTEM \"file:///etc/passwd\"><a/>") << Error::Doctype;
    QTest::newRow("entity declaration inside")
            << QByteArray("<a><!ENTITY lol \"lol\"></a>") << Error::Doctype;
    QTest::newRow("utf-16 declaration")
            << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>") << Error::Encoding;
    QTest::newRow("utf-16 bom") << QByteArray("\xFF\xFE<\0a\0/\0>\0", 10) << Error::Encoding;
    QTest::newRow("windows-1252 declaration")
            << QByteArray("<?xml version=\"1.0\" encoding=\"windows-1252\"?><a/>")
            << Error::Encoding;
    QTest::newRow("late declaration")
            << QByteArray("<a><?xml version=\"1.0\"?></a>") << Error::Malformed;
}

void TestXlsxXmlScanner::errors()
{
    QFETCH(QByteArray, xml);
    QFETCH(Error, error);
    for (qsizetype chunk : {qsizetype(1), qsizetype(5), qsizetype(1 << 20)})
        QCOMPARE(scan(xml, chunk).error, error);
}

void TestXlsxXmlScanner::longTextComesInPieces()
{
    // 3 MB of text with multi-byte characters and entities at every offset:
    // pieces never split a character or an entity, and add up to the text.
    QByteArray unit = "æøå &amp; €\r\n";
    QByteArray body;
    while (body.size() < 3 * 1024 * 1024)
        body += unit;
    const QByteArray xml = "<t>" + body + "</t>";
    XlsxXmlScanner scanner(sourceOf(xml, 100001));
    QCOMPARE(scanner.next(), Token::StartElement);
    QByteArray text;
    int pieces = 0;
    Token token;
    while ((token = scanner.next()) == Token::Text) {
        QVERIFY(scanner.appendText(&text));
        ++pieces;
    }
    QCOMPARE(token, Token::EndElement);
    QCOMPARE(scanner.next(), Token::EndDocument);
    QVERIFY(pieces > 1);
    QByteArray expected = body;
    expected.replace("&amp;", "&").replace("\r\n", "\n");
    QCOMPARE(text.size(), expected.size());
    QVERIFY(text == expected);
}

void TestXlsxXmlScanner::hugeTagIsRefused()
{
    const QByteArray xml = "<a b=\"" + QByteArray(6 * 1024 * 1024, 'x') + "\"/>";
    QCOMPARE(scan(xml, 65536).error, Error::TooLarge);
    const QByteArray comment = "<a><!--" + QByteArray(6 * 1024 * 1024, 'x') + "--></a>";
    QCOMPARE(scan(comment, 65536).error, Error::TooLarge);
}

void TestXlsxXmlScanner::attributes()
{
    XlsxXmlScanner scanner(sourceOf("<c r=\"B7\" s=\"\" t='s' x:y=\"z\"/>", 1024));
    QCOMPARE(scanner.next(), Token::StartElement);
    QCOMPARE(scanner.attribute("r"), QByteArrayView("B7"));
    QVERIFY(!scanner.attribute("s").isNull());
    QVERIFY(scanner.attribute("s").isEmpty());
    QCOMPARE(scanner.attribute("t"), QByteArrayView("s"));
    QCOMPARE(scanner.attribute("y"), QByteArrayView("z"));
    QVERIFY(scanner.attribute("missing").isNull());
    QCOMPARE(scanner.next(), Token::EndElement);
    QCOMPARE(scanner.next(), Token::EndDocument);
    QCOMPARE(scanner.next(), Token::EndDocument);
}

void TestXlsxXmlScanner::offsetOfError()
{
    XlsxXmlScanner scanner(sourceOf("<a><b></c></a>", 2));
    QCOMPARE(scanner.next(), Token::StartElement);
    QCOMPARE(scanner.next(), Token::StartElement);
    QCOMPARE(scanner.next(), Token::Invalid);
    QCOMPARE(scanner.error(), Error::Malformed);
    QCOMPARE(scanner.offset(), 6);
    QCOMPARE(QByteArray(scanner.errorDetail()),
             QByteArray("an end tag that does not match its start tag"));
}

QTEST_GUILESS_MAIN(TestXlsxXmlScanner)
#include "tst_xlsxxmlscanner.moc"
