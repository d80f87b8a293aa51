// The simulated Evolution API v2 over real HTTP (platform-apis.md §1): the guards (404 before the key, 401),
// fetchInstances' DB rows, connectionState without `state` for an unloaded instance, pairing sessions
// (count-only, then rotating QR codes whose PNG decodes to `code`, the QR limit), scanning through /_sim/,
// the soft errors of connect and restart, create/restart/logout/delete, sendText, zombies and transient drops.
#include "sim/simfleet.h"
#include "sim/simwhatsapp.h"

#include "tests/sim/httpprobe.h"
#include "tests/support/simfixture.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Fleetdeck;
using namespace Fleetdeck::Sim;
using namespace Fleetdeck::Testing;

namespace {

const QByteArray kSecret = QByteArrayLiteral("evo-test-secret");
const QByteArray kConnectionClosed =
    QByteArrayLiteral(R"({"status":500,"error":"Internal Server Error","response":{"message":"Connection Closed"}})");
const QByteArray kSoftError = QByteArrayLiteral(R"({"error":true,"message":"[object Object]"})");
const QByteArray kUnauthorized =
    QByteArrayLiteral(R"({"status":401,"error":"Unauthorized","response":{"message":"Unauthorized"}})");

QByteArray q(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

QJsonObject object(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray array(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).array();
}

QString str(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

// The error envelope, byte for byte in the real server's key order.
QByteArray evolutionError(int status, const char* reason, const QString& message)
{
    return QByteArrayLiteral("{\"status\":") + QByteArray::number(status) + QByteArrayLiteral(",\"error\":\"") + reason
        + QByteArrayLiteral("\",\"response\":{\"message\":")
        + QJsonDocument(QJsonArray{message}).toJson(QJsonDocument::Compact) + QByteArrayLiteral("}}");
}

// Compares JSON, not bytes: the key order of an object is not part of the contract.
bool sameJson(const QByteArray& actual, const QByteArray& expected)
{
    return QJsonDocument::fromJson(actual) == QJsonDocument::fromJson(expected);
}

} // namespace

class TestSimEvolution : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void unknownInstanceIs404EvenWithAWrongKey();
    void wrongKeyIs401AndTheInstanceKeyWorks();
    void fetchInstancesListsDbRowsWithTokens();
    void fetchInstancesFiltersAndInstanceKeySeesItself();
    void seededInstancesCoverEveryCase();
    void unloadedInstanceHasNoStateAndSoftErrors();
    void connectIsCountOnlyThenAQrObject();
    void qrPngDecodesToExactlyTheCode();
    void withoutImageTheQrHasNoBase64();
    void qrRotatesAndTheLimitClosesTheSession();
    void scanWithAnOldCodeIs409AndTheCurrentOneOpens();
    void pairingCodeIsStableAndPairsTheNumber();
    void createValidatesAndAnswers201();
    void createWithQrcodeStartsPairing();
    void restartLogoutAndAsyncDelete();
    void sendTextAnswersTheMessageRecord();
    void zombieFailsSendsAndRestarts();
    void transientDropsReconnectAndA401Stays();
    void unknownRoutesAreCannotMethodPath();
    void faultsApplyToEvolutionRoutes();
    void controlApiRejectsUnknownAndBadInput();

private:
    HttpResult evolution(
        const QByteArray& method, const QString& path, const QByteArray& body = {}, const QByteArray& key = kSecret)
    {
        HttpCall call;
        call.method = method;
        call.body = body;
        if (!key.isNull())
            call.headers.append({QByteArrayLiteral("apikey"), key});
        return fetch(*m_manager, m_sim.url(QStringLiteral("/evolution") + path), call);
    }
    HttpResult control(const QByteArray& method, const QString& path, const QByteArray& body = {})
    {
        return fetch(*m_manager, m_sim.url(QStringLiteral("/_sim/evolution") + path), method, body);
    }
    QJsonArray entries() { return array(control("GET", QString()).body); }
    QJsonObject entry(const QString& name) { return object(control("GET", QLatin1Char('/') + name).body); }
    QString stateOf(const QString& name)
    {
        return str(object(evolution("GET", QStringLiteral("/instance/connectionState/") + name).body)
                       .value(QLatin1String("instance"))
                       .toObject(),
            "state");
    }
    QJsonObject row(const QString& name)
    {
        return array(evolution("GET", QStringLiteral("/instance/fetchInstances?instanceName=") + name).body)
            .at(0)
            .toObject();
    }
    QJsonObject connect(const QString& name, const QString& query = {})
    {
        const HttpResult result = evolution("GET", QStringLiteral("/instance/connect/") + name + query);
        return result.status == 200 ? object(result.body) : QJsonObject{};
    }
    // A new, never paired WHATSAPP-BAILEYS instance (state close).
    QString createFresh(const QString& name);
    // An open instance of a tenant that no other test uses.
    QString takeOpenTenantInstance();
    void setConfig(const QByteArray& json) { QCOMPARE(control("POST", QStringLiteral("/config"), json).status, 200); }

    SimFixture m_sim;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    QSet<QString> m_taken;
};

void TestSimEvolution::initTestCase()
{
    SimOptions options;
    options.latencyScale = 0;
    options.secret = QString::fromLatin1(kSecret);
    QString error;
    QVERIFY2(m_sim.start(options, &error), qPrintable(error));
    // Other tests count on the three named tenants staying open.
    m_taken = {QStringLiteral("pizza-co"), QStringLiteral("joes-plumbing"), QStringLiteral("mikes-hvac")};
}

void TestSimEvolution::init()
{
    m_sim.clearFaults();
    m_manager = std::make_unique<QNetworkAccessManager>();
    m_sim.simulator().whatsApp().setConfig(SimWhatsApp::Config{});
}

QString TestSimEvolution::createFresh(const QString& name)
{
    const HttpResult result = evolution("POST", QStringLiteral("/instance/create"),
        QStringLiteral(R"({"instanceName":"%1","integration":"WHATSAPP-BAILEYS"})").arg(name).toUtf8());
    if (result.status != 201)
        qWarning() << "create" << name << result.status << result.body;
    return name;
}

QString TestSimEvolution::takeOpenTenantInstance()
{
    const QJsonArray all = entries();
    for (const QJsonValue& value : all) {
        const QJsonObject instance = value.toObject();
        const QString name = str(instance, "name");
        if (str(instance, "state") == QLatin1String("open") && !instance.value(QLatin1String("tenant")).isNull()
            && !m_taken.contains(name)) {
            m_taken.insert(name);
            return name;
        }
    }
    return {};
}

void TestSimEvolution::unknownInstanceIs404EvenWithAWrongKey()
{
    for (const QByteArray& key : {kSecret, QByteArrayLiteral("wrong"), QByteArray()}) {
        const HttpResult result = evolution("GET", QStringLiteral("/instance/connectionState/no-such-shop"), {}, key);
        QCOMPARE(result.status, 404);
        QCOMPARE(result.body,
            QByteArray(R"({"status":404,"error":"Not Found","response":{"message":)"
                       R"(["The \"no-such-shop\" instance does not exist"]}})"));
    }
    QCOMPARE(evolution("DELETE", QStringLiteral("/instance/delete/no-such-shop"), {}, "wrong").status, 404);
    QCOMPARE(
        evolution("POST", QStringLiteral("/message/sendText/no-such-shop"), q("{'number':'1','text':'x'}"), "x").status,
        404);
}

void TestSimEvolution::wrongKeyIs401AndTheInstanceKeyWorks()
{
    const QJsonArray rows = array(evolution("GET", QStringLiteral("/instance/fetchInstances")).body);
    QVERIFY(rows.size() > 2);
    const QString pizzaToken = str(row(QStringLiteral("pizza-co")), "token");
    const QString otherToken = str(row(QStringLiteral("joes-plumbing")), "token");
    QVERIFY(!pizzaToken.isEmpty());

    for (const QByteArray& key : {QByteArrayLiteral("wrong"), QByteArray(), otherToken.toUtf8()}) {
        const HttpResult result = evolution("GET", QStringLiteral("/instance/connectionState/pizza-co"), {}, key);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.body, kUnauthorized);
    }
    const HttpResult own =
        evolution("GET", QStringLiteral("/instance/connectionState/pizza-co"), {}, pizzaToken.toUtf8());
    QCOMPARE(own.status, 200);
    QVERIFY(sameJson(own.body, q("{'instance':{'instanceName':'pizza-co','state':'open'}}")));
    // The header name is case-insensitive.
    HttpCall call;
    call.headers.append({QByteArrayLiteral("APIKEY"), kSecret});
    QCOMPARE(
        fetch(*m_manager, m_sim.url(QStringLiteral("/evolution/instance/connectionState/pizza-co")), call).status, 200);
    // create needs the global key.
    QCOMPARE(evolution("POST", QStringLiteral("/instance/create"),
                 q("{'instanceName':'by-instance-key','integration':'WHATSAPP-BAILEYS'}"), pizzaToken.toUtf8())
                 .body,
        kUnauthorized);
}

void TestSimEvolution::fetchInstancesListsDbRowsWithTokens()
{
    const HttpResult result = evolution("GET", QStringLiteral("/instance/fetchInstances"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
    const QJsonArray rows = array(result.body);
    QCOMPARE(rows.size(), m_sim.simulator().fleet().size() + 2);
    static const QRegularExpression upperUuid(
        QStringLiteral("^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$"));
    static const QRegularExpression lowerUuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    static const QRegularExpression brazilianJid(QStringLiteral("^55\\d{2}9\\d{8}@s\\.whatsapp\\.net$"));
    QSet<QString> tokens;
    int open = 0;
    for (const QJsonValue& value : rows) {
        const QJsonObject instance = value.toObject();
        for (const char* key : {"id", "name", "connectionStatus", "ownerJid", "profileName", "profilePicUrl",
                 "integration", "number", "businessId", "token", "clientName", "disconnectionReasonCode",
                 "disconnectionObject", "disconnectionAt", "createdAt", "updatedAt", "Chatwoot", "Proxy", "Rabbitmq",
                 "Nats", "Sqs", "Websocket", "Setting", "_count"})
            QVERIFY2(instance.contains(QLatin1String(key)), key);
        QVERIFY(lowerUuid.match(str(instance, "id")).hasMatch());
        QVERIFY2(upperUuid.match(str(instance, "token")).hasMatch(), qPrintable(str(instance, "token")));
        tokens.insert(str(instance, "token"));
        QCOMPARE(str(instance, "integration"), QStringLiteral("WHATSAPP-BAILEYS"));
        QVERIFY(instance.value(QLatin1String("Chatwoot")).isNull());
        const QJsonObject setting = instance.value(QLatin1String("Setting")).toObject();
        for (const char* key : {"id", "rejectCall", "msgCall", "groupsIgnore", "alwaysOnline", "readMessages",
                 "readStatus", "syncFullHistory", "wavoipToken", "createdAt", "updatedAt", "instanceId"})
            QVERIFY2(setting.contains(QLatin1String(key)), key);
        QCOMPARE(str(setting, "instanceId"), str(instance, "id"));
        const QJsonObject count = instance.value(QLatin1String("_count")).toObject();
        for (const char* key : {"Message", "Contact", "Chat"})
            QVERIFY2(count.value(QLatin1String(key)).isDouble(), key);
        QVERIFY(QDateTime::fromString(str(instance, "createdAt"), Qt::ISODateWithMs).isValid());
        if (str(instance, "connectionStatus") == QLatin1String("open")
            && str(instance, "name") != QLatin1String("test-bot")) {
            ++open;
            QVERIFY2(brazilianJid.match(str(instance, "ownerJid")).hasMatch(), qPrintable(str(instance, "ownerJid")));
            QVERIFY(count.value(QLatin1String("Message")).toInt() >= 1000);
            QVERIFY(count.value(QLatin1String("Contact")).toInt() >= 100);
            QVERIFY(count.value(QLatin1String("Chat")).toInt() >= 50);
        }
    }
    QCOMPARE(tokens.size(), rows.size());
    QVERIFY(open >= m_sim.simulator().fleet().size() / 2);
}

void TestSimEvolution::fetchInstancesFiltersAndInstanceKeySeesItself()
{
    const QJsonArray one =
        array(evolution("GET", QStringLiteral("/instance/fetchInstances?instanceName=pizza-co")).body);
    QCOMPARE(one.size(), 1);
    const QJsonObject pizza = one.at(0).toObject();
    QCOMPARE(str(pizza, "name"), QStringLiteral("pizza-co"));
    QCOMPARE(str(pizza, "profileName"), QStringLiteral("Pizza Co"));

    const HttpResult unknown = evolution("GET", QStringLiteral("/instance/fetchInstances?instanceName=nope"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.body, evolutionError(404, "Not Found", QStringLiteral("Instance \"nope\" not found")));

    const QByteArray token = str(pizza, "token").toUtf8();
    const QJsonArray own = array(evolution("GET", QStringLiteral("/instance/fetchInstances"), {}, token).body);
    QCOMPARE(own.size(), 1);
    QCOMPARE(str(own.at(0).toObject(), "name"), QStringLiteral("pizza-co"));
    QCOMPARE(evolution("GET", QStringLiteral("/instance/fetchInstances"), {}, "wrong").status, 401);
    QCOMPARE(evolution("GET", QStringLiteral("/instance/fetchInstances"), {}, QByteArray()).status, 401);
}

void TestSimEvolution::seededInstancesCoverEveryCase()
{
    Simulator& sim = m_sim.simulator();
    const QString loggedOut = sim.loggedOutEvolutionInstance();
    const QString unloaded = sim.unloadedEvolutionInstance();
    QVERIFY(!loggedOut.isEmpty());
    QVERIFY(!unloaded.isEmpty());
    QVERIFY(loggedOut != unloaded);

    int neverPaired = 0;
    for (const QJsonValue& value : entries()) {
        const QJsonObject instance = value.toObject();
        const QString name = str(instance, "name");
        const QString state = str(instance, "state");
        if (name == loggedOut) {
            QCOMPARE(state, QStringLiteral("close"));
            QCOMPARE(instance.value(QLatin1String("disconnectionReasonCode")).toInt(), 401);
            QVERIFY(!instance.value(QLatin1String("ownerJid")).isNull());
        } else if (name == unloaded) {
            QCOMPARE(state, QStringLiteral("unloaded"));
            QCOMPARE(str(instance, "connectionStatus"), QStringLiteral("open"));
        } else if (name == QLatin1String("test-bot") || name == QLatin1String("legacy-sales")) {
            QVERIFY(instance.value(QLatin1String("tenant")).isNull());
            QCOMPARE(state, name == QLatin1String("test-bot") ? QStringLiteral("open") : QStringLiteral("close"));
        } else {
            const SimTenant* tenant = sim.fleet().find(str(instance, "tenant"));
            QVERIFY2(tenant, qPrintable(name));
            QCOMPARE(tenant->evolutionInstance, name);
            if (tenant->status != TenantStatus::Active)
                QCOMPARE(state, QStringLiteral("close"));
            if (tenant->index < 3)
                QCOMPARE(state, QStringLiteral("open"));
            if (state == QLatin1String("close") && tenant->status == TenantStatus::Active) {
                ++neverPaired;
                QVERIFY(instance.value(QLatin1String("ownerJid")).isNull());
            }
        }
    }
    QVERIFY(neverPaired >= 1);

    const QJsonObject logged = row(loggedOut);
    QCOMPARE(str(logged, "connectionStatus"), QStringLiteral("close"));
    QCOMPARE(logged.value(QLatin1String("disconnectionReasonCode")).toInt(), 401);
    const QDateTime at = QDateTime::fromString(str(logged, "disconnectionAt"), Qt::ISODateWithMs);
    QVERIFY(at.isValid());
    const qint64 hoursAgo = at.secsTo(QDateTime::currentDateTimeUtc()) / 3600;
    QVERIFY2(hoursAgo >= 1 && hoursAgo <= 6, qPrintable(QString::number(hoursAgo)));
    QVERIFY(logged.value(QLatin1String("disconnectionObject")).isString()); // a JSON string, not an object
    const QJsonObject reason = object(str(logged, "disconnectionObject").toUtf8());
    QCOMPARE(reason.value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("output"))
                 .toObject()
                 .value(QLatin1String("statusCode"))
                 .toInt(),
        401);
    QCOMPARE(stateOf(loggedOut), QStringLiteral("close"));
}

void TestSimEvolution::unloadedInstanceHasNoStateAndSoftErrors()
{
    const QString name = m_sim.simulator().unloadedEvolutionInstance();
    const HttpResult state = evolution("GET", QStringLiteral("/instance/connectionState/") + name);
    QCOMPARE(state.status, 200);
    QVERIFY(sameJson(state.body, QStringLiteral(R"({"instance":{"instanceName":"%1"}})").arg(name).toUtf8()));
    const HttpResult connectAnswer = evolution("GET", QStringLiteral("/instance/connect/") + name);
    QCOMPARE(connectAnswer.status, 200);
    QCOMPARE(connectAnswer.body, kSoftError);
    const HttpResult restart = evolution("POST", QStringLiteral("/instance/restart/") + name);
    QCOMPARE(restart.status, 200);
    QCOMPARE(restart.body, kSoftError);
    QCOMPARE(str(row(name), "connectionStatus"), QStringLiteral("open")); // the column lags
}

void TestSimEvolution::connectIsCountOnlyThenAQrObject()
{
    setConfig(q("{'notReadyMs':400,'rotateMs':60000}"));
    const QString name = createFresh(QStringLiteral("evo-connect"));
    QCOMPARE(stateOf(name), QStringLiteral("close"));

    const HttpResult first = evolution("GET", QStringLiteral("/instance/connect/") + name);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body, QByteArray(R"({"count":0})"));
    QCOMPARE(stateOf(name), QStringLiteral("connecting"));

    QJsonObject qr;
    QTRY_VERIFY((qr = connect(name)).contains(QLatin1String("code")));
    QCOMPARE(qr.value(QLatin1String("count")).toInt(), 1);
    QVERIFY(qr.contains(QLatin1String("pairingCode")));
    QVERIFY(qr.value(QLatin1String("pairingCode")).isNull());
    const QString code = str(qr, "code");
    QVERIFY2(code.startsWith(QLatin1String("2@")) && code.count(QLatin1Char(',')) >= 2, qPrintable(code));
    QVERIFY2(code.size() >= 100 && code.size() <= 200, qPrintable(QString::number(code.size())));
    QVERIFY(str(qr, "base64").startsWith(QLatin1String("data:image/png;base64,")));
    QCOMPARE(str(entry(name), "code"), code);

    // Still connecting: the same QR object, no new session.
    QCOMPARE(connect(name), qr);
    QCOMPARE(stateOf(name), QStringLiteral("connecting"));
}

void TestSimEvolution::qrPngDecodesToExactlyTheCode()
{
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    if (zbarimg.isEmpty())
        QSKIP("zbarimg (zbar-tools) is not installed");
    setConfig(q("{'notReadyMs':0,'rotateMs':60000}"));
    const QString name = createFresh(QStringLiteral("evo-png"));
    const QJsonObject qr = connect(name);
    const QString code = str(qr, "code");
    QVERIFY(!code.isEmpty());
    const QByteArray dataUri = str(qr, "base64").toLatin1();
    const QByteArray prefix("data:image/png;base64,");
    QVERIFY(dataUri.startsWith(prefix));
    const QByteArray png = QByteArray::fromBase64(dataUri.mid(prefix.size()));
    QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));

    QImage image;
    QVERIFY(image.loadFromData(png, "PNG"));
    QCOMPARE(image.width(), image.height());
    QCOMPARE(image.width() % 4, 0); // 4 px per module
    QCOMPARE(qGray(image.pixel(0, 0)), 255); // quiet zone
    QCOMPARE(qGray(image.pixel(16, 16)), 0); // the finder pattern's corner, after 4 quiet modules

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("qr.png")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(png);
    file.close();
    QProcess process;
    process.start(zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"), file.fileName()});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QString::fromLatin1(process.readAllStandardOutput()).trimmed(), code);
}

void TestSimEvolution::withoutImageTheQrHasNoBase64()
{
    setConfig(q("{'notReadyMs':0,'rotateMs':60000}"));
    const QString name = createFresh(QStringLiteral("evo-no-image"));
    const HttpResult set =
        control("POST", QLatin1Char('/') + name + QStringLiteral("/config"), q("{'withImage':false}"));
    QCOMPARE(set.status, 200);
    QCOMPARE(object(set.body).value(QLatin1String("withImage")).toBool(), false);
    const QJsonObject qr = connect(name);
    QVERIFY(qr.contains(QLatin1String("code")));
    QVERIFY(!qr.contains(QLatin1String("base64")));
    QCOMPARE(qr.value(QLatin1String("count")).toInt(), 1);
}

void TestSimEvolution::qrRotatesAndTheLimitClosesTheSession()
{
    setConfig(q("{'notReadyMs':0,'rotateMs':250,'limit':3}"));
    const QString name = createFresh(QStringLiteral("evo-rotate"));
    const QJsonObject first = connect(name);
    QCOMPARE(first.value(QLatin1String("count")).toInt(), 1);

    // Every QR seen: its count only rises, and each count has its own code.
    QHash<int, QString> codes{{1, str(first, "code")}};
    int lastCount = 1;
    bool closed = false;
    auto observe = [&]() {
        const QJsonObject now = entry(name);
        if (str(now, "state") == QLatin1String("close")) {
            closed = true;
            return true;
        }
        const int count = now.value(QLatin1String("count")).toInt();
        if (count < lastCount || count > 3)
            return true; // fails below
        lastCount = count;
        codes.insert(count, str(now, "code"));
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(observe(), 10000);
    QVERIFY2(closed, qPrintable(QStringLiteral("count went %1").arg(lastCount)));
    QVERIFY(codes.size() >= 2);
    const QList<QString> seen = codes.values();
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), seen.size());

    // The session ended: close, count 0; the next connect starts again with new codes.
    QCOMPARE(stateOf(name), QStringLiteral("close"));
    QCOMPARE(entry(name).value(QLatin1String("count")).toInt(), 0);
    QCOMPARE(str(row(name), "connectionStatus"), QStringLiteral("close"));
    setConfig(q("{'rotateMs':60000,'limit':30}"));
    const QJsonObject again = connect(name);
    QCOMPARE(again.value(QLatin1String("count")).toInt(), 1);
    QVERIFY(!seen.contains(str(again, "code")));
}

void TestSimEvolution::scanWithAnOldCodeIs409AndTheCurrentOneOpens()
{
    setConfig(q("{'notReadyMs':0,'rotateMs':200}"));
    const QString name = createFresh(QStringLiteral("evo-scan"));
    const QString firstCode = str(connect(name), "code");
    QVERIFY(!firstCode.isEmpty());
    QTRY_VERIFY(entry(name).value(QLatin1String("count")).toInt() >= 2);

    const QString path = QLatin1Char('/') + name + QStringLiteral("/scan");
    const HttpResult old =
        control("POST", path, QJsonDocument(QJsonObject{{QStringLiteral("code"), firstCode}}).toJson());
    QCOMPARE(old.status, 409);
    QVERIFY(object(old.body).contains(QLatin1String("error")));
    QCOMPARE(control("POST", path, q("{'code':'2@not-a-code'}")).status, 409);

    // A restart begins a new session; with slow rotation the current code stays put until scanned.
    setConfig(q("{'rotateMs':60000}"));
    QCOMPARE(evolution("POST", QStringLiteral("/instance/restart/") + name).status, 200);
    const QString current = str(connect(name), "code");
    QVERIFY(!current.isEmpty());
    QCOMPARE(str(entry(name), "code"), current);
    const HttpResult scanned =
        control("POST", path, QJsonDocument(QJsonObject{{QStringLiteral("code"), current}}).toJson());
    QCOMPARE(scanned.status, 200);
    QCOMPARE(str(object(scanned.body), "state"), QStringLiteral("open"));

    QCOMPARE(stateOf(name), QStringLiteral("open"));
    const QJsonObject paired = row(name);
    QCOMPARE(str(paired, "connectionStatus"), QStringLiteral("open"));
    QVERIFY(str(paired, "ownerJid").endsWith(QLatin1String("@s.whatsapp.net")));
    QCOMPARE(str(paired, "profileName"), name);
    QVERIFY(paired.value(QLatin1String("disconnectionReasonCode")).isNull());
    QVERIFY(sameJson(evolution("GET", QStringLiteral("/instance/connect/") + name).body,
        QStringLiteral(R"({"instance":{"instanceName":"%1","state":"open"}})").arg(name).toUtf8()));
    QCOMPARE(control("POST", path, QJsonDocument(QJsonObject{{QStringLiteral("code"), current}}).toJson()).status, 409);

    // The seeded 401 instance pairs again with its tenant's name and keeps its phone.
    const QString loggedOut = m_sim.simulator().loggedOutEvolutionInstance();
    const QString phone = str(row(loggedOut), "ownerJid");
    const QString code = str(connect(loggedOut), "code");
    QCOMPARE(control("POST", QLatin1Char('/') + loggedOut + QStringLiteral("/scan"),
                 QJsonDocument(QJsonObject{{QStringLiteral("code"), code}}).toJson())
                 .status,
        200);
    const QJsonObject back = row(loggedOut);
    QCOMPARE(str(back, "ownerJid"), phone);
    QCOMPARE(str(back, "profileName"), m_sim.simulator().fleet().find(loggedOut)->name);
    QVERIFY(back.value(QLatin1String("disconnectionAt")).isNull());
}

void TestSimEvolution::pairingCodeIsStableAndPairsTheNumber()
{
    setConfig(q("{'notReadyMs':0,'rotateMs':100,'limit':1000}"));
    const QString name = createFresh(QStringLiteral("evo-pairing"));
    const QJsonObject qr = connect(name, QStringLiteral("?number=5511987654321"));
    static const QRegularExpression pairingCode(QStringLiteral("^[A-Z0-9]{8}$"));
    const QString code = str(qr, "pairingCode");
    QVERIFY2(pairingCode.match(code).hasMatch(), qPrintable(code));
    QTRY_VERIFY(entry(name).value(QLatin1String("count")).toInt() >= 3);
    QCOMPARE(str(connect(name), "pairingCode"), code); // rotating QRs, one pairing code

    const QString path = QLatin1Char('/') + name + QStringLiteral("/scan");
    QCOMPARE(control("POST", path, q("{'pairingCode':'AAAA1111'}")).status, 409);
    QCOMPARE(
        control("POST", path, QJsonDocument(QJsonObject{{QStringLiteral("pairingCode"), code}}).toJson()).status, 200);
    QCOMPARE(str(row(name), "ownerJid"), QStringLiteral("5511987654321@s.whatsapp.net"));
}

void TestSimEvolution::createValidatesAndAnswers201()
{
    const QString path = QStringLiteral("/instance/create");
    HttpResult result = evolution("POST", path, q("{'instanceName':'evo-new'}"));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.body, evolutionError(400, "Bad Request", QStringLiteral("Invalid integration")));
    QCOMPARE(evolution("POST", path, q("{'instanceName':'evo-new','integration':'TELEGRAM'}")).status, 400);
    QCOMPARE(evolution("POST", path, q("{'integration':'WHATSAPP-BAILEYS'}")).status, 400);
    result = evolution("POST", path,
        q("{'instanceName':'evo-new','integration':'WHATSAPP-BAILEYS','webhook':{'url':'https://n8n.example/x'}}"));
    QCOMPARE(result.status, 400);
    QCOMPARE(evolution("GET", QStringLiteral("/instance/fetchInstances?instanceName=evo-new")).status, 404);

    // Name taken: 403 before the key is looked at.
    for (const QByteArray& key : {kSecret, QByteArrayLiteral("wrong")}) {
        result = evolution("POST", path, q("{'instanceName':'pizza-co','integration':'WHATSAPP-BAILEYS'}"), key);
        QCOMPARE(result.status, 403);
        QCOMPARE(
            result.body, evolutionError(403, "Forbidden", QStringLiteral("This name \"pizza-co\" is already in use.")));
    }
    QCOMPARE(
        evolution("POST", path, q("{'instanceName':'evo-new','integration':'WHATSAPP-BAILEYS'}"), "wrong").status, 401);

    result = evolution("POST", path,
        q("{'instanceName':'evo-new','integration':'WHATSAPP-BAILEYS','groupsIgnore':true,"
          "'webhook':{'url':'https://n8n.example/x','headers':{'x-tenant':'new'},'events':['MESSAGES_UPSERT']}}"));
    QCOMPARE(result.status, 201);
    const QJsonObject created = object(result.body);
    const QJsonObject instance = created.value(QLatin1String("instance")).toObject();
    QCOMPARE(str(instance, "instanceName"), QStringLiteral("evo-new"));
    QCOMPARE(str(instance, "integration"), QStringLiteral("WHATSAPP-BAILEYS"));
    QCOMPARE(str(instance, "status"), QStringLiteral("close"));
    QVERIFY(instance.value(QLatin1String("webhookWaBusiness")).isNull());
    QCOMPARE(str(instance, "accessTokenWaBusiness"), QString());
    const QString hash = str(created, "hash");
    QCOMPARE(hash.size(), 36);
    QCOMPARE(hash, hash.toUpper());
    QVERIFY(!created.contains(QLatin1String("qrcode")));
    const QJsonObject webhook = created.value(QLatin1String("webhook")).toObject();
    QCOMPARE(str(webhook, "webhookUrl"), QStringLiteral("https://n8n.example/x"));
    QCOMPARE(str(webhook.value(QLatin1String("webhookHeaders")).toObject(), "x-tenant"), QStringLiteral("new"));
    for (const char* key : {"websocket", "rabbitmq", "nats", "sqs"})
        QCOMPARE(created.value(QLatin1String(key)).toObject(), QJsonObject{});
    QCOMPARE(created.value(QLatin1String("settings")).toObject().value(QLatin1String("groupsIgnore")).toBool(), true);

    const QJsonObject listed = row(QStringLiteral("evo-new"));
    QCOMPARE(str(listed, "token"), hash);
    QCOMPARE(str(listed, "id"), str(instance, "instanceId"));
    QVERIFY(listed.value(QLatin1String("ownerJid")).isNull());
    QCOMPARE(listed.value(QLatin1String("_count")).toObject().value(QLatin1String("Message")).toInt(), 0);
    // The hash is the new instance's key.
    QCOMPARE(evolution("GET", QStringLiteral("/instance/connectionState/evo-new"), {}, hash.toUtf8()).status, 200);

    result = evolution(
        "POST", path, q("{'instanceName':'evo-own-token','integration':'WHATSAPP-BAILEYS','token':'my-key'}"));
    QCOMPARE(result.status, 201);
    QCOMPARE(str(object(result.body), "hash"), QStringLiteral("my-key"));
    QCOMPARE(evolution("GET", QStringLiteral("/instance/connectionState/evo-own-token"), {}, "my-key").status, 200);
}

void TestSimEvolution::createWithQrcodeStartsPairing()
{
    // Not ready yet: count only, answered at once.
    HttpResult result = evolution("POST", QStringLiteral("/instance/create"),
        q("{'instanceName':'evo-qr-slow','integration':'WHATSAPP-BAILEYS','qrcode':true}"));
    QCOMPARE(result.status, 201);
    QJsonObject created = object(result.body);
    QCOMPARE(str(created.value(QLatin1String("instance")).toObject(), "status"), QStringLiteral("connecting"));
    QCOMPARE(created.value(QLatin1String("qrcode")).toObject(), QJsonObject({{QStringLiteral("count"), 0}}));
    QVERIFY(result.elapsedMs < 1000);

    setConfig(q("{'notReadyMs':0}"));
    result = evolution("POST", QStringLiteral("/instance/create"),
        q("{'instanceName':'evo-qr-number','integration':'WHATSAPP-BAILEYS','qrcode':true,'number':'5521998887777'}"));
    QCOMPARE(result.status, 201);
    created = object(result.body);
    const QJsonObject qr = created.value(QLatin1String("qrcode")).toObject();
    QCOMPARE(qr.value(QLatin1String("count")).toInt(), 1);
    QCOMPARE(str(qr, "pairingCode").size(), 8);
    QVERIFY(str(qr, "code").startsWith(QLatin1String("2@")));
    QVERIFY(str(qr, "base64").startsWith(QLatin1String("data:image/png;base64,")));
    QCOMPARE(str(row(QStringLiteral("evo-qr-number")), "number"), QStringLiteral("5521998887777"));
    QCOMPARE(str(entry(QStringLiteral("evo-qr-number")), "pairingCode"), str(qr, "pairingCode"));
}

void TestSimEvolution::restartLogoutAndAsyncDelete()
{
    setConfig(q("{'deleteDelayMs':400}"));
    const QString name = takeOpenTenantInstance();
    QVERIFY(!name.isEmpty());
    HttpResult result = evolution("POST", QStringLiteral("/instance/restart/") + name);
    QCOMPARE(result.status, 200);
    QVERIFY(sameJson(
        result.body, QStringLiteral(R"({"instance":{"instanceName":"%1","state":"open"}})").arg(name).toUtf8()));
    QCOMPARE(stateOf(name), QStringLiteral("open"));

    result = evolution("DELETE", QStringLiteral("/instance/logout/") + name);
    QCOMPARE(result.status, 200);
    QCOMPARE(
        result.body, QByteArray(R"({"status":"SUCCESS","error":false,"response":{"message":"Instance logged out"}})"));
    QCOMPARE(stateOf(name), QStringLiteral("close"));
    QVERIFY(row(name).value(QLatin1String("ownerJid")).isNull());
    QCOMPARE(str(row(name), "connectionStatus"), QStringLiteral("close"));
    result = evolution("DELETE", QStringLiteral("/instance/logout/") + name);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.body,
        evolutionError(400, "Bad Request", QStringLiteral("The \"%1\" instance is not connected").arg(name)));
    result = evolution("POST", QStringLiteral("/instance/restart/") + name);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.body, kSoftError);

    result = evolution("DELETE", QStringLiteral("/instance/delete/") + name);
    QCOMPARE(result.status, 200);
    QCOMPARE(
        result.body, QByteArray(R"({"status":"SUCCESS","error":false,"response":{"message":"Instance deleted"}})"));
    // Removal is asynchronous: still listed right after.
    QCOMPARE(evolution("GET", QStringLiteral("/instance/fetchInstances?instanceName=") + name).status, 200);
    QTRY_COMPARE(evolution("GET", QStringLiteral("/instance/connectionState/") + name).status, 404);
    QCOMPARE(evolution("GET", QStringLiteral("/instance/fetchInstances?instanceName=") + name).status, 404);
    QCOMPARE(control("GET", QLatin1Char('/') + name).status, 404);

    // The name is free again, and still belongs to its tenant.
    QCOMPARE(createFresh(name), name);
    QCOMPARE(str(entry(name), "tenant"), name);
}

void TestSimEvolution::sendTextAnswersTheMessageRecord()
{
    const QString name = takeOpenTenantInstance();
    QVERIFY(!name.isEmpty());
    const int before = row(name).value(QLatin1String("_count")).toObject().value(QLatin1String("Message")).toInt();
    const QString path = QStringLiteral("/message/sendText/") + name;
    HttpResult result = evolution("POST", path, q("{'number':'5511988887777','text':'Olá! Seu pedido saiu.'}"));
    QCOMPARE(result.status, 201);
    const QJsonObject message = object(result.body);
    const QJsonObject key = message.value(QLatin1String("key")).toObject();
    QCOMPARE(str(key, "remoteJid"), QStringLiteral("5511988887777@s.whatsapp.net"));
    QCOMPARE(key.value(QLatin1String("fromMe")).toBool(), true);
    QVERIFY(QRegularExpression(QStringLiteral("^3EB0[0-9A-F]{18}$")).match(str(key, "id")).hasMatch());
    QCOMPARE(str(message, "pushName"), QStringLiteral("Você"));
    QCOMPARE(str(message, "status"), QStringLiteral("PENDING"));
    QCOMPARE(str(message.value(QLatin1String("message")).toObject(), "conversation"),
        QStringLiteral("Olá! Seu pedido saiu."));
    QVERIFY(message.contains(QLatin1String("contextInfo")));
    QCOMPARE(str(message, "messageType"), QStringLiteral("conversation"));
    const qint64 timestamp = qint64(message.value(QLatin1String("messageTimestamp")).toDouble());
    QVERIFY(qAbs(timestamp - QDateTime::currentSecsSinceEpoch()) < 60); // seconds, not milliseconds
    QCOMPARE(str(message, "instanceId"), str(row(name), "id"));
    QCOMPARE(str(message, "source"), QStringLiteral("web"));
    QCOMPARE(row(name).value(QLatin1String("_count")).toObject().value(QLatin1String("Message")).toInt(), before + 1);

    result = evolution("POST", path, q("{'number':'5511988887777','text':''}"));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.body, evolutionError(400, "Bad Request", QStringLiteral("Text is required")));
    QCOMPARE(evolution("POST", path, q("{'number':'5511988887777'}")).status, 400);

    result = evolution("POST", path, q("{'number':'5511912340000','text':'hi'}"));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.body,
        QByteArray(R"({"status":400,"error":"Bad Request","response":{"message":[)"
                   R"({"jid":"5511912340000@s.whatsapp.net","exists":false,"number":"5511912340000"}]}})"));

    result = evolution(
        "POST", QStringLiteral("/message/sendText/legacy-sales"), q("{'number':'5511988887777','text':'hi'}"));
    QCOMPARE(result.status, 500);
    QCOMPARE(result.body, kConnectionClosed);
}

void TestSimEvolution::zombieFailsSendsAndRestarts()
{
    const QString name = QStringLiteral("test-bot");
    QCOMPARE(control("POST", QStringLiteral("/test-bot/zombie"), q("{'zombie':true}")).status, 200);
    QCOMPARE(entry(name).value(QLatin1String("zombie")).toBool(), true);
    QCOMPARE(stateOf(name), QStringLiteral("open"));

    HttpResult result = evolution("POST", QStringLiteral("/instance/restart/test-bot"));
    QCOMPARE(result.status, 500);
    QCOMPARE(result.body, kConnectionClosed);
    result = evolution("POST", QStringLiteral("/instance/setPresence/test-bot"), q("{'presence':'available'}"));
    QCOMPARE(result.status, 500);
    QCOMPARE(result.body, kConnectionClosed);
    result =
        evolution("POST", QStringLiteral("/message/sendText/test-bot"), q("{'number':'5511988887777','text':'hi'}"));
    QCOMPARE(result.status, 500);
    QCOMPARE(result.body, kConnectionClosed);
    result = evolution("DELETE", QStringLiteral("/instance/delete/test-bot"));
    QCOMPARE(result.status, 400);
    QCOMPARE(stateOf(name), QStringLiteral("open"));

    QCOMPARE(control("POST", QStringLiteral("/test-bot/zombie"), q("{'zombie':false}")).status, 200);
    result = evolution("POST", QStringLiteral("/instance/setPresence/test-bot"), q("{'presence':'composing'}"));
    QCOMPARE(result.status, 201);
    QCOMPARE(result.body, QByteArray(R"({"presence":"composing"})"));
    QCOMPARE(evolution("POST", QStringLiteral("/instance/setPresence/test-bot"), q("{'presence':'away'}")).status, 400);
    // Only an open instance can be a zombie.
    QCOMPARE(control("POST", QStringLiteral("/legacy-sales/zombie")).status, 409);
}

void TestSimEvolution::transientDropsReconnectAndA401Stays()
{
    setConfig(q("{'reconnectMs':1500}"));
    const QString name = takeOpenTenantInstance();
    QVERIFY(!name.isEmpty());
    const QString path = QLatin1Char('/') + name + QStringLiteral("/drop");
    for (int reason : {428, 515}) {
        QCOMPARE(control("POST", path, QStringLiteral(R"({"reason":%1})").arg(reason).toUtf8()).status, 200);
        QCOMPARE(stateOf(name), QStringLiteral("connecting"));
        QCOMPARE(connect(name), QJsonObject({{QStringLiteral("count"), 0}}));
        QTRY_COMPARE(stateOf(name), QStringLiteral("open"));
    }
    // A drop while reconnecting keeps it looping.
    QCOMPARE(control("POST", path, q("{'reason':408}")).status, 200);
    QCOMPARE(control("POST", path, q("{'reason':440}")).status, 200);
    QCOMPARE(stateOf(name), QStringLiteral("connecting"));
    QTRY_COMPARE(stateOf(name), QStringLiteral("open"));
    QVERIFY(row(name).value(QLatin1String("disconnectionReasonCode")).isNull());

    QCOMPARE(control("POST", path).status, 200); // 401 by default
    QCOMPARE(stateOf(name), QStringLiteral("close"));
    const QJsonObject closed = row(name);
    QCOMPARE(str(closed, "connectionStatus"), QStringLiteral("close"));
    QCOMPARE(closed.value(QLatin1String("disconnectionReasonCode")).toInt(), 401);
    QVERIFY(QDateTime::fromString(str(closed, "disconnectionAt"), Qt::ISODateWithMs).isValid());
    QVERIFY(closed.value(QLatin1String("disconnectionObject")).isString());
    QVERIFY(!closed.value(QLatin1String("ownerJid")).isNull()); // logged out on the phone: the row keeps it
    QCOMPARE(control("POST", path).status, 409); // not connected
}

void TestSimEvolution::unknownRoutesAreCannotMethodPath()
{
    HttpResult result = evolution("GET", QStringLiteral("/instance/status/pizza-co"));
    QCOMPARE(result.status, 404);
    QVERIFY(sameJson(
        result.body, evolutionError(404, "Not Found", QStringLiteral("Cannot GET /instance/status/pizza-co"))));
    result = evolution("PUT", QStringLiteral("/instance/restart/pizza-co"));
    QCOMPARE(result.status, 404);
    QVERIFY(sameJson(
        result.body, evolutionError(404, "Not Found", QStringLiteral("Cannot PUT /instance/restart/pizza-co"))));
    QCOMPARE(evolution("GET", QStringLiteral("/instance/connect/qr/pizza-co")).status, 404);
}

void TestSimEvolution::faultsApplyToEvolutionRoutes()
{
    QVERIFY(m_sim.addFault(q("{'path':'/evolution/instance/connectionState/*','kind':'status','status':503,'count':1}"))
        > 0);
    QCOMPARE(evolution("GET", QStringLiteral("/instance/connectionState/pizza-co")).status, 503);
    QCOMPARE(evolution("GET", QStringLiteral("/instance/connectionState/pizza-co")).status, 200);
}

void TestSimEvolution::controlApiRejectsUnknownAndBadInput()
{
    const QJsonObject defaults = object(control("GET", QStringLiteral("/config")).body);
    QCOMPARE(defaults,
        QJsonObject(
            {{QStringLiteral("rotateMs"), 20000}, {QStringLiteral("limit"), 30}, {QStringLiteral("notReadyMs"), 1500},
                {QStringLiteral("deleteDelayMs"), 1000}, {QStringLiteral("reconnectMs"), 2000}}));
    QCOMPARE(control("POST", QStringLiteral("/config"), q("{'limit':0}")).status, 400);
    QCOMPARE(control("POST", QStringLiteral("/config"), q("{'rotateMs':'fast'}")).status, 400);
    QCOMPARE(control("GET", QStringLiteral("/no-such-shop")).status, 404);
    QCOMPARE(control("POST", QStringLiteral("/no-such-shop/scan"), q("{'code':'x'}")).status, 404);
    QCOMPARE(control("POST", QStringLiteral("/pizza-co/scan"), q("{'code':'x'}")).status, 409); // open, not pairing
    QCOMPARE(control("POST", QStringLiteral("/pizza-co/explode")).status, 404);
    QString error;
    QVERIFY(!m_sim.simulator().evolutionScan(QStringLiteral("pizza-co"), QStringLiteral("2@x"), &error));
    QVERIFY(error.contains(QLatin1String("not pairing")));
    QVERIFY(!m_sim.simulator().evolutionDrop(QStringLiteral("no-such-shop"), 401, &error));
    const QJsonObject pizza = entry(QStringLiteral("pizza-co"));
    QCOMPARE(str(pizza, "tenant"), QStringLiteral("pizza-co"));
    QCOMPARE(str(pizza, "state"), QStringLiteral("open"));
    QVERIFY(pizza.value(QLatin1String("code")).isNull());
    QVERIFY(str(pizza, "ownerJid").endsWith(QLatin1String("@s.whatsapp.net")));
}

QTEST_GUILESS_MAIN(TestSimEvolution)
#include "tst_simevolution.moc"
