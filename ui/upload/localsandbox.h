#pragma once

#include "net/ditioenvironment.h"

#include <QObject>
#include <QString>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace Ditio {

class SandboxServer;

// The Sandbox environment: a stand-in Ditio (SandboxServer) started inside the app on
// loopback, with the employee register of the bundled sample, so a new user can try the
// whole flow without a Ditio account. It answers on a thread of its own: the window's
// thread only ever sends requests, exactly as to the real Ditio.
class LocalSandbox : public QObject
{
    Q_OBJECT

public:
    explicit LocalSandbox(QObject *parent = nullptr);
    ~LocalSandbox() override;

    // Starts the server once; true when it listens. Later calls return at once.
    bool start();
    bool isRunning() const { return m_running; }
    QString errorString() const { return m_error; }

    DitioEnvironment environment() const;
    QString clientId() const { return m_clientId; }
    // Made up per run and kept in memory only.
    QString clientSecret() const { return m_clientSecret; }

    // The server, for tests that switch its behaviour. Lives on the sandbox thread:
    // touch it only through QMetaObject::invokeMethod (or while no request runs).
    SandboxServer *server() const { return m_server; }

private:
    QThread *m_thread = nullptr;
    SandboxServer *m_server = nullptr;
    bool m_running = false;
    QString m_error;
    QString m_clientId;
    QString m_clientSecret;
    QUrl m_apiBase;
    QUrl m_identityBase;
};

} // namespace Ditio
