#pragma once

// A small language for scripted table edits, shared by tst_recovery and the
// recovery_child process it kills: both apply the same script, so the test
// knows exactly which table the child had on screen. One edit a line, fields
// separated by tabs (a text writes a tab, a line break or any character as
// \t, \n, \\ or \uXXXX):
//
//   insert   POSITION COUNT
//   set      ROW COLUMN TEXT
//   paste    ROW COLUMN CELL [CELL...]   (ROW past the end appends a row)
//   remove   ROW[,ROW...]
//   filldown COLUMN ROW[,ROW...]
//   replace  FIND REPLACEMENT
//   upload   ROW STATE [MESSAGE [ENV]]   an upload result (STATE: "uploaded", ...),
//                                        at uploadTime(), from environment ENV ("test", ...)
//   undo | redo
//   save     the child waits for an autosave here before going on

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QUndoStack;
QT_END_NAMESPACE

namespace Ditio {
class CertificateTableEditor;
class CertificateTableModel;
} // namespace Ditio

namespace DitioTest {

class EditScript
{
public:
    // The script's edits in batches, split at "save" lines.
    static QList<QStringList> batches(const QString &script);
    // Applies one edit; false (with a reason) for a line it does not understand.
    static bool apply(const QString &line, Ditio::CertificateTableModel &model,
                      Ditio::CertificateTableEditor &editor, QUndoStack &stack,
                      QString *error = nullptr);
    // Applies a whole script to an empty table.
    static bool applyAll(const QString &script, Ditio::CertificateTableModel &model,
                         Ditio::CertificateTableEditor &editor, QUndoStack &stack,
                         QString *error = nullptr);

    // Edit number `k` (1, 2, ...) of an endless, varied sequence for a table
    // of `rowCount` rows: cells typed and pasted, rows inserted and removed,
    // upload results, undo. The same k and row count give the same line, so a
    // test can replay what a child process did up to its k-th edit.
    static QString generated(int k, int rowCount);
    // The time every scripted upload result carries.
    static QDateTime uploadTime();
};

} // namespace DitioTest
