#pragma once

#include "core/domain/metricsample.h"

#include <QDateTime>

#include <limits>

namespace Fleetdeck {

// An alert as Prometheus' rule evaluation sees it (GET /api/v1/alerts, and each rule's alerts in
// /api/v1/rules): pending while its condition holds for less than the rule's `for`, then firing.
struct RuleAlert
{
    enum class State
    {
        Inactive,
        Pending,
        Firing,
    };

    MetricLabels labels; // alertname, the series' labels and the rule's labels
    MetricLabels annotations; // summary, description, ... (templates already expanded)
    State state = State::Inactive;
    QDateTime activeAt; // when the condition started to hold (UTC)
    double value = std::numeric_limits<double>::quiet_NaN(); // the expression's value at the last evaluation

    [[nodiscard]] QString name() const { return labels.value(QStringLiteral("alertname")); }
};

} // namespace Fleetdeck
