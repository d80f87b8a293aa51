#pragma once

#include "core/domain/externalalert.h"
#include "core/domain/metricsample.h"

#include <QList>
#include <QString>

namespace Fleetdeck {

// Alerts that Alertmanager notifies together (GET /api/v2/alerts/groups): one receiver, one value
// of the route's group_by labels.
struct AlertGroup
{
    MetricLabels labels; // the group_by labels
    QString receiver;
    QList<ExternalAlert> alerts;
};

} // namespace Fleetdeck
