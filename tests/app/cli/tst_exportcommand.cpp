// `ditio-certs-cli export`, run as a separate program exactly as a user or a
// scheduled job runs it: the line it prints, exit codes, and files equal to
// what the core exporters write for the same table.

#include "export/csvexporter.h"
#include "export/exporttable.h"
#include "export/payloadexporter.h"
#include "exporttesthelpers.h"
#include "import/certificatefilereader.h"
#include "io/text/formulaguard.h"
#include "io/workbook/xlsxreader.h"
#include "programrun.h"
#include "util/translations.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Ditio;
using namespace DitioTest;
using namespace Qt::StringLiterals;

namespace {

using Run = DitioTest::ProgramRun;

const QString Sample = QStringLiteral(DITIO_SAMPLE_CSV);
const QString Tricky = QStringLiteral(DITIO_TEST_DATA_DIR "/export/tricky.csv");

// The table the command builds from a file (today's date, as the command
// runs): what the files it writes must match.
std::unique_ptr<CertificateTableModel> modelOf(const QString &path)
{
    const CertificateFileReader::Result read = CertificateFileReader::read(path);
    auto model = std::make_unique<CertificateTableModel>();
    model->setMessagesCiteSourceRows(true);
    model->setRows(read.document.rows);
    return model;
}

QList<SpreadsheetRow> readXlsx(const QString &path)
{
    QList<SpreadsheetRow> rows;
    XlsxReader reader;
    if (reader.open(path)) {
        reader.readSheet(reader.preferredSheet(), [&](const SpreadsheetRow &row) {
            rows.append(row);
            return true;
        });
    }
    return rows;
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void csvIsWhatTheExporterWrites_data();
    void csvIsWhatTheExporterWrites();
    void onlyProblems();
    void xlsxKeepsIdentifiersDatesAndFormulasAsText();
    void csvRoundTrip();
    void payloadIsTheValidRows();
    void failureLeavesThePreviousFile();
    void templateMapsToEveryField();

private:
    Run run(const QStringList &arguments) const;
    QString out(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

Run TestCliExport::run(const QStringList &arguments) const
{
    // Settings (remembered mappings) in the test's folder: what is remembered
    // on this machine must not change what is read.
    return runProgram(QStringLiteral(DITIO_CLI), arguments, programEnvironment(m_dir.path()),
                      m_dir.path());
}

void TestCliExport::initTestCase()
{
    // The English plural forms, as the program loads them.
    installTranslations(*QCoreApplication::instance());
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(DITIO_CLI)), DITIO_CLI);
    QVERIFY(QFile::exists(Sample));
    QVERIFY(QFile::exists(Tricky));
    QVERIFY(writeAll(out(u"not-a-folder"_s), "x"));
    // A workbook to read back in: the export of the tricky CSV.
    QCOMPARE(run({u"export"_s, Tricky, u"--to"_s, out(u"tricky.xlsx"_s)}).exitCode, 0);
}

void TestCliExport::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdOut"); // exactly
    QTest::addColumn<QString>("stdErr"); // the start of it

    const QString e = u"export"_s;
    const QString usage =
            u"Usage: ditio-certs-cli export FILE --to OUT.csv|OUT.xlsx|OUT.json "
            u"[--delimiter ';'|','] [--only-problems] [--sheet NAME] [--encoding NAME] "
            u"[--input-delimiter CHAR] [--mapping FILE]\n"
            u"       ditio-certs-cli export --template OUT.xlsx\n"_s;

    QTest::newRow("csv") << QStringList {e, Sample, u"--to"_s, u"out.csv"_s} << 0
                         << u"Wrote 15 rows to out.csv.\n"_s << QString();
    QTest::newRow("csv, comma")
            << QStringList {e, Sample, u"--to"_s, u"comma.csv"_s, u"--delimiter"_s, u","_s} << 0
            << u"Wrote 15 rows to comma.csv.\n"_s << QString();
    QTest::newRow("csv, --to=") << QStringList {e, u"--to=eq.csv"_s, Sample} << 0
                                << u"Wrote 15 rows to eq.csv.\n"_s << QString();
    QTest::newRow("xlsx") << QStringList {e, Sample, u"--to"_s, u"out.xlsx"_s} << 0
                          << u"Wrote 15 rows to out.xlsx.\n"_s << QString();
    QTest::newRow("XLSX in capitals") << QStringList {e, Sample, u"--to"_s, u"OUT2.XLSX"_s} << 0
                                      << u"Wrote 15 rows to OUT2.XLSX.\n"_s << QString();
    QTest::newRow("json, rows with errors left out")
            << QStringList {e, Sample, u"--to"_s, u"out.json"_s} << 1
            << u"Wrote 10 rows to out.json.\n"_s
            << u"5 rows with errors left out; run 'ditio-certs-cli validate %1' to see why.\n"_s
                       .arg(QDir::toNativeSeparators(Sample));
    QTest::newRow("json, all valid") << QStringList {e, Tricky, u"--to"_s, u"tricky.json"_s} << 0
                                     << u"Wrote 4 rows to tricky.json.\n"_s << QString();
    QTest::newRow("only problems")
            << QStringList {e, QStringLiteral(DITIO_TEST_DATA_DIR "/with-errors.csv"), u"--to"_s,
                            u"one.csv"_s, u"--only-problems"_s}
            << 0 << u"Wrote 8 rows to one.csv.\n"_s << QString();
    QTest::newRow("template") << QStringList {e, u"--template"_s, u"blank.xlsx"_s} << 0
                              << u"Wrote a blank template to blank.xlsx.\n"_s << QString();

    QTest::newRow("no --to") << QStringList {e, Sample} << 2 << QString()
                             << u"ditio-certs-cli export: say where to write with --to OUT.csv, "
                                u"OUT.xlsx or OUT.json.\n"_s
                    + usage;
    QTest::newRow("no file") << QStringList {e, u"--to"_s, u"x.csv"_s} << 2 << QString()
                             << u"ditio-certs-cli export: no file to export.\n"_s + usage;
    QTest::newRow("two files") << QStringList {e, Sample, Sample, u"--to"_s, u"x.csv"_s} << 2
                               << QString() << u"ditio-certs-cli export: one file at a time.\n"_s;
    QTest::newRow("unknown extension")
            << QStringList {e, Sample, u"--to"_s, u"out.txt"_s} << 2 << QString()
            << u"ditio-certs-cli export: cannot tell the format of \"out.txt\": name it .csv, "
               u".xlsx or .json.\n"_s;
    QTest::newRow("unknown delimiter")
            << QStringList {e, Sample, u"--to"_s, u"x.csv"_s, u"--delimiter"_s, u"|"_s} << 2
            << QString() << u"ditio-certs-cli export: unknown delimiter \"|\"; use ';' or ','.\n"_s;
    QTest::newRow("delimiter for xlsx")
            << QStringList {e, Sample, u"--to"_s, u"x.xlsx"_s, u"--delimiter"_s, u";"_s} << 2
            << QString() << u"ditio-certs-cli export: --delimiter is for CSV files only.\n"_s;
    QTest::newRow("only problems for json")
            << QStringList {e, Sample, u"--to"_s, u"x.json"_s, u"--only-problems"_s} << 2
            << QString() << u"ditio-certs-cli export: --only-problems is for CSV and XLSX"_s;
    QTest::newRow("unknown option")
            << QStringList {e, Sample, u"--to"_s, u"x.csv"_s, u"--bogus"_s} << 2 << QString()
            << u"ditio-certs-cli export: Unknown option 'bogus'.\n"_s;
    QTest::newRow("missing input")
            << QStringList {e, u"no-such-file.csv"_s, u"--to"_s, u"x.csv"_s} << 2 << QString()
            << u"no-such-file.csv cannot be opened: there is no such file (was it moved, renamed "
               u"or deleted?).\n"_s;
    QTest::newRow("unwritable output")
            << QStringList {e, Sample, u"--to"_s, u"not-a-folder/out.csv"_s} << 2 << QString()
            << u"not-a-folder/out.csv cannot be written: the folder @not-a-folder does not "
               u"exist.\n"_s;
    QTest::newRow("template not xlsx")
            << QStringList {e, u"--template"_s, u"blank.csv"_s} << 2 << QString()
            << u"ditio-certs-cli export: the template is a workbook: name it .xlsx.\n"_s;
    QTest::newRow("template and a file")
            << QStringList {e, Sample, u"--template"_s, u"blank.xlsx"_s} << 2 << QString()
            << u"ditio-certs-cli export: --template takes only the name of the workbook to "
               u"write.\n"_s;
    QTest::newRow("xlsx input, sheet by name")
            << QStringList {e,         u"@tricky.xlsx"_s, u"--sheet"_s, u"Certificates"_s,
                            u"--to"_s, u"again.csv"_s}
            << 0 << u"Wrote 4 rows to again.csv.\n"_s << u"@tricky.xlsx: Column 7"_s;
    QTest::newRow("no such sheet") << QStringList {e,         u"@tricky.xlsx"_s, u"--sheet"_s,
                                                   u"Ark1"_s, u"--to"_s,         u"again.csv"_s}
                                   << 2 << QString() << u"@tricky.xlsx"_s;
    QTest::newRow("input encoding and delimiter")
            << QStringList {e,      Tricky,    u"--encoding"_s, u"utf-8"_s, u"--input-delimiter"_s,
                            u";"_s, u"--to"_s, u"enc.json"_s}
            << 0 << u"Wrote 4 rows to enc.json.\n"_s << QString();
    QTest::newRow("unknown encoding")
            << QStringList {e, Tricky, u"--encoding"_s, u"latin-9"_s, u"--to"_s, u"x.csv"_s} << 2
            << QString()
            << u"ditio-certs-cli export: unknown encoding \"latin-9\"; use utf-8, utf-16, "
               u"utf-16le, utf-16be or windows-1252.\n"_s;
    QTest::newRow("unknown input delimiter")
            << QStringList {e, Tricky, u"--input-delimiter"_s, u"#"_s, u"--to"_s, u"x.csv"_s} << 2
            << QString()
            << u"ditio-certs-cli export: unknown input delimiter \"#\"; use ';', ',', tab or "
               u"'|'.\n"_s;
    QTest::newRow("--sheet on a CSV")
            << QStringList {e, Tricky, u"--sheet"_s, u"Certificates"_s, u"--to"_s, u"x.csv"_s} << 2
            << QString()
            << u"ditio-certs-cli export: --sheet is for workbooks (.xlsx, .ods); "_s
                    + QDir::toNativeSeparators(Tricky) + u" is a text file.\n"_s;
    QTest::newRow("help") << QStringList {e, u"--help"_s} << 0 << u"@help"_s << QString();
}

void TestCliExport::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stdOut);
    QFETCH(QString, stdErr);

    stdErr.replace(u"@"_s, QDir::toNativeSeparators(m_dir.path()) + u'/');
    for (QString &argument : arguments) {
        if (argument.startsWith(u'@'))
            argument = m_dir.filePath(argument.mid(1));
    }
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    if (stdOut == u"@help") {
        QVERIFY2(result.out.contains(u"--only-problems"_s), qPrintable(result.out));
        QVERIFY(result.out.contains(u"--template"_s));
    } else {
        QCOMPARE(result.out, stdOut);
    }
    if (stdErr.isEmpty())
        QCOMPARE(result.err, QString());
    else
        QVERIFY2(result.err.startsWith(stdErr), qPrintable(result.err));
}

void TestCliExport::csvIsWhatTheExporterWrites_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("delimiter");
    QTest::newRow("sample, ;") << Sample << u";"_s;
    QTest::newRow("sample, ,") << Sample << u","_s;
    QTest::newRow("tricky, ;") << Tricky << u";"_s;
}

void TestCliExport::csvIsWhatTheExporterWrites()
{
    QFETCH(QString, input);
    QFETCH(QString, delimiter);

    const QString path = out(u"same.csv"_s);
    const Run result = run({u"export"_s, input, u"--to"_s, path, u"--delimiter"_s, delimiter});
    QCOMPARE(result.exitCode, 0);
    const auto model = modelOf(input);
    CsvExporter::Options options;
    options.delimiter =
            delimiter == u"," ? CsvExporter::Delimiter::Comma : CsvExporter::Delimiter::Semicolon;
    const QByteArray bytes = readAll(path);
    QCOMPARE(bytes, CsvExporter::toBytes(*model, options));
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
}

void TestCliExport::onlyProblems()
{
    const QString path = out(u"problems.xlsx"_s);
    const Run result = run({u"export"_s, Sample, u"--to"_s, path, u"--only-problems"_s});
    QCOMPARE(result.exitCode, 0);
    const auto model = modelOf(Sample);
    const QList<int> problems = ExportTable::rows(*model, true);
    QVERIFY(problems.size() >= 9); // 5 errors, 4 duplicates or spellings; expiry comes on top
    QCOMPARE(result.out, u"Wrote %1 rows to %2.\n"_s.arg(problems.size()).arg(path));
    const QList<SpreadsheetRow> rows = readXlsx(path);
    QCOMPARE(rows.size(), problems.size() + 1);
    for (qsizetype i = 0; i < problems.size(); ++i) {
        QCOMPARE(rows.at(i + 1).text(2), model->text(problems.at(i), Field::CertificateType));
        QCOMPARE(rows.at(i + 1).text(7), ExportTable::status(*model, problems.at(i)));
        QCOMPARE(rows.at(i + 1).text(8), ExportTable::message(*model, problems.at(i)));
    }
}

void TestCliExport::xlsxKeepsIdentifiersDatesAndFormulasAsText()
{
    const QString path = out(u"tricky.xlsx"_s);
    const Run result = run({u"export"_s, Tricky, u"--to"_s, path});
    QCOMPARE(result.exitCode, 0);
    const QList<SpreadsheetRow> rows = readXlsx(path);
    QCOMPARE(rows.size(), 5);
    const QStringList expected[] = {
            {u"01042"_s, u"Byggekort"_s, u"007-12"_s, u"15.01.2026"_s, u"15.01.2094"_s,
             u"=HYPERLINK(\"http://example.com\";\"klikk\")"_s},
            {u"01043"_s, u"Truckførerbevis"_s, u"T-1"_s, u"15.01.2026"_s, u"15.01.2094"_s,
             u"Kurs; dag 1\r\nog dag 2"_s},
            {u"1044"_s, u"Førstehjelp"_s, QString(), u"01.02.2026"_s, u"01.02.2094"_s, u"-2+3"_s},
            {u"1045"_s, u"@Kran"_s, u"+47"_s, u"01.03.2026"_s, u"01.03.2094"_s, u"sa \"ja\""_s},
    };
    for (int i = 0; i < 4; ++i) {
        QStringList texts;
        for (int column = 1; column <= FieldCount; ++column)
            texts.append(rows.at(i + 1).text(column));
        QCOMPARE(texts, expected[i]);
        QCOMPARE(int(rows.at(i + 1).cell(1)->kind), int(SpreadsheetCell::Text));
        QCOMPARE(int(rows.at(i + 1).cell(4)->kind), int(SpreadsheetCell::Date));
        QCOMPARE(int(rows.at(i + 1).cell(6)->kind), int(SpreadsheetCell::Text));
    }
    QVERIFY(!zipPart(path, u"xl/worksheets/sheet1.xml"_s).contains("<f"));
}

void TestCliExport::csvRoundTrip()
{
    const QString path = out(u"roundtrip.csv"_s);
    QCOMPARE(run({u"export"_s, Tricky, u"--to"_s, path}).exitCode, 0);
    const CertificateFileReader::Result original = CertificateFileReader::read(Tricky);
    const CertificateFileReader::Result back = CertificateFileReader::read(path);
    QVERIFY2(back.ok, qPrintable(back.errorString));
    QCOMPARE(back.document.rows.size(), original.document.rows.size());
    for (qsizetype i = 0; i < original.document.rows.size(); ++i) {
        const CertificateRow &row = back.document.rows.at(i);
        const CertificateRow &expected = original.document.rows.at(i);
        for (Field field : allFields()) {
            // The table's texts come back (the CSV holds the table, not the
            // first file's own spellings); FormulaGuard::unguard() is the
            // documented inverse of the export's apostrophe (a no-op once the
            // importer applies it).
            QCOMPARE(row.text(field) == expected.text(field)
                             ? row.text(field)
                             : FormulaGuard::unguard(row.text(field)),
                     expected.text(field));
        }
    }
}

void TestCliExport::payloadIsTheValidRows()
{
    const QString path = out(u"payload.json"_s);
    QCOMPARE(run({u"export"_s, Sample, u"--to"_s, path}).exitCode, 1);
    QCOMPARE(readAll(path), PayloadExporter::toBytes(*modelOf(Sample)));
}

void TestCliExport::failureLeavesThePreviousFile()
{
    const QString path = out(u"previous.csv"_s);
    QVERIFY(writeAll(path, "previous"));
    QCOMPARE(run({u"export"_s, u"no-such-file.csv"_s, u"--to"_s, path}).exitCode, 2);
    QCOMPARE(readAll(path), QByteArray("previous"));
    QCOMPARE(run({u"export"_s, QStringLiteral(DITIO_TEST_DATA_DIR "/workbook-renamed.csv"),
                  u"--to"_s, path})
                     .exitCode,
             2);
    QCOMPARE(readAll(path), QByteArray("previous"));
}

void TestCliExport::templateMapsToEveryField()
{
    const QString path = out(u"template.xlsx"_s);
    QCOMPARE(run({u"export"_s, u"--template"_s, path}).exitCode, 0);
    const QList<SpreadsheetRow> rows = readXlsx(path);
    QCOMPARE(rows.size(), 1);
    QStringList headers;
    for (const SpreadsheetCell &cell : rows.at(0).cells)
        headers.append(cell.text);
    QCOMPARE(headers,
             (QStringList {u"Employee number"_s, u"Certificate type"_s, u"Certificate number"_s,
                           u"Issued"_s, u"Valid until"_s, u"Notes"_s}));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_exportcommand.moc"
