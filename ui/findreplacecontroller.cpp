#include "findreplacecontroller.h"

#include "filterbar.h"
#include "findreplacedialog.h"
#include "model/certificatetableeditor.h"

namespace Ditio {

FindReplaceController::FindReplaceController(CertificateTableView *view,
                                             CertificateTableEditor *editor, FilterBar *filterBar,
                                             QWidget *window)
    : QObject(window), m_view(view), m_editor(editor), m_filterBar(filterBar), m_window(window)
{ }

void FindReplaceController::showFind()
{
    show(false);
}

void FindReplaceController::showReplace()
{
    show(true);
}

void FindReplaceController::closeDialog()
{
    if (m_dialog)
        m_dialog->close();
}

void FindReplaceController::show(bool replace)
{
    if (!m_dialog) {
        m_dialog = new FindReplaceDialog(m_window);
        connect(m_dialog, &FindReplaceDialog::findRequested, this,
                &FindReplaceController::findNext);
        connect(m_dialog, &FindReplaceDialog::replaceRequested, this,
                &FindReplaceController::replaceOne);
        connect(m_dialog, &FindReplaceDialog::replaceAllRequested, this,
                &FindReplaceController::replaceAll);
    }
    m_view->commitEdit();
    if (m_view->selectedViewCells().size() > 1)
        m_dialog->setSelectionOnly(true);
    if (replace)
        m_dialog->showReplace();
    else
        m_dialog->showFind();
}

CertificateTableView::FindOptions FindReplaceController::options() const
{
    CertificateTableView::FindOptions options;
    options.text = m_dialog->findText();
    options.caseSensitivity = m_dialog->caseSensitivity();
    options.wholeCell = m_dialog->wholeCell();
    options.selectionOnly = m_dialog->selectionOnly();
    return options;
}

void FindReplaceController::findNext(bool backward)
{
    const CertificateTableView::FindOptions options = this->options();
    if (m_view->find(options, backward))
        m_dialog->showResult(QString());
    else
        m_dialog->showResult(tr("\"%1\" was not found.").arg(options.text), true);
}

void FindReplaceController::replaceOne()
{
    const CertificateTableView::FindOptions options = this->options();
    if (m_view->currentCellMatches(options)) {
        m_editor->replaceAll(options.text, m_dialog->replaceText(), options.caseSensitivity,
                             options.wholeCell, {m_view->currentCell()});
    }
    findNext(false);
}

void FindReplaceController::replaceAll()
{
    const CertificateTableView::FindOptions options = this->options();
    QList<CertificateTableEditor::Cell> scope;
    if (options.selectionOnly) {
        scope = m_view->selectedSourceCells();
        if (scope.isEmpty()) {
            m_dialog->showResult(tr("No cells are selected."), true);
            return;
        }
    } else if (m_filterBar->isFiltering()) {
        // Only the rows on screen: a filtered table replaces what the user sees.
        const int shown = m_view->model()->rowCount();
        for (int row = 0; row < shown; ++row) {
            const int source = m_view->sourceRow(row);
            for (int column = 0; column < FieldCount; ++column)
                scope.append({source, column});
        }
        if (scope.isEmpty()) {
            m_dialog->showResult(tr("No rows are shown."), true);
            return;
        }
    }
    const int replaced = m_editor->replaceAll(options.text, m_dialog->replaceText(),
                                              options.caseSensitivity, options.wholeCell, scope);
    m_dialog->showResult(tr("%n cell(s) replaced", nullptr, replaced), replaced == 0);
}

} // namespace Ditio
