#pragma once

#include <QString>
#include <QStringList>

#include <cstdio>
#include <memory>
#include <vector>

namespace Ditio {

// One command of ditio-certs-cli: a name, a line for the program's usage text, and run().
// A command parses its arguments and prints; the work itself is the core's. The shape of
// KeePassXC's src/cli/Command.h, without its global instances: main() asks all().
class Command
{
public:
    virtual ~Command();

    // "validate", "export", "upload": the first argument that picks the command.
    QString name() const { return m_name; }
    // One translated line for `ditio-certs-cli --help`.
    virtual QString description() const = 0;
    // arguments: "ditio-certs-cli", the command's name, then its own, as QCommandLineParser
    // expects them. Returns the exit code; prints only to out and err.
    virtual int run(const QStringList &arguments, FILE *out, FILE *err) = 0;

    // Every command, in the order the usage text lists them.
    static std::vector<std::unique_ptr<Command>> all();

protected:
    explicit Command(const QString &name) : m_name(name) { }

private:
    QString m_name;
};

} // namespace Ditio
