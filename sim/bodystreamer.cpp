#include "sim/bodystreamer.h"

#include <algorithm>

namespace Fleetdeck::Sim {

namespace {
constexpr qint64 kChunkBytes = 64 * 1024;
constexpr qint64 kHighWaterBytes = 512 * 1024; // keep at most this much queued in the socket

const QByteArray& chunk()
{
    static const QByteArray filler(kChunkBytes, 'x');
    return filler;
}
} // namespace

BodyStreamer::BodyStreamer(QTcpSocket* socket, qint64 filler, QByteArray tail)
    : QObject(socket)
    , m_socket(socket)
    , m_remaining(filler)
    , m_tail(std::move(tail))
{
    connect(socket, &QIODevice::bytesWritten, this, &BodyStreamer::pump);
    pump();
}

void BodyStreamer::pump()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        deleteLater();
        return;
    }
    while (m_remaining > 0 && m_socket->bytesToWrite() < kHighWaterBytes) {
        const qint64 size = std::min(m_remaining, kChunkBytes);
        if (m_socket->write(chunk().constData(), size) != size) {
            deleteLater();
            return;
        }
        m_remaining -= size;
    }
    if (m_remaining == 0) {
        m_socket->write(m_tail);
        disconnect(m_socket, nullptr, this, nullptr);
        deleteLater();
    }
}

} // namespace Fleetdeck::Sim
