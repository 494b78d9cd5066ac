#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace Ditio {

// Find and Replace, non-modal: it stays open beside the table while the user
// steps through matches. It only collects the request; the window searches
// the table and reports back through showResult().
class FindReplaceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FindReplaceDialog(QWidget *parent = nullptr);

    QString findText() const;
    QString replaceText() const;
    Qt::CaseSensitivity caseSensitivity() const;
    bool wholeCell() const;
    bool selectionOnly() const;

    void setFindText(const QString &text);
    void setReplaceText(const QString &text);
    void setMatchCase(bool matchCase);
    void setWholeCell(bool wholeCell);
    void setSelectionOnly(bool selectionOnly);

    // Opens (or raises) the dialog with the cursor in the find or replace field.
    void showFind();
    void showReplace();
    // A line under the fields: "5 cells replaced", "Not found".
    void showResult(const QString &text, bool problem = false);
    QString resultText() const;

signals:
    void findRequested(bool backward);
    void replaceRequested();
    void replaceAllRequested();

private:
    void updateButtons();

    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_matchCase;
    QCheckBox *m_wholeCell;
    QCheckBox *m_selectionOnly;
    QPushButton *m_findNext;
    QPushButton *m_findPrevious;
    QPushButton *m_replaceButton;
    QPushButton *m_replaceAll;
    QLabel *m_result;
};

} // namespace Ditio
