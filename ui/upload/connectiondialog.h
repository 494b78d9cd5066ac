#pragma once

#include "net/ditioenvironment.h"

#include <QDialog>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
QT_END_NAMESPACE

namespace Ditio {

class ConnectionSettings;

// Upload → Connection…: where to upload (Test, Production, Custom addresses or the built-in
// Sandbox), the API client's id and secret, and how many rows go per request. "Test
// connection" asks the caller (testRequested) and shows what it found. The dialog stores
// nothing itself: the caller saves the choice (the secret to the keychain, never a file).
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        DitioEnvironment::Kind kind = DitioEnvironment::Kind::Test;
        QUrl customApiBase;
        QUrl customIdentityBase;
        QString clientId;
        QString clientSecret; // empty: keep the secret already stored for this client
        int batchSize = 100;
        int requestsInFlight = 2;
    };

    // Starts from the stored settings; sandboxEnvironment gives the sandbox's addresses
    // when it runs (shown read-only).
    ConnectionDialog(const ConnectionSettings &settings, QWidget *parent = nullptr);

    Choice choice() const;
    // The environment the dialog shows now (Custom with the typed addresses).
    DitioEnvironment environment() const;
    void setSandboxEnvironment(const DitioEnvironment &environment);
    void setMessage(const QString &text);

    QComboBox *environmentCombo() const { return m_environment; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QLineEdit *clientSecretEdit() const { return m_clientSecret; }
    QPushButton *testButton() const { return m_testButton; }
    QLabel *resultLabel() const { return m_result; }

public slots:
    void showTestResult(bool ok, const QString &message);

signals:
    void testRequested(const Ditio::ConnectionDialog::Choice &choice);

private:
    void environmentChanged();
    void updateButtons();
    QString problem() const; // why the choice cannot be used yet; empty when it can

    const ConnectionSettings &m_settings;
    DitioEnvironment m_sandbox;
    DitioEnvironment::Kind m_shownKind = DitioEnvironment::Kind::Test;
    QComboBox *m_environment;
    QLineEdit *m_apiBase;
    QLineEdit *m_identityBase;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QLabel *m_secretNote;
    QSpinBox *m_batchSize;
    QSpinBox *m_inFlight;
    QPushButton *m_testButton;
    QLabel *m_message;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
};

} // namespace Ditio
