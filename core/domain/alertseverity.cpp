#include "core/domain/alertseverity.h"

#include <QCoreApplication>

namespace Fleetdeck {

QString alertSeverityName(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Low:
        return QStringLiteral("low");
    case AlertSeverity::Medium:
        return QStringLiteral("medium");
    case AlertSeverity::High:
        return QStringLiteral("high");
    case AlertSeverity::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("medium");
}

std::optional<AlertSeverity> alertSeverityFromName(const QString& name)
{
    for (AlertSeverity severity :
        {AlertSeverity::Low, AlertSeverity::Medium, AlertSeverity::High, AlertSeverity::Critical}) {
        if (alertSeverityName(severity) == name)
            return severity;
    }
    return std::nullopt;
}

QString alertSeverityDisplayName(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Low:
        return QCoreApplication::translate("AlertSeverity", "low");
    case AlertSeverity::Medium:
        return QCoreApplication::translate("AlertSeverity", "medium");
    case AlertSeverity::High:
        return QCoreApplication::translate("AlertSeverity", "high");
    case AlertSeverity::Critical:
        return QCoreApplication::translate("AlertSeverity", "critical");
    }
    return {};
}

} // namespace Fleetdeck
