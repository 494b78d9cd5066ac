#pragma once

#include <QTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLineEdit;
QT_END_NAMESPACE

namespace Ditio {

class CertificateFilterProxyModel;

// The row above the table: free-text search over every column, "only rows
// with problems" and the upload status, applied to the filter proxy.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(CertificateFilterProxyModel *proxy, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QCheckBox *onlyProblemsBox() const { return m_onlyProblems; }
    QComboBox *statusCombo() const { return m_status; }

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
    CertificateFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QCheckBox *m_onlyProblems;
    QComboBox *m_status;
    QTimer m_searchTimer;
};

} // namespace Ditio
