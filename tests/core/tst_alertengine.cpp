#include "core/engine/alertengine.h"
#include "core/engine/alertnames.h"
#include "core/engine/observationbuilder.h"
#include "core/fleet/fleetstate.h"
#include "core/store/localcache.h"
#include "core/store/registry.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Fleetdeck;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QDateTime kStart = QDateTime::fromString(u"2026-03-01T00:00:00.000Z"_s, Qt::ISODateWithMs).toUTC();

Tenant tenant(const QString& slug, const QString& name, const QString& host = {})
{
    Tenant t;
    t.slug = slug;
    t.name = name;
    if (!host.isEmpty())
        t.endpoints.append({TenantEndpoint::Kind::Host, host});
    return t;
}

// A console's view over time: the inputs of the next pass, and every event so far.
class Harness
{
public:
    explicit Harness(AlertRuleSet rules = AlertRuleSet::defaults())
        : engine(std::move(rules))
    {
    }

    // The latest value of (metric, subject), measured `at` seconds after kStart (replaces the previous one).
    void observe(const QString& metric, const QString& subject, double value, qint64 at, const QString& detail = {})
    {
        for (Observation& o : input.observations) {
            if (o.metric == metric && o.subject == subject) {
                o = {metric, subject, value, kStart.addSecs(at), detail};
                return;
            }
        }
        input.observations.append({metric, subject, value, kStart.addSecs(at), detail});
    }
    AlertEvaluation pass(qint64 at)
    {
        input.now = kStart.addSecs(at);
        AlertEvaluation result = engine.evaluate(input);
        events += result.events;
        last = result;
        return result;
    }
    // One sample of each given observation every `step` seconds, in [from, to], a pass after each.
    void run(qint64 from, qint64 to, qint64 step, const std::function<void(qint64)>& sampleAt)
    {
        for (qint64 at = from; at <= to; at += step) {
            sampleAt(at);
            pass(at);
        }
    }
    [[nodiscard]] const Alert* alert(const QString& id) const
    {
        for (const Alert& a : last.alerts) {
            if (a.id == id)
                return &a;
        }
        return nullptr;
    }
    [[nodiscard]] QStringList notified() const
    {
        QStringList kinds;
        for (const AlertEvent& e : events) {
            if (e.notify)
                kinds << AlertEvent::kindName(e.kind) + u' ' + e.alert.id;
        }
        return kinds;
    }
    [[nodiscard]] QStringList eventsOf(const QString& id) const
    {
        QStringList kinds;
        for (const AlertEvent& e : events) {
            if (e.alert.id == id)
                kinds << AlertEvent::kindName(e.kind);
        }
        return kinds;
    }

    AlertEngine engine;
    EvaluationInput input;
    AlertEvaluation last;
    QList<AlertEvent> events;
};

// "firing:high", "pending:critical", "-" (no alert)
QString stateOf(const Alert* alert)
{
    if (!alert)
        return u"-"_s;
    return alertStateName(alert->state) + u':' + alertSeverityName(alert->severity);
}

AlertAnnotation acknowledgement(const QString& id, const QString& owner, qint64 at, const QString& note = {})
{
    AlertAnnotation a;
    a.alertId = id;
    a.state = AlertAnnotation::State::Acknowledged;
    a.owner = owner;
    a.note = note;
    a.updatedBy = owner;
    a.updatedAt = kStart.addSecs(at);
    return a;
}

AlertAnnotation silence(const QString& id, qint64 at, qint64 until)
{
    AlertAnnotation a;
    a.alertId = id;
    a.state = AlertAnnotation::State::Silenced;
    a.owner = u"alice"_s;
    a.updatedBy = u"alice"_s;
    a.updatedAt = kStart.addSecs(at);
    a.silencedUntil = kStart.addSecs(until);
    return a;
}

ExternalAlert externalAlert(const QString& fingerprint, const QString& name, const QMap<QString, QString>& labels)
{
    ExternalAlert a;
    a.fingerprint = fingerprint;
    a.labels = labels;
    a.labels.insert(u"alertname"_s, name);
    a.annotations.insert(u"summary"_s, u"Blackbox probe failed for https://pizza.example.test/"_s);
    a.state = ExternalAlert::State::Active;
    a.startsAt = kStart.addSecs(-300);
    a.endsAt = kStart.addSecs(3600 * 24);
    return a;
}

} // namespace

class TestAlertEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void flapControl_data();
    void flapControl();
    void theSameSampleTwiceCountsOnce();
    void oneProblemIsOneNotificationThenRemindersThenResolved();
    void alertsNameTheClientAndTheMoneyAtStakeAndSortByIt();
    void alertIdsAreRulePlusSubject();
    void acknowledgedAlertStopsRemindingButEscalationStillNotifies();
    void anAcknowledgementCoversOneEpisode();
    void silenceQuietensUntilItExpires();
    void dependentTenantsAreSuppressedByTheirHost();
    void tenantsStaySuppressedWhileTheirHostComesBack();
    void hostsKnownDownSuppressWithoutAHostAlert();
    void clockMeasuresEscalateAsTimePasses();
    void backupOlderThanItsPeriodFiresAfterTheGrace();
    void tenantOverridesChangeOrDisableARule();
    void tenantThatLeavesMonitoringClosesItsAlertsQuietly();
    void alertmanagerAlertsAreRoutedLikeOurOwnAndDeduplicated();
    void restartContinuesWithoutFiringOrNotifyingAgain();
    void acknowledgementSurvivesRestart();
    void fleetHealthBecomesObservations();
    void defaultRulesAreTheDocumentedOnes();
    void rulesRoundTripThroughJsonAndBrokenOnesAreRefused();
};

void TestAlertEngine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

// ---- flap control ----

void TestAlertEngine::flapControl_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("successes");
    QTest::addColumn<int>("pendingSeconds");
    QTest::addColumn<QList<double>>("latencies"); // one sample every 30 s, a pass after each
    QTest::addColumn<QStringList>("states"); // after each pass

    auto states = [](const QString& text) {
        return text.split(u' ');
    };
    // Rule: latency > 1 s high, > 2 s critical.
    QTest::newRow("fires after N failures")
        << 3 << 1 << 0 << QList<double>{1.5, 1.5, 1.5} << states(u"pending:high pending:high firing:high"_s);
    QTest::newRow("pending duration must pass") << 1 << 1 << 60 << QList<double>{1.5, 1.5, 1.5, 1.5}
                                                << states(u"pending:high pending:high firing:high firing:high"_s);
    QTest::newRow("N failures and the duration, both")
        << 2 << 1 << 90 << QList<double>{1.5, 1.5, 1.5, 1.5, 1.5}
        << states(u"pending:high pending:high pending:high firing:high firing:high"_s);
    QTest::newRow("a single spike never fires")
        << 2 << 1 << 0 << QList<double>{1.5, 0.5, 1.5, 0.5} << states(u"pending:high - pending:high -"_s);
    QTest::newRow("M successes in a row to resolve")
        << 1 << 2 << 0 << QList<double>{1.5, 0.5, 1.5, 0.5, 0.5}
        << states(u"firing:high firing:high firing:high firing:high resolved:high"_s);
    QTest::newRow("escalates when the worse level passes the same test")
        << 2 << 2 << 0 << QList<double>{1.5, 1.5, 2.5, 2.5}
        << states(u"pending:high firing:high firing:high firing:critical"_s);
    QTest::newRow("de-escalates after M calmer samples, then resolves")
        << 1 << 2 << 0 << QList<double>{2.5, 1.5, 1.5, 0.5, 0.5}
        << states(u"firing:critical firing:critical firing:high firing:high resolved:high"_s);
    QTest::newRow("fires again after it resolved")
        << 1 << 1 << 0 << QList<double>{1.5, 0.5, 2.5} << states(u"firing:high resolved:high firing:critical"_s);
}

void TestAlertEngine::flapControl()
{
    QFETCH(int, failures);
    QFETCH(int, successes);
    QFETCH(int, pendingSeconds);
    QFETCH(QList<double>, latencies);
    QFETCH(QStringList, states);

    AlertRule rule = *AlertRuleSet::defaults().rule(RuleId::kEndpointLatency);
    rule.failuresToFire = failures;
    rule.successesToResolve = successes;
    rule.pendingFor = std::chrono::seconds(pendingSeconds);
    Harness h(AlertRuleSet({rule}));
    h.input.tenants = {tenant(u"pizza-co"_s, u"Pizza Co"_s)};
    QStringList seen;
    for (qsizetype i = 0; i < latencies.size(); ++i) {
        h.observe(Metric::kEndpointLatencySeconds, u"pizza-co"_s, latencies.at(i), i * 30);
        h.pass(i * 30);
        seen << stateOf(h.alert(u"endpoint_latency:pizza-co"_s));
    }
    QCOMPARE(seen, states);
}

void TestAlertEngine::theSameSampleTwiceCountsOnce()
{
    Harness h;
    h.input.tenants = {tenant(u"pizza-co"_s, u"Pizza Co"_s)};
    h.observe(Metric::kEndpointUp, u"pizza-co"_s, 0, 0);
    for (qint64 at : {0, 10, 20, 30, 40}) // the console re-evaluates, the probe has not run again
        h.pass(at);
    QCOMPARE(stateOf(h.alert(u"endpoint_down:pizza-co"_s)), u"pending:critical"_s);
    h.observe(Metric::kEndpointUp, u"pizza-co"_s, 0, 45);
    h.pass(45);
    QCOMPARE(stateOf(h.alert(u"endpoint_down:pizza-co"_s)), u"firing:critical"_s);
}

// ---- notifications ----

void TestAlertEngine::oneProblemIsOneNotificationThenRemindersThenResolved()
{
    Harness h; // endpoint_down: 2 failures, 2 successes, reminders every 30 min
    h.input.tenants = {tenant(u"pizza-co"_s, u"Pizza Co"_s)};
    h.input.mrrByTenant.insert(u"pizza-co"_s, Money{49000, u"usd"_s});
    h.run(
        0, 7200, 30, [&](qint64 at) { h.observe(Metric::kEndpointUp, u"pizza-co"_s, 0, at, u"connection refused"_s); });
    QCOMPARE(h.last.alerts.size(), 1); // one alert, whatever the number of samples
    QCOMPARE(h.notified(),
        (QStringList{u"fired endpoint_down:pizza-co"_s, u"reminder endpoint_down:pizza-co"_s,
            u"reminder endpoint_down:pizza-co"_s, u"reminder endpoint_down:pizza-co"_s}));
    const AlertEvent& fired = h.events.at(h.eventsOf(u"endpoint_down:pizza-co"_s).indexOf(u"fired"_s));
    QCOMPARE(fired.at, kStart.addSecs(30));
    QCOMPARE(fired.alert.severity, AlertSeverity::Critical);
    QVERIFY2(fired.summary.contains(u"Pizza Co is down: connection refused"_s), qPrintable(fired.summary));
    QVERIFY2(
        fired.summary.contains(moneyDisplayString({49000, u"usd"_s}) + u" MRR at stake"_s), qPrintable(fired.summary));

    h.run(7230, 7260, 30, [&](qint64 at) { h.observe(Metric::kEndpointUp, u"pizza-co"_s, 1, at); });
    QCOMPARE(h.notified().size(), 5);
    QCOMPARE(h.notified().last(), u"resolved endpoint_down:pizza-co"_s);
    QCOMPARE(stateOf(h.alert(u"endpoint_down:pizza-co"_s)), u"resolved:critical"_s);
    QCOMPARE(h.alert(u"endpoint_down:pizza-co"_s)->resolvedAt, kStart.addSecs(7260));
    QCOMPARE(h.eventsOf(u"endpoint_down:pizza-co"_s),
        (QStringList{u"pending"_s, u"fired"_s, u"reminder"_s, u"reminder"_s, u"reminder"_s, u"resolved"_s}));

    // Resolved alerts stay listed for a while, then go.
    h.pass(7260 + 3600);
    QVERIFY(h.last.alerts.isEmpty());
}

void TestAlertEngine::alertsNameTheClientAndTheMoneyAtStakeAndSortByIt()
{
    Harness h;
    h.input.tenants = {tenant(u"small"_s, u"Small Shop"_s), tenant(u"big"_s, u"Big Chain"_s),
        tenant(u"unknown"_s, u"No Stripe Yet"_s)};
    h.input.mrrByTenant.insert(u"small"_s, Money{9900, u"usd"_s});
    h.input.mrrByTenant.insert(u"big"_s, Money{250000, u"usd"_s});
    h.run(0, 30, 30, [&](qint64 at) {
        for (const QString& slug : {u"small"_s, u"big"_s, u"unknown"_s})
            h.observe(Metric::kEndpointUp, slug, 0, at);
    });
    QCOMPARE(h.last.alerts.size(), 3);
    QCOMPARE(h.last.alerts.at(0).subject, u"big"_s); // same severity: the most money first
    QCOMPARE(h.last.alerts.at(1).subject, u"small"_s);
    QCOMPARE(h.last.alerts.at(2).subject, u"unknown"_s);
    QCOMPARE(h.last.alerts.at(0).moneyAtStake, std::optional<Money>(Money{250000, u"usd"_s}));
    QVERIFY(!h.last.alerts.at(2).moneyAtStake);
    QCOMPARE(h.last.alerts.at(0).subjectName, u"Big Chain"_s);
    QVERIFY(h.last.alerts.at(0).subjectIsTenant);
    QVERIFY2(h.last.alerts.at(0).summary.startsWith(u"Big Chain is down"_s), qPrintable(h.last.alerts.at(0).summary));
    QVERIFY2(h.last.alerts.at(0).summary.contains(moneyDisplayString({250000, u"usd"_s})),
        qPrintable(h.last.alerts.at(0).summary));
    QVERIFY2(h.last.alerts.at(0).summary.contains(u"MRR at stake"_s), qPrintable(h.last.alerts.at(0).summary));
    QVERIFY(!h.last.alerts.at(2).summary.contains(u"at stake"_s));
}

void TestAlertEngine::alertIdsAreRulePlusSubject()
{
    Harness h;
    h.input.tenants = {tenant(u"pizza-co"_s, u"Pizza Co"_s)};
    h.run(0, 600, 60, [&](qint64 at) {
        h.observe(Metric::kEndpointUp, u"pizza-co"_s, 0, at);
        h.observe(Metric::kDiskUsedRatio, u"host:srv-2"_s, 0.93, at);
        h.observe(Metric::kSourceUp, u"source:stripe"_s, 0, at, u"HTTP 503"_s);
    });
    QStringList ids;
    for (const Alert& a : h.last.alerts)
        ids << a.id;
    ids.sort();
    QCOMPARE(ids,
        (QStringList{u"disk_usage:host:srv-2"_s, u"endpoint_down:pizza-co"_s, u"source_unreachable:source:stripe"_s}));
    const Alert* disk = h.alert(u"disk_usage:host:srv-2"_s);
    QCOMPARE(disk->severity, AlertSeverity::High);
    QVERIFY(!disk->subjectIsTenant);
    QVERIFY2(disk->summary.contains(u"The disk of srv-2 is 93 % full (limit 90 %)"_s), qPrintable(disk->summary));
    QVERIFY2(h.alert(u"source_unreachable:source:stripe"_s)->summary.contains(u"stripe cannot be reached: HTTP 503"_s),
        qPrintable(h.alert(u"source_unreachable:source:stripe"_s)->summary));
}

void TestAlertEngine::acknowledgedAlertStopsRemindingButEscalationStillNotifies()
{
    Harness h; // latency: > 1 s high, > 2 s critical; 3 samples and 2 min; reminders every 2 h
    const QString id = u"endpoint_latency:pizza-co"_s;
    h.input.tenants = {tenant(u"pizza-co"_s, u"Pizza Co"_s)};
    h.run(0, 150, 30, [&](qint64 at) { h.observe(Metric::kEndpointLatencySeconds, u"pizza-co"_s, 1.5, at); });
    QCOMPARE(h.notified(), QStringList{u"fired "_s + id});

    h.input.annotations = {acknowledgement(id, u"bob"_s, 150, u"looking at the slow query"_s)};
    h.run(180, 4 * 3600, 30, [&](qint64 at) { h.observe(Metric::kEndpointLatencySeconds, u"pizza-co"_s, 1.5, at); });
    QCOMPARE(h.notified().size(), 1); // no reminders while Bob has it
    const Alert* alert = h.alert(id);
    QVERIFY(alert->acknowledged);
    QCOMPARE(alert->owner, u"bob"_s);
    QCOMPARE(alert->note, u"looking at the slow query"_s);
    QVERIFY(!alert->needsAttention());
    QVERIFY(h.eventsOf(id).contains(u"acknowledged"_s));

    h.run(4 * 3600 + 30, 5 * 3600, 30,
        [&](qint64 at) { h.observe(Metric::kEndpointLatencySeconds, u"pizza-co"_s, 2.5, at); });
    QCOMPARE(h.notified(), (QStringList{u"fired "_s + id, u"escalated "_s + id}));
    QCOMPARE(h.alert(id)->severity, AlertSeverity::Critical);
    QVERIFY(h.alert(id)->acknowledged);
}

void TestAlertEngine::anAcknowledgementCoversOneEpisode()
{
    Harness h;
    const QString id = u"endpoint_down:pizza-co"_s;
    h.input.tenants = {tenant(u"pizza-co"_s, u"Pizza Co"_s)};
    h.run(0, 30, 30, [&](qint64 at) { h.observe(Metric::kEndpointUp, u"pizza-co"_s, 0, at); });
    h.input.annotations = {acknowledgement(id, u"bob"_s, 40)};
    h.run(60, 120, 30, [&](qint64 at) { h.observe(Metric::kEndpointUp, u"pizza-co"_s, 0, at); });
    QVERIFY(h.alert(id)->acknowledged);
    h.run(150, 180, 30, [&](qint64 at) { h.observe(Metric::kEndpointUp, u"pizza-co"_s, 1, at); });
    QCOMPARE(stateOf(h.alert(id)), u"resolved:critical"_s);
    QVERIFY(h.alert(id)->acknowledged); // what it was when it resolved

    // Down again a day later: a new problem, open and notified, although the old row is still in the registry.
    h.run(86400, 86430, 30, [&](qint64 at) { h.observe(Metric::kEndpointUp, u"pizza-co"_s, 0, at); });
    QCOMPARE(stateOf(h.alert(id)), u"firing:critical"_s);
    QVERIFY(!h.alert(id)->acknowledged);
    // Bob's episode ended with its resolved notice; the new one is announced again.
    QCOMPARE(h.notified(), (QStringList{u"fired "_s + id, u"resolved "_s + id, u"fired "_s + id}));

    // A fresh acknowledgement covers it again.
    h.input.annotations = {acknowledgement(id, u"carol"_s, 86440)};
    h.pass(86460);
    QVERIFY(h.alert(id)->acknowledged);
    QCOMPARE(h.alert(id)->owner, u"carol"_s);
}

void TestAlertEngine::silenceQuietensUntilItExpires()
{
    Harness h;
    const QString id = u"endpoint_down:pizza-co"_s;
    h.input.tenants = {tenant(u"pizza-co"_s, u"Pizza Co"_s)};
    h.run(0, 30, 30, [&](qint64 at) { h.observe(Metric::kEndpointUp, u"pizza-co"_s, 0, at); });
    h.input.annotations = {silence(id, 50, 60 + 3600)};
    h.run(60, 3600, 60, [&](qint64 at) { h.observe(Metric::kEndpointUp, u"pizza-co"_s, 0, at); });
    QVERIFY(h.alert(id)->silenced);
    QCOMPARE(h.alert(id)->silencedUntil, kStart.addSecs(3660));
    QCOMPARE(h.notified(), QStringList{u"fired "_s + id}); // no reminders while silenced

    h.run(3660, 7200, 60, [&](qint64 at) { h.observe(Metric::kEndpointUp, u"pizza-co"_s, 0, at); });
    QVERIFY(!h.alert(id)->silenced);
    // Still broken when the silence ends: said again, then reminders resume.
    QCOMPARE(h.notified(), (QStringList{u"fired "_s + id, u"unsilenced "_s + id, u"reminder "_s + id}));
    QCOMPARE(h.eventsOf(id).count(u"silenced"_s), 1);
}

void TestAlertEngine::dependentTenantsAreSuppressedByTheirHost()
{
    Harness h;
    for (int i = 0; i < 40; ++i) {
        h.input.tenants << tenant(u"client-%1"_s.arg(i), u"Client %1"_s.arg(i), u"srv-2"_s);
        h.input.mrrByTenant.insert(u"client-%1"_s.arg(i), Money{10000, u"usd"_s});
    }
    h.input.tenants << tenant(u"elsewhere"_s, u"Elsewhere"_s, u"srv-3"_s);
    h.run(0, 600, 30, [&](qint64 at) {
        h.observe(Metric::kHostUp, u"host:srv-2"_s, 0, at, u"no route to host"_s);
        for (int i = 0; i < 40; ++i)
            h.observe(Metric::kEndpointUp, u"client-%1"_s.arg(i), 0, at, u"timeout"_s);
        h.observe(Metric::kEndpointUp, u"elsewhere"_s, 1, at);
    });
    QCOMPARE(h.notified(), QStringList{u"fired host_down:host:srv-2"_s}); // one outage, one notification
    QCOMPARE(h.last.alerts.size(), 41);
    const Alert& host = h.last.alerts.first(); // critical, and the most money at stake
    QCOMPARE(host.id, u"host_down:host:srv-2"_s);
    QCOMPARE(host.affectedTenants, 40);
    QCOMPARE(host.moneyAtStake, std::optional<Money>(Money{400000, u"usd"_s}));
    QVERIFY2(host.summary.contains(u"Host srv-2 is down; 40 client(s) run on it"_s), qPrintable(host.summary));
    QVERIFY2(host.summary.contains(moneyDisplayString({400000, u"usd"_s})), qPrintable(host.summary));
    for (const Alert& a : std::as_const(h.last.alerts)) {
        if (a.id == host.id)
            continue;
        QCOMPARE(a.state, Alert::State::Firing);
        QVERIFY(a.suppressed);
        QCOMPARE(a.suppressedBy, u"host_down:host:srv-2"_s);
        QCOMPARE(a.suppressedReason, u"suppressed by srv-2 down"_s);
    }
    QCOMPARE(h.eventsOf(u"endpoint_down:client-7"_s), (QStringList{u"pending"_s, u"suppressed"_s}));

    h.run(630, 660, 30, [&](qint64 at) {
        h.observe(Metric::kHostUp, u"host:srv-2"_s, 1, at);
        for (int i = 0; i < 40; ++i)
            h.observe(Metric::kEndpointUp, u"client-%1"_s.arg(i), 1, at);
    });
    QCOMPARE(h.notified(), (QStringList{u"fired host_down:host:srv-2"_s, u"resolved host_down:host:srv-2"_s}));
}

void TestAlertEngine::tenantsStaySuppressedWhileTheirHostComesBack()
{
    Harness h;
    h.input.tenants = {tenant(u"a"_s, u"A"_s, u"srv-2"_s), tenant(u"b"_s, u"B"_s, u"srv-2"_s)};
    auto tenantsUp = [&](double up, qint64 at) {
        h.observe(Metric::kEndpointUp, u"a"_s, up, at);
        h.observe(Metric::kEndpointUp, u"b"_s, up, at);
    };
    h.run(0, 300, 30, [&](qint64 at) {
        h.observe(Metric::kHostUp, u"host:srv-2"_s, 0, at);
        tenantsUp(0, at);
    });
    // The host answers first; its clients' services need two more minutes to start.
    h.run(330, 450, 30, [&](qint64 at) {
        h.observe(Metric::kHostUp, u"host:srv-2"_s, 1, at);
        tenantsUp(0, at);
    });
    h.run(480, 540, 30, [&](qint64 at) {
        h.observe(Metric::kHostUp, u"host:srv-2"_s, 1, at);
        tenantsUp(1, at);
    });
    QCOMPARE(h.notified(), (QStringList{u"fired host_down:host:srv-2"_s, u"resolved host_down:host:srv-2"_s}));

    // Clients still down well after their host came back (and its grace ended) are problems of their own.
    h.run(900, 1200, 30, [&](qint64 at) {
        h.observe(Metric::kHostUp, u"host:srv-2"_s, 1, at);
        h.observe(Metric::kEndpointUp, u"a"_s, 0, at);
        h.observe(Metric::kEndpointUp, u"b"_s, 1, at);
    });
    QCOMPARE(h.notified().last(), u"fired endpoint_down:a"_s);
}

void TestAlertEngine::hostsKnownDownSuppressWithoutAHostAlert()
{
    Harness h;
    h.input.tenants = {tenant(u"a"_s, u"A"_s, u"srv-9"_s)};
    h.input.hostsDown = {u"srv-9"_s};
    h.run(0, 120, 30, [&](qint64 at) { h.observe(Metric::kEndpointUp, u"a"_s, 0, at); });
    QVERIFY(h.notified().isEmpty());
    QVERIFY(h.alert(u"endpoint_down:a"_s)->suppressed);
    QCOMPARE(h.alert(u"endpoint_down:a"_s)->suppressedBy, u"host:srv-9"_s);
    QCOMPARE(h.alert(u"endpoint_down:a"_s)->suppressedReason, u"suppressed by srv-9 down"_s);

    h.input.hostsDown.clear(); // the host is fine: the client's own outage is news
    h.pass(120);
    QCOMPARE(h.notified(), QStringList{u"unsuppressed endpoint_down:a"_s});
}

void TestAlertEngine::clockMeasuresEscalateAsTimePasses()
{
    Harness h; // TLS: < 14 d medium, < 7 d high, expired critical; the value stays, the clock moves
    const QString id = u"tls_expiry:pizza-co"_s;
    h.input.tenants = {tenant(u"pizza-co"_s, u"Pizza Co"_s)};
    const double expiresAt = double(kStart.addDays(20).toSecsSinceEpoch());
    h.observe(Metric::kTlsCertExpiryTimestamp, u"pizza-co"_s, expiresAt, 0);
    QStringList seen;
    for (int day : {0, 5, 7, 10, 13, 19, 21}) {
        h.pass(qint64(day) * 86400 + 60);
        seen << stateOf(h.alert(id));
    }
    QCOMPARE(seen,
        (QStringList{u"-"_s, u"-"_s, u"firing:medium"_s, u"firing:medium"_s, u"firing:high"_s, u"firing:high"_s,
            u"firing:critical"_s}));
    QCOMPARE(h.notified(),
        (QStringList{u"fired "_s + id, u"reminder "_s + id, u"escalated "_s + id, u"reminder "_s + id,
            u"escalated "_s + id})); // reminders once a day in between
    QVERIFY2(h.alert(id)->summary.contains(u"The TLS certificate of Pizza Co has expired"_s),
        qPrintable(h.alert(id)->summary));
    const AlertEvent& fired = h.events.first();
    QVERIFY2(fired.summary.contains(u"expires in 13 day(s)"_s), qPrintable(fired.summary));
}

void TestAlertEngine::backupOlderThanItsPeriodFiresAfterTheGrace()
{
    Harness h; // older than 24 h, for 2 h
    const QString id = u"backup_age:pizza-co"_s;
    h.input.tenants = {tenant(u"pizza-co"_s, u"Pizza Co"_s)};
    h.observe(
        Metric::kBackupLastSuccessTimestamp, u"pizza-co"_s, double(kStart.addSecs(-25 * 3600).toSecsSinceEpoch()), 0);
    QStringList seen;
    for (qint64 at : {0, 3600, 7200}) {
        h.pass(at);
        seen << stateOf(h.alert(id));
    }
    QCOMPARE(seen, (QStringList{u"pending:high"_s, u"pending:high"_s, u"firing:high"_s}));
    QVERIFY2(h.alert(id)->summary.contains(u"The last backup of Pizza Co is 27 h old (expected every 24 h)"_s),
        qPrintable(h.alert(id)->summary));

    h.observe(
        Metric::kBackupLastSuccessTimestamp, u"pizza-co"_s, double(kStart.addSecs(7300).toSecsSinceEpoch()), 7300);
    h.pass(7300);
    QCOMPARE(stateOf(h.alert(id)), u"resolved:high"_s);
}

void TestAlertEngine::tenantOverridesChangeOrDisableARule()
{
    AlertRuleSet rules = AlertRuleSet::defaults();
    AlertRule quiet = *rules.rule(RuleId::kEndpointDown);
    quiet.enabled = false;
    rules.setOverride(u"staging"_s, quiet);
    AlertRule patient = *rules.rule(RuleId::kEndpointLatency);
    patient.levels = {{AlertSeverity::High, 5}, {AlertSeverity::Critical, 10}};
    rules.setOverride(u"reports"_s, patient);
    QVERIFY(rules.problems().isEmpty());

    Harness h(rules);
    h.input.tenants = {
        tenant(u"staging"_s, u"Staging"_s), tenant(u"reports"_s, u"Reports"_s), tenant(u"shop"_s, u"Shop"_s)};
    h.run(0, 600, 30, [&](qint64 at) {
        h.observe(Metric::kEndpointUp, u"staging"_s, 0, at);
        h.observe(Metric::kEndpointLatencySeconds, u"reports"_s, 3, at);
        h.observe(Metric::kEndpointLatencySeconds, u"shop"_s, 3, at);
    });
    QStringList ids;
    for (const Alert& a : std::as_const(h.last.alerts))
        ids << a.id;
    QCOMPARE(ids, QStringList{u"endpoint_latency:shop"_s});

    // Disabling a rule for a tenant closes its open alert, quietly.
    AlertRule shopQuiet = *rules.rule(RuleId::kEndpointLatency);
    shopQuiet.enabled = false;
    rules.setOverride(u"shop"_s, shopQuiet);
    h.engine.setRules(rules);
    h.pass(630);
    QVERIFY(h.last.alerts.isEmpty());
    QCOMPARE(h.eventsOf(u"endpoint_latency:shop"_s).last(), u"closed"_s);
    QVERIFY(!h.events.last().notify);
}

void TestAlertEngine::tenantThatLeavesMonitoringClosesItsAlertsQuietly()
{
    Harness h;
    h.input.tenants = {tenant(u"gone"_s, u"Gone Ltd"_s)};
    h.run(0, 60, 30, [&](qint64 at) { h.observe(Metric::kEndpointUp, u"gone"_s, 0, at); });
    QCOMPARE(h.notified().size(), 1);
    h.input.tenants.first().status = TenantStatus::Churned;
    h.pass(90);
    QVERIFY(h.last.alerts.isEmpty());
    QCOMPARE(h.eventsOf(u"endpoint_down:gone"_s).last(), u"closed"_s);
    QCOMPARE(h.notified().size(), 1);
}

void TestAlertEngine::alertmanagerAlertsAreRoutedLikeOurOwnAndDeduplicated()
{
    Harness h;
    h.input.tenants = {tenant(u"pizza-co"_s, u"Pizza Co"_s)};
    h.input.mrrByTenant.insert(u"pizza-co"_s, Money{49000, u"usd"_s});
    const ExternalAlert probe = externalAlert(u"368f09838db0b6b2"_s, u"ProbeFailed"_s,
        {{u"severity"_s, u"critical"_s}, {u"tenant"_s, u"pizza-co"_s},
            {u"instance"_s, u"https://pizza.example.test/"_s}});
    const ExternalAlert disk = externalAlert(
        u"b6f09adbc2cd0773"_s, u"DiskFilling"_s, {{u"severity"_s, u"warning"_s}, {u"host"_s, u"srv-1"_s}});
    h.input.externalAlerts = {probe, disk, probe}; // the same alert from both peers of an Alertmanager pair
    h.pass(0);
    QCOMPARE(h.last.alerts.size(), 2);
    const Alert* fromAm = h.alert(u"alertmanager:368f09838db0b6b2"_s);
    QVERIFY(fromAm);
    QCOMPARE(fromAm->origin, Alert::Origin::Alertmanager);
    QCOMPARE(fromAm->state, Alert::State::Firing);
    QCOMPARE(fromAm->severity, AlertSeverity::Critical);
    QCOMPARE(fromAm->subject, u"pizza-co"_s);
    QVERIFY(fromAm->subjectIsTenant);
    QCOMPARE(fromAm->ruleId, u"ProbeFailed"_s);
    QCOMPARE(fromAm->since, kStart.addSecs(-300));
    QCOMPARE(fromAm->moneyAtStake, std::optional<Money>(Money{49000, u"usd"_s}));
    QVERIFY2(fromAm->summary.startsWith(u"Pizza Co: Blackbox probe failed"_s), qPrintable(fromAm->summary));
    QCOMPARE(h.alert(u"alertmanager:b6f09adbc2cd0773"_s)->subject, u"host:srv-1"_s);
    QCOMPARE(h.alert(u"alertmanager:b6f09adbc2cd0773"_s)->severity, AlertSeverity::Medium);
    QCOMPARE(h.notified(),
        (QStringList{u"fired alertmanager:368f09838db0b6b2"_s, u"fired alertmanager:b6f09adbc2cd0773"_s}));

    h.pass(60); // polled again: nothing new
    QCOMPARE(h.events.size(), 2);

    ExternalAlert silencedThere = probe; // silenced in Alertmanager: shown, quiet
    silencedThere.state = ExternalAlert::State::Suppressed;
    h.input.externalAlerts = {silencedThere, disk};
    h.pass(120);
    QVERIFY(h.alert(u"alertmanager:368f09838db0b6b2"_s)->silenced);

    h.input.externalAlerts.clear(); // Alertmanager could not be asked: keep what we knew
    h.input.externalAlertsKnown = false;
    h.pass(180);
    QCOMPARE(h.last.alerts.size(), 2);
    QCOMPARE(h.alert(u"alertmanager:b6f09adbc2cd0773"_s)->state, Alert::State::Firing);

    h.input.externalAlertsKnown = true; // asked, and it has no alerts any more: resolved
    h.pass(240);
    QCOMPARE(h.alert(u"alertmanager:b6f09adbc2cd0773"_s)->state, Alert::State::Resolved);
    QCOMPARE(h.notified().last(), u"resolved alertmanager:b6f09adbc2cd0773"_s);
    QCOMPARE(h.notified().count(u"resolved alertmanager:368f09838db0b6b2"_s), 0); // it was silenced when it ended
}

void TestAlertEngine::restartContinuesWithoutFiringOrNotifyingAgain()
{
    const QString id = u"endpoint_down:pizza-co"_s;
    QByteArray saved;
    {
        Harness before;
        before.input.tenants = {tenant(u"pizza-co"_s, u"Pizza Co"_s)};
        before.run(0, 600, 30, [&](qint64 at) { before.observe(Metric::kEndpointUp, u"pizza-co"_s, 0, at); });
        QCOMPARE(before.notified(), QStringList{u"fired "_s + id});
        saved = before.engine.saveState();
    }
    Harness after;
    QVERIFY(after.engine.restoreState(saved));
    after.input.tenants = {tenant(u"pizza-co"_s, u"Pizza Co"_s)};
    after.run(900, 1830, 30, [&](qint64 at) { after.observe(Metric::kEndpointUp, u"pizza-co"_s, 0, at); });
    QCOMPARE(stateOf(after.alert(id)), u"firing:critical"_s);
    QCOMPARE(after.alert(id)->since, kStart); // the same episode
    QCOMPARE(after.alert(id)->firedAt, kStart.addSecs(30));
    // Nothing until the reminder that was due 30 min after the first notification.
    QCOMPARE(after.notified(), QStringList{u"reminder "_s + id});
    QCOMPARE(after.events.first().at, kStart.addSecs(1830));

    // Counters survive too: two good samples resolve it, as they would have without the restart.
    after.run(1860, 1890, 30, [&](qint64 at) { after.observe(Metric::kEndpointUp, u"pizza-co"_s, 1, at); });
    QCOMPARE(stateOf(after.alert(id)), u"resolved:critical"_s);

    QVERIFY(!after.engine.restoreState("not json"));
    QVERIFY(!after.engine.restoreState(R"({"version":99,"records":[]})"));
}

void TestAlertEngine::acknowledgementSurvivesRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RegistryConnection connection;
    connection.driver = u"sqlite"_s;
    connection.path = dir.filePath(u"registry.sqlite"_s);
    const QString cachePath = dir.filePath(u"cache.sqlite"_s);
    const QString id = u"endpoint_down:pizza-co"_s;
    const Tenant pizza = tenant(u"pizza-co"_s, u"Pizza Co"_s);

    {
        auto registry = Registry::open(connection, u"bob@ops.test"_s);
        QVERIFY(registry);
        auto cache = LocalCache::open(cachePath);
        QVERIFY(cache);
        Harness h;
        h.input.tenants = {pizza};
        h.run(0, 60, 30, [&](qint64 at) { h.observe(Metric::kEndpointUp, u"pizza-co"_s, 0, at); });
        QVERIFY((*registry)->acknowledgeAlert(id, u"bob"_s, u"restarting the container"_s));
        h.input.annotations = *(*registry)->alertAnnotations();
        h.run(90, 90, 30, [&](qint64 at) { h.observe(Metric::kEndpointUp, u"pizza-co"_s, 0, at); });
        QVERIFY(h.alert(id)->acknowledged);

        QList<AlertHistoryEntry> history;
        for (const AlertEvent& event : std::as_const(h.events))
            history << event.toHistoryEntry();
        QVERIFY((*cache)->appendAlertHistory(history));
        QVERIFY((*cache)->saveSnapshot(AlertEngine::kStateSnapshotKey, h.engine.saveState()));
    }

    // The console restarts: registry, cache and engine all new.
    auto registry = Registry::open(connection, u"carol@ops.test"_s);
    QVERIFY(registry);
    auto cache = LocalCache::open(cachePath);
    QVERIFY(cache);
    Harness h;
    auto snapshot = (*cache)->loadSnapshot(AlertEngine::kStateSnapshotKey);
    QVERIFY(snapshot && snapshot->has_value());
    QVERIFY(h.engine.restoreState((*snapshot)->data));
    h.input.tenants = {pizza};
    h.input.annotations = *(*registry)->alertAnnotations();
    h.run(120, 1200, 30, [&](qint64 at) { h.observe(Metric::kEndpointUp, u"pizza-co"_s, 0, at); });
    const Alert* alert = h.alert(id);
    QVERIFY(alert);
    QVERIFY(alert->acknowledged);
    QCOMPARE(alert->owner, u"bob"_s);
    QCOMPARE(alert->note, u"restarting the container"_s);
    QCOMPARE(alert->annotatedBy, u"bob@ops.test"_s);
    QVERIFY2(h.events.isEmpty(), "no second firing, no second acknowledgement, no reminder");

    auto history = (*cache)->alertHistory(id);
    QVERIFY(history);
    QStringList kinds;
    for (const AlertHistoryEntry& entry : *history)
        kinds.prepend(entry.event);
    QCOMPARE(kinds, (QStringList{u"pending"_s, u"fired"_s, u"acknowledged"_s}));
}

void TestAlertEngine::fleetHealthBecomesObservations()
{
    FleetState fleet;
    Tenant paused = tenant(u"paused"_s, u"Paused"_s);
    paused.status = TenantStatus::Suspended;
    Tenant shop = tenant(u"shop"_s, u"Shop"_s);
    shop.endpoints.append({TenantEndpoint::Kind::Health, u"https://shop.example.test/health"_s});
    paused.endpoints.append({TenantEndpoint::Kind::Health, u"https://paused.example.test/health"_s});
    fleet.setTenants({shop, paused});
    HealthSample sample;
    sample.tenantSlug = u"shop"_s;
    sample.url = u"https://shop.example.test/health"_s;
    sample.checkedAt = kStart;
    sample.state = HealthState::Down;
    sample.error = u"connection refused"_s;
    sample.tlsExpiresAt = kStart.addDays(3);
    fleet.applyHealth({sample});
    fleet.sourceFailed(u"stripe"_s, u"Stripe"_s, u"HTTP 503"_s);

    const QList<Observation> observations = ObservationBuilder::fromFleet(fleet);
    QStringList seen;
    for (const Observation& o : observations)
        seen << o.metric + u' ' + o.subject + u' ' + QString::number(o.value, 'f', 0);
    QVERIFY2(seen.contains(u"endpoint_up shop 0"_s), qPrintable(seen.join(u", "_s)));
    QVERIFY(seen.contains(u"tls_cert_expiry_timestamp_seconds shop %1"_s.arg(kStart.addDays(3).toSecsSinceEpoch())));
    QVERIFY(seen.contains(u"source_up source:stripe 0"_s));
    QVERIFY(!seen.join(u' ').contains(u"paused"_s)); // not monitored, not observed

    // And the engine turns them into alerts.
    Harness h;
    h.input.tenants = fleet.tenants();
    h.input.observations = observations;
    h.pass(0);
    QCOMPARE(stateOf(h.alert(u"endpoint_down:shop"_s)), u"pending:critical"_s);
    QCOMPARE(stateOf(h.alert(u"tls_expiry:shop"_s)), u"firing:high"_s);
}

void TestAlertEngine::defaultRulesAreTheDocumentedOnes()
{
    const AlertRuleSet rules = AlertRuleSet::defaults();
    QVERIFY2(rules.problems().isEmpty(), qPrintable(rules.problems().join(u"; "_s)));
    struct Expected
    {
        QString rule;
        double measured;
        std::optional<AlertSeverity> severity;
    };
    const qint64 day = 86400;
    const QList<Expected> table{
        {RuleId::kEndpointLatency, 0.9, std::nullopt},
        {RuleId::kEndpointLatency, 1.1, AlertSeverity::High},
        {RuleId::kEndpointLatency, 2.1, AlertSeverity::Critical},
        {RuleId::kEndpointDown, 0, AlertSeverity::Critical},
        {RuleId::kEndpointDown, 1, std::nullopt},
        {RuleId::kDiskUsage, 0.79, std::nullopt},
        {RuleId::kDiskUsage, 0.80, AlertSeverity::Medium},
        {RuleId::kDiskUsage, 0.90, AlertSeverity::High},
        {RuleId::kDiskUsage, 0.95, AlertSeverity::Critical},
        {RuleId::kTlsExpiry, 15.0 * day, std::nullopt},
        {RuleId::kTlsExpiry, 13.0 * day, AlertSeverity::Medium},
        {RuleId::kTlsExpiry, 6.0 * day, AlertSeverity::High},
        {RuleId::kTlsExpiry, -60, AlertSeverity::Critical},
        {RuleId::kBackupAge, 23.0 * 3600, std::nullopt},
        {RuleId::kBackupAge, 25.0 * 3600, AlertSeverity::High},
        {RuleId::kSourceUnreachable, 0, AlertSeverity::High},
        {RuleId::kHostDown, 0, AlertSeverity::Critical},
    };
    for (const Expected& e : table) {
        const AlertRule* rule = rules.rule(e.rule);
        QVERIFY2(rule, qPrintable(e.rule));
        QCOMPARE(rule->severityFor(e.measured), e.severity);
    }
    QCOMPARE(rules.rule(RuleId::kTlsExpiry)->measure, AlertRule::Measure::SecondsUntil);
    QCOMPARE(rules.rule(RuleId::kBackupAge)->measure, AlertRule::Measure::AgeSeconds);
    QCOMPARE(rules.rule(RuleId::kBackupAge)->pendingFor, std::chrono::seconds(2h));
    QVERIFY(rules.rule(RuleId::kAlertmanager));
}

void TestAlertEngine::rulesRoundTripThroughJsonAndBrokenOnesAreRefused()
{
    AlertRuleSet rules = AlertRuleSet::defaults();
    AlertRule weekly = *rules.rule(RuleId::kBackupAge);
    weekly.levels = {{AlertSeverity::High, 7 * 86400.0}};
    rules.setOverride(u"archive-co"_s, weekly);
    AlertRule workflows; // a rule of a later issue: just data
    workflows.id = u"workflow_failures"_s;
    workflows.metric = Metric::kWorkflowFailures;
    workflows.comparison = AlertRule::Comparison::Above;
    workflows.levels = {{AlertSeverity::High, 3}};
    rules.setRule(workflows);

    auto again = AlertRuleSet::fromJson(rules.toJson());
    QVERIFY2(again, qPrintable(again ? QString() : again.error()));
    QCOMPARE(*again, rules);
    QCOMPARE(again->ruleFor(RuleId::kBackupAge, u"archive-co"_s)->levels.first().threshold, 7 * 86400.0);
    QCOMPARE(again->ruleFor(RuleId::kBackupAge, u"other"_s)->levels.first().threshold, 86400.0);

    Harness h(*again); // a new rule needs no code: a new metric name is enough
    h.input.tenants = {tenant(u"shop"_s, u"Shop"_s)};
    h.observe(Metric::kWorkflowFailures, u"shop"_s, 5, 0, u"invoice-sync"_s);
    h.pass(0);
    QVERIFY2(h.alert(u"workflow_failures:shop"_s)->summary.contains(u"Shop: workflow_failures is 5.00"_s),
        qPrintable(h.alert(u"workflow_failures:shop"_s)->summary));

    AlertRule broken = workflows;
    broken.levels = {{AlertSeverity::Critical, 5}, {AlertSeverity::High, 3}};
    rules.setRule(broken);
    QVERIFY(!rules.problems().isEmpty());
    auto refused = AlertRuleSet::fromJson(rules.toJson());
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"workflow_failures"_s), qPrintable(refused.error()));
    QVERIFY(!AlertRuleSet::fromJson("{\"version\":1,\"rules\":[{\"id\":\"x\",\"comparison\":\"sideways\"}]}"));
    QVERIFY(!AlertRuleSet::fromJson("[]"));
}

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "tst_alertengine.moc"
