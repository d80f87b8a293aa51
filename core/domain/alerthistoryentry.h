#pragma once

#include "core/domain/alert.h"
#include "core/domain/alertseverity.h"

#include <QDateTime>
#include <QString>

namespace Fleetdeck {

// One change of one alert (fired, escalated, acknowledged, resolved, ...), kept in the local cache.
struct AlertHistoryEntry
{
    qint64 id = 0;
    QString alertId;
    QDateTime at;
    QString event; // AlertEvent::kindName(): "fired", "escalated", "resolved", ...
    AlertSeverity severity = AlertSeverity::Medium;
    Alert::State state = Alert::State::Firing; // the alert's state after the change
    QString summary; // translated when it was written
};

} // namespace Fleetdeck
