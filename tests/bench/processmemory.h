#pragma once

// What the benches read about their own process's memory (Linux /proc), and
// the line they print a figure with: one copy for every bench.

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstdio>

// A "Key:  123 kB" line of /proc/self/status in MB ("VmRSS:", "VmHWM:"); 0
// when it cannot be read.
inline double statusMb(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

// Peak memory from here on (Linux: writing 5 to clear_refs resets VmHWM).
inline void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

// One figure, aligned with the other benches' lines, with its target if any.
inline void printFigure(const char *what, double value, const char *unit, const char *target = "")
{
    std::printf("%-60s %10.2f %-5s %s%s%s\n", what, value, unit, *target ? "[target " : "", target,
                *target ? "]" : "");
    std::fflush(stdout);
}
