#include "sim/simmetrics.h"

#include "sim/simcontext.h"

#include <QUrl>

#include <array>
#include <cmath>
#include <numbers>

namespace Fleetdeck::Sim {

namespace {

constexpr qint64 kLookbackMs = 5 * 60 * 1000;
constexpr qint64 kDayMs = 86400000;
constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;
constexpr double kMiB = 1024.0 * 1024.0;

enum Family
{
    Up,
    ProbeSuccess,
    ProbeDuration,
    ProbeHttpStatus,
    ProbeSslExpiry,
    FsSize,
    FsAvail,
    FsFree,
    PgUp,
    PgDatabaseSize,
    PgActivity,
    PgMaxConnections,
    BackupLastSuccess,
    FamilyCount,
};

constexpr std::array<const char*, FamilyCount> kFamilyNames = {"up", "probe_success", "probe_duration_seconds",
    "probe_http_status_code", "probe_ssl_earliest_cert_expiry", "node_filesystem_size_bytes",
    "node_filesystem_avail_bytes", "node_filesystem_free_bytes", "pg_up", "pg_database_size_bytes",
    "pg_stat_activity_count", "pg_settings_max_connections", "fleetdeck_backup_last_success_timestamp_seconds"};

const QString kName = QStringLiteral("__name__");
const QString kJob = QStringLiteral("job");
const QString kInstance = QStringLiteral("instance");
const QString kTenant = QStringLiteral("tenant");

struct Mount
{
    const char* mountpoint;
    const char* device;
    const char* fstype;
    double sizeBytes;
    double usedRatio;
    bool grows; // fills slowly with the simulated clock
};

QString nodeInstance(int hostIndex)
{
    return SimFleet::hostName(hostIndex) + QStringLiteral(":9100");
}

const QString& postgresInstance()
{
    static const QString instance = QStringLiteral("srv-1:9187");
    return instance;
}

const QString& legacyInstance()
{
    static const QString instance = QStringLiteral("srv-1:9300");
    return instance;
}

struct ProbeState
{
    bool success = false;
    int httpStatus = 0;
    double durationSeconds = 0;
    bool hasExpiry = false;
    double expirySeconds = 0;
};

} // namespace

SimMetrics::SimMetrics(const SimContext& context)
    : m_context(context)
{
}

QStringList SimMetrics::metricNames()
{
    QStringList names;
    for (const char* name : kFamilyNames)
        names << QLatin1String(name);
    return names;
}

int SimMetrics::nearFullHost(int hostCount)
{
    return hostCount > 1 ? 1 : 0;
}

double SimMetrics::lastBackupSeconds(int tenantIndex, qint64 simMsecs) const
{
    // Nightly at 02:00 UTC plus a per-tenant offset of up to two hours, so they do not all run at once.
    const qint64 offsetMs = (2 * 3600 + qint64((tenantIndex * 37) % 120) * 60) * 1000;
    const qint64 since = simMsecs - offsetMs;
    const qint64 day = since >= 0 ? since / kDayMs : (since - kDayMs + 1) / kDayMs;
    qint64 last = day * kDayMs + offsetMs;
    const auto pinned = m_context.monitoring.backupPinnedAtMs.constFind(tenantIndex);
    if (pinned != m_context.monitoring.backupPinnedAtMs.cend() && pinned.value() <= simMsecs)
        last = pinned.value(); // the job has not succeeded since
    return double(last / 1000);
}

QList<SimMetrics::Target> SimMetrics::targets() const
{
    const SimMonitoring& monitoring = m_context.monitoring;
    auto forced = [&monitoring](const QString& job, bool fallback) {
        return monitoring.exporterOverrides.value(job, fallback);
    };
    auto refused = [](const QString& url, const QString& address) {
        return QStringLiteral("Get \"%1\": dial tcp %2: connect: connection refused").arg(url, address);
    };
    QList<Target> list;
    auto add = [&list](const QString& job, const QString& instance, bool up, const QString& error,
                   const QString& scrapeUrl, const QString& tenant = {}) {
        Target target;
        target.job = job;
        target.instance = instance;
        target.labels = SimLabels{{kJob, job}, {kInstance, instance}, {kTenant, tenant}};
        target.scrapeUrl = scrapeUrl;
        target.up = up;
        target.lastError = up ? QString() : error;
        list.append(std::move(target));
    };
    auto metricsUrl = [](const QString& instance) {
        return QStringLiteral("http://%1/metrics").arg(instance);
    };

    add(QStringLiteral("alertmanager"), QStringLiteral("localhost:9093"), forced(QStringLiteral("alertmanager"), true),
        refused(metricsUrl(QStringLiteral("localhost:9093")), QStringLiteral("127.0.0.1:9093")),
        metricsUrl(QStringLiteral("localhost:9093")));
    const bool blackboxUp = forced(QStringLiteral("blackbox"), true);
    add(QStringLiteral("blackbox"), QStringLiteral("blackbox:9115"), blackboxUp,
        refused(metricsUrl(QStringLiteral("blackbox:9115")), QStringLiteral("10.0.0.5:9115")),
        metricsUrl(QStringLiteral("blackbox:9115")));
    // Probes: one target per active tenant; TLS tenants in their own job without the tenant label.
    for (int pass = 0; pass < 2; ++pass) {
        const bool tlsPass = pass == 1;
        const QString job = tlsPass ? QStringLiteral("blackbox-https") : QStringLiteral("blackbox-http");
        for (const SimTenant& tenant : m_context.fleet.tenants()) {
            if (tenant.status != TenantStatus::Active || (tenant.tlsSlot >= 0) != tlsPass)
                continue;
            const QString url = m_context.healthUrls.value(tenant.index);
            add(job, url, blackboxUp,
                QStringLiteral("Get \"http://blackbox:9115/probe?module=http_2xx\": context deadline exceeded"),
                QStringLiteral("http://blackbox:9115/probe?module=http_2xx&target=")
                    + QString::fromLatin1(QUrl::toPercentEncoding(url)),
                tlsPass ? QString() : tenant.slug);
        }
    }
    const bool srv1Up = !m_context.isHostDown(0);
    add(QStringLiteral("legacy-billing-exporter"), legacyInstance(),
        srv1Up && forced(QStringLiteral("legacy-billing-exporter"), false),
        refused(metricsUrl(legacyInstance()), QStringLiteral("10.0.0.11:9300")), metricsUrl(legacyInstance()));
    for (int host = 0; host < m_context.fleet.hostCount(); ++host) {
        const QString instance = nodeInstance(host);
        add(QStringLiteral("node"), instance, !m_context.isHostDown(host) && forced(QStringLiteral("node"), true),
            refused(metricsUrl(instance), QStringLiteral("10.0.0.%1:9100").arg(11 + host)), metricsUrl(instance));
    }
    add(QStringLiteral("postgres"), postgresInstance(), srv1Up && forced(QStringLiteral("postgres"), true),
        refused(metricsUrl(postgresInstance()), QStringLiteral("10.0.0.11:9187")), metricsUrl(postgresInstance()));
    add(QStringLiteral("prometheus"), QStringLiteral("localhost:9090"), true, {},
        metricsUrl(QStringLiteral("localhost:9090")));
    return list;
}

void SimMetrics::select(const std::vector<PromqlMatcher>& matchers, qint64 simMsecs, std::vector<SimSample>& out) const
{
    const qint64 now = m_context.simMsecs();
    if (simMsecs > now + kLookbackMs)
        return; // nothing has been scraped yet at that time
    const qint64 at = std::min(simMsecs, now);
    for (int family = 0; family < FamilyCount; ++family) {
        const QString name = QLatin1String(kFamilyNames[std::size_t(family)]);
        bool nameMatches = true;
        for (const PromqlMatcher& matcher : matchers) {
            if (matcher.name == kName && !matcher.matches(name)) {
                nameMatches = false;
                break;
            }
        }
        if (!nameMatches)
            continue;
        emitFamily(family, at, [&](SimLabels&& labels, double value) {
            labels.set(kName, name);
            for (const PromqlMatcher& matcher : matchers) {
                if (matcher.name != kName && !matcher.matches(labels.value(matcher.name)))
                    return;
            }
            out.push_back(SimSample{std::move(labels), value});
        });
    }
}

void SimMetrics::emitFamily(int family, qint64 simMsecs, const Emit& publish) const
{
    const SimContext& context = m_context;
    const SimMonitoring& monitoring = context.monitoring;
    const int hostCount = context.fleet.hostCount();
    auto exporterUp = [&](const QString& job, int hostIndex, bool fallback) {
        return !context.isHostDown(hostIndex) && monitoring.exporterOverrides.value(job, fallback);
    };
    const double days = double(simMsecs - context.startedAt.toMSecsSinceEpoch()) / double(kDayMs);

    switch (family) {
    case Up:
        for (const Target& target : targets()) {
            SimLabels labels = target.labels;
            publish(std::move(labels), target.up ? 1.0 : 0.0);
        }
        return;

    case ProbeSuccess:
    case ProbeDuration:
    case ProbeHttpStatus:
    case ProbeSslExpiry: {
        if (!monitoring.exporterOverrides.value(QStringLiteral("blackbox"), true))
            return; // blackbox itself is not answering: no probe series at all
        const QString http = QStringLiteral("blackbox-http");
        const QString https = QStringLiteral("blackbox-https");
        for (const SimTenant& tenant : context.fleet.tenants()) {
            if (tenant.status != TenantStatus::Active)
                continue;
            const bool tls = tenant.tlsSlot >= 0 && tenant.tlsSlot < context.tlsNotAfter.size();
            ProbeState probe;
            const HealthMode mode = context.effectiveMode(tenant.index);
            const double jitter = double((tenant.index * 7919) % 97) / 1.0e6;
            if (tls && context.tlsNotAfter.at(tenant.tlsSlot).toMSecsSinceEpoch() <= simMsecs) {
                probe.durationSeconds = 0.0031 + jitter; // x509: certificate has expired
            } else if (!tls && context.isHostDown(tenant.hostIndex)) {
                probe.durationSeconds = 0.0004 + jitter; // connection refused
            } else if (mode == HealthMode::Down) {
                probe.httpStatus = 503;
                probe.durationSeconds = tenant.latencyAt(simMsecs, false) / 1000.0;
            } else {
                probe.success = true;
                probe.httpStatus = 200;
                probe.durationSeconds =
                    tenant.latencyAt(simMsecs, mode == HealthMode::Degraded) / 1000.0 + (tls ? 0.0042 : 0.0) + jitter;
            }
            if (tls && probe.httpStatus > 0) {
                probe.hasExpiry = true;
                probe.expirySeconds = double(context.tlsNotAfter.at(tenant.tlsSlot).toSecsSinceEpoch());
            }
            SimLabels labels{{kInstance, context.healthUrls.value(tenant.index)}, {kJob, tls ? https : http},
                {kTenant, tls ? QString() : tenant.slug}};
            switch (family) {
            case ProbeSuccess:
                publish(std::move(labels), probe.success ? 1.0 : 0.0);
                break;
            case ProbeDuration:
                publish(std::move(labels), probe.durationSeconds);
                break;
            case ProbeHttpStatus:
                publish(std::move(labels), double(probe.httpStatus));
                break;
            default:
                if (probe.hasExpiry)
                    publish(std::move(labels), probe.expirySeconds);
                break;
            }
        }
        return;
    }

    case FsSize:
    case FsAvail:
    case FsFree: {
        static constexpr std::array<double, 4> kRootGiB = {160, 80, 240, 120};
        const int nearFull = nearFullHost(hostCount);
        for (int host = 0; host < hostCount; ++host) {
            if (!exporterUp(QStringLiteral("node"), host, true))
                continue;
            const double rootUsed = host == nearFull ? 0.92 : 0.31 + 0.09 * (host % 4);
            std::vector<Mount> mounts = {
                {"/", "/dev/vda1", "ext4", kRootGiB[std::size_t(host % 4)] * kGiB, rootUsed, true},
                {"/boot/efi", "/dev/vda15", "vfat", 104.0 * kMiB, 0.061, false},
                {"/run", "tmpfs", "tmpfs", 1.6 * kGiB, 0.0021, false},
                {"/run/user/1000", "tmpfs", "tmpfs", 0.8 * kGiB, 0.97, false}, // noise: must be filtered
                {"/snap/core20/2318", "/dev/loop0", "squashfs", 64.0 * kMiB, 1.0, false}, // always "full"
                {"/var/lib/docker/overlay2/3f9c2a7d1e/merged", "overlay", "overlay",
                    kRootGiB[std::size_t(host % 4)] * kGiB, 0.95, false},
            };
            if (host == 0)
                mounts.push_back({"/var/lib/postgresql", "/dev/vdb", "ext4", 500.0 * kGiB, 0.41, true});
            const QString instance = nodeInstance(host);
            for (const Mount& mount : mounts) {
                const QString mountpoint = QLatin1String(mount.mountpoint);
                double used = mount.usedRatio + (mount.grows ? 0.002 * std::max(0.0, days) : 0.0);
                const auto forced = monitoring.diskOverrides.constFind(SimMonitoring::diskKey(host, mountpoint));
                if (forced != monitoring.diskOverrides.cend())
                    used = forced.value();
                used = std::clamp(used, 0.0, 1.0);
                const double size = std::floor(mount.sizeBytes / 4096.0) * 4096.0;
                const double avail = std::floor(size * (1.0 - used) / 4096.0) * 4096.0;
                const double reserved = QLatin1String(mount.fstype) == QLatin1String("ext4") ? size * 0.05 : 0.0;
                const double value = family == FsSize ? size
                    : family == FsAvail               ? avail
                                                      : std::min(size, avail + std::floor(reserved / 4096.0) * 4096.0);
                publish(SimLabels{{QStringLiteral("device"), QLatin1String(mount.device)},
                            {QStringLiteral("fstype"), QLatin1String(mount.fstype)}, {kInstance, instance},
                            {kJob, QStringLiteral("node")}, {QStringLiteral("mountpoint"), mountpoint}},
                    value);
            }
        }
        return;
    }

    case PgUp:
    case PgDatabaseSize:
    case PgActivity:
    case PgMaxConnections: {
        if (!exporterUp(QStringLiteral("postgres"), 0, true))
            return;
        const QString job = QStringLiteral("postgres");
        if (family == PgUp) {
            publish(SimLabels{{kInstance, postgresInstance()}, {kJob, job}}, 1.0);
            return;
        }
        if (family == PgMaxConnections) {
            publish(SimLabels{{kInstance, postgresInstance()}, {kJob, job}}, 200.0);
            return;
        }
        struct Database
        {
            const char* name;
            double sizeBytes;
            double active;
            double idle;
        };
        const double wave = std::sin(2.0 * std::numbers::pi * double(simMsecs) / 600000.0);
        const Database databases[] = {
            {"evolution", 640.0 * kMiB + 2.0 * kMiB * std::max(0.0, days), 2, 5},
            {"fleetdeck", 12.6 * kGiB + context.fleet.size() * 2.5 * kMiB + 40.0 * kMiB * std::max(0.0, days),
                std::round(5.0 + 3.0 * wave), 18},
            {"n8n", 1.8 * kGiB + 15.0 * kMiB * std::max(0.0, days), 1, 6},
            {"postgres", 7.5 * kMiB, 0, 1},
        };
        for (const Database& database : databases) {
            const QString datname = QLatin1String(database.name);
            if (family == PgDatabaseSize) {
                publish(SimLabels{{QStringLiteral("datname"), datname}, {kInstance, postgresInstance()}, {kJob, job}},
                    std::floor(database.sizeBytes));
                continue;
            }
            const std::pair<const char*, double> states[] = {{"active", database.active}, {"idle", database.idle},
                {"idle in transaction", database.active > 1 ? 1.0 : 0.0}, {"idle in transaction (aborted)", 0.0}};
            for (const auto& [state, count] : states)
                publish(SimLabels{{QStringLiteral("datname"), datname}, {kInstance, postgresInstance()}, {kJob, job},
                            {QStringLiteral("state"), QLatin1String(state)}},
                    count);
        }
        return;
    }

    case BackupLastSuccess:
        // Written by the backup job into node_exporter's textfile collector on the tenant's host.
        for (const SimTenant& tenant : context.fleet.tenants()) {
            if (tenant.status != TenantStatus::Active || !exporterUp(QStringLiteral("node"), tenant.hostIndex, true))
                continue;
            publish(SimLabels{{kInstance, nodeInstance(tenant.hostIndex)}, {kJob, QStringLiteral("node")},
                        {kTenant, tenant.slug}},
                lastBackupSeconds(tenant.index, simMsecs));
        }
        return;

    default:
        return;
    }
}

} // namespace Fleetdeck::Sim
