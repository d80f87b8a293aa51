#pragma once

#include "core/domain/metricsample.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Fleetdeck {

// What blackbox_exporter saw of one probed URL, joined from probe_success, probe_duration_seconds,
// probe_http_status_code and probe_ssl_earliest_cert_expiry (series with the same job and instance).
struct ProbeObservation
{
    QString target; // the probed URL (the series' `instance`)
    QString job;
    QString tenantSlug; // the tenant the target belongs to, empty when none
    std::optional<bool> success; // absent when Prometheus has no probe_success for the target
    std::optional<double> durationSeconds;
    std::optional<int> httpStatus; // 0 = no HTTP answer at all (refused, DNS, TLS handshake, timeout)
    QDateTime certificateExpiresAt; // the soonest-expiring certificate in the chain; invalid for plain HTTP
    QDateTime at; // UTC
    MetricLabels labels; // the probe_success series' labels (without __name__)
};

} // namespace Fleetdeck
