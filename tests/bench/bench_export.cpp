// Prints how long the exports take for a 100,000-row table of realistic
// certificates: CSV, XLSX and the payload JSON, each written to a real file
// (median of 5). Run in a release build:
// `cmake --build --preset release --target bench`.
//
//   bench_export          all three, 100,000 rows
//   bench_export N RUNS   N rows, the median of RUNS

#include "benchmedian.h"
#include "certificategenerator.h"
#include "export/csvexporter.h"
#include "export/payloadexporter.h"
#include "export/xlsxexporter.h"
#include "model/certificatetablemodel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace Ditio;

namespace {

// The median time of `runs` exports; a failed export ends the benchmark.
double exportMedianMs(int runs, const std::function<ExportResult()> &work)
{
    return medianMs(runs, [&] {
        const ExportResult result = work();
        if (!result.ok) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(result.errorString));
            std::exit(1);
        }
    });
}

void report(const QByteArray &what, double ms, const QString &path)
{
    std::printf("%-52s %10.2f ms  (%.1f MB)\n", what.constData(), ms,
                QFileInfo(path).size() / (1024.0 * 1024.0));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, std::atoi(argv[1])) : 100000;
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    const FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC));
    CertificateTableModel model;
    model.setClock(&clock);
    model.setRows(CertificateGenerator().rows(count));

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QByteArray rows = QByteArray::number(count) + " rows";
    const QString csv = dir.filePath(QStringLiteral("export.csv"));
    report("CSV export, " + rows,
           exportMedianMs(runs, [&] { return CsvExporter::write(model, csv); }), csv);
    const QString xlsx = dir.filePath(QStringLiteral("export.xlsx"));
    report("XLSX export, " + rows,
           exportMedianMs(runs, [&] { return XlsxExporter::write(model, xlsx); }), xlsx);
    const QString json = dir.filePath(QStringLiteral("payload.json"));
    report("payload JSON export, " + rows,
           exportMedianMs(runs, [&] { return PayloadExporter::write(model, json); }), json);
    return 0;
}
