#include "core/fleet/fleetstate.h"
#include "core/fleet/refreshscheduler.h"
#include "core/net/httpclient.h"
#include "core/store/tenantimport.h"

#include "tests/support/simfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Fleetdeck;

class TestRefreshScheduler : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void probesEveryMonitoredClientAndClassifiesThem();
    void neverExceedsTheConcurrencyLimit();
    void aDeadHostTakesDownOnlyItsClients();
    void nothingAnsweringKeepsTheLastKnownStateMarkedStale();
    void aForcedDownClientIsReportedWithItsStatus();

private:
    HealthRound runRound(const QStringList& slugs = {});
    std::unique_ptr<Testing::SimFixture> m_sim;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<FleetState> m_fleet;
    std::unique_ptr<RefreshScheduler> m_scheduler;
};

void TestRefreshScheduler::init()
{
    m_sim = std::make_unique<Testing::SimFixture>();
    QString error;
    QVERIFY2(m_sim->start({}, &error), qPrintable(error));
    const auto preview = TenantImport::parse(m_sim->simulator().tenantsJson(), TenantImport::Format::Json, {}, {});
    QVERIFY(preview.fileError.isEmpty());
    QVERIFY(preview.rejected.isEmpty());
    QList<Tenant> tenants;
    for (const auto& a : preview.accepted)
        tenants << a.tenant;
    m_http = std::make_unique<HttpClient>();
    m_http->setExtraCaCertificates(QSslCertificate::fromData(m_sim->simulator().caCertificatePem()));
    m_fleet = std::make_unique<FleetState>();
    m_fleet->setTenants(tenants);
    m_scheduler = std::make_unique<RefreshScheduler>(m_fleet.get(), m_http.get());
    HealthConfig config;
    config.timeoutMs = 5000;
    m_scheduler->setHealthConfig(config);
}

void TestRefreshScheduler::cleanup()
{
    m_scheduler.reset();
    m_http.reset();
    m_fleet.reset();
    m_sim.reset();
}

HealthRound TestRefreshScheduler::runRound(const QStringList& slugs)
{
    QSignalSpy finished(m_scheduler.get(), &RefreshScheduler::healthRoundFinished);
    if (!m_scheduler->refreshHealth(slugs))
        return {};
    if (!finished.wait(30000))
        return {};
    return finished.first().first().value<HealthRound>();
}

void TestRefreshScheduler::probesEveryMonitoredClientAndClassifiesThem()
{
    const HealthRound round = runRound();
    int monitoredEndpoints = 0;
    for (const Tenant& t : m_fleet->tenants())
        monitoredEndpoints += t.isMonitored() ? static_cast<int>(t.healthUrls().size()) : 0;
    QCOMPARE(round.endpoints, monitoredEndpoints);
    QCOMPARE(round.samples.size(), monitoredEndpoints);
    QVERIFY(!round.sourceFailed);

    const FleetSummary s = m_fleet->summary();
    QVERIFY(s.monitored >= 30);
    QVERIFY2(s.degraded >= 2, qPrintable(QString::number(s.degraded)));
    QVERIFY(s.down >= 1);
    QVERIFY(s.up > s.monitored / 2);
    QCOMPARE(s.unknown, 0);
    QVERIFY(s.paused >= 1);

    bool sawTls = false;
    for (const Tenant& t : m_fleet->tenants()) {
        const TenantHealth h = m_fleet->health(t.slug);
        if (!t.isMonitored()) {
            QCOMPARE(h.state, HealthState::Unknown); // suspended and churned clients are not probed
            continue;
        }
        if (h.state == HealthState::Degraded)
            QVERIFY(h.latencyMs > 1000);
        if (h.state == HealthState::Up)
            QCOMPARE(h.httpStatus, 200);
        if (h.tlsExpiresAt.isValid())
            sawTls = true;
        QVERIFY(h.checkedAt.isValid());
    }
    QVERIFY(sawTls);
    QCOMPARE(m_fleet->source(QStringLiteral("health")).state, SourceStatus::State::Ok);
}

void TestRefreshScheduler::neverExceedsTheConcurrencyLimit()
{
    HealthConfig config = m_scheduler->healthConfig();
    config.concurrency = 3;
    m_scheduler->setHealthConfig(config);
    int peak = 0;
    connect(
        m_scheduler.get(), &RefreshScheduler::healthProgress, this, [&] { peak = std::max(peak, m_http->inFlight()); });
    const HealthRound round = runRound();
    QVERIFY(round.endpoints > 30);
    QVERIFY(peak >= 1);
    QVERIFY2(peak <= 3, qPrintable(QString::number(peak)));
}

void TestRefreshScheduler::aDeadHostTakesDownOnlyItsClients()
{
    QVERIFY(m_sim->setHostDown(QStringLiteral("srv-2"), true));
    const HealthRound round = runRound();
    QVERIFY(!round.sourceFailed);
    int onDeadHost = 0;
    for (const Tenant& t : m_fleet->tenants()) {
        if (!t.isMonitored() || t.host() != QLatin1String("srv-2")
            || t.healthUrls().first().startsWith(QStringLiteral("https")))
            continue;
        ++onDeadHost;
        const TenantHealth h = m_fleet->health(t.slug);
        QCOMPARE(h.state, HealthState::Down);
        QVERIFY2(h.error.contains(QStringLiteral("refused")), qPrintable(h.error));
        QVERIFY(!h.stale);
    }
    QVERIFY(onDeadHost >= 3);
}

void TestRefreshScheduler::nothingAnsweringKeepsTheLastKnownStateMarkedStale()
{
    runRound();
    const FleetSummary before = m_fleet->summary();
    QVERIFY(before.up > 0);
    m_sim->stop();

    const HealthRound round = runRound();
    QVERIFY(round.sourceFailed);
    QVERIFY(round.samples.isEmpty());
    QVERIFY2(round.error.contains(QStringLiteral("refused")), qPrintable(round.error));
    const FleetSummary after = m_fleet->summary();
    QCOMPARE(after.up, before.up); // the last known states are kept...
    QCOMPARE(after.down, before.down);
    QCOMPARE(after.stale, after.monitored); // ...and every one is marked stale
    const SourceStatus health = m_fleet->source(QStringLiteral("health"));
    QCOMPARE(health.state, SourceStatus::State::Failing);
    QVERIFY(health.error.contains(QStringLiteral("offline")));
}

void TestRefreshScheduler::aForcedDownClientIsReportedWithItsStatus()
{
    QVERIFY(m_sim->setTenantHealthMode(QStringLiteral("pizza-co"), QStringLiteral("down")));
    runRound({QStringLiteral("pizza-co")});
    const TenantHealth h = m_fleet->health(QStringLiteral("pizza-co"));
    QCOMPARE(h.state, HealthState::Down);
    QCOMPARE(h.httpStatus, 503);
    QCOMPARE(h.error, QStringLiteral("answered HTTP 503"));
    // Only the asked-for client was probed.
    int checked = 0;
    for (const Tenant& t : m_fleet->tenants())
        checked += m_fleet->health(t.slug).checkedAt.isValid() ? 1 : 0;
    QCOMPARE(checked, 1);
}

QTEST_GUILESS_MAIN(TestRefreshScheduler)
#include "tst_refreshscheduler.moc"
