#include "sim/simhttpserver.h"

#include "sim/faultinjector.h"
#include "sim/responsewriter.h"
#include "sim/router.h"
#include "sim/simlogging.h"
#include "sim/upstreamerrors.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace Fleetdeck::Sim {

SimHttpServer::SimHttpServer(ListenerKind kind, int index, const Router& router, FaultInjector& faults, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_kind(kind)
    , m_index(index)
    , m_router(router)
    , m_faults(faults)
{
}

bool SimHttpServer::listenLoopback(quint16 port, QString* error)
{
    auto* server = new QTcpServer(this);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(server->errorString());
        delete server;
        return false;
    }
    m_server = server;
    m_port = server->serverPort();
    bind(server);
    return true;
}

bool SimHttpServer::listenLoopbackTls(const QSslCertificate& certificate, const QSslKey& key, QString* error)
{
    sslSetup(certificate, key);
    m_port = listen(QHostAddress::LocalHost, 0);
    if (m_port == 0) {
        if (error)
            *error = QStringLiteral("cannot open an HTTPS listener on 127.0.0.1");
        return false;
    }
    const QList<QTcpServer*> all = servers();
    m_server = all.isEmpty() ? nullptr : all.constLast();
    return true;
}

bool SimHttpServer::isListening() const
{
    return m_server && m_server->isListening();
}

void SimHttpServer::suspend()
{
    if (m_server)
        m_server->close();
    const QList<QTcpSocket*> sockets = findChildren<QTcpSocket*>();
    qCDebug(lcSim) << "listener on port" << m_port << "suspended, dropping" << sockets.size() << "connections";
    for (QTcpSocket* socket : sockets)
        socket->abort();
}

bool SimHttpServer::resume(QString* error)
{
    if (isListening())
        return true;
    if (!m_server || !m_server->listen(QHostAddress::LocalHost, m_port)) {
        if (error)
            *error = QStringLiteral("cannot listen again on 127.0.0.1:%1: %2")
                         .arg(m_port)
                         .arg(m_server ? m_server->errorString() : QStringLiteral("no server"));
        return false;
    }
    return true;
}

bool SimHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    SimRequest simRequest = SimRequest::from(request, m_kind, m_index);
    if (simRequest.isControl()) {
        // Numbered on first use, so /_sim/echo can show whether a client kept its connection alive.
        QVariant id = socket->property("fleetdeckSimConnection");
        if (!id.isValid()) {
            id = ++m_connectionCount;
            socket->setProperty("fleetdeckSimConnection", id);
        }
        simRequest.connectionId = id.toULongLong();
    }
    std::optional<SimResponse> response;
    int faultDelayMs = 0;
    if (!m_faults.isEmpty() && !simRequest.isControl()) {
        if (std::optional<Fault> fault = m_faults.take(simRequest.methodName, simRequest.path)) {
            qCDebug(lcSim) << "fault" << fault->id << Fault::kindName(fault->kind) << "takes" << simRequest.methodName
                           << simRequest.path;
            if (fault->kind == Fault::Kind::Latency)
                faultDelayMs = fault->latencyMs;
            else
                response = FaultInjector::respond(*fault, simRequest);
        }
    }
    if (!response)
        response = m_router.dispatch(simRequest);
    if (!response)
        response = UpstreamErrors::notFound(simRequest);
    response->delayMs += faultDelayMs;
    deliver(request, socket, std::move(*response));
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // Not reached (handleRequest answers everything), but keep the 404 shape if it ever is.
    deliver(request, socket, UpstreamErrors::notFound(SimRequest::from(request, m_kind, m_index)));
}

void SimHttpServer::deliver(const QHttpServerRequest& request, QTcpSocket* socket, SimResponse response)
{
    if (response.delayMs <= 0) {
        QHttpServerResponder responder = makeResponder(request, socket);
        ResponseWriter::write(responder, socket, response);
        return;
    }
    // Answer later without blocking: the responder moves into a shared_ptr the timer owns, and the
    // socket may be gone by then (client timeout, host taken down).
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> guard(socket);
    const int delayMs = response.delayMs;
    QTimer::singleShot(delayMs, Qt::PreciseTimer, this, [responder, guard, response = std::move(response)]() {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        ResponseWriter::write(*responder, guard, response);
    });
}

} // namespace Fleetdeck::Sim
