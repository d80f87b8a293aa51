#include "core/fleet/platformmonitor.h"

#include "core/connectors/prometheus/metrictenantmap.h"
#include "core/engine/alertnames.h"
#include "core/fleet/fleetstate.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace Fleetdeck {

namespace {

QString prometheusName()
{
    return QCoreApplication::translate("PlatformMonitor", "Prometheus");
}

QString alertmanagerName()
{
    return QCoreApplication::translate("PlatformMonitor", "Alertmanager");
}

bool isNodeJob(const QString& job)
{
    return job.contains(QLatin1String("node"), Qt::CaseInsensitive);
}

QString bytesText(double bytes)
{
    return QLocale().formattedDataSize(static_cast<qint64>(bytes), 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

PlatformMonitor::PlatformMonitor(FleetState* fleet, HttpClient* http, QObject* parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_http(http)
{
    connect(m_fleet, &FleetState::tenantsReset, this, &PlatformMonitor::onTenantsReset);
    m_tenantMap = MetricTenantMap(m_fleet->tenants());
    connect(&m_prometheusTimer, &QTimer::timeout, this, &PlatformMonitor::queryPrometheus);
    connect(&m_alertmanagerTimer, &QTimer::timeout, this, &PlatformMonitor::queryAlertmanager);
}

PlatformMonitor::~PlatformMonitor() = default;

void PlatformMonitor::configure(const Config& config)
{
    m_prometheus.reset();
    m_alertmanager.reset();
    if (config.prometheus) {
        m_prometheus = std::make_unique<PrometheusClient>(m_http, *config.prometheus);
        m_prometheus->setTenants(m_fleet->tenants());
    }
    if (config.alertmanager)
        m_alertmanager = std::make_unique<AlertmanagerClient>(m_http, *config.alertmanager);
    m_prometheusTimer.setInterval(std::max(config.prometheusInterval, std::chrono::seconds(5)));
    m_alertmanagerTimer.setInterval(std::max(config.alertmanagerInterval, std::chrono::seconds(5)));
}

void PlatformMonitor::start()
{
    if (m_prometheus)
        m_prometheusTimer.start();
    if (m_alertmanager)
        m_alertmanagerTimer.start();
    refresh();
}

void PlatformMonitor::stop()
{
    m_prometheusTimer.stop();
    m_alertmanagerTimer.stop();
}

bool PlatformMonitor::refresh()
{
    if (m_pending > 0 || (!m_prometheus && !m_alertmanager))
        return false;
    queryPrometheus();
    queryAlertmanager();
    return true;
}

void PlatformMonitor::onTenantsReset()
{
    if (m_prometheus)
        m_prometheus->setTenants(m_fleet->tenants());
    m_tenantMap = MetricTenantMap(m_fleet->tenants());
}

template <typename T> void PlatformMonitor::store(KnownValues<T>& known, Result<QList<T>> result)
{
    if (result) {
        known.values = std::move(result.value());
        known.at = QDateTime::currentDateTimeUtc();
        known.error.clear();
    } else {
        known.error = result.error().toDisplayString();
        if (m_prometheusError.isEmpty())
            m_prometheusError = known.error;
    }
}

void PlatformMonitor::queryPrometheus()
{
    if (!m_prometheus || m_prometheusPending > 0)
        return;
    m_prometheusPending = 5;
    m_pending += 5;
    m_prometheusError.clear();
    auto done = [this] {
        if (--m_prometheusPending == 0) {
            if (m_prometheusError.isEmpty())
                m_fleet->sourceSucceeded(kPrometheusSource, prometheusName());
            else
                m_fleet->sourceFailed(kPrometheusSource, prometheusName(), m_prometheusError);
        }
        finishOne();
    };
    m_prometheus->targetsUp(this, [this, done](Result<QList<TargetUp>> r) {
        store(m_targets, std::move(r));
        done();
    });
    m_prometheus->probes(this, [this, done](Result<QList<ProbeObservation>> r) {
        store(m_probes, std::move(r));
        done();
    });
    m_prometheus->filesystems(this, [this, done](Result<QList<FilesystemUsage>> r) {
        store(m_filesystems, std::move(r));
        done();
    });
    m_prometheus->databases(this, [this, done](Result<QList<DatabaseServerStatus>> r) {
        store(m_databases, std::move(r));
        done();
    });
    m_prometheus->backups(this, [this, done](Result<QList<BackupStatus>> r) {
        store(m_backups, std::move(r));
        done();
    });
}

void PlatformMonitor::queryAlertmanager()
{
    if (!m_alertmanager || m_alertmanagerPending)
        return;
    m_alertmanagerPending = true;
    ++m_pending;
    m_alertmanager->alerts({}, this, [this](Result<QList<ExternalAlert>> r) {
        m_alertmanagerPending = false;
        if (r) {
            m_alerts.values = std::move(r.value());
            m_inferredTenant.clear();
            const QString tenantKey = QLatin1String(MetricTenantMap::kDefaultLabel);
            for (ExternalAlert& alert : m_alerts.values) {
                if (alert.labels.contains(tenantKey))
                    continue;
                const MetricTenantMap::Match match = m_tenantMap.match(alert.labels);
                if (match.slug.isEmpty())
                    continue;
                alert.labels.insert(tenantKey, match.slug);
                m_inferredTenant.insert(alert.fingerprint);
            }
            m_alerts.at = QDateTime::currentDateTimeUtc();
            m_alerts.error.clear();
            m_fleet->sourceSucceeded(kAlertmanagerSource, alertmanagerName());
        } else {
            m_alerts.error = r.error().toDisplayString();
            m_fleet->sourceFailed(kAlertmanagerSource, alertmanagerName(), m_alerts.error);
        }
        finishOne();
    });
}

void PlatformMonitor::finishOne()
{
    --m_pending;
    // Each answer is news: the alert engine coalesces its passes, so telling it early costs little and a slow
    // query does not hold back what the fast ones said.
    emit updated();
}

QSet<QString> PlatformMonitor::hostsDown() const
{
    QSet<QString> down;
    for (const TargetUp& target : m_targets.values) {
        if (isNodeJob(target.job) && !target.up)
            down.insert(MetricTenantMap::hostOf(target.instance));
    }
    return down;
}

QList<Observation> PlatformMonitor::observations() const
{
    QList<Observation> out;
    // Servers: up from node_exporter's scrape, disk from the fullest real file system.
    for (const TargetUp& target : m_targets.values) {
        if (!isNodeJob(target.job))
            continue;
        out.append(
            {Metric::kHostUp, Subject::host(MetricTenantMap::hostOf(target.instance)), target.up ? 1.0 : 0.0, target.at,
                target.up ? QString()
                          : QCoreApplication::translate("PlatformMonitor", "node_exporter on %1 does not answer")
                                .arg(target.instance)});
    }
    QHash<QString, const FilesystemUsage*> fullest;
    for (const FilesystemUsage& fs : m_filesystems.values) {
        const FilesystemUsage*& worst = fullest[fs.host];
        if (!worst || fs.usedRatio > worst->usedRatio)
            worst = &fs;
    }
    for (auto it = fullest.cbegin(); it != fullest.cend(); ++it) {
        const FilesystemUsage& fs = *it.value();
        out.append({Metric::kDiskUsedRatio, Subject::host(it.key()), fs.usedRatio, fs.at,
            QCoreApplication::translate("PlatformMonitor", "%1 on %2: %3 free of %4")
                .arg(fs.mountpoint, it.key(), bytesText(fs.availBytes), bytesText(fs.sizeBytes))});
    }
    for (const BackupStatus& backup : m_backups.values) {
        if (backup.tenantSlug.isEmpty() || !backup.lastSuccessAt.isValid())
            continue;
        out.append({Metric::kBackupLastSuccessTimestamp, backup.tenantSlug,
            double(backup.lastSuccessAt.toSecsSinceEpoch()), backup.at, {}});
    }
    // Certificates seen by blackbox probes, the soonest per tenant (HealthProbe sees them too when it checks
    // the tenant itself; both are the same certificate).
    QHash<QString, const ProbeObservation*> soonest;
    for (const ProbeObservation& probe : m_probes.values) {
        if (probe.tenantSlug.isEmpty() || !probe.certificateExpiresAt.isValid())
            continue;
        const ProbeObservation*& s = soonest[probe.tenantSlug];
        if (!s || probe.certificateExpiresAt < s->certificateExpiresAt)
            s = &probe;
    }
    for (auto it = soonest.cbegin(); it != soonest.cend(); ++it) {
        out.append({Metric::kTlsCertExpiryTimestamp, it.key(),
            double(it.value()->certificateExpiresAt.toSecsSinceEpoch()), it.value()->at, it.value()->target});
    }
    for (const DatabaseServerStatus& db : m_databases.values) {
        if (db.up)
            out.append({Metric::kHostUp, kPlatformDatabase, *db.up ? 1.0 : 0.0, db.at,
                *db.up
                    ? QString()
                    : QCoreApplication::translate("PlatformMonitor", "postgres_exporter cannot reach the database")});
    }
    return out;
}

void PlatformMonitor::setRegistryLatency(int milliseconds, const QDateTime& at, const QString& error)
{
    m_registryLatencyMs = milliseconds;
    m_registryLatencyAt = at;
    m_registryError = error;
}

QList<PlatformComponent> PlatformMonitor::components() const
{
    QList<PlatformComponent> out;
    if (m_registryLatencyAt.isValid()) {
        PlatformComponent c;
        c.id = QStringLiteral("registry");
        c.name = QCoreApplication::translate("PlatformMonitor", "Registry");
        c.kind = QCoreApplication::translate("PlatformMonitor", "Database");
        c.at = m_registryLatencyAt;
        if (m_registryLatencyMs < 0) {
            c.state = PlatformComponent::State::Down;
            c.detail = m_registryError;
        } else {
            c.state = m_registryLatencyMs > 1000 ? PlatformComponent::State::Degraded : PlatformComponent::State::Up;
            c.detail = QCoreApplication::translate("PlatformMonitor", "answers in %1 ms")
                           .arg(QLocale().toString(m_registryLatencyMs));
        }
        out.append(c);
    }
    const QString serverKind = QCoreApplication::translate("PlatformMonitor", "Server");
    const QString exporterKind = QCoreApplication::translate("PlatformMonitor", "Exporter");
    const QString databaseKind = QCoreApplication::translate("PlatformMonitor", "Database");

    QMap<QString, PlatformComponent> servers;
    QMap<QString, QPair<int, int>> jobs; // job -> (up, total)
    QMap<QString, QDateTime> jobAt;
    for (const TargetUp& target : m_targets.values) {
        auto& [up, total] = jobs[target.job];
        ++total;
        up += target.up ? 1 : 0;
        jobAt[target.job] = target.at;
        if (!isNodeJob(target.job))
            continue;
        const QString host = MetricTenantMap::hostOf(target.instance);
        PlatformComponent& c = servers[host];
        c.id = Subject::host(host);
        c.name = host;
        c.kind = serverKind;
        c.state = target.up ? PlatformComponent::State::Up : PlatformComponent::State::Down;
        c.at = target.at;
        c.detail = target.up ? QCoreApplication::translate("PlatformMonitor", "node_exporter answers")
                             : QCoreApplication::translate("PlatformMonitor", "node_exporter does not answer");
    }
    for (const FilesystemUsage& fs : m_filesystems.values) {
        PlatformComponent& c = servers[fs.host];
        if (c.id.isEmpty()) {
            c.id = Subject::host(fs.host);
            c.name = fs.host;
            c.kind = serverKind;
            c.at = fs.at;
        }
        if (!c.diskUsedRatio || fs.usedRatio > *c.diskUsedRatio) {
            c.diskUsedRatio = fs.usedRatio;
            c.diskMount = fs.mountpoint;
        }
    }
    for (const PlatformComponent& c : std::as_const(servers))
        out.append(c);

    for (const DatabaseServerStatus& db : m_databases.values) {
        PlatformComponent c;
        c.id = kPlatformDatabase;
        c.name = QCoreApplication::translate("PlatformMonitor", "Platform database (%1)").arg(db.instance);
        c.kind = databaseKind;
        c.at = db.at;
        c.state = !db.up ? PlatformComponent::State::Unknown
            : *db.up     ? PlatformComponent::State::Up
                         : PlatformComponent::State::Down;
        double size = 0;
        int connections = 0;
        for (const DatabaseUsage& d : db.databases) {
            size += d.sizeBytes.value_or(0);
            connections += d.connections.value_or(0);
        }
        c.detail = QCoreApplication::translate(
            "PlatformMonitor", "%1 in %n database(s), %2 connections", nullptr, int(db.databases.size()))
                       .arg(bytesText(size))
                       .arg(connections);
        out.append(c);
    }
    for (auto it = jobs.cbegin(); it != jobs.cend(); ++it) {
        PlatformComponent c;
        c.id = QStringLiteral("job:") + it.key();
        c.name = it.key();
        c.kind = exporterKind;
        c.at = jobAt.value(it.key());
        const auto [up, total] = it.value();
        c.state = up == total ? PlatformComponent::State::Up
            : up == 0         ? PlatformComponent::State::Down
                              : PlatformComponent::State::Degraded;
        c.detail = QCoreApplication::translate("PlatformMonitor", "%1 of %n target(s) up", nullptr, total).arg(up);
        out.append(c);
    }
    return out;
}

} // namespace Fleetdeck
