#pragma once

#include <QString>

#include <optional>

namespace Fleetdeck {

// How bad an alert is. Ordered: a higher value is worse, so severities compare with < and >.
enum class AlertSeverity
{
    Low,
    Medium,
    High,
    Critical,
};
inline constexpr int kAlertSeverityCount = 4;

// Stable names, never translated: "low", "medium", "high", "critical".
QString alertSeverityName(AlertSeverity severity);
std::optional<AlertSeverity> alertSeverityFromName(const QString& name);
// The translated word, for people.
QString alertSeverityDisplayName(AlertSeverity severity);

} // namespace Fleetdeck
