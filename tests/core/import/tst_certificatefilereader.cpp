// CertificateFileReader: what the app and `ditio-certs-cli validate` open. A
// CSV whose header uses Ditio's field names (with , ; or tab), and every way
// such a file can be wrong, each with a message that names the file and, where
// there is one, the row.

#include "import/certificatefilereader.h"
#include "import/columnmapping.h"
#include "testhelpers.h"
#include "workfile/workfile.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Ditio;
using namespace DitioTest;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(DITIO_TEST_DATA_DIR "/") + name;
}

QStringList rowTexts(const WorkDocument &document)
{
    QStringList texts;
    for (const CertificateRow &row : document.rows)
        texts.append(QString::number(row.sourceRow) + u": "_s + rowText(row));
    return texts;
}

const QByteArray Header = "employeeNumber,certificateType,certificateNumber,issuedDateTime,"
                          "validUntilDateTime,notes\n";

} // namespace

class TestCertificateFileReader : public QObject
{
    Q_OBJECT

private slots:
    void readsFixtures_data();
    void readsFixtures();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void unmatchedQuoteIsAWarningAndTheRestReads();
    void headerNames_data();
    void headerNames();
    void warnsAboutColumnsAndFieldsItDoesNotUse();
    void notUtf8NamesTheRowOfTheBadByte();
    void largeUtf8FileWithACharacterAtAChunkBoundary();
    void recognisesWorkFiles();
    void datesBecomeDayFirstWithTheSourceKept();
    void readsWorkbooks_data();
    void readsWorkbooks();
    void optionsAndRememberedMappings();
};

void TestCertificateFileReader::readsFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("rows"); // "sourceRow: texts"

    QTest::newRow("commas, CRLF")
            << u"valid.csv"_s
            << QStringList {
                       u"2: 1042 | Byggekort | BK-2024-1 | 15.01.2024 | 15.01.2094 | Utstedt av "
                       u"opplæringskontoret"_s,
                       u"3: 1043 | Truckførerbevis | T-1 | 01.06.2023 | 01.06.2093 | "_s,
                       u"4: 1044 | Førstehjelp |  | 01.02.2024 | 01.02.2094 | "_s};
    QTest::newRow("semicolons after a sep= line, a quoted semicolon")
            << u"semicolon-sep-line.csv"_s
            << QStringList {u"2: 1042 | Byggekort | BK-1 | 15.01.2024 | 15.01.2094 | Kurs; del 1"_s,
                            u"3: 1043 | Truck | T-1 | 01.06.2023 | 01.06.2093 | "_s};
    QTest::newRow("tabs after a UTF-8 byte order mark")
            << u"tab-bom.csv"_s
            << QStringList {u"2: 1042 | Byggekort | BK-1 | 15.01.2024 | 15.01.2094 | æøå"_s};
    QTest::newRow("quoted line breaks and quotes; an empty line")
            << u"quoted-newlines.csv"_s
            << QStringList {u"2: 1042 | Byggekort | BK-1 | 15.01.2024 | 15.01.2094 | Kurs hos\r\n"
                            u"Veiprosjekt AS, Oslo"_s,
                            u"3: 1043 | Truck \"A\" | T-1 | 01.06.2023 | 01.06.2093 | "_s,
                            u"5: 1044 | Byggekort | BK-3 | 01.06.2023 | 01.06.2093 | linje 1\n"
                            u"linje 2\nlinje 3"_s,
                            u"6: 1045 | Byggekort | BK-4 | 01.06.2023 | 01.06.2093 | "_s};
    QTest::newRow("header only") << u"header-only.csv"_s << QStringList();
    QTest::newRow("Windows-1252 from Excel")
            << u"windows-1252.csv"_s
            << QStringList {u"2: 1042 | Byggekort | BK-1 | 15.01.2024 | 15.01.2094 | Utstedt av "
                            u"kontoret"_s,
                            u"3: 1043 | Førstehjelp | FH-1 | 15.01.2024 | 15.01.2094 | "_s};
    QTest::newRow("Norwegian Excel: cp1252, semicolons, Norwegian headers below a title")
            << u"norwegian-excel.csv"_s
            << QStringList {u"4: 1042 | Byggekort | BK-1 | 15.01.2024 | 15.01.2094 | Utstedt av "
                            u"opplæringskontoret"_s,
                            u"5: 1043 | Førstehjelp | FH-1 | 01.02.2024 | 01.02.2094 | "_s};
}

void TestCertificateFileReader::readsFixtures()
{
    QFETCH(QString, file);
    QFETCH(QStringList, rows);

    const CertificateFileReader::Result result = CertificateFileReader::read(fixture(file));
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QVERIFY(!result.isWorkFile);
    QCOMPARE(result.warnings, QStringList());
    QCOMPARE(rowTexts(result.document), rows);
    QCOMPARE(result.document.sourceFormat, u"csv"_s);
    QCOMPARE(result.document.sourcePath, QFileInfo(fixture(file)).absoluteFilePath());
    for (const CertificateRow &row : result.document.rows)
        QCOMPARE(row.uploadState, UploadState::NotSent);
}

void TestCertificateFileReader::refusesBadFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message"); // after "<path> cannot be read: "

    QTest::newRow("an Excel workbook renamed .csv")
            << u"workbook-renamed.csv"_s
            << u"the file is incomplete or damaged: the table of contents at the end of its zip "
               u"archive is missing."_s;
    // certificateNumber and notes are optional in Ditio's API.
    QTest::newRow("a required column missing")
            << u"missing-column.csv"_s
            << u"the header (row 1) has no column for validUntilDateTime. Name the columns with "
               u"Ditio's field names (employeeNumber, certificateType, certificateNumber, "
               u"issuedDateTime, validUntilDateTime, notes) or the usual labels (Ansattnr, "
               u"Sertifikat, Sertifikatnr, Utstedt, Gyldig til, Merknad)."_s;
    QTest::newRow("empty file") << u"empty.csv"_s << u"the file is empty."_s;
}

void TestCertificateFileReader::refusesBadFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, message);

    const QString path = fixture(file);
    const CertificateFileReader::Result result = CertificateFileReader::read(path);
    QVERIFY(!result.ok);
    QVERIFY2(result.errorString.startsWith(QDir::toNativeSeparators(path) + u" cannot be read: "_s
                                           + message),
             qPrintable(result.errorString));
}

void TestCertificateFileReader::headerNames_data()
{
    QTest::addColumn<QByteArray>("header");

    QTest::newRow("API names") << QByteArray("employeeNumber,certificateType,certificateNumber,"
                                             "issuedDateTime,validUntilDateTime,notes");
    QTest::newRow("API names in another case and order")
            << QByteArray("NOTES,ValidUntilDateTime,issueddatetime,certificatenumber,"
                          "CertificateType,EmployeeNumber");
    QTest::newRow("the app's own column titles")
            << QByteArray("Employee number,Certificate type,Certificate number,Issued,Valid "
                          "until,Notes");
    QTest::newRow("spaces around the names")
            << QByteArray(" employeeNumber , certificateType ,certificateNumber,issuedDateTime,"
                          "validUntilDateTime,notes ");
}

void TestCertificateFileReader::headerNames()
{
    QFETCH(QByteArray, header);

    // The data follow the header's order: reorder the values to match.
    const QList<QByteArray> names = header.split(',');
    const QHash<QByteArray, QByteArray> valueOf {
            {"employeenumber", "1042"},           {"certificatetype", "Byggekort"},
            {"certificatenumber", "BK-1"},        {"issueddatetime", "15.01.2024"},
            {"validuntildatetime", "15.01.2094"}, {"notes", "Kurs"},
            {"employee number", "1042"},          {"certificate type", "Byggekort"},
            {"certificate number", "BK-1"},       {"issued", "15.01.2024"},
            {"valid until", "15.01.2094"}};
    QList<QByteArray> values;
    for (const QByteArray &name : names)
        values.append(valueOf.value(name.trimmed().toLower()));
    const QByteArray bytes = header + "\n" + values.join(',') + "\n";

    const CertificateFileReader::Result result = CertificateFileReader::readCsv(bytes, u"h.csv"_s);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.warnings, QStringList());
    QCOMPARE(rowTexts(result.document),
             QStringList {u"2: 1042 | Byggekort | BK-1 | 15.01.2024 | 15.01.2094 | Kurs"_s});
}

void TestCertificateFileReader::warnsAboutColumnsAndFieldsItDoesNotUse()
{
    const CertificateFileReader::Result unknown =
            CertificateFileReader::read(fixture(u"unknown-column.csv"_s));
    QVERIFY2(unknown.ok, qPrintable(unknown.errorString));
    QCOMPARE(unknown.warnings,
             QStringList {
                     u"Column 7 (\"department\") is not a certificate field and was not used."_s});
    QCOMPARE(rowTexts(unknown.document),
             QStringList {u"2: 1042 | Byggekort | BK-1 | 15.01.2024 | 15.01.2094 | "_s});

    const CertificateFileReader::Result repeated = CertificateFileReader::readCsv(
            "employeeNumber,certificateType,issuedDateTime,validUntilDateTime,notes,Notes\n"
            "1042,Byggekort,15.01.2024,15.01.2094,first,second\n"
            "1043,Truck,15.01.2024,15.01.2094,a,b,extra\n"
            ",,,,,\n",
            u"r.csv"_s);
    QVERIFY2(repeated.ok, qPrintable(repeated.errorString));
    QCOMPARE(repeated.warnings,
             (QStringList {u"Column 6 (\"Notes\") repeats notes and was not used."_s,
                           u"Row 3 has 7 fields but the header has 6; the extra fields were not "
                           u"used."_s}));
    // The first column of a name counts; a row of empty fields is no certificate.
    QCOMPARE(rowTexts(repeated.document),
             (QStringList {u"2: 1042 | Byggekort |  | 15.01.2024 | 15.01.2094 | first"_s,
                           u"3: 1043 | Truck |  | 15.01.2024 | 15.01.2094 | a"_s}));
}

void TestCertificateFileReader::notUtf8NamesTheRowOfTheBadByte()
{
    // Many two-byte letters before the bad byte: a character count is not a
    // byte offset, and the row must still be the right one.
    QByteArray bytes = Header;
    bytes += "1042,Byggekort,BK-1,15.01.2024,15.01.2094," + QString(40, u'ø').toUtf8() + "\n";
    bytes += "1043,Byggekort,BK-2,15.01.2024,15.01.2094,ok\n";
    bytes += "1044,F\xf8rstehjelp,FH-1,15.01.2024,15.01.2094,\n";
    const CertificateFileReader::Result result = CertificateFileReader::readCsv(bytes, u"x.csv"_s);
    QVERIFY(!result.ok);
    QCOMPARE(result.errorString,
             u"x.csv cannot be read: row 4, column 2: byte 0xF8 is not UTF-8; the file may be in "
             u"another encoding."_s);

    // A UTF-16 file is not silently read as garbage either.
    const QByteArray utf16 = QByteArray("\xff\xfe")
            + QByteArray(reinterpret_cast<const char *>(u"employeeNumber,certificateType"), 60);
    QVERIFY(!CertificateFileReader::readCsv(utf16, u"u.csv"_s).ok);
}

void TestCertificateFileReader::largeUtf8FileWithACharacterAtAChunkBoundary()
{
    // Valid UTF-8 a little over 64 KiB, with two-byte letters at every offset
    // around the boundary: none of them may be taken for a bad byte.
    for (int shift = 0; shift < 4; ++shift) {
        QByteArray bytes = Header;
        int row = 1;
        while (bytes.size() < 65536 - 200) {
            bytes += QByteArray::number(1000 + row) + ",Byggekort,BK,15.01.2024,15.01.2094,Kurs\n";
            ++row;
        }
        const QByteArray last = "9999,Førstehjelp,FH,15.01.2024,15.01.2094,";
        const int pad = 65535 - int(bytes.size() + last.size()) + shift - 2;
        bytes += last + QByteArray(pad, 'x') + "æøåæøå\n";
        const CertificateFileReader::Result result =
                CertificateFileReader::readCsv(bytes, u"big.csv"_s);
        QVERIFY2(result.ok, qPrintable(result.errorString));
        QCOMPARE(result.document.rows.size(), row);
        QVERIFY(result.document.rows.last().text(Field::Notes).endsWith(u"æøåæøå"_s));
        QCOMPARE(result.document.rows.last().text(Field::CertificateType), u"Førstehjelp"_s);
    }
}

void TestCertificateFileReader::recognisesWorkFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    WorkDocument document;
    document.rows = {validRow(u"1042"_s)};
    const QByteArray bytes = WorkFile::serialize(document);

    // By its suffix, and by its content when it was renamed.
    for (const QString &name : {u"a.ditiocerts"_s, u"b.DITIOCERTS"_s, u"renamed.csv"_s}) {
        const QString path = dir.filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const CertificateFileReader::Result result = CertificateFileReader::read(path);
        QVERIFY2(result.ok, qPrintable(result.errorString));
        QVERIFY(result.isWorkFile);
        QCOMPARE(result.contentHash, WorkFile::hashOf(bytes));
        QCOMPARE(tableText(result.document.rows), tableText(document.rows));
    }
    QVERIFY(CertificateFileReader::isWorkFilePath(u"/x/y.ditiocerts"_s));
    QVERIFY(!CertificateFileReader::isWorkFilePath(u"/x/y.csv"_s));

    // A file that is not there.
    const QString missing = dir.filePath(u"missing.csv"_s);
    const CertificateFileReader::Result result = CertificateFileReader::read(missing);
    QVERIFY(!result.ok);
    QCOMPARE(
            result.errorString,
            QDir::toNativeSeparators(missing)
                    + u" cannot be opened: there is no such file (was it moved, renamed or deleted?)."_s);
}

void TestCertificateFileReader::datesBecomeDayFirstWithTheSourceKept()
{
    const CertificateFileReader::Result result =
            CertificateFileReader::read(fixture(u"valid.csv"_s));
    QVERIFY2(result.ok, qPrintable(result.errorString));
    const RowStore &rows = result.document.rows;
    QCOMPARE(rows.size(), 3);
    // As written: no source text. Rewritten: the file's text kept.
    QCOMPARE(rows.at(0).sourceText(Field::IssuedDate), QString());
    QCOMPARE(rows.at(1).text(Field::IssuedDate), u"01.06.2023"_s);
    QCOMPARE(rows.at(1).sourceText(Field::IssuedDate), u"2023-06-01"_s);
    QCOMPARE(rows.at(2).sourceText(Field::ValidUntilDate), u"1.2.2094"_s);
    QCOMPARE(rows.at(2).sourceText(Field::EmployeeNumber), QString());
    QCOMPARE(result.headerRow, 1);
    QCOMPARE(result.encoding, u"UTF-8"_s);
    QCOMPARE(result.import.fingerprint, u"UTF-8, comma, header on row 1, dates day-first"_s);
}

void TestCertificateFileReader::readsWorkbooks_data()
{
    QTest::addColumn<QString>("format"); // the suffix, and the source format recorded

    QTest::newRow("Excel workbook") << u"xlsx"_s;
    QTest::newRow("OpenDocument spreadsheet") << u"ods"_s;
}

void TestCertificateFileReader::readsWorkbooks()
{
    QFETCH(QString, format);
    // Open and the command line read workbooks through the same pipeline.
    const QString path =
            QStringLiteral(DITIO_TEST_DATA_DIR "/import/libreoffice-certificates.") + format;
    const CertificateFileReader::Result result = CertificateFileReader::read(path);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QVERIFY(!result.isWorkFile);
    QCOMPARE(result.document.sourceFormat, format);
    QCOMPARE(result.headerRow, 3);
    QCOMPARE(result.encoding, QString());
    QCOMPARE(rowTexts(result.document),
             (QStringList {u"4: 01042 | Kranførerbevis | 01042 | 15.03.2024 | 14.03.2029 | "_s,
                           u"5: 1043 | Byggekort | BK-100001 | 01.01.2023 | 01.01.2028 | Fornyet"_s,
                           u"6: 12345678901 | Truckførerbevis | 7 | 31.12.2025 | 31.12.2026 | "
                           u"Merk: Per"_s,
                           u"8: 1.5 | Førstehjelp |  | 31.02.2027 | 08:30 | 1"_s}));
    QCOMPARE(result.warnings,
             (QStringList {u"Column 2 (\"Navn\") is not a certificate field and was not used."_s,
                           u"Row 8, column K: the value is right of the header's last column and "
                           u"was not used."_s}));
}

void TestCertificateFileReader::optionsAndRememberedMappings()
{
    // A header the matcher cannot place: a mapping makes it readable.
    const QByteArray bytes = "Nr;Hva;Fra;Til\n1042;Byggekort;15.01.2024;15.01.2094\n";
    QTemporaryDir dir;
    const QString path = dir.filePath(u"odd.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QVERIFY(!CertificateFileReader::read(path).ok);

    ImportOptions options;
    options.mapping = ColumnMapping({u"Nr"_s, u"Hva"_s, u"Fra"_s, u"Til"_s},
                                    {Field::EmployeeNumber, Field::CertificateType,
                                     Field::IssuedDate, Field::ValidUntilDate});
    const CertificateFileReader::Result result =
            CertificateFileReader::read(path, options, nullptr);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(rowTexts(result.document),
             QStringList {u"2: 1042 | Byggekort |  | 15.01.2024 | 15.01.2094 | "_s});
    QCOMPARE(result.import.mappingOrigin, MappingOrigin::Chosen);
}

void TestCertificateFileReader::unmatchedQuoteIsAWarningAndTheRestReads()
{
    // The fault matrix: an error citing row and column, and the rest of the file still reads.
    const CertificateFileReader::Result result =
            CertificateFileReader::read(fixture(u"unmatched-quote.csv"_s));
    QVERIFY2(result.ok, qPrintable(result.errorString));
    const RowStore &rows = result.document.rows;
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).text(Field::EmployeeNumber), u"1042"_s);
    QCOMPARE(rows.at(1).text(Field::Notes), u"\"Kurs hos Veiprosjekt"_s); // the quote kept, as text
    QCOMPARE(rows.at(2).text(Field::EmployeeNumber), u"1044"_s);
    QCOMPARE(rows.at(2).sourceRow, 4);
    QCOMPARE(result.warnings,
             QStringList {u"Row 3, column 6: a quoted field is never closed; its quote was read "
                          u"as an ordinary character; check this cell."_s});
}

QTEST_GUILESS_MAIN(TestCertificateFileReader)
#include "tst_certificatefilereader.moc"
