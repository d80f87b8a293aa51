#pragma once

#include <QDateTime>
#include <QString>

namespace Fleetdeck {

enum class HealthState
{
    Unknown,
    Up,
    Degraded,
    Down,
};

// One probe of one endpoint.
struct HealthSample
{
    QString tenantSlug;
    QString url;
    QDateTime checkedAt;
    HealthState state = HealthState::Unknown;
    int latencyMs = -1; // -1 when nothing answered
    int httpStatus = 0; // 0 when nothing answered
    QDateTime tlsExpiresAt; // invalid for http:// or when no certificate was seen
    QString error; // why the endpoint is not up, for people; empty when up
};

QString healthStateName(HealthState state); // "up", "degraded", "down", "unknown"
HealthState healthStateFromName(const QString& name);
QString healthStateDisplayName(HealthState state); // translated
// The worse of two states: down > degraded > unknown > up.
HealthState worseOf(HealthState a, HealthState b);
int severityRank(HealthState state);

} // namespace Fleetdeck
