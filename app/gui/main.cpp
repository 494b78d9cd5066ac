#include "mainwindow.h"
#include "util/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Ditio"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("ditio.no"));
    QCoreApplication::setApplicationName(QStringLiteral("ditio-certs"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DITIO_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Ditio Certificates"));
    QGuiApplication::setDesktopFileName(QStringLiteral(DITIO_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    // Desktops without an icon theme of their own (a bare X session) still get
    // proper toolbar icons where the common GNOME theme is installed.
    QIcon::setFallbackThemeName(QStringLiteral("Adwaita"));
    Ditio::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QCoreApplication::translate("main", "Review, fix and upload certificates to Ditio."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
            QStringLiteral("file"),
            QCoreApplication::translate("main", "A work file (.ditiocerts) or CSV file to open."),
            QStringLiteral("[file]"));
    parser.process(app);
    const QStringList files = parser.positionalArguments();

    Ditio::MainWindow window;
    window.show();
    window.start(files.isEmpty() ? QString() : files.first());
    return app.exec();
}
