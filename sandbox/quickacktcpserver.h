#pragma once

#include <QTcpServer>

namespace Ditio {

// A loopback TCP server that acknowledges what it reads at once. Qt's HTTP client sends a
// larger request body in two writes and leaves Nagle's algorithm on, so the second write
// waits for the server's delayed acknowledgement: about 40 ms per request on loopback, where
// the first write is one packet. Real servers across a network rarely show this; a stand-in
// that did would make every benchmark against it measure the kernel's ACK timer.
class QuickAckTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr socketDescriptor) override;
};

} // namespace Ditio
