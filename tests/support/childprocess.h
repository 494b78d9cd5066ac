#pragma once

// A helper program a test starts, follows through the lines it prints, and
// kills with SIGKILL (no destructor, no clean-up, locks left behind): a crash
// or a kill -9 at a moment the test picks. Used by tst_recovery and
// tst_savekill. A child still running when this goes is killed too.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace DitioTest {

class ChildProcess
{
public:
    ChildProcess(const QString &program, const QStringList &arguments)
    {
        m_process.setProgram(program);
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
    }
    ~ChildProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;

    bool start(QString *error)
    {
        m_process.start();
        if (m_process.waitForStarted(10000))
            return true;
        *error = m_process.errorString();
        return false;
    }

    // Waits until the child has printed `line` (a whole line, without its
    // "\n"). On failure *error says what the child printed and how it ended.
    bool waitForLine(const QByteArray &line, int timeoutMs, QString *error)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (!hasLine(line)) {
            if (m_process.state() == QProcess::NotRunning || deadline.hasExpired()) {
                readOutput();
                if (hasLine(line))
                    return true;
                *error = QStringLiteral("no line \"%1\"; %2")
                                 .arg(QString::fromUtf8(line), describe());
                return false;
            }
            m_process.waitForReadyRead(int(qBound(qint64(1), deadline.remainingTime(), 200)));
            readOutput();
        }
        return true;
    }

    // Waits up to `ms` for more output (less if it comes or the child ends).
    void waitForOutput(int ms)
    {
        if (m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(ms);
        readOutput();
    }
    // Collects what the child printed so far, without waiting.
    void readOutput() { m_output += m_process.readAllStandardOutput(); }
    QByteArray output() const { return m_output; }
    QList<QByteArray> lines() const
    {
        QList<QByteArray> lines = m_output.split('\n');
        lines.removeLast(); // after the last "\n": a line not finished yet
        return lines;
    }
    bool hasLine(const QByteArray &line) const { return lines().contains(line); }

    // kill -9. True when the child died of it (not of something before).
    bool kill()
    {
        m_process.kill();
        const bool killed =
                m_process.waitForFinished(10000) && m_process.exitStatus() == QProcess::CrashExit;
        readOutput(); // what it printed before it died
        return killed;
    }

    bool isRunning() const { return m_process.state() == QProcess::Running; }
    qint64 processId() const { return m_process.processId(); }

    // For a failure message: stdout, stderr and how the child ended.
    QString describe()
    {
        readOutput();
        return QStringLiteral("stdout: %1; stderr: %2; %3")
                .arg(QString::fromUtf8(m_output),
                     QString::fromUtf8(m_process.readAllStandardError()),
                     m_process.state() == QProcess::NotRunning
                             ? QStringLiteral("exit code %1").arg(m_process.exitCode())
                             : QStringLiteral("still running"));
    }

private:
    QProcess m_process;
    QByteArray m_output;
};

} // namespace DitioTest
