// CertificateTableEditor and the undo commands behind it: every change a user
// makes to the table is one undo step, and undo puts back exactly the table
// that was there (texts, source rows, upload results), redo the one after.

#include "model/certificatetableeditor.h"
#include "register/employeedirectory.h"
#include "register/knowncertificatetypes.h"
#include "store/ledger.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

using namespace Ditio;
using namespace DitioTest;
using namespace Qt::StringLiterals;

using Rows = RowStore;
using Cells = QList<CertificateTableEditor::Cell>;
using Grid = ClipboardText::Grid;

Q_DECLARE_METATYPE(Qt::CaseSensitivity)

class TestCertificateTableEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void setDataIsUndoable();
    void setCellWithTheSameTextIsNoStep();
    void paste_data();
    void paste();
    void fillCellsPutsOneValueOnARange();
    void insertRows();
    void removeNonContiguousRows();
    void fillDown();
    void replaceAll_data();
    void replaceAll();
    void quickFix_data();
    void quickFix();
    void quickFixOfAStaleIssueDoesNothing_data();
    void quickFixOfAStaleIssueDoesNothing();
    void registerQuickFixes();
    void ledgerSpellingQuickFix();
    void undoOfAnEditToAnUploadedRowLeavesItToResend();
    void copyGivesTextsInViewOrder();
    void undoingEverythingRestoresTheStart();

private:
    // Checks the step just pushed: the table now reads `after`; undo gives back
    // exactly the rows before; redo gives `after` again.
    void checkUndoRedo(const Rows &before, const QStringList &after, const QString &undoText);

    static Rows startRows();

    FixedClock m_clock {fixedNow()};
    CertificateTableModel *m_model = nullptr;
    QUndoStack *m_stack = nullptr;
    CertificateTableEditor *m_editor = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

Rows TestCertificateTableEditor::startRows()
{
    Rows rows {
            makeRow(u"1042"_s, u"Byggekort"_s, u"BK-1"_s, u"15.01.2026"_s, u"15.01.2028"_s,
                    u"Kurs"_s),
            makeRow(u"1043"_s, u"byggekort"_s, u"BK-2"_s, u"01.06.2025"_s, u"01.06.2027"_s),
            makeRow(u"1044"_s, u"Truck"_s, u"T-9"_s, u"15.01.2028"_s, u"15.01.2026"_s, u"note"_s),
            makeRow(u"1045.0"_s, u"Byggekort "_s, u"BK-4"_s, u"10.01.2026"_s, u"10.01.2028"_s),
            makeRow(u" 1046 "_s, u"Byggekort"_s, u"BK-5"_s, u"2026-02-01"_s, u"01.02.2027"_s),
    };
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i].sourceRow = int(i + 2);
    rows[0].setSourceText(Field::IssuedDate, u"46037"_s);
    return rows;
}

void TestCertificateTableEditor::init()
{
    m_model = new CertificateTableModel;
    m_model->setClock(&m_clock);
    m_stack = new QUndoStack;
    m_model->setUndoStack(m_stack);
    m_editor = new CertificateTableEditor(m_model, m_stack);
    m_model->setRows(startRows());
    m_tester = new QAbstractItemModelTester(m_model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestCertificateTableEditor::cleanup()
{
    delete m_tester;
    delete m_editor;
    delete m_stack;
    delete m_model;
}

void TestCertificateTableEditor::checkUndoRedo(const Rows &before, const QStringList &after,
                                               const QString &undoText)
{
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), undoText);
    QCOMPARE(tableText(*m_model), after);

    m_stack->undo();
    QCOMPARE(tableText(*m_model), tableText(before));
    QVERIFY(m_model->rows() == before);
    // The validation is back too.
    CertificateTableModel fresh;
    fresh.setClock(&m_clock);
    fresh.setEmployeeDirectory(m_model->employeeDirectory());
    fresh.setKnownCertificateTypes(m_model->knownCertificateTypes());
    fresh.setLedger(m_model->ledger());
    fresh.setRows(before);
    QCOMPARE(validationText(*m_model), validationText(fresh));

    m_stack->redo();
    QCOMPARE(tableText(*m_model), after);
}

void TestCertificateTableEditor::setDataIsUndoable()
{
    const Rows before = m_model->rows();
    QVERIFY(m_model->setData(m_model->index(0, CertificateTableModel::NotesColumn), u"Ny"_s));
    Rows after = before;
    after[0].setText(Field::Notes, u"Ny"_s);
    checkUndoRedo(before, tableText(after), u"Edit Notes"_s);
}

void TestCertificateTableEditor::setCellWithTheSameTextIsNoStep()
{
    m_editor->setCell(0, Field::EmployeeNumber, u"1042"_s);
    QCOMPARE(m_stack->count(), 0);
    m_editor->setCell(0, Field::EmployeeNumber, u"2042"_s);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), u"Edit Employee number"_s);
}

void TestCertificateTableEditor::paste_data()
{
    QTest::addColumn<QList<int>>("targetRows");
    QTest::addColumn<int>("leftColumn");
    QTest::addColumn<Grid>("grid");
    QTest::addColumn<QList<int>>("result"); // changed cells, appended rows, ignored columns
    QTest::addColumn<QStringList>("after"); // the table's rows, as rowText() gives them

    QTest::newRow("one cell")
            << QList<int> {1} << 1 << Grid {{u"Truck"_s}} << QList<int> {1, 0, 0}
            << QStringList {u"1042 | Byggekort | BK-1 | 15.01.2026 | 15.01.2028 | Kurs"_s,
                            u"1043 | Truck | BK-2 | 01.06.2025 | 01.06.2027 | "_s,
                            u"1044 | Truck | T-9 | 15.01.2028 | 15.01.2026 | note"_s,
                            u"1045.0 | Byggekort  | BK-4 | 10.01.2026 | 10.01.2028 | "_s,
                            u" 1046  | Byggekort | BK-5 | 2026-02-01 | 01.02.2027 | "_s};
    QTest::newRow("three rows by two columns inside the table")
            << QList<int> {0, 1, 2} << 3
            << Grid {{u"01.01.2026"_s, u"01.01.2029"_s},
                     {u"01.06.2025"_s, u"01.06.2030"_s},
                     {u"02.02.2026"_s, u"02.02.2029"_s}}
            << QList<int> {5, 0, 0}
            << QStringList {u"1042 | Byggekort | BK-1 | 01.01.2026 | 01.01.2029 | Kurs"_s,
                            u"1043 | byggekort | BK-2 | 01.06.2025 | 01.06.2030 | "_s,
                            u"1044 | Truck | T-9 | 02.02.2026 | 02.02.2029 | note"_s,
                            u"1045.0 | Byggekort  | BK-4 | 10.01.2026 | 10.01.2028 | "_s,
                            u" 1046  | Byggekort | BK-5 | 2026-02-01 | 01.02.2027 | "_s};
    QTest::newRow("onto rows in a sorted view's order")
            << QList<int> {3, 0} << 0 << Grid {{u"2000"_s}, {u"2001"_s}} << QList<int> {2, 0, 0}
            << QStringList {u"2001 | Byggekort | BK-1 | 15.01.2026 | 15.01.2028 | Kurs"_s,
                            u"1043 | byggekort | BK-2 | 01.06.2025 | 01.06.2027 | "_s,
                            u"1044 | Truck | T-9 | 15.01.2028 | 15.01.2026 | note"_s,
                            u"2000 | Byggekort  | BK-4 | 10.01.2026 | 10.01.2028 | "_s,
                            u" 1046  | Byggekort | BK-5 | 2026-02-01 | 01.02.2027 | "_s};
    QTest::newRow("taller than the table appends rows")
            << QList<int> {3, 4} << 0
            << Grid {{u"3000"_s, u"A"_s},
                     {u"3001"_s, u"B"_s},
                     {u"3002"_s, u"C"_s},
                     {u"3003"_s, u"D"_s}}
            << QList<int> {4, 2, 0}
            << QStringList {u"1042 | Byggekort | BK-1 | 15.01.2026 | 15.01.2028 | Kurs"_s,
                            u"1043 | byggekort | BK-2 | 01.06.2025 | 01.06.2027 | "_s,
                            u"1044 | Truck | T-9 | 15.01.2028 | 15.01.2026 | note"_s,
                            u"3000 | A | BK-4 | 10.01.2026 | 10.01.2028 | "_s,
                            u"3001 | B | BK-5 | 2026-02-01 | 01.02.2027 | "_s,
                            u"3002 | C |  |  |  | "_s,
                            u"3003 | D |  |  |  | "_s};
    QTest::newRow("a whole table onto an empty selection appends it")
            << QList<int> {} << 0
            << Grid {{u"5000"_s, u"Truck"_s, u"T-1"_s, u"01.01.2026"_s, u"01.01.2031"_s, u"ny"_s}}
            << QList<int> {0, 1, 0}
            << QStringList {u"1042 | Byggekort | BK-1 | 15.01.2026 | 15.01.2028 | Kurs"_s,
                            u"1043 | byggekort | BK-2 | 01.06.2025 | 01.06.2027 | "_s,
                            u"1044 | Truck | T-9 | 15.01.2028 | 15.01.2026 | note"_s,
                            u"1045.0 | Byggekort  | BK-4 | 10.01.2026 | 10.01.2028 | "_s,
                            u" 1046  | Byggekort | BK-5 | 2026-02-01 | 01.02.2027 | "_s,
                            u"5000 | Truck | T-1 | 01.01.2026 | 01.01.2031 | ny"_s};
    QTest::newRow("wider than the editable columns")
            << QList<int> {0} << 4 << Grid {{u"01.01.2030"_s, u"n"_s, u"extra 1"_s, u"extra 2"_s}}
            << QList<int> {2, 0, 2}
            << QStringList {u"1042 | Byggekort | BK-1 | 15.01.2026 | 01.01.2030 | n"_s,
                            u"1043 | byggekort | BK-2 | 01.06.2025 | 01.06.2027 | "_s,
                            u"1044 | Truck | T-9 | 15.01.2028 | 15.01.2026 | note"_s,
                            u"1045.0 | Byggekort  | BK-4 | 10.01.2026 | 10.01.2028 | "_s,
                            u" 1046  | Byggekort | BK-5 | 2026-02-01 | 01.02.2027 | "_s};
    QTest::newRow("empty clipboard cells clear cells")
            << QList<int> {2} << 4 << Grid {{u""_s, u""_s}} << QList<int> {2, 0, 0}
            << QStringList {u"1042 | Byggekort | BK-1 | 15.01.2026 | 15.01.2028 | Kurs"_s,
                            u"1043 | byggekort | BK-2 | 01.06.2025 | 01.06.2027 | "_s,
                            u"1044 | Truck | T-9 | 15.01.2028 |  | "_s,
                            u"1045.0 | Byggekort  | BK-4 | 10.01.2026 | 10.01.2028 | "_s,
                            u" 1046  | Byggekort | BK-5 | 2026-02-01 | 01.02.2027 | "_s};
}

void TestCertificateTableEditor::paste()
{
    QFETCH(QList<int>, targetRows);
    QFETCH(int, leftColumn);
    QFETCH(Grid, grid);
    QFETCH(QList<int>, result);
    QFETCH(QStringList, after);

    const Rows before = m_model->rows();
    const CertificateTableEditor::PasteResult pasted =
            m_editor->paste(targetRows, leftColumn, grid);
    QCOMPARE((QList<int> {pasted.changedCells, pasted.appendedRows, pasted.ignoredColumns}),
             result);
    QStringList texts;
    for (const CertificateRow &row : m_model->rows())
        texts.append(rowText(row));
    QCOMPARE(texts, after);
    // One step, whether cells changed, rows were appended, or both.
    checkUndoRedo(before, tableText(*m_model), u"Paste"_s);
}

void TestCertificateTableEditor::fillCellsPutsOneValueOnARange()
{
    const Rows before = m_model->rows();
    const Cells cells {{0, CertificateTableModel::NotesColumn},
                       {1, CertificateTableModel::NotesColumn},
                       {2, CertificateTableModel::NotesColumn},
                       {2, CertificateTableModel::StatusColumn}};
    QCOMPARE(m_editor->fillCells(cells, u"Kurs"_s, u"Paste"_s), 2); // row 0 already says it
    QCOMPARE(m_model->text(1, Field::Notes), u"Kurs"_s);
    QCOMPARE(m_model->text(2, Field::Notes), u"Kurs"_s);
    Rows after = before;
    after[1].setText(Field::Notes, u"Kurs"_s);
    after[2].setText(Field::Notes, u"Kurs"_s);
    checkUndoRedo(before, tableText(after), u"Paste"_s);
}

void TestCertificateTableEditor::insertRows()
{
    const Rows before = m_model->rows();
    QCOMPARE(m_editor->insertEmptyRows(1, 2), 1);
    QCOMPARE(m_model->rowCount(), 7);
    Rows after = before;
    after.insert(1, RowStore(2));
    checkUndoRedo(before, tableText(after), u"Insert 2 row(s)"_s);

    // Past the end: appended.
    m_stack->clear();
    m_model->setRows(before);
    QCOMPARE(m_editor->insertEmptyRows(99, 1), 5);
    QCOMPARE(m_model->rowCount(), 6);
    QVERIFY(m_model->row(5).isBlank());
    // Nothing to insert: no step.
    m_stack->clear();
    m_editor->insertEmptyRows(0, 0);
    QCOMPARE(m_stack->count(), 0);
}

void TestCertificateTableEditor::removeNonContiguousRows()
{
    const QDateTime uploadedAt(QDate(2026, 11, 20), QTime(9, 30), QTimeZone::utc());
    m_model->setUploadResult(1, UploadState::Uploaded, {}, uploadedAt);
    m_model->setUploadResult(2, UploadState::Rejected, u"Unknown certificate type"_s);
    const Rows before = m_model->rows();
    // Unsorted, with a row named twice, as a selection can give them.
    m_editor->removeRows({3, 0, 2, 0});
    Rows after {before.at(1), before.at(4)};
    checkUndoRedo(before, tableText(after), u"Delete 3 row(s)"_s);
    // Undo restored each row in its place with its upload result and source row.
    m_stack->undo();
    QCOMPARE(m_model->row(1).uploadState, UploadState::Uploaded);
    QCOMPARE(m_model->row(2).uploadMessage, u"Unknown certificate type"_s);
    QCOMPARE(m_model->row(3).sourceRow, 5);
    QCOMPARE(m_model->row(0).sourceText(Field::IssuedDate), u"46037"_s);
}

void TestCertificateTableEditor::fillDown()
{
    const Rows before = m_model->rows();
    // Type: rows 0-2 (first row's text downwards); notes: rows 2-3.
    const int changed = m_editor->fillDown(
            {{0, 1, 2}, {2, 3}},
            {CertificateTableModel::CertificateTypeColumn, CertificateTableModel::NotesColumn});
    QCOMPARE(changed, 3);
    QStringList texts;
    for (const CertificateRow &row : m_model->rows())
        texts.append(rowText(row));
    QCOMPARE(texts,
             (QStringList {u"1042 | Byggekort | BK-1 | 15.01.2026 | 15.01.2028 | Kurs"_s,
                           u"1043 | Byggekort | BK-2 | 01.06.2025 | 01.06.2027 | "_s,
                           u"1044 | Byggekort | T-9 | 15.01.2028 | 15.01.2026 | note"_s,
                           u"1045.0 | Byggekort  | BK-4 | 10.01.2026 | 10.01.2028 | note"_s,
                           u" 1046  | Byggekort | BK-5 | 2026-02-01 | 01.02.2027 | "_s}));
    checkUndoRedo(before, tableText(*m_model), u"Fill down"_s);
}

void TestCertificateTableEditor::replaceAll_data()
{
    QTest::addColumn<QString>("find");
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<Qt::CaseSensitivity>("cs");
    QTest::addColumn<bool>("wholeCell");
    QTest::addColumn<Cells>("scope");
    QTest::addColumn<QStringList>("changedCells"); // "row,column=text"

    const auto ci = Qt::CaseInsensitive;
    const auto cs = Qt::CaseSensitive;
    QTest::newRow("whole table, ignoring case")
            << u"BYGGEKORT"_s << u"Byggebevis"_s << ci << false << Cells()
            << QStringList {u"0,1=Byggebevis"_s, u"1,1=Byggebevis"_s, u"3,1=Byggebevis "_s,
                            u"4,1=Byggebevis"_s};
    QTest::newRow("matching case") << u"byggekort"_s << u"Byggekort"_s << cs << false << Cells()
                                   << QStringList {u"1,1=Byggekort"_s};
    QTest::newRow("matching case finds nothing")
            << u"BYGGEKORT"_s << u"x"_s << cs << false << Cells() << QStringList();
    QTest::newRow("whole cell only") << u"Byggekort"_s << u"Bygg"_s << cs << true << Cells()
                                     << QStringList {u"0,1=Bygg"_s, u"4,1=Bygg"_s};
    QTest::newRow("whole cell ignoring case")
            << u"BYGGEKORT"_s << u"Bygg"_s << ci << true << Cells()
            << QStringList {u"0,1=Bygg"_s, u"1,1=Bygg"_s, u"4,1=Bygg"_s};
    QTest::newRow("part of a cell, every occurrence")
            << u"20"_s << u"19"_s << cs << false
            << Cells {{0, CertificateTableModel::IssuedColumn},
                      {0, CertificateTableModel::ValidUntilColumn},
                      {2, CertificateTableModel::NotesColumn},
                      {2, CertificateTableModel::StatusColumn}}
            << QStringList {u"0,3=15.01.1926"_s, u"0,4=15.01.1928"_s};
    QTest::newRow("in the selection only")
            << u"Byggekort"_s << u"Truck"_s << cs << true
            << Cells {{4, CertificateTableModel::CertificateTypeColumn}}
            << QStringList {u"4,1=Truck"_s};
    QTest::newRow("replace with nothing")
            << u"-"_s << u""_s << cs << false << Cells()
            << QStringList {u"0,2=BK1"_s, u"1,2=BK2"_s, u"2,2=T9"_s,
                            u"3,2=BK4"_s, u"4,2=BK5"_s, u"4,3=20260201"_s};
}

void TestCertificateTableEditor::replaceAll()
{
    QFETCH(QString, find);
    QFETCH(QString, replacement);
    QFETCH(Qt::CaseSensitivity, cs);
    QFETCH(bool, wholeCell);
    QFETCH(Cells, scope);
    QFETCH(QStringList, changedCells);

    const Rows before = m_model->rows();
    const int count = m_editor->replaceAll(find, replacement, cs, wholeCell, scope);
    QStringList changed;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (Field field : allFields()) {
            if (m_model->text(row, field) != before.at(row).text(field)) {
                changed.append(u"%1,%2=%3"_s.arg(QString::number(row),
                                                 QString::number(fieldIndex(field)),
                                                 m_model->text(row, field)));
            }
        }
    }
    QCOMPARE(changed, changedCells);
    QCOMPARE(count, int(changedCells.size()));
    if (changedCells.isEmpty()) {
        QCOMPARE(m_stack->count(), 0);
        return;
    }
    checkUndoRedo(before, tableText(*m_model),
                  u"Replace \"%1\" with \"%2\""_s.arg(find, replacement));
}

void TestCertificateTableEditor::quickFix_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fixTitle");
    QTest::addColumn<QStringList>("changedCells"); // "row,column=text"

    QTest::newRow("swap dates") << 2 << u"dates-out-of-order"_s << u"Swap the two dates"_s
                                << QStringList {u"2,3=15.01.2026"_s, u"2,4=15.01.2028"_s};
    QTest::newRow("trim the type") << 3 << u"surrounding-spaces"_s << u"Remove the spaces"_s
                                   << QStringList {u"3,1=Byggekort"_s};
    QTest::newRow("trim the employee number")
            << 4 << u"surrounding-spaces"_s << u"Remove the spaces"_s
            << QStringList {u"4,0=1046"_s};
    QTest::newRow("remove the decimal zero")
            << 3 << u"employee-number-mangled"_s << u"Remove the decimal part"_s
            << QStringList {u"3,0=1045"_s};
    // One step for every row of the group: "byggekort" and "Byggekort " both.
    QTest::newRow("use the common spelling in all rows")
            << 1 << u"type-spelling-variant"_s << u"Use the most common spelling in all rows"_s
            << QStringList {u"1,1=Byggekort"_s, u"3,1=Byggekort"_s};
}

void TestCertificateTableEditor::quickFix()
{
    QFETCH(int, row);
    QFETCH(QString, code);
    QFETCH(QString, fixTitle);
    QFETCH(QStringList, changedCells);

    const Rows before = m_model->rows();
    const QList<Issue> issues = m_model->issues(row);
    const auto it = std::find_if(issues.cbegin(), issues.cend(), [&](const Issue &issue) {
        return issueCodeKey(issue.code) == code && issue.fix != QuickFix::None;
    });
    QVERIFY2(it != issues.cend(), qPrintable(issuesText(issues)));
    QCOMPARE(quickFixTitle(it->fix), fixTitle);
    QVERIFY(m_editor->applyQuickFix(*it));

    QStringList changed;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        for (Field field : allFields()) {
            if (m_model->text(r, field) != before.at(r).text(field)) {
                changed.append(u"%1,%2=%3"_s.arg(QString::number(r),
                                                 QString::number(fieldIndex(field)),
                                                 m_model->text(r, field)));
            }
        }
    }
    QCOMPARE(changed, changedCells);
    // The problem is gone from the row.
    for (const Issue &issue : m_model->issues(row)) {
        QVERIFY2(!(issueCodeKey(issue.code) == code && issue.field == it->field),
                 qPrintable(issueText(issue)));
    }
    checkUndoRedo(before, tableText(*m_model), fixTitle);
}

void TestCertificateTableEditor::quickFixOfAStaleIssueDoesNothing_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("code");

    // The problems panel lags a moment behind the table, and a fix can be
    // clicked twice: a fix that no longer applies must not undo the first one.
    QTest::newRow("swap dates twice") << 2 << u"dates-out-of-order"_s;
    QTest::newRow("remove the decimal zero twice") << 3 << u"employee-number-mangled"_s;
    QTest::newRow("trim twice") << 4 << u"surrounding-spaces"_s;
    QTest::newRow("common spelling twice") << 1 << u"type-spelling-variant"_s;
}

void TestCertificateTableEditor::quickFixOfAStaleIssueDoesNothing()
{
    QFETCH(int, row);
    QFETCH(QString, code);

    const QList<Issue> issues = m_model->issues(row);
    const auto it = std::find_if(issues.cbegin(), issues.cend(), [&](const Issue &issue) {
        return issueCodeKey(issue.code) == code && issue.fix != QuickFix::None;
    });
    QVERIFY(it != issues.cend());
    const Issue stale = *it;
    QVERIFY(m_editor->applyQuickFix(stale));
    const QStringList fixed = tableText(*m_model);
    QVERIFY(!m_editor->applyQuickFix(stale));
    QCOMPARE(tableText(*m_model), fixed);
    QCOMPARE(m_stack->count(), 1);

    // Nor when the user has typed something else meanwhile.
    if (stale.fix == QuickFix::RemoveDecimalZero) {
        m_editor->setCell(row, Field::EmployeeNumber, u"1045.5"_s);
        QVERIFY(!m_editor->applyQuickFix(stale));
        QCOMPARE(m_model->text(row, Field::EmployeeNumber), u"1045.5"_s);
    }
    // A row that no longer exists.
    Issue gone = stale;
    gone.row = m_model->rowCount();
    QVERIFY(!m_editor->applyQuickFix(gone));
}

void TestCertificateTableEditor::registerQuickFixes()
{
    const auto issueOf = [&](int row, IssueCode code) {
        for (const Issue &issue : m_model->issues(row)) {
            if (issue.code == code)
                return issue;
        }
        return Issue();
    };
    EmployeeRecords employees;
    for (const QString &number : {u"1042"_s, u"1043"_s, u"1044"_s, u"1045"_s, u"1046"_s})
        employees.append({number, u"Name"_s, number});
    m_model->setEmployeeDirectory(std::make_shared<const EmployeeDirectory>(employees, fixedNow()));

    // " 1046 " is not Ditio's "1046": the register's number goes in.
    Rows before = m_model->rows();
    const Issue unknown = issueOf(4, IssueCode::EmployeeNotInRegister);
    QCOMPARE(unknown.fix, QuickFix::UseRegisterEmployeeNumber);
    QCOMPARE(quickFixTitle(unknown.fix), u"Use the number Ditio has"_s);
    QVERIFY(m_editor->applyQuickFix(unknown));
    QCOMPARE(m_model->text(4, Field::EmployeeNumber), u"1046"_s);
    QVERIFY(!m_model->rowHasErrors(4));
    checkUndoRedo(before, tableText(*m_model), u"Use the number Ditio has"_s);
    // Clicked twice, or after the register changed: nothing.
    QVERIFY(!m_editor->applyQuickFix(unknown));
    m_stack->undo();
    m_model->setEmployeeDirectory(std::make_shared<const EmployeeDirectory>(
            EmployeeRecords {{u"1042"_s, u"Kari"_s, u"Nordmann"_s}}, fixedNow()));
    QVERIFY(!m_editor->applyQuickFix(unknown));
    m_model->setEmployeeDirectory(nullptr);
    QVERIFY(!m_editor->applyQuickFix(unknown));
    QCOMPARE(m_model->text(4, Field::EmployeeNumber), u" 1046 "_s);

    // The type Ditio has goes into every row with the same spelling, one step.
    auto known = std::make_shared<KnownCertificateTypes>();
    known->addAccepted({u"Byggekort"_s});
    m_model->setKnownCertificateTypes(known);
    m_model->setCellText(2, Field::CertificateType, u"byggekort"_s);
    before = m_model->rows();
    const Issue close = issueOf(1, IssueCode::TypeCloseToKnown);
    QCOMPARE(close.fix, QuickFix::UseKnownCertificateType);
    QVERIFY(m_editor->applyQuickFix(close));
    QCOMPARE(m_model->text(1, Field::CertificateType), u"Byggekort"_s);
    QCOMPARE(m_model->text(2, Field::CertificateType), u"Byggekort"_s);
    QCOMPARE(m_model->text(3, Field::CertificateType), u"Byggekort "_s); // another spelling
    checkUndoRedo(before, tableText(*m_model),
                  u"Use the type Ditio has in all rows with this spelling"_s);
    QVERIFY(!m_editor->applyQuickFix(close));
    // Without known types the fix has nothing to write.
    const Issue other = issueOf(3, IssueCode::TypeCloseToKnown);
    QCOMPARE(other.fix, QuickFix::UseKnownCertificateType);
    m_model->setKnownCertificateTypes(nullptr);
    QVERIFY(!m_editor->applyQuickFix(other));
    QCOMPARE(m_model->text(3, Field::CertificateType), u"Byggekort "_s);
}

void TestCertificateTableEditor::ledgerSpellingQuickFix()
{
    // This computer sent employee 1043's certificate as "Byggekort": the
    // row's "byggekort" would become a second one. The fix writes the held
    // spelling into this row only (row 3's "Byggekort " is employee 1045.0's).
    const auto ledger = std::make_shared<Ledger>();
    LedgerEntry entry;
    entry.employeeNumber = u"1043"_s;
    entry.certificateType = u"Byggekort"_s;
    entry.confirmedValues = "x";
    entry.confirmedAtMs = 1;
    ledger->insert(entry);
    m_model->setLedger(ledger);
    m_model->setCellText(2, Field::EmployeeNumber, u"1043"_s);
    m_model->setCellText(2, Field::CertificateType, u"BYGGEKORT"_s);
    m_stack->clear();
    const auto issueOf = [&](int row) {
        for (const Issue &issue : m_model->issues(row)) {
            if (issue.code == IssueCode::TypeSpelledDifferentlyInDitio)
                return issue;
        }
        return Issue();
    };
    const Issue held = issueOf(1);
    QCOMPARE(held.fix, QuickFix::UseDitioSpelling);
    QCOMPARE(held.message,
             u"Ditio already holds \"Byggekort\" for employee 1043 (sent from this computer); "
             u"\"byggekort\" would become a second certificate."_s);
    QCOMPARE(issueOf(2).fix, QuickFix::UseDitioSpelling);
    const Rows before = m_model->rows();
    QVERIFY(m_editor->applyQuickFix(held));
    QCOMPARE(m_model->text(1, Field::CertificateType), u"Byggekort"_s);
    QCOMPARE(m_model->text(2, Field::CertificateType), u"BYGGEKORT"_s); // its own issue
    QCOMPARE(issueOf(1).fix, QuickFix::None); // gone
    checkUndoRedo(before, tableText(*m_model), u"Use the spelling Ditio holds for this employee"_s);
    // Clicked twice: nothing.
    QVERIFY(!m_editor->applyQuickFix(held));
    // Without the ledger the fix has nothing to write.
    const Issue other = issueOf(2);
    m_model->setLedger(nullptr);
    QVERIFY(!m_editor->applyQuickFix(other));
    QCOMPARE(m_model->text(2, Field::CertificateType), u"BYGGEKORT"_s);
}

void TestCertificateTableEditor::undoOfAnEditToAnUploadedRowLeavesItToResend()
{
    // Ditio may have received the edited row in between, so after undo the
    // row is not claimed to be uploaded: it says it changed since its upload,
    // and resending is harmless.
    m_model->setUploadResult(0, UploadState::Uploaded, {},
                             QDateTime(QDate(2026, 11, 20), QTime(9, 30), QTimeZone::utc()));
    const Rows before = m_model->rows();
    m_editor->setCell(0, Field::Notes, u"changed"_s);
    QCOMPARE(m_model->row(0).uploadState, UploadState::NotSent);
    m_stack->undo();
    QVERIFY(m_model->row(0).sameContent(before.at(0)));
    QCOMPARE(m_model->row(0).uploadState, UploadState::NotSent);
    QCOMPARE(m_model->data(m_model->index(0, CertificateTableModel::StatusColumn)).toString(),
             u"Changed since upload"_s);
}

void TestCertificateTableEditor::copyGivesTextsInViewOrder()
{
    m_model->setUploadResult(2, UploadState::Rejected, u"Unknown certificate type"_s);
    const Grid grid = m_editor->copy({2, 0},
                                     {CertificateTableModel::EmployeeNumberColumn,
                                      CertificateTableModel::IssuedColumn,
                                      CertificateTableModel::StatusColumn});
    QCOMPARE(grid,
             (Grid {{u"1044"_s, u"15.01.2028"_s, u"Rejected: Unknown certificate type"_s},
                    {u"1042"_s, u"15.01.2026"_s, u"Ready"_s}}));
    // Copy then paste elsewhere is the same text.
    m_editor->paste({3}, 0, m_editor->copy({4}, {0, 1, 2, 3, 4, 5}));
    QCOMPARE(rowText(m_model->row(3)), rowText(m_model->row(4)));
}

void TestCertificateTableEditor::undoingEverythingRestoresTheStart()
{
    const Rows before = m_model->rows();
    m_editor->setCell(0, Field::Notes, u"a"_s);
    m_editor->paste({1, 2}, 2, {{u"X"_s, u"Y"_s}, {u"Z"_s}, {u"new"_s}});
    m_editor->insertEmptyRows(0, 3);
    m_editor->removeRows({1, 4, 6});
    m_editor->fillDown({{0, 1, 2, 3}}, {CertificateTableModel::NotesColumn});
    m_editor->replaceAll(u"1"_s, u"7"_s, Qt::CaseSensitive, false);
    for (const Issue &issue : m_model->allIssues()) {
        if (issue.fix != QuickFix::None) {
            m_editor->applyQuickFix(issue);
            break;
        }
    }
    QVERIFY(m_stack->count() >= 7);
    while (m_stack->canUndo())
        m_stack->undo();
    QCOMPARE(tableText(*m_model), tableText(before));
    QVERIFY(m_model->rows() == before);
}

QTEST_GUILESS_MAIN(TestCertificateTableEditor)
#include "tst_certificatetableeditor.moc"
