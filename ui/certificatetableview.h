#pragma once

#include "certificateitemdelegate.h"
#include "model/certificatetableeditor.h"

#include <QTableView>

#include <functional>

namespace Ditio {

class CertificateFilterProxyModel;
class CertificateTableModel;

// The certificate table as a spreadsheet: rectangular copy and paste through
// the clipboard as tab-separated text, Enter/Tab moving like Excel, typing
// over a cell to edit it, Delete clearing cells, fill down, row insertion and
// removal, jumping between problems, and quick fixes in the context menu.
// Works on the (sorted, filtered) proxy; every change goes through the
// CertificateTableEditor in model rows, so each is one undo step.
class CertificateTableView : public QTableView
{
    Q_OBJECT

public:
    using Cell = CertificateTableEditor::Cell; // model row, column

    struct FindOptions
    {
        QString text;
        Qt::CaseSensitivity caseSensitivity = Qt::CaseInsensitive;
        bool wholeCell = false;
        bool selectionOnly = false;
    };

    explicit CertificateTableView(QWidget *parent = nullptr);

    void setTable(CertificateFilterProxyModel *proxy, CertificateTableModel *table,
                  CertificateTableEditor *editor);
    CertificateTableModel *table() const { return m_table; }
    CertificateFilterProxyModel *proxy() const { return m_proxy; }
    CertificateItemDelegate *certificateDelegate() const { return m_delegate; }

    // Actions shown first in the cell context menu (nullptr: a separator).
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }
    void applyDefaultColumnWidths();

    int sourceRow(int viewRow) const;
    QModelIndex viewIndex(int sourceRow, int column) const;
    // Model row and column of the current cell; row -1 when there is none.
    Cell currentCell() const;
    // Selected cells (the current one when nothing is selected) as view
    // (row, column) pairs, in view order.
    QList<QPair<int, int>> selectedViewCells() const;
    QList<int> selectedViewRows() const;
    QList<int> selectedSourceRows() const; // in view order
    QList<Cell> selectedSourceCells() const; // editable cells, in view order
    // Makes the cell current and the only one selected, and shows it, whatever
    // modifier keys are held. goToCell() is false when the row is filtered out.
    void selectCell(const QModelIndex &viewIndex);
    bool goToCell(int sourceRow, int column);

    // Finds the next (or previous) cell whose text matches, in view order,
    // wrapping around; with selectionOnly, among the selected cells (the
    // selection stays). Returns false when nothing matches.
    bool find(const FindOptions &options, bool backward = false);
    bool currentCellMatches(const FindOptions &options) const;

    // Commits the text of an open cell editor (before a save, say).
    void commitEdit();
    bool isEditing() const { return state() == QAbstractItemView::EditingState; }

public slots:
    void copySelection();
    void cutSelection();
    void paste();
    void deleteContents();
    void insertRowsAbove();
    void insertRowsBelow();
    void deleteRows();
    void fillDown();
    bool goToNextProblem();
    bool goToPreviousProblem();
    void moveCurrent(Ditio::CertificateItemDelegate::Move move);

signals:
    // A short report for the status bar ("6 cells pasted, 2 rows added").
    void statusMessage(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    // Visits the field cells in view order after the current one, wrapping;
    // rowMayMatch lets whole rows be skipped. Returns the first match.
    bool goToProblem(bool forward);
    QModelIndex scan(bool forward, const std::function<bool(int sourceRow)> &rowMayMatch,
                     const std::function<bool(int sourceRow, int column)> &cellMatches) const;
    // The rows (or columns) with a selected cell, ascending.
    QList<int> selectedViewLines(Qt::Orientation orientation) const;
    void insertRows(bool below);
    void selectSourceRows(const QList<int> &sourceRows, int left, int right);
    // A new filter or sort resets the proxy, which forgets the current cell
    // and the selection: they are kept by row identity and found again.
    void rememberCurrent();
    void restoreCurrent();

    CertificateFilterProxyModel *m_proxy = nullptr;
    CertificateTableModel *m_table = nullptr;
    CertificateTableEditor *m_editor = nullptr;
    CertificateItemDelegate *m_delegate;
    QList<QAction *> m_contextActions;

    struct KeptLine
    {
        quint32 rowId = 0; // CertificateTableModel::rowId()
        int left = 0;
        int right = 0;
    };
    struct KeptCells
    {
        quint32 currentRowId = 0; // 0: no current cell
        int currentColumn = 0;
        bool currentShown = false; // it was on screen
        bool everything = false; // every cell was selected
        QList<KeptLine> selection;
    };
    KeptCells m_kept;
};

} // namespace Ditio
