#pragma once

#include "sim/promqlevaluator.h"
#include "sim/simlabels.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace Fleetdeck::Sim {

struct SimContext;

// The series the simulated Prometheus holds, computed from the simulated fleet at any simulated time:
//   up{job,instance}                       prometheus, alertmanager, blackbox, node (one per host), postgres,
//                                          legacy-billing-exporter (down), and each probed tenant URL
//   probe_success, probe_duration_seconds, one series per active tenant's health URL (job "blackbox-http" with
//   probe_http_status_code,                a `tenant` label; TLS tenants in job "blackbox-https" WITHOUT it, so
//   probe_ssl_earliest_cert_expiry         they map by URL); slow when degraded, 0/503 when down, 0/0 when the
//                                          host is down or the certificate expired (no expiry series then)
//   node_filesystem_{size,avail,free}_bytes per host: / (one host near 92 % full), /boot/efi, /var/lib/postgresql
//                                          on srv-1, and tmpfs, squashfs and overlay mounts that must be filtered
//   pg_up, pg_database_size_bytes,         postgres_exporter on srv-1 for the platform database (growing with
//   pg_stat_activity_count,                the clock) and its neighbours
//   pg_settings_max_connections
//   fleetdeck_backup_last_success_timestamp_seconds{tenant}  nightly per active tenant; one tenant stale
// A host that is down takes its exporters (up 0, no series) and its tenants' probes (refused) with it.
class SimMetrics : public SeriesSource
{
public:
    struct Target
    {
        QString job;
        QString instance;
        SimLabels labels; // job, instance and target labels
        QString scrapeUrl;
        bool up = true;
        QString lastError;
    };

    explicit SimMetrics(const SimContext& context);

    void select(
        const std::vector<PromqlMatcher>& matchers, qint64 simMsecs, std::vector<SimSample>& out) const override;
    // Every scrape target (what `up` reports), in job then instance order.
    [[nodiscard]] QList<Target> targets() const;
    [[nodiscard]] static QStringList metricNames();

    // The host index whose root file system is near full (92 %).
    [[nodiscard]] static int nearFullHost(int hostCount);
    // Unix seconds of the tenant's last successful backup at `simMsecs`.
    [[nodiscard]] double lastBackupSeconds(int tenantIndex, qint64 simMsecs) const;

private:
    using Emit = std::function<void(SimLabels&& labels, double value)>;
    void emitFamily(int family, qint64 simMsecs, const Emit& publish) const;

    const SimContext& m_context;
};

} // namespace Fleetdeck::Sim
