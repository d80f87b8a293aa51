#pragma once

#include "sim/simresponse.h"

class QHttpServerResponder;
class QTcpSocket;

namespace Fleetdeck::Sim {

// Puts a SimResponse on the wire through the connection's responder: status line, the
// `Server: fleetdeck-sim` header, Content-Type, extra headers, Content-Length and body; or a
// truncated body, a streamed one, or a reset connection.
class ResponseWriter
{
public:
    static void write(QHttpServerResponder& responder, QTcpSocket* socket, const SimResponse& response);
};

} // namespace Fleetdeck::Sim
