// WhatsAppMonitor and WhatsAppPairing over real HTTP against the simulated Evolution API: instances mapped to their
// clients (and the unassigned ones listed), the alert engine's WhatsApp rules firing for a disconnection, a
// reconnect loop and an instance that says it is connected while sending fails, the last good data kept when the
// server fails, the offline snapshot, and pairing from the first code to connected — rotation, the QR limit, the
// pairing code and a server that cannot pair.
#include "core/engine/alertengine.h"
#include "core/engine/alertnames.h"
#include "core/fleet/fleetstate.h"
#include "core/fleet/statusreport.h"
#include "core/fleet/whatsappmonitor.h"
#include "core/fleet/whatsapppairing.h"
#include "core/net/httpclient.h"
#include "sim/simulator.h"
#include "sim/simwhatsapp.h"

#include "tests/support/simfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
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
        tenant.endpoints.append(
            {TenantEndpoint::Kind::EvolutionInstance, endpoints.value(QLatin1String("evolution_instance")).toString()});
        tenants.append(std::move(tenant));
    }
    return tenants;
}

// An open instance of an active client (not the unassigned test-bot).
QString openTenantInstance(const WhatsAppMonitor& monitor)
{
    for (const WhatsAppStatus& status : monitor.instances()) {
        if (!status.tenantSlug.isEmpty() && status.state == WhatsAppState::Open && status.live)
            return status.instance.name;
    }
    return {};
}

// A client's instance that was never paired (closed, no phone).
QString neverPairedInstance(const WhatsAppMonitor& monitor)
{
    for (const WhatsAppStatus& status : monitor.instances()) {
        if (!status.tenantSlug.isEmpty() && status.state == WhatsAppState::Close && !status.everConnected)
            return status.instance.name;
    }
    return {};
}

const Alert* alertFor(const AlertEvaluation& pass, const QString& ruleId, const QString& subject)
{
    for (const Alert& alert : pass.alerts) {
        if (alert.ruleId == ruleId && alert.subject == subject)
            return &alert;
    }
    return nullptr;
}

} // namespace

class TestWhatsAppMonitor : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void instancesAreMappedToTheirClientsAndUnassignedOnesListed();
    void liveStateWinsOverTheStoredColumnAndUnloadedIsUnknown();
    void statusJsonCarriesEachClientsWhatsApp();
    void aDisconnectionFiresAHighAlertNamingTheClient();
    void aLogoutFromTheConsoleIsNotAnIncident();
    void repeatedDropsRaiseAReconnectLoop();
    void anInstanceThatSaysOpenButCannotSendIsFlaggedDead();
    void aFailingServerKeepsTheLastDataWithTheReason();
    void theSnapshotRestoresStatesWithoutSecrets();

    void pairingShowsTheCurrentCodeAndConnects();
    void pairingFollowsTheRotationAndStopsAtTheLimit();
    void pairingWithAPhoneNumberGivesAnEightCharacterCode();
    void pairingAnUnloadedInstanceFailsWithWhatToDo();

private:
    bool refresh();
    AlertEvaluation evaluate(const QDateTime& now = QDateTime::currentDateTimeUtc());
    void setConfig(const QJsonObject& config);

    std::unique_ptr<Testing::SimFixture> m_sim;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<FleetState> m_fleet;
    std::unique_ptr<WhatsAppMonitor> m_monitor;
    std::unique_ptr<AlertEngine> m_engine;
};

void TestWhatsAppMonitor::init()
{
    m_sim = std::make_unique<Testing::SimFixture>();
    Sim::SimOptions options;
    options.tenants = 30;
    options.latencyScale = 0;
    QString error;
    QVERIFY2(m_sim->start(options, &error), qPrintable(error));
    m_http = std::make_unique<HttpClient>();
    m_http->setDelayHook([](std::chrono::milliseconds) { return 0ms; });
    m_fleet = std::make_unique<FleetState>();
    m_fleet->setTenants(tenantsFrom(m_sim->simulator().tenantsJson()));
    m_monitor = std::make_unique<WhatsAppMonitor>(m_fleet.get(), m_http.get());
    WhatsAppMonitor::Config config;
    EvolutionClient::Options evolution;
    evolution.url = m_sim->url(QStringLiteral("/evolution"));
    evolution.apiKey = options.secret.toUtf8();
    evolution.maxRetries = 0;
    evolution.timeout = 3s;
    config.evolution = evolution;
    config.interval = 1h; // rounds only when a test asks
    config.presenceEvery = 1ms; // every round proves the open sockets
    m_monitor->configure(config);
    m_engine = std::make_unique<AlertEngine>();
}

void TestWhatsAppMonitor::cleanup()
{
    m_monitor.reset();
    m_fleet.reset();
    m_http.reset();
    m_sim.reset();
    m_engine.reset();
}

bool TestWhatsAppMonitor::refresh()
{
    QSignalSpy updated(m_monitor.get(), &WhatsAppMonitor::updated);
    if (!m_monitor->refresh())
        return false;
    for (int i = 0; i < 100 && m_monitor->isRefreshing(); ++i)
        updated.wait(200);
    return !m_monitor->isRefreshing();
}

AlertEvaluation TestWhatsAppMonitor::evaluate(const QDateTime& now)
{
    EvaluationInput input;
    input.now = now;
    input.observations = m_monitor->observations();
    input.tenants = m_fleet->tenants();
    return m_engine->evaluate(input);
}

void TestWhatsAppMonitor::setConfig(const QJsonObject& config)
{
    Sim::SimWhatsApp::Config current = m_sim->simulator().whatsApp().config();
    if (config.contains(QLatin1String("rotateMs")))
        current.rotateMs = config.value(QLatin1String("rotateMs")).toInt();
    if (config.contains(QLatin1String("limit")))
        current.limit = config.value(QLatin1String("limit")).toInt();
    if (config.contains(QLatin1String("notReadyMs")))
        current.notReadyMs = config.value(QLatin1String("notReadyMs")).toInt();
    if (config.contains(QLatin1String("reconnectMs")))
        current.reconnectMs = config.value(QLatin1String("reconnectMs")).toInt();
    m_sim->simulator().whatsApp().setConfig(current);
}

void TestWhatsAppMonitor::instancesAreMappedToTheirClientsAndUnassignedOnesListed()
{
    QVERIFY(refresh());
    QVERIFY(m_monitor->inventoryAt().isValid());
    QCOMPARE(m_fleet->source(WhatsAppMonitor::kSource).state, SourceStatus::State::Ok);
    const QList<WhatsAppStatus>& statuses = m_monitor->instances();
    QCOMPARE(statuses.size(), 32); // one per client, plus test-bot and legacy-sales
    const WhatsAppStatus* pizza = m_monitor->forTenant(QStringLiteral("pizza-co"));
    QVERIFY(pizza);
    QCOMPARE(pizza->state, WhatsAppState::Open);
    QVERIFY(!pizza->instance.phone.isEmpty());
    QVERIFY(!pizza->instance.phone.contains(QLatin1Char('@')));
    const WhatsAppStatus* bot = m_monitor->instance(QStringLiteral("test-bot"));
    QVERIFY(bot);
    QVERIFY(bot->tenantSlug.isEmpty());
    // Unassigned ones come last.
    QVERIFY(statuses.last().tenantSlug.isEmpty());
    QVERIFY(!statuses.first().tenantSlug.isEmpty());
    const WhatsAppSummary counts = m_monitor->counts();
    QCOMPARE(counts.unassigned, 2);
    QCOMPARE(counts.connected + counts.waiting + counts.disconnected + counts.unknown, 32);
    QCOMPARE(counts.disconnected, 1); // the one logged out from its phone
}

void TestWhatsAppMonitor::liveStateWinsOverTheStoredColumnAndUnloadedIsUnknown()
{
    QVERIFY(refresh());
    const QString unloaded = m_sim->simulator().unloadedEvolutionInstance();
    const WhatsAppStatus* status = m_monitor->instance(unloaded);
    QVERIFY(status);
    QCOMPARE(status->instance.storedState, WhatsAppState::Open); // the database column says open
    QCOMPARE(status->state, WhatsAppState::Unknown); // the server does not know: not "connected"
    QVERIFY(status->live);
    // Unknown raises nothing.
    const AlertEvaluation pass = evaluate();
    const QString subject = status->tenantSlug;
    QVERIFY(!alertFor(pass, RuleId::kWhatsAppDisconnected, subject));
}

void TestWhatsAppMonitor::statusJsonCarriesEachClientsWhatsApp()
{
    QVERIFY(refresh());
    StatusReport report(*m_fleet);
    report.setWhatsApp(m_monitor->instances());
    const QJsonObject root = QJsonDocument::fromJson(report.toJson()).object();
    bool seenPizza = false;
    for (const QJsonValue& value : root.value(QLatin1String("tenants")).toArray()) {
        const QJsonObject tenant = value.toObject();
        const QJsonObject whatsapp = tenant.value(QLatin1String("whatsapp")).toObject();
        QCOMPARE(whatsapp.value(QLatin1String("instance")).toString(), tenant.value(QLatin1String("slug")).toString());
        if (tenant.value(QLatin1String("slug")).toString() == QLatin1String("pizza-co")) {
            seenPizza = true;
            QCOMPARE(whatsapp.value(QLatin1String("state")).toString(), QStringLiteral("open"));
            QVERIFY(!whatsapp.value(QLatin1String("phone")).toString().isEmpty());
            QVERIFY(whatsapp.contains(QLatin1String("since")));
        }
    }
    QVERIFY(seenPizza);
    const QJsonArray list = QJsonDocument::fromJson(StatusReport::whatsAppListJson(m_monitor->instances())).array();
    QCOMPARE(list.size(), 32);
    const QJsonObject first = list.first().toObject();
    for (const char* key : {"instance", "tenant", "state", "phone", "profileName", "counts"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QVERIFY(first.value(QLatin1String("counts")).toObject().contains(QLatin1String("messages")));
}

void TestWhatsAppMonitor::aDisconnectionFiresAHighAlertNamingTheClient()
{
    QVERIFY(refresh());
    const QString name = openTenantInstance(*m_monitor);
    QVERIFY(!name.isEmpty());
    const QString slug = m_monitor->instance(name)->tenantSlug;
    QVERIFY(!alertFor(evaluate(), RuleId::kWhatsAppDisconnected, slug));

    QVERIFY(m_sim->simulator().evolutionDrop(name, 401));
    QVERIFY(refresh());
    QCOMPARE(m_monitor->instance(name)->state, WhatsAppState::Close);
    const AlertEvaluation pass = evaluate();
    const Alert* alert = alertFor(pass, RuleId::kWhatsAppDisconnected, slug);
    QVERIFY(alert);
    QCOMPARE(alert->severity, AlertSeverity::High);
    QVERIFY(alert->state == Alert::State::Firing);
    const QString clientName = m_fleet->tenant(slug)->name;
    QVERIFY2(alert->summary.contains(clientName), qPrintable(alert->summary));
    QVERIFY2(alert->summary.contains(QLatin1String("logged out from the phone")), qPrintable(alert->summary));

    // Paired again: it resolves.
    QString error;
    setConfig({{QStringLiteral("notReadyMs"), 0}});
    m_sim->simulator().whatsApp().startPairing(*m_sim->simulator().whatsApp().find(name), {});
    const QString code = m_sim->simulator().whatsApp().currentCode(*m_sim->simulator().whatsApp().find(name));
    QVERIFY2(m_sim->simulator().evolutionScan(name, code, &error), qPrintable(error));
    QVERIFY(refresh());
    const AlertEvaluation after = evaluate();
    const Alert* resolved = alertFor(after, RuleId::kWhatsAppDisconnected, slug);
    QVERIFY(!resolved || resolved->state == Alert::State::Resolved);
}

void TestWhatsAppMonitor::aLogoutFromTheConsoleIsNotAnIncident()
{
    QVERIFY(refresh());
    const QString name = openTenantInstance(*m_monitor);
    const QString slug = m_monitor->instance(name)->tenantSlug;
    bool loggedOut = false;
    m_monitor->client()->logout(name, this, [&](Result<QString> result) {
        loggedOut = bool(result);
        if (result)
            m_monitor->noteLoggedOut(name);
    });
    QTRY_VERIFY(loggedOut);
    QVERIFY(refresh());
    const WhatsAppStatus* status = m_monitor->instance(name);
    QCOMPARE(status->state, WhatsAppState::Close);
    QVERIFY(status->closedOnPurpose);
    QVERIFY(!alertFor(evaluate(), RuleId::kWhatsAppDisconnected, slug));
}

void TestWhatsAppMonitor::repeatedDropsRaiseAReconnectLoop()
{
    setConfig({{QStringLiteral("reconnectMs"), 300}});
    QVERIFY(refresh());
    const QString name = openTenantInstance(*m_monitor);
    const QString slug = m_monitor->instance(name)->tenantSlug;
    // Each transient drop: connecting, then open again by itself. The monitor sees both changes.
    for (int i = 0; i < 3; ++i) {
        QVERIFY(m_sim->simulator().evolutionDrop(name, 428));
        QVERIFY(refresh());
        QCOMPARE(m_monitor->instance(name)->state, WhatsAppState::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->simulator().whatsApp().find(name)->state, Sim::SimWhatsApp::State::Open, 5000);
        QVERIFY(refresh());
        QCOMPARE(m_monitor->instance(name)->state, WhatsAppState::Open);
    }
    QCOMPARE(m_monitor->instance(name)->recentChanges, 6);
    const AlertEvaluation pass = evaluate();
    const Alert* loop = alertFor(pass, RuleId::kWhatsAppReconnectLoop, slug);
    QVERIFY(loop);
    QCOMPARE(loop->state, Alert::State::Firing);
    QVERIFY2(loop->summary.contains(QLatin1String("reconnect loop")), qPrintable(loop->summary));
    // Transient drops never closed it for good: no "disconnected" alert.
    const Alert* disconnected = alertFor(pass, RuleId::kWhatsAppDisconnected, slug);
    QVERIFY(!disconnected || disconnected->state != Alert::State::Firing);
    // Ten quiet minutes later the window is empty again.
    const WhatsAppStatus* status = m_monitor->instance(name);
    QVERIFY(status->recentChanges > 3);
}

void TestWhatsAppMonitor::anInstanceThatSaysOpenButCannotSendIsFlaggedDead()
{
    QVERIFY(refresh());
    const QString name = openTenantInstance(*m_monitor);
    const QString slug = m_monitor->instance(name)->tenantSlug;
    QVERIFY(!m_monitor->instance(name)->dead);
    QVERIFY(m_sim->simulator().evolutionSetZombie(name, true));
    QVERIFY(refresh()); // the presence check fails with Connection Closed
    const WhatsAppStatus* status = m_monitor->instance(name);
    QCOMPARE(status->state, WhatsAppState::Open); // what the server claims
    QVERIFY(status->dead);
    QVERIFY(!status->isHealthy());
    QCOMPARE(m_monitor->counts().disconnected, 2);
    const Alert* alert = alertFor(evaluate(), RuleId::kWhatsAppDead, slug);
    QVERIFY(alert);
    QCOMPARE(alert->severity, AlertSeverity::High);
    QVERIFY2(alert->summary.contains(QLatin1String("cannot send")), qPrintable(alert->summary));

    QVERIFY(m_sim->simulator().evolutionSetZombie(name, false));
    QVERIFY(refresh());
    QVERIFY(!m_monitor->instance(name)->dead);
}

void TestWhatsAppMonitor::aFailingServerKeepsTheLastDataWithTheReason()
{
    QVERIFY(refresh());
    const QDateTime firstAt = m_monitor->inventoryAt();
    const int count = int(m_monitor->instances().size());
    // Built, not written out: a slash-star in a literal confuses moc.
    const QString everything = QStringLiteral("/evolution/") + QLatin1Char('*');
    QVERIFY(m_sim->addFault(QJsonObject{{QStringLiteral("path"), everything},
                {QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("status"), 503}})
        > 0);
    QVERIFY(refresh());
    QCOMPARE(m_monitor->instances().size(), count);
    QCOMPARE(m_monitor->inventoryAt(), firstAt);
    QVERIFY(!m_monitor->error().isEmpty());
    QCOMPARE(m_fleet->source(WhatsAppMonitor::kSource).state, SourceStatus::State::Failing);
    // No answer about a state is not a disconnection.
    const AlertEvaluation pass = evaluate();
    for (const Alert& alert : pass.alerts)
        QVERIFY2(alert.ruleId != RuleId::kWhatsAppDisconnected || alert.subject != QLatin1String("pizza-co"),
            qPrintable(alert.summary));
    m_sim->clearFaults();
    QVERIFY(refresh());
    QVERIFY(m_monitor->error().isEmpty());
    QVERIFY(m_monitor->inventoryAt() > firstAt);
}

void TestWhatsAppMonitor::theSnapshotRestoresStatesWithoutSecrets()
{
    QVERIFY(refresh());
    const QByteArray snapshot = m_monitor->snapshot();
    for (Sim::SimWhatsApp::Instance* instance : m_sim->simulator().whatsApp().instances())
        QVERIFY2(!snapshot.contains(instance->token.toUtf8()), "an instance key reached the snapshot");
    WhatsAppMonitor restored(m_fleet.get(), m_http.get());
    QVERIFY(restored.restore(snapshot));
    QCOMPARE(restored.instances().size(), m_monitor->instances().size());
    QVERIFY(restored.knownAt().isValid());
    QVERIFY(!restored.inventoryAt().isValid()); // not a live answer
    const WhatsAppStatus* pizza = restored.forTenant(QStringLiteral("pizza-co"));
    QVERIFY(pizza);
    QCOMPARE(pizza->state, WhatsAppState::Open);
    QCOMPARE(pizza->instance.phone, m_monitor->forTenant(QStringLiteral("pizza-co"))->instance.phone);
    // A restored state is not a fresh sample: it fires nothing.
    QVERIFY(!restored.observations().isEmpty());
    for (const Observation& observation : restored.observations())
        QVERIFY(observation.metric != Metric::kWhatsAppConnected);
    QVERIFY(!restored.restore(QByteArrayLiteral("{not json")));
}

void TestWhatsAppMonitor::pairingShowsTheCurrentCodeAndConnects()
{
    setConfig({{QStringLiteral("notReadyMs"), 600}, {QStringLiteral("rotateMs"), 60000}});
    QVERIFY(refresh());
    const QString name = neverPairedInstance(*m_monitor);
    QVERIFY(!name.isEmpty());
    WhatsAppPairing::Options options;
    options.pollEvery = 100ms;
    WhatsAppPairing pairing(m_monitor->client(), m_monitor.get(), options);
    QSignalSpy codes(&pairing, &WhatsAppPairing::codeChanged);
    QSignalSpy finished(&pairing, &WhatsAppPairing::finished);
    bool sawWaiting = false;
    connect(&pairing, &WhatsAppPairing::changed, this,
        [&] { sawWaiting = sawWaiting || pairing.phase() == WhatsAppPairing::Phase::Waiting; });
    pairing.start(name);
    QTRY_COMPARE_WITH_TIMEOUT(codes.size(), 1, 10000);
    QVERIFY(sawWaiting); // the server first answered only a count
    QCOMPARE(pairing.phase(), WhatsAppPairing::Phase::ShowingCode);
    Sim::SimWhatsApp::Instance* simInstance = m_sim->simulator().whatsApp().find(name);
    QCOMPARE(pairing.current().code, m_sim->simulator().whatsApp().currentCode(*simInstance));
    QVERIFY(pairing.current().png.startsWith("\x89PNG"));
    QVERIFY(pairing.secondsToNextCode() > 0);
    QString error;
    QVERIFY2(m_sim->simulator().evolutionScan(name, pairing.current().code, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(pairing.phase(), WhatsAppPairing::Phase::Connected);
    QVERIFY(!pairing.phone().isEmpty());
    QCOMPARE(pairing.phone(), EvolutionDecoder::phoneFromJid(simInstance->ownerJid));
    // The monitor knows at once.
    QCOMPARE(m_monitor->instance(name)->state, WhatsAppState::Open);
}

void TestWhatsAppMonitor::pairingFollowsTheRotationAndStopsAtTheLimit()
{
    setConfig({{QStringLiteral("notReadyMs"), 0}, {QStringLiteral("rotateMs"), 700}, {QStringLiteral("limit"), 3}});
    QVERIFY(refresh());
    const QString name = neverPairedInstance(*m_monitor);
    WhatsAppPairing::Options options;
    options.pollEvery = 100ms;
    options.qrLimit = 3;
    WhatsAppPairing pairing(m_monitor->client(), m_monitor.get(), options);
    QSignalSpy finished(&pairing, &WhatsAppPairing::finished);
    QStringList seen;
    connect(&pairing, &WhatsAppPairing::codeChanged, this, [&] { seen << pairing.current().code; });
    pairing.start(name);
    QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 2, 10000);
    QVERIFY(seen.at(0) != seen.at(1));
    QVERIFY(pairing.current().count >= 2);
    // An old code no longer connects.
    QString error;
    QVERIFY(!m_sim->simulator().evolutionScan(name, seen.at(0), &error));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(pairing.phase(), WhatsAppPairing::Phase::LimitReached);
    QVERIFY2(pairing.message().contains(QLatin1String("limit is 3")), qPrintable(pairing.message()));
    // The server is back to close, and nothing started a new round behind the person's back.
    QTest::qWait(300);
    QCOMPARE(m_sim->simulator().whatsApp().find(name)->state, Sim::SimWhatsApp::State::Close);
    // Starting again works.
    seen.clear();
    pairing.start(name);
    QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty(), 10000);
}

void TestWhatsAppMonitor::pairingWithAPhoneNumberGivesAnEightCharacterCode()
{
    setConfig({{QStringLiteral("notReadyMs"), 0}, {QStringLiteral("rotateMs"), 60000}});
    QVERIFY(refresh());
    const QString name = neverPairedInstance(*m_monitor);
    WhatsAppPairing::Options options;
    options.pollEvery = 100ms;
    WhatsAppPairing pairing(m_monitor->client(), m_monitor.get(), options);
    QSignalSpy codes(&pairing, &WhatsAppPairing::codeChanged);
    QSignalSpy finished(&pairing, &WhatsAppPairing::finished);
    pairing.start(name, QStringLiteral("+55 (11) 98888-7777"));
    QTRY_COMPARE_WITH_TIMEOUT(codes.size(), 1, 10000);
    const QString code = pairing.current().pairingCode;
    QCOMPARE(code.size(), 8);
    QCOMPARE(WhatsAppPairing::groupedPairingCode(code), code.left(4) + QLatin1Char('-') + code.mid(4));
    QString error;
    Sim::SimWhatsApp& whatsApp = m_sim->simulator().whatsApp();
    QVERIFY2(whatsApp.scan(*whatsApp.find(name), {}, code, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(pairing.phone(), QStringLiteral("5511988887777"));
}

void TestWhatsAppMonitor::pairingAnUnloadedInstanceFailsWithWhatToDo()
{
    QVERIFY(refresh());
    WhatsAppPairing::Options options;
    options.pollEvery = 100ms;
    WhatsAppPairing pairing(m_monitor->client(), m_monitor.get(), options);
    QSignalSpy finished(&pairing, &WhatsAppPairing::finished);
    pairing.start(m_sim->simulator().unloadedEvolutionInstance());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(pairing.phase(), WhatsAppPairing::Phase::Failed);
    QVERIFY2(pairing.message().contains(QLatin1String("restart it")), qPrintable(pairing.message()));
    // An unknown instance is a clear failure too, not an endless wait.
    WhatsAppPairing unknown(m_monitor->client(), m_monitor.get(), options);
    QSignalSpy unknownDone(&unknown, &WhatsAppPairing::finished);
    unknown.start(QStringLiteral("no-such-instance"));
    QTRY_COMPARE_WITH_TIMEOUT(unknownDone.size(), 1, 10000);
    QVERIFY2(unknown.message().contains(QLatin1String("no-such-instance")), qPrintable(unknown.message()));
}

QTEST_GUILESS_MAIN(TestWhatsAppMonitor)
#include "tst_whatsappmonitor.moc"
