// Hostile and wrong files: each refused with its own message, quickly, and
// without a crash or a large allocation (run it under DITIO_SANITIZE too).

#include "import/certificateimporter.h"
#include "io/workbook/xlsxreader.h"
#include "xlsxfixturewriter.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/quazipnewinfo.h>

#include <zlib.h>

using namespace Ditio;
using namespace Qt::StringLiterals;
using Error = XlsxReader::Error;

Q_DECLARE_METATYPE(XlsxReader::Error)

namespace {

const QString DataDir = QStringLiteral(DITIO_TEST_DATA_DIR "/import");

XlsxFixtureWriter validWriter()
{
    XlsxFixtureWriter writer;
    const QByteArray text = QByteArray::number(writer.sharedString(u"Kranførerbevis"_s));
    writer.addSheet(u"Sertifikater"_s,
                    "<row r=\"1\"><c r=\"A1\"><v>1042</v></c><c r=\"B1\" t=\"s\"><v>" + text
                            + "</v></c></row>");
    writer.addSheet(u"Ark2"_s, "<row r=\"1\"><c r=\"A1\"><v>2</v></c></row>");
    return writer;
}

// One part of the writer with prolog in place of its XML declaration; empty
// when the writer has no such part.
QByteArray withProlog(const XlsxFixtureWriter &writer, const QString &part,
                      const QByteArray &prolog)
{
    for (const auto &[name, bytes] : writer.parts()) {
        if (name == part) {
            QByteArray content = bytes;
            content.replace("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n", "");
            return content.prepend(prolog);
        }
    }
    return {};
}

bool readAll(XlsxReader &reader, int sheet)
{
    return reader.readSheet(sheet, [](const SpreadsheetRow &) { return true; });
}

// Sets the declared uncompressed size of one entry, in the local header and
// in the central directory.
QByteArray withDeclaredSize(QByteArray zip, const QByteArray &name, quint32 size)
{
    const auto put32 = [&](qsizetype at, quint32 value) {
        for (int i = 0; i < 4; ++i)
            zip[at + i] = char((value >> (8 * i)) & 0xFF);
    };
    for (qsizetype at = zip.indexOf("PK\x03\x04"); at >= 0;
         at = zip.indexOf("PK\x03\x04", at + 4)) {
        if (zip.mid(at + 30, name.size()) == name)
            put32(at + 22, size);
    }
    for (qsizetype at = zip.indexOf("PK\x01\x02"); at >= 0;
         at = zip.indexOf("PK\x01\x02", at + 4)) {
        if (zip.mid(at + 46, name.size()) == name)
            put32(at + 24, size);
    }
    return zip;
}

} // namespace

class TestXlsxHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void notAWorkbook_data();
    void notAWorkbook();
    void cannotOpen();
    void truncated_data();
    void truncated();
    void damagedPart();
    void compressionRatioBomb();
    void declaredSizeBomb();
    void partTooLarge();
    void totalTooLarge();
    void tooManyEntries();
    void lyingSizeHeader();
    void zipPassword();
    void doctypeInAnyPart_data();
    void doctypeInAnyPart();
    void externalReferencesReachNothing_data();
    void externalReferencesReachNothing();
    void malformedXml_data();
    void malformedXml();
    void missingWorkbook();
    void missingSheetPart();
    void sheetWithoutRelationship();
    void noSheets();
    void tooManySharedStrings();
    void everyTruncationIsHandled();
    void randomDamageIsHandled();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QString save(const XlsxFixtureWriter &writer, const QString &name, int level = -1);
    QString reason(const QString &path, const XlsxReader::Limits &limits = {});

    QTemporaryDir m_dir;
};

void TestXlsxHostileFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestXlsxHostileFiles::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString TestXlsxHostileFiles::save(const XlsxFixtureWriter &writer, const QString &name, int level)
{
    const QString path = m_dir.filePath(name);
    if (!writer.save(path, level))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// The error reason of opening and reading every sheet.
QString TestXlsxHostileFiles::reason(const QString &path, const XlsxReader::Limits &limits)
{
    XlsxReader reader(limits);
    if (!reader.open(path))
        return reader.errorReason();
    for (int i = 0; i < reader.sheetNames().size(); ++i) {
        if (!readAll(reader, i))
            return reader.errorReason();
    }
    return QString();
}

void TestXlsxHostileFiles::notAWorkbook_data()
{
    QTest::addColumn<QString>("file"); // in data/, or a name for bytes
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("message");

    const QString csv = u"it is a text file (probably CSV), not a spreadsheet workbook, although "
                        "its name says so. Open it as a CSV file."_s;
    QTest::newRow("CSV renamed .xlsx")
            << u"csv.xlsx"_s
            << QByteArray("Ansattnr;Sertifikattype;Utstedt\r\n1042;Byggekort;"
                          "15.01.2026\r\n")
            << Error::LooksLikeText << csv;
    QTest::newRow("Windows-1252 CSV")
            << u"cp1252.xlsx"_s << QByteArray("Ansattnr;Sertifikat\n1042;Kranf\xf8rerbevis\n")
            << Error::LooksLikeText << csv;
    QTest::newRow("UTF-8 BOM CSV") << u"bom.xlsx"_s
                                   << QByteArray("\xEF\xBB\xBF"
                                                 "Ansattnr,Sertifikat\n1,2\n")
                                   << Error::LooksLikeText << csv;
    QTest::newRow("UTF-16 text (Excel's Unicode text)")
            << u"utf16.xlsx"_s
            << QByteArray("\xFF\xFE"
                          "A\0n\0s\0a\0t\0t\0n\0r\0\t\0X\0\r\0\n\0",
                          26)
            << Error::LooksLikeText << csv;
    QTest::newRow("HTML saved as .xls")
            << u"html.xlsx"_s << QByteArray("<html><body><table><tr><td>1</td></tr></table>")
            << Error::LooksLikeMarkup
            << u"it is an HTML or XML text file, not a spreadsheet. Open it in a spreadsheet "
               "program and save it as an Excel workbook (.xlsx) or CSV."_s;
    QTest::newRow("binary garbage")
            << u"garbage.xlsx"_s << QByteArray("\x01\x02\x03\x04\x00\x00\xff\xfe\x10\x11", 10)
            << Error::NotZip
            << u"it is neither text nor a spreadsheet workbook (it starts with the bytes 01 02 03 "
               u"04 "
               "00 00 FF FE)."_s;
    QTest::newRow("empty") << u"empty.xlsx"_s << QByteArray() << Error::EmptyFile
                           << u"the file is empty."_s;
    QTest::newRow("encrypted by LibreOffice")
            << u"libreoffice-encrypted.xlsx"_s << QByteArray() << Error::Encrypted
            << u"the workbook is password-protected (encrypted). Open it in Excel, remove the "
               "password (File > Info > Protect Workbook > Encrypt with Password), save it and "
               "import it again."_s;
    QTest::newRow("Excel 97-2003 by LibreOffice")
            << u"libreoffice-legacy.xls"_s << QByteArray() << Error::LegacyXls
            << u"it is an Excel 97-2003 workbook (.xls), an old format that cannot be read. Open "
               "it in Excel and save it as an Excel workbook (.xlsx)."_s;
    QByteArray compound("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    compound += QByteArray(1024, '\0');
    QTest::newRow("other compound file") << u"compound.xlsx"_s << compound << Error::CompoundFile
                                         << u"it is a Microsoft Office file in the old binary "
                                            "format (such as a Word .doc), not a spreadsheet."_s;
    // Recognised by its mimetype part and left to OdsReader (WorkbookReader::openFile()).
    QTest::newRow("OpenDocument spreadsheet")
            << u"ods"_s << QByteArray() << Error::OpenDocument
            << u"it is an OpenDocument file (such as .ods), not an Excel workbook."_s;
    QTest::newRow("zip of something else")
            << u"zip"_s << QByteArray() << Error::NotWorkbook
            << u"it is a Word document (.docx), not a spreadsheet. Save the table in it as an "
               "Excel workbook or CSV."_s;
    QTest::newRow("binary workbook (.xlsb)")
            << u"xlsb"_s << QByteArray() << Error::BinaryWorkbook
            << u"it is an Excel binary workbook (.xlsb), which cannot be read. Open it in Excel "
               "and save it as an Excel workbook (.xlsx)."_s;
}

void TestXlsxHostileFiles::notAWorkbook()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(Error, error);
    QFETCH(QString, message);

    QString path;
    if (file == u"ods") {
        path = m_dir.filePath(u"calc.xlsx"_s);
        QVERIFY(XlsxFixtureWriter::writeZip(
                path,
                {{u"mimetype"_s, "application/vnd.oasis.opendocument.spreadsheet"},
                 {u"content.xml"_s, "<office:document-content/>"}}));
    } else if (file == u"zip") {
        path = m_dir.filePath(u"letter.xlsx"_s);
        QVERIFY(XlsxFixtureWriter::writeZip(
                path, {{u"word/document.xml"_s, "<w:document/>"}, {u"readme.txt"_s, "hello"}}));
    } else if (file == u"xlsb") {
        XlsxFixtureWriter writer = validWriter();
        writer.setPart(u"_rels/.rels"_s,
                       "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                       "relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                       "schemas.openxmlformats.org/officeDocument/2006/relationships/"
                       "officeDocument\" Target=\"xl/workbook.bin\"/></Relationships>");
        path = save(writer, u"binary.xlsx"_s);
    } else if (bytes.isNull() && file != u"empty.xlsx") {
        path = DataDir + u'/' + file;
    } else {
        path = write(file, bytes);
    }
    XlsxReader reader;
    QVERIFY(!reader.open(path));
    QCOMPARE(reader.error(), error);
    QCOMPARE(reader.errorReason(), message);
    QCOMPARE(reader.errorString(),
             u"%1 cannot be read: %2"_s.arg(QFileInfo(path).fileName(), message));
    QVERIFY(reader.sheetNames().isEmpty());
}

void TestXlsxHostileFiles::cannotOpen()
{
    XlsxReader reader;
    QVERIFY(!reader.open(m_dir.filePath(u"no-such-file.xlsx"_s)));
    QCOMPARE(reader.error(), Error::CannotOpen);
    QCOMPARE(reader.errorString(),
             u"no-such-file.xlsx cannot be opened: No such file or directory"_s);
}

void TestXlsxHostileFiles::truncated_data()
{
    QTest::addColumn<double>("keep"); // fraction of the bytes kept
    QTest::newRow("half") << 0.5;
    QTest::newRow("all but the last 10 bytes") << -10.0;
    QTest::newRow("only the first entry's header") << 0.01;
}

void TestXlsxHostileFiles::truncated()
{
    QFETCH(double, keep);
    const QByteArray bytes = validWriter().toBytes();
    const qsizetype size =
            keep < 0 ? bytes.size() + qsizetype(keep) : qsizetype(bytes.size() * keep);
    const QString path = write(u"truncated.xlsx"_s, bytes.left(qMax<qsizetype>(size, 4)));
    XlsxReader reader;
    QVERIFY(!reader.open(path));
    QCOMPARE(reader.error(), Error::Truncated);
    QCOMPARE(reader.errorReason(),
             u"the file is incomplete or damaged: the table of contents at the end of its zip "
             "archive is missing. It was probably cut off while downloading or copying; get the "
             "file again."_s);
}

void TestXlsxHostileFiles::damagedPart()
{
    // Stored (not compressed) so one letter of the sheet can be changed: the
    // XML stays well-formed, the checksum does not match.
    QByteArray bytes = validWriter().toBytes(0);
    const qsizetype at = bytes.indexOf("<v>1042</v>");
    QVERIFY(at > 0);
    bytes[at + 3] = '7';
    const QString path = write(u"damaged.xlsx"_s, bytes);
    XlsxReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    QVERIFY(!readAll(reader, 0));
    QCOMPARE(reader.error(), Error::Damaged);
    QCOMPARE(reader.errorReason(),
             u"the file is damaged: its part xl/worksheets/sheet1.xml does not unpack correctly "
             "(checksum mismatch). Get the file again, or open it in a spreadsheet program and "
             "save it anew."_s);
    // The other sheet is fine.
    QVERIFY(readAll(reader, 1));
}

void TestXlsxHostileFiles::compressionRatioBomb()
{
    // 160 MB of markup that deflates about 1000 : 1, with the default limits: over
    // the 128 MiB from which the ratio counts.
    XlsxFixtureWriter writer = validWriter();
    QByteArray bomb = XlsxFixtureWriter::worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
    bomb.insert(bomb.indexOf("<sheetData>"), QByteArray(160 * 1024 * 1024, ' '));
    writer.setPart(u"xl/worksheets/sheet1.xml"_s, bomb);
    const QString path = save(writer, u"bomb.xlsx"_s, 9);
    QVERIFY(QFileInfo(path).size() < 200 * 1024);

    QuaZip zip(path);
    QVERIFY(zip.open(QuaZip::mdUnzip));
    QVERIFY(zip.setCurrentFile(u"xl/worksheets/sheet1.xml"_s));
    QuaZipFileInfo64 info;
    QVERIFY(zip.getCurrentFileInfo(&info));
    const qint64 ratio = qint64(info.uncompressedSize / info.compressedSize);
    QVERIFY(ratio > 200);

    XlsxReader reader;
    QVERIFY(!reader.open(path));
    QCOMPARE(reader.error(), Error::RatioTooHigh);
    QCOMPARE(reader.errorReason(),
             u"its part xl/worksheets/sheet1.xml unpacks to %1 times its packed size, more than "
             "the 200 times real workbooks reach; it was refused as a possible zip bomb."_s.arg(
                     ratio));
}

void TestXlsxHostileFiles::declaredSizeBomb()
{
    // A tiny file that claims its sheet unpacks to 4 GB: refused before
    // anything is unpacked.
    const QByteArray bytes =
            withDeclaredSize(validWriter().toBytes(), "xl/worksheets/sheet1.xml", 0xFFFFFFF0u);
    const QString path = write(u"declared.xlsx"_s, bytes);
    XlsxReader reader;
    QVERIFY(!reader.open(path));
    QCOMPARE(reader.error(), Error::PartTooLarge);
    QCOMPARE(reader.errorReason(),
             u"its part xl/worksheets/sheet1.xml unpacks to 4.00 GiB, more than the 1.00 GiB "
             "allowed for one part; it was refused as a possible zip bomb."_s);
}

void TestXlsxHostileFiles::partTooLarge()
{
    XlsxFixtureWriter writer = validWriter();
    QByteArray rows;
    for (int r = 1; rows.size() < 2 * 1024 * 1024; ++r) {
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r)
                + "\"><v>" + QByteArray::number(r * 7919) + "</v></c></row>";
    }
    writer.addSheet(u"Stor"_s, rows);
    XlsxReader::Limits limits;
    limits.maxPartBytes = 1024 * 1024;
    const QString message = reason(save(writer, u"large.xlsx"_s), limits);
    QVERIFY2(message.startsWith(u"its part xl/worksheets/sheet3.xml unpacks to 2."_s),
             qPrintable(message));
    QVERIFY2(message.endsWith(u" MiB, more than the 1.00 MiB allowed for one part; it was refused "
                              "as a possible zip bomb."_s),
             qPrintable(message));
}

void TestXlsxHostileFiles::totalTooLarge()
{
    XlsxFixtureWriter writer = validWriter();
    for (int i = 0; i < 3; ++i)
        writer.setPart(u"xl/media/image%1.bin"_s.arg(i), QByteArray(400 * 1024, char('a' + i)));
    XlsxReader::Limits limits;
    limits.maxTotalBytes = 1024 * 1024;
    XlsxReader reader(limits);
    QVERIFY(!reader.open(save(writer, u"total.xlsx"_s)));
    QCOMPARE(reader.error(), Error::TotalTooLarge);
    QVERIFY2(reader.errorReason().startsWith(u"it unpacks to 1."_s),
             qPrintable(reader.errorReason()));
    QVERIFY(reader.errorReason().endsWith(
            u" MiB or more, more than the 1.00 MiB allowed; it was refused as a possible zip "
            "bomb."_s));
}

void TestXlsxHostileFiles::tooManyEntries()
{
    QList<QPair<QString, QByteArray>> entries = validWriter().parts();
    while (entries.size() <= 10000)
        entries.append({u"xl/x/%1.xml"_s.arg(entries.size()), QByteArray()});
    const QString path = m_dir.filePath(u"entries.xlsx"_s);
    QVERIFY(XlsxFixtureWriter::writeZip(path, entries, 0));
    XlsxReader reader;
    QVERIFY(!reader.open(path));
    QCOMPARE(reader.error(), Error::TooManyEntries);
    QCOMPARE(reader.errorReason(),
             u"its zip archive holds 10001 files, more than the 10000 a workbook may have; it "
             "was refused as a possible zip bomb."_s);
}

void TestXlsxHostileFiles::lyingSizeHeader()
{
    // The sheet claims 100 bytes but holds more: unpacking stops at the
    // claim and the checksum gives it away.
    const QByteArray bytes =
            withDeclaredSize(validWriter().toBytes(), "xl/worksheets/sheet1.xml", 100);
    const QString path = write(u"lying.xlsx"_s, bytes);
    XlsxReader reader;
    QVERIFY(reader.open(path));
    QVERIFY(!readAll(reader, 0));
    QCOMPARE(reader.error(), Error::Damaged);
    QCOMPARE(reader.errorReason(),
             u"the file is damaged: its part xl/worksheets/sheet1.xml does not unpack correctly "
             "(checksum mismatch). Get the file again, or open it in a spreadsheet program and "
             "save it anew."_s);
}

void TestXlsxHostileFiles::zipPassword()
{
    const QString path = m_dir.filePath(u"zip-password.xlsx"_s);
    QuaZip zip(path);
    QVERIFY(zip.open(QuaZip::mdCreate));
    for (const auto &[name, content] : validWriter().parts()) {
        QuaZipFile file(&zip);
        const auto crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(content.constData()),
                                       uInt(content.size())));
        QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), "secret", crc));
        file.write(content);
        file.close();
    }
    zip.close();
    XlsxReader reader;
    QVERIFY(!reader.open(path));
    QCOMPARE(reader.error(), Error::Encrypted);
    QCOMPARE(reader.errorReason(),
             u"its parts are locked with a zip password, which a workbook cannot be read with. "
             "Save it again from the spreadsheet program without a password."_s);
}

void TestXlsxHostileFiles::doctypeInAnyPart_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QByteArray>("prolog");
    const QByteArray laughs =
            "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
            "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 "
            "\"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>";
    const QByteArray external = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "
                                "\"file:///etc/passwd\">]>";
    const QByteArray publicDtd =
            "<!DOCTYPE x PUBLIC \"-//X//DTD X//EN\" \"http://127.0.0.1:9/x.dtd\">";
    for (const char *part : {"_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                             "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"}) {
        QTest::addRow("%s, billion laughs", part) << QString::fromLatin1(part) << laughs;
        QTest::addRow("%s, external entity", part) << QString::fromLatin1(part) << external;
        QTest::addRow("%s, external DTD", part) << QString::fromLatin1(part) << publicDtd;
    }
}

void TestXlsxHostileFiles::doctypeInAnyPart()
{
    QFETCH(QString, part);
    QFETCH(QByteArray, prolog);
    const XlsxFixtureWriter valid = validWriter();
    const QByteArray content = withProlog(valid, part, prolog);
    QVERIFY(!content.isEmpty());
    XlsxFixtureWriter writer = valid;
    writer.setPart(part, content);
    QCOMPARE(reason(save(writer, u"doctype.xlsx"_s)),
             u"its part %1 contains a document type (DOCTYPE) or entity declaration. Spreadsheet "
             "programs never write one, and it could make a reader fetch other files or expand "
             "without end, so the workbook was refused."_s.arg(part));
}

void TestXlsxHostileFiles::externalReferencesReachNothing_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("kind");
    for (const char *part :
         {"xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/workbook.xml"}) {
        for (const char *kind : {"entity over http", "DTD over http", "entity naming a file"})
            QTest::addRow("%s, %s", part, kind)
                    << QString::fromLatin1(part) << QString::fromLatin1(kind);
    }
}

// The references a hostile part makes are never followed: a server listening
// where they point gets no connection, and a file an entity names never shows
// up in what the import returns. (File opens themselves are not traced.)
void TestXlsxHostileFiles::externalReferencesReachNothing()
{
    QFETCH(QString, part);
    QFETCH(QString, kind);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int connections = 0;
    connect(&server, &QTcpServer::newConnection, this, [&] { ++connections; });
    const QByteArray url = "http://127.0.0.1:" + QByteArray::number(server.serverPort());
    const QString secretPath = write(u"secret.txt"_s, "SECRET-LINE-42\n");

    QByteArray prolog;
    if (kind == u"entity over http")
        prolog = "<!DOCTYPE x [<!ENTITY e SYSTEM \"" + url + "/entity\">]>";
    else if (kind == u"DTD over http")
        prolog = "<!DOCTYPE x SYSTEM \"" + url + "/x.dtd\">";
    else
        prolog = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file://" + secretPath.toUtf8() + "\">]>";
    const XlsxFixtureWriter valid = validWriter();
    QByteArray content = withProlog(valid, part, prolog);
    QVERIFY(!content.isEmpty());
    // The entity used where its text would end up: a cell, a sheet name.
    for (const QByteArray &at : {QByteArray("<t>"), QByteArray("<v>"), QByteArray("name=\"")}) {
        const qsizetype where = content.indexOf(at);
        if (where >= 0) {
            content.insert(where + at.size(), "&e;");
            break;
        }
    }
    QVERIFY(content.contains("&e;") || kind == u"DTD over http");
    XlsxFixtureWriter writer = valid;
    writer.setPart(part, content);
    const QString path = save(writer, u"references.xlsx"_s);

    const ImportResult result = CertificateImporter::import(path);
    QVERIFY(!result.ok);
    QVERIFY2(result.errorString.contains(u"(DOCTYPE)"_s), qPrintable(result.errorString));
    QVERIFY(result.rows.isEmpty());
    QVERIFY(!result.errorString.contains(u"SECRET"_s));
    for (const ImportWarning &warning : result.warnings)
        QVERIFY(!warning.message.contains(u"SECRET"_s));
    // Time for a fetch to arrive, had one been made.
    QTest::qWait(200);
    QCOMPARE(connections, 0);
    QVERIFY(!server.hasPendingConnections());
    // The server does see a connection when one is made.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QTRY_COMPARE(connections, 1);
}

void TestXlsxHostileFiles::malformedXml_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("sheet: mismatched tags")
            << u"xl/worksheets/sheet1.xml"_s
            << QByteArray("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</c></row>"
                          "</sheetData></worksheet>")
            << u"its part xl/worksheets/sheet1.xml is not well-formed XML (an end tag that does "
               "not match its start tag, at byte 47); the file is damaged."_s;
    QTest::newRow("sheet: ends in the middle")
            << u"xl/worksheets/sheet1.xml"_s << QByteArray("<worksheet><sheetData><row r=\"1\">")
            << u"its part xl/worksheets/sheet1.xml is not well-formed XML (it ends in the middle, "
               "at byte 33); the file is damaged."_s;
    QTest::newRow("sheet: UTF-16")
            << u"xl/worksheets/sheet1.xml"_s
            << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet/>")
            << u"its part xl/worksheets/sheet1.xml is not well-formed XML (it is not UTF-8 text, "
               "at byte 0); the file is damaged."_s;
    QTest::newRow("sheet: unknown entity")
            << u"xl/worksheets/sheet1.xml"_s
            << QByteArray("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"str\"><v>&nbsp;</v>"
                          "</c></row></sheetData></worksheet>")
            << u"its part xl/worksheets/sheet1.xml is not well-formed XML (an unknown entity or a "
               "bad character reference, at byte 60); the file is damaged."_s;
    QTest::newRow("shared strings: not UTF-8")
            << u"xl/sharedStrings.xml"_s << QByteArray("<sst><si><t>Kranf\xf8rer</t></si></sst>")
            << u"its part xl/sharedStrings.xml is not well-formed XML (text that is not UTF-8, at "
               "byte 30); the file is damaged."_s;
    QTest::newRow("workbook: mismatched tags")
            << u"xl/workbook.xml"_s << QByteArray("<workbook><sheets></workbook>")
            << u"its part xl/workbook.xml is not well-formed XML (Opening and ending tag "
               "mismatch., at byte 29); the file is damaged."_s;
    QTest::newRow("styles: cut off")
            << u"xl/styles.xml"_s << QByteArray("<styleSheet><cellXfs><xf numFmtId=\"14\"/>")
            << u"its part xl/styles.xml is not well-formed XML (it ends in the middle, at byte "
               "40); the file is damaged."_s;
    // Each part is limited as deep as the sheets are (256): a 2 MB workbook
    // part of nested unknown elements took a gigabyte and "read" fine.
    const QByteArray deep = QByteArray("<x>").repeated(300000);
    QTest::newRow("workbook: nested 300,000 deep")
            << u"xl/workbook.xml"_s
            << QByteArray("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                          "2006/main\">")
                    + deep
            << u"its part xl/workbook.xml is not well-formed XML (elements nested too deep, at "
               "byte 844); the file is damaged."_s;
    QTest::newRow("styles: nested 300,000 deep")
            << u"xl/styles.xml"_s << QByteArray("<styleSheet>") + deep
            << u"its part xl/styles.xml is not well-formed XML (elements nested too deep, at "
               "byte 780); the file is damaged."_s;
    QTest::newRow("relationships: nested 300,000 deep")
            << u"xl/_rels/workbook.xml.rels"_s << QByteArray("<Relationships>") + deep
            << u"its part xl/_rels/workbook.xml.rels is not well-formed XML (elements nested too "
               "deep, at byte 783); the file is damaged."_s;
}

void TestXlsxHostileFiles::malformedXml()
{
    QFETCH(QString, part);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    XlsxFixtureWriter writer = validWriter();
    writer.setPart(part, content);
    XlsxReader reader;
    QCOMPARE(reason(save(writer, u"malformed.xlsx"_s)), message);
}

void TestXlsxHostileFiles::missingWorkbook()
{
    XlsxFixtureWriter writer = validWriter();
    writer.removePart(u"xl/workbook.xml"_s);
    XlsxReader reader;
    QVERIFY(!reader.open(save(writer, u"noworkbook.xlsx"_s)));
    QCOMPARE(reader.error(), Error::MissingWorkbook);
    QCOMPARE(
            reader.errorReason(),
            u"the part that lists its sheets (xl/workbook.xml) is missing; the file is damaged."_s);
}

void TestXlsxHostileFiles::missingSheetPart()
{
    XlsxFixtureWriter writer = validWriter();
    writer.removePart(u"xl/worksheets/sheet1.xml"_s);
    XlsxReader reader;
    QVERIFY(reader.open(save(writer, u"nosheet.xlsx"_s)));
    QCOMPARE(reader.sheetNames(), (QStringList {u"Sertifikater"_s, u"Ark2"_s}));
    QVERIFY(!readAll(reader, 0));
    QCOMPARE(reader.error(), Error::MissingSheetPart);
    QCOMPARE(reader.errorReason(),
             u"the data of sheet \"Sertifikater\" (xl/worksheets/sheet1.xml) is missing from the "
             "file; the file is damaged."_s);
    QVERIFY(readAll(reader, 1));
}

void TestXlsxHostileFiles::sheetWithoutRelationship()
{
    XlsxFixtureWriter writer = validWriter();
    writer.setPart(u"xl/workbook.xml"_s,
                   "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                   "relationships\"><sheets><sheet name=\"Løs\" sheetId=\"9\" r:id=\"rId9\"/>"
                   "</sheets></workbook>");
    XlsxReader reader;
    QVERIFY(reader.open(save(writer, u"norel.xlsx"_s)));
    QVERIFY(!readAll(reader, 0));
    QCOMPARE(reader.error(), Error::MissingSheetPart);
    QCOMPARE(reader.errorReason(),
             u"the workbook does not say where the data of sheet \"Løs\" is stored; the file is "
             "damaged."_s);
}

void TestXlsxHostileFiles::noSheets()
{
    XlsxFixtureWriter writer;
    XlsxReader reader;
    QVERIFY(!reader.open(save(writer, u"nosheets.xlsx"_s)));
    QCOMPARE(reader.error(), Error::NoSheets);
    QCOMPARE(reader.errorReason(), u"the workbook has no worksheets."_s);
}

void TestXlsxHostileFiles::tooManySharedStrings()
{
    XlsxFixtureWriter writer = validWriter();
    for (int i = 0; i < 20; ++i)
        writer.sharedString(QString::number(i));
    XlsxReader::Limits limits;
    limits.maxSharedStrings = 10;
    XlsxReader reader(limits);
    QVERIFY(reader.open(save(writer, u"strings.xlsx"_s)));
    QVERIFY(!readAll(reader, 0));
    QCOMPARE(reader.error(), Error::TooManyStrings);
    QCOMPARE(reader.errorReason(),
             u"it has more than 10 different texts, more than it may have; it was refused as a "
             "possible attack on memory."_s);
}

void TestXlsxHostileFiles::everyTruncationIsHandled()
{
    // Cut a stored (uncompressed) workbook at every 7th byte: always a clean
    // failure, never a crash or a hang.
    const QByteArray bytes = validWriter().toBytes(0);
    for (qsizetype size = 0; size < bytes.size(); size += 7) {
        const QString path = write(u"cut.xlsx"_s, bytes.left(size));
        XlsxReader reader;
        if (reader.open(path)) {
            for (int i = 0; i < reader.sheetNames().size(); ++i)
                readAll(reader, i);
        } else {
            QVERIFY(!reader.errorString().isEmpty());
        }
    }
}

void TestXlsxHostileFiles::randomDamageIsHandled()
{
    const QByteArray stored = validWriter().toBytes(0);
    const QByteArray deflated = validWriter().toBytes();
    QRandomGenerator random(20260115);
    int failures = 0;
    for (int round = 0; round < 400; ++round) {
        QByteArray bytes = round % 2 ? stored : deflated;
        const int flips = 1 + random.bounded(8);
        for (int i = 0; i < flips; ++i)
            bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
        const QString path = write(u"random.xlsx"_s, bytes);
        XlsxReader reader;
        bool ok = reader.open(path);
        for (int i = 0; ok && i < reader.sheetNames().size(); ++i)
            ok = readAll(reader, i);
        if (!ok) {
            ++failures;
            QVERIFY(!reader.errorReason().isEmpty());
        }
    }
    QVERIFY(failures > 0);
}

QTEST_GUILESS_MAIN(TestXlsxHostileFiles)
#include "tst_xlsxhostilefiles.moc"
