#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace Fleetdeck::Sim {

struct SimOptions
{
    quint16 port = 0; // 0 = any free port
    int tenants = 40;
    quint64 seed = 1;
    QString secret = QStringLiteral("fleetdeck-sim");
    QString faults; // --faults SPEC, see FaultInjector::parseSpec
    int hosts = 4; // simulated servers, each its own loopback listener for tenant sites
    double latencyScale = 1.0; // 0 = answer as fast as possible (benchmarks)
};

class FaultInjector;
class SimBilling;
class SimFleet;
class SimWhatsApp;
class SimulatorPrivate;

// The simulated platform: every upstream under a path prefix of one loopback port, tenant sites on
// per-host listeners and HTTPS listeners, and the /_sim/ control API. Lives on the thread that created it.
class Simulator : public QObject
{
    Q_OBJECT
public:
    explicit Simulator(QObject* parent = nullptr);
    ~Simulator() override;

    // Binds 127.0.0.1 only. Returns false and fills `error` when a listener can't be opened.
    bool start(const SimOptions& options, QString* error = nullptr);
    void stop();

    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QUrl baseUrl() const; // http://127.0.0.1:<port>
    [[nodiscard]] const SimOptions& options() const;

    // Same bodies as GET /_sim/profile and GET /_sim/tenants.
    [[nodiscard]] QByteArray profileJson() const;
    [[nodiscard]] QByteArray tenantsJson() const;
    [[nodiscard]] QByteArray caCertificatePem() const;

    // --- Additions for tests, the demo mode and the control API. Valid while running.
    [[nodiscard]] bool isRunning() const;
    // Faults injected into every listener (never /_sim/); seeded from options().faults at start.
    FaultInjector& faults();
    [[nodiscard]] const SimFleet& fleet() const;
    // The Stripe account's seeded book (subscriptions, coupons, invoices) that /stripe serves; see SimBilling.
    [[nodiscard]] const SimBilling& billing() const;

    // Simulated time = real time + an offset that only grows; latency drift follows it.
    [[nodiscard]] QDateTime currentTime() const;
    [[nodiscard]] qint64 clockOffsetMsecs() const;
    void advanceClockMsecs(qint64 msecs);

    // mode: "up", "degraded", "down", or "auto" (the fleet's own behaviour). False for an unknown slug/mode.
    bool setTenantHealthMode(const QString& slug, const QString& mode, QString* error = nullptr);
    [[nodiscard]] QString tenantHealthMode(const QString& slug) const; // the forced mode, "auto" when none
    [[nodiscard]] QString tenantEffectiveHealth(const QString& slug) const; // "up", "degraded" or "down"
    // The health URL the tenants JSON gives for this tenant (host listener, or HTTPS for TLS tenants).
    [[nodiscard]] QUrl healthUrl(const QString& slug) const;

    // Simulated servers "srv-1".."srv-N", each its own loopback listener.
    [[nodiscard]] QStringList hostNames() const;
    [[nodiscard]] quint16 hostPort(const QString& name) const; // 0 when unknown
    [[nodiscard]] bool isHostDown(const QString& name) const;
    // Down: the listener closes (connections are refused) and open connections drop. Up: same port again.
    bool setHostDown(const QString& name, bool down, QString* error = nullptr);

    // HTTPS listeners, one per certificate: slot 0 expired 3 days ago, 1 expires in 5 days, 2 in 12, 3 in 400.
    static constexpr int kTlsSlotCount = 4;
    [[nodiscard]] static QString tlsSlotName(int slot); // "expired", "expires-5d", "expires-12d", "expires-400d"
    [[nodiscard]] quint16 tlsPort(int slot) const;
    [[nodiscard]] QDateTime tlsExpiry(int slot) const; // the leaf certificate's notAfter
    [[nodiscard]] QString tlsTenant(int slot) const; // slug served on that listener, empty when none

    // --- The monitoring stack (Prometheus under /prometheus, Alertmanager under /alertmanager).
    // A host's file system: force its used ratio (0..1), or nullopt to go back to the simulated value.
    bool setDiskUsedRatio(
        const QString& host, const QString& mountpoint, std::optional<double> usedRatio, QString* error = nullptr);
    [[nodiscard]] QString nearFullHost() const; // the host whose "/" is ~92 % full
    // Scrape jobs: alertmanager, blackbox, legacy-billing-exporter (down by default), node, postgres.
    // nullopt = the simulated default.
    bool setExporterUp(const QString& job, std::optional<bool> up, QString* error = nullptr);
    [[nodiscard]] static QStringList exporterJobs();
    // Pins the tenant's last successful backup `ageSeconds` before now (its backup job then "fails");
    // nullopt = nightly backups again.
    bool setBackupAge(const QString& slug, std::optional<qint64> ageSeconds, QString* error = nullptr);
    [[nodiscard]] QString staleBackupTenant() const; // the tenant whose backups stopped 50 h before the start
    [[nodiscard]] QDateTime lastBackup(const QString& slug) const; // invalid for an unknown or inactive tenant
    [[nodiscard]] QString seededSilenceId() const; // silences TargetDown of the legacy billing exporter

    // --- Evolution API (under /evolution): the WhatsApp instances, one per tenant plus "test-bot" (open) and
    // "legacy-sales" (close). Same state as /_sim/evolution; find() an instance, then scan/drop/setZombie it.
    SimWhatsApp& whatsApp();
    [[nodiscard]] QString loggedOutEvolutionInstance() const; // closed with 401 a few hours before the start
    [[nodiscard]] QString unloadedEvolutionInstance() const; // a DB row whose socket is not loaded
    // Shortcuts for POST /_sim/evolution/<name>/scan, /drop and /zombie; false with `error` when the instance is
    // unknown or in the wrong state (not pairing, an old code, not connected, not open).
    bool evolutionScan(const QString& name, const QString& code, QString* error = nullptr);
    bool evolutionDrop(const QString& name, int reason = 401, QString* error = nullptr);
    bool evolutionSetZombie(const QString& name, bool zombie, QString* error = nullptr);

    // Human-readable lines after "listening on ...": hosts, TLS listeners, control API.
    [[nodiscard]] QString summary() const;

private:
    std::unique_ptr<SimulatorPrivate> d;
};

} // namespace Fleetdeck::Sim
