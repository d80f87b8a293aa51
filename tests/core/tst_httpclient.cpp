#include "core/net/httpclient.h"

#include "tests/support/simfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Fleetdeck;
using namespace std::chrono_literals;

// Runs one request through the client and waits for its answer.
class Exchange : public QObject
{
    Q_OBJECT
public:
    std::optional<Result<HttpResponse>> result;
    void run(HttpClient& client, HttpRequest request, int waitMs = 20000)
    {
        client.send(std::move(request), this, [this](Result<HttpResponse> r) {
            result = std::move(r);
            emit done();
        });
        QSignalSpy spy(this, &Exchange::done);
        if (!result)
            spy.wait(waitMs);
    }
signals:
    void done();
};

class TestHttpClient : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void sendsTheFleetdeckUserAgent();
    void attachesEachCredentialScheme_data();
    void attachesEachCredentialScheme();
    void refusesCredentialsOverPlainHttpToOtherHosts();
    void allowsCredentialsOverPlainHttpWhenTheProfileSaysSo();
    void retriesServerErrorsWithExponentialBackoff();
    void givesUpAfterThreeRetriesWithTheStatus();
    void honoursRetryAfterSeconds();
    void honoursRetryAfterHttpDate();
    void doesNotRetryPost();
    void reportsARefusedKeyAsUnauthorized();
    void timesOutWithAClearMessage();
    void capsAHugeBodyAndAbortsTheTransfer();
    void reportsATruncatedBodyAsANetworkError();
    void reportsAResetConnectionAsANetworkError();
    void reportsADeadServer();
    void dropsTheCallbackWhenTheContextDies();
    void cancelDeliversCancelled();
    void trustsTheProfilesCaAndReportsExpiry();
    void bothTransportsBehaveAlike_data();
    void bothTransportsBehaveAlike();
    void theLightweightTransportReusesConnections();
    void reportsAnExpiredCertificate();

private:
    HttpRequest get(const QString& path) const
    {
        HttpRequest r;
        r.url = m_sim->url(path);
        r.source = QStringLiteral("test");
        return r;
    }
    std::unique_ptr<Testing::SimFixture> m_sim;
    std::unique_ptr<HttpClient> m_client;
    QList<std::chrono::milliseconds> m_plannedDelays;
};

void TestHttpClient::init()
{
    m_sim = std::make_unique<Testing::SimFixture>();
    QString error;
    QVERIFY2(m_sim->start({}, &error), qPrintable(error));
    m_client = std::make_unique<HttpClient>();
    m_plannedDelays.clear();
    m_client->setDelayHook([this](std::chrono::milliseconds planned) {
        m_plannedDelays << planned;
        return 0ms; // never sleep in tests; the plan is what we check
    });
}

void TestHttpClient::cleanup()
{
    m_client.reset();
    m_sim.reset();
}

void TestHttpClient::sendsTheFleetdeckUserAgent()
{
    Exchange x;
    x.run(*m_client, get(QStringLiteral("/_sim/echo")));
    QVERIFY(x.result && x.result->hasValue());
    const QJsonObject echo = QJsonDocument::fromJson(x.result->value().body).object();
    const QJsonObject headers = echo.value(QStringLiteral("headers")).toObject();
    QString agent;
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (it.key().compare(QStringLiteral("user-agent"), Qt::CaseInsensitive) == 0)
            agent = it.value().toString();
    }
    QCOMPARE(agent.toUtf8(), HttpClient::userAgent());
    QVERIFY(agent.startsWith(QStringLiteral("Fleetdeck/0.")));
    QVERIFY(!agent.contains(QStringLiteral("Mozilla")));
}

void TestHttpClient::attachesEachCredentialScheme_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("scheme");
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("evolution apikey") << QStringLiteral("/evolution/verify-creds") << int(Credential::Scheme::HeaderKey)
                                      << QByteArray("apikey");
    QTest::newRow("n8n key") << QStringLiteral("/n8n/api/v1/workflows") << int(Credential::Scheme::HeaderKey)
                             << QByteArray("X-N8N-API-KEY");
    QTest::newRow("stripe bearer") << QStringLiteral("/stripe/v1/customers") << int(Credential::Scheme::Bearer)
                                   << QByteArray();
}

void TestHttpClient::attachesEachCredentialScheme()
{
    QFETCH(QString, path);
    QFETCH(int, scheme);
    QFETCH(QByteArray, header);
    for (const bool right : {true, false}) {
        HttpRequest r = get(path);
        if (path.startsWith(QStringLiteral("/evolution")))
            r.method = "POST";
        const QByteArray secret = right ? QByteArrayLiteral("fleetdeck-sim") : QByteArrayLiteral("wrong");
        r.credential = scheme == int(Credential::Scheme::Bearer) ? Credential::bearer(secret)
                                                                 : Credential::headerKey(header, secret);
        Exchange x;
        x.run(*m_client, r);
        QVERIFY(x.result);
        if (right) {
            QVERIFY2(x.result->hasValue(), qPrintable(x.result->hasValue() ? QString() : x.result->error().message));
            QCOMPARE(x.result->value().status, 200);
        } else {
            QVERIFY(!x.result->hasValue());
            QCOMPARE(x.result->error().kind, ApiError::Kind::Unauthorized);
            QCOMPARE(x.result->error().httpStatus, 401);
        }
    }
}

void TestHttpClient::refusesCredentialsOverPlainHttpToOtherHosts()
{
    HttpRequest r;
    r.url = QUrl(QStringLiteral("http://n8n.example.invalid/api/v1/workflows"));
    r.credential = Credential::headerKey("X-N8N-API-KEY", "secret");
    r.source = QStringLiteral("n8n");
    Exchange x;
    x.run(*m_client, r);
    QVERIFY(x.result && !x.result->hasValue());
    QCOMPARE(x.result->error().kind, ApiError::Kind::InsecureTransport);
    const QString text = x.result->error().toDisplayString();
    QVERIFY2(text.contains(QStringLiteral("allowInsecureHttp")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("n8n at http://n8n.example.invalid")));
    QVERIFY(!text.contains(QStringLiteral("secret")));
}

void TestHttpClient::allowsCredentialsOverPlainHttpWhenTheProfileSaysSo()
{
    m_client->setAllowInsecureHttp(true);
    HttpRequest r;
    // Not loopback by name, so only the profile switch lets the credential go; the host itself doesn't exist.
    r.url = QUrl(QStringLiteral("http://n8n.example.invalid/api/v1/workflows"));
    r.credential = Credential::headerKey("X-N8N-API-KEY", "secret");
    r.maxRetries = 0;
    Exchange x;
    x.run(*m_client, r);
    QVERIFY(x.result && !x.result->hasValue());
    QCOMPARE(x.result->error().kind, ApiError::Kind::Network); // it was sent; the name just doesn't resolve
}

void TestHttpClient::retriesServerErrorsWithExponentialBackoff()
{
    QVERIFY(
        m_sim->addFault(QByteArrayLiteral(R"({"path":"/n8n/healthz","kind":"status","status":503,"count":2})")) > 0);
    Exchange x;
    x.run(*m_client, get(QStringLiteral("/n8n/healthz")));
    QVERIFY(x.result && x.result->hasValue());
    QCOMPARE(x.result->value().attempts, 3);
    QCOMPARE(m_plannedDelays.size(), 2);
    QVERIFY2(m_plannedDelays[0] >= 800ms && m_plannedDelays[0] <= 1200ms,
        qPrintable(QString::number(m_plannedDelays[0].count())));
    QVERIFY2(m_plannedDelays[1] >= 1600ms && m_plannedDelays[1] <= 2400ms,
        qPrintable(QString::number(m_plannedDelays[1].count())));
}

void TestHttpClient::givesUpAfterThreeRetriesWithTheStatus()
{
    m_sim->addFault(QByteArrayLiteral(R"({"path":"/n8n/healthz","kind":"status","status":502,"count":-1})"));
    Exchange x;
    x.run(*m_client, get(QStringLiteral("/n8n/healthz")));
    QVERIFY(x.result && !x.result->hasValue());
    QCOMPARE(x.result->error().kind, ApiError::Kind::Http);
    QCOMPARE(x.result->error().httpStatus, 502);
    QCOMPARE(m_plannedDelays.size(), 3);
    QVERIFY(m_plannedDelays[2] >= 3200ms && m_plannedDelays[2] <= 4800ms);
    QVERIFY(x.result->error().toDisplayString().contains(QStringLiteral("502")));
}

void TestHttpClient::honoursRetryAfterSeconds()
{
    m_sim->addFault(QByteArrayLiteral(R"({"path":"/n8n/healthz","kind":"ratelimit","retryAfter":7,"count":1})"));
    Exchange x;
    x.run(*m_client, get(QStringLiteral("/n8n/healthz")));
    QVERIFY(x.result && x.result->hasValue());
    QCOMPARE(m_plannedDelays, QList<std::chrono::milliseconds>{7000ms});
}

void TestHttpClient::honoursRetryAfterHttpDate()
{
    m_sim->addFault(QByteArrayLiteral(
        R"({"path":"/n8n/healthz","kind":"ratelimit","retryAfter":30,"retryAfterDate":true,"count":1})"));
    Exchange x;
    x.run(*m_client, get(QStringLiteral("/n8n/healthz")));
    QVERIFY(x.result && x.result->hasValue());
    QCOMPARE(m_plannedDelays.size(), 1);
    // An HTTP-date has one-second resolution and the clock moved a little.
    QVERIFY2(m_plannedDelays[0] >= 28000ms && m_plannedDelays[0] <= 31000ms,
        qPrintable(QString::number(m_plannedDelays[0].count())));
}

void TestHttpClient::doesNotRetryPost()
{
    m_sim->addFault(QByteArrayLiteral(R"({"path":"/evolution/verify-creds","kind":"status","status":503,"count":-1})"));
    HttpRequest r = get(QStringLiteral("/evolution/verify-creds"));
    r.method = "POST";
    Exchange x;
    x.run(*m_client, r);
    QVERIFY(x.result && !x.result->hasValue());
    QCOMPARE(x.result->error().httpStatus, 503);
    QVERIFY(m_plannedDelays.isEmpty());
}

void TestHttpClient::reportsARefusedKeyAsUnauthorized()
{
    HttpRequest r = get(QStringLiteral("/n8n/api/v1/workflows"));
    r.source = QStringLiteral("n8n");
    r.credential = Credential::headerKey("X-N8N-API-KEY", "stale-key");
    Exchange x;
    x.run(*m_client, r);
    QVERIFY(x.result && !x.result->hasValue());
    const ApiError& e = x.result->error();
    QCOMPARE(e.kind, ApiError::Kind::Unauthorized);
    const QString text = e.toDisplayString();
    QVERIFY2(text.startsWith(QStringLiteral("n8n at http://127.0.0.1:")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("answered 401")));
    QVERIFY(text.contains(QStringLiteral("refused")));
    QVERIFY(!text.contains(QStringLiteral("stale-key")));
    QVERIFY(m_plannedDelays.isEmpty()); // a refused key is not retried
}

void TestHttpClient::timesOutWithAClearMessage()
{
    m_sim->addFault(QByteArrayLiteral(R"({"path":"/n8n/healthz","kind":"latency","latencyMs":3000,"count":-1})"));
    HttpRequest r = get(QStringLiteral("/n8n/healthz"));
    r.timeout = 300ms;
    r.maxRetries = 1;
    QElapsedTimer clock;
    clock.start();
    Exchange x;
    x.run(*m_client, r);
    QVERIFY(x.result && !x.result->hasValue());
    QCOMPARE(x.result->error().kind, ApiError::Kind::Timeout);
    QCOMPARE(m_plannedDelays.size(), 1); // a GET that timed out is retried once here
    QVERIFY(clock.elapsed() < 2500);
    QVERIFY(x.result->error().toDisplayString().contains(QStringLiteral("did not answer in time")));
}

void TestHttpClient::capsAHugeBodyAndAbortsTheTransfer()
{
    m_sim->addFault(QByteArrayLiteral(R"({"path":"/n8n/healthz","kind":"huge","bytes":268435456,"count":-1})"));
    HttpRequest r = get(QStringLiteral("/n8n/healthz"));
    r.maxBodyBytes = 1024 * 1024;
    QElapsedTimer clock;
    clock.start();
    Exchange x;
    x.run(*m_client, r);
    QVERIFY(x.result && !x.result->hasValue());
    QCOMPARE(x.result->error().kind, ApiError::Kind::TooLarge);
    QVERIFY(m_plannedDelays.isEmpty());
    // 256 MiB were offered; stopping at the cap takes a fraction of the time reading it all would.
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
}

void TestHttpClient::reportsATruncatedBodyAsANetworkError()
{
    m_sim->addFault(QByteArrayLiteral(R"({"path":"/n8n/healthz","kind":"truncated","count":-1})"));
    HttpRequest r = get(QStringLiteral("/n8n/healthz"));
    r.maxRetries = 0;
    Exchange x;
    x.run(*m_client, r);
    QVERIFY(x.result && !x.result->hasValue());
    QCOMPARE(x.result->error().kind, ApiError::Kind::Network);
}

void TestHttpClient::reportsAResetConnectionAsANetworkError()
{
    m_sim->addFault(QByteArrayLiteral(R"({"path":"/n8n/healthz","kind":"reset","count":-1})"));
    Exchange x;
    x.run(*m_client, get(QStringLiteral("/n8n/healthz")));
    QVERIFY(x.result && !x.result->hasValue());
    QCOMPARE(x.result->error().kind, ApiError::Kind::Network);
    QCOMPARE(m_plannedDelays.size(), 3); // GET is idempotent: retried, then reported

    // A single reset is absorbed by a retry.
    m_sim->clearFaults();
    m_sim->addFault(QByteArrayLiteral(R"({"path":"/n8n/healthz","kind":"reset","count":1})"));
    Exchange again;
    again.run(*m_client, get(QStringLiteral("/n8n/healthz")));
    QVERIFY(again.result && again.result->hasValue());
}

void TestHttpClient::reportsADeadServer()
{
    const QUrl url = m_sim->url(QStringLiteral("/n8n/healthz"));
    m_sim->stop();
    HttpRequest r;
    r.url = url;
    r.source = QStringLiteral("n8n");
    Exchange x;
    x.run(*m_client, r);
    QVERIFY(x.result && !x.result->hasValue());
    QCOMPARE(x.result->error().kind, ApiError::Kind::Network);
    QCOMPARE(m_plannedDelays.size(), 3);
    const QString text = x.result->error().toDisplayString();
    QVERIFY2(text.contains(QStringLiteral("connection refused")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Check that the service is running")));
}

void TestHttpClient::dropsTheCallbackWhenTheContextDies()
{
    m_sim->addFault(QByteArrayLiteral(R"({"path":"/n8n/healthz","kind":"latency","latencyMs":300,"count":-1})"));
    bool called = false;
    {
        QObject context;
        m_client->send(get(QStringLiteral("/n8n/healthz")), &context, [&](Result<HttpResponse>) { called = true; });
        QCOMPARE(m_client->inFlight(), 1);
    }
    QCOMPARE(m_client->inFlight(), 0);
    QTest::qWait(500); // long enough for the delayed answer to have arrived, had the request lived
    QVERIFY(!called);
}

void TestHttpClient::cancelDeliversCancelled()
{
    m_sim->addFault(QByteArrayLiteral(R"({"path":"/n8n/healthz","kind":"latency","latencyMs":2000,"count":-1})"));
    Exchange x;
    const auto id = m_client->send(get(QStringLiteral("/n8n/healthz")), &x, [&](Result<HttpResponse> r) {
        x.result = std::move(r);
        emit x.done();
    });
    m_client->cancel(id);
    QTRY_VERIFY(x.result.has_value());
    QCOMPARE(x.result->error().kind, ApiError::Kind::Cancelled);
}

void TestHttpClient::trustsTheProfilesCaAndReportsExpiry()
{
    const auto tenants =
        QJsonDocument::fromJson(m_sim->simulator().tenantsJson()).object().value(QStringLiteral("tenants")).toArray();
    QList<QUrl> httpsUrls;
    for (const auto& t : tenants) {
        for (const auto& url :
            t.toObject().value(QStringLiteral("endpoints")).toObject().value(QStringLiteral("health")).toArray()) {
            if (url.toString().startsWith(QStringLiteral("https://")))
                httpsUrls << QUrl(url.toString());
        }
    }
    QVERIFY(httpsUrls.size() >= 3);

    // Without the simulator's CA, verification fails: TLS verification is on.
    HttpRequest r;
    r.url = httpsUrls.first();
    r.maxRetries = 0;
    Exchange untrusted;
    untrusted.run(*m_client, r);
    QVERIFY(untrusted.result && !untrusted.result->hasValue());
    QCOMPARE(untrusted.result->error().kind, ApiError::Kind::Tls);

    m_client->setExtraCaCertificates(QSslCertificate::fromData(m_sim->simulator().caCertificatePem()));
    int answered = 0;
    for (const QUrl& url : httpsUrls) {
        r.url = url;
        Exchange x;
        x.run(*m_client, r);
        QVERIFY(x.result);
        if (x.result->hasValue()) {
            ++answered;
            QVERIFY(x.result->value().tlsExpiresAt.isValid());
            QVERIFY(x.result->value().tlsExpiresAt > QDateTime::currentDateTimeUtc());
        }
    }
    QVERIFY(answered >= 3);
}

void TestHttpClient::reportsAnExpiredCertificate()
{
    m_client->setExtraCaCertificates(QSslCertificate::fromData(m_sim->simulator().caCertificatePem()));
    const auto tenants =
        QJsonDocument::fromJson(m_sim->simulator().tenantsJson()).object().value(QStringLiteral("tenants")).toArray();
    int expired = 0;
    for (const auto& t : tenants) {
        for (const auto& url :
            t.toObject().value(QStringLiteral("endpoints")).toObject().value(QStringLiteral("health")).toArray()) {
            if (!url.toString().startsWith(QStringLiteral("https://")))
                continue;
            HttpRequest r;
            r.url = QUrl(url.toString());
            r.maxRetries = 0;
            Exchange x;
            x.run(*m_client, r);
            if (x.result && !x.result->hasValue() && x.result->error().kind == ApiError::Kind::Tls) {
                ++expired;
                QVERIFY2(x.result->error().message.contains(QStringLiteral("expired")),
                    qPrintable(x.result->error().message));
                QVERIFY(x.result->error().certificateExpiresAt.isValid());
                QVERIFY(x.result->error().certificateExpiresAt < QDateTime::currentDateTimeUtc());
            }
        }
    }
    QCOMPARE(expired, 1);
}

void TestHttpClient::bothTransportsBehaveAlike_data()
{
    QTest::addColumn<bool>("lightweight");
    QTest::newRow("QNetworkAccessManager") << false;
    QTest::newRow("lightweight HTTP/1.1") << true;
}

// The same policies hold whichever transport carries the bytes.
void TestHttpClient::bothTransportsBehaveAlike()
{
    QFETCH(bool, lightweight);
    const auto request = [&](const QString& path) {
        HttpRequest r = get(path);
        r.lightweight = lightweight;
        return r;
    };

    Exchange ok;
    ok.run(*m_client, request(QStringLiteral("/_sim/echo?x=1")));
    QVERIFY(ok.result && ok.result->hasValue());
    QCOMPARE(ok.result->value().status, 200);
    const QJsonObject echo = QJsonDocument::fromJson(ok.result->value().body).object();
    QCOMPARE(echo.value(QStringLiteral("headers")).toObject().value(QStringLiteral("user-agent")).toString().toUtf8(),
        HttpClient::userAgent());
    QCOMPARE(ok.result->value().header("content-type").left(16), QByteArray("application/json"));

    m_sim->addFault(QByteArrayLiteral(R"({"path":"/n8n/healthz","kind":"status","status":503,"count":1})"));
    Exchange retried;
    retried.run(*m_client, request(QStringLiteral("/n8n/healthz")));
    QVERIFY(retried.result && retried.result->hasValue());
    QCOMPARE(retried.result->value().attempts, 2);

    m_sim->clearFaults();
    m_sim->addFault(QByteArrayLiteral(R"({"path":"/n8n/healthz","kind":"latency","latencyMs":3000,"count":-1})"));
    HttpRequest slow = request(QStringLiteral("/n8n/healthz"));
    slow.timeout = 200ms;
    slow.maxRetries = 0;
    Exchange timedOut;
    timedOut.run(*m_client, slow);
    QVERIFY(timedOut.result && !timedOut.result->hasValue());
    QCOMPARE(timedOut.result->error().kind, ApiError::Kind::Timeout);

    m_sim->clearFaults();
    m_sim->addFault(QByteArrayLiteral(R"({"path":"/n8n/healthz","kind":"huge","bytes":268435456,"count":-1})"));
    HttpRequest huge = request(QStringLiteral("/n8n/healthz"));
    huge.maxBodyBytes = 512 * 1024;
    Exchange tooLarge;
    tooLarge.run(*m_client, huge);
    QVERIFY(tooLarge.result && !tooLarge.result->hasValue());
    QCOMPARE(tooLarge.result->error().kind, ApiError::Kind::TooLarge);

    for (const char* kind : {"truncated", "reset"}) {
        m_sim->clearFaults();
        m_sim->addFault(
            QStringLiteral(R"({"path":"/n8n/healthz","kind":"%1","count":-1})").arg(QLatin1String(kind)).toUtf8());
        HttpRequest broken = request(QStringLiteral("/n8n/healthz"));
        broken.maxRetries = 0;
        Exchange failed;
        failed.run(*m_client, broken);
        QVERIFY2(failed.result && !failed.result->hasValue(), kind);
        QCOMPARE(failed.result->error().kind, ApiError::Kind::Network);
    }

    m_sim->clearFaults();
    m_sim->addFault(QByteArrayLiteral(R"({"path":"/n8n/healthz","kind":"status","status":404,"count":-1})"));
    HttpRequest any = request(QStringLiteral("/n8n/healthz"));
    any.acceptAnyStatus = true;
    Exchange notFound;
    notFound.run(*m_client, any);
    QVERIFY(notFound.result && notFound.result->hasValue());
    QCOMPARE(notFound.result->value().status, 404);

    const QUrl dead = m_sim->url(QStringLiteral("/n8n/healthz"));
    m_sim->stop();
    HttpRequest refused;
    refused.url = dead;
    refused.lightweight = lightweight;
    refused.maxRetries = 0;
    Exchange down;
    down.run(*m_client, refused);
    QVERIFY(down.result && !down.result->hasValue());
    QCOMPARE(down.result->error().kind, ApiError::Kind::Network);
    QVERIFY2(
        down.result->error().message.contains(QStringLiteral("refused")), qPrintable(down.result->error().message));
}

void TestHttpClient::theLightweightTransportReusesConnections()
{
    QSet<int> connections;
    for (int i = 0; i < 20; ++i) {
        HttpRequest r = get(QStringLiteral("/_sim/echo"));
        r.lightweight = true;
        Exchange x;
        x.run(*m_client, r);
        QVERIFY(x.result && x.result->hasValue());
        connections.insert(
            QJsonDocument::fromJson(x.result->value().body).object().value(QStringLiteral("connection")).toInt());
    }
    QCOMPARE(connections.size(), 1); // one keep-alive connection served all twenty
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
