// The simulated Prometheus over real HTTP: the recorded answer shapes, GET and form-encoded POST, bad_data and
// execution errors, the 11,000-point limit, series that follow the fleet (health modes, hosts down, TLS
// certificates, disks, backups) and the simulated clock, targets, rules and alerts, and the control API.
#include "sim/simfleet.h"
#include "sim/simtenant.h"

#include "tests/sim/httpprobe.h"
#include "tests/support/simfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

#include <cmath>

using namespace Fleetdeck;
using namespace Fleetdeck::Sim;
using namespace Fleetdeck::Testing;

namespace {

QJsonObject object(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray resultOf(const QByteArray& body)
{
    return object(body).value(QLatin1String("data")).toObject().value(QLatin1String("result")).toArray();
}

double valueOf(const QJsonValue& series)
{
    return series.toObject().value(QLatin1String("value")).toArray().at(1).toString().toDouble();
}

QString label(const QJsonValue& series, const char* name)
{
    return series.toObject().value(QLatin1String("metric")).toObject().value(QLatin1String(name)).toString();
}

QJsonValue findSeries(const QJsonArray& result, const char* name, const QString& value)
{
    for (const QJsonValue& series : result) {
        if (label(series, name) == value)
            return series;
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

class TestSimPrometheus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void instantAnswersHaveTheRecordedShape();
    void postFormEncodedEqualsGet();
    void plusInAQueryStringIsASpace();
    void badQueriesAreBadData_data();
    void badQueriesAreBadData();
    void executionErrorsAre422();
    void rangeAnswersAreMatricesWithinTheLimit();
    void rangeParametersAreChecked_data();
    void rangeParametersAreChecked();
    void probesFollowTheFleetsHealth();
    void latencyDriftsWithTheSimulatedClock();
    void certificatesExpireOnTheirDates();
    void filesystemsHaveNoiseAndOneNearFullHost();
    void diskControlEndpoint();
    void postgresExporterMetrics();
    void backupsAgeWithTheClockAndCanBePinned();
    void hostDownTakesItsExportersAndProbes();
    void exporterControlEndpoint();
    void targetsRulesAndAlerts();
    void alertGoesPendingThenFiringWithTheClock();
    void healthAndBuildInfo();
    void faultsAnswerInPrometheusShape();
    void aThousandTenantsAnswerInOneQuery();

private:
    HttpResult get(const QString& path);
    HttpResult query(const QString& promql, const QString& extra = {});
    HttpResult post(const QString& path, const QByteArray& body, const QByteArray& contentType);

    SimFixture m_sim;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

HttpResult TestSimPrometheus::get(const QString& path)
{
    return fetch(*m_manager, m_sim.url(path));
}

HttpResult TestSimPrometheus::query(const QString& promql, const QString& extra)
{
    return get(QStringLiteral("/prometheus/api/v1/query?query=") + QString::fromLatin1(QUrl::toPercentEncoding(promql))
        + extra);
}

HttpResult TestSimPrometheus::post(const QString& path, const QByteArray& body, const QByteArray& contentType)
{
    HttpCall call;
    call.method = "POST";
    call.body = body;
    call.headers = {{"Content-Type", contentType}};
    return fetch(*m_manager, m_sim.url(path), call);
}

void TestSimPrometheus::initTestCase()
{
    SimOptions options;
    options.latencyScale = 0;
    QString error;
    QVERIFY2(m_sim.start(options, &error), qPrintable(error));
}

void TestSimPrometheus::init()
{
    m_sim.clearFaults();
    m_manager = std::make_unique<QNetworkAccessManager>();
}

void TestSimPrometheus::instantAnswersHaveTheRecordedShape()
{
    const HttpResult result = query(QStringLiteral("up"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject body = object(result.body);
    QCOMPARE(body.value(QLatin1String("status")).toString(), QStringLiteral("success"));
    QCOMPARE(body.value(QLatin1String("data")).toObject().value(QLatin1String("resultType")).toString(),
        QStringLiteral("vector"));
    const QJsonArray list = resultOf(result.body);
    QVERIFY(list.size() > 40);
    for (const QJsonValue& series : list) {
        const QJsonObject metric = series.toObject().value(QLatin1String("metric")).toObject();
        QCOMPARE(metric.value(QLatin1String("__name__")).toString(), QStringLiteral("up"));
        QVERIFY(!metric.value(QLatin1String("job")).toString().isEmpty());
        const QJsonArray value = series.toObject().value(QLatin1String("value")).toArray();
        QCOMPARE(value.size(), 2);
        QVERIFY(value.at(0).isDouble()); // float seconds
        QVERIFY(value.at(1).isString()); // the value is a string
    }
    QCOMPARE(valueOf(findSeries(list, "job", QStringLiteral("legacy-billing-exporter"))), 0.0);
    // A scalar answer is [time, "value"].
    const QJsonValue scalar = object(query(QStringLiteral("14 * 86400")).body)
                                  .value(QLatin1String("data"))
                                  .toObject()
                                  .value(QLatin1String("result"));
    QCOMPARE(scalar.toArray().at(1).toString(), QStringLiteral("1209600"));
}

void TestSimPrometheus::postFormEncodedEqualsGet()
{
    const QString promql = QStringLiteral("probe_success{job=\"blackbox-http\"} == 0");
    const HttpResult viaGet = query(promql);
    const HttpResult viaPost = post(QStringLiteral("/prometheus/api/v1/query"),
        "query=" + QUrl::toPercentEncoding(promql), "application/x-www-form-urlencoded");
    QCOMPARE(viaPost.status, 200);
    QCOMPARE(resultOf(viaPost.body).size(), resultOf(viaGet.body).size());
    QCOMPARE(resultOf(viaPost.body).size(), 1); // the one down tenant
    // A JSON body is not a form: the query is missing.
    const HttpResult json = post(QStringLiteral("/prometheus/api/v1/query"), R"({"query":"up"})", "application/json");
    QCOMPARE(json.status, 400);
}

void TestSimPrometheus::plusInAQueryStringIsASpace()
{
    HttpResult result = get(QStringLiteral("/prometheus/api/v1/query?query=1%2B1"));
    QCOMPARE(result.status, 200);
    QCOMPARE(object(result.body)
                 .value(QLatin1String("data"))
                 .toObject()
                 .value(QLatin1String("result"))
                 .toArray()
                 .at(1)
                 .toString(),
        QStringLiteral("2"));
    result = get(QStringLiteral("/prometheus/api/v1/query?query=1+1")); // "1 1"
    QCOMPARE(result.status, 400);
}

void TestSimPrometheus::badQueriesAreBadData_data()
{
    QTest::addColumn<QString>("promql");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("open brace")
        << "up{"
        << "invalid parameter \"query\": 1:4: parse error: unexpected end of input inside braces";
    QTest::newRow("empty") << ""
                           << "no expression found in input";
    QTest::newRow("aggregation") << "sum(up)"
                                 << "not supported by fleetdeck-sim";
    QTest::newRow("range vector") << "avg_over_time(probe_success[30d])"
                                  << "not supported by fleetdeck-sim";
    QTest::newRow("and") << "up and up"
                         << "not supported by fleetdeck-sim";
    QTest::newRow("empty matcher") << "{job=~\".*\"}"
                                   << "at least one non-empty matcher";
    QTest::newRow("scalar comparison") << "1 > 0"
                                       << "must use BOOL modifier";
}

void TestSimPrometheus::badQueriesAreBadData()
{
    QFETCH(QString, promql);
    QFETCH(QString, fragment);
    const HttpResult result = query(promql);
    QCOMPARE(result.status, 400);
    const QJsonObject body = object(result.body);
    QCOMPARE(body.value(QLatin1String("status")).toString(), QStringLiteral("error"));
    QCOMPARE(body.value(QLatin1String("errorType")).toString(), QStringLiteral("bad_data"));
    QVERIFY2(body.value(QLatin1String("error")).toString().contains(fragment),
        qPrintable(body.value(QLatin1String("error")).toString()));
}

void TestSimPrometheus::executionErrorsAre422()
{
    const HttpResult result = query(QStringLiteral("probe_success / on(job) probe_duration_seconds"));
    QCOMPARE(result.status, 422);
    QCOMPARE(object(result.body).value(QLatin1String("errorType")).toString(), QStringLiteral("execution"));
}

void TestSimPrometheus::rangeAnswersAreMatricesWithinTheLimit()
{
    const qint64 end = m_sim.simulator().currentTime().toSecsSinceEpoch();
    const HttpResult result =
        get(QStringLiteral("/prometheus/api/v1/query_range?query=probe_duration_seconds&start=%1&end=%2&step=15s")
                .arg(end - 600)
                .arg(end));
    QCOMPARE(result.status, 200);
    QCOMPARE(object(result.body).value(QLatin1String("data")).toObject().value(QLatin1String("resultType")).toString(),
        QStringLiteral("matrix"));
    const QJsonArray list = resultOf(result.body);
    QVERIFY(!list.isEmpty());
    for (const QJsonValue& series : list) {
        const QJsonArray values = series.toObject().value(QLatin1String("values")).toArray();
        QCOMPARE(values.size(), 41);
        QCOMPARE(values.at(1).toArray().at(0).toDouble() - values.at(0).toArray().at(0).toDouble(), 15.0);
        QVERIFY(values.at(0).toArray().at(1).isString());
    }
    // POST with float seconds too.
    const HttpResult posted = post(QStringLiteral("/prometheus/api/v1/query_range"),
        QStringLiteral("query=up&start=%1.5&end=%2.5&step=60").arg(end - 600).arg(end).toLatin1(),
        "application/x-www-form-urlencoded");
    QCOMPARE(posted.status, 200);
    QCOMPARE(resultOf(posted.body).first().toObject().value(QLatin1String("values")).toArray().size(), 11);
}

void TestSimPrometheus::rangeParametersAreChecked_data()
{
    QTest::addColumn<QString>("parameters");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("too many points")
        << "start=0&end=11001&step=1"
        << "exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the "
           "query resolution (?step=XX)";
    QTest::newRow("zero step") << "start=0&end=60&step=0"
                               << "zero or negative query resolution step widths are not accepted";
    QTest::newRow("end before start") << "start=60&end=0&step=1"
                                      << "end timestamp must not be before start time";
    QTest::newRow("bad start") << "start=yesterday&end=60&step=1"
                               << "invalid parameter \"start\"";
    QTest::newRow("bad step") << "start=0&end=60&step=fast"
                              << "invalid parameter \"step\"";
    QTest::newRow("missing end") << "start=0&step=1"
                                 << "invalid parameter \"end\"";
}

void TestSimPrometheus::rangeParametersAreChecked()
{
    QFETCH(QString, parameters);
    QFETCH(QString, fragment);
    const HttpResult result = get(QStringLiteral("/prometheus/api/v1/query_range?query=up&") + parameters);
    QCOMPARE(result.status, 400);
    QCOMPARE(object(result.body).value(QLatin1String("errorType")).toString(), QStringLiteral("bad_data"));
    QVERIFY2(object(result.body).value(QLatin1String("error")).toString().contains(fragment), result.body.constData());
}

void TestSimPrometheus::probesFollowTheFleetsHealth()
{
    const SimFleet& fleet = m_sim.simulator().fleet();
    const QString down = fleet.slugsWithMode(HealthMode::Down).first();
    const QString degraded = fleet.slugsWithMode(HealthMode::Degraded).first();
    const QString healthy = fleet.tenants().first().slug;
    QJsonArray success = resultOf(query(QStringLiteral("probe_success")).body);
    QJsonArray status = resultOf(query(QStringLiteral("probe_http_status_code")).body);
    QJsonArray duration = resultOf(query(QStringLiteral("probe_duration_seconds")).body);
    QCOMPARE(valueOf(findSeries(success, "tenant", down)), 0.0);
    QCOMPARE(valueOf(findSeries(status, "tenant", down)), 503.0);
    QCOMPARE(valueOf(findSeries(success, "tenant", degraded)), 1.0);
    QVERIFY(valueOf(findSeries(duration, "tenant", degraded)) > 1.2);
    QCOMPARE(valueOf(findSeries(success, "tenant", healthy)), 1.0);
    QCOMPARE(valueOf(findSeries(status, "tenant", healthy)), 200.0);
    QVERIFY(valueOf(findSeries(duration, "tenant", healthy)) < 0.26);
    QCOMPARE(
        label(findSeries(success, "tenant", healthy), "instance"), m_sim.simulator().healthUrl(healthy).toString());

    // Suspended and churned tenants are not probed.
    for (const SimTenant& tenant : fleet.tenants()) {
        if (tenant.status != TenantStatus::Active)
            QVERIFY(findSeries(success, "instance", m_sim.simulator().healthUrl(tenant.slug).toString()).isUndefined());
    }

    QVERIFY(m_sim.setTenantHealthMode(healthy, QStringLiteral("down")));
    success = resultOf(query(QStringLiteral("probe_success")).body);
    QCOMPARE(valueOf(findSeries(success, "tenant", healthy)), 0.0);
    QVERIFY(m_sim.setTenantHealthMode(healthy, QStringLiteral("auto")));
}

void TestSimPrometheus::latencyDriftsWithTheSimulatedClock()
{
    const SimTenant& tenant = m_sim.simulator().fleet().tenants().at(1);
    const qint64 now = m_sim.simulator().currentTime().toMSecsSinceEpoch() / 1000 * 1000;
    QList<double> seen;
    for (qint64 at : {now - 900000, now - 450000, now}) {
        const QJsonArray list = resultOf(query(QStringLiteral("probe_duration_seconds{tenant=\"%1\"}").arg(tenant.slug),
            QStringLiteral("&time=%1").arg(at / 1000))
                                             .body);
        QCOMPARE(list.size(), 1);
        const double value = valueOf(list.first());
        QVERIFY(std::fabs(value - tenant.latencyAt(at, false) / 1000.0) < 0.001); // the same drift the site shows
        seen << value;
    }
    QVERIFY(seen.at(0) != seen.at(1) || seen.at(1) != seen.at(2));
    // Nothing has been scraped in the future.
    QVERIFY(resultOf(query(QStringLiteral("up"), QStringLiteral("&time=%1").arg(now / 1000 + 3600)).body).isEmpty());
}

void TestSimPrometheus::certificatesExpireOnTheirDates()
{
    const Simulator& sim = m_sim.simulator();
    const QJsonArray expiry = resultOf(query(QStringLiteral("probe_ssl_earliest_cert_expiry")).body);
    QCOMPARE(expiry.size(), Simulator::kTlsSlotCount - 1); // the expired one fails its handshake: no series
    for (int slot = 1; slot < Simulator::kTlsSlotCount; ++slot) {
        const QJsonValue series = findSeries(expiry, "instance", sim.healthUrl(sim.tlsTenant(slot)).toString());
        QVERIFY(!series.isUndefined());
        QCOMPARE(qint64(valueOf(series)), sim.tlsExpiry(slot).toSecsSinceEpoch());
        QCOMPARE(label(series, "job"), QStringLiteral("blackbox-https"));
        QVERIFY(label(series, "tenant").isEmpty()); // mapped by URL, not by label
    }
    const QString expired = sim.healthUrl(sim.tlsTenant(0)).toString();
    QCOMPARE(
        valueOf(findSeries(resultOf(query(QStringLiteral("probe_http_status_code")).body), "instance", expired)), 0.0);
    const QJsonArray soon =
        resultOf(query(QStringLiteral("probe_ssl_earliest_cert_expiry - time() < 14 * 86400")).body);
    QCOMPARE(soon.size(), 2); // 5 and 12 days
}

void TestSimPrometheus::filesystemsHaveNoiseAndOneNearFullHost()
{
    const QJsonArray all = resultOf(query(QStringLiteral("node_filesystem_size_bytes")).body);
    QStringList fstypes;
    for (const QJsonValue& series : all)
        fstypes << label(series, "fstype");
    for (const char* noise : {"tmpfs", "overlay", "squashfs"})
        QVERIFY2(fstypes.contains(QLatin1String(noise)), noise);
    const QString filter = QStringLiteral("{fstype!~\"tmpfs|overlay|squashfs\"}");
    const QJsonArray ratios = resultOf(
        query(QStringLiteral("1 - node_filesystem_avail_bytes%1 / node_filesystem_size_bytes%1").arg(filter)).body);
    QVERIFY(!ratios.isEmpty());
    const QString nearFull = m_sim.simulator().nearFullHost() + QStringLiteral(":9100");
    int over = 0;
    for (const QJsonValue& series : ratios) {
        QVERIFY(!series.toObject().value(QLatin1String("metric")).toObject().contains(QLatin1String("__name__")));
        if (valueOf(series) > 0.85) {
            ++over;
            QCOMPARE(label(series, "instance"), nearFull);
            QCOMPARE(label(series, "mountpoint"), QStringLiteral("/"));
        }
    }
    QCOMPARE(over, 1);
    // Unfiltered, the noise would raise false alarms.
    const QJsonArray noisy =
        resultOf(query(QStringLiteral("1 - node_filesystem_avail_bytes / node_filesystem_size_bytes > 0.9")).body);
    QVERIFY(noisy.size() > 1);
}

void TestSimPrometheus::diskControlEndpoint()
{
    HttpCall call;
    call.method = "POST";
    call.body = R"({"usedRatio":0.97})";
    HttpResult result = fetch(*m_manager, m_sim.url(QStringLiteral("/_sim/hosts/srv-3/disk")), call);
    QCOMPARE(result.status, 200);
    const QString ratio = QStringLiteral("1 - node_filesystem_avail_bytes{instance=\"srv-3:9100\",mountpoint=\"/\"} / "
                                         "node_filesystem_size_bytes{instance=\"srv-3:9100\",mountpoint=\"/\"}");
    QVERIFY(std::fabs(valueOf(resultOf(query(ratio).body).first()) - 0.97) < 0.001);
    call.body = R"({"usedRatio":null})";
    QCOMPARE(fetch(*m_manager, m_sim.url(QStringLiteral("/_sim/hosts/srv-3/disk")), call).status, 200);
    QVERIFY(valueOf(resultOf(query(ratio).body).first()) < 0.85);
    call.body = R"({"usedRatio":1.5})";
    QCOMPARE(fetch(*m_manager, m_sim.url(QStringLiteral("/_sim/hosts/srv-3/disk")), call).status, 400);
    call.body = R"({"usedRatio":0.5})";
    QCOMPARE(fetch(*m_manager, m_sim.url(QStringLiteral("/_sim/hosts/srv-99/disk")), call).status, 404);
    // The host up/down routes still work next to it.
    QCOMPARE(get(QStringLiteral("/_sim/hosts/srv-3/disk")).status, 200);
}

void TestSimPrometheus::postgresExporterMetrics()
{
    QCOMPARE(valueOf(resultOf(query(QStringLiteral("pg_up")).body).first()), 1.0);
    const QJsonArray sizes = resultOf(query(QStringLiteral("pg_database_size_bytes")).body);
    QVERIFY(valueOf(findSeries(sizes, "datname", QStringLiteral("fleetdeck"))) > 10e9);
    const QJsonArray activity =
        resultOf(query(QStringLiteral("pg_stat_activity_count{datname=\"fleetdeck\",state=\"active\"}")).body);
    QCOMPARE(activity.size(), 1);
    QVERIFY(valueOf(activity.first()) >= 2);
}

void TestSimPrometheus::backupsAgeWithTheClockAndCanBePinned()
{
    const QString stale = m_sim.simulator().staleBackupTenant();
    QVERIFY(!stale.isEmpty());
    const QString age = QStringLiteral("time() - fleetdeck_backup_last_success_timestamp_seconds");
    QJsonArray ages = resultOf(query(age).body);
    QVERIFY(ages.size() > 20);
    for (const QJsonValue& series : ages) {
        if (label(series, "tenant") == stale)
            QVERIFY(valueOf(series) > 50 * 3600 - 60);
        else
            QVERIFY2(valueOf(series) <= 24 * 3600, qPrintable(label(series, "tenant")));
        QVERIFY(label(series, "instance").endsWith(QStringLiteral(":9100"))); // node_exporter's textfile collector
    }
    const double before = valueOf(findSeries(ages, "tenant", stale));
    HttpCall call;
    call.method = "POST";
    call.body = R"({"advanceSeconds":7200})";
    QCOMPARE(fetch(*m_manager, m_sim.url(QStringLiteral("/_sim/clock")), call).status, 200);
    ages = resultOf(query(age).body);
    QVERIFY(valueOf(findSeries(ages, "tenant", stale)) - before >= 7200 - 60);

    // Pin another tenant's last backup three days back, then let it run nightly again.
    const QString other = m_sim.simulator().fleet().tenants().at(1).slug;
    call.body = R"({"ageSeconds":259200})";
    HttpResult result = fetch(*m_manager, m_sim.url(QStringLiteral("/_sim/tenants/%1/backup").arg(other)), call);
    QCOMPARE(result.status, 200);
    QVERIFY(object(result.body).value(QLatin1String("ageSeconds")).toDouble() >= 259199);
    QVERIFY(valueOf(findSeries(resultOf(query(age).body), "tenant", other)) >= 259199);
    call.body = R"({"ageSeconds":null})";
    QCOMPARE(fetch(*m_manager, m_sim.url(QStringLiteral("/_sim/tenants/%1/backup").arg(other)), call).status, 200);
    QVERIFY(valueOf(findSeries(resultOf(query(age).body), "tenant", other)) <= 24 * 3600);
}

void TestSimPrometheus::hostDownTakesItsExportersAndProbes()
{
    const QString host = QStringLiteral("srv-4");
    QVERIFY(m_sim.setHostDown(host, true));
    const QJsonArray up = resultOf(query(QStringLiteral("up{job=\"node\"}")).body);
    const QJsonArray disks =
        resultOf(query(QStringLiteral("node_filesystem_size_bytes{instance=\"srv-4:9100\"}")).body);
    const QJsonArray status = resultOf(query(QStringLiteral("probe_http_status_code{job=\"blackbox-http\"}")).body);
    QVERIFY(m_sim.setHostDown(host, false));
    QCOMPARE(valueOf(findSeries(up, "instance", QStringLiteral("srv-4:9100"))), 0.0);
    QCOMPARE(valueOf(findSeries(up, "instance", QStringLiteral("srv-3:9100"))), 1.0);
    QVERIFY(disks.isEmpty());
    int refused = 0;
    for (const SimTenant& tenant : m_sim.simulator().fleet().tenants()) {
        if (tenant.hostName == host && tenant.status == TenantStatus::Active && tenant.tlsSlot < 0) {
            QCOMPARE(valueOf(findSeries(status, "tenant", tenant.slug)), 0.0);
            ++refused;
        }
    }
    QVERIFY(refused > 0);
    QVERIFY(!resultOf(query(QStringLiteral("node_filesystem_size_bytes{instance=\"srv-4:9100\"}")).body).isEmpty());
}

void TestSimPrometheus::exporterControlEndpoint()
{
    HttpCall call;
    call.method = "POST";
    QCOMPARE(fetch(*m_manager, m_sim.url(QStringLiteral("/_sim/exporters/postgres/down")), call).status, 200);
    QVERIFY(resultOf(query(QStringLiteral("pg_up")).body).isEmpty());
    QCOMPARE(valueOf(resultOf(query(QStringLiteral("up{job=\"postgres\"}")).body).first()), 0.0);
    QCOMPARE(fetch(*m_manager, m_sim.url(QStringLiteral("/_sim/exporters/postgres/auto")), call).status, 200);
    QCOMPARE(valueOf(resultOf(query(QStringLiteral("pg_up")).body).first()), 1.0);
    QCOMPARE(fetch(*m_manager, m_sim.url(QStringLiteral("/_sim/exporters/nope/down")), call).status, 404);
    QCOMPARE(fetch(*m_manager, m_sim.url(QStringLiteral("/_sim/exporters/postgres/sideways")), call).status, 404);
}

void TestSimPrometheus::targetsRulesAndAlerts()
{
    const QJsonObject targets =
        object(get(QStringLiteral("/prometheus/api/v1/targets")).body).value(QLatin1String("data")).toObject();
    const QJsonArray active = targets.value(QLatin1String("activeTargets")).toArray();
    QVERIFY(active.size() > 40);
    QVERIFY(targets.value(QLatin1String("droppedTargets")).toArray().isEmpty());
    int down = 0;
    for (const QJsonValue& value : active) {
        const QJsonObject target = value.toObject();
        for (const char* key : {"discoveredLabels", "labels", "scrapePool", "scrapeUrl", "globalUrl", "lastError",
                 "lastScrape", "lastScrapeDuration", "health", "scrapeInterval", "scrapeTimeout"})
            QVERIFY2(target.contains(QLatin1String(key)), key);
        QVERIFY(
            QDateTime::fromString(target.value(QLatin1String("lastScrape")).toString(), Qt::ISODateWithMs).isValid());
        if (target.value(QLatin1String("health")).toString() == QLatin1String("down")) {
            ++down;
            QCOMPARE(target.value(QLatin1String("scrapePool")).toString(), QStringLiteral("legacy-billing-exporter"));
            QVERIFY(target.value(QLatin1String("lastError")).toString().contains(QStringLiteral("connection refused")));
        }
        if (target.value(QLatin1String("scrapePool")).toString() == QLatin1String("blackbox-http"))
            QVERIFY(target.value(QLatin1String("scrapeUrl"))
                        .toString()
                        .startsWith(QStringLiteral("http://blackbox:9115/probe?module=http_2xx&target=")));
    }
    QCOMPARE(down, 1);

    const QJsonArray groups = object(get(QStringLiteral("/prometheus/api/v1/rules")).body)
                                  .value(QLatin1String("data"))
                                  .toObject()
                                  .value(QLatin1String("groups"))
                                  .toArray();
    QCOMPARE(groups.size(), 1);
    const QJsonArray rules = groups.first().toObject().value(QLatin1String("rules")).toArray();
    QCOMPARE(rules.size(), 5);
    for (const QJsonValue& value : rules) {
        const QJsonObject rule = value.toObject();
        QCOMPARE(rule.value(QLatin1String("type")).toString(), QStringLiteral("alerting"));
        QCOMPARE(rule.value(QLatin1String("health")).toString(), QStringLiteral("ok"));
        // Every rule's query is one the simulator itself accepts.
        QCOMPARE(query(rule.value(QLatin1String("query")).toString()).status, 200);
    }
    QVERIFY(object(get(QStringLiteral("/prometheus/api/v1/rules?type=record")).body)
                .value(QLatin1String("data"))
                .toObject()
                .value(QLatin1String("groups"))
                .toArray()
                .isEmpty());

    const QJsonArray alerts = object(get(QStringLiteral("/prometheus/api/v1/alerts")).body)
                                  .value(QLatin1String("data"))
                                  .toObject()
                                  .value(QLatin1String("alerts"))
                                  .toArray();
    QStringList names;
    for (const QJsonValue& value : alerts) {
        const QJsonObject alert = value.toObject();
        names << alert.value(QLatin1String("labels")).toObject().value(QLatin1String("alertname")).toString();
        QVERIFY(alert.value(QLatin1String("value")).toString().contains(QLatin1Char('e'))); // Go's %e
    }
    for (const char* name : {"TargetDown", "ProbeFailed", "SSLCertExpiringSoon", "DiskUsageHigh", "BackupStale"})
        QVERIFY2(names.contains(QLatin1String(name)), name);
}

void TestSimPrometheus::alertGoesPendingThenFiringWithTheClock()
{
    const QString slug = m_sim.simulator().fleet().tenants().at(2).slug;
    auto stateOf = [&]() {
        const QJsonArray alerts = object(get(QStringLiteral("/prometheus/api/v1/alerts")).body)
                                      .value(QLatin1String("data"))
                                      .toObject()
                                      .value(QLatin1String("alerts"))
                                      .toArray();
        for (const QJsonValue& value : alerts) {
            const QJsonObject alert = value.toObject();
            const QJsonObject labels = alert.value(QLatin1String("labels")).toObject();
            if (labels.value(QLatin1String("alertname")).toString() == QLatin1String("ProbeFailed")
                && labels.value(QLatin1String("tenant")).toString() == slug)
                return alert.value(QLatin1String("state")).toString();
        }
        return QStringLiteral("none");
    };
    QCOMPARE(stateOf(), QStringLiteral("none"));
    QVERIFY(m_sim.setTenantHealthMode(slug, QStringLiteral("down")));
    QCOMPARE(stateOf(), QStringLiteral("pending"));
    m_sim.simulator().advanceClockMsecs(31 * 1000);
    QCOMPARE(stateOf(), QStringLiteral("firing"));
    QVERIFY(m_sim.setTenantHealthMode(slug, QStringLiteral("auto")));
    QCOMPARE(stateOf(), QStringLiteral("none"));
}

void TestSimPrometheus::healthAndBuildInfo()
{
    QCOMPARE(get(QStringLiteral("/prometheus/-/healthy")).body, QByteArray("Prometheus Server is Healthy.\n"));
    QCOMPARE(get(QStringLiteral("/prometheus/-/ready")).body, QByteArray("Prometheus Server is Ready.\n"));
    QCOMPARE(object(get(QStringLiteral("/prometheus/api/v1/status/buildinfo")).body)
                 .value(QLatin1String("data"))
                 .toObject()
                 .value(QLatin1String("version"))
                 .toString(),
        QStringLiteral("2.42.0"));
}

void TestSimPrometheus::faultsAnswerInPrometheusShape()
{
    QVERIFY(m_sim.addFault(QByteArrayLiteral(
                R"({"path":"/prometheus/api/v1/query","kind":"status","status":503,"retryAfter":9,"count":1})"))
        > 0);
    HttpResult result = query(QStringLiteral("up"));
    QCOMPARE(result.status, 503);
    QCOMPARE(result.header("Retry-After"), QByteArray("9"));
    QCOMPARE(object(result.body).value(QLatin1String("errorType")).toString(), QStringLiteral("unavailable"));
    QVERIFY(m_sim.addFault(
                QByteArrayLiteral(R"({"path":"/prometheus/api/v1/query","kind":"status","status":500,"count":1})"))
        > 0);
    result = query(QStringLiteral("up"));
    QCOMPARE(result.status, 500);
    QVERIFY(result.header("Retry-After").isEmpty()); // only when asked for
    QCOMPARE(query(QStringLiteral("up")).status, 200);
}

void TestSimPrometheus::aThousandTenantsAnswerInOneQuery()
{
    SimFixture big;
    SimOptions options;
    options.tenants = 1000;
    options.latencyScale = 0;
    QString error;
    QVERIFY2(big.start(options, &error), qPrintable(error));
    QElapsedTimer timer;
    timer.start();
    const HttpResult result = fetch(*m_manager,
        big.url(QStringLiteral("/prometheus/api/v1/query?query=")
            + QString::fromLatin1(
                QUrl::toPercentEncoding(QStringLiteral("{__name__=~\"probe_success|probe_duration_seconds|probe_http_"
                                                       "status_code|probe_ssl_earliest_cert_expiry\"}")))));
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(result.status, 200);
    QVERIFY(resultOf(result.body).size() > 3 * 900);
    qInfo("probe metrics of 1,000 tenants: %lld ms, %lld bytes (informational, not asserted)", elapsed,
        qint64(result.body.size()));
}

QTEST_GUILESS_MAIN(TestSimPrometheus)
#include "tst_simprometheus.moc"
