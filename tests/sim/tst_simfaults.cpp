// FaultInjector: the --faults grammar, the JSON form, path globs, and every fault kind over real HTTP
// on every kind of listener (never on /_sim/).
#include "sim/faultinjector.h"
#include "sim/simfleet.h"

#include "tests/sim/httpprobe.h"
#include "tests/support/simfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QtTest>

using namespace Fleetdeck;
using namespace Fleetdeck::Sim;
using namespace Fleetdeck::Testing;

namespace {
// JSON written with single quotes, '"' after conversion: Qt 6.4's moc mis-reads some raw string literals
// (one holding "/*" looks like a comment start to it) and then finds no Q_OBJECT class in the file.
QByteArray q(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}
} // namespace

class TestSimFaults : public QObject
{
    Q_OBJECT

private:
    SimFixture m_sim;
    std::unique_ptr<QNetworkAccessManager> m_manager;

    QNetworkAccessManager& manager() { return *m_manager; }
    HttpResult get(const QString& path) { return fetch(manager(), m_sim.url(path)); }
    static QJsonObject json(const QByteArray& body) { return QJsonDocument::fromJson(body).object(); }

private slots:
    void initTestCase()
    {
        SimOptions options;
        options.latencyScale = 0; // only the injected latency counts
        QString error;
        QVERIFY2(m_sim.start(options, &error), qPrintable(error));
    }

    void init()
    {
        m_sim.clearFaults();
        m_manager = std::make_unique<QNetworkAccessManager>(); // no kept-alive connection crosses tests
    }

    // --- Parsing

    void parseSpecReadsTheDocumentedExample()
    {
        QString error;
        const auto faults = FaultInjector::parseSpec(
            QStringLiteral("/sites/pizza-co/health=status:503;/stripe/*=ratelimit:2*3;/n8n/*=latency:2500;"
                           "/prometheus/*=reset"),
            &error);
        QVERIFY2(faults, qPrintable(error));
        QCOMPARE(faults->size(), 4);
        QCOMPARE(faults->at(0).path, QStringLiteral("/sites/pizza-co/health"));
        QCOMPARE(faults->at(0).kind, Fault::Kind::Status);
        QCOMPARE(faults->at(0).status, 503);
        QCOMPARE(faults->at(0).count, -1);
        QCOMPARE(faults->at(1).kind, Fault::Kind::RateLimit);
        QCOMPARE(faults->at(1).retryAfterSeconds, 2);
        QCOMPARE(faults->at(1).count, 3);
        QCOMPARE(faults->at(2).kind, Fault::Kind::Latency);
        QCOMPARE(faults->at(2).latencyMs, 2500);
        QCOMPARE(faults->at(3).kind, Fault::Kind::Reset);
        QCOMPARE(faults->at(3).path, QStringLiteral("/prometheus/*"));
    }

    void parseSpecReadsMethodsFlagsSizesAndDefaults()
    {
        QString error;
        const auto faults = FaultInjector::parseSpec(
            QStringLiteral(" POST /evolution/verify-creds=status ; /a=ratelimit:5:date*1;;/b=huge:2M;/c=huge;"
                           "/d=latency;/e=malformed*2;/f=truncated;"),
            &error);
        QVERIFY2(faults, qPrintable(error));
        QCOMPARE(faults->size(), 7);
        QCOMPARE(faults->at(0).method, QStringLiteral("POST"));
        QCOMPARE(faults->at(0).path, QStringLiteral("/evolution/verify-creds"));
        QCOMPARE(faults->at(0).status, 500);
        QVERIFY(faults->at(1).retryAfterDate);
        QCOMPARE(faults->at(1).retryAfterSeconds, 5);
        QCOMPARE(faults->at(1).count, 1);
        QCOMPARE(faults->at(2).bytes, 2 * 1024 * 1024);
        QCOMPARE(faults->at(3).bytes, Fault::kDefaultHugeBytes);
        QCOMPARE(faults->at(4).latencyMs, 1000);
        QCOMPARE(faults->at(5).count, 2);
        QCOMPARE(faults->at(6).kind, Fault::Kind::Truncated);
        QVERIFY(FaultInjector::parseSpec(QString())->isEmpty());
    }

    void parseSpecRejectsBadSpecsClearly_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no equals") << QStringLiteral("/stripe/*") << QStringLiteral("PATH=KIND");
        QTest::newRow("unknown kind") << QStringLiteral("/x=status:503;/y=explode")
                                      << QStringLiteral("unknown kind \"explode\"");
        QTest::newRow("entry number") << QStringLiteral("/x=status:503;/y=explode") << QStringLiteral("entry 2");
        QTest::newRow("bad status") << QStringLiteral("/x=status:abc") << QStringLiteral("not a number");
        QTest::newRow("status range") << QStringLiteral("/x=status:700") << QStringLiteral("100..599");
        QTest::newRow("relative path") << QStringLiteral("stripe=status:500") << QStringLiteral("must start with '/'");
        QTest::newRow("zero count") << QStringLiteral("/x=latency:5*0") << QStringLiteral("count");
        QTest::newRow("bad count") << QStringLiteral("/x=latency:5*many") << QStringLiteral("count");
        QTest::newRow("arg on reset") << QStringLiteral("/x=reset:3") << QStringLiteral("takes no argument");
        QTest::newRow("bad flag") << QStringLiteral("/x=ratelimit:2:later") << QStringLiteral("flag");
        QTest::newRow("bad size") << QStringLiteral("/x=huge:lots") << QStringLiteral("byte count");
        QTest::newRow("negative latency") << QStringLiteral("/x=latency:-5") << QStringLiteral("latency");
    }

    void parseSpecRejectsBadSpecsClearly()
    {
        QFETCH(QString, spec);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!FaultInjector::parseSpec(spec, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void parseJsonReadsEveryField()
    {
        QString error;
        auto fault = FaultInjector::parseJson(
            q("{'path':'/stripe/*','method':'get','kind':'ratelimit','retryAfter':2,'retryAfterDate':true,'count':3}"),
            &error);
        QVERIFY2(fault, qPrintable(error));
        QCOMPARE(fault->method, QStringLiteral("GET"));
        QCOMPARE(fault->retryAfterSeconds, 2);
        QVERIFY(fault->retryAfterDate);
        QCOMPARE(fault->count, 3);
        fault = FaultInjector::parseJson(R"({"path":"/x","kind":"status","status":418,"body":{"teapot":true}})");
        QVERIFY(fault);
        QCOMPARE(fault->body, QByteArray(R"({"teapot":true})"));
        fault = FaultInjector::parseJson(R"({"path":"/x","kind":"huge","bytes":"1K"})");
        QVERIFY(fault);
        QCOMPARE(fault->bytes, 1024);
        QVERIFY(!FaultInjector::parseJson("not json", &error));
        QVERIFY(!FaultInjector::parseJson(R"({"kind":"status"})", &error));
        QVERIFY(error.contains(QStringLiteral("path")));
        QVERIFY(!FaultInjector::parseJson(R"({"path":"/x","kind":"nope"})", &error));
        QVERIFY(!FaultInjector::parseJson(R"({"path":"/x","kind":"status","status":"500"})", &error));
    }

    void pathGlobsMatchAnyRest_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << QStringLiteral("/n8n/healthz") << QStringLiteral("/n8n/healthz") << true;
        QTest::newRow("exact differs") << QStringLiteral("/n8n/healthz") << QStringLiteral("/n8n/healthz/x") << false;
        QTest::newRow("prefix") << QStringLiteral("/stripe/*") << QStringLiteral("/stripe/v1/customers") << true;
        QTest::newRow("prefix empty rest") << QStringLiteral("/stripe/*") << QStringLiteral("/stripe/") << true;
        QTest::newRow("other prefix") << QStringLiteral("/stripe/*") << QStringLiteral("/n8n/healthz") << false;
        QTest::newRow("middle") << QStringLiteral("/sites/*/health") << QStringLiteral("/sites/pizza-co/health")
                                << true;
        QTest::newRow("middle no") << QStringLiteral("/sites/*/health") << QStringLiteral("/sites/pizza-co/") << false;
        QTest::newRow("all") << QStringLiteral("*") << QStringLiteral("/anything") << true;
    }

    void pathGlobsMatchAnyRest()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, path);
        QFETCH(bool, matches);
        QCOMPARE(FaultInjector::pathMatches(pattern, path), matches);
    }

    // --- Every kind over HTTP

    void latencyDelaysTheNormalAnswer()
    {
        QVERIFY(m_sim.addFault(R"({"path":"/n8n/healthz","kind":"latency","latencyMs":400})") > 0);
        const HttpResult result = get(QStringLiteral("/n8n/healthz"));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.body, QByteArray(R"({"status":"ok"})"));
        QVERIFY2(result.elapsedMs >= 400, qPrintable(QString::number(result.elapsedMs)));
    }

    void statusAnswersInTheUpstreamShape()
    {
        QVERIFY(m_sim.addFault(q("{'path':'/stripe/*','kind':'status','status':503}")) > 0);
        HttpResult result = get(QStringLiteral("/stripe/v1/customers"));
        QCOMPARE(result.status, 503);
        QCOMPARE(json(result.body).value(QLatin1String("error")).toObject().value(QLatin1String("type")).toString(),
            QStringLiteral("api_error"));

        m_sim.clearFaults();
        QVERIFY(
            m_sim.addFault(q("{'path':'/n8n/*','kind':'status','status':502,'body':{'message':'bad gateway'}}")) > 0);
        result = get(QStringLiteral("/n8n/healthz"));
        QCOMPARE(result.status, 502);
        QCOMPARE(result.body, QByteArray(R"({"message":"bad gateway"})"));
        QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
    }

    void rateLimitSendsRetryAfter()
    {
        QVERIFY(
            m_sim.addFault(q("{'path':'/stripe/*','method':'GET','kind':'ratelimit','retryAfter':2,'count':1}")) > 0);
        HttpResult result = get(QStringLiteral("/stripe/v1/customers"));
        QCOMPARE(result.status, 429);
        QCOMPARE(result.header("Retry-After"), QByteArray("2"));
        QCOMPARE(json(result.body).value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
            QStringLiteral("rate_limit"));

        QVERIFY(m_sim.addFault(q("{'path':'/n8n/*','kind':'ratelimit','retryAfter':3,'retryAfterDate':true}")) > 0);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        result = get(QStringLiteral("/n8n/healthz"));
        QCOMPARE(result.status, 429);
        const QDateTime at = QLocale::c().toDateTime(
            QString::fromLatin1(result.header("Retry-After")), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        QVERIFY2(at.isValid(), result.header("Retry-After").constData());
        QDateTime utc = at;
        utc.setTimeSpec(Qt::UTC);
        QVERIFY(utc >= before.addSecs(3).addMSecs(-999));
        QVERIFY(utc <= before.addSecs(5));
    }

    void malformedIsBrokenJson()
    {
        QVERIFY(m_sim.addFault(R"({"path":"/n8n/api/v1/workflows","kind":"malformed"})") > 0);
        const HttpResult result = get(QStringLiteral("/n8n/api/v1/workflows"));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
        QJsonParseError parseError;
        QJsonDocument::fromJson(result.body, &parseError);
        QVERIFY(parseError.error != QJsonParseError::NoError);
    }

    void truncatedBodyEndsInAnError()
    {
        QVERIFY(m_sim.addFault(q("{'path':'/prometheus/*','kind':'truncated'}")) > 0);
        const HttpResult result = get(QStringLiteral("/prometheus/api/v1/status/buildinfo"));
        QVERIFY(result.finished);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.error, QNetworkReply::RemoteHostClosedError);
        QVERIFY(result.header("Content-Length").toLongLong() > result.body.size());
    }

    void hugeBodyIsStreamedToItsLength()
    {
        constexpr qint64 kBytes = 3 * 1024 * 1024 + 17;
        QVERIFY(m_sim.addFault(QJsonObject{{QStringLiteral("path"), QStringLiteral("/n8n/api/v1/workflows")},
                    {QStringLiteral("kind"), QStringLiteral("huge")}, {QStringLiteral("bytes"), kBytes}})
            > 0);
        QNetworkReply* reply = manager().get(QNetworkRequest(m_sim.url(QStringLiteral("/n8n/api/v1/workflows"))));
        qint64 received = 0;
        QByteArray head;
        connect(reply, &QIODevice::readyRead, reply, [&]() {
            const QByteArray chunk = reply->readAll();
            if (head.size() < 32)
                head += chunk.left(32);
            received += chunk.size();
        });
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(30000));
        received += reply->readAll().size();
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), kBytes);
        QCOMPARE(received, kBytes);
        QVERIFY(head.startsWith("{\"data\":\"xxx"));
        reply->deleteLater();
    }

    void hugeDefaultsTo64MiBAndTheClientMayStopReading()
    {
        QVERIFY(m_sim.addFault(R"({"path":"/stripe/v1/customers","kind":"huge","count":1})") > 0);
        QNetworkReply* reply = manager().get(QNetworkRequest(m_sim.url(QStringLiteral("/stripe/v1/customers"))));
        QSignalSpy metaData(reply, &QNetworkReply::metaDataChanged);
        QVERIFY(metaData.wait(10000));
        QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), 64LL * 1024 * 1024);
        reply->abort(); // a client's size cap
        reply->deleteLater();
        // The simulator carries on.
        const HttpResult result = fetch(manager(), m_sim.url(QStringLiteral("/n8n/healthz")));
        QCOMPARE(result.status, 200);
    }

    void resetAbortsTheConnection()
    {
        // Count 2: QNAM silently re-sends once when a connection dies before any byte of the answer.
        QVERIFY(m_sim.addFault(R"({"path":"/prometheus/-/healthy","kind":"reset","count":2})") > 0);
        const HttpResult result = get(QStringLiteral("/prometheus/-/healthy"));
        QVERIFY(result.finished);
        QCOMPARE(result.status, 0);
        QVERIFY2(
            result.error == QNetworkReply::RemoteHostClosedError || result.error == QNetworkReply::UnknownNetworkError,
            qPrintable(result.errorString));
        QVERIFY(m_sim.simulator().faults().isEmpty()); // both uses consumed
        QCOMPARE(get(QStringLiteral("/prometheus/-/healthy")).status, 200);
    }

    void countExpiresAndMethodFilters()
    {
        QVERIFY(m_sim.addFault(R"({"path":"/n8n/healthz","kind":"status","status":500,"count":2})") > 0);
        QVERIFY(m_sim.addFault(q("{'path':'/evolution/*','method':'POST','kind':'status','status':500}")) > 0);
        QCOMPARE(get(QStringLiteral("/n8n/healthz")).status, 500);
        QCOMPARE(m_sim.simulator().faults().faults().constFirst().count, 1);
        QCOMPARE(get(QStringLiteral("/n8n/healthz")).status, 500);
        QCOMPARE(get(QStringLiteral("/n8n/healthz")).status, 200);
        QCOMPARE(get(QStringLiteral("/evolution/")).status, 200); // GET is not POST
        QCOMPARE(fetch(manager(), m_sim.url(QStringLiteral("/evolution/verify-creds")), "POST", "{}").status, 500);
        m_sim.clearFaults();
        QCOMPARE(fetch(manager(), m_sim.url(QStringLiteral("/evolution/verify-creds")), "POST", "{}").status, 401);
    }

    void faultsApplyOnHostListenersButNeverOnControl()
    {
        QVERIFY(m_sim.addFault(R"({"path":"*","kind":"status","status":500})") > 0);
        const QUrl health = m_sim.simulator().healthUrl(QStringLiteral("pizza-co"));
        QCOMPARE(health.port(), int(m_sim.simulator().hostPort(QStringLiteral("srv-1"))));
        QCOMPARE(fetch(manager(), health).status, 500);
        QCOMPARE(get(QStringLiteral("/sites/pizza-co/health")).status, 500);
        const HttpResult control = get(QStringLiteral("/_sim/faults"));
        QCOMPARE(control.status, 200);
        QCOMPARE(json(control.body).value(QLatin1String("faults")).toArray().size(), 1);
    }

    void controlApiManagesFaults()
    {
        HttpResult result = fetch(manager(), m_sim.url(QStringLiteral("/_sim/faults")), "POST",
            q("{'path':'/stripe/*','method':'GET','kind':'ratelimit','retryAfter':2,'count':3}"));
        QCOMPARE(result.status, 200);
        const int first = json(result.body).value(QLatin1String("id")).toInt();
        QVERIFY(first > 0);
        result = fetch(manager(), m_sim.url(QStringLiteral("/_sim/faults")), "POST",
            q("{'path':'/n8n/*','kind':'latency','latencyMs':10}"));
        const int second = json(result.body).value(QLatin1String("id")).toInt();
        QVERIFY(second > first);

        result = get(QStringLiteral("/_sim/faults"));
        const QJsonArray list = json(result.body).value(QLatin1String("faults")).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("ratelimit"));
        QCOMPARE(list.at(0).toObject().value(QLatin1String("retryAfter")).toInt(), 2);

        QCOMPARE(get(QStringLiteral("/stripe/v1/customers")).status, 429);

        result = fetch(manager(), m_sim.url(QStringLiteral("/_sim/faults/%1").arg(first)), "DELETE");
        QCOMPARE(result.status, 200);
        QCOMPARE(fetch(manager(), m_sim.url(QStringLiteral("/_sim/faults/%1").arg(first)), "DELETE").status, 404);
        QCOMPARE(m_sim.simulator().faults().faults().size(), 1);
        result = fetch(manager(), m_sim.url(QStringLiteral("/_sim/faults")), "DELETE");
        QCOMPARE(json(result.body).value(QLatin1String("cleared")).toInt(), 1);
        QVERIFY(m_sim.simulator().faults().isEmpty());

        result = fetch(manager(), m_sim.url(QStringLiteral("/_sim/faults")), "POST", R"({"path":"/x","kind":"boom"})");
        QCOMPARE(result.status, 400);
        QVERIFY(json(result.body).value(QLatin1String("error")).toString().contains(QStringLiteral("kind")));
    }

    void startTakesTheFaultsOption()
    {
        SimFixture sim;
        SimOptions options;
        options.latencyScale = 0;
        options.faults = QStringLiteral("/sites/pizza-co/health=status:503;/stripe/*=ratelimit:2*3");
        QString error;
        QVERIFY2(sim.start(options, &error), qPrintable(error));
        QCOMPARE(sim.simulator().faults().faults().size(), 2);
        QCOMPARE(fetch(manager(), sim.url(QStringLiteral("/sites/pizza-co/health"))).status, 503);

        SimFixture bad;
        options.faults = QStringLiteral("/stripe/*=explode");
        QVERIFY(!bad.start(options, &error));
        QVERIFY2(error.contains(QStringLiteral("unknown kind")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_simfaults.moc"
