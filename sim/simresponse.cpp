#include "sim/simresponse.h"

namespace Fleetdeck::Sim {

SimResponse SimResponse::json(QByteArray body, int status)
{
    SimResponse response;
    response.status = status;
    response.contentType = QByteArrayLiteral("application/json");
    response.body = std::move(body);
    return response;
}

SimResponse SimResponse::text(QByteArray body, int status)
{
    SimResponse response;
    response.status = status;
    response.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
    response.body = std::move(body);
    return response;
}

} // namespace Fleetdeck::Sim
