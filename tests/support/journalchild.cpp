// journal_child FOLDER ROWS BOUND
//
// The app's editing core without a window, editing without pause until it is
// killed: a table of ROWS rows (manyRows()), its undo stack and editor, a
// RecoveryStore in FOLDER and an Autosaver (20 ms) that compacts its journal
// past BOUND bytes. Once the first snapshot is written it applies
// EditScript::generated(1), (2), ... one a millisecond. tst_autosaver kills
// it with SIGKILL while a compaction runs and replays the same edits.
//
// Prints "file <recovery file>", then "snapshot G started" and "snapshot G
// written" around each snapshot, and "edit K" after edit K returned (its
// journal record is written by then). Exit codes: 2 usage, 3 an edit failed,
// 4 an autosave failed, 5 still alive after a minute (so it never outlives a
// test that died).

#include "editscript.h"
#include "model/certificatetableeditor.h"
#include "model/certificatetablemodel.h"
#include "savegenerations.h"
#include "session/autosaver.h"
#include "session/recoverystore.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>

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
    bool rowsOk = false;
    bool boundOk = false;
    const int rowCount = arguments.value(2).toInt(&rowsOk);
    const qint64 bound = arguments.value(3).toLongLong(&boundOk);
    if (arguments.size() != 4 || !rowsOk || !boundOk || rowCount < 1 || bound < 1) {
        std::fputs("usage: journal_child FOLDER ROWS BOUND\n", stderr);
        return 2;
    }

    CertificateTableModel model;
    QUndoStack stack;
    model.setUndoStack(&stack);
    CertificateTableEditor editor(&model, &stack);
    RecoveryStore store(arguments.at(1));
    Autosaver autosaver(&model, &store);
    autosaver.setDelay(20);
    autosaver.setCompactionBytes(bound);
    autosaver.setDocumentInfo([] {
        WorkDocument document;
        document.documentPath = recoveredDocumentPath();
        return document;
    });
    say("file " + store.sessionFile().toUtf8());

    int k = 0;
    QTimer editing;
    editing.setInterval(1);
    QObject::connect(&editing, &QTimer::timeout, &app, [&] {
        ++k;
        QString error;
        if (!EditScript::apply(EditScript::generated(k, model.rowCount()), model, editor, stack,
                               &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            QCoreApplication::exit(3);
            return;
        }
        say("edit " + QByteArray::number(k));
    });
    quint64 writing = 0;
    QObject::connect(&autosaver, &Autosaver::snapshotStarted, &app, [&](quint64 generation) {
        writing = generation;
        say("snapshot " + QByteArray::number(generation) + " started");
    });
    QObject::connect(&autosaver, &Autosaver::saved, &app, [&] {
        if (writing == 0)
            return; // a sync of the journal
        say("snapshot " + QByteArray::number(writing) + " written");
        writing = 0;
        if (!editing.isActive())
            editing.start();
    });
    QObject::connect(&autosaver, &Autosaver::failed, &app, [](const QString &error) {
        std::fprintf(stderr, "autosave failed: %s\n", qPrintable(error));
        QCoreApplication::exit(4);
    });
    QTimer::singleShot(60000, &app, [] { QCoreApplication::exit(5); });

    model.setRows(manyRows(rowCount)); // the first snapshot follows
    return QCoreApplication::exec();
}
