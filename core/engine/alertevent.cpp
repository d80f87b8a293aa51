#include "core/engine/alertevent.h"

namespace Fleetdeck {

QString AlertEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Pending:
        return QStringLiteral("pending");
    case Kind::Cleared:
        return QStringLiteral("cleared");
    case Kind::Fired:
        return QStringLiteral("fired");
    case Kind::Escalated:
        return QStringLiteral("escalated");
    case Kind::DeEscalated:
        return QStringLiteral("de_escalated");
    case Kind::Reminder:
        return QStringLiteral("reminder");
    case Kind::Resolved:
        return QStringLiteral("resolved");
    case Kind::Closed:
        return QStringLiteral("closed");
    case Kind::Suppressed:
        return QStringLiteral("suppressed");
    case Kind::Unsuppressed:
        return QStringLiteral("unsuppressed");
    case Kind::Acknowledged:
        return QStringLiteral("acknowledged");
    case Kind::Unacknowledged:
        return QStringLiteral("unacknowledged");
    case Kind::Silenced:
        return QStringLiteral("silenced");
    case Kind::Unsilenced:
        return QStringLiteral("unsilenced");
    }
    return {};
}

std::optional<AlertEvent::Kind> AlertEvent::kindFromName(const QString& name)
{
    for (int k = int(Kind::Pending); k <= int(Kind::Unsilenced); ++k) {
        if (kindName(Kind(k)) == name)
            return Kind(k);
    }
    return std::nullopt;
}

AlertHistoryEntry AlertEvent::toHistoryEntry() const
{
    AlertHistoryEntry entry;
    entry.alertId = alert.id;
    entry.at = at;
    entry.event = kindName(kind);
    entry.severity = alert.severity;
    entry.state = alert.state;
    entry.summary = summary;
    return entry;
}

} // namespace Fleetdeck
