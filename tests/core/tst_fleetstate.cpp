#include "core/fleet/fleetstate.h"
#include "core/fleet/statusreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Fleetdeck;

namespace {

Tenant makeTenant(
    const QString& slug, const QString& name, const QStringList& urls, TenantStatus status = TenantStatus::Active)
{
    Tenant t;
    t.slug = slug;
    t.name = name;
    t.status = status;
    for (const QString& url : urls)
        t.endpoints.append({TenantEndpoint::Kind::Health, url});
    return t;
}

HealthSample sample(const QString& slug, const QString& url, HealthState state, int latency, int ageSeconds = 0,
    const QString& error = {})
{
    HealthSample s;
    s.tenantSlug = slug;
    s.url = url;
    s.state = state;
    s.latencyMs = latency;
    s.httpStatus = state == HealthState::Down ? 503 : 200;
    s.checkedAt = QDateTime::currentDateTimeUtc().addSecs(-ageSeconds);
    s.error = error;
    return s;
}

const QString kA1 = QStringLiteral("https://a.example/health");
const QString kA2 = QStringLiteral("https://a.example/api/health");
const QString kB = QStringLiteral("https://b.example/health");
const QString kC = QStringLiteral("https://c.example/health");

} // namespace

class TestFleetState : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_fleet = std::make_unique<FleetState>();
        m_fleet->setTenants({makeTenant(QStringLiteral("alpha"), QStringLiteral("Alpha Dental"), {kA1, kA2}),
            makeTenant(QStringLiteral("bravo"), QStringLiteral("Bravo Bakery"), {kB}),
            makeTenant(QStringLiteral("charlie"), QStringLiteral("Charlie Cars"), {kC}, TenantStatus::Suspended)});
        m_fleet->sourceSucceeded(QStringLiteral("health"), QStringLiteral("Health checks"));
    }

    void aTenantIsAsBadAsItsWorstEndpoint()
    {
        QSignalSpy changed(m_fleet.get(), &FleetState::healthChanged);
        m_fleet->applyHealth({sample(QStringLiteral("alpha"), kA1, HealthState::Up, 120),
            sample(QStringLiteral("alpha"), kA2, HealthState::Degraded, 1500, 0, QStringLiteral("slow"))});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toStringList(), QStringList{QStringLiteral("alpha")});
        const TenantHealth h = m_fleet->health(QStringLiteral("alpha"));
        QCOMPARE(h.state, HealthState::Degraded);
        QCOMPARE(h.latencyMs, 1500);
        QCOMPARE(h.error, QStringLiteral("slow"));
        QCOMPARE(h.endpoints.size(), 2);
        QVERIFY(!h.stale);
    }

    void aFailingSourceKeepsTheLastGoodValueMarkedStale()
    {
        m_fleet->applyHealth({sample(QStringLiteral("bravo"), kB, HealthState::Up, 80)});
        m_fleet->markHealthStale({QStringLiteral("bravo")}, QStringLiteral("nothing answered"));
        const TenantHealth h = m_fleet->health(QStringLiteral("bravo"));
        QCOMPARE(h.state, HealthState::Up);
        QCOMPARE(h.latencyMs, 80);
        QVERIFY(h.stale);
        QCOMPARE(h.staleReason, QStringLiteral("nothing answered"));
        // A fresh answer clears it.
        m_fleet->applyHealth({sample(QStringLiteral("bravo"), kB, HealthState::Up, 90)});
        QVERIFY(!m_fleet->health(QStringLiteral("bravo")).stale);
    }

    void oldDataIsStaleEvenWhenTheSourceIsFine()
    {
        m_fleet->setStaleAfter(std::chrono::seconds(90));
        m_fleet->applyHealth({sample(QStringLiteral("bravo"), kB, HealthState::Up, 80, 600)});
        QVERIFY(m_fleet->health(QStringLiteral("bravo")).stale);
        QVERIFY(m_fleet->health(QStringLiteral("bravo")).staleReason.contains(QStringLiteral("90")));
    }

    void cachedSamplesAreShownStale()
    {
        m_fleet->restoreHealth({sample(QStringLiteral("bravo"), kB, HealthState::Down, -1, 3600),
            sample(QStringLiteral("ghost"), QStringLiteral("https://ghost/health"), HealthState::Up, 1)});
        const TenantHealth h = m_fleet->health(QStringLiteral("bravo"));
        QCOMPARE(h.state, HealthState::Down);
        QVERIFY(h.stale);
        QVERIFY(h.staleReason.contains(QStringLiteral("cache")));
        QCOMPARE(m_fleet->health(QStringLiteral("ghost")).state, HealthState::Unknown);
    }

    void reloadingTenantsKeepsWhatIsKnown()
    {
        m_fleet->applyHealth({sample(QStringLiteral("bravo"), kB, HealthState::Up, 80)});
        QSignalSpy reset(m_fleet.get(), &FleetState::tenantsReset);
        auto tenants = m_fleet->tenants();
        tenants.removeFirst(); // alpha removed from the registry
        m_fleet->setTenants(tenants);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_fleet->health(QStringLiteral("bravo")).latencyMs, 80);
        QVERIFY(!m_fleet->tenant(QStringLiteral("alpha")));
        QCOMPARE(m_fleet->indexOf(QStringLiteral("charlie")), 1);
    }

    void summaryCountsOnlyMonitoredClients()
    {
        m_fleet->applyHealth({sample(QStringLiteral("alpha"), kA1, HealthState::Up, 1),
            sample(QStringLiteral("alpha"), kA2, HealthState::Up, 1),
            sample(QStringLiteral("bravo"), kB, HealthState::Down, -1)});
        const FleetSummary s = m_fleet->summary();
        QCOMPARE(s.monitored, 2);
        QCOMPARE(s.up, 1);
        QCOMPARE(s.down, 1);
        QCOMPARE(s.paused, 1);
    }

    void exitCodesFollowTheWorstState()
    {
        QCOMPARE(StatusReport(*m_fleet).exitCode(), 3); // nothing checked yet
        m_fleet->applyHealth({sample(QStringLiteral("alpha"), kA1, HealthState::Up, 1),
            sample(QStringLiteral("alpha"), kA2, HealthState::Up, 1),
            sample(QStringLiteral("bravo"), kB, HealthState::Up, 1)});
        QCOMPARE(StatusReport(*m_fleet).exitCode(), 0);
        m_fleet->applyHealth({sample(QStringLiteral("bravo"), kB, HealthState::Degraded, 1400)});
        StatusReport warning(*m_fleet);
        QCOMPARE(warning.exitCode(), 1);
        QVERIFY(warning.reasons().join(QLatin1Char(' ')).contains(QStringLiteral("Bravo Bakery")));
        m_fleet->applyHealth(
            {sample(QStringLiteral("alpha"), kA2, HealthState::Down, -1, 0, QStringLiteral("answered HTTP 503"))});
        StatusReport critical(*m_fleet);
        QCOMPARE(critical.exitCode(), 2);
        QVERIFY(critical.reasons().first().contains(QStringLiteral("Alpha Dental")));
        // One client's report is about that client only.
        QCOMPARE(StatusReport(*m_fleet, QStringLiteral("bravo")).exitCode(), 1);
        QCOMPARE(StatusReport(*m_fleet, QStringLiteral("charlie")).exitCode(), 3); // suspended: not monitored
        // When the checks themselves fail, nobody can say: unknown.
        m_fleet->sourceFailed(QStringLiteral("health"), QStringLiteral("Health checks"), QStringLiteral("offline"));
        StatusReport unknown(*m_fleet);
        QCOMPARE(unknown.exitCode(), 3);
        QCOMPARE(unknown.reasons(), QStringList{QStringLiteral("offline")});
    }

    void aCertificateCloseToExpiryIsAWarning()
    {
        auto a = sample(QStringLiteral("alpha"), kA1, HealthState::Up, 1);
        a.tlsExpiresAt = QDateTime::currentDateTimeUtc().addDays(5);
        m_fleet->applyHealth({a, sample(QStringLiteral("alpha"), kA2, HealthState::Up, 1),
            sample(QStringLiteral("bravo"), kB, HealthState::Up, 1)});
        StatusReport report(*m_fleet);
        QCOMPARE(report.exitCode(), 1);
        QVERIFY(report.reasons().first().contains(QStringLiteral("TLS")));
    }

    void jsonCarriesEveryDocumentedField()
    {
        m_fleet->applyHealth(
            {sample(QStringLiteral("bravo"), kB, HealthState::Down, -1, 0, QStringLiteral("answered HTTP 503"))});
        const QJsonObject root = QJsonDocument::fromJson(StatusReport(*m_fleet).toJson()).object();
        QVERIFY(root.contains(QStringLiteral("generatedAt")));
        QCOMPARE(root.value(QStringLiteral("overall")).toString(), QStringLiteral("critical"));
        const QJsonArray tenants = root.value(QStringLiteral("tenants")).toArray();
        QCOMPARE(tenants.size(), 3);
        QJsonObject bravo;
        for (const auto& t : tenants) {
            if (t.toObject().value(QStringLiteral("slug")).toString() == QLatin1String("bravo"))
                bravo = t.toObject();
        }
        QCOMPARE(bravo.value(QStringLiteral("name")).toString(), QStringLiteral("Bravo Bakery"));
        QCOMPARE(bravo.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        const QJsonObject health = bravo.value(QStringLiteral("health")).toObject();
        for (const char* key : {"state", "latencyMs", "httpStatus", "tlsExpiresAt", "checkedAt", "stale", "error"})
            QVERIFY2(health.contains(QLatin1String(key)), key);
        QCOMPARE(health.value(QStringLiteral("state")).toString(), QStringLiteral("down"));
        QCOMPARE(health.value(QStringLiteral("httpStatus")).toInt(), 503);
        QCOMPARE(health.value(QStringLiteral("error")).toString(), QStringLiteral("answered HTTP 503"));
        QVERIFY(root.value(QStringLiteral("sources")).toArray().size() >= 1);
    }

    void tableListsWhatNeedsAttentionFirst()
    {
        m_fleet->applyHealth({sample(QStringLiteral("alpha"), kA1, HealthState::Up, 100),
            sample(QStringLiteral("alpha"), kA2, HealthState::Up, 1234),
            sample(QStringLiteral("bravo"), kB, HealthState::Down, -1, 0, QStringLiteral("answered HTTP 503"))});
        const QString text = StatusReport(*m_fleet).toText(false);
        QVERIFY(text.startsWith(QStringLiteral("Fleet status: CRITICAL")));
        QVERIFY(text.indexOf(QStringLiteral("Bravo Bakery")) < text.indexOf(QStringLiteral("Alpha Dental")));
        QVERIFY(text.contains(QStringLiteral("1,234 ms")) || text.contains(QStringLiteral("1234 ms")));
        QVERIFY(!text.contains(QStringLiteral("\x1b[")));
        QVERIFY(StatusReport(*m_fleet).toText(true).contains(QStringLiteral("\x1b[")));
    }

private:
    std::unique_ptr<FleetState> m_fleet;
};

QTEST_GUILESS_MAIN(TestFleetState)
#include "tst_fleetstate.moc"
