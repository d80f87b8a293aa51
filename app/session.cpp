#include "app/session.h"

#include "app/demoplatform.h"
#include "core/fleet/alertservice.h"
#include "core/fleet/fleetstate.h"
#include "core/fleet/platformmonitor.h"
#include "core/fleet/refreshscheduler.h"
#include "core/fleet/tenantsnapshot.h"
#include "core/fleet/whatsappmonitor.h"
#include "core/logging.h"
#include "core/net/httpclient.h"
#include "core/profile/profilestore.h"
#include "core/secrets/environmentfallbacksecretstore.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/secrets/memorysecretstore.h"
#include "core/store/localcache.h"
#include "core/store/registry.h"
#include "core/store/tenantimport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSysInfo>

namespace Fleetdeck {

namespace {
const QString kTenantsSnapshot = QStringLiteral("tenants");
const QString kWhatsAppSnapshot = QStringLiteral("whatsapp");
} // namespace

Session::Session() = default;

Session::~Session()
{
    // The scheduler and client go before the simulator they may be talking to; the store thread
    // closes its databases in its own destructor.
    delete m_scheduler;
    delete m_http;
    delete m_store;
    m_demo.reset();
}

QString Session::actorName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME", QStringLiteral("unknown"));
    return user + QLatin1Char('@') + QSysInfo::machineHostName();
}

Result<std::unique_ptr<Session>, QString> Session::create(const SessionOptions& options)
{
    using R = Result<std::unique_ptr<Session>, QString>;
    std::unique_ptr<Session> session(new Session);

    if (options.demo) {
        session->m_demo = std::make_unique<DemoPlatform>();
        QString error;
        if (!session->m_demo->start(options.demoTenants, &error))
            return R::failure(tr("The demo simulator could not start: %1").arg(error));
        auto profile = ConnectionProfile::fromJson(session->m_demo->profileJson(), session->m_demo->folder());
        if (!profile)
            return R::failure(tr("The demo profile is invalid: %1").arg(profile.error()));
        session->m_profile = profile.value();
        session->m_profile.name = QStringLiteral("demo");
        session->m_profile.cachePath = session->m_demo->folder() + QStringLiteral("/cache.sqlite");
        // Demo secrets live in memory only; the keychain is never touched.
        auto* memory = new MemorySecretStore(session.get());
        for (const QString& upstream : ConnectionProfile::upstreamNames()) {
            const QString secretName = session->m_profile.upstream(upstream).secret;
            if (!secretName.isEmpty())
                memory->insert(secretName, session->m_demo->secret().toUtf8());
        }
        session->m_secrets = memory;
    } else {
        if (!options.profileFile.isEmpty()) {
            auto profile = ConnectionProfile::fromFile(options.profileFile);
            if (!profile)
                return R::failure(profile.error());
            session->m_profile = profile.value();
        } else {
            ProfileStore store;
            const QString name = options.profileName.isEmpty() ? store.activeName() : options.profileName;
            if (name.isEmpty()) {
                return R::failure(tr("No profile is configured. Try \"fleetdeck status --demo\", or import one with "
                                     "\"fleetdeck profiles import FILE\"."));
            }
            const auto profile = store.load(name);
            if (!profile) {
                const QStringList known = store.names();
                return R::failure(known.isEmpty() ? tr("There is no profile named \"%1\" and no profile at all. Import "
                                                       "one with \"fleetdeck profiles import FILE\".")
                                                        .arg(name)
                                                  : tr("There is no profile named \"%1\" (known: %2).")
                                                        .arg(name, known.join(QStringLiteral(", "))));
            }
            session->m_profile = *profile;
        }
        auto* keychain = new KeychainSecretStore(QStringLiteral("Fleetdeck"), session.get());
        session->m_secrets = new EnvironmentFallbackSecretStore(keychain, session.get());
    }

    session->m_http = new HttpClient;
    session->m_http->setAllowInsecureHttp(session->m_profile.allowInsecureHttp);
    auto ca = session->m_profile.trustedCertificates();
    if (!ca)
        return R::failure(ca.error());
    session->m_http->setExtraCaCertificates(ca.value());
    session->m_fleet = new FleetState(session.get());
    session->m_scheduler = new RefreshScheduler(session->m_fleet, session->m_http);
    session->m_scheduler->setHealthConfig(session->m_profile.health);
    session->m_store = new StoreWorker;
    session->m_monitor = new PlatformMonitor(session->m_fleet, session->m_http, session.get());
    session->m_alerts = new AlertService(session->m_fleet, session->m_monitor, session->m_store, session.get());
    session->m_alerts->setActor(actorName());
    session->m_whatsApp = new WhatsAppMonitor(session->m_fleet, session->m_http, session.get());
    {
        WhatsAppMonitor* whatsApp = session->m_whatsApp;
        session->m_alerts->addObservations([whatsApp] { return whatsApp->observations(); });
        connect(whatsApp, &WhatsAppMonitor::updated, session->m_alerts, &AlertService::scheduleEvaluation);
        Session* owner = session.get();
        owner->m_whatsAppSave.setSingleShot(true);
        owner->m_whatsAppSave.setInterval(5000);
        connect(whatsApp, &WhatsAppMonitor::updated, owner, [owner] {
            if (owner->m_whatsApp->inventoryAt().isValid() && !owner->m_whatsAppSave.isActive())
                owner->m_whatsAppSave.start();
        });
        connect(&owner->m_whatsAppSave, &QTimer::timeout, owner, &Session::saveWhatsApp);
    }

    const QString cachePath = session->m_profile.effectiveCachePath();
    QDir().mkpath(QFileInfo(cachePath).absolutePath());
    Session* raw = session.get();
    raw->m_store->openCache(cachePath, raw, [raw, cachePath](Result<QString, StoreError> opened) {
        raw->m_cacheReady = true;
        raw->m_cacheNotice = opened ? opened.value()
                                    : tr("The local cache %1 cannot be used (%2); Fleetdeck works without history "
                                         "this time.")
                                          .arg(QDir::toNativeSeparators(cachePath), opened.error().toDisplayString());
        const auto waiters = std::exchange(raw->m_cacheWaiters, {});
        for (const auto& waiter : waiters)
            waiter(raw->m_cacheNotice);
        raw->pruneHistory();
    });
    // The cache is history, not an archive: old samples go once a day, off the GUI thread.
    raw->m_pruneTimer.setInterval(std::chrono::hours(24));
    connect(&raw->m_pruneTimer, &QTimer::timeout, raw, &Session::pruneHistory);
    raw->m_pruneTimer.start();
    return R(std::move(session));
}

void Session::pruneHistory()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addDays(-kHistoryDays);
    m_store->withCache<Result<int, StoreError>>(
        [before](LocalCache& cache) { return cache.pruneHealthHistory(before); },
        Result<int, StoreError>::failure(StoreWorker::notOpen(tr("The local cache"))), nullptr, {});
}

void Session::whenCacheReady(std::function<void(QString)> callback)
{
    if (m_cacheReady)
        callback(m_cacheNotice);
    else
        m_cacheWaiters << std::move(callback);
}

void Session::openRegistry(std::function<void(Result<StoreWorker::RegistryInfo, QString>)> callback)
{
    using R = Result<StoreWorker::RegistryInfo, QString>;
    RegistryConnection connection = m_profile.registry;
    if (!connection.isPostgres())
        connection.path = m_profile.effectiveRegistryPath();

    auto open = [this, callback](RegistryConnection resolved) {
        if (!resolved.isPostgres())
            QDir().mkpath(QFileInfo(resolved.path).absolutePath());
        m_store->openRegistry(
            resolved, actorName(), this, [this, callback](Result<StoreWorker::RegistryInfo, StoreError> opened) {
                if (!opened) {
                    m_registryOpen = false;
                    m_registryError = opened.error().toDisplayString();
                    return callback(R::failure(m_registryError));
                }
                m_registryOpen = true;
                m_registryError.clear();
                m_registryInfo = opened.value();
                if (!m_demo)
                    return callback(R(m_registryInfo));
                // The demo registry starts empty: seed it with the simulator's clients.
                const QByteArray seed = m_demo->tenantsJson();
                m_store->withRegistry<Result<int, StoreError>>(
                    [seed](Registry& registry) -> Result<int, StoreError> {
                        auto existing = registry.tenants();
                        if (existing && !existing->isEmpty())
                            return 0;
                        const auto preview = TenantImport::parse(seed, TenantImport::Format::Json, {}, {});
                        QList<Tenant> tenants;
                        for (const auto& accepted : preview.accepted)
                            tenants << accepted.tenant;
                        return registry.importTenants(tenants, preview.plans);
                    },
                    Result<int, StoreError>::failure(StoreWorker::notOpen(tr("The registry"))), this,
                    [this, callback](Result<int, StoreError> seeded) {
                        if (!seeded)
                            return callback(R::failure(
                                tr("Seeding the demo registry failed: %1").arg(seeded.error().toDisplayString())));
                        callback(R(m_registryInfo));
                    });
            });
    };

    if (!connection.isPostgres() || connection.secret.isEmpty()) {
        open(connection);
        return;
    }
    m_secrets->readSecret(
        connection.secret, this, [this, open, connection, callback](Result<QByteArray, SecretError> secret) mutable {
            if (!secret) {
                m_registryError = tr("The registry password could not be read: %1")
                                      .arg(secret.error().toDisplayString(connection.secret));
                return callback(R::failure(m_registryError));
            }
            connection.password = QString::fromUtf8(secret.value());
            open(connection);
        });
}

void Session::applyTenants(const QList<Tenant>& tenants, std::function<void(int)> then)
{
    m_fleet->setTenants(tenants);
    m_store->withCache<QList<HealthSample>>(
        [](LocalCache& cache) { return cache.lastHealth().valueOr(QList<HealthSample>()); }, {}, this,
        [this, count = static_cast<int>(tenants.size()), then](const QList<HealthSample>& last) {
            m_fleet->restoreHealth(last);
            then(count);
        });
}

void Session::loadCachedFleet(std::function<void(int, QDateTime)> callback)
{
    m_store->withCache<std::optional<LocalCache::Snapshot>>(
        [](LocalCache& cache) { return cache.loadSnapshot(kTenantsSnapshot).valueOr(std::nullopt); }, std::nullopt,
        this,
        [this, callback](const std::optional<LocalCache::Snapshot>& snapshot) {
            const auto cached =
                snapshot ? TenantSnapshot::fromJson(snapshot->data) : Result<QList<Tenant>, QString>(QList<Tenant>());
            const QDateTime savedAt = snapshot ? snapshot->savedAt : QDateTime();
            applyTenants(cached.valueOr(QList<Tenant>()), [callback, savedAt](int n) { callback(n, savedAt); });
        });
}

void Session::loadFleet(std::function<void(Result<int, QString>)> callback)
{
    using R = Result<int, QString>;
    const QString registryName = tr("Registry");
    auto fromCache = [this, callback, registryName](const QString& error) {
        m_store->withCache<std::optional<LocalCache::Snapshot>>(
            [](LocalCache& cache) { return cache.loadSnapshot(kTenantsSnapshot).valueOr(std::nullopt); }, std::nullopt,
            this,
            [this, callback, registryName, error](const std::optional<LocalCache::Snapshot>& snapshot) {
                if (!snapshot)
                    return callback(R::failure(tr("%1. There is no cached client list to fall back on.").arg(error)));
                auto cached = TenantSnapshot::fromJson(snapshot->data);
                if (!cached)
                    return callback(
                        R::failure(tr("%1. The cached client list is unusable: %2").arg(error, cached.error())));
                m_fleet->sourceFailed(QStringLiteral("registry"), registryName,
                    tr("%1 Showing the client list cached %2.")
                        .arg(error, QLocale().toString(snapshot->savedAt.toLocalTime(), QLocale::ShortFormat)));
                applyTenants(cached.value(), [callback](int n) { callback(R(n)); });
            });
    };
    if (!m_registryOpen)
        return fromCache(m_registryError.isEmpty() ? tr("The registry is not open") : m_registryError);
    m_store->withRegistry<Result<QList<Tenant>, StoreError>>([](Registry& registry) { return registry.tenants(); },
        Result<QList<Tenant>, StoreError>::failure(StoreWorker::notOpen(tr("The registry"))), this,
        [this, callback, fromCache, registryName](Result<QList<Tenant>, StoreError> loaded) {
            if (!loaded)
                return fromCache(loaded.error().toDisplayString());
            m_fleet->sourceSucceeded(QStringLiteral("registry"), registryName);
            const QByteArray snapshot = TenantSnapshot::toJson(loaded.value());
            m_store->withCache<bool>(
                [snapshot](LocalCache& cache) { return bool(cache.saveSnapshot(kTenantsSnapshot, snapshot)); }, false,
                nullptr, {});
            applyTenants(loaded.value(), [callback](int n) { callback(R(n)); });
        });
}

void Session::startMonitoring(std::function<void()> done)
{
    struct Pending
    {
        PlatformMonitor::Config config;
        WhatsAppMonitor::Config whatsApp;
        int waiting = 0;
        std::function<void()> finish;
    };
    auto pending = std::make_shared<Pending>();
    pending->finish = [this, pending, done = std::move(done)] {
        m_monitor->configure(pending->config);
        m_whatsApp->configure(pending->whatsApp);
        connect(m_monitor, &PlatformMonitor::updated, this, &Session::recordComponents, Qt::UniqueConnection);
        // The last known WhatsApp statuses first (shown with their age), then the alert service.
        m_store->withCache<std::optional<LocalCache::Snapshot>>(
            [](LocalCache& cache) { return cache.loadSnapshot(kWhatsAppSnapshot).valueOr(std::nullopt); }, std::nullopt,
            this,
            [this, done](std::optional<LocalCache::Snapshot> snapshot) {
                if (snapshot && m_whatsApp->isConfigured() && !m_whatsApp->restore(snapshot->data))
                    qCWarning(lcEvolution) << "the cached WhatsApp statuses could not be read; they are rebuilt";
                m_alerts->start(done);
            });
    };

    auto configureOne = [this, pending](const QString& name, auto apply) {
        const UpstreamConfig upstream = m_profile.upstream(name);
        if (!upstream.enabled || upstream.url.isEmpty())
            return;
        if (upstream.secret.isEmpty()) {
            apply(QByteArray());
            return;
        }
        ++pending->waiting;
        m_secrets->readSecret(
            upstream.secret, this, [this, pending, name, upstream, apply](Result<QByteArray, SecretError> secret) {
                if (secret) {
                    apply(secret.value());
                } else {
                    const QString display = name == PlatformMonitor::kPrometheusSource ? tr("Prometheus")
                        : name == WhatsAppMonitor::kSource                             ? tr("Evolution API")
                                                                                       : tr("Alertmanager");
                    m_fleet->sourceFailed(name, display,
                        tr("Its secret could not be read: %1").arg(secret.error().toDisplayString(upstream.secret)));
                }
                if (--pending->waiting == 0)
                    pending->finish();
            });
    };
    configureOne(PlatformMonitor::kPrometheusSource, [this, pending](const QByteArray& secret) {
        const UpstreamConfig upstream = m_profile.upstream(PlatformMonitor::kPrometheusSource);
        PrometheusClient::Options options;
        options.url = upstream.url;
        options.secret = secret;
        options.timeout = std::chrono::milliseconds(upstream.timeoutMs);
        if (!upstream.tenantLabel.isEmpty())
            options.tenantLabel = upstream.tenantLabel;
        pending->config.prometheus = options;
        pending->config.prometheusInterval =
            std::chrono::seconds(m_profile.intervalSeconds(PlatformMonitor::kPrometheusSource));
    });
    configureOne(PlatformMonitor::kAlertmanagerSource, [this, pending](const QByteArray& secret) {
        const UpstreamConfig upstream = m_profile.upstream(PlatformMonitor::kAlertmanagerSource);
        AlertmanagerClient::Options options;
        options.url = upstream.url;
        options.secret = secret;
        options.timeout = std::chrono::milliseconds(upstream.timeoutMs);
        pending->config.alertmanager = options;
        pending->config.alertmanagerInterval =
            std::chrono::seconds(m_profile.intervalSeconds(PlatformMonitor::kAlertmanagerSource));
    });
    configureOne(WhatsAppMonitor::kSource, [this, pending](const QByteArray& secret) {
        const UpstreamConfig upstream = m_profile.upstream(WhatsAppMonitor::kSource);
        EvolutionClient::Options options;
        options.url = upstream.url;
        options.apiKey = secret;
        options.timeout = std::chrono::milliseconds(upstream.timeoutMs);
        pending->whatsApp.evolution = options;
        pending->whatsApp.interval = std::chrono::seconds(m_profile.intervalSeconds(WhatsAppMonitor::kSource));
    });
    if (pending->waiting == 0)
        pending->finish();
}

void Session::simulateWhatsAppScan(
    const QString& instance, const QString& code, std::function<void(QString error)> done)
{
    if (!m_demo) {
        done(tr("Only the demo has a simulated phone."));
        return;
    }
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    QUrl url = m_demo->baseUrl();
    url.setPath(QStringLiteral("/_sim/evolution/") + instance + QStringLiteral("/scan"));
    request.url = url;
    const bool pairingCode = code.size() == 8 && !code.contains(QLatin1Char('@'));
    request.body = QJsonDocument(
        QJsonObject{{pairingCode ? QStringLiteral("pairingCode") : QStringLiteral("code"),
            code}}).toJson(QJsonDocument::Compact);
    request.contentType = QByteArrayLiteral("application/json");
    request.acceptAnyStatus = true;
    request.maxRetries = 0;
    request.source = tr("the demo phone");
    m_http->send(std::move(request), this, [done = std::move(done)](Result<HttpResponse> response) {
        if (!response)
            done(response.error().toDisplayString());
        else if (response->status != 200)
            done(tr("The demo phone could not scan this code (it is no longer the current one); wait for the next."));
        else
            done({});
    });
}

void Session::saveWhatsApp()
{
    const QByteArray snapshot = m_whatsApp->snapshot();
    m_store->withCache<bool>(
        [snapshot](LocalCache& cache) { return bool(cache.saveSnapshot(kWhatsAppSnapshot, snapshot)); }, false, this,
        [](bool saved) {
            if (!saved)
                qCWarning(lcEvolution) << "the WhatsApp statuses could not be written to the cache";
        });
}

void Session::recordComponents()
{
    // Servers' up/down go to the cache like tenants' samples, so their uptime comes from the same rollups.
    // Each query answers on its own: write a component when its own answer is new.
    QList<HealthSample> samples;
    for (const PlatformComponent& component : m_monitor->components()) {
        if (component.state == PlatformComponent::State::Unknown || !component.at.isValid())
            continue;
        QDateTime& written = m_componentsWrittenAt[component.id];
        if (written == component.at)
            continue;
        written = component.at;
        HealthSample sample;
        sample.tenantSlug = component.id;
        sample.url = component.id;
        sample.checkedAt = component.at;
        sample.state = component.state == PlatformComponent::State::Up ? HealthState::Up
            : component.state == PlatformComponent::State::Degraded    ? HealthState::Degraded
                                                                       : HealthState::Down;
        samples << sample;
    }
    if (!samples.isEmpty())
        m_store->writeHealth(samples);
}

void Session::recordHealth(const QList<HealthSample>& samples)
{
    m_store->writeHealth(samples);
}

} // namespace Fleetdeck
