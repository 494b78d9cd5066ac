#include "sandboxhttpserver.h"

#include <QHttpServerResponder>

namespace Ditio {

SandboxHttpServer::SandboxHttpServer(QObject *parent) : QAbstractHttpServer(parent) { }

void SandboxHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

QHttpServerResponder SandboxHttpServer::responderFor(const QHttpServerRequest &request,
                                                     QTcpSocket *socket)
{
    return makeResponder(request, socket);
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (!m_handler)
        return false;
    m_handler(request, socket);
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace Ditio
