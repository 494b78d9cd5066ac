// ditio-certs-cli: the app's work without a window, for scheduled jobs and
// servers. Links the core and the sandbox (for --env sandbox), never Qt Widgets, so it
// runs with no display.

#include "exportcommand.h"
#include "uploadcommand.h"
#include "util/translations.h"
#include "validatecommand.h"

#include <QCoreApplication>

#include <cstdio>
#include <utility>

namespace {

void printUsage(FILE *stream)
{
    const QString usage = QCoreApplication::translate(
            "main",
            "Usage: ditio-certs-cli COMMAND [OPTIONS] FILE\n"
            "\n"
            "Commands:\n"
            "  validate   check a work file, CSV or spreadsheet and list every problem\n"
            "  export     write the table as CSV, XLSX or Ditio's JSON payload\n"
            "  upload     send the valid rows to Ditio and report each row's result\n"
            "\n"
            "Run 'ditio-certs-cli COMMAND --help' for a command's options.\n");
    std::fputs(usage.toUtf8().constData(), stream);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Ditio"));
    QCoreApplication::setApplicationName(QStringLiteral("ditio-certs"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DITIO_VERSION));
    Ditio::installTranslations(app);

    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    using Command = int (*)(const QStringList &, FILE *, FILE *);
    const std::pair<QStringView, Command> commands[] = {
            {u"validate", &Ditio::ValidateCommand::run},
            {u"export", &Ditio::ExportCommand::run},
            {u"upload", &Ditio::UploadCommand::run},
    };
    for (const auto &[name, run] : commands) {
        if (command == name) {
            // The command sees "ditio-certs-cli <its options>", as QCommandLineParser expects.
            QStringList commandArguments = arguments;
            commandArguments.removeAt(0);
            commandArguments.prepend(QStringLiteral("ditio-certs-cli"));
            return run(commandArguments, stdout, stderr);
        }
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        printUsage(stdout);
        return 0;
    }
    if (command == u"--version") {
        std::printf("ditio-certs-cli %s\n", DITIO_VERSION);
        return 0;
    }
    printUsage(stderr);
    return 2;
}
