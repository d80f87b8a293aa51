#include "core/domain/healthsample.h"

#include <QCoreApplication>

namespace Fleetdeck {

QString healthStateName(HealthState state)
{
    switch (state) {
    case HealthState::Up:
        return QStringLiteral("up");
    case HealthState::Degraded:
        return QStringLiteral("degraded");
    case HealthState::Down:
        return QStringLiteral("down");
    case HealthState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

HealthState healthStateFromName(const QString& name)
{
    if (name == QLatin1String("up"))
        return HealthState::Up;
    if (name == QLatin1String("degraded"))
        return HealthState::Degraded;
    if (name == QLatin1String("down"))
        return HealthState::Down;
    return HealthState::Unknown;
}

QString healthStateDisplayName(HealthState state)
{
    switch (state) {
    case HealthState::Up:
        return QCoreApplication::translate("Health", "up");
    case HealthState::Degraded:
        return QCoreApplication::translate("Health", "degraded");
    case HealthState::Down:
        return QCoreApplication::translate("Health", "down");
    case HealthState::Unknown:
        break;
    }
    return QCoreApplication::translate("Health", "unknown");
}

int severityRank(HealthState state)
{
    switch (state) {
    case HealthState::Up:
        return 0;
    case HealthState::Unknown:
        return 1;
    case HealthState::Degraded:
        return 2;
    case HealthState::Down:
        return 3;
    }
    return 1;
}

HealthState worseOf(HealthState a, HealthState b)
{
    return severityRank(a) >= severityRank(b) ? a : b;
}

} // namespace Fleetdeck
