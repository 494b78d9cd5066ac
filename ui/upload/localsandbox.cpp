#include "localsandbox.h"

#include "sandboxserver.h"

#include <QRandomGenerator>
#include <QThread>

namespace Ditio {

LocalSandbox::LocalSandbox(QObject *parent) : QObject(parent) { }

LocalSandbox::~LocalSandbox()
{
    if (m_thread) {
        // The server goes with its thread's event loop, on that thread.
        QMetaObject::invokeMethod(m_server, &QObject::deleteLater);
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }
}

bool LocalSandbox::start()
{
    if (m_running)
        return true;
    if (!m_thread) {
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("ditio-sandbox"));
        m_server = new SandboxServer;
        m_clientId = m_server->clientId();
        // A fresh secret for every run: nothing to leak, nothing to remember.
        m_clientSecret = QString::number(QRandomGenerator::system()->generate64(), 36)
                + QString::number(QRandomGenerator::system()->generate64(), 36);
        m_server->setClientSecret(m_clientSecret);
        m_server->moveToThread(m_thread);
        m_thread->start();
    }
    bool listening = false;
    QMetaObject::invokeMethod(
            m_server,
            [this, &listening] {
                listening = m_server->listen();
                m_apiBase = m_server->apiBase();
                m_identityBase = m_server->identityBase();
            },
            Qt::BlockingQueuedConnection);
    m_running = listening;
    m_error = listening ? QString()
                        : tr("The sandbox could not listen on this computer's loopback address.");
    return m_running;
}

DitioEnvironment LocalSandbox::environment() const
{
    return DitioEnvironment::sandbox(m_apiBase, m_identityBase);
}

} // namespace Ditio
