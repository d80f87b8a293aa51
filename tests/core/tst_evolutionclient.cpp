// EvolutionClient over real HTTP against the simulated Evolution API: the inventory with phones, profile names,
// counts and the 401 logout, live connection states (Unknown for an instance that is not loaded), the guards (404
// before the key, 401), pairing (count-only, then the current QR and its PNG, the pairing code), create, restart,
// presence, logout and the asynchronous delete, sendText and its refusals, zombies ("Connection Closed"), every
// transport fault as a clear ApiError (a proxy's 429 as rate limiting), names with spaces and accents, and no
// instance key in any error.
#include "core/connectors/evolution/evolutionclient.h"
#include "core/net/httpclient.h"
#include "sim/faultinjector.h"
#include "sim/simfleet.h"
#include "sim/simulator.h"
#include "sim/simwhatsapp.h"

#include "tests/support/simfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <chrono>

using namespace Fleetdeck;
using namespace std::chrono_literals;

class CallContext : public QObject
{
    Q_OBJECT
signals:
    void done();
};

namespace {

const QString kSource = QStringLiteral("Evolution API");
const QByteArray kPngSignature = QByteArrayLiteral("\x89PNG\r\n\x1a\n");

template <typename T, typename Start> std::optional<Result<T>> await(Start start, int timeoutMs = 20000)
{
    CallContext context;
    std::optional<Result<T>> result;
    start(&context, [&result, &context](Result<T> r) {
        result = std::move(r);
        emit context.done();
    });
    if (!result) {
        QSignalSpy spy(&context, &CallContext::done);
        spy.wait(timeoutMs);
    }
    return result;
}

QString describe(const ApiError& error)
{
    return ApiError::kindName(error.kind) + QLatin1Char(' ') + QString::number(error.httpStatus) + QLatin1Char(' ')
        + error.message;
}

template <typename T> QString failureOf(const std::optional<Result<T>>& result)
{
    if (!result)
        return QStringLiteral("no answer");
    return result->hasValue() ? QStringLiteral("succeeded") : describe(result->error());
}

const WhatsAppInstance* named(const QList<WhatsAppInstance>& instances, const QString& name)
{
    for (const WhatsAppInstance& instance : instances) {
        if (instance.name == name)
            return &instance;
    }
    return nullptr;
}

QJsonObject jsonObject(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

class TestEvolutionClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void inventoryListsEveryClientAndTheUnassignedInstances();
    void inventoryShowsPhoneProfileAndCounts();
    void loggedOutInstanceShowsCode401AndWhen();
    void connectedInstanceIsOpen();
    void unloadedInstanceIsUnknownNotClosed();
    void unknownInstanceIs404EvenWithAWrongKey();
    void wrongKeyForAnExistingInstanceIsUnauthorized();
    void urlWithApiPrefixSaysItIsNotTheServerRoot();

    void connectWaitsThenShowsTheCurrentQr();
    void connectingAgainShowsTheSameQr();
    void scanningTheQrConnectsThePhone();
    void connectOnAConnectedInstanceSaysOpen();
    void connectOnAnUnloadedInstanceIsASoftError();
    void connectWithANumberGivesAnEightCharacterPairingCode();

    void createAnswersTheNewInstanceAndItsKey();
    void createWithQrcodeAndNumberStartsPairing();
    void createWithAWebhookIsAccepted();
    void creatingATakenNameIsRefusedAsAlreadyInUse();
    void createBodyAlwaysNamesBaileysAndSendsWebhookEventsAsAnArray();
    void createWithoutANameIsRefusedBeforeSending();
    void namesWithSpacesAndAccentsReachTheirInstance();

    void restartOfAClosedInstanceIsASoftError();
    void restartOfAZombieIsConnectionClosed();
    void presenceOnAConnectedInstanceSucceeds();
    void presenceOnAZombieIsConnectionClosed();
    void deletingAZombieIsConnectionClosedAndKeepsIt();

    void sendTextAnswersTheStoredMessage();
    void sendTextToANumberNotOnWhatsAppNamesTheNumber();
    void sendTextWithoutTextIsRefused();
    void sendTextToANumberWithoutDigitsIsNeverSent();
    void sendTextFromAZombieIsConnectionClosed();

    void logoutClosesTheConnection();
    void logoutTwiceSaysNotConnected();
    void deletedInstanceLeavesTheInventory();

    void serverErrorOnTheInventoryIsAClearHttpError();
    void slowServerIsATimeout();
    void oneDroppedConnectionOnTheInventoryIsRetried();
    void serverThatKeepsDroppingIsANetworkError();
    void rateLimitedInventoryKeepsRetryAfter();
    void proxyErrorPageIsAnHttpErrorWithoutTheHtml();
    void hugeAndTruncatedInventories_data();
    void hugeAndTruncatedInventories();
    void malformedInventoryIsADecodeError_data();
    void malformedInventoryIsADecodeError();

    void instanceKeysNeverAppearInAnyError();

private:
    EvolutionClient client(EvolutionClient::Options options = {}) const;
    // await<T> that also keeps every error for the instance-key check.
    template <typename T, typename Start> std::optional<Result<T>> call(Start start, int timeoutMs = 20000)
    {
        std::optional<Result<T>> result = await<T>(std::move(start), timeoutMs);
        if (result && !result->hasValue())
            m_errors.append(result->error());
        return result;
    }
    std::optional<QList<WhatsAppInstance>> inventory();
    std::optional<WhatsAppState> stateOf(const QString& name);
    // An instance no other test has used: connected (with a client), or closed and never paired.
    QString takeOpenInstance();
    QString takeNeverPairedInstance();
    QStringList instanceKeys();
    // The message of the first error mentioning an instance key (or the global key); empty when none does.
    QString leakedKeyIn(const QList<ApiError>& errors);

    std::unique_ptr<Testing::SimFixture> m_sim;
    std::unique_ptr<HttpClient> m_http;
    QList<std::chrono::milliseconds> m_plannedDelays;
    QSet<QString> m_taken;
    QSet<QString> m_keys;
    QList<ApiError> m_errors; // this test function's
    QList<ApiError> m_allErrors; // every test function's
};

EvolutionClient TestEvolutionClient::client(EvolutionClient::Options options) const
{
    if (options.url.isEmpty())
        options.url = m_sim->url(QStringLiteral("/evolution"));
    if (options.apiKey.isEmpty())
        options.apiKey = m_sim->simulator().options().secret.toUtf8();
    return EvolutionClient(m_http.get(), std::move(options));
}

std::optional<QList<WhatsAppInstance>> TestEvolutionClient::inventory()
{
    EvolutionClient c = client();
    const auto result = call<QList<WhatsAppInstance>>([&](const QObject* ctx, auto cb) { c.fetchInstances(ctx, cb); });
    if (!result || !result->hasValue()) {
        qWarning() << "fetchInstances failed:" << failureOf(result);
        return std::nullopt;
    }
    return result->value();
}

std::optional<WhatsAppState> TestEvolutionClient::stateOf(const QString& name)
{
    EvolutionClient c = client();
    const auto result = call<WhatsAppState>([&](const QObject* ctx, auto cb) { c.connectionState(name, ctx, cb); });
    if (!result || !result->hasValue()) {
        qWarning() << "connectionState of" << name << "failed:" << failureOf(result);
        return std::nullopt;
    }
    return result->value();
}

QString TestEvolutionClient::takeOpenInstance()
{
    for (Sim::SimWhatsApp::Instance* instance : m_sim->simulator().whatsApp().instances()) {
        if (instance->state == Sim::SimWhatsApp::State::Open && !instance->tenant.isEmpty() && !instance->zombie
            && !m_taken.contains(instance->name)) {
            m_taken.insert(instance->name);
            return instance->name;
        }
    }
    return {};
}

QString TestEvolutionClient::takeNeverPairedInstance()
{
    for (Sim::SimWhatsApp::Instance* instance : m_sim->simulator().whatsApp().instances()) {
        if (instance->state == Sim::SimWhatsApp::State::Close && !instance->tenant.isEmpty()
            && instance->ownerJid.isEmpty() && !instance->disconnectionReasonCode && !instance->pairing.active
            && !m_taken.contains(instance->name)) {
            m_taken.insert(instance->name);
            return instance->name;
        }
    }
    return {};
}

QStringList TestEvolutionClient::instanceKeys()
{
    for (const Sim::SimWhatsApp::Instance* instance : m_sim->simulator().whatsApp().instances())
        m_keys.insert(instance->token);
    return QStringList(m_keys.cbegin(), m_keys.cend());
}

QString TestEvolutionClient::leakedKeyIn(const QList<ApiError>& errors)
{
    QStringList keys = instanceKeys();
    keys.append(m_sim->simulator().options().secret);
    for (const ApiError& error : errors) {
        const QString shown = error.toDisplayString();
        for (const QString& key : std::as_const(keys)) {
            if (key.isEmpty())
                continue;
            if (error.message.contains(key) || error.url.contains(key) || shown.contains(key)) {
                const QString redacted = key.left(4) + QStringLiteral("…");
                return QStringLiteral("the key %1 in: %2 (%3)")
                    .arg(redacted, describe(error).replace(key, redacted), QString(error.url).replace(key, redacted));
            }
        }
    }
    return {};
}

void TestEvolutionClient::initTestCase()
{
    m_sim = std::make_unique<Testing::SimFixture>();
    Sim::SimOptions options;
    options.tenants = 40;
    options.latencyScale = 0;
    QString error;
    QVERIFY2(m_sim->start(options, &error), qPrintable(error));
    const Sim::Simulator& sim = m_sim->simulator();
    QVERIFY(!sim.loggedOutEvolutionInstance().isEmpty());
    QVERIFY(!sim.unloadedEvolutionInstance().isEmpty());
    // Kept for the tests that need them as seeded.
    m_taken = {QStringLiteral("pizza-co"), QStringLiteral("joes-plumbing"), QStringLiteral("mikes-hvac"),
        QStringLiteral("test-bot"), QStringLiteral("legacy-sales"), sim.loggedOutEvolutionInstance(),
        sim.unloadedEvolutionInstance()};
    QVERIFY(instanceKeys().size() >= 42);
}

void TestEvolutionClient::init()
{
    m_sim->clearFaults();
    m_sim->simulator().whatsApp().setConfig(Sim::SimWhatsApp::Config{});
    m_plannedDelays.clear();
    m_errors.clear();
    m_http = std::make_unique<HttpClient>();
    m_http->setDelayHook([this](std::chrono::milliseconds planned) {
        m_plannedDelays << planned;
        return 0ms;
    });
}

void TestEvolutionClient::cleanup()
{
    m_sim->clearFaults();
    m_http.reset();
    m_allErrors.append(m_errors);
    const QString leaked = leakedKeyIn(m_errors);
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
}

void TestEvolutionClient::inventoryListsEveryClientAndTheUnassignedInstances()
{
    const auto list = inventory();
    QVERIFY(list);
    const Sim::SimFleet& fleet = m_sim->simulator().fleet();
    QCOMPARE(list->size(), fleet.size() + 2);
    QSet<QString> names;
    for (const WhatsAppInstance& instance : *list) {
        QVERIFY2(!instance.name.isEmpty() && !instance.id.isEmpty(), qPrintable(instance.name));
        QCOMPARE(instance.integration, QStringLiteral("WHATSAPP-BAILEYS"));
        QVERIFY(instance.createdAt.isValid());
        QCOMPARE(instance.createdAt.timeSpec(), Qt::UTC);
        QVERIFY(instance.counts.known);
        names.insert(instance.name);
    }
    QCOMPARE(names.size(), list->size());
    for (const Sim::SimTenant& tenant : fleet.tenants())
        QVERIFY2(names.contains(tenant.evolutionInstance), qPrintable(tenant.evolutionInstance));
    QVERIFY(names.contains(QStringLiteral("test-bot")));
    QVERIFY(names.contains(QStringLiteral("legacy-sales")));
    QCOMPARE(named(*list, QStringLiteral("test-bot"))->storedState, WhatsAppState::Open);
    QCOMPARE(named(*list, QStringLiteral("legacy-sales"))->storedState, WhatsAppState::Close);
    QVERIFY(named(*list, QStringLiteral("legacy-sales"))->phone.isEmpty());
}

void TestEvolutionClient::inventoryShowsPhoneProfileAndCounts()
{
    const auto list = inventory();
    QVERIFY(list);
    static const QRegularExpression brazilianMobile(QStringLiteral("^55\\d{2}9\\d{8}$"));
    int checked = 0;
    for (Sim::SimWhatsApp::Instance* simulated : m_sim->simulator().whatsApp().instances()) {
        const WhatsAppInstance* instance = named(*list, simulated->name);
        QVERIFY2(instance, qPrintable(simulated->name));
        QCOMPARE(instance->id, simulated->id);
        QCOMPARE(instance->counts.messages, simulated->messages);
        QCOMPARE(instance->counts.contacts, simulated->contacts);
        QCOMPARE(instance->counts.chats, simulated->chats);
        QCOMPARE(instance->profileName, simulated->profileName);
        if (simulated->ownerJid.isEmpty()) {
            QVERIFY(instance->phone.isEmpty());
            continue;
        }
        QVERIFY2(!instance->phone.contains(QLatin1Char('@')), qPrintable(instance->phone));
        QCOMPARE(instance->phone + QStringLiteral("@s.whatsapp.net"), simulated->ownerJid);
        QVERIFY2(brazilianMobile.match(instance->phone).hasMatch(), qPrintable(instance->phone));
        ++checked;
    }
    QVERIFY(checked >= 20);
    const WhatsAppInstance* pizza = named(*list, QStringLiteral("pizza-co"));
    QVERIFY(pizza);
    QCOMPARE(pizza->profileName, QStringLiteral("Pizza Co"));
    QCOMPARE(pizza->storedState, WhatsAppState::Open);
    QVERIFY(pizza->counts.messages >= 1000);
    QVERIFY(!pizza->disconnectionCode);
    QVERIFY(!pizza->disconnectionAt.isValid());
    const WhatsAppInstance* bot = named(*list, QStringLiteral("test-bot"));
    QVERIFY(bot);
    QCOMPARE(bot->profileName, QStringLiteral("Test Bot"));
    QVERIFY(!bot->phone.isEmpty());
}

void TestEvolutionClient::loggedOutInstanceShowsCode401AndWhen()
{
    const QString name = m_sim->simulator().loggedOutEvolutionInstance();
    const auto list = inventory();
    QVERIFY(list);
    const WhatsAppInstance* instance = named(*list, name);
    QVERIFY(instance);
    QCOMPARE(instance->storedState, WhatsAppState::Close);
    QVERIFY(instance->disconnectionCode);
    QCOMPARE(*instance->disconnectionCode, 401);
    QVERIFY(instance->disconnectionAt.isValid());
    QCOMPARE(instance->disconnectionAt.timeSpec(), Qt::UTC);
    const qint64 hoursAgo = instance->disconnectionAt.secsTo(m_sim->simulator().currentTime()) / 3600;
    QVERIFY2(hoursAgo >= 1 && hoursAgo <= 6, qPrintable(QString::number(hoursAgo)));
    QVERIFY(!instance->phone.isEmpty()); // logged out on the phone: the row keeps the number
    QCOMPARE(stateOf(name), std::optional<WhatsAppState>(WhatsAppState::Close));
}

void TestEvolutionClient::connectedInstanceIsOpen()
{
    QCOMPARE(stateOf(QStringLiteral("pizza-co")), std::optional<WhatsAppState>(WhatsAppState::Open));
    QCOMPARE(stateOf(QStringLiteral("test-bot")), std::optional<WhatsAppState>(WhatsAppState::Open));
    QCOMPARE(stateOf(QStringLiteral("legacy-sales")), std::optional<WhatsAppState>(WhatsAppState::Close));
}

void TestEvolutionClient::unloadedInstanceIsUnknownNotClosed()
{
    const QString name = m_sim->simulator().unloadedEvolutionInstance();
    QCOMPARE(stateOf(name), std::optional<WhatsAppState>(WhatsAppState::Unknown));
    // The inventory's column still says what it said last.
    const auto list = inventory();
    QVERIFY(list);
    QVERIFY(named(*list, name));
    QCOMPARE(named(*list, name)->storedState, WhatsAppState::Open);
}

void TestEvolutionClient::unknownInstanceIs404EvenWithAWrongKey()
{
    for (const QByteArray& key : {m_sim->simulator().options().secret.toUtf8(), QByteArrayLiteral("wrong-key")}) {
        EvolutionClient::Options options;
        options.apiKey = key;
        EvolutionClient c = client(options);
        const auto result = call<WhatsAppState>(
            [&](const QObject* ctx, auto cb) { c.connectionState(QStringLiteral("no-such-shop"), ctx, cb); });
        QVERIFY(result && !result->hasValue());
        const ApiError& error = result->error();
        QCOMPARE(error.httpStatus, 404);
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QVERIFY2(error.message.contains(QStringLiteral("no-such-shop")), qPrintable(describe(error)));
        QVERIFY2(error.message.contains(QStringLiteral("does not exist")), qPrintable(describe(error)));
        QCOMPARE(error.source, kSource);
        QVERIFY2(error.url.endsWith(QStringLiteral("/evolution/instance/connectionState/no-such-shop")),
            qPrintable(error.url));
    }
}

void TestEvolutionClient::wrongKeyForAnExistingInstanceIsUnauthorized()
{
    // A made-up key, and another instance's own key: both refused, and neither shows up in the error.
    Sim::SimWhatsApp::Instance* other = m_sim->simulator().whatsApp().find(QStringLiteral("joes-plumbing"));
    QVERIFY(other);
    const QByteArray otherKey = other->token.toUtf8();
    for (const QByteArray& key : {QByteArrayLiteral("wrong-key"), otherKey}) {
        EvolutionClient::Options options;
        options.apiKey = key;
        EvolutionClient c = client(options);
        const auto result = call<WhatsAppState>(
            [&](const QObject* ctx, auto cb) { c.connectionState(QStringLiteral("pizza-co"), ctx, cb); });
        QVERIFY(result && !result->hasValue());
        QCOMPARE(result->error().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(result->error().httpStatus, 401);
        QCOMPARE(result->error().source, kSource);
        QVERIFY(!result->error().toDisplayString().isEmpty());
    }
    // The inventory with a wrong key: refused the same way.
    EvolutionClient::Options options;
    options.apiKey = QByteArrayLiteral("wrong-key");
    EvolutionClient c = client(options);
    const auto list = call<QList<WhatsAppInstance>>([&](const QObject* ctx, auto cb) { c.fetchInstances(ctx, cb); });
    QVERIFY(list && !list->hasValue());
    QCOMPARE(list->error().kind, ApiError::Kind::Unauthorized);
}

void TestEvolutionClient::urlWithApiPrefixSaysItIsNotTheServerRoot()
{
    EvolutionClient::Options options;
    options.url = m_sim->url(QStringLiteral("/evolution/api"));
    EvolutionClient c = client(options);
    const auto result = call<QList<WhatsAppInstance>>([&](const QObject* ctx, auto cb) { c.fetchInstances(ctx, cb); });
    QVERIFY(result && !result->hasValue());
    QCOMPARE(result->error().httpStatus, 404);
    QVERIFY2(result->error().message.contains(QStringLiteral("server root")), qPrintable(describe(result->error())));
}

void TestEvolutionClient::connectWaitsThenShowsTheCurrentQr()
{
    Sim::SimWhatsApp& whatsApp = m_sim->simulator().whatsApp();
    whatsApp.setConfig({.rotateMs = 60000, .limit = 30, .notReadyMs = 400});
    const QString name = takeNeverPairedInstance();
    QVERIFY(!name.isEmpty());
    QCOMPARE(stateOf(name), std::optional<WhatsAppState>(WhatsAppState::Close));
    EvolutionClient c = client();

    auto connect = [&]() {
        return call<WhatsAppConnectAnswer>([&](const QObject* ctx, auto cb) { c.connect(name, QString(), ctx, cb); });
    };
    auto first = connect();
    QVERIFY2(first && first->hasValue(), qPrintable(failureOf(first)));
    QCOMPARE(first->value().kind, WhatsAppConnectAnswer::Kind::Waiting);
    QCOMPARE(first->value().count, 0);
    QVERIFY(first->value().code.isEmpty());
    QVERIFY(first->value().png.isEmpty());
    QCOMPARE(stateOf(name), std::optional<WhatsAppState>(WhatsAppState::Connecting));

    WhatsAppConnectAnswer qr;
    auto qrReady = [&]() {
        const auto answer = connect();
        if (!answer || !answer->hasValue())
            return true; // fails below
        qr = answer->value();
        return qr.kind != WhatsAppConnectAnswer::Kind::Waiting;
    };
    QTRY_VERIFY_WITH_TIMEOUT(qrReady(), 10000);
    QCOMPARE(qr.kind, WhatsAppConnectAnswer::Kind::Qr);
    QCOMPARE(qr.count, 1);
    Sim::SimWhatsApp::Instance* simulated = whatsApp.find(name);
    QVERIFY(simulated);
    QCOMPARE(qr.code, whatsApp.currentCode(*simulated));
    QVERIFY2(qr.code.startsWith(QStringLiteral("2@")), qPrintable(qr.code));
    QVERIFY(!qr.png.isEmpty());
    QVERIFY(qr.png.startsWith(kPngSignature));
    QVERIFY(qr.pairingCode.isEmpty());
    QVERIFY(qr.error.isEmpty());
}

void TestEvolutionClient::connectingAgainShowsTheSameQr()
{
    Sim::SimWhatsApp& whatsApp = m_sim->simulator().whatsApp();
    whatsApp.setConfig({.rotateMs = 60000, .limit = 30, .notReadyMs = 0});
    const QString name = takeNeverPairedInstance();
    QVERIFY(!name.isEmpty());
    EvolutionClient c = client();
    const auto first =
        call<WhatsAppConnectAnswer>([&](const QObject* ctx, auto cb) { c.connect(name, QString(), ctx, cb); });
    QVERIFY2(first && first->hasValue(), qPrintable(failureOf(first)));
    QCOMPARE(first->value().kind, WhatsAppConnectAnswer::Kind::Qr);
    const quint64 session = whatsApp.find(name)->pairing.session;

    const auto second =
        call<WhatsAppConnectAnswer>([&](const QObject* ctx, auto cb) { c.connect(name, QString(), ctx, cb); });
    QVERIFY2(second && second->hasValue(), qPrintable(failureOf(second)));
    QCOMPARE(second->value().kind, WhatsAppConnectAnswer::Kind::Qr);
    QCOMPARE(second->value().code, first->value().code);
    QCOMPARE(second->value().png, first->value().png);
    QCOMPARE(second->value().count, first->value().count);
    QCOMPARE(whatsApp.find(name)->pairing.session, session); // no new pairing started
    QCOMPARE(stateOf(name), std::optional<WhatsAppState>(WhatsAppState::Connecting));
}

void TestEvolutionClient::scanningTheQrConnectsThePhone()
{
    m_sim->simulator().whatsApp().setConfig({.rotateMs = 60000, .limit = 30, .notReadyMs = 0});
    const QString name = takeNeverPairedInstance();
    QVERIFY(!name.isEmpty());
    EvolutionClient c = client();
    const auto qr =
        call<WhatsAppConnectAnswer>([&](const QObject* ctx, auto cb) { c.connect(name, QString(), ctx, cb); });
    QVERIFY2(qr && qr->hasValue(), qPrintable(failureOf(qr)));
    QCOMPARE(qr->value().kind, WhatsAppConnectAnswer::Kind::Qr);
    QString error;
    QVERIFY2(m_sim->simulator().evolutionScan(name, qr->value().code, &error), qPrintable(error));
    QCOMPARE(stateOf(name), std::optional<WhatsAppState>(WhatsAppState::Open));
    const auto list = inventory();
    QVERIFY(list);
    const WhatsAppInstance* instance = named(*list, name);
    QVERIFY(instance);
    QCOMPARE(instance->storedState, WhatsAppState::Open);
    QVERIFY(!instance->phone.isEmpty());
    QVERIFY(!instance->profileName.isEmpty());
}

void TestEvolutionClient::connectOnAConnectedInstanceSaysOpen()
{
    EvolutionClient c = client();
    const auto answer = call<WhatsAppConnectAnswer>(
        [&](const QObject* ctx, auto cb) { c.connect(QStringLiteral("pizza-co"), QString(), ctx, cb); });
    QVERIFY2(answer && answer->hasValue(), qPrintable(failureOf(answer)));
    QCOMPARE(answer->value().kind, WhatsAppConnectAnswer::Kind::Open);
    QVERIFY(answer->value().code.isEmpty());
    QCOMPARE(stateOf(QStringLiteral("pizza-co")), std::optional<WhatsAppState>(WhatsAppState::Open));
}

void TestEvolutionClient::connectOnAnUnloadedInstanceIsASoftError()
{
    const QString name = m_sim->simulator().unloadedEvolutionInstance();
    EvolutionClient c = client();
    const auto answer =
        call<WhatsAppConnectAnswer>([&](const QObject* ctx, auto cb) { c.connect(name, QString(), ctx, cb); });
    QVERIFY2(answer && answer->hasValue(), qPrintable(failureOf(answer)));
    QCOMPARE(answer->value().kind, WhatsAppConnectAnswer::Kind::SoftError);
    QCOMPARE(answer->value().error, QStringLiteral("[object Object]"));
    QCOMPARE(stateOf(name), std::optional<WhatsAppState>(WhatsAppState::Unknown));
}

void TestEvolutionClient::connectWithANumberGivesAnEightCharacterPairingCode()
{
    Sim::SimWhatsApp& whatsApp = m_sim->simulator().whatsApp();
    whatsApp.setConfig({.rotateMs = 60000, .limit = 30, .notReadyMs = 300});
    const QString name = takeNeverPairedInstance();
    QVERIFY(!name.isEmpty());
    EvolutionClient c = client();
    const QString number = QStringLiteral("+55 (21) 99888-7777");
    auto connect = [&]() {
        return call<WhatsAppConnectAnswer>([&](const QObject* ctx, auto cb) { c.connect(name, number, ctx, cb); });
    };
    const auto first = connect();
    QVERIFY2(first && first->hasValue(), qPrintable(failureOf(first)));
    QCOMPARE(first->value().kind, WhatsAppConnectAnswer::Kind::Waiting);
    QCOMPARE(whatsApp.find(name)->pairing.number, QStringLiteral("5521998887777")); // digits only on the wire

    WhatsAppConnectAnswer ready;
    auto pairingCodeReady = [&]() {
        const auto answer = connect();
        if (!answer || !answer->hasValue())
            return true; // fails below
        ready = answer->value();
        return ready.kind != WhatsAppConnectAnswer::Kind::Waiting;
    };
    QTRY_VERIFY_WITH_TIMEOUT(pairingCodeReady(), 10000);
    QCOMPARE(ready.kind, WhatsAppConnectAnswer::Kind::Qr);
    static const QRegularExpression pairingCode(QStringLiteral("^[1-9A-HJ-NP-TV-Z]{8}$"));
    QVERIFY2(pairingCode.match(ready.pairingCode).hasMatch(), qPrintable(ready.pairingCode));
    QCOMPARE(ready.pairingCode, whatsApp.find(name)->pairing.pairingCode);

    // Typing it on the phone pairs that number.
    QString error;
    QVERIFY2(m_sim->simulator().evolutionScan(name, ready.code, &error), qPrintable(error));
    const auto list = inventory();
    QVERIFY(list);
    QVERIFY(named(*list, name));
    QCOMPARE(named(*list, name)->phone, QStringLiteral("5521998887777"));
}

void TestEvolutionClient::createAnswersTheNewInstanceAndItsKey()
{
    EvolutionClient c = client();
    EvolutionClient::CreateRequest request;
    request.name = QStringLiteral("fd-created");
    request.qrcode = false;
    const auto created = call<WhatsAppCreated>([&](const QObject* ctx, auto cb) { c.create(request, ctx, cb); });
    QVERIFY2(created && created->hasValue(), qPrintable(failureOf(created)));
    const WhatsAppCreated& answer = created->value();
    QCOMPARE(answer.name, request.name);
    QVERIFY(!answer.id.isEmpty());
    QCOMPARE(answer.integration, QStringLiteral("WHATSAPP-BAILEYS"));
    QCOMPARE(answer.state, WhatsAppState::Close);
    QVERIFY(!answer.instanceKey.isEmpty());
    QVERIFY(!answer.pairing);

    Sim::SimWhatsApp::Instance* simulated = m_sim->simulator().whatsApp().find(request.name);
    QVERIFY(simulated);
    QCOMPARE(answer.instanceKey, simulated->token.toUtf8());
    QCOMPARE(answer.id, simulated->id);
    QCOMPARE(simulated->integration, QStringLiteral("WHATSAPP-BAILEYS"));
    QVERIFY(!simulated->webhook);

    const auto list = inventory();
    QVERIFY(list);
    QVERIFY(named(*list, request.name));
    QCOMPARE(named(*list, request.name)->storedState, WhatsAppState::Close);
    QCOMPARE(stateOf(request.name), std::optional<WhatsAppState>(WhatsAppState::Close));

    // The new key is that instance's own key.
    EvolutionClient::Options options;
    options.apiKey = answer.instanceKey;
    EvolutionClient own = client(options);
    const auto state =
        call<WhatsAppState>([&](const QObject* ctx, auto cb) { own.connectionState(request.name, ctx, cb); });
    QVERIFY2(state && state->hasValue(), qPrintable(failureOf(state)));
}

void TestEvolutionClient::createWithQrcodeAndNumberStartsPairing()
{
    m_sim->simulator().whatsApp().setConfig({.rotateMs = 60000, .limit = 30, .notReadyMs = 0});
    EvolutionClient c = client();
    EvolutionClient::CreateRequest request;
    request.name = QStringLiteral("fd-created-pairing");
    request.pairingNumber = QStringLiteral("+55 21 99888-1234");
    request.token = QStringLiteral("fd-own-instance-key-7f3a9c");
    const auto created = call<WhatsAppCreated>([&](const QObject* ctx, auto cb) { c.create(request, ctx, cb); });
    QVERIFY2(created && created->hasValue(), qPrintable(failureOf(created)));
    const WhatsAppCreated& answer = created->value();
    QCOMPARE(answer.state, WhatsAppState::Connecting);
    QCOMPARE(answer.instanceKey, request.token.toUtf8());
    QVERIFY(answer.pairing);
    QCOMPARE(answer.pairing->kind, WhatsAppConnectAnswer::Kind::Qr);
    QCOMPARE(answer.pairing->count, 1);
    QCOMPARE(answer.pairing->pairingCode.size(), 8);
    QVERIFY(answer.pairing->png.startsWith(kPngSignature));
    Sim::SimWhatsApp& whatsApp = m_sim->simulator().whatsApp();
    Sim::SimWhatsApp::Instance* simulated = whatsApp.find(request.name);
    QVERIFY(simulated);
    QCOMPARE(answer.pairing->code, whatsApp.currentCode(*simulated));
    QCOMPARE(answer.pairing->pairingCode, simulated->pairing.pairingCode);
    QCOMPARE(simulated->number, QStringLiteral("5521998881234"));

    const auto list = inventory();
    QVERIFY(list);
    QVERIFY(named(*list, request.name));
    QCOMPARE(named(*list, request.name)->pairingNumber, QStringLiteral("5521998881234"));
}

void TestEvolutionClient::createWithAWebhookIsAccepted()
{
    EvolutionClient c = client();
    EvolutionClient::CreateRequest request;
    request.name = QStringLiteral("fd-created-webhook");
    request.qrcode = false;
    request.webhookUrl = QStringLiteral("https://n8n.example/webhook/evolution");
    // No events = every event; Evolution still needs an array (without one the create fails).
    const auto everyEvent = call<WhatsAppCreated>([&](const QObject* ctx, auto cb) { c.create(request, ctx, cb); });
    QVERIFY2(everyEvent && everyEvent->hasValue(), qPrintable(failureOf(everyEvent)));
    Sim::SimWhatsApp::Instance* simulated = m_sim->simulator().whatsApp().find(request.name);
    QVERIFY(simulated);
    QVERIFY(simulated->webhook);
    QCOMPARE(simulated->webhook->url, request.webhookUrl);
    QVERIFY(simulated->webhook->events.isEmpty());

    request.name = QStringLiteral("fd-created-webhook-events");
    request.webhookEvents = {QStringLiteral("QRCODE_UPDATED"), QStringLiteral("CONNECTION_UPDATE")};
    const auto someEvents = call<WhatsAppCreated>([&](const QObject* ctx, auto cb) { c.create(request, ctx, cb); });
    QVERIFY2(someEvents && someEvents->hasValue(), qPrintable(failureOf(someEvents)));
    simulated = m_sim->simulator().whatsApp().find(request.name);
    QVERIFY(simulated && simulated->webhook);
    QCOMPARE(simulated->webhook->events, request.webhookEvents);
}

void TestEvolutionClient::creatingATakenNameIsRefusedAsAlreadyInUse()
{
    EvolutionClient c = client();
    EvolutionClient::CreateRequest request;
    request.name = QStringLiteral("fd-created-twice");
    request.qrcode = false;
    const auto first = call<WhatsAppCreated>([&](const QObject* ctx, auto cb) { c.create(request, ctx, cb); });
    QVERIFY2(first && first->hasValue(), qPrintable(failureOf(first)));

    for (const QString& name : {request.name, QStringLiteral("pizza-co")}) {
        request.name = name;
        const auto again = call<WhatsAppCreated>([&](const QObject* ctx, auto cb) { c.create(request, ctx, cb); });
        QVERIFY(again && !again->hasValue());
        const ApiError& error = again->error();
        QCOMPARE(error.httpStatus, 403);
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QVERIFY2(error.message.contains(QStringLiteral("already in use")), qPrintable(describe(error)));
        QVERIFY2(error.message.contains(name), qPrintable(describe(error)));
        QCOMPARE(error.source, kSource);
    }
    QVERIFY(m_plannedDelays.isEmpty()); // nothing that changes an instance is retried
}

void TestEvolutionClient::createBodyAlwaysNamesBaileysAndSendsWebhookEventsAsAnArray()
{
    EvolutionClient::CreateRequest request;
    request.name = QStringLiteral("shop");
    QJsonObject body = jsonObject(EvolutionClient::createBody(request));
    QCOMPARE(body.value(QLatin1String("instanceName")).toString(), QStringLiteral("shop"));
    QCOMPARE(body.value(QLatin1String("integration")).toString(), QStringLiteral("WHATSAPP-BAILEYS"));
    QCOMPARE(body.value(QLatin1String("qrcode")).toBool(), true);
    QVERIFY(!body.contains(QLatin1String("webhook")));
    QVERIFY(!body.contains(QLatin1String("number")));
    QVERIFY(!body.contains(QLatin1String("token")));
    QVERIFY(EvolutionClient::createBody(request).contains(R"("integration":"WHATSAPP-BAILEYS")"));

    request.qrcode = false;
    request.pairingNumber = QStringLiteral("+55 (11) 98888-7777");
    request.webhookUrl = QStringLiteral("https://n8n.example/webhook/evolution");
    body = jsonObject(EvolutionClient::createBody(request));
    QCOMPARE(body.value(QLatin1String("integration")).toString(), QStringLiteral("WHATSAPP-BAILEYS"));
    QCOMPARE(body.value(QLatin1String("qrcode")).toBool(true), false);
    QCOMPARE(body.value(QLatin1String("number")).toString(), QStringLiteral("5511988887777"));
    QJsonObject webhook = body.value(QLatin1String("webhook")).toObject();
    QCOMPARE(webhook.value(QLatin1String("url")).toString(), request.webhookUrl);
    QVERIFY(webhook.value(QLatin1String("events")).isArray());
    QVERIFY(webhook.value(QLatin1String("events")).toArray().isEmpty());

    request.webhookEvents = {QStringLiteral("QRCODE_UPDATED"), QStringLiteral("CONNECTION_UPDATE")};
    const QByteArray withEvents = EvolutionClient::createBody(request);
    QVERIFY(withEvents.contains(R"("integration":"WHATSAPP-BAILEYS")"));
    webhook = jsonObject(withEvents).value(QLatin1String("webhook")).toObject();
    QCOMPARE(webhook.value(QLatin1String("events")).toArray(),
        QJsonArray({QStringLiteral("QRCODE_UPDATED"), QStringLiteral("CONNECTION_UPDATE")}));
}

void TestEvolutionClient::createWithoutANameIsRefusedBeforeSending()
{
    QVERIFY(
        m_sim->addFault(QByteArrayLiteral(R"({"path":"/evolution/instance/create","kind":"latency","latencyMs":0})"))
        > 0);
    EvolutionClient c = client();
    EvolutionClient::CreateRequest request;
    request.name = QStringLiteral("  ");
    const auto result = call<WhatsAppCreated>([&](const QObject* ctx, auto cb) { c.create(request, ctx, cb); });
    QVERIFY(result && !result->hasValue());
    QCOMPARE(result->error().kind, ApiError::Kind::Config);
    QCOMPARE(result->error().source, kSource);
    QCOMPARE(m_sim->simulator().faults().faults().first().hits, 0);
}

void TestEvolutionClient::namesWithSpacesAndAccentsReachTheirInstance()
{
    m_sim->simulator().whatsApp().setConfig({.rotateMs = 60000, .limit = 30, .notReadyMs = 0});
    EvolutionClient c = client();
    EvolutionClient::CreateRequest request;
    request.name = QStringLiteral("Loja do Zé #2");
    request.qrcode = false;
    const auto created = call<WhatsAppCreated>([&](const QObject* ctx, auto cb) { c.create(request, ctx, cb); });
    QVERIFY2(created && created->hasValue(), qPrintable(failureOf(created)));
    QCOMPARE(created->value().name, request.name);
    // The name is percent-encoded once in the path ("Loja%20do%20Z%C3%A9%20%232"), never twice.
    QCOMPARE(stateOf(request.name), std::optional<WhatsAppState>(WhatsAppState::Close));
    const auto qr =
        call<WhatsAppConnectAnswer>([&](const QObject* ctx, auto cb) { c.connect(request.name, QString(), ctx, cb); });
    QVERIFY2(qr && qr->hasValue(), qPrintable(failureOf(qr)));
    QCOMPARE(qr->value().kind, WhatsAppConnectAnswer::Kind::Qr);
    QVERIFY(m_sim->simulator().whatsApp().find(request.name)->pairing.active);
}

void TestEvolutionClient::restartOfAClosedInstanceIsASoftError()
{
    EvolutionClient c = client();
    const auto answer = call<WhatsAppConnectAnswer>(
        [&](const QObject* ctx, auto cb) { c.restart(QStringLiteral("legacy-sales"), ctx, cb); });
    QVERIFY2(answer && answer->hasValue(), qPrintable(failureOf(answer)));
    QCOMPARE(answer->value().kind, WhatsAppConnectAnswer::Kind::SoftError);
    QCOMPARE(answer->value().error, QStringLiteral("[object Object]"));
    QCOMPARE(stateOf(QStringLiteral("legacy-sales")), std::optional<WhatsAppState>(WhatsAppState::Close));

    // An open instance restarts and stays open.
    const QString open = takeOpenInstance();
    QVERIFY(!open.isEmpty());
    const auto restarted = call<WhatsAppConnectAnswer>([&](const QObject* ctx, auto cb) { c.restart(open, ctx, cb); });
    QVERIFY2(restarted && restarted->hasValue(), qPrintable(failureOf(restarted)));
    QCOMPARE(restarted->value().kind, WhatsAppConnectAnswer::Kind::Open);
    QVERIFY(m_plannedDelays.isEmpty());
}

void TestEvolutionClient::restartOfAZombieIsConnectionClosed()
{
    const QString name = takeOpenInstance();
    QVERIFY(!name.isEmpty());
    QString simError;
    QVERIFY2(m_sim->simulator().evolutionSetZombie(name, true, &simError), qPrintable(simError));
    QCOMPARE(stateOf(name), std::optional<WhatsAppState>(WhatsAppState::Open)); // it says it is connected
    EvolutionClient c = client();
    const auto answer = call<WhatsAppConnectAnswer>([&](const QObject* ctx, auto cb) { c.restart(name, ctx, cb); });
    QVERIFY(answer && !answer->hasValue());
    const ApiError& error = answer->error();
    QVERIFY2(EvolutionClient::isConnectionClosed(error), qPrintable(describe(error)));
    QCOMPARE(error.httpStatus, 500);
    QVERIFY2(error.message.contains(name), qPrintable(describe(error)));
    QCOMPARE(error.source, kSource);
    QVERIFY(EvolutionClient::numberNotOnWhatsApp(error).isEmpty());
    QVERIFY(m_plannedDelays.isEmpty());
}

void TestEvolutionClient::presenceOnAConnectedInstanceSucceeds()
{
    EvolutionClient c = client();
    for (const char* presence : {"available", "composing", "paused"}) {
        const auto done = call<Done>([&](const QObject* ctx, auto cb) {
            c.setPresence(QStringLiteral("test-bot"), QLatin1String(presence), ctx, cb);
        });
        QVERIFY2(done && done->hasValue(), qPrintable(failureOf(done)));
    }
    // A word Evolution does not know is its 400, in its words.
    const auto unknown = call<Done>([&](const QObject* ctx, auto cb) {
        c.setPresence(QStringLiteral("test-bot"), QStringLiteral("away"), ctx, cb);
    });
    QVERIFY(unknown && !unknown->hasValue());
    QCOMPARE(unknown->error().httpStatus, 400);
    QVERIFY2(unknown->error().message.contains(QStringLiteral("presence")), qPrintable(describe(unknown->error())));
}

void TestEvolutionClient::presenceOnAZombieIsConnectionClosed()
{
    const QString name = takeOpenInstance();
    QVERIFY(!name.isEmpty());
    QVERIFY(m_sim->simulator().evolutionSetZombie(name, true));
    EvolutionClient c = client();
    const auto done =
        call<Done>([&](const QObject* ctx, auto cb) { c.setPresence(name, QStringLiteral("available"), ctx, cb); });
    QVERIFY(done && !done->hasValue());
    QVERIFY2(EvolutionClient::isConnectionClosed(done->error()), qPrintable(describe(done->error())));
    QCOMPARE(done->error().source, kSource);

    // Once the socket is back, presence works again.
    QVERIFY(m_sim->simulator().evolutionSetZombie(name, false));
    const auto again =
        call<Done>([&](const QObject* ctx, auto cb) { c.setPresence(name, QStringLiteral("available"), ctx, cb); });
    QVERIFY2(again && again->hasValue(), qPrintable(failureOf(again)));
}

void TestEvolutionClient::deletingAZombieIsConnectionClosedAndKeepsIt()
{
    const QString name = takeOpenInstance();
    QVERIFY(!name.isEmpty());
    QVERIFY(m_sim->simulator().evolutionSetZombie(name, true));
    EvolutionClient c = client();
    const auto done = call<QString>([&](const QObject* ctx, auto cb) { c.remove(name, ctx, cb); });
    QVERIFY(done && !done->hasValue());
    QCOMPARE(done->error().httpStatus, 400); // 2.3.x logs out first, and the dead socket makes that throw
    QVERIFY2(EvolutionClient::isConnectionClosed(done->error()), qPrintable(describe(done->error())));
    const auto list = inventory();
    QVERIFY(list);
    QVERIFY(named(*list, name));
}

void TestEvolutionClient::sendTextAnswersTheStoredMessage()
{
    const QString name = takeOpenInstance();
    QVERIFY(!name.isEmpty());
    Sim::SimWhatsApp& whatsApp = m_sim->simulator().whatsApp();
    const qint64 before = whatsApp.find(name)->messages;
    EvolutionClient c = client();
    const auto sent = call<WhatsAppSentMessage>([&](const QObject* ctx, auto cb) {
        c.sendText(name, QStringLiteral("+55 (11) 98888-7777"), QStringLiteral("Olá! Seu pedido saiu."), ctx, cb);
    });
    QVERIFY2(sent && sent->hasValue(), qPrintable(failureOf(sent)));
    const WhatsAppSentMessage& message = sent->value();
    static const QRegularExpression messageId(QStringLiteral("^3EB0[0-9A-F]{18}$"));
    QVERIFY2(messageId.match(message.id).hasMatch(), qPrintable(message.id));
    QCOMPARE(message.status, QStringLiteral("PENDING"));
    QCOMPARE(message.remoteJid, QStringLiteral("5511988887777@s.whatsapp.net"));
    QVERIFY(message.at.isValid());
    QCOMPARE(message.at.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(message.at.secsTo(m_sim->simulator().currentTime())) < 60);
    QCOMPARE(whatsApp.find(name)->messages, before + 1);
    QVERIFY(m_plannedDelays.isEmpty());
}

void TestEvolutionClient::sendTextToANumberNotOnWhatsAppNamesTheNumber()
{
    const QString name = takeOpenInstance();
    QVERIFY(!name.isEmpty());
    const qint64 before = m_sim->simulator().whatsApp().find(name)->messages;
    EvolutionClient c = client();
    const auto sent = call<WhatsAppSentMessage>([&](const QObject* ctx, auto cb) {
        c.sendText(name, QStringLiteral("+55 11 91234-0000"), QStringLiteral("Olá"), ctx, cb);
    });
    QVERIFY(sent && !sent->hasValue());
    const ApiError& error = sent->error();
    QCOMPARE(EvolutionClient::numberNotOnWhatsApp(error), QStringLiteral("5511912340000"));
    QCOMPARE(error.httpStatus, 400);
    QVERIFY(!EvolutionClient::isConnectionClosed(error));
    QCOMPARE(error.source, kSource);
    QCOMPARE(m_sim->simulator().whatsApp().find(name)->messages, before);
}

void TestEvolutionClient::sendTextWithoutTextIsRefused()
{
    const QString name = takeOpenInstance();
    QVERIFY(!name.isEmpty());
    EvolutionClient c = client();
    const auto sent = call<WhatsAppSentMessage>(
        [&](const QObject* ctx, auto cb) { c.sendText(name, QStringLiteral("5511988887777"), QString(), ctx, cb); });
    QVERIFY(sent && !sent->hasValue());
    const ApiError& error = sent->error();
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QVERIFY2(error.message.contains(QStringLiteral("Text is required")), qPrintable(describe(error)));
    QVERIFY2(error.message.contains(name), qPrintable(describe(error)));
    QVERIFY(EvolutionClient::numberNotOnWhatsApp(error).isEmpty());
}

void TestEvolutionClient::sendTextToANumberWithoutDigitsIsNeverSent()
{
    // Counts the requests that reach the route. Not a raw string: moc takes a slash-star in one for a comment.
    QVERIFY(m_sim->addFault(QJsonObject{{QStringLiteral("path"), QStringLiteral("/evolution/message/sendText/*")},
                {QStringLiteral("kind"), QStringLiteral("latency")}, {QStringLiteral("latencyMs"), 0}})
        > 0);
    const qint64 before = m_sim->simulator().whatsApp().find(QStringLiteral("test-bot"))->messages;
    EvolutionClient c = client();
    for (const QString& number : {QStringLiteral("joe"), QString(), QStringLiteral("+-() ")}) {
        const auto sent = call<WhatsAppSentMessage>([&](const QObject* ctx, auto cb) {
            c.sendText(QStringLiteral("test-bot"), number, QStringLiteral("hi"), ctx, cb);
        });
        QVERIFY(sent && !sent->hasValue());
        QCOMPARE(sent->error().kind, ApiError::Kind::Config);
        QCOMPARE(sent->error().source, kSource);
        QVERIFY(!sent->error().toDisplayString().isEmpty());
    }
    QCOMPARE(m_sim->simulator().faults().faults().first().hits, 0);
    QCOMPARE(m_sim->simulator().whatsApp().find(QStringLiteral("test-bot"))->messages, before);
}

void TestEvolutionClient::sendTextFromAZombieIsConnectionClosed()
{
    const QString name = takeOpenInstance();
    QVERIFY(!name.isEmpty());
    QVERIFY(m_sim->simulator().evolutionSetZombie(name, true));
    EvolutionClient c = client();
    const auto sent = call<WhatsAppSentMessage>([&](const QObject* ctx, auto cb) {
        c.sendText(name, QStringLiteral("5511988887777"), QStringLiteral("hi"), ctx, cb);
    });
    QVERIFY(sent && !sent->hasValue());
    QVERIFY2(EvolutionClient::isConnectionClosed(sent->error()), qPrintable(describe(sent->error())));
    QVERIFY(EvolutionClient::numberNotOnWhatsApp(sent->error()).isEmpty());
}

void TestEvolutionClient::logoutClosesTheConnection()
{
    const QString name = takeOpenInstance();
    QVERIFY(!name.isEmpty());
    EvolutionClient c = client();
    const auto done = call<QString>([&](const QObject* ctx, auto cb) { c.logout(name, ctx, cb); });
    QVERIFY2(done && done->hasValue(), qPrintable(failureOf(done)));
    QCOMPARE(done->value(), QStringLiteral("Instance logged out"));
    QCOMPARE(stateOf(name), std::optional<WhatsAppState>(WhatsAppState::Close));
    const auto list = inventory();
    QVERIFY(list);
    QVERIFY(named(*list, name)); // the instance stays, ready to pair again
    QCOMPARE(named(*list, name)->storedState, WhatsAppState::Close);
    QVERIFY(named(*list, name)->phone.isEmpty());
}

void TestEvolutionClient::logoutTwiceSaysNotConnected()
{
    const QString name = takeOpenInstance();
    QVERIFY(!name.isEmpty());
    EvolutionClient c = client();
    const auto first = call<QString>([&](const QObject* ctx, auto cb) { c.logout(name, ctx, cb); });
    QVERIFY2(first && first->hasValue(), qPrintable(failureOf(first)));
    const auto second = call<QString>([&](const QObject* ctx, auto cb) { c.logout(name, ctx, cb); });
    QVERIFY(second && !second->hasValue());
    const ApiError& error = second->error();
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QVERIFY2(error.message.contains(QStringLiteral("not connected")), qPrintable(describe(error)));
    QVERIFY2(error.message.contains(name), qPrintable(describe(error)));
    QCOMPARE(error.source, kSource);
    QVERIFY(m_plannedDelays.isEmpty());
}

void TestEvolutionClient::deletedInstanceLeavesTheInventory()
{
    m_sim->simulator().whatsApp().setConfig({.deleteDelayMs = 300});
    const QString name = takeOpenInstance();
    QVERIFY(!name.isEmpty());
    EvolutionClient c = client();
    const auto done = call<QString>([&](const QObject* ctx, auto cb) { c.remove(name, ctx, cb); });
    QVERIFY2(done && done->hasValue(), qPrintable(failureOf(done)));
    QCOMPARE(done->value(), QStringLiteral("Instance deleted"));

    auto gone = [&]() {
        const auto list = inventory();
        return list && !list->isEmpty() && !named(*list, name);
    };
    QTRY_VERIFY_WITH_TIMEOUT(gone(), 10000);
    const auto state = call<WhatsAppState>([&](const QObject* ctx, auto cb) { c.connectionState(name, ctx, cb); });
    QVERIFY(state && !state->hasValue());
    QCOMPARE(state->error().httpStatus, 404);
    QVERIFY2(state->error().message.contains(name), qPrintable(describe(state->error())));
}

void TestEvolutionClient::serverErrorOnTheInventoryIsAClearHttpError()
{
    QVERIFY(m_sim->addFault(
                QByteArrayLiteral(R"({"path":"/evolution/instance/fetchInstances","kind":"status","status":500})"))
        > 0);
    EvolutionClient c = client();
    const auto result = call<QList<WhatsAppInstance>>([&](const QObject* ctx, auto cb) { c.fetchInstances(ctx, cb); });
    QVERIFY(result && !result->hasValue());
    const ApiError& error = result->error();
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, 500);
    QCOMPARE(error.source, kSource);
    QCOMPARE(error.message, QStringLiteral("Internal Server Error"));
    QVERIFY2(error.url.endsWith(QStringLiteral("/evolution/instance/fetchInstances")), qPrintable(error.url));
    QVERIFY(!error.toDisplayString().isEmpty());
}

void TestEvolutionClient::slowServerIsATimeout()
{
    QVERIFY(m_sim->addFault(
                QByteArrayLiteral(R"({"path":"/evolution/instance/fetchInstances","kind":"latency","latencyMs":5000})"))
        > 0);
    EvolutionClient::Options options;
    options.timeout = 300ms;
    options.maxRetries = 1;
    EvolutionClient c = client(options);
    const auto result = call<QList<WhatsAppInstance>>([&](const QObject* ctx, auto cb) { c.fetchInstances(ctx, cb); });
    QVERIFY(result && !result->hasValue());
    QCOMPARE(result->error().kind, ApiError::Kind::Timeout);
    QCOMPARE(result->error().source, kSource);
    QVERIFY(!result->error().toDisplayString().isEmpty());
    QCOMPARE(m_plannedDelays.size(), 1); // a read is retried once more
}

void TestEvolutionClient::oneDroppedConnectionOnTheInventoryIsRetried()
{
    QVERIFY(
        m_sim->addFault(QByteArrayLiteral(R"({"path":"/evolution/instance/fetchInstances","kind":"reset","count":1})"))
        > 0);
    const auto list = inventory();
    QVERIFY(list);
    QCOMPARE(list->size(), m_sim->simulator().whatsApp().instances().size());
    QCOMPARE(m_plannedDelays.size(), 1);
}

void TestEvolutionClient::serverThatKeepsDroppingIsANetworkError()
{
    QVERIFY(m_sim->addFault(QJsonObject{{QStringLiteral("path"), QStringLiteral("/evolution/instance/*")},
                {QStringLiteral("kind"), QStringLiteral("reset")}})
        > 0);
    EvolutionClient c = client();
    const auto result = call<QList<WhatsAppInstance>>([&](const QObject* ctx, auto cb) { c.fetchInstances(ctx, cb); });
    QVERIFY(result && !result->hasValue());
    QCOMPARE(result->error().kind, ApiError::Kind::Network);
    QCOMPARE(result->error().source, kSource);
    QCOMPARE(m_plannedDelays.size(), c.options().maxRetries);
    // Nothing that changes an instance is retried.
    m_plannedDelays.clear();
    const auto logout =
        call<QString>([&](const QObject* ctx, auto cb) { c.logout(QStringLiteral("pizza-co"), ctx, cb); });
    QVERIFY(logout && !logout->hasValue());
    QCOMPARE(logout->error().kind, ApiError::Kind::Network);
    QVERIFY(m_plannedDelays.isEmpty());
    m_sim->clearFaults();
    QCOMPARE(stateOf(QStringLiteral("pizza-co")), std::optional<WhatsAppState>(WhatsAppState::Open));
}

void TestEvolutionClient::rateLimitedInventoryKeepsRetryAfter()
{
    // A rate limiter in front of Evolution: the caller must learn when to come back, as from every other connector.
    QVERIFY(m_sim->addFault(
                QByteArrayLiteral(R"({"path":"/evolution/instance/fetchInstances","kind":"ratelimit","retryAfter":3})"))
        > 0);
    EvolutionClient c = client();
    const auto result = call<QList<WhatsAppInstance>>([&](const QObject* ctx, auto cb) { c.fetchInstances(ctx, cb); });
    QVERIFY(result && !result->hasValue());
    const ApiError& error = result->error();
    QCOMPARE(error.httpStatus, 429);
    QCOMPARE(error.source, kSource);
    // A proxy's rate limit is reported as one, with how long it asked to wait.
    QCOMPARE(error.kind, ApiError::Kind::RateLimited);
    QCOMPARE(error.retryAfterSeconds, 3);
}

void TestEvolutionClient::proxyErrorPageIsAnHttpErrorWithoutTheHtml()
{
    QVERIFY(m_sim->addFault(
                QByteArrayLiteral(R"({"path":"/evolution/instance/fetchInstances","kind":"status","status":502,)"
                                  R"("body":"<html><body><h1>502 Bad Gateway</h1></body></html>"})"))
        > 0);
    EvolutionClient c = client();
    const auto result = call<QList<WhatsAppInstance>>([&](const QObject* ctx, auto cb) { c.fetchInstances(ctx, cb); });
    QVERIFY(result && !result->hasValue());
    const ApiError& error = result->error();
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, 502);
    QCOMPARE(error.source, kSource);
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(!error.message.contains(QLatin1Char('<')), qPrintable(describe(error)));
}

void TestEvolutionClient::hugeAndTruncatedInventories_data()
{
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<qint64>("maxBodyBytes");
    QTest::addColumn<QList<int>>("kinds");
    QTest::newRow("huge") << QByteArray(
        R"({"path":"/evolution/instance/fetchInstances","kind":"huge","bytes":2097152})")
                          << qint64(1024 * 1024) << QList<int>{int(ApiError::Kind::TooLarge)};
    QTest::newRow("truncated") << QByteArray(R"({"path":"/evolution/instance/fetchInstances","kind":"truncated"})")
                               << qint64(0) << QList<int>{int(ApiError::Kind::Network), int(ApiError::Kind::Decode)};
}

void TestEvolutionClient::hugeAndTruncatedInventories()
{
    QFETCH(QByteArray, fault);
    QFETCH(qint64, maxBodyBytes);
    QFETCH(QList<int>, kinds);
    QVERIFY(m_sim->addFault(fault) > 0);
    EvolutionClient::Options options;
    if (maxBodyBytes > 0)
        options.maxBodyBytes = maxBodyBytes;
    EvolutionClient c = client(options);
    const auto result = call<QList<WhatsAppInstance>>([&](const QObject* ctx, auto cb) { c.fetchInstances(ctx, cb); });
    QVERIFY(result && !result->hasValue());
    QVERIFY2(kinds.contains(int(result->error().kind)), qPrintable(describe(result->error())));
    QCOMPARE(result->error().source, kSource);
}

void TestEvolutionClient::malformedInventoryIsADecodeError_data()
{
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<QString>("says");
    const QByteArray path = QByteArrayLiteral(R"("path":"/evolution/instance/fetchInstances")");
    QTest::newRow("broken JSON") << QByteArray("{" + path + R"(,"kind":"malformed"})") << QStringLiteral("malformed");
    QTest::newRow("HTML page") << QByteArray(
        "{" + path + R"(,"kind":"status","status":200,"body":"<html><body>Login</body></html>"})")
                               << QStringLiteral("HTML");
    QTest::newRow("not a list") << QByteArray("{" + path + R"(,"kind":"status","status":200,"body":{"ok":true}})")
                                << QStringLiteral("list of instances");
    QTest::newRow("v1 shape") << QByteArray(
        "{" + path + R"(,"kind":"status","status":200,"body":[{"instance":{"instanceName":"x"}}]})")
                              << QStringLiteral("v1");
    QTest::newRow("error envelope with 200") << QByteArray("{" + path
        + R"(,"kind":"status","status":200,"body":{"status":500,"error":"Internal Server Error",)"
          R"("response":{"message":["database is down"]}}})")
                                             << QStringLiteral("database is down");
    QTest::newRow("empty body") << QByteArray("{" + path + R"(,"kind":"status","status":200,"body":" "})")
                                << QStringLiteral("empty");
}

void TestEvolutionClient::malformedInventoryIsADecodeError()
{
    QFETCH(QByteArray, fault);
    QFETCH(QString, says);
    QVERIFY(m_sim->addFault(fault) > 0);
    EvolutionClient c = client();
    const auto result = call<QList<WhatsAppInstance>>([&](const QObject* ctx, auto cb) { c.fetchInstances(ctx, cb); });
    QVERIFY(result && !result->hasValue());
    const ApiError& error = result->error();
    QVERIFY2(error.kind == ApiError::Kind::Decode, qPrintable(describe(error)));
    QCOMPARE(error.httpStatus, 200);
    QCOMPARE(error.source, kSource);
    QVERIFY2(error.message.contains(says), qPrintable(describe(error)));
    QVERIFY2(error.url.endsWith(QStringLiteral("/evolution/instance/fetchInstances")), qPrintable(error.url));
    QVERIFY(!error.toDisplayString().isEmpty());
}

void TestEvolutionClient::instanceKeysNeverAppearInAnyError()
{
    // One error of each kind an instance can cause, asked with an instance key where the server allows it; then
    // these and every earlier test's errors together (each test's were also checked in cleanup()).
    const QByteArray botKey = m_sim->simulator().whatsApp().find(QStringLiteral("test-bot"))->token.toUtf8();
    EvolutionClient::Options ownKey;
    ownKey.apiKey = botKey;
    EvolutionClient bot = client(ownKey);
    EvolutionClient global = client();

    const auto otherInstance = call<WhatsAppState>(
        [&](const QObject* ctx, auto cb) { bot.connectionState(QStringLiteral("pizza-co"), ctx, cb); });
    QVERIFY(otherInstance && !otherInstance->hasValue());
    QCOMPARE(otherInstance->error().httpStatus, 401);

    const auto unknown =
        call<QString>([&](const QObject* ctx, auto cb) { bot.logout(QStringLiteral("no-such-shop"), ctx, cb); });
    QVERIFY(unknown && !unknown->hasValue());
    QCOMPARE(unknown->error().httpStatus, 404);

    const auto notOnWhatsApp = call<WhatsAppSentMessage>([&](const QObject* ctx, auto cb) {
        bot.sendText(QStringLiteral("test-bot"), QStringLiteral("5511912340000"), QStringLiteral("hi"), ctx, cb);
    });
    QVERIFY(notOnWhatsApp && !notOnWhatsApp->hasValue());
    QCOMPARE(notOnWhatsApp->error().httpStatus, 400);

    EvolutionClient::CreateRequest taken; // a key of our own in the body of a refused create
    taken.name = QStringLiteral("pizza-co");
    taken.token = QStringLiteral("fd-own-instance-key-taken-9e1d");
    m_keys.insert(taken.token);
    const auto refused = call<WhatsAppCreated>([&](const QObject* ctx, auto cb) { global.create(taken, ctx, cb); });
    QVERIFY(refused && !refused->hasValue());
    QCOMPARE(refused->error().httpStatus, 403);

    const QString zombie = takeOpenInstance();
    QVERIFY(!zombie.isEmpty());
    QVERIFY(m_sim->simulator().evolutionSetZombie(zombie, true));
    const auto closed = call<Done>(
        [&](const QObject* ctx, auto cb) { global.setPresence(zombie, QStringLiteral("available"), ctx, cb); });
    QVERIFY(closed && !closed->hasValue());
    QCOMPARE(closed->error().httpStatus, 500);

    QVERIFY(m_keys.contains(QString::fromUtf8(botKey)));
    const QString leaked = leakedKeyIn(m_allErrors + m_errors);
    QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
}

QTEST_GUILESS_MAIN(TestEvolutionClient)
#include "tst_evolutionclient.moc"
