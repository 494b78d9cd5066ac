#include "certificatetableview.h"

#include "io/text/clipboardtext.h"
#include "model/certificatefilterproxymodel.h"
#include "model/certificatetablemodel.h"
#include "severityicons.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>

#include <algorithm>

namespace Ditio {

namespace {

QList<int> uniqueSorted(QList<int> values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

} // namespace

CertificateTableView::CertificateTableView(QWidget *parent)
    : QTableView(parent), m_delegate(new CertificateItemDelegate(this))
{
    setObjectName(QStringLiteral("certificateTable"));
    setAccessibleName(tr("Certificates"));
    setItemDelegate(m_delegate);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Typing over a cell starts editing it, as in a spreadsheet.
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                    | QAbstractItemView::EditKeyPressed);
    setTabKeyNavigation(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setCornerButtonEnabled(true);
    setContextMenuPolicy(Qt::DefaultContextMenu);

    QHeaderView *vertical = verticalHeader();
    vertical->setSectionResizeMode(QHeaderView::Fixed);
    vertical->setDefaultSectionSize(fontMetrics().height() + 10);
    vertical->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QHeaderView *horizontal = horizontalHeader();
    horizontal->setHighlightSections(true);
    horizontal->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontal->setStretchLastSection(true);
    horizontal->setSortIndicatorClearable(true);

    connect(m_delegate, &CertificateItemDelegate::moveRequested, this,
            &CertificateTableView::moveCurrent);
}

void CertificateTableView::setTable(CertificateFilterProxyModel *proxy,
                                    CertificateTableModel *table, CertificateTableEditor *editor)
{
    m_proxy = proxy;
    m_table = table;
    m_editor = editor;
    setModel(proxy);
    connect(proxy, &QAbstractItemModel::modelAboutToBeReset, this,
            &CertificateTableView::rememberCurrent);
    connect(proxy, &QAbstractItemModel::modelReset, this, &CertificateTableView::restoreCurrent);
    // File order until a header is clicked.
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);
    applyDefaultColumnWidths();
    // The Change column says something only against a ledger.
    const auto showChange = [this] {
        setColumnHidden(CertificateTableModel::ChangeColumn, !m_table->ledger());
    };
    connect(table, &CertificateTableModel::ledgerChanged, this, showChange);
    showChange();
}

void CertificateTableView::rememberCurrent()
{
    m_kept = {};
    const QModelIndex current = currentIndex();
    if (current.isValid()) {
        m_kept.currentRowId = m_table->rowId(sourceRow(current.row()));
        m_kept.currentColumn = current.column();
        m_kept.currentShown = viewport()->rect().intersects(visualRect(current));
    }
    const QItemSelection selection = selectionModel()->selection();
    if (selection.size() == 1 && selection.first().height() == m_proxy->rowCount()
        && selection.first().width() == m_proxy->columnCount()) {
        m_kept.everything = true;
        return;
    }
    // Row by row: a selection of many rows (Shift+Ctrl+End in a million)
    // is not worth the wait; the current cell still is.
    constexpr qsizetype MaxKeptRows = 10000;
    qsizetype rows = 0;
    for (const QItemSelectionRange &range : selection)
        rows += range.height();
    if (rows > MaxKeptRows)
        return;
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            m_kept.selection.append({m_table->rowId(sourceRow(row)), range.left(), range.right()});
    }
}

void CertificateTableView::restoreCurrent()
{
    const KeptCells kept = std::exchange(m_kept, {});
    if (m_proxy->rowCount() == 0)
        return;
    if (kept.everything) {
        selectAll();
    } else if (!kept.selection.isEmpty()) {
        QItemSelection selection;
        for (const KeptLine &line : kept.selection) {
            const int row = m_table->rowOfId(line.rowId);
            const QModelIndex left = row >= 0 ? viewIndex(row, line.left) : QModelIndex();
            if (left.isValid())
                selection.select(left, left.siblingAtColumn(line.right));
        }
        selectionModel()->select(selection, QItemSelectionModel::Select);
    }
    if (kept.currentRowId == 0)
        return;
    const int row = m_table->rowOfId(kept.currentRowId);
    const QModelIndex current = row >= 0 ? viewIndex(row, kept.currentColumn) : QModelIndex();
    if (!current.isValid())
        return;
    selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    if (kept.currentShown)
        scrollTo(current);
}

void CertificateTableView::applyDefaultColumnWidths()
{
    const QFontMetrics metrics = fontMetrics();
    const auto width = [&](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 40; // padding, icon, sort arrow
    };
    setColumnWidth(CertificateTableModel::EmployeeNumberColumn,
                   width(fieldTitle(Field::EmployeeNumber)));
    setColumnWidth(CertificateTableModel::CertificateTypeColumn,
                   width(QStringLiteral("Maskinførerbevis M2")));
    setColumnWidth(CertificateTableModel::CertificateNumberColumn,
                   width(QStringLiteral("BK-2026-12345-XX")));
    setColumnWidth(CertificateTableModel::IssuedColumn, width(QStringLiteral("00.00.00000")));
    setColumnWidth(CertificateTableModel::ValidUntilColumn, width(QStringLiteral("00.00.00000")));
    setColumnWidth(CertificateTableModel::NotesColumn,
                   width(QStringLiteral("Utstedt av opplæringskontoret, ny kopi")));
    // "Needs fixing", "Unconfirmed", "Rejected: …" readable without widening.
    setColumnWidth(CertificateTableModel::StatusColumn,
                   width(QStringLiteral("Unconfirmed: timeout")));
    setColumnWidth(CertificateTableModel::ChangeColumn,
                   width(QStringLiteral("Sent before but unconfirmed")));
    setColumnWidth(CertificateTableModel::EmployeeNameColumn,
                   width(QStringLiteral("Solveig Kristiansen")));
}

int CertificateTableView::sourceRow(int viewRow) const
{
    return m_proxy->mapToSource(m_proxy->index(viewRow, 0)).row();
}

QModelIndex CertificateTableView::viewIndex(int sourceRow, int column) const
{
    return m_proxy->mapFromSource(m_table->index(sourceRow, column));
}

CertificateTableView::Cell CertificateTableView::currentCell() const
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return {-1, -1};
    return {sourceRow(current.row()), current.column()};
}

QList<QPair<int, int>> CertificateTableView::selectedViewCells() const
{
    QList<QPair<int, int>> cells;
    const QItemSelection selection = selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            for (int column = range.left(); column <= range.right(); ++column)
                cells.append({row, column});
        }
    }
    if (cells.isEmpty() && currentIndex().isValid())
        cells.append({currentIndex().row(), currentIndex().column()});
    std::sort(cells.begin(), cells.end());
    cells.erase(std::unique(cells.begin(), cells.end()), cells.end());
    return cells;
}

QList<int> CertificateTableView::selectedViewRows() const
{
    return selectedViewLines(Qt::Vertical);
}

QList<int> CertificateTableView::selectedViewLines(Qt::Orientation orientation) const
{
    // From the selection's ranges, not cell by cell: Ctrl+A on 100,000 rows
    // is one range.
    const bool rows = orientation == Qt::Vertical;
    QList<bool> selected(rows ? m_proxy->rowCount() : m_proxy->columnCount(), false);
    bool any = false;
    for (const QItemSelectionRange &range : selectionModel()->selection()) {
        const int first = rows ? range.top() : range.left();
        const int last = rows ? range.bottom() : range.right();
        for (int line = first; line <= last; ++line)
            selected[line] = true;
        any = true;
    }
    QList<int> lines;
    if (!any) {
        if (currentIndex().isValid())
            lines.append(rows ? currentIndex().row() : currentIndex().column());
        return lines;
    }
    for (qsizetype line = 0; line < selected.size(); ++line) {
        if (selected.at(line))
            lines.append(int(line));
    }
    return lines;
}

QList<int> CertificateTableView::selectedSourceRows() const
{
    QList<int> rows;
    for (int row : selectedViewRows())
        rows.append(sourceRow(row));
    return rows;
}

QList<CertificateTableView::Cell> CertificateTableView::selectedSourceCells() const
{
    QList<Cell> cells;
    int lastViewRow = -1;
    int lastSourceRow = -1;
    for (const auto &cell : selectedViewCells()) {
        if (!CertificateTableModel::isFieldColumn(cell.second))
            continue;
        if (cell.first != lastViewRow) {
            lastViewRow = cell.first;
            lastSourceRow = sourceRow(cell.first);
        }
        cells.append({lastSourceRow, cell.second});
    }
    return cells;
}

void CertificateTableView::selectCell(const QModelIndex &viewIndex)
{
    if (!viewIndex.isValid())
        return;
    // Not setCurrentIndex(): it reads the modifier keys held, so Shift+Enter
    // would extend the selection instead of moving.
    selectionModel()->setCurrentIndex(viewIndex, QItemSelectionModel::ClearAndSelect);
    scrollTo(viewIndex, QAbstractItemView::EnsureVisible);
}

bool CertificateTableView::goToCell(int sourceRow, int column)
{
    const QModelIndex index = viewIndex(sourceRow, column);
    if (!index.isValid())
        return false;
    selectCell(index);
    return true;
}

QModelIndex CertificateTableView::scan(bool forward, const std::function<bool(int)> &rowMayMatch,
                                       const std::function<bool(int, int)> &cellMatches) const
{
    const int rows = m_proxy->rowCount();
    constexpr int columns = FieldCount;
    if (rows == 0)
        return {};
    const QModelIndex current = currentIndex();
    qint64 start;
    if (!current.isValid()) {
        start = forward ? -1 : qint64(rows) * columns;
    } else {
        // The Status column sits after the last field column.
        const int column =
                current.column() < columns ? current.column() : (forward ? columns - 1 : columns);
        start = qint64(current.row()) * columns + column;
    }
    const qint64 total = qint64(rows) * columns;
    for (qint64 step = 1; step <= total; ++step) {
        qint64 position = forward ? start + step : start - step;
        position = ((position % total) + total) % total;
        const int row = int(position / columns);
        const int column = int(position % columns);
        const int source = sourceRow(row);
        if (!rowMayMatch(source)) {
            step += forward ? columns - 1 - column : column; // on to the next row
            continue;
        }
        if (cellMatches(source, column))
            return m_proxy->index(row, column);
    }
    return {};
}

bool CertificateTableView::goToNextProblem()
{
    return goToProblem(true);
}

bool CertificateTableView::goToPreviousProblem()
{
    return goToProblem(false);
}

bool CertificateTableView::goToProblem(bool forward)
{
    const QModelIndex found = scan(
            forward, [this](int row) { return m_table->rowHasProblems(row); },
            [this](int row, int column) {
                return m_table->cellSeverity(row, Field(column)) != Severity::None;
            });
    if (!found.isValid())
        return false;
    selectCell(found);
    return true;
}

bool CertificateTableView::currentCellMatches(const FindOptions &options) const
{
    const Cell cell = currentCell();
    if (cell.first < 0 || !CertificateTableModel::isFieldColumn(cell.second))
        return false;
    return CertificateTableEditor::cellMatches(m_table->text(cell.first, Field(cell.second)),
                                               options.text, options.caseSensitivity,
                                               options.wholeCell);
}

bool CertificateTableView::find(const FindOptions &options, bool backward)
{
    if (options.text.isEmpty())
        return false;
    const auto matches = [this, &options](int row, int column) {
        return CertificateTableEditor::cellMatches(m_table->text(row, Field(column)), options.text,
                                                   options.caseSensitivity, options.wholeCell);
    };
    if (!options.selectionOnly) {
        const QModelIndex found = scan(
                !backward, [](int) { return true; }, matches);
        if (!found.isValid())
            return false;
        selectCell(found);
        return true;
    }
    // Within the selection: the current cell moves, the selection stays.
    QList<QPair<int, int>> cells = selectedViewCells();
    cells.removeIf([](const QPair<int, int> &cell) {
        return !CertificateTableModel::isFieldColumn(cell.second);
    });
    if (cells.isEmpty())
        return false;
    const QModelIndex current = currentIndex();
    const QPair<int, int> here {current.row(), current.column()};
    const auto it = std::lower_bound(cells.cbegin(), cells.cend(), here);
    qsizetype start;
    if (backward)
        start = it - cells.cbegin(); // one step back lands before the current cell
    else
        start = (it != cells.cend() && *it == here) ? it - cells.cbegin() : it - cells.cbegin() - 1;
    const qsizetype count = cells.size();
    for (qsizetype step = 1; step <= count; ++step) {
        qsizetype position = backward ? start - step : start + step;
        position = ((position % count) + count) % count;
        const auto &cell = cells.at(position);
        if (matches(sourceRow(cell.first), cell.second)) {
            const QModelIndex index = m_proxy->index(cell.first, cell.second);
            selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
            scrollTo(index);
            return true;
        }
    }
    return false;
}

void CertificateTableView::commitEdit()
{
    if (state() != QAbstractItemView::EditingState)
        return;
    if (QWidget *editor = indexWidget(currentIndex())) {
        commitData(editor);
        closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
}

void CertificateTableView::copySelection()
{
    const QList<int> rows = selectedViewRows();
    if (rows.isEmpty())
        return;
    QList<int> sourceRows;
    sourceRows.reserve(rows.size());
    for (int row : rows)
        sourceRows.append(sourceRow(row));
    const ClipboardText::Grid grid = m_editor->copy(sourceRows, selectedViewLines(Qt::Horizontal));
    QGuiApplication::clipboard()->setText(ClipboardText::format(grid));
}

void CertificateTableView::cutSelection()
{
    copySelection();
    m_editor->fillCells(selectedSourceCells(), QString(), tr("Cut"));
}

void CertificateTableView::deleteContents()
{
    const int cleared =
            m_editor->fillCells(selectedSourceCells(), QString(), tr("Delete contents"));
    if (cleared > 1)
        emit statusMessage(tr("%n cell(s) cleared", nullptr, cleared));
}

void CertificateTableView::paste()
{
    const ClipboardText::Grid grid = ClipboardText::parse(QGuiApplication::clipboard()->text());
    if (grid.isEmpty())
        return;
    const QList<QPair<int, int>> cells = selectedViewCells();

    // One copied value onto a larger selection fills it.
    if (grid.size() == 1 && grid.first().size() == 1 && cells.size() > 1) {
        const int changed =
                m_editor->fillCells(selectedSourceCells(), grid.first().first(), tr("Paste"));
        emit statusMessage(tr("%n cell(s) pasted", nullptr, changed));
        return;
    }

    int top = 0;
    int left = 0;
    if (!cells.isEmpty()) {
        top = cells.first().first;
        left = cells.first().second;
        for (const auto &cell : cells)
            left = std::min(left, cell.second);
    }
    if (!CertificateTableModel::isFieldColumn(left)) {
        emit statusMessage(tr("Nothing pasted: the Status column cannot be edited."));
        return;
    }
    const int rows = m_proxy->rowCount();
    QList<int> targetRows;
    for (int row = top; row < rows && targetRows.size() < grid.size(); ++row)
        targetRows.append(sourceRow(row));

    const int rowsBefore = m_table->rowCount();
    const CertificateTableEditor::PasteResult result = m_editor->paste(targetRows, left, grid);

    qsizetype width = 0;
    for (const QStringList &values : grid)
        width = std::max(width, values.size());
    const int right = std::min(int(left + width) - 1, FieldCount - 1);
    QList<int> pastedRows = targetRows;
    for (int row = rowsBefore; row < rowsBefore + result.appendedRows; ++row)
        pastedRows.append(row);
    selectSourceRows(pastedRows, left, right);

    QStringList report;
    report.append(tr("%n cell(s) pasted", nullptr, result.changedCells));
    if (result.appendedRows > 0)
        report.append(tr("%n row(s) added", nullptr, result.appendedRows));
    if (result.ignoredColumns > 0)
        report.append(tr("%n column(s) beyond Notes left out", nullptr, result.ignoredColumns));
    emit statusMessage(report.join(QStringLiteral(", ")));
}

void CertificateTableView::selectSourceRows(const QList<int> &sourceRows, int left, int right)
{
    QList<int> viewRows;
    for (int row : sourceRows) {
        const QModelIndex index = viewIndex(row, left);
        if (index.isValid())
            viewRows.append(index.row());
    }
    viewRows = uniqueSorted(viewRows);
    if (viewRows.isEmpty())
        return;
    QItemSelection selection;
    int first = viewRows.first();
    int previous = first;
    const auto flush = [&](int last) {
        selection.select(m_proxy->index(first, left), m_proxy->index(last, right));
    };
    for (qsizetype i = 1; i < viewRows.size(); ++i) {
        if (viewRows.at(i) != previous + 1) {
            flush(previous);
            first = viewRows.at(i);
        }
        previous = viewRows.at(i);
    }
    flush(previous);
    const QModelIndex anchor = m_proxy->index(viewRows.first(), left);
    selectionModel()->setCurrentIndex(anchor, QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    scrollTo(anchor);
}

void CertificateTableView::insertRowsAbove()
{
    insertRows(false);
}

void CertificateTableView::insertRowsBelow()
{
    insertRows(true);
}

void CertificateTableView::insertRows(bool below)
{
    const QList<int> viewRows = selectedViewRows();
    const int count = std::max<int>(1, int(viewRows.size()));
    int position;
    if (viewRows.isEmpty())
        position = below ? m_table->rowCount() : 0;
    else
        position = below ? sourceRow(viewRows.last()) + 1 : sourceRow(viewRows.first());
    const int column = std::max(0, currentIndex().column());
    const int first = m_editor->insertEmptyRows(position, count);
    QList<int> added;
    for (int row = first; row < first + count; ++row)
        added.append(row);
    selectSourceRows(added, 0, m_proxy->columnCount() - 1);
    const QModelIndex start = viewIndex(first, column);
    if (start.isValid())
        selectionModel()->setCurrentIndex(start, QItemSelectionModel::NoUpdate);
}

void CertificateTableView::deleteRows()
{
    const QList<int> viewRows = selectedViewRows();
    if (viewRows.isEmpty())
        return;
    const int column = std::max(0, currentIndex().column());
    m_editor->removeRows(selectedSourceRows());
    emit statusMessage(tr("%n row(s) deleted", nullptr, int(viewRows.size())));
    const int rows = m_proxy->rowCount();
    if (rows > 0)
        selectCell(m_proxy->index(std::min(viewRows.first(), rows - 1), column));
}

void CertificateTableView::fillDown()
{
    const QList<QPair<int, int>> cells = selectedViewCells();
    if (cells.isEmpty())
        return;
    QMap<int, QList<int>> rowsByColumn;
    for (const auto &cell : cells) {
        if (CertificateTableModel::isFieldColumn(cell.second))
            rowsByColumn[cell.second].append(cell.first);
    }
    const bool singleRow = cells.first().first == cells.last().first;
    QList<QList<int>> rowsPerColumn;
    QList<int> columns;
    for (auto it = rowsByColumn.cbegin(); it != rowsByColumn.cend(); ++it) {
        QList<int> viewRows = it.value();
        // A single row takes the value from the row above, as Ctrl+D does in Excel.
        if (singleRow) {
            if (viewRows.first() == 0)
                continue;
            viewRows.prepend(viewRows.first() - 1);
        }
        QList<int> sourceRows;
        for (int row : std::as_const(viewRows))
            sourceRows.append(sourceRow(row));
        rowsPerColumn.append(sourceRows);
        columns.append(it.key());
    }
    const int changed = m_editor->fillDown(rowsPerColumn, columns);
    if (changed > 0)
        emit statusMessage(tr("%n cell(s) filled", nullptr, changed));
}

void CertificateTableView::moveCurrent(CertificateItemDelegate::Move move)
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    const int rows = m_proxy->rowCount();
    const int columns = m_proxy->columnCount();
    int row = current.row();
    int column = current.column();
    switch (move) {
    case CertificateItemDelegate::Move::Down:
        row = std::min(row + 1, rows - 1);
        break;
    case CertificateItemDelegate::Move::Up:
        row = std::max(row - 1, 0);
        break;
    case CertificateItemDelegate::Move::Right:
        if (column + 1 < columns) {
            ++column;
        } else if (row + 1 < rows) {
            ++row;
            column = 0;
        }
        break;
    case CertificateItemDelegate::Move::Left:
        if (column > 0) {
            --column;
        } else if (row > 0) {
            --row;
            column = columns - 1;
        }
        break;
    case CertificateItemDelegate::Move::None:
        return;
    }
    selectCell(m_proxy->index(row, column));
}

void CertificateTableView::keyPressEvent(QKeyEvent *event)
{
    if (state() != QAbstractItemView::EditingState) {
        const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier) {
                moveCurrent(modifiers == Qt::ShiftModifier ? CertificateItemDelegate::Move::Up
                                                           : CertificateItemDelegate::Move::Down);
                event->accept();
                return;
            }
            break;
        case Qt::Key_Delete:
            if (modifiers == Qt::NoModifier) {
                deleteContents();
                event->accept();
                return;
            }
            break;
        default:
            break;
        }
    }
    QTableView::keyPressEvent(event);
}

void CertificateTableView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (index.isValid() && !selectionModel()->isSelected(index))
        selectCell(index);

    QMenu menu(this);
    for (QAction *action : std::as_const(m_contextActions)) {
        if (action)
            menu.addAction(action);
        else
            menu.addSeparator();
    }
    if (index.isValid()) {
        const int row = sourceRow(index.row());
        const QList<Issue> issues = CertificateTableModel::isFieldColumn(index.column())
                ? m_table->cellIssues(row, CertificateTableModel::fieldOfColumn(index.column()))
                : m_table->issues(row);
        QList<QuickFix> offered;
        for (const Issue &issue : issues) {
            if (issue.fix == QuickFix::None || offered.contains(issue.fix))
                continue;
            if (offered.isEmpty())
                menu.addSection(tr("Quick fixes"));
            offered.append(issue.fix);
            QAction *fix =
                    menu.addAction(SeverityIcons::icon(issue.severity), quickFixTitle(issue.fix));
            fix->setToolTip(issue.message);
            connect(fix, &QAction::triggered, this, [this, issue] {
                if (!m_editor->applyQuickFix(issue))
                    emit statusMessage(tr("The quick fix no longer applies."));
            });
        }
    }
    if (!menu.isEmpty())
        menu.exec(event->globalPos());
}

} // namespace Ditio
