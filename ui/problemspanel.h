#pragma once

#include "validation/issue.h"

#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace Ditio {

class ProblemsDisplayModel;
class ProblemsModel;

// The problems panel: every issue of the table, one line each with its
// severity icon, row, column and message. Activating a line (double-click or
// Enter) asks the window to go to the cell; "Fix" applies the quick fix of the
// selected problem. The selection survives the list being rebuilt.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(ProblemsModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QPushButton *fixButton() const { return m_fixButton; }
    ProblemsModel *problemsModel() const { return m_model; }

    // The selected problem, if any.
    std::optional<Issue> currentIssue() const;
    // Selects the given line of the problems model.
    void selectProblem(int row);

public slots:
    // Activates the selected problem as a double-click would.
    void activateCurrent();
    void fixCurrent();

signals:
    void issueActivated(const Ditio::Issue &issue);
    void quickFixRequested(const Ditio::Issue &issue);

private:
    void updateActions();
    void rememberSelection();
    void restoreSelection();
    void showContextMenu(const QPoint &position);

    ProblemsModel *m_model;
    ProblemsDisplayModel *m_display;
    QTableView *m_view;
    QPushButton *m_fixButton;
    QPushButton *m_goButton;
    QLabel *m_summary;
    // What was selected before a rebuild: the issue and its line.
    std::optional<Issue> m_remembered;
    int m_rememberedRow = -1;
    int m_rememberedScroll = 0;
};

} // namespace Ditio
