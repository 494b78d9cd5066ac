// Prints the targets for whole commands at a million rows, each run as
// a fresh process whose peak memory (ru_maxrss from wait4) is its own:
// validate (text and JSON), export (payload, CSV, XLSX), upload to the
// stand-in server with a generated register of a million employees, and the
// window from start to a usable table. pandas on the same file, for
// comparison, when python3-pandas is installed. Run in a release build:
// `cmake --build --preset release --target bench`.
//
//   bench_commands [ROWS [RUNS]]    generate ROWS (1,000,000), median of RUNS (3)
//   bench_commands --window FILE    one window run: start, open FILE, usable
//   bench_commands --write-csv FILE ROWS   write the generated CSV
//
// The generated file is written by a child: a child spawned with vfork
// starts from its parent's peak memory (Linux carries the old address
// space's high-water mark over exec), so this process stays small.

#include "certificategenerator.h"
#include "documentcontroller.h"
#include "mainwindow.h"
#include "model/certificatefilterproxymodel.h"
#include "settings/appsettings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <optional>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace Ditio;

namespace {

struct Run
{
    bool ok = false;
    int exitCode = -1;
    double seconds = 0;
    double peakMb = 0;
};

// Runs a program to its end with stdout and stderr sent to files (or
// /dev/null), and measures its wall time and peak resident memory.
Run spawnMeasured(const QStringList &command, const QString &stdoutPath = {},
                  const QStringList &extraEnvironment = {})
{
    Run run;
    QList<QByteArray> arguments;
    for (const QString &argument : command)
        arguments.append(QFile::encodeName(argument));
    std::vector<char *> argv;
    for (QByteArray &argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    QList<QByteArray> environment;
    for (char **e = environ; *e; ++e)
        environment.append(*e);
    for (const QString &variable : extraEnvironment)
        environment.append(variable.toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &variable : environment)
        envp.push_back(variable.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray out =
            stdoutPath.isEmpty() ? QByteArray("/dev/null") : QFile::encodeName(stdoutPath);
    posix_spawn_file_actions_addopen(&actions, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return run;
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return run;
    run.seconds = timer.nsecsElapsed() / 1e9;
    run.peakMb = usage.ru_maxrss / 1024.0;
    run.ok = WIFEXITED(status);
    run.exitCode = run.ok ? WEXITSTATUS(status) : -1;
    return run;
}

// The median time and the highest peak of `runs` runs; none when a run
// failed (an exit code not in `okCodes`).
std::optional<Run> measure(const QStringList &command, int runs, QList<int> okCodes = {0},
                           const QStringList &environment = {},
                           const std::function<void()> &before = {})
{
    QList<double> times;
    Run result;
    for (int i = 0; i < runs; ++i) {
        if (before)
            before();
        const Run run = spawnMeasured(command, {}, environment);
        if (!run.ok || !okCodes.contains(run.exitCode)) {
            std::fprintf(stderr, "bench_commands: %s ended %d\n", qPrintable(command.join(u' ')),
                         run.exitCode);
            return std::nullopt;
        }
        times.append(run.seconds);
        result.peakMb = std::max(result.peakMb, run.peakMb);
    }
    std::sort(times.begin(), times.end());
    result.seconds = times.at(times.size() / 2);
    result.ok = true;
    return result;
}

void report(const char *what, const std::optional<Run> &run, const char *target)
{
    if (!run) {
        std::printf("%-58s %12s  [target %s]\n", what, "failed", target);
    } else {
        std::printf("%-58s %7.2f s %6.0f MB  [target %s]\n", what, run->seconds, run->peakMb,
                    target);
    }
    std::fflush(stdout);
}

// bench_commands --window FILE: the time from here (the process is a few
// milliseconds old) to a window showing FILE's rows with nothing pending, in
// seconds, then the peak memory, on one line.
int windowChild(const QString &file)
{
    QElapsedTimer timer;
    timer.start();
    int argc = 1;
    char name[] = "bench_commands";
    char *argv[] = {name, nullptr};
    QApplication app(argc, argv);
    QTemporaryDir dir;
    auto settings = std::make_unique<AppSettings>(std::make_unique<QSettings>(
            dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
    MainWindow window(std::move(settings), dir.filePath(QStringLiteral("recovery")));
    window.resize(1280, 800);
    window.show();
    double usable = -1;
    QObject::connect(window.documentController(), &DocumentController::openFinished, &window,
                     [&](bool ok) {
                         if (!ok) {
                             app.exit(1);
                             return;
                         }
                         // Painted with its rows: the next idle moment.
                         window.repaint();
                         QTimer::singleShot(0, &window, [&] {
                             usable = timer.nsecsElapsed() / 1e9;
                             app.exit(0);
                         });
                     });
    window.start(file);
    const int code = app.exec();
    if (code != 0 || usable < 0 || window.proxyModel()->rowCount() == 0)
        return 1;
    std::printf("%.3f\n", usable);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--window") == 0)
        return windowChild(QString::fromLocal8Bit(argv[2]));
    if (argc == 4 && qstrcmp(argv[1], "--write-csv") == 0) {
        QFile file(QString::fromLocal8Bit(argv[2]));
        return file.open(QIODevice::WriteOnly)
                        && file.write(CertificateGenerator().norwegianExcelCsv(
                                   QByteArray(argv[3]).toInt()))
                                > 0
                ? 0
                : 1;
    }
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 1000000;
    const int runs = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 3;
    const QString cli = QStringLiteral(DITIO_CLI_PATH);
    const QString sandbox = QStringLiteral(DITIO_SANDBOX_PATH);

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("certificates.csv"));
    if (QProcess::execute(QCoreApplication::applicationFilePath(),
                          {QStringLiteral("--write-csv"), csv, QString::number(rows)})
        != 0)
        return 1;
    std::printf("bench_commands: %d rows, a %.0f MB CSV from Norwegian Excel (Windows-1252, ;), "
                "median of %d fresh processes, the highest peak\n",
                rows, QFileInfo(csv).size() / 1e6, runs);

    // validate exits 1 when a row has errors (the generated file has a few).
    const QList<int> validated {0, 1};
    report("validate (text)", measure({cli, QStringLiteral("validate"), csv}, runs, validated),
           "1.2 s, 450 MB");
    report("validate --format json",
           measure({cli, QStringLiteral("validate"), QStringLiteral("--format"),
                    QStringLiteral("json"), csv},
                   runs, validated),
           "2.5 s, 450 MB");
    const auto exportTo = [&](const QString &name) {
        return measure(
                {cli, QStringLiteral("export"), csv, QStringLiteral("--to"), dir.filePath(name)},
                runs, {0, 1});
    };
    report("export --to payload.json", exportTo(QStringLiteral("payload.json")), "1.5 s, 450 MB");
    report("export --to out.csv", exportTo(QStringLiteral("out.csv")), "1.5 s, 450 MB");
    report("export --to out.xlsx", exportTo(QStringLiteral("out.xlsx")), "4 s, 450 MB");

    // The stand-in server, with a register of as many employees as rows.
    QProcess server;
    server.setProgram(sandbox);
    server.setArguments({QStringLiteral("--employees"), QString::number(rows)});
    server.setStandardErrorFile(QProcess::nullDevice());
    server.start();
    QStringList environment;
    if (server.waitForStarted()) {
        while (environment.size() < 3 && server.waitForReadyRead(60000)) {
            while (server.canReadLine())
                environment.append(QString::fromUtf8(server.readLine()).trimmed());
        }
    }
    if (environment.size() == 3) {
        environment.append(QStringLiteral("DITIO_CLIENT_SECRET=sandbox-secret"));
        report("upload to the stand-in server (--employees N)",
               measure({cli, QStringLiteral("upload"), csv}, 1, {0, 1}, environment),
               "20 s, 600 MB");
    } else {
        report("upload to the stand-in server (--employees N)", std::nullopt, "20 s, 600 MB");
    }
    server.kill();
    server.waitForFinished();

    // The window: the time the child prints (from its start to a usable
    // table), and its peak memory over the run.
    {
        QList<double> times;
        std::optional<Run> window = Run {true, 0, 0, 0};
        for (int i = 0; i < runs && window; ++i) {
            const QString out = dir.filePath(QStringLiteral("window.txt"));
            const Run run = spawnMeasured(
                    {QCoreApplication::applicationFilePath(), QStringLiteral("--window"), csv}, out,
                    {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
            QFile printed(out);
            if (!run.ok || run.exitCode != 0 || !printed.open(QIODevice::ReadOnly)) {
                window.reset();
                break;
            }
            times.append(printed.readAll().trimmed().toDouble());
            window->peakMb = std::max(window->peakMb, run.peakMb);
        }
        if (window) {
            std::sort(times.begin(), times.end());
            window->seconds = times.at(times.size() / 2);
        }
        report("window: start, open the CSV, table usable", window, "1.5 s, 450 MB");
    }

    // pandas on the same file, for comparison (not a target).
    const QString script = QStringLiteral(
            "import sys, pandas\n"
            "frame = pandas.read_csv(sys.argv[1], sep=';', encoding='cp1252', dtype=str)\n"
            "frame.to_json(sys.argv[2], orient='records')\n");
    if (QProcess::execute(QStringLiteral("/usr/bin/python3"),
                          {QStringLiteral("-c"), QStringLiteral("import pandas")})
        == 0) {
        report("pandas read_csv + to_json (comparison)",
               measure({QStringLiteral("/usr/bin/python3"), QStringLiteral("-c"), script, csv,
                        dir.filePath(QStringLiteral("pandas.json"))},
                       runs),
               "none");
    } else {
        std::printf("pandas read_csv + to_json: python3-pandas is not installed\n");
    }
    return 0;
}
