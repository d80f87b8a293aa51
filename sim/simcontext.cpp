#include "sim/simcontext.h"

#include <cmath>

namespace Fleetdeck::Sim {

HealthMode SimContext::effectiveMode(int tenantIndex) const
{
    const HealthMode forced = healthOverrides.value(tenantIndex, HealthMode::Auto);
    return forced == HealthMode::Auto ? fleet.tenants().at(tenantIndex).mode : forced;
}

int SimContext::scaled(int latencyMs) const
{
    if (options.latencyScale <= 0.0)
        return 0;
    return int(std::lround(latencyMs * options.latencyScale));
}

QString SimContext::healthUrl(const SimTenant& tenant) const
{
    const QString path = QStringLiteral("/sites/") + tenant.slug + QStringLiteral("/health");
    if (tenant.tlsSlot >= 0 && tenant.tlsSlot < tlsPorts.size())
        return QStringLiteral("https://localhost:") + QString::number(tlsPorts.at(tenant.tlsSlot)) + path;
    return QStringLiteral("http://127.0.0.1:") + QString::number(hostPorts.value(tenant.hostIndex)) + path;
}

QString SimContext::url(const QString& path) const
{
    return baseUrl.toString(QUrl::FullyEncoded) + path;
}

} // namespace Fleetdeck::Sim
