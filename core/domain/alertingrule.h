#pragma once

#include "core/domain/metricsample.h"
#include "core/domain/rulealert.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Fleetdeck {

// One of Prometheus' own alerting rules (GET /api/v1/rules?type=alert) with its current alerts.
// Not Fleetdeck's AlertRule (core/engine), which Fleetdeck evaluates itself.
struct AlertingRule
{
    QString group; // the rule group's name
    QString name; // the alert name
    QString query; // the PromQL expression
    double forSeconds = 0; // "duration": how long the condition must hold before the alert fires
    RuleAlert::State state = RuleAlert::State::Inactive; // the most advanced state of its alerts
    bool healthy = true; // false when the last evaluation failed
    QString lastError;
    MetricLabels labels;
    MetricLabels annotations; // templates, not expanded
    QList<RuleAlert> alerts;
    QDateTime lastEvaluation; // UTC
};

} // namespace Fleetdeck
