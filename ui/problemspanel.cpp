#include "problemspanel.h"

#include "model/problemsmodel.h"
#include "problemsdisplaymodel.h"
#include "severityicons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace Ditio {

ProblemsPanel::ProblemsPanel(ProblemsModel *model, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_display(new ProblemsDisplayModel(this)),
      m_view(new QTableView(this)),
      m_fixButton(new QPushButton(tr("&Fix"), this)),
      m_goButton(new QPushButton(tr("&Go to Cell"), this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("problemsPanel"));
    m_display->setSourceModel(model);

    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setAccessibleName(tr("Problems"));
    m_view->setModel(m_display);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    const QFontMetrics metrics = fontMetrics();
    m_view->setColumnWidth(ProblemsModel::SeverityColumn,
                           metrics.horizontalAdvance(tr("Warning")) + 48);
    m_view->setColumnWidth(ProblemsModel::RowColumn, metrics.horizontalAdvance(tr("Row")) + 32);
    m_view->setColumnWidth(ProblemsModel::FieldColumn,
                           metrics.horizontalAdvance(tr("Certificate number")) + 24);

    m_fixButton->setObjectName(QStringLiteral("fixButton"));
    m_fixButton->setToolTip(tr("Apply the quick fix of the selected problem"));
    m_goButton->setObjectName(QStringLiteral("goToCellButton"));
    m_goButton->setToolTip(tr("Select the cell of the selected problem (Enter)"));
    m_summary->setObjectName(QStringLiteral("problemsSummary"));

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(6, 4, 6, 0);
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_goButton);
    buttons->addWidget(m_fixButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_view, &QAbstractItemView::activated, this, &ProblemsPanel::activateCurrent);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ProblemsPanel::showContextMenu);
    connect(m_goButton, &QPushButton::clicked, this, &ProblemsPanel::activateCurrent);
    connect(m_fixButton, &QPushButton::clicked, this, &ProblemsPanel::fixCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProblemsPanel::updateActions);
    connect(m_display, &QAbstractItemModel::modelAboutToBeReset, this,
            &ProblemsPanel::rememberSelection);
    connect(m_display, &QAbstractItemModel::modelReset, this, &ProblemsPanel::restoreSelection);
    updateActions();
}

std::optional<Issue> ProblemsPanel::currentIssue() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row()))
        return std::nullopt;
    return m_model->issue(m_display->mapToSource(current).row());
}

void ProblemsPanel::selectProblem(int row)
{
    if (row < 0 || row >= m_display->rowCount())
        return;
    const QModelIndex index = m_display->index(row, ProblemsModel::MessageColumn);
    m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void ProblemsPanel::activateCurrent()
{
    if (const auto issue = currentIssue())
        emit issueActivated(*issue);
}

void ProblemsPanel::fixCurrent()
{
    const auto issue = currentIssue();
    if (issue && issue->fix != QuickFix::None)
        emit quickFixRequested(*issue);
}

void ProblemsPanel::updateActions()
{
    const auto issue = currentIssue();
    m_goButton->setEnabled(issue.has_value());
    const bool fixable = issue && issue->fix != QuickFix::None;
    m_fixButton->setEnabled(fixable);
    m_fixButton->setText(fixable ? tr("&Fix: %1").arg(quickFixTitle(issue->fix)) : tr("&Fix"));

    int errors = 0;
    int warnings = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->severity(row) == Severity::Error)
            ++errors;
        else
            ++warnings;
    }
    if (errors + warnings == 0) {
        m_summary->setText(tr("No problems: every row can be sent."));
    } else {
        m_summary->setText(tr("%1, %2. Double-click a problem to go to its cell.")
                                   .arg(tr("%n error(s)", nullptr, errors),
                                        tr("%n warning(s)", nullptr, warnings)));
    }
}

void ProblemsPanel::rememberSelection()
{
    m_remembered = currentIssue();
    m_rememberedRow = m_remembered ? m_view->currentIndex().row() : -1;
    m_rememberedScroll = m_view->verticalScrollBar()->value();
}

void ProblemsPanel::restoreSelection()
{
    // The list is rebuilt after every edit; it must not jump back to the top.
    m_view->verticalScrollBar()->setValue(m_rememberedScroll);
    if (m_remembered) {
        int row = m_model->find(m_remembered->row, m_remembered->field, m_remembered->code);
        // Fixed: the next problem takes its place.
        if (row < 0)
            row = std::min(m_rememberedRow, m_model->rowCount() - 1);
        selectProblem(row);
    }
    m_remembered.reset();
    updateActions();
}

void ProblemsPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    selectProblem(index.row());
    const auto issue = currentIssue();
    if (!issue)
        return;
    QMenu menu(this);
    menu.addAction(tr("&Go to Cell"), this, &ProblemsPanel::activateCurrent);
    if (issue->fix != QuickFix::None) {
        QAction *fix =
                menu.addAction(SeverityIcons::icon(issue->severity), quickFixTitle(issue->fix));
        connect(fix, &QAction::triggered, this, &ProblemsPanel::fixCurrent);
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace Ditio
