#pragma once

// A small language for scripted table edits, shared by tst_recovery and the
// recovery_child process it kills: both apply the same script, so the test
// knows exactly which table the child had on screen. One edit a line, fields
// separated by tabs (texts cannot hold tabs or line breaks):
//
//   insert   POSITION COUNT
//   set      ROW COLUMN TEXT
//   paste    ROW COLUMN CELL [CELL...]   (ROW past the end appends a row)
//   remove   ROW[,ROW...]
//   filldown COLUMN ROW[,ROW...]
//   replace  FIND REPLACEMENT
//   undo | redo
//   save     the child waits for an autosave here before going on

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
};

} // namespace DitioTest
