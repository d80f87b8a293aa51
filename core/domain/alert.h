#pragma once

#include "core/domain/alertseverity.h"
#include "core/domain/money.h"

#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace Fleetdeck {

// One alert as the console shows it: one per rule × subject (a tenant or a platform component), or one per
// Alertmanager fingerprint. Produced by AlertEngine; plain data.
struct Alert
{
    enum class State
    {
        Pending, // the condition holds, but not yet long enough / often enough to fire
        Firing,
        Resolved, // kept for a while after it resolved, so the list can say so
    };
    enum class Origin
    {
        Fleetdeck, // raised by Fleetdeck's own rules
        Alertmanager, // raised by Alertmanager, shown and routed like Fleetdeck's own
    };

    // Stable across passes and restarts: "<rule id>:<subject>" ("endpoint_down:pizza-co",
    // "disk_usage:host:srv-2"), "alertmanager:<fingerprint>" for Alertmanager's.
    QString id;
    QString ruleId; // for Alertmanager alerts: the alertname label
    QString subject; // a tenant slug or a component id ("host:srv-2", "source:stripe", "platform-db")
    QString subjectName; // the tenant's name, or the component id
    bool subjectIsTenant = false;
    Origin origin = Origin::Fleetdeck;
    State state = State::Pending;
    AlertSeverity severity = AlertSeverity::Medium;
    double value = 0; // the last observed value, in the metric's unit
    QString detail; // what the observation said, for people ("connection refused")
    QString summary; // translated sentence naming the client, the problem and the money at stake

    QDateTime since; // the condition started (first failing sample; Alertmanager's startsAt)
    QDateTime firedAt; // invalid while pending
    QDateTime lastChange; // last change of state or severity
    QDateTime resolvedAt; // valid when resolved
    QDateTime lastObservedAt;

    bool acknowledged = false;
    bool silenced = false; // by a Fleetdeck silence, or silenced/inhibited in Alertmanager
    bool suppressed = false; // a host it depends on is down
    QString owner; // who handles it (acknowledgement)
    QString note; // the acknowledgement's or silence's note
    QString annotatedBy; // who acknowledged or silenced it, and when
    QDateTime annotatedAt;
    QDateTime silencedUntil;
    QString suppressedBy; // what suppresses it: "host_down:host:srv-2"
    QString suppressedReason; // translated: "suppressed by srv-2 down"

    std::optional<Money> moneyAtStake; // the client's MRR; for a host, the sum of its clients'
    int affectedTenants = 0; // 1 for a tenant's alert, the tenants on it for a host's

    QString fingerprint; // Alertmanager alerts only
    QMap<QString, QString> labels; // Alertmanager alerts only

    [[nodiscard]] bool isActive() const { return state != State::Resolved; }
    // Firing, and nobody has taken it or quietened it: what the owner must look at.
    [[nodiscard]] bool needsAttention() const
    {
        return state == State::Firing && !acknowledged && !silenced && !suppressed;
    }
};

// Stable names, never translated: "pending", "firing", "resolved".
QString alertStateName(Alert::State state);
std::optional<Alert::State> alertStateFromName(const QString& name);
QString alertStateDisplayName(Alert::State state); // translated

} // namespace Fleetdeck
