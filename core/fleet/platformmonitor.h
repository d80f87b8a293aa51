#pragma once

#include "core/connectors/alertmanager/alertmanagerclient.h"
#include "core/connectors/prometheus/metrictenantmap.h"
#include "core/connectors/prometheus/prometheusclient.h"
#include "core/domain/backupstatus.h"
#include "core/domain/databaseserverstatus.h"
#include "core/domain/externalalert.h"
#include "core/domain/filesystemusage.h"
#include "core/domain/probeobservation.h"
#include "core/domain/targetup.h"
#include "core/engine/observation.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

namespace Fleetdeck {

class FleetState;
class HttpClient;

// The last good answer of one query, kept when a later attempt fails: the console shows it with its age.
template <typename T> struct KnownValues
{
    QList<T> values;
    QDateTime at; // when it was received; invalid = never
    QString error; // translated; the last attempt's failure, empty when it succeeded
    [[nodiscard]] bool isKnown() const { return at.isValid(); }
};

// One platform component the Health panel lists: a server, an exporter, the platform database, a source.
struct PlatformComponent
{
    enum class State
    {
        Unknown,
        Up,
        Degraded,
        Down,
    };
    QString id; // the alert subject: "host:srv-2", "platform-db", "source:prometheus", "job:node"
    QString name; // for people: "srv-2", "Platform database", "Prometheus"
    QString kind; // translated: "Server", "Database", "Source", "Exporter"
    State state = State::Unknown;
    QString detail; // translated: "2 of 3 targets up", "4.1 GiB, 12 connections"
    std::optional<double> diskUsedRatio; // the fullest file system, 0..1
    QString diskMount; // its mountpoint
    QDateTime at;
};

// What Prometheus and Alertmanager say about the platform: scrape targets, blackbox probes, disks,
// the platform database, backups and Alertmanager's alerts. Polled on the profile's intervals (a round
// is one request per query, whatever the size of the fleet); each query keeps its last good answer and
// its age when a later one fails, and the source's state goes to FleetState ("prometheus",
// "alertmanager"), so a failure is visible and never reads as "all clear".
class PlatformMonitor : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        std::optional<PrometheusClient::Options> prometheus; // nullopt = not configured
        std::optional<AlertmanagerClient::Options> alertmanager;
        std::chrono::seconds prometheusInterval{60};
        std::chrono::seconds alertmanagerInterval{60};
    };

    static inline const QString kPrometheusSource = QStringLiteral("prometheus");
    static inline const QString kAlertmanagerSource = QStringLiteral("alertmanager");
    static inline const QString kPlatformDatabase = QStringLiteral("platform-db");

    PlatformMonitor(FleetState* fleet, HttpClient* http, QObject* parent = nullptr);
    ~PlatformMonitor() override;

    void configure(const Config& config);
    [[nodiscard]] bool hasPrometheus() const { return m_prometheus != nullptr; }
    [[nodiscard]] bool hasAlertmanager() const { return m_alertmanager != nullptr; }
    [[nodiscard]] PrometheusClient* prometheus() const { return m_prometheus.get(); }
    [[nodiscard]] AlertmanagerClient* alertmanager() const { return m_alertmanager.get(); }

    // Periodic rounds on the configured intervals (the first one now).
    void start();
    void stop();
    // One round of every configured query now; false when one is running or nothing is configured.
    bool refresh();
    [[nodiscard]] bool isRefreshing() const { return m_pending > 0; }

    [[nodiscard]] const KnownValues<TargetUp>& targets() const { return m_targets; }
    [[nodiscard]] const KnownValues<ProbeObservation>& probes() const { return m_probes; }
    [[nodiscard]] const KnownValues<FilesystemUsage>& filesystems() const { return m_filesystems; }
    [[nodiscard]] const KnownValues<DatabaseServerStatus>& databases() const { return m_databases; }
    [[nodiscard]] const KnownValues<BackupStatus>& backups() const { return m_backups; }
    [[nodiscard]] const KnownValues<ExternalAlert>& externalAlerts() const { return m_alerts; }
    // Alertmanager alerts without a `tenant` label whose instance is a client's URL or host get one here, so they
    // are the client's alerts; these fingerprints had it added (a silence pushed back must not match on it).
    [[nodiscard]] bool tenantLabelAdded(const QString& fingerprint) const
    {
        return m_inferredTenant.contains(fingerprint);
    }
    // True when the last Alertmanager round answered: otherwise (not asked yet, or failing) its alerts keep their
    // last state instead of resolving — a restart must not resolve and re-fire everything.
    [[nodiscard]] bool externalAlertsCurrent() const
    {
        return m_alertmanager && m_alerts.isKnown() && m_alerts.error.isEmpty();
    }

    // For the alert engine: disk_used_ratio per server (its fullest file system) and of the platform
    // database's server, host_up of every server node_exporter scrapes, backup_last_success per tenant and
    // tls_cert_expiry per tenant from blackbox probes. Values keep the time they were measured, so a stale
    // answer is not a new sample.
    [[nodiscard]] QList<Observation> observations() const;
    // Servers, exporters and the platform database, sorted by kind then name.
    [[nodiscard]] QList<PlatformComponent> components() const;
    // The registry's own answer time (a query on the store thread), measured by whoever asks it; shown as the
    // "registry" component. A negative value = it could not be asked (the error says why).
    void setRegistryLatency(int milliseconds, const QDateTime& at, const QString& error = {});
    // Hosts whose node_exporter target is down: their tenants' alerts are suppressed.
    [[nodiscard]] QSet<QString> hostsDown() const;

signals:
    // A round finished (every query answered or failed).
    void updated();

private:
    void onTenantsReset();
    void queryPrometheus();
    void queryAlertmanager();
    void finishOne();
    template <typename T> void store(KnownValues<T>& known, Result<QList<T>> result);

    FleetState* m_fleet;
    HttpClient* m_http;
    std::unique_ptr<PrometheusClient> m_prometheus;
    std::unique_ptr<AlertmanagerClient> m_alertmanager;
    QTimer m_prometheusTimer;
    QTimer m_alertmanagerTimer;
    int m_pending = 0;
    int m_prometheusPending = 0;
    bool m_alertmanagerPending = false;
    QString m_prometheusError; // the round's first failure
    KnownValues<TargetUp> m_targets;
    KnownValues<ProbeObservation> m_probes;
    KnownValues<FilesystemUsage> m_filesystems;
    KnownValues<DatabaseServerStatus> m_databases;
    KnownValues<BackupStatus> m_backups;
    KnownValues<ExternalAlert> m_alerts;
    MetricTenantMap m_tenantMap;
    int m_registryLatencyMs = -1;
    QDateTime m_registryLatencyAt;
    QString m_registryError;
    QSet<QString> m_inferredTenant;
};

} // namespace Fleetdeck
