// The generated fleet: deterministic per seed, the named tenants first, realistic statuses and health
// behaviour, smooth latency drift, and fast enough for 10,000 tenants.
#include "core/domain/tenant.h"
#include "sim/simfleet.h"
#include "sim/simulator.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace Fleetdeck;
using namespace Fleetdeck::Sim;

class TestSimFleet : public QObject
{
    Q_OBJECT

private:
    static QStringList describe(const SimFleet& fleet)
    {
        QStringList lines;
        for (const SimTenant& t : fleet.tenants())
            lines << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
                         .arg(t.slug, t.name, tenantStatusName(t.status), t.plan, t.contact, t.hostName,
                             t.stripeCustomer, healthModeName(t.mode), QString::number(t.tlsSlot))
                    + QString::number(t.createdSecs) + QString::number(t.normalBaseMs);
        return lines;
    }

private slots:
    void sameSeedGivesSameFleet()
    {
        QCOMPARE(describe(SimFleet::generate(40, 1, 4)), describe(SimFleet::generate(40, 1, 4)));
        QCOMPARE(describe(SimFleet::generate(500, 77, 3)), describe(SimFleet::generate(500, 77, 3)));
    }

    void differentSeedGivesDifferentFleet()
    {
        const QStringList one = describe(SimFleet::generate(40, 1, 4));
        const QStringList two = describe(SimFleet::generate(40, 2, 4));
        QVERIFY(one != two);
        // ... but the named tenants stay first whatever the seed.
        QCOMPARE(SimFleet::generate(40, 2, 4).tenants().at(0).slug, QStringLiteral("pizza-co"));
    }

    void namedTenantsComeFirstActiveAndHealthy()
    {
        const SimFleet fleet = SimFleet::generate(SimOptions{}.tenants, 1, 4);
        const QStringList names{
            QStringLiteral("Pizza Co"), QStringLiteral("Joe's Plumbing"), QStringLiteral("Mike's HVAC")};
        const QStringList slugs{
            QStringLiteral("pizza-co"), QStringLiteral("joes-plumbing"), QStringLiteral("mikes-hvac")};
        for (int i = 0; i < 3; ++i) {
            const SimTenant& tenant = fleet.tenants().at(i);
            QCOMPARE(tenant.name, names.at(i));
            QCOMPARE(tenant.slug, slugs.at(i));
            QCOMPARE(tenant.status, TenantStatus::Active);
            QCOMPARE(tenant.mode, HealthMode::Up);
            QCOMPARE(tenant.tlsSlot, -1);
            QVERIFY(fleet.find(slugs.at(i)) == &tenant);
        }
        QCOMPARE(fleet.tenants().at(0).contact, QStringLiteral("owner@pizzaco.example"));
        QCOMPARE(fleet.tenants().at(0).hostName, QStringLiteral("srv-1"));
        QCOMPARE(SimFleet::slugFor(QStringLiteral("Joe's Plumbing")), QStringLiteral("joes-plumbing"));
        QCOMPARE(SimFleet::slugFor(QStringLiteral("Tire & Auto  2")), QStringLiteral("tire-auto-2"));
    }

    void defaultFleetHasFortyRealisticTenants()
    {
        const SimFleet fleet = SimFleet::generate(SimOptions{}.tenants, 1, 4);
        QCOMPARE(fleet.size(), 40);
        QSet<QString> slugs;
        QSet<QString> names;
        QSet<QString> customers;
        QSet<QString> hosts;
        const QRegularExpression customerPattern(QStringLiteral("^cus_[A-Za-z0-9]{14}$"));
        const QStringList planCodes{
            QStringLiteral("starter"), QStringLiteral("growth"), QStringLiteral("pro"), QStringLiteral("agency")};
        for (const SimTenant& tenant : fleet.tenants()) {
            QVERIFY2(isValidSlug(tenant.slug), qPrintable(tenant.slug));
            QCOMPARE(tenant.slug, tenant.slug.toLower());
            slugs.insert(tenant.slug);
            names.insert(tenant.name);
            customers.insert(tenant.stripeCustomer);
            hosts.insert(tenant.hostName);
            QVERIFY2(customerPattern.match(tenant.stripeCustomer).hasMatch(), qPrintable(tenant.stripeCustomer));
            QVERIFY(planCodes.contains(tenant.plan));
            QVERIFY(tenant.contact.contains(QLatin1Char('@')));
            QCOMPARE(tenant.evolutionInstance, tenant.slug);
            QCOMPARE(tenant.n8nTag, tenant.slug);
            QCOMPARE(tenant.okBody, QByteArray(R"({"status":"ok","tenant":")" + tenant.slug.toUtf8() + R"("})"));
        }
        QCOMPARE(slugs.size(), 40);
        QCOMPARE(names.size(), 40);
        QCOMPARE(customers.size(), 40);
        QCOMPARE(hosts.size(), 4);
    }

    void statusesAreMostlyActive()
    {
        const SimFleet fleet = SimFleet::generate(40, 1, 4);
        int suspended = 0;
        int churned = 0;
        for (const SimTenant& tenant : fleet.tenants()) {
            suspended += tenant.status == TenantStatus::Suspended;
            churned += tenant.status == TenantStatus::Churned;
        }
        QCOMPARE(suspended, 2);
        QCOMPARE(churned, 1);
    }

    void healthBehaviourIsSpreadOverActiveTenants()
    {
        for (quint64 seed : {1ULL, 2ULL, 3ULL, 42ULL}) {
            const SimFleet fleet = SimFleet::generate(40, seed, 4);
            const QStringList down = fleet.slugsWithMode(HealthMode::Down);
            const QStringList degraded = fleet.slugsWithMode(HealthMode::Degraded);
            const QStringList tls = fleet.tlsSlugs();
            QCOMPARE(down.size(), 1);
            QVERIFY2(degraded.size() >= 3 && degraded.size() <= 4, qPrintable(degraded.join(QLatin1Char(','))));
            QCOMPARE(tls.size(), SimFleet::kTlsSlotCount);
            QVERIFY(tls.at(0) != down.at(0)); // the expired certificate is not the 503 tenant
            QSet<QString> distinct(tls.cbegin(), tls.cend());
            distinct.insert(down.at(0));
            for (const QString& slug : degraded)
                distinct.insert(slug);
            QCOMPARE(distinct.size(), 1 + SimFleet::kTlsSlotCount + int(degraded.size()));
            for (const QString& slug : std::as_const(distinct))
                QCOMPARE(fleet.find(slug)->status, TenantStatus::Active);
        }
    }

    void latencyDriftsSmoothlyWithinItsRange()
    {
        const SimFleet fleet = SimFleet::generate(40, 1, 4);
        const qint64 start = 1'700'000'000'000;
        for (const SimTenant& tenant : fleet.tenants()) {
            QSet<int> seen;
            for (int minute = 0; minute < 120; ++minute) {
                const qint64 at = start + qint64(minute) * 60'000;
                const int normal = tenant.latencyAt(at, false);
                const int degraded = tenant.latencyAt(at, true);
                QVERIFY2(normal >= 20 && normal <= 250, qPrintable(QString::number(normal)));
                QVERIFY2(degraded >= 1200 && degraded <= 1900, qPrintable(QString::number(degraded)));
                seen.insert(normal);
                // Smooth: one second later it has moved by a few ms at most.
                QVERIFY(std::abs(tenant.latencyAt(at + 1000, false) - normal) <= 5);
            }
            QVERIFY2(seen.size() > 5, qPrintable(tenant.slug)); // it does drift
        }
    }

    void plansAreInMinorUnits()
    {
        const QList<Plan> plans = SimFleet::plans();
        QCOMPARE(plans.size(), 4);
        QCOMPARE(plans.at(0).code, QStringLiteral("starter"));
        QCOMPARE(plans.at(0).amountMinor, 4900);
        QCOMPARE(plans.at(1).amountMinor, 14900);
        QCOMPARE(plans.at(2).amountMinor, 39900);
        QCOMPARE(plans.at(3).code, QStringLiteral("agency"));
        QCOMPARE(plans.at(3).amountMinor, 99900);
        for (const Plan& plan : plans) {
            QCOMPARE(plan.currency, QStringLiteral("usd"));
            QCOMPARE(plan.interval, QStringLiteral("month"));
        }
    }

    void scalesToTenThousandTenants()
    {
        QElapsedTimer timer;
        timer.start();
        const SimFleet fleet = SimFleet::generate(10000, 1, 4);
        const qint64 generateMs = timer.elapsed();
        QCOMPARE(fleet.size(), 10000);
        QSet<QString> slugs;
        for (const SimTenant& tenant : fleet.tenants()) {
            QVERIFY(isValidSlug(tenant.slug));
            slugs.insert(tenant.slug);
        }
        QCOMPARE(slugs.size(), 10000);
        QCOMPARE(fleet.slugsWithMode(HealthMode::Down).size(), 1);
        QVERIFY2(generateMs < 1500, qPrintable(QStringLiteral("%1 ms").arg(generateMs)));
    }
};

QTEST_GUILESS_MAIN(TestSimFleet)
#include "tst_simfleet.moc"
