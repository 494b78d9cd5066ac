// save_child workfile PATH ROWS
// save_child recovery FOLDER ROWS
//
// Saves a document of ROWS rows again and again, generation 1, 2, 3 … (see
// savegenerations.h), until it is killed: tst_savekill kills it with SIGKILL
// at moments it picks, then checks the file on disk.
//
//   workfile  Opens PATH as the app opens a work file (WorkFile::read) and
//             saves over it as the app's Save does: WorkFile::write with the
//             hash of the file as last read or written.
//   recovery  Writes its recovery file in FOLDER through a RecoveryStore, as
//             the autosaver does; first prints "file <its path>".
//
// Prints "ready" before the first save and "saved N" after each. Exit codes:
// 2 usage, 3 PATH cannot be opened, 4 a save failed, 5 still alive after a
// minute (so it never outlives a test that died).

#include "savegenerations.h"
#include "session/recoverystore.h"
#include "workfile/workfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <memory>

using namespace Ditio;
using namespace DitioTest;

namespace {

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const QString mode = arguments.value(1);
    const QString target = arguments.value(2);
    bool isNumber = false;
    const int rowCount = arguments.value(3).toInt(&isNumber);
    if ((mode != QLatin1String("workfile") && mode != QLatin1String("recovery")) || target.isEmpty()
        || !isNumber || rowCount < 1) {
        std::fputs("usage: save_child workfile PATH ROWS | save_child recovery FOLDER ROWS\n",
                   stderr);
        return 2;
    }
    const RowStore rows = manyRows(rowCount);

    QByteArray hash;
    std::unique_ptr<RecoveryStore> store;
    if (mode == QLatin1String("workfile")) {
        const WorkFile::ReadResult opened = WorkFile::read(target);
        if (!opened.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.errorString));
            return 3;
        }
        hash = opened.contentHash;
    } else {
        store = std::make_unique<RecoveryStore>(target);
        say("file " + store->sessionFile().toUtf8());
    }
    say("ready");

    QElapsedTimer running;
    running.start();
    for (int generation = 1; running.elapsed() < 60000; ++generation) {
        QString error;
        bool ok = false;
        if (store) {
            ok = store->save(savedGeneration(generation, rows, recoveredDocumentPath()), &error);
        } else {
            const WorkFile::SaveResult saved =
                    WorkFile::write(target, savedGeneration(generation, rows), hash);
            ok = saved.ok();
            error = saved.errorString;
            hash = saved.contentHash;
        }
        if (!ok) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 4;
        }
        say("saved " + QByteArray::number(generation));
    }
    return 5;
}
