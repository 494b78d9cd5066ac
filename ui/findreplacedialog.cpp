#include "findreplacedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ditio {

FindReplaceDialog::FindReplaceDialog(QWidget *parent)
    : QDialog(parent),
      m_find(new QLineEdit(this)),
      m_replace(new QLineEdit(this)),
      m_matchCase(new QCheckBox(tr("Match &case"), this)),
      m_wholeCell(new QCheckBox(tr("&Whole cell"), this)),
      m_selectionOnly(new QCheckBox(tr("Replace in &selection only"), this)),
      m_findNext(new QPushButton(tr("Find &Next"), this)),
      m_findPrevious(new QPushButton(tr("Find &Previous"), this)),
      m_replaceButton(new QPushButton(tr("&Replace"), this)),
      m_replaceAll(new QPushButton(tr("Replace &All"), this)),
      m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("findReplaceDialog"));
    setWindowTitle(tr("Find and Replace"));
    setModal(false);
    m_find->setObjectName(QStringLiteral("findEdit"));
    m_replace->setObjectName(QStringLiteral("replaceEdit"));
    m_find->setMinimumWidth(280);
    m_find->setClearButtonEnabled(true);
    m_replace->setClearButtonEnabled(true);
    m_matchCase->setObjectName(QStringLiteral("matchCaseBox"));
    m_wholeCell->setObjectName(QStringLiteral("wholeCellBox"));
    m_selectionOnly->setObjectName(QStringLiteral("selectionOnlyBox"));
    m_selectionOnly->setToolTip(tr("Search and replace only among the cells selected in the "
                                   "table"));
    m_findNext->setObjectName(QStringLiteral("findNextButton"));
    m_findPrevious->setObjectName(QStringLiteral("findPreviousButton"));
    m_replaceButton->setObjectName(QStringLiteral("replaceButton"));
    m_replaceAll->setObjectName(QStringLiteral("replaceAllButton"));
    m_result->setObjectName(QStringLiteral("findResult"));
    m_result->setMinimumHeight(fontMetrics().height() + 4);
    m_findNext->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("F&ind:"), m_find);
    form->addRow(tr("Replace wit&h:"), m_replace);
    auto *options = new QVBoxLayout;
    options->setSpacing(2);
    options->addWidget(m_matchCase);
    options->addWidget(m_wholeCell);
    options->addWidget(m_selectionOnly);
    form->addRow(QString(), options);

    auto *buttons = new QDialogButtonBox(Qt::Horizontal, this);
    buttons->addButton(m_findPrevious, QDialogButtonBox::ActionRole);
    buttons->addButton(m_findNext, QDialogButtonBox::ActionRole);
    buttons->addButton(m_replaceButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_replaceAll, QDialogButtonBox::ActionRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(m_findNext, &QPushButton::clicked, this, [this] { emit findRequested(false); });
    connect(m_findPrevious, &QPushButton::clicked, this, [this] { emit findRequested(true); });
    connect(m_replaceButton, &QPushButton::clicked, this, &FindReplaceDialog::replaceRequested);
    connect(m_replaceAll, &QPushButton::clicked, this, &FindReplaceDialog::replaceAllRequested);
    connect(m_find, &QLineEdit::textChanged, this, [this] {
        m_result->clear();
        updateButtons();
    });
    updateButtons();
}

QString FindReplaceDialog::findText() const
{
    return m_find->text();
}

QString FindReplaceDialog::replaceText() const
{
    return m_replace->text();
}

Qt::CaseSensitivity FindReplaceDialog::caseSensitivity() const
{
    return m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
}

bool FindReplaceDialog::wholeCell() const
{
    return m_wholeCell->isChecked();
}

bool FindReplaceDialog::selectionOnly() const
{
    return m_selectionOnly->isChecked();
}

void FindReplaceDialog::setFindText(const QString &text)
{
    m_find->setText(text);
}

void FindReplaceDialog::setReplaceText(const QString &text)
{
    m_replace->setText(text);
}

void FindReplaceDialog::setMatchCase(bool matchCase)
{
    m_matchCase->setChecked(matchCase);
}

void FindReplaceDialog::setWholeCell(bool wholeCell)
{
    m_wholeCell->setChecked(wholeCell);
}

void FindReplaceDialog::setSelectionOnly(bool selectionOnly)
{
    m_selectionOnly->setChecked(selectionOnly);
}

void FindReplaceDialog::showFind()
{
    show();
    raise();
    activateWindow();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

void FindReplaceDialog::showReplace()
{
    show();
    raise();
    activateWindow();
    QLineEdit *field = m_find->text().isEmpty() ? m_find : m_replace;
    field->setFocus(Qt::ShortcutFocusReason);
    field->selectAll();
}

void FindReplaceDialog::showResult(const QString &text, bool problem)
{
    m_result->setText(text);
    QPalette palette = this->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1f, 0x1f));
    m_result->setPalette(palette);
}

QString FindReplaceDialog::resultText() const
{
    return m_result->text();
}

void FindReplaceDialog::updateButtons()
{
    const bool hasText = !m_find->text().isEmpty();
    m_findNext->setEnabled(hasText);
    m_findPrevious->setEnabled(hasText);
    m_replaceButton->setEnabled(hasText);
    m_replaceAll->setEnabled(hasText);
}

} // namespace Ditio
