#pragma once

#include "cellchange.h"
#include "certificaterow.h"
#include "review/rowchange.h"
#include "rowstore.h"
#include "util/clock.h"
#include "util/hugepages.h"
#include "validation/crossrowindex.h"
#include "validation/issue.h"
#include "validation/rowvalidator.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QUndoStack;
QT_END_NAMESPACE

namespace Ditio {

class EmployeeDirectory;
class KnownCertificateTypes;
class Ledger;

// The certificates of one work file, with their validation. Holds for every
// cell the text as typed or imported and its parsed value, and keeps the
// problems of every row current as cells change, touching only the rows an
// edit can affect. Knows nothing of colours or icons: views read the roles.
class CertificateTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        EmployeeNumberColumn,
        CertificateTypeColumn,
        CertificateNumberColumn,
        IssuedColumn,
        ValidUntilColumn,
        NotesColumn,
        StatusColumn,
        // Read-only: what sending the row would change in Ditio, judged
        // against the ledger (empty without one).
        ChangeColumn,
        // Read-only: Ditio's name for the row's employee number (empty without
        // a register). After Status, so the fields keep columns 0..FieldCount-1.
        EmployeeNameColumn,
        ColumnCount
    };

    enum Role {
        RawTextRole = Qt::UserRole + 1, // QString: the text as typed or imported
        SourceTextRole, // QString: the spreadsheet's own text, when it differs
        SeverityRole, // int (Severity) of the worst problem in the cell
        MessagesRole, // QStringList: the problems of the cell
        SortRole, // a value that sorts right (dates as QDate)
        UploadStateRole, // int (UploadState) of the row
        RowSeverityRole, // int (Severity) of the worst problem in the row
        FromFormulaRole, // bool: the source file's cell was a formula
        ChangeRole, // int (RowChange) of the row; -1 without a ledger and for blank rows
    };
    Q_ENUM(Role)

    explicit CertificateTableModel(QObject *parent = nullptr);
    ~CertificateTableModel() override;

    // Edits made through setData() are pushed to this stack as undoable
    // commands; without a stack they apply directly.
    void setUndoStack(QUndoStack *stack);
    QUndoStack *undoStack() const;

    void setClock(const Clock *clock);
    const Clock *clock() const { return m_clock; }
    QDate today() const { return m_today; }
    // Re-checks expiry against the clock's date; call when the day may have changed.
    void refreshToday();

    static Field fieldOfColumn(int column) { return static_cast<Field>(column); }
    static int columnOfField(Field field) { return fieldIndex(field); }
    static bool isFieldColumn(int column) { return column >= 0 && column < FieldCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The rows themselves.
    const CertificateRow &row(int row) const { return m_rows.at(row); }
    // A snapshot for saving or export: shared in chunks, so it costs little now
    // and a later edit copies only the chunk it changes.
    RowStore rows() const { return m_rows; }
    const QString &text(int row, Field field) const { return m_rows.at(row).text(field); }
    // Counts content changes of a row: an upload compares it to tell a row
    // edited while its request was in flight.
    quint64 rowRevision(int row) const { return m_states.at(row).revision; }
    // A row's identity while it exists, whatever rows are inserted or removed
    // around it (an upload in flight finds its rows again by it).
    quint32 rowId(int row) const { return m_states.at(row).id; }
    // -1 when the row is gone.
    int rowOfId(quint32 id) const;
    // Builds what const readers build lazily, so that issues() and the other
    // const readers may run on several threads at once (a report's rows
    // built on two cores) until the table next changes.
    void prepareConcurrentReads() const { rowOfId(0); }

    // Direct changes, not undoable: undo commands and loaders use these.
    void setRows(const RowStore &rows);
    void applyCellChanges(const CellChanges &changes, bool forward);
    void setCellText(int row, Field field, const QString &text);
    void insertCertificateRows(int position, const RowStore &rows);
    RowStore takeRows(int position, int count);
    // environment: where the result came from (kept with it, shown in Status).
    void setUploadResult(int row, UploadState state, const QString &message = {},
                         const QDateTime &at = {},
                         std::optional<DitioEnvironment::Kind> environment = std::nullopt);

    // Validation.
    QList<Issue> issues(int row) const;
    QList<Issue> cellIssues(int row, Field field) const;
    QList<Issue> allIssues() const;
    // The field and code of each of issues(row), in the same order, with no messages.
    QList<RowValidator::Outline> issueOutline(int row) const;
    Severity cellSeverity(int row, Field field) const;
    Severity rowSeverity(int row) const;
    bool rowHasErrors(int row) const;
    bool rowHasProblems(int row) const { return rowSeverity(row) != Severity::None; }
    int errorCount() const { return m_localErrors; }
    int warningCount() const;
    int rowsWithErrors() const { return m_rowsWithErrors; }
    QString commonSpellingFor(const QString &certificateType) const;
    const CrossRowIndex &crossRowIndex() const { return m_index; }

    // Ditio's employee register as last read; nullptr (the default) skips the
    // check. Re-checks every row.
    void setEmployeeDirectory(std::shared_ptr<const EmployeeDirectory> directory);
    const std::shared_ptr<const EmployeeDirectory> &employeeDirectory() const
    {
        return m_employees;
    }
    // The certificate types Ditio accepted before, in the current environment;
    // nullptr (the default) skips the check. Re-checks every row.
    void setKnownCertificateTypes(std::shared_ptr<const KnownCertificateTypes> types);
    const std::shared_ptr<const KnownCertificateTypes> &knownCertificateTypes() const
    {
        return m_knownTypes;
    }
    // What this computer sent to the current environment; nullptr (the
    // default) leaves the Change column empty and skips the check for types
    // the ledger holds in another spelling. Re-checks every row.
    void setLedger(std::shared_ptr<const Ledger> ledger);
    const std::shared_ptr<const Ledger> &ledger() const { return m_ledger; }
    // What sending the row would change; nullopt without a ledger and for a
    // blank row. A hash look-up: cheap enough for every paint.
    std::optional<RowChangeInfo> rowChange(int row) const;

    // Ditio's name for the row's employee; empty without a register or when
    // Ditio does not know the number.
    QString employeeName(int row) const;
    // True when a register is set and it has no employee with the row's number.
    bool employeeUnknownToDitio(int row) const
    {
        return m_states.at(row).checks & RowValidator::EmployeeNotInRegister;
    }

    // How messages name other rows: by table position (the window's row
    // numbers, the default) or by the source file's row numbers (the command
    // line, whose output cites the file).
    void setMessagesCiteSourceRows(bool cite) { m_citeSourceRows = cite; }
    // The number a message uses for a row.
    int citedRowNumber(int row) const;

signals:
    // The problem counts or the problems of some rows changed.
    void validationChanged();
    // Content changes, for a journal that must replay exactly what happened
    // (dataChanged also says "repaint" for rows whose warnings changed, and
    // covers the whole table when a spelling group changes). Rows inserted and
    // removed are the standard signals; setRows() is modelReset.
    //   The cells of `changes` were set, in order, to their `after` texts
    //   (forward) or, in reverse order, to their `before` texts (an undo).
    void cellTextsChanged(const Ditio::CellChanges &changes, bool forward);
    //   setUploadResult() changed a row's upload result.
    void uploadResultChanged(int row);
    // setLedger() set another ledger (or none).
    void ledgerChanged();

private:
    // Validation state of a row, kept beside the rows so the rows themselves
    // stay a plain, implicitly shared list.
    struct RowState
    {
        quint32 id = 0; // stable while the row exists; cross-row indexes use it
        RowValidator::Checks checks = 0;
        quint64 revision = 0;
    };

    RowState makeState(const CertificateRow &row);
    void indexRow(int row, QList<quint32> &touched, bool &manyRowsChanged);
    void unindexRow(int row, QList<quint32> &touched, bool &manyRowsChanged);
    void countChecks(RowValidator::Checks checks, int sign);
    void recheck(int row);
    void rebuildValidation();
    void recheckRegister();
    RowValidator::Register registerRefs() const;
    QVariant employeeNameData(int row, int role) const;
    QVariant changeData(int row, int role) const;
    void setTextInternal(int row, Field field, const QString &text, QList<quint32> &touched,
                         bool &manyRowsChanged);
    void notifyTouched(const QList<quint32> &touched, bool manyRowsChanged);
    void crossRowIssues(int row, QList<Issue> &out) const;
    // "4, 9, 12 and 3 more": the named rows sorted, total counting them all.
    QString rowList(const QVarLengthArray<quint32, 4> &ids, int total) const;
    void touchSameKey(quint32 id, const QString &employee, const QString &type,
                      QList<quint32> &touched, bool &manyRowsChanged) const;

    RowStore m_rows;
    // Parallel to m_rows. On huge pages: a million rows' states are 16 MB,
    // and faulting them in 4 KiB at a time was a fifth of loading the table.
    std::vector<RowState, HugePages::Allocator<RowState>> m_states;
    CrossRowIndex m_index;
    quint32 m_nextId = 1;
    mutable QList<int> m_rowOfId; // id -> row, rebuilt lazily after rows move
    mutable bool m_rowOfIdDirty = true;
    int m_localErrors = 0;
    int m_localWarnings = 0;
    int m_rowsWithErrors = 0;
    QPointer<QUndoStack> m_undoStack;
    const Clock *m_clock;
    QDate m_today;
    bool m_citeSourceRows = false;
    std::shared_ptr<const EmployeeDirectory> m_employees;
    std::shared_ptr<const KnownCertificateTypes> m_knownTypes;
    std::shared_ptr<const Ledger> m_ledger;
};

} // namespace Ditio
