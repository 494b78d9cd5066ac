// Prints what the work file and the recovery copy cost at a million rows
// (issue targets in brackets): the size of a version-2 work file against the
// same rows as CSV, the time and peak memory of writing and reading it, the
// same for version 1 at 200,000 rows for comparison, and one edit at a
// million rows with the autosave running: its time on the UI thread and the
// bytes it writes. Every measured run is a fresh child process, so peak
// memory (VmHWM) is that of one run alone. Run in a release build:
// `cmake --build --preset release --target bench`.
//
//   bench_workfile                          generate, then measure
//   bench_workfile --write CSV OUT VERSION  import CSV, then write OUT (version 1 or 2) once
//   bench_workfile --read FILE              WorkFile::read once
//   bench_workfile --edit FOLDER ROWS       one-edit cost with an Autosaver in FOLDER

#include "certificategenerator.h"
#include "export/csvexporter.h"
#include "import/certificatefilereader.h"
#include "model/certificatetablemodel.h"
#include "processmemory.h"
#include "session/autosaver.h"
#include "session/document.h"
#include "session/recoverystore.h"
#include "util/savefile.h"
#include "workfile/workfile.h"
#include "workfileversion1.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>

using namespace Ditio;

namespace {

// Bytes this process handed to write(2) and friends so far.
qint64 bytesWritten()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("wchar:"))
            return line.mid(6).trimmed().toLongLong();
    }
    return -1;
}

// Runs the event loop until `done` or `ms` passed.
bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

int childWrite(const QString &csv, const QString &out, int version)
{
    const CertificateFileReader::Result read = CertificateFileReader::read(csv);
    if (!read.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(read.errorString));
        return 1;
    }
    const double resident = statusMb("VmRSS:");
    resetPeak();
    QElapsedTimer timer;
    timer.start();
    bool ok = false;
    if (version == 1) {
        QString reason;
        ok = SaveFile::writeWhole(out, DitioTest::serializeVersion1(read.document), &reason);
    } else {
        ok = WorkFile::write(out, read.document).ok();
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    const double peak = statusMb("VmHWM:");
    if (!ok)
        return 1;
    // The same rows as the app exports them to CSV, for the size only.
    if (version == 2) {
        CertificateTableModel model;
        model.setRows(read.document.rows);
        if (!CsvExporter::write(model, out + QStringLiteral(".export.csv")).ok)
            return 1;
    }
    std::printf("%.3f %.1f %.1f %lld\n", ms, peak, resident,
                static_cast<long long>(read.document.rows.size()));
    return 0;
}

int childRead(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const WorkFile::ReadResult read = WorkFile::read(path);
    const double ms = timer.nsecsElapsed() / 1e6;
    if (!read.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(read.errorString));
        return 1;
    }
    std::printf("%.3f %.1f %.1f %lld\n", ms, statusMb("VmHWM:"), statusMb("VmRSS:"),
                static_cast<long long>(read.document.rows.size()));
    return 0;
}

int childEdit(const QString &folder, int rows)
{
    Document document(folder);
    Autosaver *autosaver = document.autosaver();
    QElapsedTimer snapshot;
    double snapshotMs = 0;
    QObject::connect(autosaver, &Autosaver::snapshotStarted, autosaver, [&] { snapshot.start(); });
    QObject::connect(autosaver, &Autosaver::saved, autosaver, [&] {
        if (snapshot.isValid() && snapshotMs == 0)
            snapshotMs = snapshot.nsecsElapsed() / 1e6;
    });
    WorkDocument work;
    work.rows = CertificateGenerator().rows(rows);
    work.sourcePath = QStringLiteral("/home/anna/certificates.csv");
    work.sourceFormat = QStringLiteral("csv");
    // Restored work, unsaved: the autosave writes its first snapshot. The
    // table's rows are then the table's alone, as after an open.
    document.load(work, {}, {}, true);
    work = WorkDocument();
    const double loadedMb = statusMb("VmRSS:");
    resetPeak();
    if (!waitFor([&] { return snapshotMs > 0 && !autosaver->isPending(); }, 120000))
        return 1;
    const double snapshotPeak = statusMb("VmHWM:");
    const QString file = document.recoveryStore()->sessionFile();
    const qint64 snapshotBytes = QFileInfo(file).size();

    // Edits as a user types them, each one cell through the undo stack.
    CertificateTableModel *model = document.model();
    QList<double> uiMs;
    QList<qint64> written;
    resetPeak();
    for (int i = 0; i < 21; ++i) {
        const qint64 before = bytesWritten();
        const int row = int((qint64(i) * 48271 + 500000) % rows);
        QElapsedTimer timer;
        timer.start();
        model->setData(model->index(row, CertificateTableModel::NotesColumn),
                       QStringLiteral("Fornyet %1, kurs hos opplæringskontoret").arg(i));
        uiMs.append(timer.nsecsElapsed() / 1e6);
        // The journal is synced within the autosave delay; nothing else follows.
        if (!waitFor([&] { return !autosaver->isPending(); }, 10000))
            return 1;
        written.append(bytesWritten() - before);
    }
    const double editPeak = statusMb("VmHWM:");
    std::sort(uiMs.begin(), uiMs.end());
    std::sort(written.begin(), written.end());

    // A restore of snapshot + journal, as the next start would do it.
    QElapsedTimer restore;
    restore.start();
    const WorkFile::ReadResult restored = RecoveryStore::read(file);
    const double restoreMs = restore.nsecsElapsed() / 1e6;
    if (!restored.ok || restored.document.rows.size() != rows)
        return 1;

    std::printf("%.1f %.1f %.1f %lld %.3f %.3f %lld %lld %.1f %.1f %lld\n", loadedMb, snapshotMs,
                snapshotPeak, static_cast<long long>(snapshotBytes), uiMs.at(uiMs.size() / 2),
                uiMs.last(), static_cast<long long>(written.at(written.size() / 2)),
                static_cast<long long>(written.last()), editPeak, restoreMs,
                static_cast<long long>(autosaver->journalBytes()));
    return 0;
}

// The fields a child printed, or an empty list when it failed.
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

struct Run
{
    double ms = 0; // median
    double peakMb = 0; // the highest
    double residentMb = 0;
    bool ok = false;
};

Run measure(const QStringList &arguments, int runs)
{
    Run run;
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        const QList<QByteArray> fields = runChild(arguments);
        if (fields.size() < 3)
            return run;
        times.append(fields.at(0).toDouble());
        run.peakMb = std::max(run.peakMb, fields.at(1).toDouble());
        run.residentMb = fields.at(2).toDouble();
    }
    std::sort(times.begin(), times.end());
    run.ms = times.at(times.size() / 2);
    run.ok = true;
    return run;
}

double megabytes(const QString &path)
{
    return QFileInfo(path).size() / 1e6;
}

// Writes and reads `rows` rows imported from a generated CSV, in `version`.
bool measureFile(const QString &folder, int rows, int version, int runs)
{
    const QString csv = folder + QStringLiteral("/certificates-%1.csv").arg(rows);
    if (!QFile::exists(csv)) {
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(CertificateGenerator().norwegianExcelCsv(rows)) <= 0)
            return false;
    }
    const QString out =
            folder + QStringLiteral("/certificates-%1-v%2.ditiocerts").arg(rows).arg(version);
    std::printf("\n%d rows, work file version %d (median of %d fresh processes)\n", rows, version,
                runs);
    const Run write =
            measure({QStringLiteral("--write"), csv, out, QString::number(version)}, runs);
    if (!write.ok)
        return false;
    const Run read = measure({QStringLiteral("--read"), out}, runs);
    if (!read.ok)
        return false;
    const bool big = rows >= 1000000;
    printFigure("  CSV from Norwegian Excel (the file imported)", megabytes(csv), "MB");
    if (version == 2) {
        printFigure("  the same rows as the app exports them to CSV",
                    megabytes(out + QStringLiteral(".export.csv")), "MB");
    }
    printFigure("  work file", megabytes(out), "MB");
    printFigure("  work file / imported CSV", double(QFileInfo(out).size()) / QFileInfo(csv).size(),
                "x", version == 2 ? "<= 2" : "");
    printFigure("  bytes per row", double(QFileInfo(out).size()) / rows, "B");
    printFigure("  write: time", write.ms, "ms");
    printFigure("  write: peak memory (rows already loaded)", write.peakMb, "MB");
    printFigure("  write: resident before (the rows)", write.residentMb, "MB");
    printFigure("  read: time", read.ms, "ms",
                big && version == 2 ? "a few s, was 29 s for 236 MB" : "");
    printFigure("  read: peak memory", read.peakMb, "MB",
                big && version == 2 ? "was 4.6 GB for 236 MB" : "");
    printFigure("  read: resident after (the rows)", read.residentMb, "MB");
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == u"--write")
        return childWrite(args.at(2), args.at(3), args.at(4).toInt());
    if (args.size() == 3 && args.at(1) == u"--read")
        return childRead(args.at(2));
    if (args.size() == 4 && args.at(1) == u"--edit")
        return childEdit(args.at(2), args.at(3).toInt());

    QTemporaryDir dir;
    if (!measureFile(dir.path(), 1000000, 2, 3) || !measureFile(dir.path(), 200000, 2, 3)
        || !measureFile(dir.path(), 200000, 1, 1))
        return 1;

    std::printf("\nOne edit at 1,000,000 rows, autosave running (21 edits, one a run)\n");
    const QList<QByteArray> edit =
            runChild({QStringLiteral("--edit"), dir.filePath(QStringLiteral("recovery")),
                      QStringLiteral("1000000")});
    if (edit.size() != 11)
        return 1;
    printFigure("  resident with the table loaded", edit.at(0).toDouble(), "MB");
    printFigure("  first snapshot, on a worker: time", edit.at(1).toDouble(), "ms");
    printFigure("  first snapshot: peak memory", edit.at(2).toDouble(), "MB");
    printFigure("  first snapshot: size", edit.at(3).toDouble() / 1e6, "MB");
    printFigure("  one edit: UI-thread time, median", edit.at(4).toDouble(), "ms", "<= 20 ms");
    printFigure("  one edit: UI-thread time, slowest of 21", edit.at(5).toDouble(), "ms",
                "<= 20 ms");
    printFigure("  one edit: bytes written, median", edit.at(6).toDouble(), "B", "<= 1 MB");
    printFigure("  one edit: bytes written, most", edit.at(7).toDouble(), "B", "<= 1 MB");
    printFigure("  peak memory while editing", edit.at(8).toDouble(), "MB");
    printFigure("  restore (snapshot + journal of 21 edits): time", edit.at(9).toDouble(), "ms");
    printFigure("  journal after 21 edits", edit.at(10).toDouble(), "B");
    return 0;
}
