#pragma once

#include "certificatetableview.h"

#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Ditio {

class CertificateTableEditor;
class FilterBar;
class FindReplaceDialog;

// Edit > Find and Find and Replace: the dialog only collects the request; this searches the
// table through its view (the rows on screen, in their order) and replaces through the
// table editor, so every replacement is one undo step.
class FindReplaceController : public QObject
{
    Q_OBJECT

public:
    // window: the dialog's parent. None of the pointers is owned; all outlive this object.
    FindReplaceController(CertificateTableView *view, CertificateTableEditor *editor,
                          FilterBar *filterBar, QWidget *window);

    // The dialog, once shown.
    FindReplaceDialog *dialog() const { return m_dialog; }

public slots:
    // Opens (or raises) the dialog, with "in selection only" ticked when cells are selected.
    void showFind();
    void showReplace();
    void closeDialog();

private:
    void show(bool replace);
    CertificateTableView::FindOptions options() const;
    void findNext(bool backward);
    void replaceOne();
    void replaceAll();

    CertificateTableView *m_view;
    CertificateTableEditor *m_editor;
    FilterBar *m_filterBar;
    QPointer<QWidget> m_window;
    FindReplaceDialog *m_dialog = nullptr;
};

} // namespace Ditio
