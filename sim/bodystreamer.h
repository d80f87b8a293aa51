#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

namespace Fleetdeck::Sim {

// Writes a large body in chunks as the socket drains, so a 64 MiB answer never sits in memory.
// Lives as a child of the socket: when the client goes away, the streamer goes with it.
class BodyStreamer : public QObject
{
    Q_OBJECT
public:
    // Streams `filler` bytes of 'x' followed by `tail`.
    BodyStreamer(QTcpSocket* socket, qint64 filler, QByteArray tail);

private:
    void pump();

    QPointer<QTcpSocket> m_socket;
    qint64 m_remaining = 0;
    QByteArray m_tail;
};

} // namespace Fleetdeck::Sim
