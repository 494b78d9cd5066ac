#include "quickacktcpserver.h"

#include <QTcpSocket>

#ifdef Q_OS_LINUX
#    include <netinet/in.h>
#    include <netinet/tcp.h>
#    include <sys/socket.h>
#endif

namespace Ditio {

namespace {

void acknowledgeNow([[maybe_unused]] qintptr descriptor)
{
#ifdef Q_OS_LINUX
    // Not sticky: the kernel may fall back to delayed ACKs, so this is renewed on every read.
    const int on = 1;
    ::setsockopt(int(descriptor), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
#endif
}

} // namespace

void QuickAckTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    acknowledgeNow(socketDescriptor);
    // Connected before the HTTP server's own reader, so it runs first on every read.
    connect(socket, &QTcpSocket::readyRead, socket,
            [socket] { acknowledgeNow(socket->socketDescriptor()); });
    addPendingConnection(socket);
}

} // namespace Ditio
