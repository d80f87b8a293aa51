#pragma once

#include "core/domain/alertseverity.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace Fleetdeck {

// One alerting rule: which metric, how its value is compared, and the thresholds of each severity. Plain data,
// so preferences can edit it and tenants can override it (AlertRuleSet). AlertEngine applies it to every
// observation of `metric`, keeping one alert per rule × subject.
//
// Flap control, per alert: it becomes pending at the first failing sample, fires once `failuresToFire`
// consecutive samples failed AND the condition held for `pendingFor`, and resolves after `successesToResolve`
// consecutive good samples. A firing alert escalates to a worse level when that level passes the same test,
// and de-escalates after `successesToResolve` samples below its level.
struct AlertRule
{
    enum class Comparison
    {
        Above, // measured > threshold
        AtLeast, // measured >= threshold
        Below, // measured < threshold
        AtMost, // measured <= threshold
    };
    // What is compared with the thresholds.
    enum class Measure
    {
        Value, // the observed value itself
        AgeSeconds, // now - value: the value is a Unix time in seconds ("last backup at")
        SecondsUntil, // value - now: the value is a Unix time in seconds ("certificate expires at")
    };
    struct Level
    {
        AlertSeverity severity = AlertSeverity::High;
        double threshold = 0; // in the measure's unit: the metric's, or seconds for the two time measures

        friend bool operator==(const Level&, const Level&) = default;
    };

    QString id; // RuleId::... or any stable name of [a-z0-9_]
    QString metric; // Metric::...; empty for a rule that only routes (RuleId::kAlertmanager)
    Comparison comparison = Comparison::Above;
    Measure measure = Measure::Value;
    QList<Level> levels; // at most one per severity, ascending severity
    std::chrono::seconds pendingFor{0};
    int failuresToFire = 1; // N
    int successesToResolve = 1; // M
    std::chrono::seconds reminderEvery{0}; // while firing and not acknowledged; 0 = no reminders
    bool notifyResolved = true; // say so when a notified alert resolves
    bool enabled = true;

    friend bool operator==(const AlertRule&, const AlertRule&) = default;

    // What is compared for this value at `nowSeconds` (Unix seconds).
    [[nodiscard]] double measured(double value, qint64 nowSeconds) const;
    [[nodiscard]] bool meets(double measured, const Level& level) const;
    // The worst level this measured value meets, if any.
    [[nodiscard]] std::optional<AlertSeverity> severityFor(double measured) const;
    [[nodiscard]] const Level* level(AlertSeverity severity) const; // null when the rule has none
    [[nodiscard]] AlertSeverity lowestSeverity() const; // of its levels; Medium when it has none
    // What is wrong with it, translated; empty when it can be used.
    [[nodiscard]] QStringList problems() const;
};

// Stable names for preferences: "above", "at_least", "below", "at_most"; "value", "age_seconds", "seconds_until".
QString comparisonName(AlertRule::Comparison comparison);
std::optional<AlertRule::Comparison> comparisonFromName(const QString& name);
QString measureName(AlertRule::Measure measure);
std::optional<AlertRule::Measure> measureFromName(const QString& name);

// The rules Fleetdeck starts with, in one place (preferences and tenants override them):
//   endpoint_down       endpoint_up < 1                       critical           2 failures, 2 successes, remind 30 min
//   endpoint_latency    endpoint_latency_seconds > 1 / > 2    high / critical    3 samples and 2 min, 3 to resolve
//   disk_usage          disk_used_ratio >= .80 / .90 / .95    medium/high/crit.  2 samples and 5 min
//   tls_expiry          certificate expires in < 14 d / 7 d / 0 (expired)   medium / high / critical
//   backup_age          last backup older than 24 h (its expected period)    high, after 2 h of grace
//   source_unreachable  source_up < 1                         high               3 failures and 5 min
//   host_down           host_up < 1                           critical           2 failures, 2 successes
//   whatsapp_disconnected  whatsapp_connected < 1             high               at once, remind 2 h
//   whatsapp_reconnect_loop whatsapp_state_changes > 3 (10 min)  medium           2 calm samples to resolve
//   whatsapp_dead       whatsapp_dead >= 1 (open but Connection Closed)          high
//   alertmanager        routing of Alertmanager's alerts: remind every 4 h, say when resolved
QList<AlertRule> defaultAlertRules();

} // namespace Fleetdeck
