#include "core/connectors/prometheus/prometheushealth.h"

#include "core/connectors/prometheus/prometheusdecoder.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace Fleetdeck {

namespace {

const QString kName = QStringLiteral("__name__");
const QString kInstance = QStringLiteral("instance");
const QString kJob = QStringLiteral("job");

MetricLabels withoutName(MetricLabels labels)
{
    labels.remove(kName);
    return labels;
}

// A stable key for a label set, for joins.
QString labelKey(const MetricLabels& labels)
{
    QString key;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        key += it.key();
        key += QChar(0x1f);
        key += it.value();
        key += QChar(0x1e);
    }
    return key;
}

void keepLatest(QDateTime& at, const QDateTime& candidate)
{
    if (!at.isValid() || candidate > at)
        at = candidate;
}

} // namespace

QStringList PrometheusHealth::defaultExcludedFsTypes()
{
    // node_exporter's own default exclusions, plus tmpfs/ramfs (memory, not disk) which it keeps.
    return {QStringLiteral("tmpfs"), QStringLiteral("ramfs"), QStringLiteral("devtmpfs"), QStringLiteral("overlay"),
        QStringLiteral("squashfs"), QStringLiteral("erofs"), QStringLiteral("nsfs"), QStringLiteral("proc"),
        QStringLiteral("sysfs"), QStringLiteral("cgroup"), QStringLiteral("cgroup2"), QStringLiteral("autofs"),
        QStringLiteral("tracefs"), QStringLiteral("debugfs"), QStringLiteral("devpts"), QStringLiteral("mqueue"),
        QStringLiteral("fuse.lxcfs"), QStringLiteral("fusectl"), QStringLiteral("securityfs"), QStringLiteral("pstore"),
        QStringLiteral("bpf"), QStringLiteral("configfs"), QStringLiteral("hugetlbfs"), QStringLiteral("binfmt_misc"),
        QStringLiteral("rpc_pipefs")};
}

QString PrometheusHealth::quoted(const QString& value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('"');
    for (QChar c : value) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
            continue;
        }
        out += c;
    }
    out += QLatin1Char('"');
    return out;
}

QString PrometheusHealth::alternation(const QStringList& literals)
{
    static const QString kSpecial = QStringLiteral("\\.+*?()|[]{}^$");
    QStringList escaped;
    for (const QString& literal : literals) {
        QString one;
        for (QChar c : literal) {
            if (kSpecial.contains(c))
                one += QLatin1Char('\\');
            one += c;
        }
        escaped << one;
    }
    return escaped.join(QLatin1Char('|'));
}

QString PrometheusHealth::upQuery()
{
    return QStringLiteral("up");
}

QString PrometheusHealth::probeQuery(const QString& jobPattern)
{
    QString query = QStringLiteral("{__name__=~\"probe_success|probe_duration_seconds|probe_http_status_code|"
                                   "probe_ssl_earliest_cert_expiry\"");
    if (!jobPattern.isEmpty())
        query += QStringLiteral(",job=~") + quoted(jobPattern);
    return query + QLatin1Char('}');
}

QString PrometheusHealth::filesystemQuery(const QStringList& excludedFsTypes)
{
    QString query = QStringLiteral("{__name__=~\"node_filesystem_size_bytes|node_filesystem_avail_bytes\"");
    if (!excludedFsTypes.isEmpty())
        query += QStringLiteral(",fstype!~") + quoted(alternation(excludedFsTypes));
    return query + QLatin1Char('}');
}

QString PrometheusHealth::databaseQuery()
{
    return QStringLiteral("{__name__=~\"pg_up|pg_database_size_bytes|pg_stat_activity_count\"}");
}

QString PrometheusHealth::backupQuery()
{
    return QLatin1String(kBackupMetric);
}

QList<TargetUp> PrometheusHealth::targetsUp(const QList<MetricSample>& samples, const MetricTenantMap& tenants)
{
    QList<TargetUp> list;
    list.reserve(samples.size());
    for (const MetricSample& sample : samples) {
        const QString name = sample.labels.value(kName);
        if (!name.isEmpty() && name != QLatin1String("up"))
            continue;
        TargetUp target;
        target.labels = withoutName(sample.labels);
        target.job = target.labels.value(kJob);
        target.instance = target.labels.value(kInstance);
        target.tenantSlug = tenants.slugFor(target.labels);
        target.up = std::isfinite(sample.value) && sample.value >= 1.0;
        target.at = sample.at;
        list.append(std::move(target));
    }
    std::sort(list.begin(), list.end(),
        [](const TargetUp& a, const TargetUp& b) { return std::tie(a.job, a.instance) < std::tie(b.job, b.instance); });
    return list;
}

QList<ProbeObservation> PrometheusHealth::probes(const QList<MetricSample>& samples, const MetricTenantMap& tenants)
{
    std::map<std::pair<QString, QString>, ProbeObservation> byTarget; // (instance, job)
    for (const MetricSample& sample : samples) {
        const QString name = sample.labels.value(kName);
        const QString instance = sample.labels.value(kInstance);
        if (instance.isEmpty())
            continue;
        const QString job = sample.labels.value(kJob);
        ProbeObservation& probe = byTarget[{instance, job}];
        if (probe.target.isEmpty()) {
            probe.target = instance;
            probe.job = job;
            probe.labels = withoutName(sample.labels);
        }
        keepLatest(probe.at, sample.at);
        const bool finite = std::isfinite(sample.value);
        if (name == QLatin1String("probe_success")) {
            probe.labels = withoutName(sample.labels);
            probe.success = finite && sample.value >= 1.0;
        } else if (name == QLatin1String("probe_duration_seconds")) {
            if (finite)
                probe.durationSeconds = sample.value;
        } else if (name == QLatin1String("probe_http_status_code")) {
            if (finite)
                probe.httpStatus = int(std::lround(sample.value));
        } else if (name == QLatin1String("probe_ssl_earliest_cert_expiry")) {
            if (finite && sample.value > 0)
                probe.certificateExpiresAt = PrometheusDecoder::timeFromSeconds(sample.value);
        }
    }
    QList<ProbeObservation> list;
    list.reserve(qsizetype(byTarget.size()));
    for (auto& [key, probe] : byTarget) {
        probe.tenantSlug = tenants.slugFor(probe.labels);
        list.append(std::move(probe));
    }
    return list;
}

QList<FilesystemUsage> PrometheusHealth::filesystems(
    const QList<MetricSample>& samples, const QStringList& excludedFsTypes)
{
    struct Pair
    {
        const MetricSample* size = nullptr;
        const MetricSample* avail = nullptr;
    };
    std::map<QString, Pair> byMount;
    for (const MetricSample& sample : samples) {
        const QString name = sample.labels.value(kName);
        const bool isSize = name == QLatin1String("node_filesystem_size_bytes");
        if (!isSize && name != QLatin1String("node_filesystem_avail_bytes"))
            continue;
        if (excludedFsTypes.contains(sample.labels.value(QStringLiteral("fstype"))))
            continue;
        MetricLabels key = withoutName(sample.labels);
        key.remove(QStringLiteral("device_error")); // node_exporter >= 1.8; differs between series of one mount
        Pair& pair = byMount[labelKey(key)];
        (isSize ? pair.size : pair.avail) = &sample;
    }
    QList<FilesystemUsage> list;
    for (const auto& [key, pair] : byMount) {
        if (!pair.size || !pair.avail || !std::isfinite(pair.size->value) || !std::isfinite(pair.avail->value))
            continue;
        const MetricLabels& labels = pair.size->labels;
        FilesystemUsage usage;
        usage.instance = labels.value(kInstance);
        usage.host = MetricTenantMap::hostOf(usage.instance);
        usage.job = labels.value(kJob);
        usage.mountpoint = labels.value(QStringLiteral("mountpoint"));
        usage.device = labels.value(QStringLiteral("device"));
        usage.fstype = labels.value(QStringLiteral("fstype"));
        usage.sizeBytes = pair.size->value;
        usage.availBytes = pair.avail->value;
        usage.usedRatio = usage.sizeBytes > 0 ? std::clamp(1.0 - usage.availBytes / usage.sizeBytes, 0.0, 1.0) : 0.0;
        usage.at = std::max(pair.size->at, pair.avail->at);
        list.append(std::move(usage));
    }
    std::sort(list.begin(), list.end(), [](const FilesystemUsage& a, const FilesystemUsage& b) {
        return std::tie(a.instance, a.mountpoint, a.device) < std::tie(b.instance, b.mountpoint, b.device);
    });
    return list;
}

QList<DatabaseServerStatus> PrometheusHealth::databases(const QList<MetricSample>& samples)
{
    std::map<std::pair<QString, QString>, DatabaseServerStatus> byServer; // (instance, job)
    std::map<std::pair<QString, QString>, std::map<QString, DatabaseUsage>> usage;
    for (const MetricSample& sample : samples) {
        const QString name = sample.labels.value(kName);
        const std::pair<QString, QString> key{sample.labels.value(kInstance), sample.labels.value(kJob)};
        const bool finite = std::isfinite(sample.value);
        const QString datname = sample.labels.value(QStringLiteral("datname"));
        if (name == QLatin1String("pg_up")) {
            DatabaseServerStatus& server = byServer[key];
            server.up = finite && sample.value >= 1.0;
            keepLatest(server.at, sample.at);
        } else if (name == QLatin1String("pg_database_size_bytes") && !datname.isEmpty()) {
            keepLatest(byServer[key].at, sample.at);
            DatabaseUsage& database = usage[key][datname];
            database.name = datname;
            if (finite)
                database.sizeBytes = sample.value;
        } else if (name == QLatin1String("pg_stat_activity_count") && !datname.isEmpty()) {
            keepLatest(byServer[key].at, sample.at);
            DatabaseUsage& database = usage[key][datname];
            database.name = datname;
            const int count = finite ? int(std::lround(sample.value)) : 0;
            database.connections = database.connections.value_or(0) + count;
            const QString state = sample.labels.value(QStringLiteral("state"));
            database.connectionsByState[state] += count;
        }
    }
    QList<DatabaseServerStatus> list;
    for (auto& [key, server] : byServer) {
        server.instance = key.first;
        server.job = key.second;
        for (auto& [name, database] : usage[key])
            server.databases.append(std::move(database));
        list.append(std::move(server));
    }
    return list;
}

QList<BackupStatus> PrometheusHealth::backups(const QList<MetricSample>& samples, const MetricTenantMap& tenants)
{
    QList<BackupStatus> list;
    for (const MetricSample& sample : samples) {
        const QString name = sample.labels.value(kName);
        if (!name.isEmpty() && name != QLatin1String(kBackupMetric))
            continue;
        BackupStatus backup;
        backup.labels = withoutName(sample.labels);
        backup.tenantSlug = tenants.slugFor(backup.labels);
        backup.instance = backup.labels.value(kInstance);
        if (std::isfinite(sample.value) && sample.value > 0)
            backup.lastSuccessAt = PrometheusDecoder::timeFromSeconds(sample.value);
        backup.at = sample.at;
        list.append(std::move(backup));
    }
    std::sort(list.begin(), list.end(), [](const BackupStatus& a, const BackupStatus& b) {
        return std::tie(a.tenantSlug, a.instance) < std::tie(b.tenantSlug, b.instance);
    });
    return list;
}

HealthSample PrometheusHealth::toHealthSample(const ProbeObservation& probe, int degradedLatencyMs)
{
    HealthSample sample;
    sample.tenantSlug = probe.tenantSlug;
    sample.url = probe.target;
    sample.checkedAt = probe.at;
    sample.tlsExpiresAt = probe.certificateExpiresAt;
    if (probe.durationSeconds)
        sample.latencyMs = int(std::lround(*probe.durationSeconds * 1000.0));
    sample.httpStatus = probe.httpStatus.value_or(0);
    if (!probe.success) {
        sample.state = HealthState::Unknown;
        sample.error = QCoreApplication::translate("PrometheusHealth", "no probe result in Prometheus");
    } else if (!*probe.success) {
        sample.state = HealthState::Down;
        sample.latencyMs = sample.httpStatus > 0 ? sample.latencyMs : -1;
        sample.error = sample.httpStatus > 0
            ? QCoreApplication::translate("PrometheusHealth", "the probe failed: answered HTTP %1")
                  .arg(sample.httpStatus)
            : QCoreApplication::translate(
                "PrometheusHealth", "the probe failed: no answer (connection or TLS failure)");
    } else if (sample.latencyMs > degradedLatencyMs) {
        sample.state = HealthState::Degraded;
        sample.error = QCoreApplication::translate("PrometheusHealth", "slow: %1 ms (limit %2 ms)")
                           .arg(sample.latencyMs)
                           .arg(degradedLatencyMs);
    } else {
        sample.state = HealthState::Up;
    }
    return sample;
}

} // namespace Fleetdeck
