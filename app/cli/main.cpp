// ditio-certs-cli: the app's work without a window, for scheduled jobs and
// servers. Links the core and the sandbox (for --env sandbox), never Qt Widgets, so it
// runs with no display.

#include "command.h"
#include "util/translations.h"
#include "utils.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <new>

#if defined(Q_OS_LINUX)
#    include <fcntl.h>
#    include <sys/stat.h>
#endif

namespace {

void printUsage(FILE *stream, const std::vector<std::unique_ptr<Ditio::Command>> &commands)
{
    QString usage = QCoreApplication::translate("main",
                                                "Usage: ditio-certs-cli COMMAND [OPTIONS] FILE\n"
                                                "\n"
                                                "Commands:\n");
    for (const auto &command : commands)
        usage += QStringLiteral("  %1 %2\n")
                         .arg(command->name().leftJustified(10), command->description());
    usage += QCoreApplication::translate(
            "main", "\nRun 'ditio-certs-cli COMMAND --help' for a command's options.\n");
    Ditio::Utils::print(stream, usage);
}

// The arguments, with each one that names an existing file whose name is not
// valid UTF-8 (a file from an older system) replaced by /proc/self/fd/N of
// that file opened here: a QString cannot hold such a name, so the file
// could not be opened by it.
QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments = QCoreApplication::arguments();
#if defined(Q_OS_LINUX)
    for (int i = 1; i < argc && i < arguments.size(); ++i) {
        if (QFile::encodeName(arguments.at(i)) == QByteArrayView(argv[i]))
            continue;
        struct stat status = {};
        if (::stat(argv[i], &status) != 0 || !S_ISREG(status.st_mode))
            continue;
        const int fd = ::open(argv[i], O_RDONLY | O_CLOEXEC);
        if (fd >= 0)
            arguments[i] = QStringLiteral("/proc/self/fd/%1").arg(fd);
    }
#else
    Q_UNUSED(argc)
    Q_UNUSED(argv)
#endif
    return arguments;
}

// Anything thrown that nothing caught (an allocation failing on a worker
// thread): a message and exit status 2, never an abort and a core dump.
[[noreturn]] void terminateQuietly()
{
    const char *what = "an internal error";
    try {
        if (const std::exception_ptr error = std::current_exception())
            std::rethrow_exception(error);
    } catch (const std::bad_alloc &) {
        what = "there was not enough memory";
    } catch (...) { }
    std::fprintf(stderr, "ditio-certs-cli: stopped: %s.\n", what);
    std::_Exit(2);
}

int runCommand(const QStringList &arguments)
{
    const QString name = arguments.value(1);
    const std::vector<std::unique_ptr<Ditio::Command>> commands = Ditio::Command::all();
    for (const auto &command : commands) {
        if (name == command->name()) {
            // The command sees "ditio-certs-cli <its options>", as QCommandLineParser expects.
            QStringList commandArguments = arguments;
            commandArguments.removeAt(0);
            commandArguments.prepend(QStringLiteral("ditio-certs-cli"));
            return command->run(commandArguments, stdout, stderr);
        }
    }
    if (name == u"--help" || name == u"-h" || name == u"help") {
        printUsage(stdout, commands);
        return 0;
    }
    if (name == u"--version") {
        std::printf("ditio-certs-cli %s\n", DITIO_VERSION);
        return 0;
    }
    printUsage(stderr, commands);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    std::set_terminate(terminateQuietly);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Ditio"));
    QCoreApplication::setApplicationName(QStringLiteral("ditio-certs"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DITIO_VERSION));
    Ditio::installTranslations(app);

    try {
        return runCommand(argumentsOf(argc, argv));
    } catch (const std::bad_alloc &) {
        // What the command held is freed by now: the message can be translated.
        std::fputs(qPrintable(QCoreApplication::translate(
                           "main",
                           "ditio-certs-cli: stopped: there was not enough memory for "
                           "this file. Close other programs, or split the file.\n")),
                   stderr);
        return 2;
    }
}
