// Makes the README's picture of an upload with mixed results: the sample loaded, the in-app
// Sandbox as the environment, the register read, then employee 1051 leaving the company in
// Ditio before the upload, so Ditio refuses that row while the rest go through.
//
//   xvfb-run -a -s "-screen 0 1280x820x24" upload_screenshot OUT.png

#include "import/certificatefilereader.h"
#include "mainwindow.h"
#include "model/certificatetablemodel.h"
#include "sandboxserver.h"
#include "settings/appsettings.h"
#include "upload/localsandbox.h"
#include "upload/uploadcontroller.h"
#include "util/translations.h"

#include <QApplication>
#include <QEventLoop>
#include <QIcon>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

using namespace Ditio;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ditio-certs-screenshot"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Ditio Certificates"));
    QIcon::setFallbackThemeName(QStringLiteral("Adwaita"));
    installTranslations(app);
    const QString out = app.arguments().value(1, QStringLiteral("upload-results.png"));

    QTemporaryDir dir;
    auto settings = std::make_unique<AppSettings>(std::make_unique<QSettings>(
            dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
    MainWindow window(std::move(settings), dir.filePath(QStringLiteral("recovery")));
    window.resize(1280, 820);
    window.show();
    const CertificateFileReader::Result read =
            CertificateFileReader::read(QStringLiteral(DITIO_SAMPLE_CSV));
    window.loadDocument(read.document, {}, {}, false, QStringLiteral("certificates-sample.csv"));

    UploadController *upload = window.uploadController();
    upload->setEnvironmentKind(DitioEnvironment::Kind::Sandbox);
    QEventLoop loop;
    QObject::connect(upload, &UploadController::registerRead, &loop, &QEventLoop::quit);
    upload->refreshRegister();
    loop.exec();
    SandboxServer *server = upload->sandbox()->server();
    QMetaObject::invokeMethod(
            server,
            [server] {
                QList<SandboxServer::Employee> employees = SandboxServer::defaultEmployees();
                employees.removeIf([](const SandboxServer::Employee &employee) {
                    return employee.employeeNumber == QLatin1String("1051");
                });
                server->setEmployees(employees);
            },
            Qt::BlockingQueuedConnection);
    QObject::connect(upload, &UploadController::uploadFinished, &loop, &QEventLoop::quit);
    upload->upload();
    loop.exec();
    QTimer::singleShot(1500, &loop, &QEventLoop::quit); // let the summary dialog settle
    loop.exec();
    const QPixmap shot = window.screen()->grabWindow(0);
    return shot.save(out) ? 0 : 1;
}
