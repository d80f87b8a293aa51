#include "sim/mauticstub.h"

#include "sim/router.h"
#include "sim/simcontext.h"
#include "sim/upstreamerrors.h"

namespace Fleetdeck::Sim {

void MauticStub::install(Router& router, SimContext& context)
{
    const QByteArray expected = QByteArrayLiteral("Basic ")
        + QByteArray(QByteArrayLiteral("admin:") + context.options.secret.toUtf8()).toBase64();
    const SimContext* ctx = &context;
    router.get(QStringLiteral("/mautic/<slug>/api/contacts"),
        [ctx, expected](const SimRequest& request, const QStringList& captures) {
            if (ctx->fleet.indexOf(captures.at(0)) < 0)
                return UpstreamErrors::notFound(request);
            if (request.header("Authorization") != expected)
                return SimResponse::json(
                    QByteArrayLiteral(
                        R"({"errors":[{"message":"API authorization denied.","code":401,"type":"access_denied"}]})"),
                    401);
            return SimResponse::json(QByteArrayLiteral(R"({"total":"0","contacts":[]})"));
        });
}

} // namespace Fleetdeck::Sim
