#pragma once

#include "core/profile/connectionprofile.h"
#include "core/result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace Fleetdeck {

class DemoPlatform;
struct HealthSample;
class FleetState;
class HttpClient;
class LocalCache;
class RefreshScheduler;
class Registry;
class SecretStore;

struct SessionOptions
{
    bool demo = false;
    int demoTenants = 40;
    QString profileName; // --profile NAME
    QString profileFile; // --profile-file FILE
};

// The composition root for one profile: which profile, its secrets, HTTP client, fleet state,
// scheduler, local cache and (once opened) registry. Used by the command line and the window.
class Session : public QObject
{
    Q_OBJECT
public:
    ~Session() override;

    // Resolves the profile (demo, file, named or active) and opens the local cache. Errors are sentences.
    static Result<std::unique_ptr<Session>, QString> create(const SessionOptions& options);

    [[nodiscard]] const ConnectionProfile& profile() const { return m_profile; }
    [[nodiscard]] bool isDemo() const { return m_demo != nullptr; }
    [[nodiscard]] SecretStore* secrets() const { return m_secrets; }
    [[nodiscard]] HttpClient* http() const { return m_http; }
    [[nodiscard]] FleetState* fleet() const { return m_fleet; }
    [[nodiscard]] RefreshScheduler* scheduler() const { return m_scheduler; }
    [[nodiscard]] LocalCache* cache() const { return m_cache.get(); } // null when it could not be opened
    [[nodiscard]] QString cacheNotice() const { return m_cacheNotice; } // damaged cache rebuilt, or unusable
    [[nodiscard]] Registry* registry() const { return m_registry.get(); }

    // Opens the registry (reading its password from the secret store for PostgreSQL). The callback runs
    // later on this thread; on failure the message says what to do.
    void openRegistry(std::function<void(Result<Registry*, QString>)> callback);

    // Loads the tenants from the registry (caching them for offline starts) or, when the registry is
    // unreachable, from the cache; then restores the last known health. Marks the registry source.
    Result<int, QString> loadFleet();

    // Writes a finished health round to the local cache (no-op without a cache).
    void recordHealth(const QList<HealthSample>& samples);

    // user@host, for the audit log.
    static QString actorName();

private:
    Session();
    ConnectionProfile m_profile;
    std::unique_ptr<DemoPlatform> m_demo;
    SecretStore* m_secrets = nullptr;
    HttpClient* m_http = nullptr;
    FleetState* m_fleet = nullptr;
    RefreshScheduler* m_scheduler = nullptr;
    std::unique_ptr<LocalCache> m_cache;
    QString m_cacheNotice;
    std::unique_ptr<Registry> m_registry;
    QString m_registryError;
};

} // namespace Fleetdeck
