// CsvExporter: the exact bytes Excel opens (BOM, delimiter, RFC 4180 quoting,
// CRLF, Status and Message), formula-safe fields, "only problems", a file
// written atomically, and the round trip through the app's own CSV import.

#include "diskfullexport.h"
#include "export/csvexporter.h"
#include "exporttesthelpers.h"
#include "import/certificatefilereader.h"
#include "io/text/formulaguard.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Ditio;
using namespace DitioTest;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Bom = "\xEF\xBB\xBF";
const QByteArray SemicolonHeader = "Employee number;Certificate type;Certificate number;Issued;"
                                   "Valid until;Notes;Status;Message\r\n";
const QByteArray CommaHeader = "Employee number,Certificate type,Certificate number,Issued,"
                               "Valid until,Notes,Status,Message\r\n";

CertificateRow withNotes(const QString &notes, int employee = 1042)
{
    CertificateRow row = validRow(QString::number(employee));
    row.setText(Field::Notes, notes);
    return row;
}

CertificateRow withUpload(CertificateRow row, UploadState state, const QString &message = {})
{
    row.uploadState = state;
    row.uploadMessage = message;
    return row;
}

} // namespace

class TestCsvExporter : public QObject
{
    Q_OBJECT

private slots:
    void bytes_data();
    void bytes();
    void formulaSafe_data();
    void formulaSafe();
    void onlyProblems();
    void writesTheFile();
    void unwritablePath_data();
    void unwritablePath();
    void cancelKeepsThePreviousFile();
    void diskFullKeepsTheOldFile_data();
    void diskFullKeepsTheOldFile();
    void roundTrip_data();
    void roundTrip();
};

void TestCsvExporter::bytes_data()
{
    QTest::addColumn<QList<CertificateRow>>("rows");
    QTest::addColumn<bool>("comma");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("no rows") << QList<CertificateRow>() << false << true << Bom + SemicolonHeader;
    QTest::newRow("one ready row, Norwegian Excel")
            << QList<CertificateRow> {validRow(u"1042"_s)} << false << true
            << Bom + SemicolonHeader + "1042;Byggekort;BK-1042;15.01.2026;15.01.2030;;Ready;\r\n";
    {
        // More rows than a block built on another core: every one, in order.
        QList<CertificateRow> many;
        QByteArray expected = Bom + SemicolonHeader;
        for (int i = 0; i < 5001; ++i) {
            const QByteArray number = QByteArray::number(20000 + i);
            many.append(validRow(QString::fromLatin1(number)));
            expected += number + ";Byggekort;BK-" + number + ";15.01.2026;15.01.2030;;Ready;\r\n";
        }
        QTest::newRow("5,001 rows, in blocks") << many << false << true << expected;
    }
    QTest::newRow("comma, no BOM")
            << QList<CertificateRow> {validRow(u"1042"_s)} << true << false
            << CommaHeader + "1042,Byggekort,BK-1042,15.01.2026,15.01.2030,,Ready,\r\n";
    QTest::newRow("leading zero and UTF-8 kept")
            << QList<CertificateRow> {validRow(u"01042"_s, u"Kranførerbevis"_s)} << false << true
            << Bom + SemicolonHeader
                    + "01042;Kranførerbevis;BK-01042;15.01.2026;15.01.2030;;Ready;\r\n";
    QTest::newRow("quoting: semicolon, quote, line breaks")
            << QList<CertificateRow> {withNotes(u"a;b"_s), withNotes(u"say \"hi\""_s, 1043),
                                      withNotes(u"line 1\nline 2"_s, 1044),
                                      withNotes(u"line 1\r\nline 2"_s, 1045)}
            << false << false
            << SemicolonHeader + "1042;Byggekort;BK-1042;15.01.2026;15.01.2030;\"a;b\";Ready;\r\n"
                    + "1043;Byggekort;BK-1043;15.01.2026;15.01.2030;\"say \"\"hi\"\"\";Ready;\r\n"
                    + "1044;Byggekort;BK-1044;15.01.2026;15.01.2030;\"line 1\nline 2\";Ready;\r\n"
                    + "1045;Byggekort;BK-1045;15.01.2026;15.01.2030;\"line 1\r\nline 2\";Ready;"
                      "\r\n";
    // Any delimiter a reader might guess is quoted, whichever is used.
    QTest::newRow("quoting with commas")
            << QList<CertificateRow> {withNotes(u"a,b"_s), withNotes(u"a;b"_s, 1043),
                                      withNotes(u"a|b"_s, 1044), withNotes(u"a\tb"_s, 1045)}
            << true << false
            << CommaHeader + "1042,Byggekort,BK-1042,15.01.2026,15.01.2030,\"a,b\",Ready,\r\n"
                    + "1043,Byggekort,BK-1043,15.01.2026,15.01.2030,\"a;b\",Ready,\r\n"
                    + "1044,Byggekort,BK-1044,15.01.2026,15.01.2030,\"a|b\",Ready,\r\n"
                    + "1045,Byggekort,BK-1045,15.01.2026,15.01.2030,\"a\tb\",Ready,\r\n";
    QTest::newRow("status and message columns")
            << QList<CertificateRow> {makeRow(QString(), u"Truck"_s, QString(), u"01.06.2025"_s,
                                              u"01.06.2030"_s),
                                      makeRow(u"1043"_s, u"Truck"_s, QString(), u"01.06.2020"_s,
                                              u"01.06.2025"_s),
                                      withUpload(validRow(u"1044"_s), UploadState::Uploaded),
                                      withUpload(validRow(u"1045"_s), UploadState::Rejected,
                                                 u"Unknown employee number"_s),
                                      withUpload(validRow(u"1046"_s), UploadState::Unconfirmed,
                                                 u"No answer within 30 seconds"_s)}
            << false << false
            << SemicolonHeader
                    + ";Truck;;01.06.2025;01.06.2030;;Needs fixing;The employee number is "
                      "missing.\r\n"
                    + "1043;Truck;;01.06.2020;01.06.2025;;Ready;The certificate expired on "
                      "01.06.2025.\r\n"
                    + "1044;Byggekort;BK-1044;15.01.2026;15.01.2030;;Uploaded;\r\n"
                    + "1045;Byggekort;BK-1045;15.01.2026;15.01.2030;;Rejected;Unknown employee "
                      "number\r\n"
                    + "1046;Byggekort;BK-1046;15.01.2026;15.01.2030;;Unconfirmed;No answer "
                      "within 30 seconds\r\n";
    QTest::newRow("dates as typed")
            << QList<CertificateRow> {makeRow(u"1042"_s, u"Truck"_s, QString(), u"2026-01-15"_s,
                                              u"15.1.2030"_s)}
            << false << false << SemicolonHeader + "1042;Truck;;2026-01-15;15.1.2030;;Ready;\r\n";
}

void TestCsvExporter::bytes()
{
    QFETCH(QList<CertificateRow>, rows);
    QFETCH(bool, comma);
    QFETCH(bool, bom);
    QFETCH(QByteArray, expected);

    const auto model = makeModel(rows);
    CsvExporter::Options options;
    options.delimiter = comma ? CsvExporter::Delimiter::Comma : CsvExporter::Delimiter::Semicolon;
    options.byteOrderMark = bom;
    QCOMPARE(CsvExporter::toBytes(*model, options), expected);
}

void TestCsvExporter::formulaSafe_data()
{
    QTest::addColumn<QString>("notes");
    QTest::addColumn<QByteArray>("field");

    QTest::newRow("=") << u"=HYPERLINK(\"http://x\")"_s
                       << QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("+") << u"+47 99 99 99 99"_s << QByteArray("'+47 99 99 99 99");
    QTest::newRow("-") << u"-2+3"_s << QByteArray("'-2+3");
    QTest::newRow("@") << u"@SUM(A1)"_s << QByteArray("'@SUM(A1)");
    QTest::newRow("tab") << u"\t=1"_s << QByteArray("\"'\t=1\"");
    QTest::newRow("CR") << u"\r=1"_s << QByteArray("\"'\r=1\"");
    QTest::newRow("DDE") << u"=cmd|' /C calc'!A0"_s << QByteArray("\"'=cmd|' /C calc'!A0\"");
    QTest::newRow("apostrophe, then =") << u"'=1"_s << QByteArray("''=1");
    QTest::newRow("= inside") << u"a=1"_s << QByteArray("a=1");
}

void TestCsvExporter::formulaSafe()
{
    QFETCH(QString, notes);
    QFETCH(QByteArray, field);

    // In the notes, and in the identifier and type columns too.
    CertificateRow row = validRow(u"1042"_s);
    row.setText(Field::Notes, notes);
    row.setText(Field::CertificateNumber, notes);
    const auto model = makeModel({row});
    CsvExporter::Options options;
    options.byteOrderMark = false;
    const QByteArray bytes = CsvExporter::toBytes(*model, options);
    const QByteArray expectedRow =
            "1042;Byggekort;" + field + ";15.01.2026;15.01.2030;" + field + ";Ready;\r\n";
    QCOMPARE(bytes, SemicolonHeader + expectedRow);
}

void TestCsvExporter::onlyProblems()
{
    const auto model =
            makeModel({validRow(u"1001"_s),
                       makeRow(u"1002"_s, u"Truck"_s, QString(), u"31.02.2026"_s, u"01.06.2030"_s),
                       makeRow(u"1003"_s, u"Truck"_s, QString(), u"01.06.2020"_s, u"01.06.2025"_s),
                       withUpload(validRow(u"1004"_s), UploadState::Rejected, u"No"_s),
                       withUpload(validRow(u"1005"_s), UploadState::Uploaded),
                       withUpload(validRow(u"1006"_s), UploadState::Unconfirmed)});
    CsvExporter::Options options;
    options.onlyProblems = true;
    options.byteOrderMark = false;
    QList<QByteArray> lines = CsvExporter::toBytes(*model, options).split('\n');
    QCOMPARE(lines.takeLast(), QByteArray());
    QStringList employees;
    for (const QByteArray &line : lines.mid(1))
        employees.append(QString::fromUtf8(line.left(line.indexOf(';'))));
    QCOMPARE(employees, (QStringList {u"1002"_s, u"1003"_s, u"1004"_s, u"1006"_s}));
}

void TestCsvExporter::writesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"out.csv"_s);
    QVERIFY(writeAll(path, "old"));
    const auto model = makeModel({validRow(u"1042"_s), validRow(u"1043"_s)});
    int lastDone = -1;
    int lastTotal = -1;
    ExportProgress progress;
    progress.onProgress = [&](qint64 done, qint64 total) {
        lastDone = int(done);
        lastTotal = int(total);
    };
    const ExportResult result = CsvExporter::write(*model, path, {}, progress);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.rowsWritten, 2);
    QCOMPARE(result.rowsLeftOut, 0);
    QCOMPARE(readAll(path), CsvExporter::toBytes(*model));
    QCOMPARE(lastDone, 2);
    QCOMPARE(lastTotal, 2);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {u"out.csv"_s});
}

void TestCsvExporter::unwritablePath_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<QString>("why");

    QTest::newRow("missing folder")
            << u"missing/out.csv"_s << u"the folder @/missing does not exist"_s;
    QTest::newRow("a folder") << u"folder.csv"_s << u"it is a folder"_s;
    QTest::newRow("below a file") << u"file.txt/out.csv"_s
                                  << u"the folder @/file.txt does not exist"_s;
}

void TestCsvExporter::unwritablePath()
{
    QFETCH(QString, relativePath);
    QFETCH(QString, why);

    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"folder.csv"_s));
    QVERIFY(writeAll(dir.filePath(u"file.txt"_s), "keep"));
    const QString path = dir.filePath(relativePath);
    const auto model = makeModel({validRow(u"1042"_s)});
    const ExportResult result = CsvExporter::write(*model, path);
    QVERIFY(!result.ok);
    QCOMPARE(result.errorString,
             u"%1 cannot be written: %2."_s.arg(QDir::toNativeSeparators(path),
                                                QString(why).replace(u'@', dir.path())));
    QCOMPARE(readAll(dir.filePath(u"file.txt"_s)), QByteArray("keep"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {u"file.txt"_s});
}

void TestCsvExporter::cancelKeepsThePreviousFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.csv"_s);
    QVERIFY(writeAll(path, "previous"));
    QList<CertificateRow> rows;
    for (int i = 0; i < 5000; ++i)
        rows.append(validRow(QString::number(10000 + i)));
    const auto model = makeModel(rows);
    std::atomic_bool cancel = false;
    ExportProgress progress;
    progress.cancel = &cancel;
    progress.onProgress = [&](qint64, qint64) { cancel = true; };
    const ExportResult result = CsvExporter::write(*model, path, {}, progress);
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QCOMPARE(result.errorString, QString());
    QCOMPARE(readAll(path), QByteArray("previous"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {u"out.csv"_s});
}

void TestCsvExporter::diskFullKeepsTheOldFile_data()
{
    addDiskFullRows();
}

void TestCsvExporter::diskFullKeepsTheOldFile()
{
#ifndef Q_OS_LINUX
    QSKIP("A full disk is made with setrlimit(RLIMIT_FSIZE), on Linux only.");
#else
    QFETCH(int, rows);
    QFETCH(qint64, room);
    const auto model = makeModel(manyRows(rows).toList());
    const QByteArray newBytes = CsvExporter::toBytes(*model);
    checkDiskFullKeepsTheOldFile(
            u"Eksport æøå.csv"_s, "an earlier export\r\n", newBytes.size(), room, rows,
            [&](const QString &path) { return CsvExporter::write(*model, path); },
            [&](const QString &path) { QCOMPARE(readAll(path), newBytes); });
#endif
}

void TestCsvExporter::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("comma");

    const QStringList texts {
            u"Kurs hos Veiprosjekt AS"_s,
            u"Utløpt – må fornyes"_s,
            u"a;b,c|d\te"_s,
            u"sitat: \"ja\""_s,
            u"linje 1\nlinje 2"_s,
            u"linje 1\r\nlinje 2"_s,
            u" mellomrom "_s,
            u"'apostrof"_s,
            u"=1+1"_s,
            u"+47 99 99 99 99"_s,
            u"-5"_s,
            u"@SUM(A1)"_s,
            u"\tinnrykk"_s,
            u"\rvognretur"_s,
            u"'=allerede beskyttet"_s,
    };
    for (const QString &text : texts) {
        const QByteArray name = text.toUtf8().toPercentEncoding(" ");
        QTest::addRow("%s ;", name.constData()) << text << false;
        QTest::addRow("%s ,", name.constData()) << text << true;
    }
}

void TestCsvExporter::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(bool, comma);

    // Every text column, plus identifiers with leading zeros and dates as typed.
    QList<CertificateRow> rows {
            makeRow(u"01042"_s, text, text, u"15.01.2026"_s, u"2030-01-15"_s, text),
            makeRow(u"1043"_s, u"Truck"_s, u"007"_s, u"1.6.2025"_s, u"01.06.2030"_s, text),
    };
    const auto model = makeModel(rows);
    CsvExporter::Options options;
    options.delimiter = comma ? CsvExporter::Delimiter::Comma : CsvExporter::Delimiter::Semicolon;
    const QByteArray bytes = CsvExporter::toBytes(*model, options);

    const CertificateFileReader::Result read = CertificateFileReader::readCsv(bytes, u"out.csv"_s);
    QVERIFY2(read.ok, qPrintable(read.errorString));
    QCOMPARE(read.headerRow, 1);
    // Status and Message are the export's own columns: named as not used.
    QCOMPARE(read.warnings,
             (QStringList {
                     u"Column 7 (\"Status\") is not a certificate field and was not used."_s,
                     u"Column 8 (\"Message\") is not a certificate field and was not used."_s}));

    // The import undoes the formula guard, or (until it does) the documented
    // inverse does: either way the text comes back exactly.
    const CertificateFileReader::Result probe = CertificateFileReader::readCsv(
            "employeeNumber;certificateType;issuedDateTime;validUntilDateTime;notes\n"
            "1;T;01.01.2026;01.01.2030;'=probe\n",
            u"probe.csv"_s);
    QVERIFY(probe.ok);
    const bool importerUnguards = probe.document.rows.at(0).text(Field::Notes) == u"=probe";
    const RowStore &back = read.document.rows;
    QCOMPARE(back.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        // What the file said: the importer may rewrite a date as dd.MM.yyyy
        // and keep the file's text as the source text.
        QStringList said;
        for (Field field : allFields()) {
            const QString source = back.at(i).sourceText(field);
            const QString text = source.isEmpty() ? back.at(i).text(field) : source;
            said.append(importerUnguards ? text : FormulaGuard::unguard(text));
            if (isDateField(field))
                QCOMPARE(back.at(i).date(field).date, rows.at(i).date(field).date);
        }
        QCOMPARE(said.join(u" | "_s), rowText(rows.at(i)));
    }
}

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
