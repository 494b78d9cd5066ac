#include "connectiondialog.h"

#include "net/connectionsettings.h"
#include "net/urlpolicy.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Ditio {

namespace {

QString display(const QUrl &url)
{
    return url.toDisplayString();
}

} // namespace

ConnectionDialog::ConnectionDialog(const ConnectionSettings &settings, QWidget *parent)
    : QDialog(parent),
      m_settings(settings),
      m_environment(new QComboBox(this)),
      m_apiBase(new QLineEdit(this)),
      m_identityBase(new QLineEdit(this)),
      m_clientId(new QLineEdit(this)),
      m_clientSecret(new QLineEdit(this)),
      m_secretNote(new QLabel(this)),
      m_batchSize(new QSpinBox(this)),
      m_inFlight(new QSpinBox(this)),
      m_testButton(new QPushButton(tr("&Test Connection"), this)),
      m_message(new QLabel(this)),
      m_result(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connection to Ditio"));

    m_environment->setObjectName(QStringLiteral("environmentCombo"));
    for (DitioEnvironment::Kind kind :
         {DitioEnvironment::Kind::Test, DitioEnvironment::Kind::Production,
          DitioEnvironment::Kind::Custom, DitioEnvironment::Kind::Sandbox})
        m_environment->addItem(DitioEnvironment::title(kind), int(kind));
    m_environment->setItemData(0, tr("Ditio's test system, as in Ditio's documentation"),
                               Qt::ToolTipRole);
    m_environment->setItemData(1, tr("Ditio's live system: real data"), Qt::ToolTipRole);
    m_environment->setItemData(2, tr("Addresses you type in"), Qt::ToolTipRole);
    m_environment->setItemData(3, tr("A stand-in Ditio on this computer, for trying things out"),
                               Qt::ToolTipRole);
    m_apiBase->setObjectName(QStringLiteral("apiBaseEdit"));
    m_apiBase->setPlaceholderText(QStringLiteral("https://integration.ditio.no"));
    m_identityBase->setObjectName(QStringLiteral("identityBaseEdit"));
    m_identityBase->setPlaceholderText(QStringLiteral("https://identity.ditio.app"));
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientSecret->setObjectName(QStringLiteral("clientSecretEdit"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData
                                        | Qt::ImhNoPredictiveText);
    m_secretNote->setObjectName(QStringLiteral("secretNote"));
    m_secretNote->setWordWrap(true);
    m_secretNote->setEnabled(false); // greyed: a hint, not a message
    m_batchSize->setObjectName(QStringLiteral("batchSizeSpin"));
    m_batchSize->setRange(ConnectionSettings::MinBatchSize, ConnectionSettings::MaxBatchSize);
    m_batchSize->setValue(settings.batchSize());
    m_batchSize->setSuffix(tr(" rows"));
    m_inFlight->setObjectName(QStringLiteral("inFlightSpin"));
    m_inFlight->setRange(1, ConnectionSettings::MaxRequestsInFlight);
    m_inFlight->setValue(settings.requestsInFlight());
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_message->setObjectName(QStringLiteral("connectionMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_result->setObjectName(QStringLiteral("connectionResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(fontMetrics().height() * 2);

    auto *where = new QGroupBox(tr("Where"), this);
    auto *whereForm = new QFormLayout(where);
    whereForm->addRow(tr("&Environment:"), m_environment);
    whereForm->addRow(tr("&API address:"), m_apiBase);
    whereForm->addRow(tr("&Identity address:"), m_identityBase);

    auto *client = new QGroupBox(tr("API client"), this);
    auto *clientForm = new QFormLayout(client);
    auto *clientHint = new QLabel(
            tr("Create one in Ditio under Company Setup (Oppsett) → Integration → Create new API "
               "client, with the scope ditioapiv3."),
            this);
    clientHint->setWordWrap(true);
    clientForm->addRow(clientHint);
    clientForm->addRow(tr("Client &id:"), m_clientId);
    clientForm->addRow(tr("Client &secret:"), m_clientSecret);
    clientForm->addRow(QString(), m_secretNote);

    auto *sending = new QGroupBox(tr("Sending"), this);
    auto *sendingForm = new QFormLayout(sending);
    sendingForm->addRow(tr("Rows per &request:"), m_batchSize);
    sendingForm->addRow(tr("Requests at &once:"), m_inFlight);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_result, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(where);
    layout->addWidget(client);
    layout->addWidget(sending);
    layout->addLayout(testRow);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, [this] {
        m_testButton->setEnabled(false);
        m_result->setText(tr("Testing the connection…"));
        emit testRequested(choice());
    });
    connect(m_environment, &QComboBox::currentIndexChanged, this,
            &ConnectionDialog::environmentChanged);
    for (QLineEdit *edit : {m_apiBase, m_identityBase, m_clientId, m_clientSecret}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_result->clear();
            updateButtons();
        });
    }

    m_shownKind = settings.environmentKind();
    m_apiBase->setText(display(settings.customApiBase()));
    m_identityBase->setText(display(settings.customIdentityBase()));
    m_environment->setCurrentIndex(m_environment->findData(int(m_shownKind)));
    environmentChanged();
}

void ConnectionDialog::setSandboxEnvironment(const DitioEnvironment &environment)
{
    m_sandbox = environment;
    environmentChanged();
}

void ConnectionDialog::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ConnectionDialog::environmentChanged()
{
    const auto kind = DitioEnvironment::Kind(m_environment->currentData().toInt());
    const bool custom = kind == DitioEnvironment::Kind::Custom;
    const bool sandbox = kind == DitioEnvironment::Kind::Sandbox;
    if (kind != m_shownKind || m_clientId->text().isEmpty()) {
        // Each environment has its own API client.
        m_clientId->setText(sandbox ? QString() : m_settings.clientId(kind));
        m_clientSecret->clear();
        m_shownKind = kind;
    }
    if (!custom) {
        const DitioEnvironment shown = environment();
        QSignalBlocker apiBlocker(m_apiBase);
        QSignalBlocker identityBlocker(m_identityBase);
        m_apiBase->setText(sandbox && shown.apiBase().isEmpty() ? tr("(started when needed)")
                                                                : display(shown.apiBase()));
        m_identityBase->setText(sandbox && shown.identityBase().isEmpty()
                                        ? tr("(started when needed)")
                                        : display(shown.identityBase()));
    } else {
        QSignalBlocker apiBlocker(m_apiBase);
        QSignalBlocker identityBlocker(m_identityBase);
        m_apiBase->setText(display(m_settings.customApiBase()));
        m_identityBase->setText(display(m_settings.customIdentityBase()));
    }
    m_apiBase->setReadOnly(!custom);
    m_identityBase->setReadOnly(!custom);
    m_clientId->setEnabled(!sandbox);
    m_clientSecret->setEnabled(!sandbox);
    m_clientId->setPlaceholderText(sandbox ? tr("built in") : QString());
    if (sandbox) {
        m_secretNote->setText(tr("The sandbox needs no API client."));
        m_clientSecret->setPlaceholderText(tr("built in"));
    } else {
        m_secretNote->setText(tr("Kept in the system keychain, never in a file. Leave empty to "
                                 "keep the secret already stored for this client."));
        m_clientSecret->setPlaceholderText(QString());
    }
    m_result->clear();
    updateButtons();
}

DitioEnvironment ConnectionDialog::environment() const
{
    const auto kind = DitioEnvironment::Kind(m_environment->currentData().toInt());
    switch (kind) {
    case DitioEnvironment::Kind::Test:
        return DitioEnvironment::test();
    case DitioEnvironment::Kind::Production:
        return DitioEnvironment::production();
    case DitioEnvironment::Kind::Custom:
        return DitioEnvironment::custom(QUrl::fromUserInput(m_apiBase->text().trimmed()),
                                        QUrl::fromUserInput(m_identityBase->text().trimmed()));
    case DitioEnvironment::Kind::Sandbox:
        return m_sandbox.kind() == DitioEnvironment::Kind::Sandbox
                ? m_sandbox
                : DitioEnvironment::sandbox(QUrl(), QUrl());
    }
    return DitioEnvironment();
}

ConnectionDialog::Choice ConnectionDialog::choice() const
{
    Choice choice;
    choice.kind = DitioEnvironment::Kind(m_environment->currentData().toInt());
    if (choice.kind == DitioEnvironment::Kind::Custom) {
        choice.customApiBase = QUrl::fromUserInput(m_apiBase->text().trimmed());
        choice.customIdentityBase = QUrl::fromUserInput(m_identityBase->text().trimmed());
    } else {
        choice.customApiBase = m_settings.customApiBase();
        choice.customIdentityBase = m_settings.customIdentityBase();
    }
    if (choice.kind != DitioEnvironment::Kind::Sandbox) {
        choice.clientId = m_clientId->text().trimmed();
        choice.clientSecret = m_clientSecret->text();
    }
    choice.batchSize = m_batchSize->value();
    choice.requestsInFlight = m_inFlight->value();
    return choice;
}

QString ConnectionDialog::problem() const
{
    const Choice chosen = choice();
    if (chosen.kind == DitioEnvironment::Kind::Sandbox)
        return {};
    if (chosen.kind == DitioEnvironment::Kind::Custom) {
        for (const QUrl &url : {chosen.customApiBase, chosen.customIdentityBase}) {
            if (url.isEmpty())
                return tr("Type both addresses of the custom environment.");
            const QString refused = UrlPolicy::check(url);
            if (!refused.isEmpty())
                return refused;
        }
    }
    if (chosen.clientId.isEmpty())
        return tr("Type the client id of the API client.");
    return {};
}

void ConnectionDialog::updateButtons()
{
    const QString why = problem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    m_testButton->setEnabled(why.isEmpty());
    m_testButton->setToolTip(why);
}

void ConnectionDialog::showTestResult(bool ok, const QString &message)
{
    m_testButton->setEnabled(problem().isEmpty());
    m_result->setText((ok ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + message);
    QPalette palette = m_result->palette();
    palette.setColor(QPalette::WindowText,
                     ok ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb7, 0x1c, 0x1c));
    m_result->setPalette(palette);
}

} // namespace Ditio
