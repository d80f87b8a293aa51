#include "app/session.h"

#include "app/demoplatform.h"
#include "core/fleet/fleetstate.h"
#include "core/fleet/refreshscheduler.h"
#include "core/fleet/tenantsnapshot.h"
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
#include <QSysInfo>

namespace Fleetdeck {

namespace {
const QString kTenantsSnapshot = QStringLiteral("tenants");
} // namespace

Session::Session() = default;

Session::~Session()
{
    // The scheduler and client go before the simulator they may be talking to.
    delete m_scheduler;
    delete m_http;
    m_registry.reset();
    m_cache.reset();
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

    const QString cachePath = session->m_profile.effectiveCachePath();
    QDir().mkpath(QFileInfo(cachePath).absolutePath());
    auto cache = LocalCache::open(cachePath);
    if (cache) {
        session->m_cache = std::move(cache.value());
        session->m_cacheNotice = session->m_cache->recoveryNotice();
    } else {
        session->m_cacheNotice = tr("The local cache %1 cannot be used (%2); Fleetdeck works without history this "
                                    "time.")
                                     .arg(QDir::toNativeSeparators(cachePath), cache.error().toDisplayString());
    }
    return R(std::move(session));
}

void Session::openRegistry(std::function<void(Result<Registry*, QString>)> callback)
{
    using R = Result<Registry*, QString>;
    RegistryConnection connection = m_profile.registry;
    if (!connection.isPostgres())
        connection.path = m_profile.effectiveRegistryPath();

    auto finish = [this, callback](RegistryConnection resolved) {
        if (!resolved.isPostgres())
            QDir().mkpath(QFileInfo(resolved.path).absolutePath());
        auto opened = Registry::open(resolved, actorName());
        if (!opened) {
            m_registryError = opened.error().toDisplayString();
            return callback(R::failure(m_registryError));
        }
        m_registry = std::move(opened.value());
        // The demo registry starts empty: seed it with the simulator's clients.
        if (m_demo && m_registry->tenants().valueOr(QList<Tenant>()).isEmpty()) {
            const auto preview = TenantImport::parse(m_demo->tenantsJson(), TenantImport::Format::Json, {}, {});
            QList<Tenant> tenants;
            for (const auto& accepted : preview.accepted)
                tenants << accepted.tenant;
            auto imported = m_registry->importTenants(tenants, preview.plans);
            if (!imported)
                return callback(
                    R::failure(tr("Seeding the demo registry failed: %1").arg(imported.error().toDisplayString())));
        }
        callback(R(m_registry.get()));
    };

    if (!connection.isPostgres() || connection.secret.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [finish, connection] { finish(connection); }, Qt::QueuedConnection);
        return;
    }
    m_secrets->readSecret(
        connection.secret, this, [this, finish, connection, callback](Result<QByteArray, SecretError> secret) mutable {
            if (!secret) {
                m_registryError = tr("The registry password could not be read: %1")
                                      .arg(secret.error().toDisplayString(connection.secret));
                return callback(R::failure(m_registryError));
            }
            connection.password = QString::fromUtf8(secret.value());
            finish(connection);
        });
}

Result<int, QString> Session::loadFleet()
{
    using R = Result<int, QString>;
    const QString registryName = tr("Registry");
    QList<Tenant> tenants;
    if (m_registry) {
        auto loaded = m_registry->tenants();
        if (loaded) {
            tenants = loaded.value();
            m_fleet->sourceSucceeded(QStringLiteral("registry"), registryName);
            if (m_cache)
                m_cache->saveSnapshot(kTenantsSnapshot, TenantSnapshot::toJson(tenants));
        } else {
            m_registryError = loaded.error().toDisplayString();
        }
    }
    if (!m_registry || !m_registryError.isEmpty()) {
        const QString error = m_registryError.isEmpty() ? tr("the registry is not open") : m_registryError;
        std::optional<LocalCache::Snapshot> snapshot;
        if (m_cache) {
            if (auto s = m_cache->loadSnapshot(kTenantsSnapshot))
                snapshot = s.value();
        }
        if (!snapshot)
            return R::failure(tr("%1. There is no cached client list to fall back on.").arg(error));
        auto cached = TenantSnapshot::fromJson(snapshot->data);
        if (!cached)
            return R::failure(tr("%1. The cached client list is unusable: %2").arg(error, cached.error()));
        tenants = cached.value();
        m_fleet->sourceFailed(QStringLiteral("registry"), registryName,
            tr("%1 Showing the client list cached %2.")
                .arg(error, snapshot->savedAt.toLocalTime().toString(Qt::ISODate)));
    }
    m_fleet->setTenants(tenants);
    if (m_cache) {
        if (auto last = m_cache->lastHealth())
            m_fleet->restoreHealth(last.value());
    }
    return R(static_cast<int>(tenants.size()));
}

void Session::recordHealth(const QList<HealthSample>& samples)
{
    if (!m_cache || samples.isEmpty())
        return;
    m_cache->writeHealth(samples);
}

} // namespace Fleetdeck
