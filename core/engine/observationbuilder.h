#pragma once

#include "core/engine/observation.h"
#include "core/fleet/fleetstate.h"

#include <QList>

namespace Fleetdeck {

// Turns what FleetState knows into AlertEngine observations. Stale values keep their old checkedAt, so the
// engine sees no new sample and holds its alerts instead of resolving them while the console is blind.
class ObservationBuilder
{
public:
    // endpoint_up (from Down vs Up/Degraded; nothing while Unknown), endpoint_latency_seconds (when something
    // answered) and tls_cert_expiry_timestamp_seconds (when a certificate was seen) of one tenant.
    static void appendTenantHealth(QList<Observation>& out, const QString& slug, const TenantHealth& health);
    // source_up of every source that is Ok (1) or Failing (0), subject "source:<id>".
    static void appendSources(QList<Observation>& out, const QList<SourceStatus>& sources);
    // Both, for every monitored tenant and every source of the fleet.
    static QList<Observation> fromFleet(const FleetState& fleet);
};

} // namespace Fleetdeck
