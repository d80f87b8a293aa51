#pragma once

#include "core/domain/tenant.h"
#include "core/profile/connectionprofile.h"
#include "core/result.h"
#include "core/store/storeworker.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

namespace Fleetdeck {

class AlertService;
class DemoPlatform;
class FleetState;
class PlatformMonitor;
class WhatsAppMonitor;
class HttpClient;
class RefreshScheduler;
class SecretStore;
struct HealthSample;

struct SessionOptions
{
    bool demo = false;
    int demoTenants = 40;
    QString profileName; // --profile NAME
    QString profileFile; // --profile-file FILE
};

// The composition root for one profile: which profile, its secrets, HTTP client, fleet state,
// scheduler, and the store thread with the registry and the local cache. Used by the command line
// and by the window; nothing here blocks the thread it lives on.
class Session : public QObject
{
    Q_OBJECT
public:
    ~Session() override;

    // Resolves the profile (demo, file, named or active) and starts opening the local cache.
    static Result<std::unique_ptr<Session>, QString> create(const SessionOptions& options);

    [[nodiscard]] const ConnectionProfile& profile() const { return m_profile; }
    [[nodiscard]] bool isDemo() const { return m_demo != nullptr; }
    [[nodiscard]] SecretStore* secrets() const { return m_secrets; }
    [[nodiscard]] HttpClient* http() const { return m_http; }
    [[nodiscard]] FleetState* fleet() const { return m_fleet; }
    [[nodiscard]] RefreshScheduler* scheduler() const { return m_scheduler; }
    [[nodiscard]] StoreWorker* store() const { return m_store; }
    [[nodiscard]] PlatformMonitor* monitor() const { return m_monitor; }
    [[nodiscard]] AlertService* alerts() const { return m_alerts; }
    [[nodiscard]] WhatsAppMonitor* whatsApp() const { return m_whatsApp; }
    [[nodiscard]] bool isRegistryOpen() const { return m_registryOpen; }
    [[nodiscard]] bool isRegistryReadOnly() const { return m_registryInfo.readOnly; }
    [[nodiscard]] QString registryName() const { return m_registryInfo.displayName; }

    // Called once the cache is open (or could not be): the notice says what happened, empty when fine.
    void whenCacheReady(std::function<void(QString notice)> callback);

    // Opens the registry (reading its password from the secret store for PostgreSQL), seeding the demo
    // registry. The callback runs later on this thread; on failure the message says what to do.
    void openRegistry(std::function<void(Result<StoreWorker::RegistryInfo, QString>)> callback);

    // The last known state from the cache alone (cached client list and health): the window paints it
    // before any network answer. Empty client list when the cache has none.
    void loadCachedFleet(std::function<void(int tenants, QDateTime savedAt)> callback);

    // Loads the clients from the registry (caching them for offline starts) or, when the registry is out
    // of reach, from the cache; then restores the last known health. Marks the registry source.
    void loadFleet(std::function<void(Result<int, QString>)> callback);

    // Reads the Prometheus, Alertmanager and Evolution API secrets (those that have one) and points the platform
    // and WhatsApp monitors at the profile's URLs (the WhatsApp statuses restored from the cache); then starts the
    // alert service (its state restored from the cache). Nothing is polled yet: callers start() the monitors. `done`
    // runs once the first alert pass is done; a secret that cannot be read marks its source failing with the reason.
    void startMonitoring(std::function<void()> done);

    // Writes a finished health round to the local cache.
    void recordHealth(const QList<HealthSample>& samples);

    // Demo only: the simulated phone scans a WhatsApp code (a QR payload, or an 8-character pairing code) through the
    // simulator's control API. `done` gets an empty string on success, the reason otherwise.
    void simulateWhatsAppScan(const QString& instance, const QString& code, std::function<void(QString error)> done);

    // user@host, for the audit log.
    static QString actorName();
    // Raw health samples older than this leave the cache (enough for the 30-day views).
    static constexpr int kHistoryDays = 31;
    void pruneHistory();

private:
    Session();
    void recordComponents();
    void saveWhatsApp();
    void applyTenants(const QList<Tenant>& tenants, std::function<void(int)> then);

    ConnectionProfile m_profile;
    std::unique_ptr<DemoPlatform> m_demo;
    SecretStore* m_secrets = nullptr;
    HttpClient* m_http = nullptr;
    FleetState* m_fleet = nullptr;
    RefreshScheduler* m_scheduler = nullptr;
    StoreWorker* m_store = nullptr;
    PlatformMonitor* m_monitor = nullptr;
    AlertService* m_alerts = nullptr;
    WhatsAppMonitor* m_whatsApp = nullptr;
    QTimer m_whatsAppSave; // the WhatsApp statuses reach the cache at most this often
    QHash<QString, QDateTime> m_componentsWrittenAt; // component id -> time of the sample last written
    QTimer m_pruneTimer;
    bool m_cacheReady = false;
    QString m_cacheNotice;
    QList<std::function<void(QString)>> m_cacheWaiters;
    bool m_registryOpen = false;
    StoreWorker::RegistryInfo m_registryInfo;
    QString m_registryError;
};

} // namespace Fleetdeck
