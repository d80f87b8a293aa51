#pragma once

#include "core/domain/alert.h"
#include "core/engine/alertevent.h"
#include "core/engine/alertrule.h"

#include <QDateTime>
#include <QString>

namespace Fleetdeck {

// The sentences people read about alerts, translated in the "AlertEngine" context. They name the client (or
// the component), say what is wrong with the number that matters, and end with the money at stake when known.
class AlertSummary
{
public:
    // "Pizza Co is down: connection refused — $490.00 MRR at stake". `rule` may be null (Alertmanager alerts).
    static QString describe(const Alert& alert, const AlertRule* rule, const QDateTime& now);
    // The sentence of one event of that alert ("Escalated from high to critical: ...").
    static QString forEvent(
        AlertEvent::Kind kind, const Alert& alert, AlertSeverity previousSeverity, const QDateTime& now);
    // "45 s", "12 min", "3 h 20 min", "2 d 4 h".
    static QString duration(qint64 seconds);
    // "suppressed by srv-2 down"
    static QString suppressedReason(const QString& host);
};

} // namespace Fleetdeck
