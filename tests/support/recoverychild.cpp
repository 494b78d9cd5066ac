// recovery_child FOLDER SCRIPT [DOCUMENT-PATH]
//
// The app's editing core without a window: a table, its undo stack and editor,
// a RecoveryStore in FOLDER and an Autosaver (200 ms). Applies the edit script
// (see editscript.h), waiting for an autosave at each "save" line; after the
// last batch is autosaved prints "autosaved" and waits to be killed. Used by
// tst_recovery to prove that a kill -9 loses nothing that was autosaved.

#include "editscript.h"
#include "model/certificatetableeditor.h"
#include "model/certificatetablemodel.h"
#include "session/autosaver.h"
#include "session/recoverystore.h"

#include <QCoreApplication>
#include <QFile>
#include <QUndoStack>

#include <cstdio>

using namespace Ditio;
using namespace DitioTest;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3) {
        std::fputs("usage: recovery_child FOLDER SCRIPT [DOCUMENT-PATH]\n", stderr);
        return 2;
    }
    QFile scriptFile(arguments.at(2));
    if (!scriptFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read the script: %s\n", qPrintable(scriptFile.errorString()));
        return 2;
    }
    const QList<QStringList> batches = EditScript::batches(QString::fromUtf8(scriptFile.readAll()));
    const QString documentPath = arguments.value(3);

    CertificateTableModel model;
    QUndoStack stack;
    model.setUndoStack(&stack);
    CertificateTableEditor editor(&model, &stack);
    RecoveryStore store(arguments.at(1));
    Autosaver autosaver(&model, &store);
    autosaver.setDelay(200);
    autosaver.setDocumentInfo([documentPath] {
        WorkDocument document;
        document.documentPath = documentPath;
        return document;
    });

    qsizetype next = 0;
    const auto applyNextBatch = [&] {
        for (const QString &line : batches.value(next)) {
            QString error;
            if (!EditScript::apply(line, model, editor, stack, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                std::fflush(stderr);
                QCoreApplication::exit(3);
                return;
            }
        }
        ++next;
    };
    QObject::connect(&autosaver, &Autosaver::saved, &app, [&] {
        if (next < batches.size()) {
            applyNextBatch();
            return;
        }
        std::fputs("autosaved\n", stdout);
        std::fflush(stdout);
    });
    QObject::connect(&autosaver, &Autosaver::failed, &app, [](const QString &error) {
        std::fprintf(stderr, "autosave failed: %s\n", qPrintable(error));
        std::fflush(stderr);
        QCoreApplication::exit(4);
    });
    applyNextBatch();
    return QCoreApplication::exec();
}
