// The alert service end to end over real HTTP against the simulator: Prometheus and Alertmanager through
// PlatformMonitor, health probes through RefreshScheduler, the engine's alerts, acknowledgements written to a
// real (SQLite) registry and read back by a second service as after a restart, and Prometheus failing
// without a spurious "all clear".
#include "core/domain/externalalert.h"
#include "core/fleet/alertservice.h"
#include "core/fleet/fleetstate.h"
#include "core/fleet/platformmonitor.h"
#include "core/fleet/refreshscheduler.h"
#include "core/net/httpclient.h"
#include "core/store/registryconnection.h"
#include "core/store/storeworker.h"
#include "sim/simulator.h"

#include "tests/support/simfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace Fleetdeck;
using namespace std::chrono_literals;

namespace {

QList<Tenant> tenantsFrom(const QByteArray& json)
{
    QList<Tenant> tenants;
    const QJsonArray list = QJsonDocument::fromJson(json).object().value(QLatin1String("tenants")).toArray();
    qint64 id = 0;
    for (const QJsonValue& value : list) {
        const QJsonObject object = value.toObject();
        Tenant tenant;
        tenant.id = ++id;
        tenant.slug = object.value(QLatin1String("slug")).toString();
        tenant.name = object.value(QLatin1String("name")).toString();
        tenant.status =
            tenantStatusFromName(object.value(QLatin1String("status")).toString()).value_or(TenantStatus::Active);
        const QJsonObject endpoints = object.value(QLatin1String("endpoints")).toObject();
        for (const QJsonValue& url : endpoints.value(QLatin1String("health")).toArray())
            tenant.endpoints.append({TenantEndpoint::Kind::Health, url.toString()});
        tenant.endpoints.append({TenantEndpoint::Kind::Host, endpoints.value(QLatin1String("host")).toString()});
        tenants.append(std::move(tenant));
    }
    return tenants;
}

const Alert* findAlert(const AlertService& service, const QString& id)
{
    return service.alert(id);
}

} // namespace

class TestAlertService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void alertmanagerAndOwnRulesMeetInOneList();
    void acknowledgementIsSharedAndSurvivesARestart();
    void prometheusFailingKeepsTheLastGoodDataAndSaysSo();
    void aSilencePushedToAlertmanagerIsLiftedThereToo();
    void aDownServerSuppressesItsClientsAlerts();

private:
    void openStore();
    std::unique_ptr<AlertService> makeService();
    void monitorRound();
    void healthRound();

    std::unique_ptr<Testing::SimFixture> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<StoreWorker> m_store;
    std::unique_ptr<FleetState> m_fleet;
    std::unique_ptr<PlatformMonitor> m_monitor;
    std::unique_ptr<RefreshScheduler> m_scheduler;
    std::unique_ptr<AlertService> m_service;
};

void TestAlertService::initTestCase()
{
    qRegisterMetaType<Fleetdeck::AlertEvent>("Fleetdeck::AlertEvent");
}

void TestAlertService::init()
{
    m_sim = std::make_unique<Testing::SimFixture>();
    Sim::SimOptions options;
    options.tenants = 30;
    options.latencyScale = 0;
    QString error;
    QVERIFY2(m_sim->start(options, &error), qPrintable(error));
    m_dir = std::make_unique<QTemporaryDir>();
    m_http = std::make_unique<HttpClient>();
    m_http->setDelayHook([](std::chrono::milliseconds) { return 0ms; });
    openStore();
    m_fleet = std::make_unique<FleetState>();
    m_fleet->setTenants(tenantsFrom(m_sim->simulator().tenantsJson()));
    m_monitor = std::make_unique<PlatformMonitor>(m_fleet.get(), m_http.get());
    PlatformMonitor::Config config;
    PrometheusClient::Options prometheus;
    prometheus.url = m_sim->url(QStringLiteral("/prometheus"));
    prometheus.maxRetries = 1;
    config.prometheus = prometheus;
    AlertmanagerClient::Options alertmanager;
    alertmanager.url = m_sim->url(QStringLiteral("/alertmanager"));
    config.alertmanager = alertmanager;
    m_monitor->configure(config);
    m_scheduler = std::make_unique<RefreshScheduler>(m_fleet.get(), m_http.get());
    m_service = makeService();
}

void TestAlertService::cleanup()
{
    m_service.reset();
    m_scheduler.reset();
    m_monitor.reset();
    m_fleet.reset();
    m_store.reset();
    m_http.reset();
    m_dir.reset();
    m_sim.reset();
}

void TestAlertService::openStore()
{
    m_store = std::make_unique<StoreWorker>();
    RegistryConnection connection;
    connection.driver = QStringLiteral("sqlite");
    connection.path = m_dir->filePath(QStringLiteral("registry.sqlite"));
    bool registryOpen = false;
    bool cacheOpen = false;
    m_store->openRegistry(connection, QStringLiteral("ana@office"), nullptr,
        [&](Result<StoreWorker::RegistryInfo, StoreError> r) { registryOpen = bool(r); });
    m_store->openCache(m_dir->filePath(QStringLiteral("cache.sqlite")), nullptr,
        [&](Result<QString, StoreError> r) { cacheOpen = bool(r); });
    QTRY_VERIFY(registryOpen && cacheOpen);
}

std::unique_ptr<AlertService> TestAlertService::makeService()
{
    auto service = std::make_unique<AlertService>(m_fleet.get(), m_monitor.get(), m_store.get());
    service->setActor(QStringLiteral("ana@office"));
    return service;
}

void TestAlertService::monitorRound()
{
    QVERIFY(m_monitor->refresh());
    QTRY_VERIFY_WITH_TIMEOUT(!m_monitor->isRefreshing(), 20000);
}

void TestAlertService::healthRound()
{
    QSignalSpy finished(m_scheduler.get(), &RefreshScheduler::healthRoundFinished);
    QVERIFY(m_scheduler->refreshHealth());
    QVERIFY(finished.wait(30000));
}

void TestAlertService::alertmanagerAndOwnRulesMeetInOneList()
{
    monitorRound();
    QCOMPARE(m_fleet->source(PlatformMonitor::kPrometheusSource).state, SourceStatus::State::Ok);
    QCOMPARE(m_fleet->source(PlatformMonitor::kAlertmanagerSource).state, SourceStatus::State::Ok);
    bool ready = false;
    m_service->start([&] { ready = true; });
    QTRY_VERIFY(ready);

    // The near-full server: one alert for the server (not one per file system or per sample), high at 92 %.
    const QString host = m_sim->simulator().nearFullHost();
    const Alert* disk = findAlert(*m_service, QStringLiteral("disk_usage:host:") + host);
    QVERIFY2(disk, qPrintable(host));
    QCOMPARE(disk->severity, AlertSeverity::High);
    QVERIFY(disk->summary.contains(host));
    QVERIFY(disk->summary.contains(QStringLiteral("92")));
    // The client whose backups stopped: named by its name, not its slug.
    const QString stale = m_sim->simulator().staleBackupTenant();
    const Alert* backup = findAlert(*m_service, QStringLiteral("backup_age:") + stale);
    QVERIFY2(backup, qPrintable(stale));
    QVERIFY(backup->subjectIsTenant);
    QCOMPARE(backup->subjectName, m_fleet->tenant(stale)->name);

    // Alertmanager's own alerts are in the same list, one per fingerprint, firing as Alertmanager says.
    int external = 0;
    QSet<QString> fingerprints;
    for (const Alert& a : m_service->alerts()) {
        if (a.origin != Alert::Origin::Alertmanager)
            continue;
        ++external;
        fingerprints.insert(a.fingerprint);
        QCOMPARE(a.id, QStringLiteral("alertmanager:") + a.fingerprint);
    }
    QVERIFY(external > 0);
    QCOMPARE(fingerprints.size(), external);
    // A probe alert on a client's URL belongs to that client, though Alertmanager has no tenant label for it.
    bool mappedByUrl = false;
    for (const Alert& a : m_service->alerts())
        mappedByUrl |= a.origin == Alert::Origin::Alertmanager && a.subjectIsTenant && m_fleet->tenant(a.subject);
    QVERIFY(mappedByUrl);

    // The registry's own latency is one of the platform's components.
    bool registryListed = false;
    for (const PlatformComponent& c : m_monitor->components()) {
        if (c.id == QLatin1String("registry")) {
            registryListed = true;
            QCOMPARE(c.state, PlatformComponent::State::Up);
            QVERIFY2(c.detail.contains(QStringLiteral(" ms")), qPrintable(c.detail));
        }
    }
    QVERIFY(registryListed);

    // A second pass over the same answers changes nothing and raises no new notification.
    QSignalSpy notified(m_service.get(), &AlertService::notification);
    const int before = int(m_service->alerts().size());
    m_service->evaluateNow();
    QCOMPARE(int(m_service->alerts().size()), before);
    QCOMPARE(notified.count(), 0);
}

void TestAlertService::acknowledgementIsSharedAndSurvivesARestart()
{
    monitorRound();
    bool ready = false;
    m_service->start([&] { ready = true; });
    QTRY_VERIFY(ready);
    QString id;
    for (const Alert& a : m_service->alerts()) {
        if (a.needsAttention() && a.origin == Alert::Origin::Alertmanager) {
            id = a.id;
            break;
        }
    }
    QVERIFY(!id.isEmpty());
    const int attentionBefore = m_service->counts().needingAttention();

    std::optional<Result<AlertAnnotation, QString>> written;
    m_service->acknowledge(id, QStringLiteral("marta"), QStringLiteral("restarting the exporter"), this,
        [&](Result<AlertAnnotation, QString> r) { written = std::move(r); });
    QTRY_VERIFY(written.has_value());
    QVERIFY2(*written, qPrintable(*written ? QString() : written->error()));
    QTRY_VERIFY(findAlert(*m_service, id) && findAlert(*m_service, id)->acknowledged);
    QCOMPARE(findAlert(*m_service, id)->owner, QStringLiteral("marta"));
    QCOMPARE(findAlert(*m_service, id)->note, QStringLiteral("restarting the exporter"));
    QCOMPARE(m_service->counts().needingAttention(), attentionBefore - 1);

    // The change is in the history.
    std::optional<Result<QList<AlertHistoryEntry>, QString>> history;
    m_service->history(id, 20, this, [&](Result<QList<AlertHistoryEntry>, QString> r) { history = std::move(r); });
    QTRY_VERIFY(history.has_value());
    QVERIFY(*history);
    bool acknowledgedEvent = false;
    for (const AlertHistoryEntry& e : history->value())
        acknowledgedEvent |= e.event == QLatin1String("acknowledged");
    QVERIFY(acknowledgedEvent);

    // A restart: a new service (a new engine) on the same registry and cache sees the acknowledgement at once.
    m_service.reset();
    auto restarted = makeService();
    bool restartedReady = false;
    restarted->start([&] { restartedReady = true; });
    QTRY_VERIFY(restartedReady);
    const Alert* again = findAlert(*restarted, id);
    QVERIFY(again);
    QVERIFY(again->acknowledged);
    QCOMPARE(again->owner, QStringLiteral("marta"));

    // Opened again: it needs attention once more.
    std::optional<Result<Done, QString>> reopened;
    restarted->unacknowledge(id, this, [&](Result<Done, QString> r) { reopened = std::move(r); });
    QTRY_VERIFY(reopened.has_value());
    QVERIFY(*reopened);
    QTRY_VERIFY(!findAlert(*restarted, id)->acknowledged);
}

void TestAlertService::prometheusFailingKeepsTheLastGoodDataAndSaysSo()
{
    monitorRound();
    bool ready = false;
    m_service->start([&] { ready = true; });
    QTRY_VERIFY(ready);
    const QString diskId = QStringLiteral("disk_usage:host:") + m_sim->simulator().nearFullHost();
    QVERIFY(findAlert(*m_service, diskId));
    const qsizetype filesystems = m_monitor->filesystems().values.size();
    const QDateTime goodAt = m_monitor->filesystems().at;
    QVERIFY(filesystems > 0);

    QVERIFY(m_sim->addFault(
                QJsonObject{{QStringLiteral("path"), QString(QStringLiteral("/prometheus/") + QLatin1Char('*'))},
                    {QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("status"), 503}})
        > 0);
    monitorRound();
    const SourceStatus prometheus = m_fleet->source(PlatformMonitor::kPrometheusSource);
    QCOMPARE(prometheus.state, SourceStatus::State::Failing);
    QVERIFY2(prometheus.error.contains(QStringLiteral("503")), qPrintable(prometheus.error));
    // The last good answer stays, with its age; the error is kept next to it.
    QCOMPARE(m_monitor->filesystems().values.size(), filesystems);
    QCOMPARE(m_monitor->filesystems().at, goodAt);
    QVERIFY(!m_monitor->filesystems().error.isEmpty());
    // No spurious "all clear": the disk alert is still there and not resolved; Prometheus failing is one too.
    m_service->evaluateNow();
    QVERIFY(findAlert(*m_service, diskId));
    QVERIFY(findAlert(*m_service, diskId)->isActive());
    QVERIFY(findAlert(*m_service, QStringLiteral("source_unreachable:source:prometheus")));
}

void TestAlertService::aSilencePushedToAlertmanagerIsLiftedThereToo()
{
    monitorRound();
    bool ready = false;
    m_service->start([&] { ready = true; });
    QTRY_VERIFY(ready);
    QString id;
    for (const Alert& a : m_service->alerts()) {
        if (a.needsAttention() && a.origin == Alert::Origin::Alertmanager) {
            id = a.id;
            break;
        }
    }
    QVERIFY(!id.isEmpty());
    const QString fingerprint = findAlert(*m_service, id)->fingerprint;
    const auto silencedInAlertmanager = [&] {
        for (const ExternalAlert& e : m_monitor->externalAlerts().values) {
            if (e.fingerprint == fingerprint)
                return e.isSilenced();
        }
        return false;
    };

    std::optional<Result<AlertAnnotation, QString>> silenced;
    m_service->silence(id, QDateTime::currentDateTimeUtc().addSecs(3600), QStringLiteral("maintenance window"), true,
        this, [&](Result<AlertAnnotation, QString> r) { silenced = std::move(r); });
    QTRY_VERIFY(silenced.has_value());
    QVERIFY(*silenced);
    // Alertmanager holds the silence too: its own view of the alert says so after the next round.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            monitorRound();
            return silencedInAlertmanager();
        }(),
        20000);
    QVERIFY(findAlert(*m_service, id)->silenced);

    std::optional<Result<Done, QString>> lifted;
    m_service->unacknowledge(id, this, [&](Result<Done, QString> r) { lifted = std::move(r); });
    QTRY_VERIFY(lifted.has_value());
    QVERIFY(*lifted);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            monitorRound();
            return !silencedInAlertmanager();
        }(),
        20000);
    m_service->evaluateNow();
    QVERIFY(!findAlert(*m_service, id)->silenced);
    QVERIFY(findAlert(*m_service, id)->needsAttention());
}

void TestAlertService::aDownServerSuppressesItsClientsAlerts()
{
    // The server with the most active clients goes down: the sites it serves over plain HTTP stop answering (TLS
    // clients are served elsewhere in the simulator).
    QMap<QString, int> monitored; // per host, sorted: the choice is the same on every run
    QMap<QString, int> served;
    for (const Tenant& t : m_fleet->tenants()) {
        if (!t.isMonitored())
            continue;
        ++monitored[t.host()];
        if (!t.healthUrls().constFirst().startsWith(QLatin1String("https")))
            ++served[t.host()];
    }
    QString host;
    for (auto it = served.cbegin(); it != served.cend(); ++it) {
        if (host.isEmpty() || it.value() > served.value(host))
            host = it.key();
    }
    QVERIFY(!host.isEmpty());
    QVERIFY(m_sim->setHostDown(host, true));
    bool ready = false;
    m_service->start([&] { ready = true; });
    QTRY_VERIFY(ready);
    for (int round = 0; round < 2; ++round) {
        monitorRound();
        healthRound();
        m_service->evaluateNow();
    }
    QVERIFY(m_monitor->hostsDown().contains(host));
    const Alert* server = findAlert(*m_service, QStringLiteral("host_down:host:") + host);
    QVERIFY(server);
    QVERIFY(!server->suppressed);
    QCOMPARE(server->affectedTenants, monitored.value(host));
    int suppressed = 0;
    for (const Alert& a : m_service->alerts()) {
        const Tenant* t = a.subjectIsTenant ? m_fleet->tenant(a.subject) : nullptr;
        if (!t || t->host() != host || a.ruleId != QLatin1String("endpoint_down"))
            continue;
        QVERIFY2(a.suppressed, qPrintable(a.id));
        QVERIFY(!a.needsAttention());
        QVERIFY2(a.suppressedReason.contains(host), qPrintable(a.suppressedReason));
        ++suppressed;
    }
    QCOMPARE(suppressed, served.value(host));
}

QTEST_MAIN(TestAlertService)
#include "tst_alertservice.moc"
