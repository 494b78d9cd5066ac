// upload_child WORKFILE API-BASE IDENTITY-BASE CLIENT-ID CLIENT-SECRET
//
// The app's upload without a window: loads the work file, uploads every row to the
// sandbox in batches of 10, one request at a time, and saves the work file the way the app
// does: when rows are about to be sent (they are Sending on disk before the request goes
// out) and after each result. Prints "sending N" after saving before the N-th request,
// "progress D/T" after each result and "finished" at the end. Used by tst_uploadkill to
// prove that a kill -9 mid-upload never leaves a row Uploaded that Ditio did not confirm.

#include "model/certificatetablemodel.h"
#include "sandboxendpoint.h"
#include "upload/systemuploadtimer.h"
#include "upload/uploadjob.h"
#include "workfile/workfile.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Ditio;
using namespace DitioTest;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 6) {
        std::fputs("usage: upload_child WORKFILE API-BASE IDENTITY-BASE CLIENT-ID SECRET\n",
                   stderr);
        return 2;
    }
    const QString path = arguments.at(1);
    const WorkFile::ReadResult read = WorkFile::read(path);
    if (!read.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(read.errorString));
        return 2;
    }
    CertificateTableModel model;
    model.setRows(read.document.rows);

    SandboxEndpoint endpoint(QUrl(arguments.at(2)), QUrl(arguments.at(3)), arguments.at(4),
                             arguments.at(5));
    if (!endpoint.fetchToken()) {
        std::fputs("no token\n", stderr);
        return 3;
    }
    SystemUploadTimer timer;
    UploadJob job(&model, &endpoint, &timer);
    job.setOptions({10, 1, 5, 3});

    const auto save = [&] {
        WorkDocument document = read.document;
        document.rows = model.rows();
        const WorkFile::SaveResult saved = WorkFile::write(path, document);
        if (!saved.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.errorString));
            std::exit(4);
        }
    };
    int sent = 0;
    QObject::connect(&job, &UploadJob::aboutToSend, [&](const QList<int> &) {
        save();
        std::printf("sending %d\n", ++sent);
        std::fflush(stdout);
    });
    QObject::connect(&job, &UploadJob::progress, [&](int done, int total) {
        save();
        std::printf("progress %d/%d\n", done, total);
        std::fflush(stdout);
    });
    QObject::connect(&job, &UploadJob::finished, [&](const UploadSummary &) {
        save();
        std::puts("finished");
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    job.start();
    return app.exec();
}
