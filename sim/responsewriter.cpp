#include "sim/responsewriter.h"

#include "sim/bodystreamer.h"

#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace Fleetdeck::Sim {

namespace {

void writeHead(QHttpServerResponder& responder, const SimResponse& response, qint64 contentLength)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader(QByteArrayLiteral("Server"), QByteArrayLiteral("fleetdeck-sim"));
    if (!response.contentType.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Content-Type"), response.contentType);
    for (const auto& [name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(contentLength));
}

void resetConnection(QTcpSocket* socket)
{
#ifdef Q_OS_UNIX
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN: a real reset.
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor >= 0) {
        const linger option{1, 0};
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &option, sizeof(option));
    }
#endif
    socket->abort();
}

} // namespace

void ResponseWriter::write(QHttpServerResponder& responder, QTcpSocket* socket, const SimResponse& response)
{
    // QAbstractHttpServer is still inside its readyRead handler for this socket: close it afterwards.
    QPointer<QTcpSocket> guard(socket);
    switch (response.delivery) {
    case SimResponse::Delivery::Normal:
        writeHead(responder, response, response.body.size());
        responder.writeBody(response.body);
        return;
    case SimResponse::Delivery::Truncated:
        writeHead(responder, response, std::max<qint64>(response.length, response.body.size() + 1));
        responder.writeBody(response.body);
        QTimer::singleShot(0, socket, [guard]() {
            if (guard)
                guard->disconnectFromHost(); // flushes what was written, then closes
        });
        return;
    case SimResponse::Delivery::Streamed: {
        // {"data":"xxxx...x"} of exactly `length` bytes, so the body is valid JSON when read whole.
        QByteArray head = QByteArrayLiteral("{\"data\":\"");
        QByteArray tail = QByteArrayLiteral("\"}");
        if (response.length < head.size() + tail.size()) {
            head.clear();
            tail.clear();
        }
        writeHead(responder, response, response.length);
        responder.writeBody(head);
        new BodyStreamer(socket, response.length - head.size() - tail.size(), tail);
        return;
    }
    case SimResponse::Delivery::Reset:
        QTimer::singleShot(0, socket, [guard]() {
            if (guard)
                resetConnection(guard);
        });
        return;
    }
}

} // namespace Fleetdeck::Sim
