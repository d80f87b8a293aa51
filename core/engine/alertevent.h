#pragma once

#include "core/domain/alert.h"
#include "core/domain/alerthistoryentry.h"
#include "core/domain/alertseverity.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Fleetdeck {

// One change of one alert in one AlertEngine pass: what the caller writes to the history, and — when `notify`
// is set — tells people about (tray, desktop notification). The engine sets `notify` so that one problem is one
// notification: never for a suppressed or silenced alert, not for an acknowledged one except when it gets worse,
// once more per reminder interval while nobody acknowledges it (and its latest sample still fails), and once
// when a notified alert resolves.
struct AlertEvent
{
    enum class Kind
    {
        Pending, // the condition started; not yet long / often enough to fire
        Cleared, // the condition went away before the alert fired
        Fired,
        Escalated, // a worse severity
        DeEscalated, // a milder severity
        Reminder, // still firing, still nobody on it
        Resolved,
        Closed, // its tenant left monitoring, or its rule was removed or disabled: gone without a notice
        Suppressed, // a host it depends on is down: the host's alert speaks for it
        Unsuppressed,
        Acknowledged,
        Unacknowledged,
        Silenced,
        Unsilenced, // the silence expired or was lifted
    };

    Kind kind = Kind::Fired;
    QDateTime at;
    bool notify = false;
    AlertSeverity previousSeverity = AlertSeverity::Medium; // before an escalation or de-escalation
    QString summary; // translated sentence for this event ("Escalated from high to critical: ...")
    Alert alert; // the alert as it is after the event

    // Stable names for the history: "pending", "cleared", "fired", "escalated", "de_escalated", "reminder",
    // "resolved", "closed", "suppressed", "unsuppressed", "acknowledged", "unacknowledged", "silenced",
    // "unsilenced".
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString& name);
    [[nodiscard]] AlertHistoryEntry toHistoryEntry() const;
};

} // namespace Fleetdeck
