#include "certificatetableeditor.h"

#include "certificatetablemodel.h"
#include "insertrowscommand.h"
#include "register/employeedirectory.h"
#include "register/knowncertificatetypes.h"
#include "removerowscommand.h"
#include "setcellscommand.h"
#include "store/ledger.h"

#include <QUndoStack>

namespace Ditio {

CertificateTableEditor::CertificateTableEditor(CertificateTableModel *model, QUndoStack *stack)
    : m_model(model), m_stack(stack)
{ }

void CertificateTableEditor::addChange(CellChanges &changes, int row, Field field,
                                       const QString &text) const
{
    const QString before = m_model->text(row, field);
    if (before != text)
        changes.append({row, field, before, text});
}

void CertificateTableEditor::push(CellChanges changes, const QString &text)
{
    if (!changes.isEmpty())
        m_stack->push(new SetCellsCommand(m_model, std::move(changes), text));
}

void CertificateTableEditor::setCell(int row, Field field, const QString &text)
{
    CellChanges changes;
    addChange(changes, row, field, text);
    push(changes, tr("Edit %1").arg(fieldTitle(field)));
}

int CertificateTableEditor::insertEmptyRows(int position, int count)
{
    position = std::clamp(position, 0, m_model->rowCount());
    if (count > 0) {
        m_stack->push(new InsertRowsCommand(m_model, position, QList<CertificateRow>(count),
                                            tr("Insert %n row(s)", nullptr, count)));
    }
    return position;
}

void CertificateTableEditor::removeRows(const QList<int> &rows)
{
    if (rows.isEmpty())
        return;
    // A selection can name a row more than once (several cells of it).
    QList<int> unique = rows;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    m_stack->push(new RemoveRowsCommand(m_model, unique,
                                        tr("Delete %n row(s)", nullptr, int(unique.size()))));
}

CertificateTableEditor::PasteResult CertificateTableEditor::paste(const QList<int> &targetRows,
                                                                  int leftColumn,
                                                                  const ClipboardText::Grid &grid)
{
    PasteResult result;
    if (grid.isEmpty() || leftColumn < 0 || leftColumn >= FieldCount)
        return result;

    CellChanges changes;
    QList<CertificateRow> newRows;
    for (qsizetype g = 0; g < grid.size(); ++g) {
        const QStringList &values = grid.at(g);
        const qsizetype usable = std::min<qsizetype>(values.size(), FieldCount - leftColumn);
        result.ignoredColumns = std::max(result.ignoredColumns, int(values.size() - usable));
        if (g < targetRows.size()) {
            for (qsizetype c = 0; c < usable; ++c)
                addChange(changes, targetRows.at(g), Field(leftColumn + c), values.at(c));
        } else {
            CertificateRow row;
            for (qsizetype c = 0; c < usable; ++c)
                row.setText(Field(leftColumn + c), values.at(c));
            newRows.append(row);
        }
    }
    result.changedCells = int(changes.size());
    result.appendedRows = int(newRows.size());
    if (changes.isEmpty() && newRows.isEmpty())
        return result;

    auto *command = new QUndoCommand(tr("Paste"));
    if (!changes.isEmpty())
        new SetCellsCommand(m_model, changes, QString(), command);
    if (!newRows.isEmpty())
        new InsertRowsCommand(m_model, m_model->rowCount(), newRows, QString(), command);
    m_stack->push(command);
    return result;
}

int CertificateTableEditor::fillCells(const QList<Cell> &cells, const QString &text,
                                      const QString &commandText)
{
    CellChanges changes;
    for (const Cell &cell : cells) {
        if (CertificateTableModel::isFieldColumn(cell.second))
            addChange(changes, cell.first, Field(cell.second), text);
    }
    const int count = int(changes.size());
    push(changes, commandText);
    return count;
}

int CertificateTableEditor::fillDown(const QList<QList<int>> &rowsPerColumn,
                                     const QList<int> &columns)
{
    CellChanges changes;
    for (qsizetype i = 0; i < columns.size() && i < rowsPerColumn.size(); ++i) {
        const int column = columns.at(i);
        const QList<int> &rows = rowsPerColumn.at(i);
        if (!CertificateTableModel::isFieldColumn(column) || rows.size() < 2)
            continue;
        const QString text = m_model->text(rows.first(), Field(column));
        for (qsizetype r = 1; r < rows.size(); ++r)
            addChange(changes, rows.at(r), Field(column), text);
    }
    const int count = int(changes.size());
    push(changes, tr("Fill down"));
    return count;
}

bool CertificateTableEditor::cellMatches(const QString &text, const QString &find,
                                         Qt::CaseSensitivity cs, bool wholeCell)
{
    if (find.isEmpty())
        return false;
    return wholeCell ? text.compare(find, cs) == 0 : text.contains(find, cs);
}

int CertificateTableEditor::replaceAll(const QString &find, const QString &replacement,
                                       Qt::CaseSensitivity cs, bool wholeCell,
                                       const QList<Cell> &scope)
{
    if (find.isEmpty())
        return 0;
    CellChanges changes;
    const auto consider = [&](int row, int column) {
        if (!CertificateTableModel::isFieldColumn(column))
            return;
        const QString &text = m_model->row(row).text(Field(column));
        if (!cellMatches(text, find, cs, wholeCell))
            return;
        QString replaced = wholeCell ? replacement : QString(text).replace(find, replacement, cs);
        addChange(changes, row, Field(column), replaced);
    };
    if (scope.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            for (int column = 0; column < FieldCount; ++column)
                consider(row, column);
        }
    } else {
        for (const Cell &cell : scope)
            consider(cell.first, cell.second);
    }
    const int count = int(changes.size());
    push(changes, tr("Replace \"%1\" with \"%2\"").arg(find, replacement));
    return count;
}

bool CertificateTableEditor::applyQuickFix(const Issue &issue)
{
    if (issue.row < 0 || issue.row >= m_model->rowCount())
        return false;
    const CertificateRow &row = m_model->row(issue.row);
    // The register fixes write what the message proposed: when the register,
    // the known types or the row changed since, the row's issue says something
    // else now (or nothing), and the old proposal must not be written.
    if (issue.fix == QuickFix::UseRegisterEmployeeNumber
        || issue.fix == QuickFix::UseKnownCertificateType
        || issue.fix == QuickFix::UseDitioSpelling) {
        const QList<Issue> current = m_model->issues(issue.row);
        const bool stillProposed =
                std::any_of(current.cbegin(), current.cend(), [&issue](const Issue &now) {
                    return now.code == issue.code && now.fix == issue.fix
                            && now.message == issue.message;
                });
        if (!stillProposed)
            return false;
    }
    CellChanges changes;
    switch (issue.fix) {
    case QuickFix::None:
        return false;
    case QuickFix::SwapDates:
        // Only while the dates are still the wrong way round: a second click,
        // or an issue listed before the row changed, must not swap them back.
        if (!row.issued().isValid() || !row.validUntil().isValid()
            || row.issued().date <= row.validUntil().date)
            return false;
        addChange(changes, issue.row, Field::IssuedDate, row.text(Field::ValidUntilDate));
        addChange(changes, issue.row, Field::ValidUntilDate, row.text(Field::IssuedDate));
        break;
    case QuickFix::TrimSpaces:
        addChange(changes, issue.row, issue.field, row.text(issue.field).trimmed());
        break;
    case QuickFix::RemoveControlCharacters:
        addChange(changes, issue.row, issue.field,
                  RowValidator::withoutControlCharacters(row.text(issue.field)));
        break;
    case QuickFix::RemoveDecimalZero: {
        const QString trimmed = row.text(Field::EmployeeNumber).trimmed();
        // Never cut the decimals of a number the user has typed since.
        if (!RowValidator::looksMangledByNumberFormat(trimmed)
            || trimmed.contains(u'E', Qt::CaseInsensitive))
            return false;
        qsizetype digits = 0;
        while (digits < trimmed.size() && trimmed.at(digits).isDigit())
            ++digits;
        addChange(changes, issue.row, Field::EmployeeNumber, trimmed.left(digits));
        break;
    }
    case QuickFix::UseCommonSpelling: {
        const QString type = row.text(Field::CertificateType);
        const QString common = m_model->commonSpellingFor(type);
        const QStringList variants = m_model->crossRowIndex().spellingsLike(type);
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QString &text = m_model->row(r).text(Field::CertificateType);
            if (text != common && variants.contains(text))
                addChange(changes, r, Field::CertificateType, common);
        }
        break;
    }
    case QuickFix::UseRegisterEmployeeNumber: {
        // Looked up again: the number may have been edited, or the register
        // refreshed, since the issue was listed.
        const auto &directory = m_model->employeeDirectory();
        if (!directory)
            return false;
        const QString near = directory->nearMatch(row.text(Field::EmployeeNumber));
        if (near.isEmpty())
            return false;
        addChange(changes, issue.row, Field::EmployeeNumber, near);
        break;
    }
    case QuickFix::UseKnownCertificateType: {
        const auto &known = m_model->knownCertificateTypes();
        if (!known)
            return false;
        const QString type = row.text(Field::CertificateType);
        const QString close = known->closeKnownType(type);
        if (close.isEmpty())
            return false;
        // Every row with the same spelling: one file usually repeats it.
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->row(r).text(Field::CertificateType) == type)
                addChange(changes, r, Field::CertificateType, close);
        }
        break;
    }
    case QuickFix::UseDitioSpelling: {
        const auto &ledger = m_model->ledger();
        if (!ledger)
            return false;
        const QString held = ledger->heldSpellingOf(row.text(Field::EmployeeNumber),
                                                    row.text(Field::CertificateType));
        if (held.isEmpty())
            return false;
        // This row only: the spelling is the one held for its employee, and
        // another employee's row may be held in yet another spelling.
        addChange(changes, issue.row, Field::CertificateType, held);
        break;
    }
    }
    if (changes.isEmpty())
        return false;
    push(changes, quickFixTitle(issue.fix));
    return true;
}

ClipboardText::Grid CertificateTableEditor::copy(const QList<int> &rows,
                                                 const QList<int> &columns) const
{
    ClipboardText::Grid grid;
    grid.reserve(rows.size());
    for (int row : rows) {
        QStringList values;
        for (int column : columns) {
            values.append(CertificateTableModel::isFieldColumn(column)
                                  ? m_model->text(row, Field(column))
                                  : m_model->data(m_model->index(row, column)).toString());
        }
        grid.append(values);
    }
    return grid;
}

} // namespace Ditio
