// ImportSource and CertificateImporter: a spreadsheet file through the whole
// pipeline, as the import dialog previews it and the import reads it: header
// below titles, mapping by Norwegian and English names, remembered mappings,
// every date form, identifiers, over-long cells, workbooks written by the
// project's fixture writer and by LibreOffice, options, progress and cancel.

#include "import/certificateimporter.h"
#include "import/columnmappingmemory.h"
#include "import/importsource.h"
#include "xlsxfixturewriter.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Ditio;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(DateOrder)

namespace {

const QString DataDir = QStringLiteral(DITIO_TEST_DATA_DIR "/import");

QString rowText(const CertificateRow &row)
{
    QStringList cells;
    for (Field field : allFields()) {
        QString cell = row.text(field);
        if (!row.sourceText(field).isEmpty())
            cell += u" <"_s + row.sourceText(field) + u'>';
        if (row.isFromFormula(field))
            cell += u" (formula)"_s;
        cells.append(cell);
    }
    return QString::number(row.sourceRow) + u": "_s + cells.join(u" | "_s);
}

QStringList rowTexts(const RowStore &rows)
{
    QStringList texts;
    for (const CertificateRow &row : rows)
        texts.append(rowText(row));
    return texts;
}

QStringList warningTexts(const ImportResult &result)
{
    QStringList texts;
    for (const ImportWarning &warning : result.warnings)
        texts.append(warning.message);
    return texts;
}

QString mappingText(const ImportResult &result)
{
    QStringList parts;
    for (qsizetype c = 0; c < result.mapping.size(); ++c) {
        const std::optional<Field> field = result.mapping.field(c);
        parts.append((field ? fieldApiName(*field) : u"-"_s) + u'/'
                     + QString::number(result.matchScores.value(c)));
    }
    return parts.join(u' ');
}

ImportResult importBytes(const QByteArray &bytes, const ImportOptions &options = {},
                         const ColumnMappingMemory *memory = nullptr)
{
    ImportSource source;
    if (!source.openData(bytes, u"test.csv"_s)) {
        ImportResult failed;
        failed.errorString = source.errorString();
        return failed;
    }
    source.setMappingMemory(memory);
    return source.readAll(options);
}

QByteArray inlineRow(int row, const QList<QByteArray> &cells)
{
    QByteArray xml = "<row r=\"" + QByteArray::number(row) + "\">";
    for (int c = 0; c < cells.size(); ++c) {
        if (cells.at(c).isEmpty())
            continue;
        const QByteArray ref = XlsxFixtureWriter::reference(row, c + 1);
        const QByteArray &cell = cells.at(c);
        if (cell.startsWith('<')) // a whole <c> body: attributes after '<'
            xml += "<c r=\"" + ref + "\"" + cell.mid(1) + "</c>";
        else
            xml += "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + cell + "</t></is></c>";
    }
    return xml + "</row>";
}

QByteArray utf16le(const QString &text)
{
    QByteArray bytes;
    for (QChar c : text) {
        bytes.append(char(c.unicode() & 0xff));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

const QByteArray Header = "employeeNumber,certificateType,certificateNumber,issuedDateTime,"
                          "validUntilDateTime,notes\n";

} // namespace

class TestImportSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void headerRow_data();
    void headerRow();
    void mappingByName_data();
    void mappingByName();
    void dates_data();
    void dates();
    void identifiersKeepTheirDigits();
    void overLongCellsAreCutAndFlagged();
    void previewReadsOnlyTheFirstRows();
    void options();
    void rememberedMapping();
    void mappingFile();
    void workbookThroughThePipeline();
    void workbookSheets();
    void workbook1904();
    void libreOfficeWorkbooks();
    void openDocumentLikeExcel_data();
    void openDocumentLikeExcel();
    void refusedFiles_data();
    void refusedFiles();
    void progressAndCancel();
    void fileStreamsAsBytesRead_data();
    void fileStreamsAsBytesRead();
    void halvesNumberRecords_data();
    void halvesNumberRecords();
    void everyReaderNumbersRecords_data();
    void everyReaderNumbersRecords();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

void TestImportSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestImportSource::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestImportSource::headerRow_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("headerRow");
    QTest::addColumn<QString>("fingerprint");
    QTest::addColumn<QStringList>("rows");

    QTest::newRow("header on row 1")
            << QByteArray(Header + "1042,Byggekort,BK-1,15.01.2024,15.01.2094,\n") << 1
            << u"UTF-8, comma, header on row 1, dates day-first"_s
            << QStringList {u"2: 1042 | Byggekort | BK-1 | 15.01.2024 | 15.01.2094 | "_s};
    QTest::newRow("below a title, a date line and a blank line (Windows-1252, ;)")
            << QByteArray("Kompetanseoversikt;;;\nUtskrevet 28.11.2026;;;\n\n"
                          "Ansattnr;Sertifikat;Utstedt;Utl\xf8per\n"
                          "1042;F\xf8rstehjelp;03.04.2024;03.04.2094\n")
            << 4 << u"Windows-1252, semicolon, header on row 4, dates day-first (assumed)"_s
            << QStringList {u"5: 1042 | Førstehjelp |  | 03.04.2024 | 03.04.2094 | "_s};
    QTest::newRow("tabs, title row with one known word")
            << QByteArray("Kurs\t\t\t\nAnsattnummer\tKurs\tGyldig fra\tGyldig til\n"
                          "1042\tTruck\t2024-01-15\t2029-01-15\n")
            << 2 << u"UTF-8, tab, header on row 2, dates year-first"_s
            << QStringList {u"3: 1042 | Truck |  | 15.01.2024 <2024-01-15> | 15.01.2029 "
                            u"<2029-01-15> | "_s};
    QTest::newRow("pipes, UTF-16 with a byte order mark as Excel's Unicode text")
            << (QByteArray("\xff\xfe")
                + utf16le(u"Ansattnr|Kurs|Utstedt|Utløpsdato\r\n1042|Truck|"
                          u"15.01.2024|15.01.2029\r\n"_s))
            << 1 << u"UTF-16 LE, pipe, header on row 1, dates day-first"_s
            << QStringList {u"2: 1042 | Truck |  | 15.01.2024 | 15.01.2029 | "_s};
}

void TestImportSource::headerRow()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, headerRow);
    QFETCH(QString, fingerprint);
    QFETCH(QStringList, rows);

    ImportSource source;
    QVERIFY2(source.openData(bytes, u"h.csv"_s), qPrintable(source.errorString()));
    const ImportResult preview = source.preview({});
    QVERIFY2(preview.ok, qPrintable(preview.errorString));
    QCOMPARE(preview.headerRow, headerRow);
    QCOMPARE(preview.fingerprint, fingerprint);
    QCOMPARE(rowTexts(preview.rows), rows);
    QCOMPARE(preview.missingFields, QList<Field>());
    // The raw grid starts at the top of the file.
    QCOMPARE(preview.rawRows.first().row, 1);

    const ImportResult all = source.readAll({});
    QVERIFY2(all.ok, qPrintable(all.errorString));
    QCOMPARE(rowTexts(all.rows), rows);
    QCOMPARE(all.fingerprint, fingerprint);
    QVERIFY(all.rawRows.isEmpty());
}

void TestImportSource::mappingByName_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("mapping"); // field/score per column

    QTest::newRow("API names")
            << QByteArray("employeeNumber;certificateType;certificateNumber;issuedDateTime;"
                          "validUntilDateTime;notes")
            << u"employeeNumber/100 certificateType/100 certificateNumber/100 issuedDateTime/100 "
               u"validUntilDateTime/100 notes/100"_s;
    QTest::newRow("Norwegian: Ansattnr, Sertifikat, Sertifikatnr, Utstedt, Gyldig til, Merknad")
            << QByteArray("Ansattnr;Sertifikat;Sertifikatnr;Utstedt;Gyldig til;Merknad")
            << u"employeeNumber/100 certificateType/100 certificateNumber/100 issuedDateTime/100 "
               u"validUntilDateTime/100 notes/100"_s;
    QTest::newRow("Norwegian: Ansattnummer, Sertifikattype, Kursbevis nr, Dato utstedt, "
                  "Utløpsdato, Kommentar")
            << QByteArray("Ansattnummer;Sertifikattype;Kursbevis nr;Dato utstedt;Utl\xc3\xb8psdato;"
                          "Kommentar")
            << u"employeeNumber/100 certificateType/100 certificateNumber/100 issuedDateTime/100 "
               u"validUntilDateTime/100 notes/100"_s;
    QTest::newRow("Norwegian: Kurs, Gyldig fra, Utløper, Notater, a name column")
            << QByteArray("Ansattnr;Navn;Kurs;Gyldig fra;Utl\xc3\xb8per;Notater")
            << u"employeeNumber/100 -/0 certificateType/100 issuedDateTime/100 "
               u"validUntilDateTime/100 notes/100"_s;
    QTest::newRow("Norwegian: Kompetanse")
            << QByteArray("Ansattnr;Kompetanse;Utstedt;Utl\xc3\xb8per")
            << u"employeeNumber/100 certificateType/100 issuedDateTime/100 "
               u"validUntilDateTime/100"_s;
    QTest::newRow("English labels and a typo")
            << QByteArray("Employee ID;Certificate;Certificate No.;Date issued;Expiry date;"
                          "Comments")
            << u"employeeNumber/100 certificateType/100 certificateNumber/100 issuedDateTime/100 "
               u"validUntilDateTime/100 notes/100"_s;
    QTest::newRow("the app's own titles, other case")
            << QByteArray("EMPLOYEE NUMBER;certificate type;Issued;Valid until;Sertifkattype")
            << u"employeeNumber/100 certificateType/100 issuedDateTime/100 "
               u"validUntilDateTime/100 -/0"_s; // the type went to a better column
}

void TestImportSource::mappingByName()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, mapping);

    ImportSource source;
    QVERIFY(source.openData(header + "\n1042;Byggekort;BK-1;15.01.2024;15.01.2094;x\n",
                            u"m.csv"_s));
    const ImportResult preview = source.preview({});
    QVERIFY2(preview.ok, qPrintable(preview.errorString));
    QCOMPARE(mappingText(preview), mapping);
    QCOMPARE(preview.mappingOrigin, MappingOrigin::Automatic);
    QCOMPARE(preview.mappingNote, QString());
}

void TestImportSource::dates_data()
{
    QTest::addColumn<QByteArray>("values"); // issued;validUntil per line
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QString>("fingerprint");
    QTest::addColumn<QStringList>("notes");

    const DateOrder automatic = DateOrder::Automatic;
    QTest::newRow("dd.MM.yyyy and d.M.yyyy")
            << QByteArray("15.01.2024;1.2.2094\n") << automatic
            << QStringList {u"2: 1 | T |  | 15.01.2024 | 01.02.2094 <1.2.2094> | "_s}
            << u"UTF-8, semicolon, header on row 1, dates day-first"_s << QStringList();
    QTest::newRow("yyyy-MM-dd and ISO 8601 with time and zone")
            << QByteArray("2024-01-15;2094-01-15T23:30:00-05:00\n") << automatic
            << QStringList {u"2: 1 | T |  | 15.01.2024 <2024-01-15> | 15.01.2094 "
                            u"<2094-01-15T23:30:00-05:00> | "_s}
            << u"UTF-8, semicolon, header on row 1, dates year-first"_s << QStringList();
    QTest::newRow("month-first proven by the values")
            << QByteArray("01/15/2024;03/04/2094\n02/03/2024;12/31/2094\n") << automatic
            << QStringList {u"2: 1 | T |  | 15.01.2024 <01/15/2024> | 04.03.2094 <03/04/2094> | "_s,
                            u"3: 1 | T |  | 03.02.2024 <02/03/2024> | 31.12.2094 <12/31/2094> | "_s}
            << u"UTF-8, semicolon, header on row 1, dates month-first"_s << QStringList();
    QTest::newRow("ambiguous: day-first, and the dialog says so")
            << QByteArray("03.04.2024;05.06.2094\n") << automatic
            << QStringList {u"2: 1 | T |  | 03.04.2024 | 05.06.2094 | "_s}
            << u"UTF-8, semicolon, header on row 1, dates day-first (assumed)"_s
            << QStringList {u"\"Utstedt\": every date fits both day-first and month-first, so it "
                            u"is read day-first (03.04.2026 is 3 April). Choose month-first if "
                            u"the file is American."_s,
                            u"\"Utløper\": every date fits both day-first and month-first, so it "
                            u"is read day-first (03.04.2026 is 3 April). Choose month-first if "
                            u"the file is American."_s};
    QTest::newRow("ambiguous, month-first chosen")
            << QByteArray("03.04.2024;05.06.2094\n") << DateOrder::MonthFirst
            << QStringList {u"2: 1 | T |  | 04.03.2024 <03.04.2024> | 06.05.2094 <05.06.2094> | "_s}
            << u"UTF-8, semicolon, header on row 1, dates month-first"_s << QStringList();
    QTest::newRow("two-digit years: flagged, left as written")
            << QByteArray("15.01.2024;15.01.94\n16.01.2024;16.01.26\n") << automatic
            << QStringList {u"2: 1 | T |  | 15.01.2024 | 15.01.94 | "_s,
                            u"3: 1 | T |  | 16.01.2024 | 16.01.26 | "_s}
            << u"UTF-8, semicolon, header on row 1, dates day-first"_s
            << QStringList {u"\"Utløper\": dates with a two-digit year (2 in all, the first "
                            u"\"15.01.94\" on row 2) are left as written, not guessed; write the "
                            u"year in full."_s};
    QTest::newRow("Excel serial numbers in a CSV")
            << QByteArray("45306;80000\n45307;80001\n") << automatic
            << QStringList {u"2: 1 | T |  | 15.01.2024 <45306> | 11.01.2119 <80000> | "_s,
                            u"3: 1 | T |  | 16.01.2024 <45307> | 12.01.2119 <80001> | "_s}
            << u"UTF-8, semicolon, header on row 1, dates Excel serial numbers"_s << QStringList();
    QTest::newRow("two forms: issue dates day-first, expiry dates year-first")
            << QByteArray("15.01.2024;2094-01-15\n") << automatic
            << QStringList {u"2: 1 | T |  | 15.01.2024 | 15.01.2094 <2094-01-15> | "_s}
            << u"UTF-8, semicolon, header on row 1, issue dates day-first, expiry dates "
               u"year-first"_s
            << QStringList();
    QTest::newRow("not a date: left for the table to show")
            << QByteArray("31.02.2024;snart\n") << automatic
            << QStringList {u"2: 1 | T |  | 31.02.2024 | snart | "_s}
            << u"UTF-8, semicolon, header on row 1, dates day-first"_s << QStringList();
}

void TestImportSource::dates()
{
    QFETCH(QByteArray, values);
    QFETCH(DateOrder, order);
    QFETCH(QStringList, rows);
    QFETCH(QString, fingerprint);
    QFETCH(QStringList, notes);

    QByteArray bytes = "Ansattnr;Kurs;Utstedt;Utl\xc3\xb8per\n";
    for (const QByteArray &line : values.split('\n')) {
        if (!line.isEmpty())
            bytes += "1;T;" + line + "\n";
    }
    ImportOptions options;
    options.dateOrder = order;
    const ImportResult result = importBytes(bytes, options);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(rowTexts(result.rows), rows);
    QCOMPARE(result.fingerprint, fingerprint);
    QCOMPARE(result.dateNotes, notes);
    QCOMPARE(result.warnings.size(), 0);
}

void TestImportSource::identifiersKeepTheirDigits()
{
    const ImportResult result = importBytes(Header
                                            + "01042,Byggekort,007,15.01.2024,15.01.2094,\n"
                                              "1042.0,Byggekort,,15.01.2024,15.01.2094,\n");
    QVERIFY2(result.ok, qPrintable(result.errorString));
    // As written: a leading zero kept, and a spreadsheet's "1042.0" left for
    // the table to flag, never quietly changed.
    QCOMPARE(rowTexts(result.rows),
             (QStringList {u"2: 01042 | Byggekort | 007 | 15.01.2024 | 15.01.2094 | "_s,
                           u"3: 1042.0 | Byggekort |  | 15.01.2024 | 15.01.2094 | "_s}));
}

void TestImportSource::overLongCellsAreCutAndFlagged()
{
    const QByteArray longNote(40000, 'x');
    const ImportResult csv =
            importBytes(Header + "1042,Byggekort,BK,15.01.2024,15.01.2094," + longNote + "\n");
    QVERIFY2(csv.ok, qPrintable(csv.errorString));
    QCOMPARE(warningTexts(csv),
             QStringList {u"Row 2, column F: the cell has 40000 characters, more than a "
                          u"spreadsheet cell can hold; only the first 32767 were kept."_s});
    QCOMPARE(csv.warnings.first().row, 2);
    QCOMPARE(csv.warnings.first().column, 6);
    QCOMPARE(csv.rows.first().text(Field::Notes).size(), 32767);

    // A workbook's cell: cut and flagged by the reader, passed on.
    XlsxFixtureWriter writer;
    writer.addSheet(
            u"Sertifikater"_s,
            inlineRow(1, {"Ansattnr", "Kurs", "Utstedt", "Utløper", "Merknad"})
                    + inlineRow(2, {"1042", "Truck", "15.01.2024", "15.01.2094", longNote}));
    const QString path = write(u"long.xlsx"_s, writer.toBytes());
    const ImportResult xlsx = CertificateImporter::import(path);
    QVERIFY2(xlsx.ok, qPrintable(xlsx.errorString));
    QCOMPARE(warningTexts(xlsx),
             QStringList {u"Row 2, column E: the cell has more than 32767 characters, more than a "
                          u"spreadsheet cell can hold; only the first 32767 were kept."_s});
    QCOMPARE(xlsx.rows.first().text(Field::Notes).size(), 32767);
}

void TestImportSource::previewReadsOnlyTheFirstRows()
{
    QByteArray bytes = "Rapport\n\n" + Header;
    for (int i = 0; i < 20000; ++i)
        bytes += QByteArray::number(1000 + i) + ",Byggekort,BK,15.01.2024,15.01.2094,\n";
    const QString path = write(u"big.csv"_s, bytes);
    ImportSource source;
    QVERIFY(source.open(path));
    const ImportResult preview = source.preview({});
    QVERIFY(preview.ok);
    QCOMPARE(preview.rows.size(), ImportSource::PreviewRows);
    QCOMPARE(preview.rawRows.size(), ImportSource::PreviewRows);
    QCOMPARE(preview.rawRows.at(0).text(1), u"Rapport"_s);
    QCOMPARE(preview.rawRows.at(1).row, 3); // the blank line is not a row of cells
    QCOMPARE(preview.rows.first().sourceRow, 4);
    QCOMPARE(preview.headerRow, 3);
    QCOMPARE(source.readAll({}).rows.size(), 20000);
}

void TestImportSource::options()
{
    // Windows-1252 from Norwegian Excel, with a title row.
    const QByteArray bytes = "Sertifikater;;;;\n"
                             "Ansattnr;Kurs;Utstedt;Utl\xf8per;Merknad\n"
                             "1042;F\xf8rstehjelp;15.01.2024;15.01.2094;Kurs\n";
    ImportSource source;
    QVERIFY(source.openData(bytes, u"o.csv"_s));
    QCOMPARE(source.detectedEncoding(), TextDecoder::Encoding::Windows1252);
    ImportResult preview = source.preview({});
    QCOMPARE(preview.fingerprint, u"Windows-1252, semicolon, header on row 2, dates day-first"_s);

    // Forced UTF-8: the bytes say no, with their line.
    ImportOptions options;
    options.encoding = TextDecoder::Encoding::Utf8;
    preview = source.preview(options);
    QVERIFY(!preview.ok);
    QCOMPARE(preview.errorString,
             u"o.csv cannot be read: row 2, column 4: byte 0xF8 is not UTF-8; the file may be in "
             u"another encoding."_s);

    // A comma as the delimiter: one column per line, nothing to import. The
    // title "Sertifikater;;;;" reads as a certificate type column; the other
    // three required fields are missing.
    options = {};
    options.delimiter = u',';
    preview = source.preview(options);
    QVERIFY(preview.ok);
    QCOMPARE(preview.delimiter, QChar(u','));
    QVERIFY(!preview.canImport());
    QCOMPARE(preview.missingFields,
             (QList<Field> {Field::EmployeeNumber, Field::IssuedDate, Field::ValidUntilDate}));

    // The header on another row: the title row gives only the certificate
    // type ("Sertifikater" is a plural of "Sertifikat").
    options = {};
    options.headerRow = 1;
    preview = source.preview(options);
    QVERIFY(preview.ok);
    QCOMPARE(preview.headerRow, 1);
    QCOMPARE(preview.headers, QStringList {u"Sertifikater"_s});
    QVERIFY(!preview.canImport());
    const ImportResult refused = source.readAll(options);
    QVERIFY(!refused.ok);
    QVERIFY2(refused.errorString.startsWith(
                     u"o.csv cannot be read: the header (row 1) has no column for employeeNumber, "
                     u"issuedDateTime, validUntilDateTime."_s),
             qPrintable(refused.errorString));

    options.headerRow = 7;
    preview = source.preview(options);
    QVERIFY(!preview.ok);
    QCOMPARE(preview.errorString,
             u"o.csv cannot be read: row 7 is empty, so it cannot be the "
             u"header."_s);

    // Names the command line accepts.
    QCOMPARE(ImportSource::encodingFromName(u"utf-16"), TextDecoder::Encoding::Utf16LE);
    QCOMPARE(ImportSource::encodingFromName(u"Windows-1252"), TextDecoder::Encoding::Windows1252);
    QCOMPARE(ImportSource::encodingFromName(u"ebcdic"), std::nullopt);
    QCOMPARE(ImportSource::delimiterFromName(u"tab"), QChar(u'\t'));
    QCOMPARE(ImportSource::delimiterFromName(u";"), QChar(u';'));
    QCOMPARE(ImportSource::delimiterFromName(u"|"), QChar(u'|'));
    QCOMPARE(ImportSource::delimiterFromName(u"::"), QChar());
}

void TestImportSource::rememberedMapping()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    ColumnMappingMemory memory(&settings);
    // "Dato" is not a known label: the user maps it to the issue date once.
    const QByteArray bytes = "Ansattnr;Kurs;Dato;Utl\xc3\xb8per;Sertifikat\n"
                             "1042;Truck;15.01.2024;15.01.2094;T-1\n";
    ImportSource source;
    QVERIFY(source.openData(bytes, u"r.csv"_s));
    source.setMappingMemory(&memory);
    ImportResult first = source.preview({});
    QCOMPARE(first.mappingOrigin, MappingOrigin::Automatic);
    QCOMPARE(first.missingFields, QList<Field> {Field::IssuedDate});
    QCOMPARE(warningTexts(first),
             (QStringList {
                     u"Column 3 (\"Dato\") is not a certificate field and was not used."_s,
                     u"Column 5 (\"Sertifikat\") repeats certificateType and was not used."_s}));

    ColumnMapping mapping = first.mapping;
    mapping.setField(2, Field::IssuedDate);
    mapping.setField(4, Field::CertificateNumber);
    ImportOptions chosen;
    chosen.mapping = mapping;
    const ImportResult confirmed = source.preview(chosen);
    QVERIFY(confirmed.canImport());
    QCOMPARE(confirmed.mappingOrigin, MappingOrigin::Chosen);
    QCOMPARE(confirmed.warnings.size(), 0);
    memory.remember(confirmed.mapping, QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC));

    // The next file with this layout: applied without asking, with a note.
    ImportSource next;
    QVERIFY(next.openData(bytes + "1043;Kran;16.01.2024;16.01.2094;K-9\n", u"r2.csv"_s));
    next.setMappingMemory(&memory);
    const ImportResult second = next.readAll({});
    QVERIFY2(second.ok, qPrintable(second.errorString));
    QCOMPARE(second.mappingOrigin, MappingOrigin::Remembered);
    QCOMPARE(second.mappingNote, u"Using the column mapping you confirmed on 28.11.2026."_s);
    QCOMPARE(second.mappingConfirmedAt, QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC));
    QCOMPARE(rowTexts(second.rows),
             (QStringList {u"2: 1042 | Truck | T-1 | 15.01.2024 | 15.01.2094 | "_s,
                           u"3: 1043 | Kran | K-9 | 16.01.2024 | 16.01.2094 | "_s}));

    // Options win over memory; without memory, detection alone.
    QCOMPARE(next.preview(chosen).mappingOrigin, MappingOrigin::Chosen);
    next.setMappingMemory(nullptr);
    QCOMPARE(next.preview({}).mappingOrigin, MappingOrigin::Automatic);
}

void TestImportSource::mappingFile()
{
    const ColumnMapping saved({u"Nr"_s, u"Hva"_s, u"Fra"_s, u"Til"_s},
                              {Field::EmployeeNumber, Field::CertificateType, Field::IssuedDate,
                               Field::ValidUntilDate});
    const QString path = m_dir.filePath(u"mapping.json"_s);
    QString error;
    QVERIFY(saved.save(path, &error));
    const std::optional<ColumnMapping> loaded = ColumnMapping::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    ImportOptions options;
    options.mapping = *loaded;
    // Columns found by their header text, wherever they are.
    const ImportResult result =
            importBytes("Til,Annet,Nr,Hva,Fra\n15.01.2094,x,1042,Truck,15.01.2024\n", options);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(rowTexts(result.rows),
             QStringList {u"2: 1042 | Truck |  | 15.01.2024 | 15.01.2094 | "_s});
}

void TestImportSource::workbookThroughThePipeline()
{
    XlsxFixtureWriter writer;
    const int date = writer.addStyle(14);
    const int padded = writer.addStyle(QStringLiteral("00000"));
    const QByteArray s = QByteArray::number(date);
    const QByteArray p = QByteArray::number(padded);
    writer.addSheet(
            u"Sertifikater"_s,
            inlineRow(1, {"Kompetanseoversikt"})
                    + inlineRow(3,
                                {"Ansattnr", "Sertifikattype", "Sertifikatnr", "Utstedt",
                                 "Utløpsdato", "Kommentar"})
                    // Numbers as identifiers; date cells; a formula's cached date.
                    + inlineRow(4,
                                {"<><v>1042</v>", "Byggekort", "<><v>7</v>",
                                 "< s=\"" + s + "\"><v>45306</v>",
                                 "< s=\"" + s + "\"><f>D4+365</f><v>45671</v>", ""})
                    // Dates typed as text; a zero-padded number; a text formula.
                    + inlineRow(5,
                                {"< s=\"" + p + "\"><v>1043</v>", "Truck", "01042", "15.01.2024",
                                 "2094-01-15", "< t=\"str\"><f>\"Merk\"</f><v>Merk</v>"})
                    // A serial number without a date format in a date column.
                    + inlineRow(6,
                                {"<><v>12345678901</v>", "Kran", "", "<><v>45306</v>", "15.01.2094",
                                 ""})
                    // A formula the file kept no result of.
                    + inlineRow(7, {"1044", "Kran", "", "15.01.2024", "<><f>D7+365</f>", ""}));
    const QString path = write(u"pipeline.xlsx"_s, writer.toBytes());

    ImportSource source;
    QVERIFY2(source.open(path), qPrintable(source.errorString()));
    QCOMPARE(source.format(), ImportFormat::Workbook);
    const ImportResult preview = source.preview({});
    QVERIFY2(preview.ok, qPrintable(preview.errorString));
    QCOMPARE(preview.fingerprint,
             u"Excel workbook, sheet \"Sertifikater\", header on row 3, dates day-first"_s);
    QCOMPARE(preview.rawRows.size(), 6);

    const ImportResult result = CertificateImporter::import(path);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(rowTexts(result.rows),
             (QStringList {u"4: 1042 | Byggekort | 7 | 15.01.2024 <45306> | 14.01.2025 <45671> "
                           u"(formula) | "_s,
                           u"5: 01043 <1043> | Truck | 01042 | 15.01.2024 | 15.01.2094 "
                           u"<2094-01-15> | Merk (formula)"_s,
                           u"6: 12345678901 | Kran |  | 15.01.2024 <45306> | 15.01.2094 | "_s,
                           u"7: 1044 | Kran |  | 15.01.2024 |  (formula) | "_s}));
    QCOMPARE(warningTexts(result),
             QStringList {u"Row 7, column E: the formula has no saved result (the program that "
                          u"wrote the file did not calculate it); the cell was left empty. Open "
                          u"and save the file in a spreadsheet program to fill it in."_s});
}

void TestImportSource::workbookSheets()
{
    XlsxFixtureWriter writer;
    const QByteArray header = inlineRow(1, {"Ansattnr", "Kurs", "Utstedt", "Utløper"});
    writer.addSheet(u"Oversikt"_s, inlineRow(1, {"Sammendrag"}));
    writer.addSheet(u"Sertifikater"_s,
                    header + inlineRow(2, {"1042", "Truck", "15.01.2024", "15.01.2094"}));
    writer.addSheet(u"Gamle"_s, header + inlineRow(2, {"7", "Kran", "01.01.2001", "01.01.2002"}));
    const QString path = write(u"sheets.xlsx"_s, writer.toBytes());

    ImportSource source;
    QVERIFY(source.open(path));
    QCOMPARE(source.sheetNames(), (QStringList {u"Oversikt"_s, u"Sertifikater"_s, u"Gamle"_s}));
    QCOMPARE(source.preferredSheet(), 1);
    ImportResult preview = source.preview({});
    QCOMPARE(preview.sheetIndex, 1);
    QCOMPARE(rowTexts(preview.rows),
             QStringList {u"2: 1042 | Truck |  | 15.01.2024 | 15.01.2094 | "_s});

    ImportOptions options;
    options.sheetName = u"Gamle"_s;
    preview = source.preview(options);
    QCOMPARE(preview.sheetIndex, 2);
    QCOMPARE(rowTexts(preview.rows),
             QStringList {u"2: 7 | Kran |  | 01.01.2001 | 01.01.2002 | "_s});

    options.sheetName = u"Nye"_s;
    const ImportResult missing = CertificateImporter::import(path, options);
    QVERIFY(!missing.ok);
    QCOMPARE(missing.errorString,
             path
                     + u" cannot be read: it has no sheet named \"Nye\"; its sheets are "
                       u"\"Oversikt\", \"Sertifikater\", \"Gamle\"."_s);
}

void TestImportSource::workbook1904()
{
    XlsxFixtureWriter writer;
    writer.setDate1904("1");
    const QByteArray s = QByteArray::number(writer.addStyle(14));
    writer.addSheet(u"Kurs"_s,
                    inlineRow(1, {"Ansattnr", "Kurs", "Utstedt", "Utløper"})
                            + inlineRow(2,
                                        {"1042", "Truck", "< s=\"" + s + "\"><v>44575</v>",
                                         "<><v>44576</v>"}));
    const ImportResult result =
            CertificateImporter::import(write(u"1904.xlsx"_s, writer.toBytes()));
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QVERIFY(result.date1904);
    QCOMPARE(rowTexts(result.rows),
             QStringList {u"2: 1042 | Truck |  | 15.01.2026 <44575> | 16.01.2026 <44576> | "_s});
    QCOMPARE(result.fingerprint,
             u"Excel workbook, sheet \"Kurs\", 1904 date system, header on row 1, issue dates "
             u"date cells, expiry dates Excel serial numbers"_s);
}

void TestImportSource::libreOfficeWorkbooks()
{
    const ImportResult certificates =
            CertificateImporter::import(DataDir + u"/libreoffice-certificates.xlsx"_s);
    QVERIFY2(certificates.ok, qPrintable(certificates.errorString));
    QCOMPARE(certificates.sheetIndex, 1);
    QCOMPARE(certificates.headerRow, 3);
    QCOMPARE(rowTexts(certificates.rows),
             (QStringList {u"4: 01042 <1042> | Kranførerbevis | 01042 | 15.03.2024 <45366> | "
                           u"14.03.2029 <47191> | "_s,
                           u"5: 1043 | Byggekort | BK-100001 | 01.01.2023 <44927> | 01.01.2028 "
                           u"<46753.3541666667> | Fornyet"_s,
                           u"6: 12345678901 | Truckførerbevis | 7 | 31.12.2025 <46022> | "
                           u"31.12.2026 <46387> (formula) | Merk: Per (formula)"_s,
                           u"8: 1.5 | Førstehjelp |  | 31.02.2027 | 08:30 <0.354166666666667> | "
                           u"1"_s}));

    // "Dato" is no known label: the preview shows the rows so the user can map
    // it; the import refuses while a required field has no column.
    ImportSource old;
    QVERIFY(old.open(DataDir + u"/libreoffice-1904.xlsx"_s));
    ImportResult preview = old.preview({});
    QVERIFY(preview.ok);
    QVERIFY(preview.date1904);
    QCOMPARE(preview.headers, (QStringList {u"Ansattnr"_s, u"Kurs"_s, u"Dato"_s}));
    QCOMPARE(preview.missingFields, (QList<Field> {Field::IssuedDate, Field::ValidUntilDate}));
    ImportOptions options;
    options.mapping = preview.mapping;
    options.mapping.setField(2, Field::IssuedDate);
    preview = old.preview(options);
    QCOMPARE(rowTexts(preview.rows),
             (QStringList {u"2: 1042 | Varme arbeider |  | 15.01.2026 <44575> |  | "_s,
                           u"3: 1043 | Fallsikring |  | 01.01.1904 <0> |  | "_s}));
    QCOMPARE(preview.missingFields, QList<Field> {Field::ValidUntilDate});
    QCOMPARE(preview.fingerprint,
             u"Excel workbook, sheet \"Kurs\", 1904 date system, header on row 1, dates date "
             u"cells"_s);
    const ImportResult refused = old.readAll(options);
    QVERIFY(!refused.ok);
    QVERIFY2(refused.errorString.contains(u"has no column for validUntilDateTime."_s),
             qPrintable(refused.errorString));
}

void TestImportSource::openDocumentLikeExcel_data()
{
    QTest::addColumn<QString>("ods"); // in data/
    QTest::addColumn<QString>("name"); // the name it is opened under
    QTest::addColumn<bool>("fromMemory");
    QTest::addColumn<QString>("xlsx"); // the same workbook saved as .xlsx by LibreOffice

    const QString certificates = u"libreoffice-certificates"_s;
    QTest::newRow("certificates") << certificates << u"sertifikater.ods"_s << false << certificates;
    QTest::newRow("certificates from memory")
            << certificates << u"sertifikater.ods"_s << true << certificates;
    QTest::newRow("certificates renamed .xlsx")
            << certificates << u"sertifikater.xlsx"_s << false << certificates;
    QTest::newRow("certificates renamed .csv")
            << certificates << u"sertifikater.csv"_s << false << certificates;
    QTest::newRow("1904 date system")
            << u"libreoffice-1904"_s << u"kurs.ods"_s << false << u"libreoffice-1904"_s;
}

// An .ods gives the same table as the same workbook saved as .xlsx: the same
// sheet, header, mapping, texts and warnings. Only where a date came from
// differs: the file's ISO date ("2024-03-15") rather than Excel's serial.
void TestImportSource::openDocumentLikeExcel()
{
    QFETCH(QString, ods);
    QFETCH(QString, name);
    QFETCH(bool, fromMemory);
    QFETCH(QString, xlsx);

    QFile file(DataDir + u'/' + ods + u".ods"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QString path = write(name, bytes);
    ImportSource source;
    QVERIFY2(fromMemory ? source.openData(bytes, path) : source.open(path),
             qPrintable(source.errorString()));
    QCOMPARE(source.format(), ImportFormat::Workbook);
    ImportSource excel;
    QVERIFY(excel.open(DataDir + u'/' + xlsx + u".xlsx"_s));
    QCOMPARE(source.sheetNames(), excel.sheetNames());
    QCOMPARE(source.preferredSheet(), excel.preferredSheet());

    // The dialog maps the dates of the 1904 file by hand ("Dato").
    ImportOptions options;
    const ImportResult guess = excel.preview({});
    options.mapping = guess.mapping;
    if (guess.missingFields.contains(Field::IssuedDate))
        options.mapping.setField(2, Field::IssuedDate);
    const ImportResult expected = excel.preview(options);
    const ImportResult result = source.preview(options);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.workbookFormat, u"ods"_s);
    QCOMPARE(expected.workbookFormat, u"xlsx"_s);
    QCOMPARE(result.sheetIndex, expected.sheetIndex);
    QCOMPARE(result.date1904, expected.date1904);
    QCOMPARE(result.headerRow, expected.headerRow);
    QCOMPARE(result.headers, expected.headers);
    QCOMPARE(mappingText(result), mappingText(expected));
    QCOMPARE(result.missingFields, expected.missingFields);
    QCOMPARE(warningTexts(result), warningTexts(expected));
    QCOMPARE(result.fingerprint,
             QString(expected.fingerprint)
                     .replace(u"Excel workbook"_s, u"OpenDocument spreadsheet"_s));
    QCOMPARE(result.rows.size(), expected.rows.size());
    QVERIFY(!result.rows.isEmpty());
    for (qsizetype i = 0; i < result.rows.size(); ++i) {
        const CertificateRow &row = result.rows.at(i);
        const CertificateRow &want = expected.rows.at(i);
        QCOMPARE(row.sourceRow, want.sourceRow);
        for (Field field : allFields()) {
            QCOMPARE(row.text(field), want.text(field));
            const bool date = field == Field::IssuedDate || field == Field::ValidUntilDate;
            if (!date)
                QCOMPARE(row.sourceText(field), want.sourceText(field));
        }
    }
}

void TestImportSource::refusedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");

    QTest::newRow("encrypted workbook") << u"libreoffice-encrypted.xlsx"_s << u"password"_s;
    QTest::newRow("Excel 97-2003") << u"libreoffice-legacy.xls"_s << u"97-2003"_s;
    QTest::newRow("encrypted OpenDocument (.ods)")
            << u"libreoffice-encrypted.ods"_s
            << u"the spreadsheet is password-protected (encrypted). Open it in LibreOffice, save "
               u"it again without a password"_s;
    QTest::newRow("OpenDocument text (.odt) renamed .ods")
            << u"@odt"_s
            << u"it is an OpenDocument file of another kind "
               u"(application/vnd.oasis.opendocument.text), not a spreadsheet."_s;
    // Judged by content: a CSV renamed .xlsx is read as the CSV it is
    // (tst_realfiles); a PDF renamed .xlsx is named for what it is.
    QTest::newRow("a PDF renamed .xlsx")
            << u"@pdf"_s
            << u"it is a PDF document, not a spreadsheet. Export the list as CSV or Excel from "
               u"the system it came from."_s;
}

void TestImportSource::refusedFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    QString path = DataDir + u'/' + file;
    if (file == u"@odt") {
        path = m_dir.filePath(u"letter.ods"_s);
        QVERIFY(XlsxFixtureWriter::writeZip(
                path,
                {{u"mimetype"_s, "application/vnd.oasis.opendocument.text"},
                 {u"content.xml"_s, "<office:document-content/>"}}));
    } else if (file == u"@pdf") {
        path = write(u"renamed.xlsx"_s, "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n");
    }
    const ImportResult result = CertificateImporter::import(path);
    QVERIFY(!result.ok);
    QVERIFY2(result.errorString.startsWith(path + u" cannot be read: "_s),
             qPrintable(result.errorString));
    QVERIFY2(result.errorString.contains(reason), qPrintable(result.errorString));
}

void TestImportSource::progressAndCancel()
{
    QByteArray bytes = Header;
    for (int i = 0; i < 70000; ++i)
        bytes += QByteArray::number(1000 + i) + ",Byggekort,BK,15.01.2024,15.01.2094,\n";
    const QString csv = write(u"progress.csv"_s, bytes);

    QList<qint64> done;
    qint64 total = 0;
    const ImportResult all = CertificateImporter::import(csv, {}, nullptr, [&](qint64 d, qint64 t) {
        done.append(d);
        total = t;
    });
    QVERIFY(all.ok);
    QCOMPARE(all.rows.size(), 70000);
    QCOMPARE(total, bytes.size());
    QVERIFY(done.size() >= 3);
    QCOMPARE(done.first(), 0);
    QCOMPARE(done.last(), total);
    QVERIFY(std::is_sorted(done.cbegin(), done.cend()));

    // Cancelled from the progress callback (as the dialog's button does from
    // the UI thread): no rows, a clear message.
    std::atomic_bool cancel = false;
    const ImportResult cancelled = CertificateImporter::import(
            csv, {}, nullptr, [&](qint64 d, qint64) { cancel = d > 0; }, &cancel);
    QVERIFY(!cancelled.ok);
    QVERIFY(cancelled.cancelled);
    QVERIFY(cancelled.rows.isEmpty());
    QCOMPARE(cancelled.errorString, csv + u" cannot be read: reading was cancelled."_s);

    // A workbook, cancelled while its sheet streams.
    XlsxFixtureWriter writer;
    QByteArray data = inlineRow(1, {"Ansattnr", "Kurs", "Utstedt", "Utløper"});
    for (int r = 2; r < 20000; ++r)
        data += inlineRow(r, {QByteArray::number(r), "Kran", "15.01.2024", "15.01.2094"});
    writer.addSheet(u"Ark1"_s, data);
    const QString xlsx = write(u"progress.xlsx"_s, writer.toBytes());
    cancel = false;
    int calls = 0;
    const ImportResult stopped = CertificateImporter::import(
            xlsx, {}, nullptr, [&](qint64, qint64) { cancel = ++calls >= 2; }, &cancel);
    QVERIFY(stopped.cancelled);
    QVERIFY(stopped.rows.isEmpty());
    QCOMPARE(stopped.errorString, xlsx + u" cannot be read: reading was cancelled."_s);
}

// Lines of a certificate file from row `first` on (header counted), in the
// given encoding's bytes, until the text is `size` bytes long.
QByteArray certificateLines(int first, qint64 size, const QByteArray &lineEnd = "\r\n",
                            const std::function<QByteArray(int)> &special = {})
{
    QByteArray bytes;
    for (int row = first; bytes.size() < size; ++row) {
        const QByteArray line = special ? special(row) : QByteArray();
        bytes += !line.isNull() ? line
                                : QByteArray::number(1000 + row % 4000) + ";F\xf8rstehjelp "
                        + QByteArray::number(row % 7) + ";FH-" + QByteArray::number(row)
                        + ";15.01.2024;" + QByteArray::number(1 + row % 28)
                        + ".02.2030;\xc6\xd8\xc5";
        bytes += lineEnd;
    }
    return bytes;
}

void TestImportSource::fileStreamsAsBytesRead_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("parts"); // the file's; the bytes are read in one

    const qint64 Large = ImportSource::ReadInHalvesFrom + 200000;
    const QByteArray header = "Ansattnr;Kurs;Kursbevis nr;Utstedt;Utl\xf8per;Merknad\r\n";
    QTest::newRow("two halves: Windows-1252, semicolons, CR LF, a sep line")
            << "sep=;\r\n" + header + certificateLines(2, Large) << 2;
    QTest::newRow("two halves: LF, titles above the header")
            << "Sertifikater;;;;;\n;;;;;\nEksport 2026;;;;;\n" + header.chopped(2) + "\n"
                    + certificateLines(5, Large, "\n")
            << 2;
    QTest::newRow("two halves: warnings, long cells and a two-digit year in each") << header
                    + certificateLines(2, Large, "\r\n",
                                       [](int row) {
                                           if (row % 9000 == 0)
                                               return "1042;Kran;K;1.1.2024;1.1.2030;;x;y"
                                                       + QByteArray();
                                           if (row % 15000 == 0)
                                               return "1042;Kran;" + QByteArray(40000, 'K')
                                                       + ";1.1.2024;1.1.26;";
                                           return QByteArray();
                                       }) << 2;
    QTest::newRow("two halves: month-first dates proven only in the second")
            << header
                    + certificateLines(
                            2, Large, "\r\n",
                            [Large](int row) {
                                // Lines of about 40 bytes: the proof is past the middle.
                                const bool proof = row > Large / 40 * 6 / 10 && row % 100 == 0;
                                return proof ? QByteArray("1042;Kran;K;01/15/2024;02/28/2030;")
                                             : QByteArray("1042;Kran;K;01/02/2024;03/04/2030;");
                            })
            << 2;
    QTest::newRow("two halves: an unclosed quote in the second") << header
                    + certificateLines(2, Large, "\r\n",
                                       [Large](int row) {
                                           return row == Large / 50 * 8 / 10
                                                   ? "1042;Kran;\"K;1.1.2024;1.1.2030;"
                                                           + QByteArray()
                                                   : QByteArray();
                                       }) << 2;
    {
        // A quoted field with line breaks from well before to well after the
        // middle: the file is cut after it, where the next record starts.
        const QByteArray before = header + certificateLines(2, Large / 2 - 20000);
        QByteArray quoted = "1042;Kran;K;1.1.2024;1.1.2030;\"";
        for (int i = 0; i < 4000; ++i)
            quoted += "linje\r\n";
        quoted += "\"\r\n";
        const QByteArray after = certificateLines(2, Large - before.size() - quoted.size());
        QTest::newRow("a quoted line break across the middle: cut after its record")
                << before + quoted + after << 2;
    }
    {
        // The field's end is past the guess's window: the halves do not meet,
        // and the file is read again whole.
        const QByteArray before = header + certificateLines(2, Large / 2 - 200000);
        QByteArray quoted = "1042;Kran;K;1.1.2024;1.1.2030;\"";
        for (int i = 0; i < 60000; ++i)
            quoted += "linje\r\n";
        quoted += "\"\r\n";
        const QByteArray after = certificateLines(2, Large - before.size() - quoted.size());
        QTest::newRow("a cell of 400 KB across the middle: read whole")
                << before + quoted + after << 1;
    }
    // Open for over a megabyte: taken for unclosed while it is read. Where
    // the second half's rows start is then not known from counting records
    // (the quote may close anywhere): the file is read again whole, the same
    // rows as one thread reads.
    QTest::newRow("an unclosed quote in the first half: read whole")
            << header + "1042;Kran;\"K;1.1.2024;1.1.2030;\r\n" + certificateLines(3, Large) << 1;
    QTest::newRow("UTF-8 that is not, late in the second half")
            << "Ansattnr;Kurs;Utstedt;Utl\xc3\xb8per;Merknad\n"
                    + certificateLines(2, Large, "\n")
                              .replace("\xf8", "\xc3\xb8")
                              .replace("\xc6\xd8\xc5", "ok")
                    + "1042;Kran\xc3;15.01.2024;15.01.2094\n"
            << 0;
    QTest::newRow("carriage returns only: one part")
            << header.chopped(1) + certificateLines(2, Large, "\r") << 1;
    QTest::newRow("UTF-16: one part") << QByteArray("\xff\xfe")
                    + utf16le(QString::fromLatin1(header + certificateLines(2, Large / 2)))
                                      << 1;

    QByteArray big = Header; // over PreviewBytes: the preview's last line is cut off
    while (big.size() <= ImportSource::PreviewBytes + 100)
        big += "1042,Byggekort,\"BK\n2\",15.01.2024,15.01.2094,\"Kurs, \"\"A\"\"\"\n";
    QTest::newRow("utf-8, quotes and line breaks, over a megabyte") << big << 1;
    QTest::newRow("windows-1252 with sep line")
            << QByteArray("sep=;\nAnsattnr;Kurs;Utstedt;Utl\xf8per;Merknad\n"
                          "1042;F\xf8rstehjelp;15.01.2024;15.01.2094;'=SUM(A1)\n")
            << 1;
    QTest::newRow("utf-16 with a byte order mark") << QByteArray("\xff\xfe")
                    + utf16le(u"Ansattnr\tKurs\tUtstedt\tUtl\u00f8per\r\n"
                              u"1042\tKran\t15.01.2024\t15.01.2094\r\n"_s)
                                                   << 1;
    QTest::newRow("utf-8 bytes that are not utf-8") << QByteArray(
            "Ansattnr,Kurs,Utstedt,Utl\xc3\xb8per\n1042,Kran\xc3,15.01.2024,15.01.2094\n")
                                                    << 0;
    QTest::newRow("unclosed quote") << Header
                    + "1042,Byggekort,\"BK,15.01.2024,15.01.2094,\n1043,Kran,K,1.1.2024,1.1.2030,"
                      "\n" << 1;
    QTest::newRow("extra fields") << Header + "1042,Byggekort,BK,15.01.2024,15.01.2094,,x,y\n" << 1;
}

// A file opened by path streams from the disk; the same bytes in memory are
// read whole. Both give the same preview and the same import.
void TestImportSource::fileStreamsAsBytesRead()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, parts);
    const QString path = write(u"stream.csv"_s, bytes);
    ImportSource fromFile;
    QVERIFY(fromFile.open(path));
    ImportSource fromBytes;
    QVERIFY(fromBytes.openData(bytes, path, ImportFormat::Csv));
    QCOMPARE(fromFile.detectedEncoding(), fromBytes.detectedEncoding());

    const ImportResult previewFile = fromFile.preview({});
    const ImportResult previewBytes = fromBytes.preview({});
    QCOMPARE(previewFile.ok, previewBytes.ok);
    QCOMPARE(previewFile.errorString, previewBytes.errorString);
    QCOMPARE(rowTexts(previewFile.rows), rowTexts(previewBytes.rows));
    QCOMPARE(previewFile.fingerprint, previewBytes.fingerprint);

    const ImportResult allFile = fromFile.readAll({});
    const ImportResult allBytes = fromBytes.readAll({});
    QCOMPARE(allFile.ok, allBytes.ok);
    QCOMPARE(allFile.errorString, allBytes.errorString);
    QCOMPARE(rowTexts(allFile.rows), rowTexts(allBytes.rows));
    QCOMPARE(warningTexts(allFile), warningTexts(allBytes));
    QCOMPARE(allFile.warningCount, allBytes.warningCount);
    QCOMPARE(allFile.fingerprint, allBytes.fingerprint);
    QCOMPARE(allFile.dateNotes, allBytes.dateNotes);
    QCOMPARE(allFile.headerRow, allBytes.headerRow);
    QCOMPARE(allBytes.parts, 1);
    if (parts > 0) {
        QVERIFY2(allFile.ok, qPrintable(allFile.errorString));
        QCOMPARE(allFile.parts, parts);
    } else {
        QVERIFY(!allFile.ok);
    }
}

// Notes with line breaks before, at and after the cut between the halves:
// each record is one row, numbered as a spreadsheet numbers it (the header
// row 1, the record with certificate number FH-n on row n), the same as one
// thread reads it, and the file is still read in two halves.
void TestImportSource::halvesNumberRecords_data()
{
    QTest::addColumn<QByteArray>("bytes");

    const qint64 size = ImportSource::ReadInHalvesFrom + 200000;
    // Record n with `noteLines` lines in its note, from where it starts.
    const auto file = [size](const std::function<int(qint64 offset)> &noteLines) {
        QByteArray bytes = "Ansattnr;Kurs;Kursbevis nr;Utstedt;Utl\xf8per;Merknad\r\n";
        for (int row = 2; bytes.size() < size; ++row) {
            const int lines = noteLines(bytes.size());
            bytes += QByteArray::number(1000 + row % 4000) + ";F\xf8rstehjelp;FH-"
                    + QByteArray::number(row) + ";15.01.2024;15.02.2030;";
            if (lines > 0) {
                QByteArrayList note;
                for (int line = 1; line <= lines; ++line)
                    note.append("linje " + QByteArray::number(line) + " av \"\""
                                + QByteArray::number(row) + "\"\"");
                bytes += '"' + note.join("\r\n") + '"';
            }
            bytes += "\r\n";
        }
        return bytes;
    };
    const qint64 middle = size / 2;
    QTest::newRow("no line breaks in cells") << file([](qint64) { return 0; });
    QTest::newRow("well before the cut")
            << file([size](qint64 at) { return at > size / 4 && at < size / 4 + 2000 ? 3 : 0; });
    QTest::newRow("just before the cut")
            << file([middle](qint64 at) { return at > middle - 400 && at < middle - 250 ? 2 : 0; });
    QTest::newRow("across the cut") << file([middle](qint64 at) {
        return at > middle - 300 && at < middle ? 40 : 0; // about 800 bytes: over the middle
    });
    QTest::newRow("just after the cut")
            << file([middle](qint64 at) { return at > middle + 50 && at < middle + 200 ? 2 : 0; });
    QTest::newRow("well after the cut") << file(
            [size](qint64 at) { return at > size * 3 / 4 && at < size * 3 / 4 + 2000 ? 3 : 0; });
    QTest::newRow("in every record") << file([](qint64) { return 2; });
    QTest::newRow("in every third record, long")
            << file([](qint64 at) { return at % 3 == 0 ? 12 : 0; });
}

void TestImportSource::halvesNumberRecords()
{
    QFETCH(QByteArray, bytes);
    const QString path = write(u"halves.csv"_s, bytes);

    ImportSource fromFile;
    QVERIFY(fromFile.open(path));
    const ImportResult halves = fromFile.readAll({});
    QVERIFY2(halves.ok, qPrintable(halves.errorString));
    QCOMPARE(halves.parts, 2);

    ImportSource fromBytes; // one thread
    QVERIFY(fromBytes.openData(bytes, path, ImportFormat::Csv));
    const ImportResult whole = fromBytes.readAll({});
    QCOMPARE(whole.parts, 1);
    QCOMPARE(rowTexts(halves.rows), rowTexts(whole.rows));

    qsizetype row = 0;
    for (const CertificateRow &certificate : halves.rows) {
        ++row;
        const QString number = certificate.text(Field::CertificateNumber);
        QCOMPARE(u"FH-"_s + QString::number(certificate.sourceRow), number);
        QCOMPARE(certificate.sourceRow, row + 1);
    }
    QCOMPARE(row, qsizetype(bytes.count("FH-")));
}

// The same sheet as each reader gets it: a cell with line breaks is one row,
// and the rows after it keep the numbers a spreadsheet shows.
void TestImportSource::everyReaderNumbersRecords_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");

    const QString csv = u"Ansattnr;Kurs;Utstedt;Utløper;Merknad\r\n"
                        u"1042;Truck;15.01.2024;15.01.2094;\"Kurs hos\r\nVeidekke\nAS\"\r\n"
                        u"1043;Kran;15.01.2024;15.01.2094;en linje\r\n"
                        u"\r\n"
                        u"1044;Stillas;15.01.2024;15.01.2094;\"a\rb\"\r\n"_s;
    QTest::newRow("CSV, UTF-8") << u"rows.csv"_s << csv.toUtf8();
    QTest::newRow("CSV, UTF-16 with a byte order mark")
            << u"rows.csv"_s << QByteArray("\xff\xfe") + utf16le(csv);
    QTest::newRow("CSV, UTF-16 without one") << u"rows.csv"_s << utf16le(csv);
    QTest::newRow("CSV, Windows-1252, LF")
            << u"rows.csv"_s << QString(csv).replace(u"\r\n"_s, u"\n"_s).toLatin1();

    XlsxFixtureWriter writer;
    writer.addSheet(
            u"Sertifikater"_s,
            inlineRow(1, {"Ansattnr", "Kurs", "Utstedt", "Utløper", "Merknad"})
                    + inlineRow(2,
                                {"1042", "Truck", "15.01.2024", "15.01.2094",
                                 "Kurs hos\r\nVeidekke\nAS"})
                    + inlineRow(3, {"1043", "Kran", "15.01.2024", "15.01.2094", "en linje"})
                    + inlineRow(5, {"1044", "Stillas", "15.01.2024", "15.01.2094", "a\rb"}));
    QTest::newRow("XLSX") << u"rows.xlsx"_s << writer.toBytes();

    const auto cell = [](const QByteArray &paragraphs) {
        return "<table:table-cell office:value-type=\"string\">" + paragraphs
                + "</table:table-cell>";
    };
    const auto odsRow = [&](const QList<QByteArray> &cells) {
        QByteArray xml = "<table:table-row>";
        for (const QByteArray &text : cells)
            xml += cell("<text:p>" + text + "</text:p>");
        return xml + "</table:table-row>";
    };
    const QByteArray content =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content "
            "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
            "office:version=\"1.3\"><office:body><office:spreadsheet>"
            "<table:table table:name=\"Sertifikater\"><table:table-column/>"
            + odsRow({"Ansattnr", "Kurs", "Utstedt", "Utløper", "Merknad"}) + "<table:table-row>"
            + cell("<text:p>1042</text:p>") + cell("<text:p>Truck</text:p>")
            + cell("<text:p>15.01.2024</text:p>")
            + cell("<text:p>15.01.2094</text:p>")
            // LibreOffice writes a cell's lines as paragraphs.
            + cell("<text:p>Kurs hos</text:p><text:p>Veidekke<text:line-break/>AS</text:p>")
            + "</table:table-row>"
            + odsRow({"1043", "Kran", "15.01.2024", "15.01.2094", "en linje"})
            + "<table:table-row><table:table-cell table:number-columns-repeated=\"5\"/>"
              "</table:table-row>"
            + odsRow({"1044", "Stillas", "15.01.2024", "15.01.2094", "a"})
            + "</table:table></office:spreadsheet></office:body></office:document-content>";
    QList<QPair<QString, QByteArray>> entries {
            {u"mimetype"_s, "application/vnd.oasis.opendocument.spreadsheet"},
            {u"content.xml"_s, content}};
    QTemporaryDir dir;
    const QString ods = dir.filePath(u"rows.ods"_s);
    QVERIFY(XlsxFixtureWriter::writeZip(ods, entries));
    QFile file(ods);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QTest::newRow("ODS") << u"rows.ods"_s << file.readAll();
}

void TestImportSource::everyReaderNumbersRecords()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);

    const ImportResult result = CertificateImporter::import(write(fileName, bytes));
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QStringList rows;
    for (const CertificateRow &row : result.rows)
        rows.append(QString::number(row.sourceRow) + u": "_s + row.text(Field::EmployeeNumber));
    QCOMPARE(rows, (QStringList {u"2: 1042"_s, u"3: 1043"_s, u"5: 1044"_s}));
    QVERIFY(result.rows.first().text(Field::Notes).startsWith(u"Kurs hos"_s));
}

QTEST_GUILESS_MAIN(TestImportSource)
#include "tst_importsource.moc"
