#include "core/fleet/fleetstate.h"
#include "ui/models/auditlogmodel.h"
#include "ui/preferences.h"
#include "ui/shell/trayicon.h"

#include <QAbstractItemModelTester>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Fleetdeck;

namespace {

Tenant makeTenant(const QString& slug, const QString& name)
{
    Tenant t;
    t.slug = slug;
    t.name = name;
    t.endpoints.append({TenantEndpoint::Kind::Health, QStringLiteral("https://%1.example/health").arg(slug)});
    return t;
}

HealthSample sample(const Tenant& t, HealthState state, const QString& error = {})
{
    HealthSample s;
    s.tenantSlug = t.slug;
    s.url = t.healthUrls().first();
    s.state = state;
    s.latencyMs = state == HealthState::Down ? -1 : 120;
    s.checkedAt = QDateTime::currentDateTimeUtc();
    s.error = error;
    return s;
}

} // namespace

class TestTrayIcon : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void init()
    {
        m_fleet = std::make_unique<FleetState>();
        for (int i = 0; i < 6; ++i)
            m_tenants << makeTenant(QStringLiteral("c%1").arg(i), QStringLiteral("Client %1").arg(i));
        m_fleet->setTenants(m_tenants);
        m_preferences = std::make_unique<Preferences>();
        m_tray = std::make_unique<TrayIcon>(m_fleet.get(), m_preferences.get());
    }
    void cleanup()
    {
        m_tray.reset();
        m_preferences.reset();
        m_fleet.reset();
        m_tenants.clear();
    }

    void aClientGoingDownRaisesOneNotificationNamingItAndWhy()
    {
        QSignalSpy notified(m_tray.get(), &TrayIcon::notified);
        m_fleet->applyHealth({sample(m_tenants[0], HealthState::Up)});
        QCOMPARE(notified.count(), 0); // the first sighting is not news
        m_fleet->applyHealth({sample(m_tenants[0], HealthState::Down, QStringLiteral("answered HTTP 503"))});
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Client 0 is down"));
        QCOMPARE(notified.first().at(1).toString(), QStringLiteral("answered HTTP 503"));
        // Still down on the next round: no repeat.
        m_fleet->applyHealth({sample(m_tenants[0], HealthState::Down, QStringLiteral("answered HTTP 503"))});
        QCOMPARE(notified.count(), 1);
        QCOMPARE(m_tray->worstState(), HealthState::Down);
        QVERIFY(m_tray->toolTip().contains(QStringLiteral("1 down")));
    }

    void manyAtOnceBecomeOneSummary()
    {
        QList<HealthSample> up, down;
        for (const Tenant& t : std::as_const(m_tenants)) {
            up << sample(t, HealthState::Up);
            down << sample(t, HealthState::Down, QStringLiteral("connection refused"));
        }
        m_fleet->applyHealth(up);
        QSignalSpy notified(m_tray.get(), &TrayIcon::notified);
        m_fleet->applyHealth(down);
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("6 clients went down"));
        QVERIFY(notified.first().at(1).toString().contains(QStringLiteral("and 3 more")));
    }

    void degradedRespectsThePreferenceAndStaleDataIsNotNews()
    {
        m_fleet->applyHealth({sample(m_tenants[1], HealthState::Up), sample(m_tenants[2], HealthState::Up)});
        QSignalSpy notified(m_tray.get(), &TrayIcon::notified);
        m_preferences->setNotifyOnDegraded(false);
        m_fleet->applyHealth({sample(m_tenants[1], HealthState::Degraded, QStringLiteral("slow"))});
        QCOMPARE(notified.count(), 0);
        m_preferences->setNotifyOnDegraded(true);
        m_fleet->markHealthStale({m_tenants[2].slug}, QStringLiteral("offline"));
        QCOMPARE(notified.count(), 0);
        m_fleet->applyHealth({sample(m_tenants[2], HealthState::Degraded, QStringLiteral("slow: 1400 ms"))});
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Client 2 is degraded"));
    }

    void theMenuListsWhatIsDown()
    {
        m_fleet->applyHealth({sample(m_tenants[3], HealthState::Down), sample(m_tenants[4], HealthState::Up)});
        QStringList texts;
        for (QAction* a : m_tray->menu()->actions())
            texts << a->text();
        QVERIFY(texts.contains(QStringLiteral("Client 3")));
        QVERIFY(!texts.contains(QStringLiteral("Client 4")));
        QSignalSpy requested(m_tray.get(), &TrayIcon::tenantRequested);
        for (QAction* a : m_tray->menu()->actions()) {
            if (a->text() == QLatin1String("Client 3"))
                a->trigger();
        }
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("c3"));
    }

    void theAuditModelKeepsItsContract()
    {
        AuditLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AuditEntry e;
        e.at = QDateTime::currentDateTimeUtc();
        e.actor = QStringLiteral("ana@office");
        e.action = QStringLiteral("tenant.suspend");
        e.target = QStringLiteral("pizza-co");
        e.details = QStringLiteral(R"({"status":"active → suspended"})");
        model.setEntries({e, e});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, AuditLogModel::ActionColumn).data().toString(), QStringLiteral("Client suspended"));
        QCOMPARE(model.index(0, AuditLogModel::DetailsColumn).data().toString(),
            QStringLiteral("status: active → suspended"));
    }

private:
    QList<Tenant> m_tenants;
    std::unique_ptr<FleetState> m_fleet;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<TrayIcon> m_tray;
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
