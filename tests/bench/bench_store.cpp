// Prints what the local store costs (issue targets in brackets): recording a
// 100,000-row upload in the ledger (a fresh store, and on top of 100,000
// keys), loading the ledger of 100,000 and 1,000,000 keys, and the size of the
// store at 1,000,000 keys. Every measured run is a fresh child process, so
// peak memory (VmHWM) is that of one run alone; times are the median of 3.
// Run in a release build: `cmake --build --preset release --target bench`.
//
//   bench_store                          generate, then measure
//   bench_store --record FILE FIRST N    one recordSends of N confirmed keys from FIRST
//   bench_store --load FILE              open and loadLedger once
//   bench_store --fill FILE N            N keys in 100,000-key calls, checkpointed

#include "certificategenerator.h"
#include "processmemory.h"
#include "store/certificatestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Ditio;

namespace {

const QString Env = QStringLiteral("https://core-api.ditio.dev/core");

// Realistic values (the generator's certificates as Ditio's JSON carries
// them) under keys first .. first + count - 1.
QList<LedgerSend> makeSends(int first, int count)
{
    static const QList<CertificateRow> rows = CertificateGenerator().rows(100000);
    QList<LedgerSend> sends;
    sends.reserve(count);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        const CertificateRow &row = rows.at(i % rows.size());
        LedgerValues values;
        for (Field field : allFields())
            values[fieldIndex(field)] = row.apiValue(field);
        values[0] = QString::number(100000 + first + i);
        sends.append({values[0], values[1], packLedgerValues(values), true, now});
    }
    return sends;
}

int childRecord(const QString &file, int first, int count)
{
    const QList<LedgerSend> sends = makeSends(first, count);
    CertificateStore store;
    if (!store.open(file))
        return 1;
    const qint64 run = store.beginRun(Env, QStringLiteral("Test"), QStringLiteral("/bench.csv"),
                                      QDateTime::currentDateTimeUtc());
    const double resident = statusMb("VmRSS:");
    resetPeak();
    QElapsedTimer timer;
    timer.start();
    const bool ok = store.recordSends(Env, run, sends);
    const double ms = timer.nsecsElapsed() / 1e6;
    if (!ok) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorMessage()));
        return 1;
    }
    std::printf("%.3f %.1f %.1f\n", ms, statusMb("VmHWM:"), resident);
    return 0;
}

int childLoad(const QString &file)
{
    const double resident = statusMb("VmRSS:");
    resetPeak();
    QElapsedTimer timer;
    timer.start();
    CertificateStore store;
    if (!store.open(file))
        return 1;
    const std::optional<Ledger> ledger = store.loadLedger(Env);
    const double ms = timer.nsecsElapsed() / 1e6;
    if (!ledger)
        return 1;
    std::printf("%.3f %.1f %.1f %lld\n", ms, statusMb("VmHWM:"), resident,
                static_cast<long long>(ledger->size()));
    return 0;
}

int childFill(const QString &file, int count)
{
    {
        CertificateStore store;
        if (!store.open(file))
            return 1;
        for (int first = 0; first < count; first += 100000) {
            if (!store.recordSends(Env, 1, makeSends(first, std::min(100000, count - first))))
                return 1;
        }
    }
    // What stays on disk: the main file, and whatever is left in -wal after
    // a checkpoint (closing the last connection checkpoints and removes it).
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("c"));
        db.setDatabaseName(file);
        if (!db.open())
            return 1;
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const qint64 size =
                QFileInfo(file).size() + QFileInfo(file + QStringLiteral("-wal")).size();
        std::printf("%lld\n", static_cast<long long>(size));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("c"));
    return 0;
}

QList<QByteArray> runChild(const QStringList &arguments)
{
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(), arguments);
    process.waitForFinished(1200000);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(arguments.join(u' ')),
                     process.readAllStandardError().constData());
        return {};
    }
    return process.readAllStandardOutput().trimmed().split(' ');
}

struct Figures
{
    double ms = -1;
    double peakMb = -1;
};

// The median time of three runs, and the highest peak of them.
Figures medianOf3(const std::function<QStringList(int)> &arguments,
                  const std::function<void(int)> &prepare = {})
{
    QList<double> times;
    Figures figures;
    for (int i = 0; i < 3; ++i) {
        if (prepare)
            prepare(i);
        const QList<QByteArray> fields = runChild(arguments(i));
        if (fields.size() < 3)
            return {};
        times.append(fields.at(0).toDouble());
        figures.peakMb = std::max(figures.peakMb, fields.at(1).toDouble());
    }
    std::sort(times.begin(), times.end());
    figures.ms = times.at(1);
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == u"--record")
        return childRecord(args.at(2), args.at(3).toInt(), args.at(4).toInt());
    if (args.size() == 3 && args.at(1) == u"--load")
        return childLoad(args.at(2));
    if (args.size() == 4 && args.at(1) == u"--fill")
        return childFill(args.at(2), args.at(3).toInt());

    QTemporaryDir dir;
    const auto file = [&](const QString &name) { return dir.filePath(name); };
    const auto removeStore = [](const QString &path) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QString::fromLatin1(suffix));
    };
    const QString n100k = QStringLiteral("100000");

    // A fresh store each time.
    Figures fresh = medianOf3([&](int i) {
        return QStringList {QStringLiteral("--record"),
                            file(QStringLiteral("fresh%1.sqlite").arg(i)), QStringLiteral("0"),
                            n100k};
    });
    printFigure("record 100,000 sends, fresh store", fresh.ms, "ms", "< 1000 ms");
    printFigure("  peak memory (VmHWM, recordSends only)", fresh.peakMb, "MB");

    // 100,000 new keys on top of 100,000 (the store of the fresh run).
    Figures onTop = medianOf3([&](int i) {
        return QStringList {QStringLiteral("--record"),
                            file(QStringLiteral("fresh%1.sqlite").arg(i)), n100k, n100k};
    });
    printFigure("record 100,000 new sends on top of 100,000 keys", onTop.ms, "ms", "< 1000 ms");
    printFigure("  peak memory (VmHWM)", onTop.peakMb, "MB");

    // The same 100,000 keys again (a re-upload: every row an update).
    Figures again = medianOf3([&](int i) {
        return QStringList {QStringLiteral("--record"),
                            file(QStringLiteral("fresh%1.sqlite").arg(i)), QStringLiteral("0"),
                            n100k};
    });
    printFigure("record 100,000 sends over the same keys (updates)", again.ms, "ms", "< 1000 ms");
    printFigure("  peak memory (VmHWM)", again.peakMb, "MB");

    const QString hundred = file(QStringLiteral("load100k.sqlite"));
    if (runChild({QStringLiteral("--fill"), hundred, n100k}).isEmpty())
        return 1;
    Figures load100k = medianOf3([&](int) {
        return QStringList {QStringLiteral("--load"), hundred};
    });
    printFigure("open + loadLedger, 100,000 keys", load100k.ms, "ms");
    printFigure("  peak memory (VmHWM, whole process)", load100k.peakMb, "MB");

    const QString million = file(QStringLiteral("load1m.sqlite"));
    const QList<QByteArray> size =
            runChild({QStringLiteral("--fill"), million, QStringLiteral("1000000")});
    if (size.isEmpty())
        return 1;
    printFigure("store size, 1,000,000 keys (file + -wal after checkpoint)",
                size.first().toDouble() / (1024.0 * 1024.0), "MB", "< 200 MB");
    Figures load1m = medianOf3([&](int) {
        return QStringList {QStringLiteral("--load"), million};
    });
    printFigure("open + loadLedger, 1,000,000 keys", load1m.ms, "ms");
    printFigure("  peak memory (VmHWM, whole process)", load1m.peakMb, "MB");
    for (int i = 0; i < 3; ++i)
        removeStore(file(QStringLiteral("fresh%1.sqlite").arg(i)));
    return 0;
}
