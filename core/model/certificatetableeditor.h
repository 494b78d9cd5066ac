#pragma once

#include "cellchange.h"
#include "certificaterow.h"
#include "io/text/clipboardtext.h"
#include "validation/issue.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

QT_BEGIN_NAMESPACE
class QUndoStack;
QT_END_NAMESPACE

namespace Ditio {

class CertificateTableModel;

// Every change a user makes to the table, as one undoable command each. Works
// in model rows; a view maps its (sorted, filtered) selection to model rows
// first, so the same operations serve the window, the tests and scripts.
class CertificateTableEditor
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::CertificateTableEditor)

public:
    using Cell = QPair<int, int>; // model row, column

    CertificateTableEditor(CertificateTableModel *model, QUndoStack *stack);

    void setCell(int row, Field field, const QString &text);
    // Returns the position of the first new row.
    int insertEmptyRows(int position, int count);
    void removeRows(const QList<int> &rows);

    struct PasteResult
    {
        int changedCells = 0;
        int appendedRows = 0;
        int ignoredColumns = 0; // columns that fell beyond the last editable column
    };
    // Pastes grid rows onto targetRows (model rows, in the order the view shows
    // them) starting at leftColumn; grid rows beyond targetRows become new rows
    // at the end of the table.
    PasteResult paste(const QList<int> &targetRows, int leftColumn,
                      const ClipboardText::Grid &grid);
    // The same text into every cell (a single copied cell pasted onto a range).
    int fillCells(const QList<Cell> &cells, const QString &text, const QString &commandText);
    // For each column, the first cell's text into the others (cells in view order).
    int fillDown(const QList<QList<int>> &rowsPerColumn, const QList<int> &columns);
    // Replaces text in the given cells (all editable cells when empty); returns
    // the number of cells changed.
    int replaceAll(const QString &find, const QString &replacement, Qt::CaseSensitivity cs,
                   bool wholeCell, const QList<Cell> &scope = {});
    static bool cellMatches(const QString &text, const QString &find, Qt::CaseSensitivity cs,
                            bool wholeCell);
    // Applies the issue's quick fix; returns false when there is none or it no
    // longer applies.
    bool applyQuickFix(const Issue &issue);

    // The text a copy of these cells puts on the clipboard (rows in view order).
    ClipboardText::Grid copy(const QList<int> &rows, const QList<int> &columns) const;

private:
    void push(CellChanges changes, const QString &text);
    void addChange(CellChanges &changes, int row, Field field, const QString &text) const;

    CertificateTableModel *m_model;
    QUndoStack *m_stack;
};

} // namespace Ditio
