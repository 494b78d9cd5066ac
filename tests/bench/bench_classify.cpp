// Classifying a table against the ledger of one environment (the Change
// column, the review's counts): 100,000 rows against 100,000 keys and
// 1,000,000 against 1,000,000, with a realistic mix (about 60 % unchanged,
// 20 % updates, 15 % new, 5 % sent but unconfirmed). Each measured run is a
// fresh child process, so its peak memory (VmHWM) is its own; the median of
// three runs is reported. Run in a release build:
//   build/release/tests/bench/bench_classify

#include "certificategenerator.h"
#include "model/certificatetablemodel.h"
#include "processmemory.h"
#include "review/changeclassifier.h"
#include "store/ledger.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <cstdio>

using namespace Ditio;

namespace {

// One run: the table and a ledger of as many keys, then classifyAll() timed.
// Prints "ms peakMb residentMb new update unchanged unconfirmed".
int child(int count)
{
    CertificateTableModel model;
    RowStore rows;
    const QList<CertificateRow> generated = CertificateGenerator(7).rows(count);
    for (qsizetype i = 0; i < generated.size(); ++i) {
        CertificateRow row = generated.at(i);
        // Unique keys, as a ledger holds them (the generator repeats some).
        row.setText(Field::EmployeeNumber, QString::number(100000 + i));
        rows.append(std::move(row));
    }
    model.setRows(rows);

    auto ledger = std::make_shared<Ledger>();
    ledger->reserve(count);
    for (int i = 0; i < count; ++i) {
        const CertificateRow &row = rows.at(i);
        LedgerEntry entry;
        entry.employeeNumber = row.text(Field::EmployeeNumber);
        entry.certificateType = row.text(Field::CertificateType);
        LedgerValues values = ChangeClassifier::rowValues(row);
        const int bucket = i % 20; // 12 unchanged, 4 update, 3 new, 1 unconfirmed
        if (bucket >= 12 && bucket < 16) {
            values[fieldIndex(Field::Notes)] = QStringLiteral("earlier note");
        } else if (bucket >= 16 && bucket < 19) {
            // New: the key is another's, so the ledger still holds `count` keys.
            entry.employeeNumber = QStringLiteral("9") + entry.employeeNumber;
        } else if (bucket == 19) {
            entry.unconfirmedValues = packLedgerValues(values);
            entry.unconfirmedAtMs = 1'700'000'100'000;
            values[fieldIndex(Field::Notes)] = QStringLiteral("earlier note");
        }
        entry.confirmedValues = packLedgerValues(values);
        entry.confirmedAtMs = 1'700'000'000'000;
        ledger->insert(std::move(entry));
    }

    const double resident = statusMb("VmRSS:");
    resetPeak();
    QElapsedTimer timer;
    timer.start();
    const QList<RowChangeInfo> changes = ChangeClassifier::classifyAll(model, *ledger);
    const double ms = timer.nsecsElapsed() / 1e6;
    const double peak = statusMb("VmHWM:");
    int byChange[4] = {};
    for (const RowChangeInfo &info : changes)
        ++byChange[int(info.change)];
    std::printf("%.3f %.1f %.1f %d %d %d %d\n", ms, peak, resident, byChange[0], byChange[1],
                byChange[2], byChange[3]);
    return 0;
}

QList<QByteArray> runChild(int count)
{
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--child"), QString::number(count)});
    process.waitForFinished(1200000);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "child %d failed: %s\n", count,
                     process.readAllStandardError().constData());
        return {};
    }
    return process.readAllStandardOutput().trimmed().split(' ');
}

bool measure(int count, const char *target)
{
    QList<double> times;
    double peak = 0;
    QList<QByteArray> fields;
    for (int run = 0; run < 3; ++run) {
        fields = runChild(count);
        if (fields.size() != 7)
            return false;
        times.append(fields.at(0).toDouble());
        peak = std::max(peak, fields.at(1).toDouble());
    }
    std::sort(times.begin(), times.end());
    std::printf("\n%d rows against a ledger of %d keys (new %s, update %s, unchanged %s, "
                "unconfirmed %s)\n",
                count, count, fields.at(3).constData(), fields.at(4).constData(),
                fields.at(5).constData(), fields.at(6).constData());
    printFigure("  classifyAll: time, median of 3", times.at(1), "ms", target);
    printFigure("  classifyAll: peak memory during it (highest of 3)", peak, "MB");
    printFigure("  resident before (table and ledger loaded)", fields.at(2).toDouble(), "MB");
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == u"--child")
        return child(args.at(2).toInt());
    if (!measure(100000, "< 200 ms") || !measure(1000000, "< 2000 ms"))
        return 1;
    return 0;
}
