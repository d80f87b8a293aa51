#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace Fleetdeck::Sim {

// What a handler answers; SimHttpServer turns it into bytes on the socket.
struct SimResponse
{
    enum class Delivery
    {
        Normal,
        Truncated, // Content-Length promises `length`, fewer bytes are sent, then the connection closes
        Streamed, // `length` bytes are streamed in chunks as the socket drains (huge bodies)
        Reset, // the TCP connection is aborted without an answer
    };

    int status = 200;
    QByteArray contentType; // no Content-Type header when empty
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0; // answer later, from a timer
    Delivery delivery = Delivery::Normal;
    qint64 length = 0; // Truncated / Streamed only

    static SimResponse json(QByteArray body, int status = 200);
    static SimResponse text(QByteArray body, int status = 200);
};

} // namespace Fleetdeck::Sim
