#include "core/engine/alertrule.h"

#include "core/engine/alertnames.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace Fleetdeck {

using namespace std::chrono_literals;

double AlertRule::measured(double value, qint64 nowSeconds) const
{
    switch (measure) {
    case Measure::Value:
        break;
    case Measure::AgeSeconds:
        return double(nowSeconds) - value;
    case Measure::SecondsUntil:
        return value - double(nowSeconds);
    }
    return value;
}

bool AlertRule::meets(double value, const Level& level) const
{
    if (std::isnan(value))
        return false;
    switch (comparison) {
    case Comparison::Above:
        return value > level.threshold;
    case Comparison::AtLeast:
        return value >= level.threshold;
    case Comparison::Below:
        return value < level.threshold;
    case Comparison::AtMost:
        return value <= level.threshold;
    }
    return false;
}

std::optional<AlertSeverity> AlertRule::severityFor(double value) const
{
    std::optional<AlertSeverity> worst;
    for (const Level& level : levels) {
        if (meets(value, level) && (!worst || level.severity > *worst))
            worst = level.severity;
    }
    return worst;
}

const AlertRule::Level* AlertRule::level(AlertSeverity severity) const
{
    for (const Level& level : levels) {
        if (level.severity == severity)
            return &level;
    }
    return nullptr;
}

AlertSeverity AlertRule::lowestSeverity() const
{
    if (levels.isEmpty())
        return AlertSeverity::Medium;
    AlertSeverity lowest = levels.first().severity;
    for (const Level& level : levels)
        lowest = std::min(lowest, level.severity);
    return lowest;
}

QStringList AlertRule::problems() const
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_]{1,64}$"));
    QStringList problems;
    if (!idPattern.match(id).hasMatch()) {
        problems << QCoreApplication::translate(
            "AlertRule", "the rule id \"%1\" must be 1–64 lower-case letters, digits or underscores")
                        .arg(id);
    }
    if (!metric.isEmpty() && levels.isEmpty())
        problems << QCoreApplication::translate("AlertRule", "rule \"%1\" has no threshold").arg(id);
    for (qsizetype i = 1; i < levels.size(); ++i) {
        if (levels.at(i).severity <= levels.at(i - 1).severity) {
            problems << QCoreApplication::translate("AlertRule",
                "rule \"%1\": thresholds must go from the lowest severity to the highest, one per severity")
                            .arg(id);
            break;
        }
    }
    for (const Level& level : levels) {
        if (!std::isfinite(level.threshold))
            problems << QCoreApplication::translate("AlertRule", "rule \"%1\": a threshold is not a number").arg(id);
    }
    if (failuresToFire < 1 || successesToResolve < 1) {
        problems << QCoreApplication::translate(
            "AlertRule", "rule \"%1\": it takes at least one sample to fire and one to resolve")
                        .arg(id);
    }
    if (pendingFor < 0s || reminderEvery < 0s)
        problems << QCoreApplication::translate("AlertRule", "rule \"%1\": durations cannot be negative").arg(id);
    return problems;
}

QString comparisonName(AlertRule::Comparison comparison)
{
    switch (comparison) {
    case AlertRule::Comparison::Above:
        return QStringLiteral("above");
    case AlertRule::Comparison::AtLeast:
        return QStringLiteral("at_least");
    case AlertRule::Comparison::Below:
        return QStringLiteral("below");
    case AlertRule::Comparison::AtMost:
        return QStringLiteral("at_most");
    }
    return QStringLiteral("above");
}

std::optional<AlertRule::Comparison> comparisonFromName(const QString& name)
{
    using C = AlertRule::Comparison;
    for (C comparison : {C::Above, C::AtLeast, C::Below, C::AtMost}) {
        if (comparisonName(comparison) == name)
            return comparison;
    }
    return std::nullopt;
}

QString measureName(AlertRule::Measure measure)
{
    switch (measure) {
    case AlertRule::Measure::Value:
        return QStringLiteral("value");
    case AlertRule::Measure::AgeSeconds:
        return QStringLiteral("age_seconds");
    case AlertRule::Measure::SecondsUntil:
        return QStringLiteral("seconds_until");
    }
    return QStringLiteral("value");
}

std::optional<AlertRule::Measure> measureFromName(const QString& name)
{
    using M = AlertRule::Measure;
    for (M measure : {M::Value, M::AgeSeconds, M::SecondsUntil}) {
        if (measureName(measure) == name)
            return measure;
    }
    return std::nullopt;
}

QList<AlertRule> defaultAlertRules()
{
    using C = AlertRule::Comparison;
    using M = AlertRule::Measure;
    using S = AlertSeverity;
    constexpr double kDay = 86400;

    auto rule = [](const QString& id, const QString& metric, C comparison, M measure, QList<AlertRule::Level> levels,
                    std::chrono::seconds pendingFor, int failures, int successes, std::chrono::seconds reminder) {
        AlertRule r;
        r.id = id;
        r.metric = metric;
        r.comparison = comparison;
        r.measure = measure;
        r.levels = std::move(levels);
        r.pendingFor = pendingFor;
        r.failuresToFire = failures;
        r.successesToResolve = successes;
        r.reminderEvery = reminder;
        return r;
    };

    AlertRule alertmanager;
    alertmanager.id = RuleId::kAlertmanager;
    alertmanager.reminderEvery = 4h;

    return {
        rule(RuleId::kEndpointDown, Metric::kEndpointUp, C::Below, M::Value, {{S::Critical, 1}}, 0s, 2, 2, 30min),
        rule(RuleId::kEndpointLatency, Metric::kEndpointLatencySeconds, C::Above, M::Value,
            {{S::High, 1}, {S::Critical, 2}}, 2min, 3, 3, 2h),
        rule(RuleId::kDiskUsage, Metric::kDiskUsedRatio, C::AtLeast, M::Value,
            {{S::Medium, 0.80}, {S::High, 0.90}, {S::Critical, 0.95}}, 5min, 2, 2, 6h),
        // Expired is "expires in less than no time"; the measure moves with the clock, one pass is one sample.
        rule(RuleId::kTlsExpiry, Metric::kTlsCertExpiryTimestamp, C::Below, M::SecondsUntil,
            {{S::Medium, 14 * kDay}, {S::High, 7 * kDay}, {S::Critical, 0}}, 0s, 1, 1, 24h),
        // The threshold is the expected period (a tenant override says "weekly"); pendingFor is the grace.
        rule(RuleId::kBackupAge, Metric::kBackupLastSuccessTimestamp, C::Above, M::AgeSeconds, {{S::High, kDay}}, 2h, 1,
            1, 12h),
        rule(RuleId::kSourceUnreachable, Metric::kSourceUp, C::Below, M::Value, {{S::High, 1}}, 5min, 3, 1, 4h),
        rule(RuleId::kHostDown, Metric::kHostUp, C::Below, M::Value, {{S::Critical, 1}}, 0s, 2, 2, 30min),
        rule(RuleId::kWhatsAppDisconnected, Metric::kWhatsAppConnected, C::Below, M::Value, {{S::High, 1}}, 0s, 1, 1,
            2h),
        // More than three changes in ten minutes; it calms down as the window slides.
        rule(RuleId::kWhatsAppReconnectLoop, Metric::kWhatsAppStateChanges, C::Above, M::Value, {{S::Medium, 3}}, 0s, 1,
            2, 4h),
        rule(RuleId::kWhatsAppDead, Metric::kWhatsAppDead, C::AtLeast, M::Value, {{S::High, 1}}, 0s, 1, 1, 2h),
        alertmanager,
    };
}

} // namespace Fleetdeck
