#include "sim/tenantsites.h"

#include "sim/router.h"
#include "sim/simcontext.h"
#include "sim/upstreamerrors.h"

namespace Fleetdeck::Sim {

namespace {

const SimTenant* servedTenant(const SimContext& context, const SimRequest& request, const QString& slug)
{
    const SimTenant* tenant = context.fleet.find(slug);
    if (!tenant)
        return nullptr;
    switch (request.listener) {
    case ListenerKind::Main:
        return tenant;
    case ListenerKind::Host:
        return tenant->hostIndex == request.listenerIndex ? tenant : nullptr;
    case ListenerKind::Tls:
        return tenant->tlsSlot == request.listenerIndex ? tenant : nullptr;
    }
    return nullptr;
}

} // namespace

void TenantSites::install(Router& router, SimContext& context)
{
    const SimContext* ctx = &context;
    router.get(QStringLiteral("/sites/<slug>/health"), [ctx](const SimRequest& request, const QStringList& captures) {
        const SimTenant* tenant = servedTenant(*ctx, request, captures.at(0));
        if (!tenant)
            return UpstreamErrors::notFound(request);
        const HealthMode mode = ctx->effectiveMode(tenant->index);
        if (mode == HealthMode::Down)
            return SimResponse::json(QByteArrayLiteral(R"({"status":"down"})"), 503);
        SimResponse response = SimResponse::json(tenant->okBody);
        response.delayMs = ctx->scaled(tenant->latencyAt(ctx->simMsecs(), mode == HealthMode::Degraded));
        return response;
    });
    auto home = [ctx](const SimRequest& request, const QStringList& captures) {
        const SimTenant* tenant = servedTenant(*ctx, request, captures.at(0));
        if (!tenant)
            return UpstreamErrors::notFound(request);
        SimResponse response;
        response.contentType = QByteArrayLiteral("text/html; charset=utf-8");
        const QByteArray name = tenant->name.toHtmlEscaped().toUtf8();
        response.body = QByteArrayLiteral("<!doctype html><html><head><title>") + name
            + QByteArrayLiteral("</title></head><body><h1>") + name + QByteArrayLiteral("</h1></body></html>\n");
        return response;
    };
    router.get(QStringLiteral("/sites/<slug>"), home);
    router.get(QStringLiteral("/sites/<slug>/"), home);
}

} // namespace Fleetdeck::Sim
