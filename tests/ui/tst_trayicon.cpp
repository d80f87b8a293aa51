#include "core/engine/alertevent.h"
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

AlertEvent alertEvent(const Tenant& t, AlertSeverity severity, const QString& summary)
{
    AlertEvent e;
    e.kind = AlertEvent::Kind::Fired;
    e.notify = true;
    e.summary = summary;
    e.alert.id = QStringLiteral("endpoint_down:") + t.slug;
    e.alert.subject = t.slug;
    e.alert.subjectName = t.name;
    e.alert.subjectIsTenant = true;
    e.alert.state = Alert::State::Firing;
    e.alert.severity = severity;
    e.alert.summary = summary;
    return e;
}

QDateTime daytime()
{
    return QDateTime(QDate(2026, 11, 21), QTime(14, 0));
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
        QSettings().clear();
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

    void aFiringAlertRaisesOneNotificationNamingTheClientAndWhy()
    {
        QSignalSpy notified(m_tray.get(), &TrayIcon::notified);
        const AlertEvent fired =
            alertEvent(m_tenants[0], AlertSeverity::Critical, QStringLiteral("Client 0 is down: HTTP 503"));
        QVERIFY(m_tray->notifyAlert(fired, daytime()));
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Critical: Client 0"));
        QCOMPARE(notified.first().at(1).toString(), QStringLiteral("Client 0 is down: HTTP 503"));
        // The engine marks what is not news (notify = false): nothing is shown.
        AlertEvent again = fired;
        again.notify = false;
        QVERIFY(!m_tray->notifyAlert(again, daytime()));
        QCOMPARE(notified.count(), 1);
    }

    void onlyTheChosenSeveritiesNotify()
    {
        QVERIFY(
            !m_tray->notifyAlert(alertEvent(m_tenants[1], AlertSeverity::Medium, QStringLiteral("disk")), daytime()));
        QVERIFY(m_tray->notifyAlert(alertEvent(m_tenants[1], AlertSeverity::High, QStringLiteral("slow")), daytime()));
        m_preferences->setNotifySeverity(AlertSeverity::Medium, true);
        m_preferences->setNotifySeverity(AlertSeverity::High, false);
        QVERIFY(
            m_tray->notifyAlert(alertEvent(m_tenants[1], AlertSeverity::Medium, QStringLiteral("disk")), daytime()));
        QVERIFY(!m_tray->notifyAlert(alertEvent(m_tenants[1], AlertSeverity::High, QStringLiteral("slow")), daytime()));
    }

    void quietHoursHoldAllButCriticalAndMutesExpire()
    {
        Preferences::QuietHours quiet;
        quiet.enabled = true;
        quiet.from = QTime(22, 0);
        quiet.to = QTime(7, 0);
        m_preferences->setQuietHours(quiet);
        const QDateTime night(QDate(2026, 11, 21), QTime(23, 30));
        QVERIFY(!m_tray->notifyAlert(alertEvent(m_tenants[2], AlertSeverity::High, QStringLiteral("slow")), night));
        QVERIFY(m_tray->notifyAlert(alertEvent(m_tenants[2], AlertSeverity::Critical, QStringLiteral("down")), night));
        quiet.criticalBreaksThrough = false;
        m_preferences->setQuietHours(quiet);
        QVERIFY(!m_tray->notifyAlert(alertEvent(m_tenants[2], AlertSeverity::Critical, QStringLiteral("down")), night));
        QVERIFY(
            m_tray->notifyAlert(alertEvent(m_tenants[2], AlertSeverity::Critical, QStringLiteral("down")), daytime()));

        // A muted client stays quiet until the mute expires, then speaks again (outside quiet hours).
        m_preferences->setQuietHours({});
        const QDateTime now = QDateTime::currentDateTime();
        m_preferences->setMutedUntil(m_tenants[3].slug, now.toUTC().addSecs(3600));
        QVERIFY(!m_tray->notifyAlert(alertEvent(m_tenants[3], AlertSeverity::Critical, QStringLiteral("down")), now));
        QVERIFY(m_tray->notifyAlert(alertEvent(m_tenants[4], AlertSeverity::Critical, QStringLiteral("down")), now));
        QVERIFY(m_tray->notifyAlert(
            alertEvent(m_tenants[3], AlertSeverity::Critical, QStringLiteral("down")), now.addSecs(2 * 3600)));
        m_preferences->setMutedUntil(m_tenants[3].slug, {});
        QVERIFY(m_preferences->mutes().isEmpty());
    }

    void alertsColourTheIconAndFillTheMenu()
    {
        m_fleet->applyHealth({sample(m_tenants[4], HealthState::Up)});
        QCOMPARE(m_tray->worstState(), HealthState::Up);
        Alert disk =
            alertEvent(m_tenants[4], AlertSeverity::High, QStringLiteral("The disk of Client 4 is 93 % full")).alert;
        m_tray->setAlerts({disk});
        QCOMPARE(m_tray->worstSeverity(), std::optional<AlertSeverity>(AlertSeverity::High));
        QCOMPARE(m_tray->worstState(), HealthState::Down); // red: something needs attention now
        QVERIFY2(m_tray->toolTip().contains(QStringLiteral("need attention")), qPrintable(m_tray->toolTip()));
        QMenu* sub = nullptr;
        for (QAction* a : m_tray->menu()->actions()) {
            if (a->menu() && a->text().contains(QStringLiteral("93 % full")))
                sub = a->menu();
        }
        QVERIFY(sub);
        QSignalSpy requested(m_tray.get(), &TrayIcon::tenantRequested);
        for (QAction* a : sub->actions()) {
            if (a->text() == QLatin1String("Open Client 4"))
                a->trigger();
            if (a->text().startsWith(QLatin1String("Mute notifications about Client 4 for 8 hour")))
                a->trigger();
        }
        QCOMPARE(requested.count(), 1);
        QVERIFY(m_preferences->mutedUntil(m_tenants[4].slug).isValid());
        // Acknowledged: no longer needs attention, the icon follows the sites again.
        disk.acknowledged = true;
        m_tray->setAlerts({disk});
        QCOMPARE(m_tray->worstState(), HealthState::Up);
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
