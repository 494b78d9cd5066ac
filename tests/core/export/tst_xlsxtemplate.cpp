// XlsxTemplate: a blank workbook the importer reads, whose headers map to
// every field, with identifier columns formatted as text and date columns as
// dates.

#include "export/xlsxtemplate.h"
#include "exporttesthelpers.h"
#include "filesizelimit.h"
#include "import/columnmatcher.h"
#include "io/workbook/xlsxreader.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Ditio;
using namespace DitioTest;
using namespace Qt::StringLiterals;

class TestXlsxTemplate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensWithTheReader();
    void headersMapToEveryField();
    void norwegianTitlesMap_data();
    void norwegianTitlesMap();
    void columnFormats_data();
    void columnFormats();
    void formattedEmptyRows();
    void unwritablePath();
    void diskFullKeepsTheOldFile_data();
    void diskFullKeepsTheOldFile();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestXlsxTemplate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"template.xlsx"_s);
    const ExportResult result = XlsxTemplate::write(m_path);
    QVERIFY2(result.ok, qPrintable(result.errorString));
}

void TestXlsxTemplate::opensWithTheReader()
{
    XlsxReader reader;
    QVERIFY2(reader.open(m_path), qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(), QStringList {u"Certificates"_s});
    QCOMPARE(reader.preferredSheet(), 0);
    QList<SpreadsheetRow> rows;
    QVERIFY(reader.readSheet(0, [&](const SpreadsheetRow &row) {
        rows.append(row);
        return true;
    }));
    QCOMPARE(reader.problemCount(), 0);
    // Only the header holds values; the formatted rows are blank.
    QCOMPARE(rows.size(), 1);
    QStringList headers;
    for (const SpreadsheetCell &cell : rows.at(0).cells)
        headers.append(cell.text);
    QCOMPARE(headers,
             (QStringList {u"Employee number"_s, u"Certificate type"_s, u"Certificate number"_s,
                           u"Issued"_s, u"Valid until"_s, u"Notes"_s}));
    QCOMPARE(headers, XlsxTemplate::headers());
}

void TestXlsxTemplate::headersMapToEveryField()
{
    const QList<ColumnMatcher::Match> matches = ColumnMatcher::match(XlsxTemplate::headers());
    QCOMPARE(matches.size(), FieldCount);
    for (Field field : allFields()) {
        QCOMPARE(matches.at(fieldIndex(field)).field, std::optional<Field>(field));
        QCOMPARE(matches.at(fieldIndex(field)).score, 100);
    }
    QCOMPARE(ColumnMatcher::findHeaderRow({XlsxTemplate::headers()}), 0);
}

// A template written in Norwegian has the Bokmål field titles (from
// translations/ditio-certs_nb.ts); the importer maps them in any language.
void TestXlsxTemplate::norwegianTitlesMap_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<Field>("field");
    QTest::newRow("Ansattnummer") << u"Ansattnummer"_s << Field::EmployeeNumber;
    QTest::newRow("Sertifikattype") << u"Sertifikattype"_s << Field::CertificateType;
    QTest::newRow("Sertifikatnummer") << u"Sertifikatnummer"_s << Field::CertificateNumber;
    QTest::newRow("Utstedt") << u"Utstedt"_s << Field::IssuedDate;
    QTest::newRow("Gyldig til") << u"Gyldig til"_s << Field::ValidUntilDate;
    QTest::newRow("Merknad") << u"Merknad"_s << Field::Notes;
}

void TestXlsxTemplate::norwegianTitlesMap()
{
    QFETCH(QString, title);
    QFETCH(Field, field);
    const ColumnMatcher::Match match = ColumnMatcher::matchOne(title);
    QCOMPARE(match.field, std::optional<Field>(field));
    QCOMPARE(match.score, 100);
}

void TestXlsxTemplate::columnFormats_data()
{
    QTest::addColumn<QByteArray>("col");

    QTest::newRow("employee number: text") << QByteArray(
            "<col min=\"1\" max=\"1\" width=\"18.00\" style=\"2\" customWidth=\"1\"/>");
    QTest::newRow("certificate type: general")
            << QByteArray("<col min=\"2\" max=\"2\" width=\"30.00\" customWidth=\"1\"/>");
    QTest::newRow("certificate number: text") << QByteArray(
            "<col min=\"3\" max=\"3\" width=\"22.00\" style=\"2\" customWidth=\"1\"/>");
    QTest::newRow("issued: date") << QByteArray(
            "<col min=\"4\" max=\"4\" width=\"14.00\" style=\"3\" customWidth=\"1\"/>");
    QTest::newRow("valid until: date") << QByteArray(
            "<col min=\"5\" max=\"5\" width=\"14.00\" style=\"3\" customWidth=\"1\"/>");
    QTest::newRow("notes: general")
            << QByteArray("<col min=\"6\" max=\"6\" width=\"45.00\" customWidth=\"1\"/>");
}

void TestXlsxTemplate::columnFormats()
{
    QFETCH(QByteArray, col);

    QVERIFY(zipPart(m_path, u"xl/worksheets/sheet1.xml"_s).contains(col));
    const QByteArray styles = zipPart(m_path, u"xl/styles.xml"_s);
    // Style 2 is "@" (text), style 3 the date format dd.mm.yyyy.
    QVERIFY(styles.contains("<numFmt numFmtId=\"164\" formatCode=\"dd.mm.yyyy\"/>"));
    QVERIFY(styles.contains("<cellXfs count=\"7\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
                            "borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"49\" fontId=\"1\""));
}

void TestXlsxTemplate::formattedEmptyRows()
{
    const QByteArray xml = zipPart(m_path, u"xl/worksheets/sheet1.xml"_s);
    QVERIFY(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                         "state=\"frozen\"/>"));
    QVERIFY(xml.contains("<row r=\"2\"><c r=\"A2\" s=\"2\"/><c r=\"C2\" s=\"2\"/><c r=\"D2\" "
                         "s=\"3\"/><c r=\"E2\" s=\"3\"/></row>"));
    QVERIFY(xml.contains("<row r=\"51\">"));
    QVERIFY(!xml.contains("<row r=\"52\">"));
    QVERIFY(xml.contains("<dimension ref=\"A1:F51\"/>"));
}

void TestXlsxTemplate::unwritablePath()
{
    const QString path = m_dir.filePath(u"missing/template.xlsx"_s);
    const ExportResult result = XlsxTemplate::write(path);
    QVERIFY(!result.ok);
    QCOMPARE(result.errorString,
             u"%1 cannot be written: the folder %2 does not exist."_s.arg(
                     path, m_dir.filePath(u"missing"_s)));
}

void TestXlsxTemplate::diskFullKeepsTheOldFile_data()
{
    QTest::addColumn<qint64>("room"); // bytes the disk takes; -1: one byte short

    // The template fits Qt's 16 KB write buffer: it reaches the disk only when the
    // target is committed.
    QTest::newRow("full from the start") << qint64(0);
    QTest::newRow("full after 100 bytes") << qint64(100);
    QTest::newRow("one byte short") << qint64(-1);
}

void TestXlsxTemplate::diskFullKeepsTheOldFile()
{
#ifndef Q_OS_LINUX
    QSKIP("A full disk is made with setrlimit(RLIMIT_FSIZE), on Linux only.");
#else
    QFETCH(qint64, room);

    const qint64 size = QFileInfo(m_path).size(); // written with room enough in initTestCase()
    const QByteArray sheetXml = zipPart(m_path, u"xl/worksheets/sheet1.xml"_s);
    QVERIFY(!sheetXml.isEmpty());
    const qint64 limit = room < 0 ? size + room : room;
    QVERIFY(limit < size);

    // A real file on a real disk, written over while the disk fills up.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString name = u"Mal æøå.xlsx"_s;
    const QString path = dir.filePath(name);
    const QByteArray oldBytes = "an earlier template";
    QVERIFY(writeAll(path, oldBytes));

    ExportResult result;
    if (!withFileSizeLimit(limit, [&] { result = XlsxTemplate::write(path); }))
        QSKIP("setrlimit(RLIMIT_FSIZE) failed");

    QVERIFY(!result.ok);
    // The disk's reason, not the zip library's: EFBIG stands in for ENOSPC.
    QCOMPARE(result.errorString,
             QDir::toNativeSeparators(path) + u" cannot be written: File too large."_s);
    // The old file, byte for byte, and nothing next to it: no cut copy, no temporary file.
    QCOMPARE(readAll(path), oldBytes);
    QCOMPARE(folderEntries(dir.path()), QStringList {name});

    // With room again the same template is written.
    result = XlsxTemplate::write(path);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(QFileInfo(path).size(), size);
    QCOMPARE(zipPart(path, u"xl/worksheets/sheet1.xml"_s), sheetXml);
    QCOMPARE(folderEntries(dir.path()), QStringList {name});
#endif
}

QTEST_GUILESS_MAIN(TestXlsxTemplate)
#include "tst_xlsxtemplate.moc"
