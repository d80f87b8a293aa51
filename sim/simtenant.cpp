#include "sim/simtenant.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Fleetdeck::Sim {

QString healthModeName(HealthMode mode)
{
    switch (mode) {
    case HealthMode::Auto:
        return QStringLiteral("auto");
    case HealthMode::Up:
        return QStringLiteral("up");
    case HealthMode::Degraded:
        return QStringLiteral("degraded");
    case HealthMode::Down:
        return QStringLiteral("down");
    }
    return QStringLiteral("auto");
}

std::optional<HealthMode> healthModeFromName(QStringView name)
{
    for (HealthMode mode : {HealthMode::Auto, HealthMode::Up, HealthMode::Degraded, HealthMode::Down}) {
        if (name.compare(healthModeName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

int SimTenant::latencyAt(qint64 simMsecs, bool degraded) const
{
    const double seconds = double(simMsecs) / 1000.0;
    double value = degraded ? degradedBaseMs : normalBaseMs;
    for (int i = 0; i < 2; ++i)
        value += amplitudeMs[i] * std::sin(2.0 * std::numbers::pi * seconds / periodSeconds[i] + phase[i]);
    const double low = degraded ? 1200.0 : 20.0;
    const double high = degraded ? 1900.0 : 250.0;
    return int(std::lround(std::clamp(value, low, high)));
}

} // namespace Fleetdeck::Sim
