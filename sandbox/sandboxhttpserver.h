#pragma once

#include <QAbstractHttpServer>

#include <functional>

namespace Ditio {

// The HTTP layer of the sandbox: a QAbstractHttpServer (the base of QHttpServer) that hands
// every request, with its socket, to one handler. QHttpServer's routes in Qt 6.4 give no
// access to the socket, and the sandbox needs it to delay an answer on a timer, never answer,
// or drop the connection without answering.
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;

    explicit SandboxHttpServer(QObject *parent = nullptr);

    void setHandler(Handler handler);

    // Exposes the protected factory so the owner can answer later than handleRequest().
    static QHttpServerResponder responderFor(const QHttpServerRequest &request, QTcpSocket *socket);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace Ditio
