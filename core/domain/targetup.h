#pragma once

#include "core/domain/metricsample.h"

#include <QDateTime>
#include <QString>

namespace Fleetdeck {

// Prometheus' `up` for one scrape target: did its last scrape answer?
struct TargetUp
{
    QString job;
    QString instance;
    QString tenantSlug; // the tenant the target belongs to, empty when none
    bool up = false;
    QDateTime at; // UTC
    MetricLabels labels; // every label of the series
};

} // namespace Fleetdeck
