#pragma once

#include "core/domain/metricsample.h"

#include <QDateTime>
#include <QString>

namespace Fleetdeck {

// When a tenant's backup last succeeded, from the gauge
//   fleetdeck_backup_last_success_timestamp_seconds{tenant="<slug>"} <unix seconds>
// that the platform's backup job writes (e.g. through node_exporter's textfile collector).
struct BackupStatus
{
    QString tenantSlug; // empty when the series names no known tenant
    QDateTime lastSuccessAt; // UTC
    QString instance;
    QDateTime at; // when Prometheus evaluated it (UTC)
    MetricLabels labels; // every label of the series (without __name__)

    [[nodiscard]] qint64 ageSeconds(const QDateTime& now) const
    {
        return lastSuccessAt.isValid() ? lastSuccessAt.secsTo(now) : -1;
    }
};

} // namespace Fleetdeck
