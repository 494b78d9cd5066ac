// Prints the table's speed and memory figures (issue targets in brackets).
// Run in a release build: `cmake --build --preset release --target bench`.

#include "certificategenerator.h"
#include "model/certificatefilterproxymodel.h"
#include "model/certificatetablemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace Ditio;

namespace {

double medianMs(int runs, const std::function<void()> &prepare, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        prepare();
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

void report(const char *what, double value, const char *unit, const char *target)
{
    std::printf("%-52s %10.2f %-3s  [target %s]\n", what, value, unit, target);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC));

    const double baseMb = residentMb();
    const QList<CertificateRow> rows100k = CertificateGenerator().rows(100000);
    const QList<CertificateRow> rows1m = CertificateGenerator().rows(1000000);

    {
        CertificateTableModel model;
        model.setClock(&clock);
        const double ms = medianMs(
                5, [&] { model.setRows({}); }, [&] { model.setRows(rows100k); });
        report("full validation, 100,000 rows", ms, "ms", "< 50 ms");
    }
    {
        CertificateTableModel model;
        model.setClock(&clock);
        const double ms = medianMs(
                5, [&] { model.setRows({}); }, [&] { model.setRows(rows1m); });
        report("full validation, 1,000,000 rows", ms, "ms", "< 500 ms");

        // One edit of a key field: re-checks the row and the rows sharing its key
        // or type group.
        int row = 0;
        const double editMs = medianMs(
                101, [&] { row = (row + 7919) % model.rowCount(); },
                [&] {
                    model.setCellText(row, Field::CertificateType,
                                      model.text(row, Field::CertificateType) == u"Fallsikring"
                                              ? QStringLiteral("Byggekort")
                                              : QStringLiteral("Fallsikring"));
                });
        report("one edit re-validated, 1,000,000 rows", editMs * 1000, "us", "< 1000 us");
        const double dateMs = medianMs(
                101, [&] { row = (row + 7919) % model.rowCount(); },
                [&] { model.setCellText(row, Field::IssuedDate, QStringLiteral("01.01.2024")); });
        report("one date edit re-validated, 1,000,000 rows", dateMs * 1000, "us", "< 1000 us");
    }
    {
        CertificateTableModel model;
        model.setClock(&clock);
        model.setRows(rows100k);
        CertificateFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        for (int column : {int(CertificateTableModel::EmployeeNumberColumn),
                           int(CertificateTableModel::CertificateTypeColumn),
                           int(CertificateTableModel::ValidUntilColumn)}) {
            const double ms = medianMs(
                    5, [&] { proxy.sort(-1); }, [&] { proxy.sort(column, Qt::DescendingOrder); });
            const QByteArray what = "sort 100,000 rows by "
                    + model.headerData(column, Qt::Horizontal).toString().toUtf8();
            report(what.constData(), ms, "ms", "< 300 ms");
        }
        const double filterMs = medianMs(
                5, [&] { proxy.setOnlyProblems(false); }, [&] { proxy.setOnlyProblems(true); });
        report("filter 100,000 rows: only rows with problems", filterMs, "ms", "no visible stall");
        const double searchMs = medianMs(
                5, [&] { proxy.setSearchText({}); },
                [&] { proxy.setSearchText(QStringLiteral("Kranfører")); });
        report("filter 100,000 rows: search text", searchMs, "ms", "no visible stall");
    }
    {
        // One group of 100,000 equal keys (the rest of a file after an
        // unclosed quote): validated, every row's warning built as the
        // report does, then the group taken apart. Linear in the group
        // (36,000 rows took 26 s when each row looked at the whole group).
        QList<CertificateRow> same;
        same.reserve(100000);
        for (int i = 0; i < 100000; ++i)
            same.append(rows100k.first());
        CertificateTableModel model;
        model.setClock(&clock);
        const double ms = medianMs(
                3, [&] { model.setRows({}); },
                [&] {
                    model.setRows(same);
                    qsizetype issues = 0;
                    for (int row = 0; row < model.rowCount(); ++row)
                        issues += model.issues(row).size();
                    if (issues < model.rowCount())
                        std::abort(); // every row has its warning
                    model.takeRows(0, model.rowCount() / 2);
                });
        report("100,000 equal keys: check, warnings, remove half", ms, "ms", "< 1000 ms");
    }
    {
        const double before = residentMb();
        CertificateTableModel model;
        model.setClock(&clock);
        QList<CertificateRow> copy = CertificateGenerator(7).rows(100000);
        model.setRows(copy);
        copy.clear();
        report("memory for a 100,000-row table (RSS growth)", residentMb() - before, "MB",
               "< 200 MB");
    }
    std::printf("(process baseline RSS %.0f MB before generating rows)\n", baseMb);
    return 0;
}
