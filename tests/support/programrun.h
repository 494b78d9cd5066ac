#pragma once

// A program run to its end as a user or a scheduled job runs it, for the
// tests of the command line: its exit status and what it printed. One copy
// for every such test.

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

#include <functional>

namespace DitioTest {

struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The system's environment with the test's own folders for everything a
// program may write for itself (settings, run logs, caches), a fixed locale
// and Oslo's time zone.
inline QProcessEnvironment programEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Oslo"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/state"));
    return environment;
}

// Runs program to its end while this thread's event loop turns (a sandbox
// the test runs on this thread answers meanwhile). aroundStart, when given,
// wraps the start (a file size limit the program inherits) and returns false
// when it could not.
inline ProgramRun
runProgram(const QString &program, const QStringList &arguments,
           const QProcessEnvironment &environment, const QString &workingDirectory,
           const std::function<bool(const std::function<void()> &)> &aroundStart = {},
           int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(workingDirectory);
    bool started = false;
    const auto start = [&] {
        process.start(program, arguments);
        started = process.waitForStarted();
    };
    ProgramRun result;
    if (aroundStart) {
        if (!aroundStart(start)) {
            result.err = QStringLiteral("the program could not be started as asked");
            return result;
        }
    } else {
        start();
    }
    if (!started
        || !QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs)
        || process.exitStatus() != QProcess::NormalExit) {
        result.err = QStringLiteral("did not finish normally: ") + process.errorString();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace DitioTest
