#pragma once

#include "sim/simrequest.h"
#include "sim/simresponse.h"

#include <QAbstractHttpServer>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>

class QTcpServer;

namespace Fleetdeck::Sim {

class FaultInjector;
class Router;

// One loopback listener of the simulator. Routes requests through a Router, lets the FaultInjector
// take them first (except /_sim/), answers unknown routes in the owning upstream's error shape and
// delays answers from a timer without blocking other connections.
class SimHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    SimHttpServer(ListenerKind kind, int index, const Router& router, FaultInjector& faults, QObject* parent = nullptr);

    // Plain HTTP on 127.0.0.1:`port` (0 = any free port). Returns false and fills `error` on failure.
    bool listenLoopback(quint16 port, QString* error);
    // HTTPS on 127.0.0.1, any free port.
    bool listenLoopbackTls(const QSslCertificate& certificate, const QSslKey& key, QString* error);

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] ListenerKind kind() const { return m_kind; }
    [[nodiscard]] int index() const { return m_index; }

    // Stops accepting (connections are refused) and drops the open ones; resume() listens on the same port.
    void suspend();
    bool resume(QString* error);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void deliver(const QHttpServerRequest& request, QTcpSocket* socket, SimResponse response);

    ListenerKind m_kind;
    int m_index;
    const Router& m_router;
    FaultInjector& m_faults;
    QPointer<QTcpServer> m_server;
    quint16 m_port = 0;
    quint64 m_connectionCount = 0;
};

} // namespace Fleetdeck::Sim
