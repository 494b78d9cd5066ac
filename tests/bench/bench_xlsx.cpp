// Prints the XLSX reader's speed and memory on a generated 100,000-row
// workbook of realistic certificates (issue targets in brackets). Run in a
// release build: `cmake --build --preset release --target bench`.
//
//   bench_xlsx                 generate, then time the reader (median of 5)
//   bench_xlsx --read FILE     read FILE once, print rows and peak memory
//   bench_xlsx --write FILE N  write a generated N-row workbook to FILE

#include "benchmedian.h"
#include "certificategenerator.h"
#include "io/workbook/xlsxreader.h"
#include "processmemory.h"
#include "xlsxfixturewriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Ditio;

namespace {

void report(const char *what, double value, const char *unit, const char *target)
{
    std::printf("%-52s %10.2f %-5s  [target %s]\n", what, value, unit, target);
    std::fflush(stdout);
}

// Days since 1899-12-30: the 1900 date system's serial for dates after 1900-02-28.
int serial(const QString &ddMMyyyy)
{
    const QDate date = QDate::fromString(ddMMyyyy, u"dd.MM.yyyy");
    return date.isValid() ? int(QDate(1899, 12, 30).daysTo(date)) : -1;
}

// Written the way Excel writes such a sheet: numbers as numbers, every text a
// shared string, dates as serials with the built-in date format 14.
bool writeWorkbook(const QString &path, int count)
{
    const QList<CertificateRow> rows = CertificateGenerator().rows(count);
    XlsxFixtureWriter writer;
    const int dateStyle = writer.addStyle(14);
    const QByteArray dateS = QByteArray::number(dateStyle);
    QByteArray data;
    data.reserve(qsizetype(count) * 230);
    const char *headers[] = {"Ansattnr", "Sertifikattype", "Sertifikatnr",
                             "Utstedt",  "Gyldig til",     "Merknad"};
    data += "<row r=\"1\" spans=\"1:6\" x14ac:dyDescent=\"0.25\">";
    for (int column = 0; column < 6; ++column) {
        data += "<c r=\"" + XlsxFixtureWriter::reference(1, column + 1) + "\" t=\"s\"><v>"
                + QByteArray::number(writer.sharedString(QString::fromUtf8(headers[column])))
                + "</v></c>";
    }
    data += "</row>";
    for (const CertificateRow &row : rows) {
        const int r = row.sourceRow;
        const QByteArray rs = QByteArray::number(r);
        data += "<row r=\"" + rs + "\" spans=\"1:6\" x14ac:dyDescent=\"0.25\">";
        data += "<c r=\"A" + rs + "\"><v>" + row.text(Field::EmployeeNumber).toLatin1()
                + "</v></c>";
        data += "<c r=\"B" + rs + "\" t=\"s\"><v>"
                + QByteArray::number(writer.sharedString(row.text(Field::CertificateType)))
                + "</v></c>";
        data += "<c r=\"C" + rs + "\" t=\"s\"><v>"
                + QByteArray::number(writer.sharedString(row.text(Field::CertificateNumber)))
                + "</v></c>";
        const char columns[] = {'D', 'E'};
        const Field fields[] = {Field::IssuedDate, Field::ValidUntilDate};
        for (int i = 0; i < 2; ++i) {
            const int day = serial(row.text(fields[i]));
            data += "<c r=\"" + QByteArray(1, columns[i]) + rs + "\"";
            if (day > 0) {
                data += " s=\"" + dateS + "\"><v>" + QByteArray::number(day) + "</v></c>";
            } else { // "31.02.2027": typed as text
                data += " t=\"s\"><v>"
                        + QByteArray::number(writer.sharedString(row.text(fields[i]))) + "</v></c>";
            }
        }
        if (!row.text(Field::Notes).isEmpty()) {
            data += "<c r=\"F" + rs + "\" t=\"s\"><v>"
                    + QByteArray::number(writer.sharedString(row.text(Field::Notes))) + "</v></c>";
        }
        data += "</row>";
    }
    writer.addSheet(QStringLiteral("Sertifikater"), data);
    return writer.save(path);
}

// Reads the preferred sheet; keep: the rows are stored, as an importer would.
qsizetype readAll(const QString &path, bool keep = true)
{
    XlsxReader xlsx;
    QList<SpreadsheetRow> rows;
    qsizetype count = 0;
    const auto onRow = [&](const SpreadsheetRow &row) {
        if (keep)
            rows.append(row);
        ++count;
        return true;
    };
    if (!xlsx.open(path) || !xlsx.readSheet(xlsx.preferredSheet(), onRow)) {
        std::fprintf(stderr, "%s\n", qPrintable(xlsx.errorString()));
        return -1;
    }
    return count;
}

// Only unpacking the sheet part: the floor for any reader.
qint64 unzipSheet(const QString &path)
{
    QuaZip zip(path);
    zip.open(QuaZip::mdUnzip);
    zip.setCurrentFile(QStringLiteral("xl/worksheets/sheet1.xml"));
    QuaZipFile file(&zip);
    file.open(QIODevice::ReadOnly);
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    qint64 total = 0;
    for (qint64 n; (n = file.read(buffer.data(), buffer.size())) > 0;)
        total += n;
    return total;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args.at(1) == u"--read") {
        const qsizetype rows = readAll(args.at(2));
        std::printf("%lld %.1f\n", static_cast<long long>(rows), statusMb("VmHWM:"));
        return rows < 0 ? 1 : 0;
    }
    if (args.size() >= 4 && args.at(1) == u"--write")
        return writeWorkbook(args.at(2), args.at(3).toInt()) ? 0 : 1;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("certificates-100k.xlsx"));
    if (!writeWorkbook(path, 100000)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    report("generated XLSX, 100,000 rows: file size", QFileInfo(path).size() / 1048576.0, "MB",
           "~4 MB");

    qint64 sheetBytes = 0;
    const double unzipMs = medianMs(5, [&] { sheetBytes = unzipSheet(path); });
    report("unzip the sheet part only (no parsing)", unzipMs, "ms", "reference");
    report("  sheet XML unpacked", sheetBytes / 1048576.0, "MB", "reference");

    qsizetype rows = 0;
    const double readMs = medianMs(5, [&] { rows = readAll(path); });
    if (rows != 100001) {
        std::fprintf(stderr, "read %lld rows, expected 100001\n", static_cast<long long>(rows));
        return 1;
    }
    report("XLSX read, 100,000 rows (rows kept)", readMs, "ms", "< 500 ms");
    report("  rows per second", rows / (readMs / 1000.0) / 1e6, "M/s", "");
    const double parseMs = medianMs(5, [&] { rows = readAll(path, false); });
    report("XLSX read, 100,000 rows (rows only counted)", parseMs, "ms", "reference");

    // Peak memory in a fresh process that does nothing but the read.
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--read"), path});
    child.waitForFinished(120000);
    const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
    if (child.exitCode() != 0 || fields.size() != 2) {
        std::fprintf(stderr, "the --read child failed\n");
        return 1;
    }
    report("XLSX read, 100,000 rows: peak memory (VmHWM)", fields.at(1).toDouble(), "MB",
           "< 150 MB");
    return 0;
}
