#include "core/engine/observationbuilder.h"

#include "core/engine/alertnames.h"

namespace Fleetdeck {

void ObservationBuilder::appendTenantHealth(QList<Observation>& out, const QString& slug, const TenantHealth& health)
{
    if (health.state == HealthState::Unknown)
        return;
    const bool down = health.state == HealthState::Down;
    out.append({Metric::kEndpointUp, slug, down ? 0.0 : 1.0, health.checkedAt, down ? health.error : QString()});
    if (health.latencyMs >= 0)
        out.append({Metric::kEndpointLatencySeconds, slug, health.latencyMs / 1000.0, health.checkedAt, {}});
    if (health.tlsExpiresAt.isValid()) {
        out.append({Metric::kTlsCertExpiryTimestamp, slug, double(health.tlsExpiresAt.toSecsSinceEpoch()),
            health.checkedAt, {}});
    }
}

void ObservationBuilder::appendSources(QList<Observation>& out, const QList<SourceStatus>& sources)
{
    for (const SourceStatus& source : sources) {
        if (source.state != SourceStatus::State::Ok && source.state != SourceStatus::State::Failing)
            continue;
        const bool ok = source.state == SourceStatus::State::Ok;
        out.append({Metric::kSourceUp, Subject::source(source.id), ok ? 1.0 : 0.0,
            source.lastAttemptAt.isValid() ? source.lastAttemptAt : source.lastSuccessAt,
            ok ? QString() : source.error});
    }
}

QList<Observation> ObservationBuilder::fromFleet(const FleetState& fleet)
{
    QList<Observation> out;
    const QList<Tenant>& tenants = fleet.tenants();
    out.reserve(tenants.size() * 3 + fleet.sources().size());
    for (qsizetype i = 0; i < tenants.size(); ++i) {
        if (tenants.at(i).isMonitored())
            appendTenantHealth(out, tenants.at(i).slug, fleet.healthAt(int(i)));
    }
    appendSources(out, fleet.sources());
    return out;
}

} // namespace Fleetdeck
