#include "certificatetablemodel.h"

#include "certificatecelltext.h"
#include "register/employeedirectory.h"
#include "register/knowncertificatetypes.h"
#include "review/changeclassifier.h"
#include "setcellscommand.h"
#include "store/ledger.h"

#include <QFont>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <bit>

namespace Ditio {

CertificateTableModel::CertificateTableModel(QObject *parent)
    : QAbstractTableModel(parent),
      m_index([this](quint32 id) -> const QString & {
          return m_rows.at(rowOfId(id)).text(Field::EmployeeNumber);
      }),
      m_clock(Clock::system()),
      m_today(m_clock->today())
{ }

CertificateTableModel::~CertificateTableModel() = default;

void CertificateTableModel::setUndoStack(QUndoStack *stack)
{
    m_undoStack = stack;
}

QUndoStack *CertificateTableModel::undoStack() const
{
    return m_undoStack;
}

void CertificateTableModel::setClock(const Clock *clock)
{
    m_clock = clock ? clock : Clock::system();
    refreshToday();
}

void CertificateTableModel::refreshToday()
{
    const QDate today = m_clock->today();
    if (today == m_today)
        return;
    m_today = today;
    rebuildValidation();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit validationChanged();
}

int CertificateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CertificateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CertificateTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const CertificateRow &r = m_rows.at(row);
    if (column == EmployeeNameColumn)
        return employeeNameData(row, role);
    if (column == ChangeColumn)
        return changeData(row, role);

    if (column == StatusColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return CertificateCellText::status(r, rowHasErrors(row));
        case SortRole:
            return int(r.uploadState) * 3 + int(rowSeverity(row));
        case SeverityRole:
        case RowSeverityRole:
            return int(rowSeverity(row));
        case Qt::ToolTipRole:
            return CertificateCellText::statusToolTip(r, issues(row));
        case UploadStateRole:
            return int(r.uploadState);
        case MessagesRole: {
            QStringList messages;
            for (const Issue &issue : issues(row))
                messages.append(issue.message);
            return messages;
        }
        default:
            return {};
        }
    }

    const Field field = fieldOfColumn(column);
    switch (role) {
    case Qt::DisplayRole: {
        if (isDateField(field)) {
            const DateParser::Result &parsed = r.date(field);
            if (parsed.isValid())
                return DateParser::format(parsed.date);
        }
        return r.text(field);
    }
    case Qt::EditRole:
    case RawTextRole:
        return r.text(field);
    case SourceTextRole:
        return r.sourceText(field);
    case FromFormulaRole:
        return r.isFromFormula(field);
    case Qt::FontRole:
        if (r.isFromFormula(field)) {
            // Italic, as spreadsheets show a computed value apart from a typed one.
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case SortRole:
        if (isDateField(field)) {
            const DateParser::Result &parsed = r.date(field);
            return parsed.isValid() ? QVariant(parsed.date) : QVariant(QDate());
        }
        return r.text(field);
    case SeverityRole:
        return int(cellSeverity(row, field));
    case RowSeverityRole:
        return int(rowSeverity(row));
    case UploadStateRole:
        return int(r.uploadState);
    case MessagesRole: {
        QStringList messages;
        for (const Issue &issue : cellIssues(row, field))
            messages.append(issue.message);
        return messages;
    }
    case Qt::ToolTipRole: {
        const QString tip = CertificateCellText::fieldToolTip(r, field, cellIssues(row, field));
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    default:
        return {};
    }
}

QVariant CertificateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section == StatusColumn)
        return tr("Status");
    if (section == ChangeColumn)
        return tr("Change");
    if (section == EmployeeNameColumn)
        return tr("Employee");
    if (isFieldColumn(section))
        return fieldTitle(fieldOfColumn(section));
    return {};
}

Qt::ItemFlags CertificateTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && isFieldColumn(index.column()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool CertificateTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || !isFieldColumn(index.column()))
        return false;
    const Field field = fieldOfColumn(index.column());
    const QString text = value.toString();
    const QString before = m_rows.at(index.row()).text(field);
    if (text == before)
        return true;
    if (m_undoStack) {
        m_undoStack->push(new SetCellsCommand(this, {{index.row(), field, before, text}},
                                              tr("Edit %1").arg(fieldTitle(field))));
    } else {
        setCellText(index.row(), field, text);
    }
    return true;
}

CertificateTableModel::RowState CertificateTableModel::makeState(const CertificateRow &row)
{
    RowState state;
    state.id = m_nextId++;
    state.checks = RowValidator::check(row, m_today, registerRefs());
    countChecks(state.checks, +1);
    return state;
}

void CertificateTableModel::countChecks(RowValidator::Checks checks, int sign)
{
    const int errors = std::popcount(checks & RowValidator::ErrorChecks);
    m_localErrors += sign * errors;
    m_localWarnings += sign * std::popcount(checks & RowValidator::WarningChecks);
    if (errors > 0)
        m_rowsWithErrors += sign;
}

void CertificateTableModel::recheck(int row)
{
    RowState &state = m_states[row];
    countChecks(state.checks, -1);
    state.checks = RowValidator::check(m_rows.at(row), m_today, registerRefs());
    countChecks(state.checks, +1);
}

RowValidator::Register CertificateTableModel::registerRefs() const
{
    return {m_employees.get(), m_knownTypes.get(), nullptr, m_ledger.get()};
}

void CertificateTableModel::rebuildValidation()
{
    m_index.clear();
    m_index.reserve(m_rows.size());
    m_localErrors = m_localWarnings = m_rowsWithErrors = 0;
    const qsizetype count = m_rows.size();
    RowState *states = m_states.data();
    const RowStore rows = m_rows; // a shared snapshot for the worker to read
    const QDate today = m_today;
    const RowValidator::Register reg = registerRefs();
    const auto checkRows = [states, rows, today, reg](qsizetype from, qsizetype to) {
        QHash<QString, bool> closeTypes; // this call's own: the worker shares nothing
        RowValidator::Register memoized = reg;
        memoized.closeTypeMemo = &closeTypes;
        for (qsizetype i = from; i < to; ++i)
            states[i].checks = RowValidator::check(rows[i], today, memoized);
    };
    // Large tables: the row rules run on a worker while this thread builds the
    // cross-row index; the two touch different members of each RowState.
    constexpr qsizetype ParallelFrom = 20000;
    QFuture<void> checking;
    if (count >= ParallelFrom)
        checking = QtConcurrent::run(checkRows, 0, count);
    else
        checkRows(0, count);
    // Each add() waits on one random access into the key table: fetched a
    // few rows ahead, they overlap.
    constexpr qsizetype Ahead = 8;
    for (qsizetype i = 0; i < count; ++i) {
        if (i + Ahead < count) {
            const CertificateRow &later = rows[i + Ahead];
            m_index.prefetch(later.text(Field::EmployeeNumber), later.text(Field::CertificateType));
        }
        m_index.add(states[i].id, rows[i].text(Field::EmployeeNumber),
                    rows[i].text(Field::CertificateType));
    }
    checking.waitForFinished();
    for (qsizetype i = 0; i < count; ++i)
        countChecks(states[i].checks, +1);
}

void CertificateTableModel::recheckRegister()
{
    // Only the register bits can change: the other rules are not run again,
    // and each type spelling is compared with the known types once.
    QHash<QString, bool> closeTypes;
    RowValidator::Register reg = registerRefs();
    reg.closeTypeMemo = &closeTypes;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        RowState &state = m_states[i];
        const RowValidator::Checks local = state.checks & ~RowValidator::RegisterChecks;
        const RowValidator::Checks checks =
                local | RowValidator::checkRegister(m_rows.at(i), local, reg);
        if (checks != state.checks) {
            countChecks(state.checks, -1);
            state.checks = checks;
            countChecks(state.checks, +1);
        }
    }
    // Names, tints and messages of any row may have changed.
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit validationChanged();
}

void CertificateTableModel::setEmployeeDirectory(std::shared_ptr<const EmployeeDirectory> directory)
{
    if (directory == m_employees)
        return;
    m_employees = std::move(directory);
    recheckRegister();
}

void CertificateTableModel::setKnownCertificateTypes(
        std::shared_ptr<const KnownCertificateTypes> types)
{
    if (types == m_knownTypes)
        return;
    m_knownTypes = std::move(types);
    recheckRegister();
}

void CertificateTableModel::setLedger(std::shared_ptr<const Ledger> ledger)
{
    if (ledger == m_ledger)
        return;
    m_ledger = std::move(ledger);
    // The spelling check and every row's change; recheckRegister() repaints all.
    recheckRegister();
    emit ledgerChanged();
}

std::optional<RowChangeInfo> CertificateTableModel::rowChange(int row) const
{
    const CertificateRow &r = m_rows.at(row);
    if (!m_ledger || r.isBlank())
        return std::nullopt;
    return ChangeClassifier::classify(r, *m_ledger);
}

QVariant CertificateTableModel::changeData(int row, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
    case ChangeRole:
        break;
    case RowSeverityRole:
        return int(rowSeverity(row));
    case UploadStateRole:
        return int(m_rows.at(row).uploadState);
    default:
        return {};
    }
    const std::optional<RowChangeInfo> change = rowChange(row);
    switch (role) {
    case Qt::DisplayRole:
        return change ? rowChangeTitle(change->change) : QString();
    case SortRole:
    case ChangeRole:
        return change ? int(change->change) : -1;
    case Qt::ToolTipRole: {
        const QString tip =
                change ? CertificateCellText::changeToolTip(m_rows.at(row), *change) : QString();
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    default:
        return {};
    }
}

QString CertificateTableModel::employeeName(int row) const
{
    return m_employees ? m_employees->displayName(m_rows.at(row).text(Field::EmployeeNumber))
                       : QString();
}

QVariant CertificateTableModel::employeeNameData(int row, int role) const
{
    const CertificateRow &r = m_rows.at(row);
    const QString &number = r.text(Field::EmployeeNumber);
    // Whether the register lacks the number, also when a mangled number's
    // own error stands in for the register's.
    const bool unknown =
            m_employees && !number.trimmed().isEmpty() && !m_employees->contains(number);
    switch (role) {
    case Qt::DisplayRole:
    case RawTextRole:
    case SortRole:
        return CertificateCellText::employee(employeeName(row), unknown);
    case SeverityRole:
        return int(unknown ? Severity::Error : Severity::None);
    case RowSeverityRole:
        return int(rowSeverity(row));
    case UploadStateRole:
        return int(r.uploadState);
    case MessagesRole:
    case Qt::ToolTipRole: {
        QStringList messages;
        for (const Issue &issue : cellIssues(row, Field::EmployeeNumber)) {
            if (issue.code == IssueCode::EmployeeNotInRegister
                || issue.code == IssueCode::EmployeeNumberMangled)
                messages.append(issue.message);
        }
        if (role == MessagesRole)
            return messages;
        return CertificateCellText::employeeToolTip(messages, m_employees.get());
    }
    default:
        return {};
    }
}

void CertificateTableModel::indexRow(int row, QList<quint32> &touched, bool &manyRowsChanged)
{
    const QString &employee = m_rows.at(row).text(Field::EmployeeNumber);
    const QString &type = m_rows.at(row).text(Field::CertificateType);
    const quint32 id = m_states.at(row).id;
    manyRowsChanged |= m_index.add(id, employee, type);
    touchSameKey(id, employee, type, touched, manyRowsChanged);
}

void CertificateTableModel::touchSameKey(quint32 id, const QString &employee, const QString &type,
                                         QList<quint32> &touched, bool &manyRowsChanged) const
{
    // Every row of a large group would be touched by every edit of it (a
    // paste of thousands of equal keys: quadratic); one signal for all rows
    // does instead.
    constexpr int MaxTouchedPerGroup = 64;
    if (manyRowsChanged)
        return;
    if (m_index.sameKeyCount(employee, type) > MaxTouchedPerGroup) {
        manyRowsChanged = true;
        return;
    }
    for (quint32 other : m_index.sameKeyAs(id, employee, type))
        touched.append(other);
}

void CertificateTableModel::unindexRow(int row, QList<quint32> &touched, bool &manyRowsChanged)
{
    const QString &employee = m_rows.at(row).text(Field::EmployeeNumber);
    const QString &type = m_rows.at(row).text(Field::CertificateType);
    const quint32 id = m_states.at(row).id;
    touchSameKey(id, employee, type, touched, manyRowsChanged);
    manyRowsChanged |= m_index.remove(id, employee, type);
}

void CertificateTableModel::setTextInternal(int row, Field field, const QString &text,
                                            QList<quint32> &touched, bool &manyRowsChanged)
{
    if (m_rows.at(row).text(field) == text)
        return;
    const bool keyField = field == Field::EmployeeNumber || field == Field::CertificateType;
    if (keyField)
        unindexRow(row, touched, manyRowsChanged);
    m_rows[row].applyEdit(field, text);
    ++m_states[row].revision;
    if (keyField)
        indexRow(row, touched, manyRowsChanged);
    recheck(row);
}

void CertificateTableModel::notifyTouched(const QList<quint32> &touched, bool manyRowsChanged)
{
    if (manyRowsChanged && !m_rows.isEmpty()) {
        // Another spelling became the common one (any row of the group may have
        // gained or lost its warning), or a large group of equal keys changed.
        // One signal; views repaint what is visible.
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    for (quint32 id : touched) {
        const int row = rowOfId(id);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void CertificateTableModel::setCellText(int row, Field field, const QString &text)
{
    applyCellChanges({{row, field, QString(), text}}, true);
}

void CertificateTableModel::applyCellChanges(const CellChanges &changes, bool forward)
{
    if (changes.isEmpty())
        return;
    QList<quint32> touched;
    bool manyRowsChanged = false;
    int firstRow = INT_MAX;
    int lastRow = -1;
    const auto apply = [&](const CellChange &change) {
        setTextInternal(change.row, change.field, forward ? change.after : change.before, touched,
                        manyRowsChanged);
        firstRow = std::min(firstRow, change.row);
        lastRow = std::max(lastRow, change.row);
    };
    if (forward) {
        for (const CellChange &change : changes)
            apply(change);
    } else {
        for (auto it = changes.crbegin(); it != changes.crend(); ++it)
            apply(*it);
    }
    if (lastRow >= 0)
        emit dataChanged(index(firstRow, 0), index(lastRow, ColumnCount - 1));
    emit cellTextsChanged(changes, forward);
    notifyTouched(touched, manyRowsChanged);
    emit validationChanged();
}

void CertificateTableModel::setRows(const RowStore &rows)
{
    beginResetModel();
    m_rows = rows; // shared, not copied
    m_states.clear();
    m_states.resize(size_t(rows.size()));
    for (RowState &state : m_states)
        state.id = m_nextId++;
    m_rowOfIdDirty = true;
    rebuildValidation();
    endResetModel();
    emit validationChanged();
}

void CertificateTableModel::insertCertificateRows(int position, const RowStore &rows)
{
    if (rows.isEmpty())
        return;
    position = std::clamp(position, 0, rowCount());
    const int count = int(rows.size());
    QList<quint32> touched;
    bool manyRowsChanged = false;
    beginInsertRows({}, position, position + count - 1);
    QList<RowState> states;
    states.reserve(count);
    for (const CertificateRow &row : rows)
        states.append(makeState(row));
    if (position == m_rows.size()) {
        m_rows.append(rows);
        m_states.insert(m_states.end(), states.cbegin(), states.cend());
    } else {
        m_rows.insert(position, rows);
        m_states.insert(m_states.begin() + position, states.cbegin(), states.cend());
    }
    m_rowOfIdDirty = true;
    for (int i = position; i < position + count; ++i)
        indexRow(i, touched, manyRowsChanged);
    endInsertRows();
    notifyTouched(touched, manyRowsChanged);
    emit validationChanged();
}

RowStore CertificateTableModel::takeRows(int position, int count)
{
    if (count <= 0 || position < 0 || position + count > rowCount())
        return RowStore();
    QList<quint32> touched;
    bool manyRowsChanged = false;
    for (int i = position; i < position + count; ++i) {
        unindexRow(i, touched, manyRowsChanged);
        countChecks(m_states.at(i).checks, -1);
    }
    const RowStore taken = m_rows.mid(position, count);
    beginRemoveRows({}, position, position + count - 1);
    m_rows.remove(position, count);
    m_states.erase(m_states.begin() + position, m_states.begin() + position + count);
    m_rowOfIdDirty = true;
    endRemoveRows();
    notifyTouched(touched, manyRowsChanged);
    emit validationChanged();
    return taken;
}

void CertificateTableModel::setUploadResult(int row, UploadState state, const QString &message,
                                            const QDateTime &at,
                                            std::optional<DitioEnvironment::Kind> environment)
{
    CertificateRow &r = m_rows[row];
    r.uploadState = state;
    r.uploadMessage = message;
    r.uploadedAt = at;
    r.setUploadedTo(environment);
    emit dataChanged(index(row, StatusColumn), index(row, StatusColumn));
    emit uploadResultChanged(row);
}

int CertificateTableModel::rowOfId(quint32 id) const
{
    if (m_rowOfIdDirty) {
        m_rowOfId.fill(-1, m_nextId);
        for (int row = 0; row < int(m_states.size()); ++row)
            m_rowOfId[m_states.at(row).id] = row;
        m_rowOfIdDirty = false;
    }
    return id < quint32(m_rowOfId.size()) ? m_rowOfId.at(id) : -1;
}

int CertificateTableModel::citedRowNumber(int row) const
{
    if (m_citeSourceRows) {
        const int sourceRow = m_rows.at(row).sourceRow;
        // Typed rows: their place in an exported file, header counted.
        return sourceRow > 0 ? sourceRow : row + 2;
    }
    return row + 1;
}

QString CertificateTableModel::rowList(const QVarLengthArray<quint32, 4> &ids, int total) const
{
    QList<int> rows;
    for (quint32 id : ids) {
        const int row = rowOfId(id);
        if (row >= 0)
            rows.append(citedRowNumber(row));
    }
    std::sort(rows.begin(), rows.end());
    QStringList parts;
    for (int row : std::as_const(rows))
        parts.append(QString::number(row));
    QString list = parts.join(QStringLiteral(", "));
    if (total > rows.size())
        list = tr("%1 and %n more", nullptr, int(total - rows.size())).arg(list);
    return list;
}

void CertificateTableModel::crossRowIssues(int row, QList<Issue> &out) const
{
    const QString &employee = m_rows.at(row).text(Field::EmployeeNumber);
    const QString &type = m_rows.at(row).text(Field::CertificateType);
    constexpr qsizetype Named = 3; // rows a message names
    const auto others = m_index.sameKeyAs(m_states.at(row).id, employee, type, Named);
    if (!others.isEmpty()) {
        const int otherCount = m_index.sameKeyCount(employee, type) - 1;
        Issue issue;
        issue.row = row;
        issue.field = Field::EmployeeNumber;
        issue.hasOtherField = true;
        issue.otherField = Field::CertificateType;
        issue.code = IssueCode::DuplicateCertificate;
        issue.severity = severityOf(issue.code);
        issue.message = others.size() == 1
                ? tr("Same employee number and certificate type as row %1; Ditio keeps only "
                     "the last one sent.")
                          .arg(rowList(others, otherCount))
                : tr("Same employee number and certificate type as rows %1; Ditio keeps only "
                     "the last one sent.")
                          .arg(rowList(others, otherCount));
        out.append(issue);
    }
    if (const auto variant = m_index.variantOf(type)) {
        Issue issue;
        issue.row = row;
        issue.field = Field::CertificateType;
        issue.code = IssueCode::TypeSpellingVariant;
        issue.severity = severityOf(issue.code);
        issue.fix = QuickFix::UseCommonSpelling;
        issue.message = tr("\"%1\" is spelled \"%2\" in %n other row(s); Ditio would store them "
                           "as different certificate types.",
                           nullptr, variant->commonCount)
                                .arg(type, variant->commonSpelling);
        out.append(issue);
    }
}

QList<Issue> CertificateTableModel::issues(int row) const
{
    QList<Issue> result;
    RowValidator::describe(m_states.at(row).checks, m_rows.at(row), row, m_today, registerRefs(),
                           result);
    crossRowIssues(row, result);
    return result;
}

QList<RowValidator::Outline> CertificateTableModel::issueOutline(int row) const
{
    QList<RowValidator::Outline> result;
    RowValidator::outline(m_states.at(row).checks, result);
    const CertificateRow &r = m_rows.at(row);
    const QString &type = r.text(Field::CertificateType);
    if (m_index.isDuplicate(r.text(Field::EmployeeNumber), type))
        result.append({Field::EmployeeNumber, IssueCode::DuplicateCertificate});
    if (m_index.isVariant(type))
        result.append({Field::CertificateType, IssueCode::TypeSpellingVariant});
    return result;
}

QList<Issue> CertificateTableModel::cellIssues(int row, Field field) const
{
    QList<Issue> result;
    for (const Issue &issue : issues(row)) {
        if (issue.concerns(field))
            result.append(issue);
    }
    return result;
}

QList<Issue> CertificateTableModel::allIssues() const
{
    QList<Issue> result;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (rowHasProblems(row))
            result.append(issues(row));
    }
    return result;
}

Severity CertificateTableModel::cellSeverity(int row, Field field) const
{
    const CertificateRow &r = m_rows.at(row);
    Severity severity =
            RowValidator::severityOf(m_states.at(row).checks & RowValidator::checksOf(field));
    if (severity == Severity::Error)
        return severity;
    const QString &type = r.text(Field::CertificateType);
    if ((field == Field::EmployeeNumber || field == Field::CertificateType)
        && m_index.isDuplicate(r.text(Field::EmployeeNumber), type))
        severity = Severity::Warning;
    if (field == Field::CertificateType && m_index.isVariant(type))
        severity = Severity::Warning;
    return severity;
}

Severity CertificateTableModel::rowSeverity(int row) const
{
    const Severity severity = RowValidator::severityOf(m_states.at(row).checks);
    if (severity != Severity::None)
        return severity;
    const CertificateRow &r = m_rows.at(row);
    const QString &type = r.text(Field::CertificateType);
    if (m_index.isDuplicate(r.text(Field::EmployeeNumber), type) || m_index.isVariant(type))
        return Severity::Warning;
    return Severity::None;
}

bool CertificateTableModel::rowHasErrors(int row) const
{
    return m_states.at(row).checks & RowValidator::ErrorChecks;
}

int CertificateTableModel::warningCount() const
{
    return m_localWarnings + m_index.duplicateRowCount() + m_index.variantRowCount();
}

QString CertificateTableModel::commonSpellingFor(const QString &certificateType) const
{
    return m_index.commonSpellingFor(certificateType);
}

} // namespace Ditio
