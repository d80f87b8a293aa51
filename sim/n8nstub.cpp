#include "sim/n8nstub.h"

#include "sim/router.h"
#include "sim/simcontext.h"

namespace Fleetdeck::Sim {

void N8nStub::install(Router& router, SimContext& context)
{
    auto ok = [](const SimRequest&, const QStringList&) {
        return SimResponse::json(QByteArrayLiteral(R"({"status":"ok"})"));
    };
    router.get(QStringLiteral("/n8n/healthz"), ok);
    router.get(QStringLiteral("/n8n/healthz/readiness"), ok);

    const QByteArray secret = context.options.secret.toUtf8();
    router.get(QStringLiteral("/n8n/api/v1/workflows"), [secret](const SimRequest& request, const QStringList&) {
        if (request.header("X-N8N-API-KEY") != secret)
            return SimResponse::json(QByteArrayLiteral(R"({"message":"Unauthorized"})"), 401);
        return SimResponse::json(QByteArrayLiteral(R"({"data":[],"nextCursor":null})"));
    });
}

} // namespace Fleetdeck::Sim
