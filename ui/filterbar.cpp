#include "filterbar.h"

#include "model/certificatefilterproxymodel.h"
#include "model/certificatetablemodel.h"
#include "model/uploadstate.h"
#include "review/rowchange.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace Ditio {

FilterBar::FilterBar(CertificateFilterProxyModel *proxy, QWidget *parent)
    : QWidget(parent),
      m_proxy(proxy),
      m_search(new QLineEdit(this)),
      m_onlyProblems(new QCheckBox(tr("Only rows with &problems"), this)),
      m_status(new QComboBox(this)),
      m_changeLabel(new QLabel(tr("Cha&nge:"), this)),
      m_change(new QComboBox(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search all columns"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_search->setMinimumWidth(260);
    m_onlyProblems->setObjectName(QStringLiteral("onlyProblemsBox"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("All statuses"), -1);
    for (UploadState state : {UploadState::NotSent, UploadState::Uploaded, UploadState::Rejected,
                              UploadState::Unconfirmed}) {
        m_status->addItem(uploadStateTitle(state), int(state));
    }

    m_change->setObjectName(QStringLiteral("changeFilter"));
    m_change->setAccessibleName(tr("Change"));
    m_change->addItem(tr("All changes"), -1);
    for (RowChange change :
         {RowChange::New, RowChange::Update, RowChange::Unchanged, RowChange::Unconfirmed}) {
        m_change->addItem(rowChangeTitle(change), int(change));
    }
    m_changeLabel->setBuddy(m_change);

    auto *statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_status);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 4);
    layout->setSpacing(12);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_onlyProblems);
    layout->addSpacing(8);
    layout->addWidget(statusLabel);
    layout->addWidget(m_status);
    layout->addSpacing(8);
    layout->addWidget(m_changeLabel);
    layout->addWidget(m_change);
    layout->addStretch(3);

    // A 100,000-row table filters in a few milliseconds, but not on every
    // keystroke of a fast typist.
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(150);
    connect(&m_searchTimer, &QTimer::timeout, this, &FilterBar::applySearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::applySearch);
    connect(m_onlyProblems, &QCheckBox::toggled, this, [this](bool checked) {
        m_proxy->setOnlyProblems(checked);
        emit onlyProblemsChanged(checked);
        emit filterChanged();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setUploadStateFilter(m_status->currentData().toInt());
        emit filterChanged();
    });
    connect(m_change, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setChangeFilter(m_change->currentData().toInt());
        emit filterChanged();
    });
    connect(m_proxy, &QAbstractProxyModel::sourceModelChanged, this, [this] {
        if (auto *table = qobject_cast<CertificateTableModel *>(m_proxy->sourceModel()))
            connect(table, &CertificateTableModel::ledgerChanged, this,
                    &FilterBar::updateChangeAvailable, Qt::UniqueConnection);
        updateChangeAvailable();
    });
    if (auto *table = qobject_cast<CertificateTableModel *>(m_proxy->sourceModel()))
        connect(table, &CertificateTableModel::ledgerChanged, this,
                &FilterBar::updateChangeAvailable, Qt::UniqueConnection);
    updateChangeAvailable();
}

void FilterBar::updateChangeAvailable()
{
    const auto *table = qobject_cast<const CertificateTableModel *>(m_proxy->sourceModel());
    const bool available = table && table->ledger();
    // A filter the user can no longer see or change would hide rows unexplained.
    if (!available)
        m_change->setCurrentIndex(0);
    m_changeLabel->setVisible(available);
    m_change->setVisible(available);
}

bool FilterBar::isFiltering() const
{
    return !m_proxy->searchText().isEmpty() || m_proxy->onlyProblems()
            || m_proxy->uploadStateFilter() >= 0 || m_proxy->changeFilter() >= 0;
}

void FilterBar::applySearch()
{
    m_searchTimer.stop();
    if (m_proxy->searchText() == m_search->text())
        return;
    m_proxy->setSearchText(m_search->text());
    emit filterChanged();
}

void FilterBar::setOnlyProblems(bool onlyProblems)
{
    m_onlyProblems->setChecked(onlyProblems);
}

void FilterBar::clearFilters()
{
    m_search->clear();
    applySearch();
    m_onlyProblems->setChecked(false);
    m_status->setCurrentIndex(0);
    m_change->setCurrentIndex(0);
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace Ditio
