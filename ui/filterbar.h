#pragma once

#include <QTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace Ditio {

class CertificateFilterProxyModel;

// The row above the table: free-text search over every column, "only rows
// with problems", the upload status and, while the table has a ledger, what
// sending would change; applied to the filter proxy.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(CertificateFilterProxyModel *proxy, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QCheckBox *onlyProblemsBox() const { return m_onlyProblems; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *changeCombo() const { return m_change; }

    bool isFiltering() const;
    // Applies a pending search at once (it otherwise follows typing shortly).
    void applySearch();

public slots:
    void setOnlyProblems(bool onlyProblems);
    // Shows every row again.
    void clearFilters();
    void focusSearch();

signals:
    void onlyProblemsChanged(bool onlyProblems);
    void filterChanged();

private:
    // Shown only while the table has a ledger (without one no row has a change).
    void updateChangeAvailable();

    CertificateFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QCheckBox *m_onlyProblems;
    QComboBox *m_status;
    QLabel *m_changeLabel;
    QComboBox *m_change;
    QTimer m_searchTimer;
};

} // namespace Ditio
