#include "sim/simulator.h"

#include "sim/alertmanagerstub.h"
#include "sim/certificateauthority.h"
#include "sim/controlapi.h"
#include "sim/evolutionstub.h"
#include "sim/faultinjector.h"
#include "sim/mauticstub.h"
#include "sim/n8nstub.h"
#include "sim/prometheusstub.h"
#include "sim/router.h"
#include "sim/simalerting.h"
#include "sim/simcontext.h"
#include "sim/simfleet.h"
#include "sim/simhttpserver.h"
#include "sim/simlogging.h"
#include "sim/simmetrics.h"
#include "sim/simwhatsapp.h"
#include "sim/stripestub.h"
#include "sim/tenantsites.h"

#include <QElapsedTimer>

#include <cmath>
#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

namespace Fleetdeck::Sim {

namespace {

constexpr int kMaxTenants = 100000;
constexpr int kMaxHosts = 64;

struct TlsWindow
{
    int notBeforeDays;
    int notAfterDays;
};
// Slot order matches Simulator::tlsSlotName().
constexpr TlsWindow kTlsWindows[Simulator::kTlsSlotCount] = {{-90, -3}, {-1, 5}, {-1, 12}, {-1, 400}};

std::string str(const QString& value)
{
    return value.toStdString();
}

// "a, b, c" — or the first few and a count for big fleets.
QString slugList(const QStringList& slugs)
{
    constexpr int kShown = 8;
    if (slugs.size() <= kShown)
        return slugs.join(QStringLiteral(", "));
    return slugs.mid(0, kShown).join(QStringLiteral(", ")) + QStringLiteral(", ... (%1 in all)").arg(slugs.size());
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

// One active, healthy, plain-HTTP tenant (never one of the three named ones) whose backups stopped 50 hours
// before the start, so BackupStale fires from the first evaluation.
void pickStaleBackupTenant(SimContext& context)
{
    const QList<SimTenant>& tenants = context.fleet.tenants();
    const int named = 3;
    const int candidates = int(tenants.size()) - named;
    if (candidates <= 0)
        return;
    const int first = named + int(context.options.seed % quint64(candidates));
    for (int step = 0; step < candidates; ++step) {
        const SimTenant& tenant = tenants.at(named + (first - named + step) % candidates);
        if (tenant.status == TenantStatus::Active && tenant.mode == HealthMode::Up && tenant.tlsSlot < 0) {
            context.monitoring.staleBackupTenant = tenant.index;
            context.monitoring.staleBackupSinceMs = context.startedAt.toMSecsSinceEpoch() - 50LL * 3600 * 1000;
            context.monitoring.backupPinnedAtMs.insert(tenant.index, context.monitoring.staleBackupSinceMs);
            return;
        }
    }
}

} // namespace

class SimulatorPrivate
{
public:
    SimContext context;
    std::unique_ptr<CertificateAuthority> authority;
    // The routers outlive the servers that reference them (declared first, destroyed last).
    Router mainRouter;
    Router hostRouter;
    Router tlsRouter;
    std::unique_ptr<SimHttpServer> mainServer;
    std::vector<std::unique_ptr<SimHttpServer>> hostServers;
    std::vector<std::unique_ptr<SimHttpServer>> tlsServers;
    mutable QByteArray profileCache;
    mutable QByteArray tenantsCache;
    bool running = false;

    [[nodiscard]] int hostIndex(const QString& name) const
    {
        for (std::size_t i = 0; i < hostServers.size(); ++i) {
            if (SimFleet::hostName(int(i)) == name)
                return int(i);
        }
        return -1;
    }
};

Simulator::Simulator(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<SimulatorPrivate>())
{
}

Simulator::~Simulator()
{
    stop();
}

bool Simulator::start(const SimOptions& options, QString* error)
{
    stop();
    QElapsedTimer timer;
    timer.start();
    if (options.tenants < 1 || options.tenants > kMaxTenants)
        return fail(error, QStringLiteral("tenants must be 1..%1").arg(kMaxTenants));
    if (options.hosts < 1 || options.hosts > kMaxHosts)
        return fail(error, QStringLiteral("hosts must be 1..%1").arg(kMaxHosts));
    if (!std::isfinite(options.latencyScale) || options.latencyScale < 0)
        return fail(error, QStringLiteral("latency scale must be a number >= 0"));
    if (options.secret.isEmpty())
        return fail(error, QStringLiteral("the secret must not be empty"));

    SimContext& context = d->context;
    context = SimContext{};
    context.options = options;
    if (!context.faults.addSpec(options.faults, error))
        return false;
    context.fleet = SimFleet::generate(options.tenants, options.seed, options.hosts);
    context.healthOverrides = QList<HealthMode>(context.fleet.size(), HealthMode::Auto);
    context.startedAt = QDateTime::currentDateTimeUtc();

    // Certificates: a CA valid -1 .. +800 days and one leaf per TLS listener.
    // Whole seconds: an X.509 time has no fractions, and tlsExpiry() must equal the certificate's.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(context.startedAt.toSecsSinceEpoch(), Qt::UTC);
    d->authority = std::make_unique<CertificateAuthority>();
    if (!d->authority->create(now.addDays(-1), now.addDays(800), error))
        return false;
    context.caPem = d->authority->certificatePem();
    std::vector<IssuedCertificate> leaves;
    for (const TlsWindow& window : kTlsWindows) {
        const QDateTime notAfter = now.addDays(window.notAfterDays);
        std::optional<IssuedCertificate> leaf = d->authority->issue(now.addDays(window.notBeforeDays), notAfter, error);
        if (!leaf)
            return false;
        leaves.push_back(std::move(*leaf));
        context.tlsNotAfter.append(notAfter);
    }

    // Listeners first (routes need their ports), all on 127.0.0.1.
    d->mainServer = std::make_unique<SimHttpServer>(ListenerKind::Main, 0, d->mainRouter, context.faults);
    if (!d->mainServer->listenLoopback(options.port, error)) {
        stop();
        return false;
    }
    context.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(d->mainServer->port()));
    for (int i = 0; i < options.hosts; ++i) {
        auto server = std::make_unique<SimHttpServer>(ListenerKind::Host, i, d->hostRouter, context.faults);
        if (!server->listenLoopback(0, error)) {
            stop();
            return false;
        }
        context.hostPorts.append(server->port());
        d->hostServers.push_back(std::move(server));
    }
    for (int slot = 0; slot < kTlsSlotCount; ++slot) {
        auto server = std::make_unique<SimHttpServer>(ListenerKind::Tls, slot, d->tlsRouter, context.faults);
        if (!server->listenLoopbackTls(leaves[std::size_t(slot)].certificate, leaves[std::size_t(slot)].key, error)) {
            stop();
            return false;
        }
        context.tlsPorts.append(server->port());
        d->tlsServers.push_back(std::move(server));
    }

    // The monitoring stack's starting state.
    for (const SimTenant& tenant : context.fleet.tenants())
        context.healthUrls.append(context.healthUrl(tenant));
    context.hostDown = QList<bool>(options.hosts, false);
    pickStaleBackupTenant(context);
    context.whatsApp.seed(context.fleet, options.seed, context.startedAt.toMSecsSinceEpoch());
    context.whatsApp.setClocks(
        []() { return QDateTime::currentMSecsSinceEpoch(); }, [ctx = &context]() { return ctx->simMsecs(); });
    SimAlerting::seedSilences(context);
    context.billing = SimBilling::generate(context.fleet, options.seed, context.startedAt.toSecsSinceEpoch());

    EvolutionStub::install(d->mainRouter, context);
    N8nStub::install(d->mainRouter, context);
    StripeStub::install(d->mainRouter, context);
    PrometheusStub::install(d->mainRouter, context);
    AlertmanagerStub::install(d->mainRouter, context);
    MauticStub::install(d->mainRouter, context);
    TenantSites::install(d->mainRouter, context);
    ControlApi::install(d->mainRouter, *this);
    TenantSites::install(d->hostRouter, context);
    TenantSites::install(d->tlsRouter, context);

    d->running = true;
    qCInfo(lcSim).nospace().noquote() << "simulator listening on " << context.baseUrl.toString() << " with "
                                      << context.fleet.size() << " tenants, " << options.hosts << " hosts (seed "
                                      << options.seed << ", started in " << timer.elapsed() << " ms)";
    return true;
}

void Simulator::stop()
{
    d->tlsServers.clear();
    d->hostServers.clear();
    d->mainServer.reset();
    d->mainRouter = {};
    d->hostRouter = {};
    d->tlsRouter = {};
    d->profileCache.clear();
    d->tenantsCache.clear();
    d->running = false;
}

bool Simulator::isRunning() const
{
    return d->running;
}

quint16 Simulator::port() const
{
    return d->mainServer ? d->mainServer->port() : 0;
}

QUrl Simulator::baseUrl() const
{
    return d->context.baseUrl;
}

const SimOptions& Simulator::options() const
{
    return d->context.options;
}

QByteArray Simulator::profileJson() const
{
    if (!d->profileCache.isEmpty() || !d->running)
        return d->profileCache;
    const SimContext& context = d->context;
    auto upstream = [&context](const char* path, const char* secretName) {
        nlohmann::ordered_json entry;
        entry["url"] = str(context.url(QLatin1String(path)));
        if (secretName)
            entry["secret"] = secretName; // the NAME of a keychain entry, never its value
        return entry;
    };
    nlohmann::ordered_json profile;
    profile["name"] = "simulator";
    profile["allowInsecureHttp"] = false;
    profile["registry"] = {{"driver", "sqlite"}, {"path", "registry.sqlite"}};
    profile["tls"] = {{"caPem", std::string(context.caPem.constData(), std::size_t(context.caPem.size()))}};
    nlohmann::ordered_json health;
    health["intervalSeconds"] = 30;
    health["degradedLatencyMs"] = 1000;
    health["timeoutMs"] = 10000;
    health["concurrency"] = 16;
    profile["health"] = health;
    nlohmann::ordered_json upstreams;
    upstreams["evolution"] = upstream("/evolution", "evolution-key");
    upstreams["n8n"] = upstream("/n8n", "n8n-key");
    upstreams["stripe"] = upstream("/stripe", "stripe-key");
    upstreams["prometheus"] = upstream("/prometheus", nullptr);
    upstreams["alertmanager"] = upstream("/alertmanager", nullptr);
    upstreams["mautic"] = upstream("/mautic", "mautic-key");
    profile["upstreams"] = upstreams;
    d->profileCache = QByteArray::fromStdString(profile.dump());
    return d->profileCache;
}

QByteArray Simulator::tenantsJson() const
{
    if (!d->tenantsCache.isEmpty() || !d->running)
        return d->tenantsCache;
    const SimContext& context = d->context;
    nlohmann::ordered_json plans = nlohmann::ordered_json::array();
    for (const Plan& plan : SimFleet::plans()) {
        nlohmann::ordered_json entry;
        entry["code"] = str(plan.code);
        entry["name"] = str(plan.name);
        entry["amountMinor"] = plan.amountMinor;
        entry["currency"] = str(plan.currency);
        entry["interval"] = str(plan.interval);
        entry["intervalCount"] = plan.intervalCount;
        plans.push_back(std::move(entry));
    }
    nlohmann::ordered_json tenants = nlohmann::ordered_json::array();
    const std::string mauticBase = str(context.url(QStringLiteral("/mautic/")));
    for (const SimTenant& tenant : context.fleet.tenants()) {
        nlohmann::ordered_json endpoints;
        endpoints["health"] = nlohmann::ordered_json::array({str(context.healthUrl(tenant))});
        endpoints["mautic"] = mauticBase + str(tenant.slug);
        endpoints["evolution_instance"] = str(tenant.evolutionInstance);
        endpoints["n8n_tag"] = str(tenant.n8nTag);
        endpoints["stripe_customer"] = str(tenant.stripeCustomer);
        endpoints["host"] = str(tenant.hostName);
        nlohmann::ordered_json entry;
        entry["slug"] = str(tenant.slug);
        entry["name"] = str(tenant.name);
        entry["status"] = str(tenantStatusName(tenant.status));
        entry["plan"] = str(tenant.plan);
        entry["contact"] = str(tenant.contact);
        entry["notes"] = str(tenant.notes);
        entry["endpoints"] = std::move(endpoints);
        tenants.push_back(std::move(entry));
    }
    nlohmann::ordered_json document;
    document["plans"] = std::move(plans);
    document["tenants"] = std::move(tenants);
    d->tenantsCache = QByteArray::fromStdString(document.dump());
    return d->tenantsCache;
}

QByteArray Simulator::caCertificatePem() const
{
    return d->context.caPem;
}

FaultInjector& Simulator::faults()
{
    return d->context.faults;
}

const SimFleet& Simulator::fleet() const
{
    return d->context.fleet;
}

const SimBilling& Simulator::billing() const
{
    return d->context.billing;
}

QDateTime Simulator::currentTime() const
{
    return QDateTime::fromMSecsSinceEpoch(d->context.simMsecs(), Qt::UTC);
}

qint64 Simulator::clockOffsetMsecs() const
{
    return d->context.clockOffsetMs;
}

void Simulator::advanceClockMsecs(qint64 msecs)
{
    if (msecs > 0)
        d->context.clockOffsetMs += msecs;
}

bool Simulator::setTenantHealthMode(const QString& slug, const QString& mode, QString* error)
{
    const int index = d->context.fleet.indexOf(slug);
    if (index < 0)
        return fail(error, QStringLiteral("no tenant \"%1\"").arg(slug));
    const std::optional<HealthMode> parsed = healthModeFromName(mode);
    if (!parsed)
        return fail(error, QStringLiteral("mode must be up, degraded, down or auto (got \"%1\")").arg(mode));
    d->context.healthOverrides[index] = *parsed;
    qCInfo(lcSim) << "tenant" << slug << "health forced to" << healthModeName(*parsed);
    return true;
}

QString Simulator::tenantHealthMode(const QString& slug) const
{
    const int index = d->context.fleet.indexOf(slug);
    return healthModeName(index < 0 ? HealthMode::Auto : d->context.healthOverrides.value(index, HealthMode::Auto));
}

QString Simulator::tenantEffectiveHealth(const QString& slug) const
{
    const int index = d->context.fleet.indexOf(slug);
    return index < 0 ? QString() : healthModeName(d->context.effectiveMode(index));
}

QUrl Simulator::healthUrl(const QString& slug) const
{
    const SimTenant* tenant = d->context.fleet.find(slug);
    return tenant && d->running ? QUrl(d->context.healthUrl(*tenant)) : QUrl();
}

QStringList Simulator::hostNames() const
{
    QStringList names;
    for (std::size_t i = 0; i < d->hostServers.size(); ++i)
        names << SimFleet::hostName(int(i));
    return names;
}

quint16 Simulator::hostPort(const QString& name) const
{
    const int index = d->hostIndex(name);
    return index < 0 ? 0 : d->hostServers[std::size_t(index)]->port();
}

bool Simulator::isHostDown(const QString& name) const
{
    const int index = d->hostIndex(name);
    return index >= 0 && !d->hostServers[std::size_t(index)]->isListening();
}

bool Simulator::setHostDown(const QString& name, bool down, QString* error)
{
    const int index = d->hostIndex(name);
    if (index < 0)
        return fail(error, QStringLiteral("no host \"%1\"").arg(name));
    SimHttpServer& server = *d->hostServers[std::size_t(index)];
    if (index < d->context.hostDown.size())
        d->context.hostDown[index] = down;
    if (down) {
        server.suspend();
        qCInfo(lcSim) << "host" << name << "down";
        return true;
    }
    if (!server.resume(error))
        return false;
    qCInfo(lcSim) << "host" << name << "up again on port" << server.port();
    return true;
}

bool Simulator::setDiskUsedRatio(
    const QString& host, const QString& mountpoint, std::optional<double> usedRatio, QString* error)
{
    const int index = d->hostIndex(host);
    if (index < 0)
        return fail(
            error, QStringLiteral("no host \"%1\" (hosts: %2)").arg(host, hostNames().join(QStringLiteral(", "))));
    if (!mountpoint.startsWith(QLatin1Char('/')))
        return fail(error, QStringLiteral("the mountpoint must be an absolute path (got \"%1\")").arg(mountpoint));
    if (usedRatio && (!std::isfinite(*usedRatio) || *usedRatio < 0.0 || *usedRatio > 1.0))
        return fail(error, QStringLiteral("usedRatio must be a number from 0 to 1"));
    const QString key = SimMonitoring::diskKey(index, mountpoint);
    if (usedRatio)
        d->context.monitoring.diskOverrides.insert(key, *usedRatio);
    else
        d->context.monitoring.diskOverrides.remove(key);
    qCInfo(lcSim) << "host" << host << mountpoint << "used ratio"
                  << (usedRatio ? QString::number(*usedRatio) : QStringLiteral("auto"));
    return true;
}

QString Simulator::nearFullHost() const
{
    return SimFleet::hostName(SimMetrics::nearFullHost(d->context.fleet.hostCount()));
}

QStringList Simulator::exporterJobs()
{
    return {QStringLiteral("alertmanager"), QStringLiteral("blackbox"), QStringLiteral("legacy-billing-exporter"),
        QStringLiteral("node"), QStringLiteral("postgres")};
}

bool Simulator::setExporterUp(const QString& job, std::optional<bool> up, QString* error)
{
    if (!exporterJobs().contains(job))
        return fail(error,
            QStringLiteral("no exporter job \"%1\" (jobs: %2)").arg(job, exporterJobs().join(QStringLiteral(", "))));
    if (up)
        d->context.monitoring.exporterOverrides.insert(job, *up);
    else
        d->context.monitoring.exporterOverrides.remove(job);
    qCInfo(lcSim) << "exporter" << job << (up ? (*up ? "up" : "down") : "auto");
    return true;
}

bool Simulator::setBackupAge(const QString& slug, std::optional<qint64> ageSeconds, QString* error)
{
    const int index = d->context.fleet.indexOf(slug);
    if (index < 0)
        return fail(error, QStringLiteral("no tenant \"%1\"").arg(slug));
    if (ageSeconds && *ageSeconds < 0)
        return fail(error, QStringLiteral("ageSeconds must be >= 0"));
    if (ageSeconds)
        d->context.monitoring.backupPinnedAtMs.insert(index, d->context.simMsecs() - *ageSeconds * 1000);
    else
        d->context.monitoring.backupPinnedAtMs.remove(index);
    return true;
}

QString Simulator::staleBackupTenant() const
{
    const int index = d->context.monitoring.staleBackupTenant;
    return index < 0 ? QString() : d->context.fleet.tenants().at(index).slug;
}

QDateTime Simulator::lastBackup(const QString& slug) const
{
    const SimTenant* tenant = d->context.fleet.find(slug);
    if (!tenant || tenant->status != TenantStatus::Active || !d->running)
        return {};
    const double seconds = SimMetrics(d->context).lastBackupSeconds(tenant->index, d->context.simMsecs());
    return QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
}

QString Simulator::seededSilenceId() const
{
    return d->context.monitoring.silences.isEmpty() ? QString() : d->context.monitoring.silences.constFirst().id;
}

SimWhatsApp& Simulator::whatsApp()
{
    return d->context.whatsApp;
}

QString Simulator::loggedOutEvolutionInstance() const
{
    return d->context.whatsApp.seededLoggedOut();
}

QString Simulator::unloadedEvolutionInstance() const
{
    return d->context.whatsApp.seededUnloaded();
}

bool Simulator::evolutionScan(const QString& name, const QString& code, QString* error)
{
    SimWhatsApp::Instance* instance = d->context.whatsApp.find(name);
    if (!instance)
        return fail(error, QStringLiteral("no Evolution instance \"%1\"").arg(name));
    return d->context.whatsApp.scan(*instance, code, {}, error);
}

bool Simulator::evolutionDrop(const QString& name, int reason, QString* error)
{
    SimWhatsApp::Instance* instance = d->context.whatsApp.find(name);
    if (!instance)
        return fail(error, QStringLiteral("no Evolution instance \"%1\"").arg(name));
    return d->context.whatsApp.drop(*instance, reason, error);
}

bool Simulator::evolutionSetZombie(const QString& name, bool zombie, QString* error)
{
    SimWhatsApp::Instance* instance = d->context.whatsApp.find(name);
    if (!instance)
        return fail(error, QStringLiteral("no Evolution instance \"%1\"").arg(name));
    return d->context.whatsApp.setZombie(*instance, zombie, error);
}

QString Simulator::tlsSlotName(int slot)
{
    switch (slot) {
    case 0:
        return QStringLiteral("expired");
    case 1:
        return QStringLiteral("expires-5d");
    case 2:
        return QStringLiteral("expires-12d");
    case 3:
        return QStringLiteral("expires-400d");
    default:
        break;
    }
    return {};
}

quint16 Simulator::tlsPort(int slot) const
{
    return d->context.tlsPorts.value(slot, 0);
}

QDateTime Simulator::tlsExpiry(int slot) const
{
    return d->context.tlsNotAfter.value(slot);
}

QString Simulator::tlsTenant(int slot) const
{
    return d->context.fleet.tlsSlugs().value(slot);
}

QString Simulator::summary() const
{
    if (!d->running)
        return {};
    const SimContext& context = d->context;
    QStringList lines;
    lines << QStringLiteral("tenants: %1 (seed %2, latency scale %3)")
                 .arg(context.fleet.size())
                 .arg(context.options.seed)
                 .arg(context.options.latencyScale);
    QStringList hosts;
    for (const QString& name : hostNames())
        hosts << name + QStringLiteral("=http://127.0.0.1:") + QString::number(hostPort(name));
    lines << QStringLiteral("hosts: ") + hosts.join(QLatin1Char(' '));
    for (int slot = 0; slot < kTlsSlotCount; ++slot) {
        const QString tenant = tlsTenant(slot);
        lines << QStringLiteral("tls %1: https://localhost:%2 (expires %3%4)")
                     .arg(tlsSlotName(slot))
                     .arg(tlsPort(slot))
                     .arg(tlsExpiry(slot).toString(Qt::ISODate),
                         tenant.isEmpty() ? QString() : QStringLiteral(", tenant ") + tenant);
    }
    lines << QStringLiteral("degraded: ") + slugList(context.fleet.slugsWithMode(HealthMode::Degraded));
    lines << QStringLiteral("down: ") + slugList(context.fleet.slugsWithMode(HealthMode::Down));
    lines << QStringLiteral("monitoring: %1/prometheus, %1/alertmanager (disk near full on %2, stale backups: %3)")
                 .arg(context.baseUrl.toString(), nearFullHost(),
                     staleBackupTenant().isEmpty() ? QStringLiteral("none") : staleBackupTenant());
    lines << QStringLiteral("evolution: %1/evolution, %2 instances seeded (logged out: %3, not loaded: %4, no tenant: "
                            "test-bot, legacy-sales)")
                 .arg(context.baseUrl.toString())
                 .arg(context.fleet.size() + 2)
                 .arg(loggedOutEvolutionInstance().isEmpty() ? QStringLiteral("none") : loggedOutEvolutionInstance(),
                     unloadedEvolutionInstance().isEmpty() ? QStringLiteral("none") : unloadedEvolutionInstance());
    if (!context.faults.isEmpty())
        lines << QStringLiteral("faults: %1 active").arg(context.faults.faults().size());
    lines << QStringLiteral("control: ") + context.url(QStringLiteral("/_sim/"));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Fleetdeck::Sim
