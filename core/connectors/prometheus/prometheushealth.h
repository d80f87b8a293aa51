#pragma once

#include "core/connectors/prometheus/metrictenantmap.h"
#include "core/domain/backupstatus.h"
#include "core/domain/databaseserverstatus.h"
#include "core/domain/filesystemusage.h"
#include "core/domain/healthsample.h"
#include "core/domain/metricsample.h"
#include "core/domain/probeobservation.h"
#include "core/domain/targetup.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Fleetdeck {

// The ready-made health queries the console asks Prometheus, and the pure functions that turn their
// samples into typed results. Each query is ONE request, whatever the size of the fleet.
//
// Metrics read (exporters at their usual defaults):
//   up                                            every scrape target
//   probe_success, probe_duration_seconds,        blackbox_exporter, one series per probed URL (`instance`);
//   probe_http_status_code (0 = no answer),       the certificate expiry only exists for TLS targets whose
//   probe_ssl_earliest_cert_expiry                handshake succeeded
//   node_filesystem_size_bytes,                   node_exporter, per instance + mountpoint; pseudo and
//   node_filesystem_avail_bytes                   in-memory file systems are excluded by fstype
//   pg_up, pg_database_size_bytes{datname},       postgres_exporter
//   pg_stat_activity_count{datname,state}
//   fleetdeck_backup_last_success_timestamp_seconds{tenant="<slug>"}
//
// The backup metric is Fleetdeck's own convention (see kBackupMetric): a gauge holding the Unix time in
// seconds of the tenant's last SUCCESSFUL backup, written by the backup job when it succeeds, e.g. into
// node_exporter's textfile collector directory:
//   echo "fleetdeck_backup_last_success_timestamp_seconds{tenant=\"acme\"} $(date +%s)" > backup_acme.prom.tmp
//   mv backup_acme.prom.tmp /var/lib/prometheus/node-exporter/backup_acme.prom   (atomic: never half a file)
// A failing job leaves the old time in place, so the age of the value is the age of the last good backup.
class PrometheusHealth
{
public:
    static constexpr const char* kBackupMetric = "fleetdeck_backup_last_success_timestamp_seconds";

    // tmpfs, ramfs, devtmpfs, overlay, squashfs, erofs, nsfs, proc, sysfs, cgroup, cgroup2, autofs, tracefs, ...
    static QStringList defaultExcludedFsTypes();

    static QString upQuery();
    // `jobPattern`: a regex on the job label (e.g. "blackbox.*"); empty = every job.
    static QString probeQuery(const QString& jobPattern = {});
    static QString filesystemQuery(const QStringList& excludedFsTypes = defaultExcludedFsTypes());
    static QString databaseQuery();
    static QString backupQuery();

    static QList<TargetUp> targetsUp(const QList<MetricSample>& samples, const MetricTenantMap& tenants);
    // One observation per (job, instance), sorted by target URL.
    static QList<ProbeObservation> probes(const QList<MetricSample>& samples, const MetricTenantMap& tenants);
    // size and avail joined on every label except __name__ and device_error; excluded fstypes dropped.
    static QList<FilesystemUsage> filesystems(
        const QList<MetricSample>& samples, const QStringList& excludedFsTypes = defaultExcludedFsTypes());
    static QList<DatabaseServerStatus> databases(const QList<MetricSample>& samples);
    static QList<BackupStatus> backups(const QList<MetricSample>& samples, const MetricTenantMap& tenants);

    // A probe as a health sample like HealthProbe's: down when it failed, degraded when slower than the limit.
    static HealthSample toHealthSample(const ProbeObservation& probe, int degradedLatencyMs);

    // A PromQL double-quoted string literal.
    static QString quoted(const QString& value);
    // A regex matching exactly one of `literals` ("a|b\\.c").
    static QString alternation(const QStringList& literals);
};

} // namespace Fleetdeck
