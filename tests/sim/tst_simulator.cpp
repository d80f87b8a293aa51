// The simulator over real HTTP: upstream stubs with their real auth headers and error shapes, the
// tenant sites and their health behaviour, hosts going down and up, the control API, and the
// profile/tenants documents.
#include "sim/faultinjector.h"
#include "sim/simfleet.h"

#include "tests/sim/httpprobe.h"
#include "tests/support/simfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace Fleetdeck;
using namespace Fleetdeck::Sim;
using namespace Fleetdeck::Testing;

namespace {
const QByteArray kSecret = QByteArrayLiteral("s3cr3t-Value-9f2c");
using Headers = QList<QPair<QByteArray, QByteArray>>;
} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private:
    SimFixture m_sim;
    std::unique_ptr<QNetworkAccessManager> m_manager;

    QNetworkAccessManager& manager() { return *m_manager; }
    HttpResult get(const QString& path, const Headers& headers = {})
    {
        HttpCall call;
        call.headers = headers;
        return fetch(manager(), m_sim.url(path), call);
    }
    HttpResult post(const QString& path, const QByteArray& body, const Headers& headers = {})
    {
        HttpCall call;
        call.method = "POST";
        call.body = body;
        call.headers = headers;
        return fetch(manager(), m_sim.url(path), call);
    }
    static QJsonObject json(const QByteArray& body) { return QJsonDocument::fromJson(body).object(); }
    static QByteArray normalizedPorts(QByteArray document)
    {
        static const QRegularExpression ports(QStringLiteral("(127\\.0\\.0\\.1|localhost):\\d+"));
        return QString::fromUtf8(document).replace(ports, QStringLiteral("\\1:PORT")).toUtf8();
    }

private slots:
    void initTestCase()
    {
        SimOptions options;
        options.secret = QString::fromLatin1(kSecret);
        options.latencyScale = 0.25; // real drift, four times faster
        QString error;
        QVERIFY2(m_sim.start(options, &error), qPrintable(error));
        QVERIFY(m_sim.simulator().isRunning());
        QCOMPARE(m_sim.baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_sim.simulator().port())));
    }

    void init()
    {
        m_sim.clearFaults();
        m_manager = std::make_unique<QNetworkAccessManager>();
    }

    // --- Upstreams and their auth

    void upstreamsCheckTheirRealAuthHeaders_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("goodValue");
        QTest::addColumn<QByteArray>("badValue");
        QTest::addColumn<QByteArray>("deniedBody");

        const QByteArray basicGood = "Basic " + QByteArray("admin:" + kSecret).toBase64();
        const QByteArray basicBad = "Basic " + QByteArray("admin:wrong").toBase64();
        QTest::newRow("evolution")
            << QByteArray("POST") << QStringLiteral("/evolution/verify-creds") << QByteArray("apikey") << kSecret
            << QByteArray("BQYHJGJHJ")
            << QByteArray(R"({"status":401,"error":"Unauthorized","response":{"message":"Unauthorized"}})");
        QTest::newRow("n8n") << QByteArray("GET") << QStringLiteral("/n8n/api/v1/workflows")
                             << QByteArray("X-N8N-API-KEY") << kSecret << QByteArray("n8n_api_wrong")
                             << QByteArray(R"({"message":"Unauthorized"})");
        QTest::newRow("stripe") << QByteArray("GET") << QStringLiteral("/stripe/v1/customers")
                                << QByteArray("Authorization") << QByteArray("Bearer " + kSecret)
                                << QByteArray("Bearer sk_test_wrongwrongwrong1234") << QByteArray();
        QTest::newRow("mautic")
            << QByteArray("GET") << QStringLiteral("/mautic/pizza-co/api/contacts") << QByteArray("Authorization")
            << basicGood << basicBad
            << QByteArray(R"({"errors":[{"message":"API authorization denied.","code":401,"type":"access_denied"}]})");
    }

    void upstreamsCheckTheirRealAuthHeaders()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, goodValue);
        QFETCH(QByteArray, badValue);
        QFETCH(QByteArray, deniedBody);

        HttpCall call;
        call.method = method;
        call.headers = {{header, goodValue}};
        HttpResult result = fetch(manager(), m_sim.url(path), call);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(result.header("Server"), QByteArray("fleetdeck-sim"));

        for (const Headers& wrong : {Headers{{header, badValue}}, Headers{}}) {
            call.headers = wrong;
            result = fetch(manager(), m_sim.url(path), call);
            QCOMPARE(result.status, 401);
            QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
            if (!deniedBody.isEmpty())
                QCOMPARE(result.body, deniedBody);
        }
    }

    void stripeDeniesInItsOwnShape()
    {
        HttpResult result =
            get(QStringLiteral("/stripe/v1/customers"), {{"Authorization", "Bearer sk_test_wrongwrongwrong1234"}});
        QCOMPARE(result.status, 401);
        const QJsonObject error = json(result.body).value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("type")).toString(), QStringLiteral("invalid_request_error"));
        const QString message = error.value(QLatin1String("message")).toString();
        QVERIFY2(message.startsWith(QStringLiteral("Invalid API Key provided: sk_test_")), qPrintable(message));
        QVERIFY(message.endsWith(QStringLiteral("1234")));
        QVERIFY(!message.contains(QStringLiteral("wrongwrong"))); // redacted like Stripe does
        result = get(QStringLiteral("/stripe/v1/customers"));
        QVERIFY(json(result.body)
                    .value(QLatin1String("error"))
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QStringLiteral("did not provide an API key")));
    }

    void stripeListsTheFleetsCustomersInPages()
    {
        const Headers auth{{"Authorization", "Bearer " + kSecret}};
        QSet<QString> ids;
        QString after;
        int pages = 0;
        for (;;) {
            const HttpResult result = get(QStringLiteral("/stripe/v1/customers?limit=15")
                    + (after.isEmpty() ? QString() : QStringLiteral("&starting_after=") + after),
                auth);
            QCOMPARE(result.status, 200);
            const QJsonObject list = json(result.body);
            QCOMPARE(list.value(QLatin1String("object")).toString(), QStringLiteral("list"));
            QCOMPARE(list.value(QLatin1String("url")).toString(), QStringLiteral("/v1/customers"));
            const QJsonArray data = list.value(QLatin1String("data")).toArray();
            for (const QJsonValue& value : data) {
                const QJsonObject customer = value.toObject();
                QCOMPARE(customer.value(QLatin1String("object")).toString(), QStringLiteral("customer"));
                QVERIFY(customer.value(QLatin1String("created")).toInteger() > 1600000000);
                QVERIFY(!customer.value(QLatin1String("email")).toString().isEmpty());
                ids.insert(customer.value(QLatin1String("id")).toString());
                after = customer.value(QLatin1String("id")).toString();
            }
            ++pages;
            if (!list.value(QLatin1String("has_more")).toBool())
                break;
            QVERIFY(pages < 10);
        }
        QCOMPARE(pages, 3);
        QCOMPARE(ids.size(), 40);
        QVERIFY(ids.contains(m_sim.simulator().fleet().find(QStringLiteral("pizza-co"))->stripeCustomer));
        QCOMPARE(get(QStringLiteral("/stripe/v1/customers?limit=0"), auth).status, 400);
        QCOMPARE(get(QStringLiteral("/stripe/v1/customers?starting_after=cus_nope"), auth).status, 400);
    }

    void unauthenticatedEndpointsAnswer()
    {
        HttpResult result = get(QStringLiteral("/evolution/"));
        QCOMPARE(result.status, 200);
        QJsonObject body = json(result.body);
        QCOMPARE(body.value(QLatin1String("status")).toInt(), 200);
        QCOMPARE(body.value(QLatin1String("message")).toString(),
            QStringLiteral("Welcome to the Evolution API, it is working!"));
        QVERIFY(!body.value(QLatin1String("version")).toString().isEmpty());

        result = get(QStringLiteral("/n8n/healthz"));
        QCOMPARE(result.body, QByteArray(R"({"status":"ok"})"));

        result = get(QStringLiteral("/prometheus/-/healthy"));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.body, QByteArray("Prometheus Server is Healthy.\n"));
        result = get(QStringLiteral("/prometheus/api/v1/status/buildinfo"));
        body = json(result.body);
        QCOMPARE(body.value(QLatin1String("status")).toString(), QStringLiteral("success"));
        QVERIFY(!body.value(QLatin1String("data")).toObject().value(QLatin1String("version")).toString().isEmpty());

        result = get(QStringLiteral("/alertmanager/-/healthy"));
        QCOMPARE(result.body, QByteArray("OK"));
        result = get(QStringLiteral("/alertmanager/api/v2/status"));
        body = json(result.body);
        QCOMPARE(body.value(QLatin1String("cluster")).toObject().value(QLatin1String("status")).toString(),
            QStringLiteral("disabled"));
        QVERIFY(body.value(QLatin1String("config"))
                    .toObject()
                    .value(QLatin1String("original"))
                    .toString()
                    .contains(QStringLiteral("route:")));
        QVERIFY(QDateTime::fromString(body.value(QLatin1String("uptime")).toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(body.value(QLatin1String("versionInfo")).toObject().value(QLatin1String("version")).toString(),
            QStringLiteral("0.25.0"));
    }

    void unknownRoutesAnswer404InTheOwnersShape_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("evolution")
            << QStringLiteral("/evolution/instance/status/acme")
            << QByteArray(
                   R"({"error":"Not Found","response":{"message":["Cannot GET /instance/status/acme"]},"status":404})");
        QTest::newRow("n8n") << QStringLiteral("/n8n/api/v1/nope") << QByteArray(R"({"message":"Not Found"})");
        QTest::newRow("mautic")
            << QStringLiteral("/mautic/no-such-tenant/api/contacts")
            << QByteArray(R"({"errors":[{"code":404,"details":[],"message":"Item was not found.","type":null}]})");
        QTest::newRow("alertmanager") << QStringLiteral("/alertmanager/api/v2/nope")
                                      << QByteArray(R"("not found: /api/v2/nope")");
        QTest::newRow("prometheus")
            << QStringLiteral("/prometheus/api/v1/nope")
            << QByteArray(R"({"error":"not found: /api/v1/nope","errorType":"not_found","status":"error"})");
        QTest::newRow("site") << QStringLiteral("/sites/no-such-tenant/health")
                              << QByteArray(R"({"error":"not found"})");
        QTest::newRow("elsewhere") << QStringLiteral("/wp-admin") << QByteArray(R"({"error":"not found"})");
        QTest::newRow("control") << QStringLiteral("/_sim/nope") << QByteArray(R"({"error":"not found"})");
    }

    void unknownRoutesAnswer404InTheOwnersShape()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const HttpResult result = get(path);
        QCOMPARE(result.status, 404);
        QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(result.header("Server"), QByteArray("fleetdeck-sim"));
        QCOMPARE(result.body, body);
    }

    void stripe404IsAnInvalidRequestError()
    {
        const HttpResult result = get(QStringLiteral("/stripe/v1/nope"));
        QCOMPARE(result.status, 404);
        QCOMPARE(json(result.body).value(QLatin1String("error")).toObject().value(QLatin1String("type")).toString(),
            QStringLiteral("invalid_request_error"));
    }

    void echoShowsTheRequest()
    {
        HttpCall call;
        call.method = "PUT";
        call.body = "hello";
        call.headers = {{"User-Agent", "Fleetdeck-Test/1.0"}, {"X-Trace", "abc"}};
        const HttpResult result = fetch(manager(), m_sim.url(QStringLiteral("/_sim/echo?x=1")), call);
        QCOMPARE(result.status, 200);
        const QJsonObject echo = json(result.body);
        QCOMPARE(echo.value(QLatin1String("method")).toString(), QStringLiteral("PUT"));
        QCOMPARE(echo.value(QLatin1String("path")).toString(), QStringLiteral("/_sim/echo"));
        QCOMPARE(echo.value(QLatin1String("query")).toString(), QStringLiteral("x=1"));
        QCOMPARE(echo.value(QLatin1String("body")).toString(), QStringLiteral("hello"));
        const QJsonObject headers = echo.value(QLatin1String("headers")).toObject();
        QCOMPARE(headers.value(QLatin1String("user-agent")).toString(), QStringLiteral("Fleetdeck-Test/1.0"));
        QCOMPARE(headers.value(QLatin1String("x-trace")).toString(), QStringLiteral("abc"));
    }

    // --- Delayed answers

    void delayedAnswersDoNotBlockOthers()
    {
        QVERIFY(m_sim.addFault(R"({"path":"/n8n/healthz","kind":"latency","latencyMs":1500})") > 0);
        QNetworkReply* slow = manager().get(QNetworkRequest(m_sim.url(QStringLiteral("/n8n/healthz"))));
        const HttpResult fast = get(QStringLiteral("/prometheus/-/healthy"));
        QCOMPARE(fast.status, 200);
        QVERIFY(!slow->isFinished()); // the fast answer came while the slow one was still pending
        QSignalSpy finished(slow, &QNetworkReply::finished);
        QVERIFY(slow->isFinished() || finished.wait(5000));
        QCOMPARE(slow->readAll(), QByteArray(R"({"status":"ok"})"));
        slow->deleteLater();
    }

    void keepAliveConnectionCarriesSeveralDelayedAnswers()
    {
        QVERIFY(m_sim.addFault(R"({"path":"/n8n/healthz","kind":"latency","latencyMs":50})") > 0);
        QNetworkAccessManager one;
        auto connection = [&]() {
            const HttpResult echo = fetch(one, m_sim.url(QStringLiteral("/_sim/echo")));
            return json(echo.body).value(QLatin1String("connection")).toInteger();
        };
        const qint64 first = connection();
        QVERIFY(first > 0);
        for (int i = 0; i < 5; ++i) {
            const HttpResult result = fetch(one, m_sim.url(QStringLiteral("/n8n/healthz")));
            QCOMPARE(result.status, 200);
            QVERIFY(result.elapsedMs >= 50);
        }
        // Sequential requests of one client reuse its one connection, deferred answers included.
        QCOMPARE(connection(), first);
        QNetworkAccessManager other;
        const HttpResult echo = fetch(other, m_sim.url(QStringLiteral("/_sim/echo")));
        QVERIFY(json(echo.body).value(QLatin1String("connection")).toInteger() != first);
    }

    void clientGoingAwayDuringADelayIsHarmless()
    {
        QVERIFY(m_sim.addFault(R"({"path":"/n8n/healthz","kind":"latency","latencyMs":300,"count":1})") > 0);
        QNetworkReply* reply = manager().get(QNetworkRequest(m_sim.url(QStringLiteral("/n8n/healthz"))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QTimer::singleShot(50, reply, &QNetworkReply::abort);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
        reply->deleteLater();
        m_manager.reset(); // closes the connection the delayed answer was meant for
        m_manager = std::make_unique<QNetworkAccessManager>();
        // By the time a 400 ms answer arrives, the first answer's timer has fired on the dead socket.
        QVERIFY(m_sim.addFault(R"({"path":"/n8n/healthz","kind":"latency","latencyMs":400,"count":1})") > 0);
        const HttpResult later = get(QStringLiteral("/n8n/healthz"));
        QCOMPARE(later.status, 200);
        QVERIFY(later.elapsedMs >= 400);
        QCOMPARE(get(QStringLiteral("/n8n/healthz")).status, 200);
    }

    // --- Tenant sites

    void tenantHealthFollowsItsBehaviour()
    {
        const SimFleet& fleet = m_sim.simulator().fleet();
        HttpResult result = fetch(manager(), m_sim.simulator().healthUrl(QStringLiteral("pizza-co")));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.body, QByteArray(R"({"status":"ok","tenant":"pizza-co"})"));
        QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));

        const QString down = fleet.slugsWithMode(HealthMode::Down).constFirst();
        result = fetch(manager(), m_sim.simulator().healthUrl(down));
        QCOMPARE(result.status, 503);
        QCOMPARE(result.body, QByteArray(R"({"status":"down"})"));

        // Latency scale 0.25: a degraded site (1200–1900 ms) takes at least 300 ms.
        const QString degraded = fleet.slugsWithMode(HealthMode::Degraded).constFirst();
        result = fetch(manager(), m_sim.simulator().healthUrl(degraded));
        QCOMPARE(result.status, 200);
        QVERIFY2(result.elapsedMs >= 300, qPrintable(QString::number(result.elapsedMs)));
        QCOMPARE(m_sim.simulator().tenantEffectiveHealth(degraded), QStringLiteral("degraded"));
    }

    void hostListenerServesOnlyItsTenants()
    {
        const SimTenant& joe = *m_sim.simulator().fleet().find(QStringLiteral("joes-plumbing"));
        QCOMPARE(joe.hostName, QStringLiteral("srv-2"));
        const quint16 srv1 = m_sim.simulator().hostPort(QStringLiteral("srv-1"));
        const QUrl wrongHost(QStringLiteral("http://127.0.0.1:%1/sites/joes-plumbing/health").arg(srv1));
        QCOMPARE(fetch(manager(), wrongHost).status, 404);
        QCOMPARE(fetch(manager(), m_sim.simulator().healthUrl(QStringLiteral("joes-plumbing"))).status, 200);
        QCOMPARE(get(QStringLiteral("/sites/joes-plumbing/health")).status, 200); // main port: all tenants
        const HttpResult home = get(QStringLiteral("/sites/joes-plumbing/"));
        QCOMPARE(home.status, 200);
        QVERIFY(home.body.contains("Joe&#39;s Plumbing") || home.body.contains("Joe's Plumbing"));
    }

    void controlApiForcesTenantHealth()
    {
        HttpResult result = post(QStringLiteral("/_sim/tenants/pizza-co/health"), R"({"mode":"down"})");
        QCOMPARE(result.status, 200);
        QCOMPARE(json(result.body).value(QLatin1String("effective")).toString(), QStringLiteral("down"));
        QCOMPARE(fetch(manager(), m_sim.simulator().healthUrl(QStringLiteral("pizza-co"))).status, 503);

        QVERIFY(m_sim.setTenantHealthMode(QStringLiteral("pizza-co"), QStringLiteral("degraded")));
        result = fetch(manager(), m_sim.simulator().healthUrl(QStringLiteral("pizza-co")));
        QCOMPARE(result.status, 200);
        QVERIFY(result.elapsedMs >= 300);

        const QString down = m_sim.simulator().fleet().slugsWithMode(HealthMode::Down).constFirst();
        QCOMPARE(post(QStringLiteral("/_sim/tenants/%1/health").arg(down), R"({"mode":"up"})").status, 200);
        QCOMPARE(fetch(manager(), m_sim.simulator().healthUrl(down)).status, 200);
        QCOMPARE(post(QStringLiteral("/_sim/tenants/%1/health").arg(down), R"({"mode":"auto"})").status, 200);
        QCOMPARE(fetch(manager(), m_sim.simulator().healthUrl(down)).status, 503);

        QCOMPARE(post(QStringLiteral("/_sim/tenants/pizza-co/health"), R"({"mode":"auto"})").status, 200);
        result = get(QStringLiteral("/_sim/tenants/pizza-co/health"));
        QCOMPARE(json(result.body).value(QLatin1String("mode")).toString(), QStringLiteral("auto"));
        QCOMPARE(json(result.body).value(QLatin1String("effective")).toString(), QStringLiteral("up"));

        QCOMPARE(post(QStringLiteral("/_sim/tenants/pizza-co/health"), R"({"mode":"sideways"})").status, 400);
        QCOMPARE(post(QStringLiteral("/_sim/tenants/pizza-co/health"), "not json").status, 400);
        QCOMPARE(post(QStringLiteral("/_sim/tenants/nobody/health"), R"({"mode":"down"})").status, 404);
    }

    void clockAdvancesSimulatedTime()
    {
        const QDateTime before = m_sim.simulator().currentTime();
        HttpResult result = post(QStringLiteral("/_sim/clock"), R"({"advanceSeconds":3600})");
        QCOMPARE(result.status, 200);
        const QJsonObject clock = json(result.body);
        QVERIFY(clock.value(QLatin1String("offsetSeconds")).toDouble() >= 3600);
        const QDateTime now = QDateTime::fromString(clock.value(QLatin1String("now")).toString(), Qt::ISODateWithMs);
        QVERIFY(now >= before.addSecs(3600));
        QCOMPARE(get(QStringLiteral("/_sim/clock")).status, 200);
        QCOMPARE(post(QStringLiteral("/_sim/clock"), R"({"advance":1})").status, 400);
        // The drift follows simulated time: over ten moments a few minutes apart the latency takes several values
        // (two single moments can round to the same millisecond at some times of day).
        const SimTenant& pizza = *m_sim.simulator().fleet().find(QStringLiteral("pizza-co"));
        QSet<int> latencies;
        for (int k = 0; k < 10; ++k)
            latencies.insert(pizza.latencyAt(before.toMSecsSinceEpoch() + qint64(k) * 37 * 1000, false));
        QVERIFY2(latencies.size() > 1, "the latency does not change with simulated time");
    }

    void hostDownRefusesConnectionsAndUpAnswersAgain()
    {
        const QUrl health = m_sim.simulator().healthUrl(QStringLiteral("pizza-co")); // on srv-1
        QCOMPARE(fetch(manager(), health).status, 200); // leaves a kept-alive connection behind

        HttpResult result = post(QStringLiteral("/_sim/hosts/srv-1/down"), {});
        QCOMPARE(result.status, 200);
        QCOMPARE(json(result.body).value(QLatin1String("up")).toBool(), false);
        QVERIFY(m_sim.simulator().isHostDown(QStringLiteral("srv-1")));

        result = fetch(manager(), health);
        QCOMPARE(result.status, 0);
        QVERIFY2(result.error == QNetworkReply::ConnectionRefusedError
                || result.error == QNetworkReply::RemoteHostClosedError,
            qPrintable(result.errorString));
        QNetworkAccessManager fresh;
        QCOMPARE(fetch(fresh, health).error, QNetworkReply::ConnectionRefusedError);
        // Other hosts and the main port carry on.
        QCOMPARE(fetch(manager(), m_sim.simulator().healthUrl(QStringLiteral("joes-plumbing"))).status, 200);

        result = post(QStringLiteral("/_sim/hosts/srv-1/up"), {});
        QCOMPARE(result.status, 200);
        QCOMPARE(json(result.body).value(QLatin1String("up")).toBool(), true);
        QCOMPARE(fetch(manager(), health).status, 200);

        QVERIFY(m_sim.setHostDown(QStringLiteral("srv-3"), true));
        QCOMPARE(json(get(QStringLiteral("/_sim/hosts")).body)
                     .value(QLatin1String("hosts"))
                     .toArray()
                     .at(2)
                     .toObject()
                     .value(QLatin1String("up"))
                     .toBool(),
            false);
        QVERIFY(m_sim.setHostDown(QStringLiteral("srv-3"), false));
        QCOMPARE(post(QStringLiteral("/_sim/hosts/srv-99/down"), {}).status, 404);
    }

    // --- Documents

    void profileDescribesThisSimulatorWithoutSecrets()
    {
        const HttpResult result = get(QStringLiteral("/_sim/profile"));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.body, m_sim.simulator().profileJson());
        QVERIFY(!result.body.contains(kSecret));
        const QJsonObject profile = json(result.body);
        QCOMPARE(profile.value(QLatin1String("name")).toString(), QStringLiteral("simulator"));
        QCOMPARE(profile.value(QLatin1String("allowInsecureHttp")).toBool(true), false);
        QCOMPARE(profile.value(QLatin1String("registry")).toObject().value(QLatin1String("driver")).toString(),
            QStringLiteral("sqlite"));
        QCOMPARE(profile.value(QLatin1String("tls")).toObject().value(QLatin1String("caPem")).toString().toLatin1(),
            m_sim.simulator().caCertificatePem());
        const QJsonObject health = profile.value(QLatin1String("health")).toObject();
        QCOMPARE(health.value(QLatin1String("intervalSeconds")).toInt(), 30);
        QCOMPARE(health.value(QLatin1String("degradedLatencyMs")).toInt(), 1000);
        QCOMPARE(health.value(QLatin1String("timeoutMs")).toInt(), 10000);
        QCOMPARE(health.value(QLatin1String("concurrency")).toInt(), 16);
        const QJsonObject upstreams = profile.value(QLatin1String("upstreams")).toObject();
        const QString base = m_sim.baseUrl().toString();
        const QStringList names{QStringLiteral("evolution"), QStringLiteral("n8n"), QStringLiteral("stripe"),
            QStringLiteral("prometheus"), QStringLiteral("alertmanager"), QStringLiteral("mautic")};
        QCOMPARE(upstreams.keys().size(), names.size());
        for (const QString& name : names) {
            const QJsonObject upstream = upstreams.value(name).toObject();
            QCOMPARE(upstream.value(QLatin1String("url")).toString(), base + QLatin1Char('/') + name);
        }
        QCOMPARE(upstreams.value(QLatin1String("stripe")).toObject().value(QLatin1String("secret")).toString(),
            QStringLiteral("stripe-key"));
        QVERIFY(!upstreams.value(QLatin1String("prometheus")).toObject().contains(QLatin1String("secret")));
    }

    void tenantsDocumentIsTheImportFormat()
    {
        const HttpResult result = get(QStringLiteral("/_sim/tenants"));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.body, m_sim.simulator().tenantsJson());
        QVERIFY(!result.body.contains(kSecret));
        const QJsonObject document = json(result.body);
        const QJsonArray plans = document.value(QLatin1String("plans")).toArray();
        QCOMPARE(plans.size(), 4);
        QCOMPARE(plans.at(1).toObject().value(QLatin1String("code")).toString(), QStringLiteral("growth"));
        QCOMPARE(plans.at(1).toObject().value(QLatin1String("amountMinor")).toInt(), 14900);
        QCOMPARE(plans.at(1).toObject().value(QLatin1String("intervalCount")).toInt(), 1);

        const QJsonArray tenants = document.value(QLatin1String("tenants")).toArray();
        QCOMPARE(tenants.size(), 40);
        const QJsonObject pizza = tenants.at(0).toObject();
        QCOMPARE(pizza.value(QLatin1String("slug")).toString(), QStringLiteral("pizza-co"));
        QCOMPARE(pizza.value(QLatin1String("name")).toString(), QStringLiteral("Pizza Co"));
        QCOMPARE(pizza.value(QLatin1String("status")).toString(), QStringLiteral("active"));
        QCOMPARE(pizza.value(QLatin1String("plan")).toString(), QStringLiteral("growth"));
        QCOMPARE(pizza.value(QLatin1String("contact")).toString(), QStringLiteral("owner@pizzaco.example"));
        const QJsonObject endpoints = pizza.value(QLatin1String("endpoints")).toObject();
        QCOMPARE(endpoints.value(QLatin1String("health")).toArray().at(0).toString(),
            QStringLiteral("http://127.0.0.1:%1/sites/pizza-co/health")
                .arg(m_sim.simulator().hostPort(QStringLiteral("srv-1"))));
        QCOMPARE(endpoints.value(QLatin1String("mautic")).toString(),
            m_sim.baseUrl().toString() + QStringLiteral("/mautic/pizza-co"));
        QCOMPARE(endpoints.value(QLatin1String("evolution_instance")).toString(), QStringLiteral("pizza-co"));
        QCOMPARE(endpoints.value(QLatin1String("n8n_tag")).toString(), QStringLiteral("pizza-co"));
        QVERIFY(endpoints.value(QLatin1String("stripe_customer")).toString().startsWith(QStringLiteral("cus_")));
        QCOMPARE(endpoints.value(QLatin1String("host")).toString(), QStringLiteral("srv-1"));

        int https = 0;
        for (const QJsonValue& value : tenants) {
            const QString url = value.toObject()
                                    .value(QLatin1String("endpoints"))
                                    .toObject()
                                    .value(QLatin1String("health"))
                                    .toArray()
                                    .at(0)
                                    .toString();
            https += url.startsWith(QStringLiteral("https://localhost:"));
        }
        QCOMPARE(https, Simulator::kTlsSlotCount);
    }

    void sameSeedSameTenantsDocument()
    {
        SimFixture again;
        SimOptions options = m_sim.simulator().options();
        QVERIFY(again.start(options));
        QCOMPARE(normalizedPorts(again.simulator().tenantsJson()), normalizedPorts(m_sim.simulator().tenantsJson()));
        SimFixture other;
        options.seed = 2;
        QVERIFY(other.start(options));
        QVERIFY(normalizedPorts(other.simulator().tenantsJson()) != normalizedPorts(m_sim.simulator().tenantsJson()));
    }

    // How fast is measured by bench/health_refresh (it starts 10,000); this proves it works at that size.
    void servesTenThousandTenants()
    {
        QElapsedTimer timer;
        Simulator simulator;
        SimOptions options;
        options.tenants = 10000;
        options.latencyScale = 0;
        timer.start();
        QString error;
        QVERIFY2(simulator.start(options, &error), qPrintable(error));
        qInfo("10,000 tenants started in %lld ms", timer.elapsed());
        const QByteArray tenants = simulator.tenantsJson();
        QVERIFY(tenants.size() > 10000 * 200);
        QCOMPARE(fetch(manager(), simulator.healthUrl(QStringLiteral("mikes-hvac"))).status, 200);
    }

    void caPemIsServed()
    {
        const HttpResult result = get(QStringLiteral("/_sim/ca.pem"));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.body, m_sim.simulator().caCertificatePem());
        QVERIFY(result.body.startsWith("-----BEGIN CERTIFICATE-----"));
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
