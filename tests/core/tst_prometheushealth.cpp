// The pure parts of the Prometheus connector: mapping series to tenants (by label, by health URL, by host),
// the health joins (probes, file systems, databases, backups, up), the queries' text, the step rule and
// the request building (GET or form-encoded POST, credentials).
#include "core/connectors/prometheus/metrictenantmap.h"
#include "core/connectors/prometheus/prometheusclient.h"
#include "core/connectors/prometheus/prometheusdecoder.h"
#include "core/connectors/prometheus/prometheushealth.h"

#include <QFile>
#include <QTest>
#include <QUrlQuery>

#include <cmath>

using namespace Fleetdeck;

namespace {

QByteArray sample(const QString& name)
{
    QFile file(QStringLiteral(FLEETDECK_TEST_DATA_DIR "/prometheus/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", qPrintable(name));
    return file.readAll();
}

QList<MetricSample> samplesOf(const QString& file)
{
    return PrometheusDecoder::decodeVector(sample(file)).value().data;
}

Tenant tenant(const QString& slug, const QStringList& healthUrls, const QString& host = {})
{
    Tenant t;
    t.slug = slug;
    t.name = slug;
    for (const QString& url : healthUrls)
        t.endpoints.append({TenantEndpoint::Kind::Health, url});
    if (!host.isEmpty())
        t.endpoints.append({TenantEndpoint::Kind::Host, host});
    return t;
}

MetricSample metric(const MetricLabels& labels, double value, qint64 ms = 1795301455000)
{
    return MetricSample{labels, value, QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)};
}

MetricLabels fsLabels(const char* name, const char* instance, const char* mountpoint, const char* fstype)
{
    return {{QStringLiteral("__name__"), QLatin1String(name)}, {QStringLiteral("instance"), QLatin1String(instance)},
        {QStringLiteral("job"), QStringLiteral("node")}, {QStringLiteral("mountpoint"), QLatin1String(mountpoint)},
        {QStringLiteral("fstype"), QLatin1String(fstype)}, {QStringLiteral("device"), QStringLiteral("/dev/vda1")}};
}

QList<Tenant> recordedTenants()
{
    return {tenant(QStringLiteral("acme"), {QStringLiteral("https://localhost:18443/")}),
        tenant(QStringLiteral("pizza-co"),
            {QStringLiteral("http://127.0.0.1:18080/"), QStringLiteral("http://127.0.0.1:18080/status.json")}),
        tenant(QStringLiteral("legacy"), {QStringLiteral("http://127.0.0.1:18099/")})};
}

} // namespace

class TestPrometheusHealth : public QObject
{
    Q_OBJECT
private slots:
    void tenantLabelWinsWhenItNamesAKnownTenant();
    void instanceMatchesANormalisedHealthUrl_data();
    void instanceMatchesANormalisedHealthUrl();
    void hostMatchesOnlyWhenOneTenantLivesThere();
    void pureTenantForTakesTheTenantList();
    void customTenantLabel();

    void probesJoinTheRecordedMetricsPerTarget();
    void probeFailureWithoutAnswerHasStatusZero();
    void probesBecomeHealthSamples();
    void filesystemsJoinSizeAndAvailIgnoringDeviceError();
    void filesystemsDropPseudoFileSystems();
    void filesystemsOnTheRecordedSample();
    void databasesSumConnectionsPerDatabase();
    void backupsMapToTenantsAndKeepTheirAge();
    void targetsUpFromTheRecordedSample();

    void queriesAreValidPromql();
    void stepKeepsChartsUnderThreeHundredPoints_data();
    void stepKeepsChartsUnderThreeHundredPoints();
    void formEncodingEscapesPlusAndSpaces();
    void shortQueriesAreGetAndLongOnesPost();
    void credentialsFromTheSecretValue();
    void badUrlIsAConfigError();
};

void TestPrometheusHealth::tenantLabelWinsWhenItNamesAKnownTenant()
{
    const MetricTenantMap map(recordedTenants());
    MetricLabels labels{{QStringLiteral("tenant"), QStringLiteral("legacy")},
        {QStringLiteral("instance"), QStringLiteral("https://localhost:18443/")}};
    MetricTenantMap::Match match = map.match(labels);
    QCOMPARE(match.slug, QStringLiteral("legacy"));
    QCOMPARE(match.by, MetricTenantMap::MatchedBy::Label);
    // An unknown tenant label falls back to the URL.
    labels[QStringLiteral("tenant")] = QStringLiteral("nobody");
    match = map.match(labels);
    QCOMPARE(match.slug, QStringLiteral("acme"));
    QCOMPARE(match.by, MetricTenantMap::MatchedBy::Url);
    QCOMPARE(map.match({}).by, MetricTenantMap::MatchedBy::None);
    QVERIFY(map.match({{QStringLiteral("instance"), QStringLiteral("https://elsewhere.example.com/")}}).slug.isEmpty());
}

void TestPrometheusHealth::instanceMatchesANormalisedHealthUrl_data()
{
    QTest::addColumn<QString>("healthUrl");
    QTest::addColumn<QString>("instance");
    QTest::addColumn<bool>("matches");
    QTest::newRow("same") << "https://acme.example.com/health"
                          << "https://acme.example.com/health" << true;
    QTest::newRow("trailing slash") << "https://acme.example.com/"
                                    << "https://acme.example.com" << true;
    QTest::newRow("host case") << "https://Acme.Example.com/health"
                               << "https://acme.example.com/health" << true;
    QTest::newRow("scheme case") << "HTTPS://acme.example.com/health"
                                 << "https://acme.example.com/health" << true;
    QTest::newRow("default port") << "https://acme.example.com:443/health"
                                  << "https://acme.example.com/health" << true;
    QTest::newRow("http default port") << "http://acme.example.com/"
                                       << "http://acme.example.com:80" << true;
    QTest::newRow("other path") << "https://acme.example.com/health"
                                << "https://acme.example.com/status" << false;
    QTest::newRow("path case") << "https://acme.example.com/Health"
                               << "https://acme.example.com/health" << false;
    QTest::newRow("other scheme") << "https://acme.example.com/health"
                                  << "http://n8n.example.com/health" << false;
}

void TestPrometheusHealth::instanceMatchesANormalisedHealthUrl()
{
    QFETCH(QString, healthUrl);
    QFETCH(QString, instance);
    QFETCH(bool, matches);
    // Two tenants on the host, so only the URL (not the host) can match.
    const MetricTenantMap map({tenant(QStringLiteral("acme"), {healthUrl}),
        tenant(QStringLiteral("other"), {QStringLiteral("https://acme.example.com/other")})});
    const MetricTenantMap::Match match = map.match({{QStringLiteral("instance"), instance}});
    QCOMPARE(match.slug == QLatin1String("acme"), matches);
    if (matches)
        QCOMPARE(match.by, MetricTenantMap::MatchedBy::Url);
}

void TestPrometheusHealth::hostMatchesOnlyWhenOneTenantLivesThere()
{
    const MetricTenantMap map({tenant(QStringLiteral("acme"), {QStringLiteral("https://acme.example.com/health")}),
        tenant(QStringLiteral("a"), {QStringLiteral("http://shared.example.com/a")}),
        tenant(QStringLiteral("b"), {QStringLiteral("http://shared.example.com/b")})});
    // A TCP probe of the host ("host:port") belongs to the only tenant there.
    MetricTenantMap::Match match = map.match({{QStringLiteral("instance"), QStringLiteral("acme.example.com:443")}});
    QCOMPARE(match.slug, QStringLiteral("acme"));
    QCOMPARE(match.by, MetricTenantMap::MatchedBy::Host);
    match = map.match({{QStringLiteral("instance"), QStringLiteral("https://acme.example.com/metrics")}});
    QCOMPARE(match.by, MetricTenantMap::MatchedBy::Host);
    // A shared host decides nothing.
    QVERIFY(map.match({{QStringLiteral("instance"), QStringLiteral("shared.example.com:80")}}).slug.isEmpty());
    QCOMPARE(MetricTenantMap::hostOf(QStringLiteral("srv-1:9100")), QStringLiteral("srv-1"));
    QCOMPARE(MetricTenantMap::hostOf(QStringLiteral("[::1]:9100")), QStringLiteral("::1"));
    QCOMPARE(
        MetricTenantMap::hostOf(QStringLiteral("HTTPS://Acme.example.com:8443/x")), QStringLiteral("acme.example.com"));
}

void TestPrometheusHealth::pureTenantForTakesTheTenantList()
{
    const MetricTenantMap::Match match = MetricTenantMap::tenantFor(
        {{QStringLiteral("instance"), QStringLiteral("http://127.0.0.1:18080/status.json")}}, recordedTenants());
    QCOMPARE(match.slug, QStringLiteral("pizza-co"));
    QCOMPARE(match.by, MetricTenantMap::MatchedBy::Url);
}

void TestPrometheusHealth::customTenantLabel()
{
    const MetricTenantMap map(recordedTenants(), QStringLiteral("customer"));
    QCOMPARE(map.tenantLabel(), QStringLiteral("customer"));
    QCOMPARE(map.slugFor({{QStringLiteral("customer"), QStringLiteral("legacy")}}), QStringLiteral("legacy"));
    QVERIFY(map.slugFor({{QStringLiteral("tenant"), QStringLiteral("legacy")}}).isEmpty());
}

void TestPrometheusHealth::probesJoinTheRecordedMetricsPerTarget()
{
    QList<MetricSample> samples = samplesOf(QStringLiteral("query-probe_success.json"));
    samples += samplesOf(QStringLiteral("query-probe_duration_seconds.json"));
    samples += samplesOf(QStringLiteral("query-probe_ssl_earliest_cert_expiry.json"));
    const QList<ProbeObservation> probes = PrometheusHealth::probes(samples, MetricTenantMap(recordedTenants()));
    QCOMPARE(probes.size(), 7);
    for (const ProbeObservation& probe : probes) {
        QVERIFY(probe.success.has_value());
        QVERIFY(probe.durationSeconds.has_value());
        QVERIFY(!probe.httpStatus.has_value()); // not in the recordings
        QVERIFY(!probe.labels.contains(QStringLiteral("__name__")));
        if (probe.target == QLatin1String("https://localhost:18443/")) {
            QCOMPARE(probe.tenantSlug, QStringLiteral("acme"));
            QCOMPARE(probe.certificateExpiresAt, QDateTime::fromSecsSinceEpoch(1795733194, Qt::UTC));
            QCOMPARE(*probe.success, true);
        } else {
            QVERIFY(!probe.certificateExpiresAt.isValid()); // plain HTTP and TCP have none
        }
        if (probe.target == QLatin1String("http://127.0.0.1:18099/")) {
            QCOMPARE(*probe.success, false);
            QCOMPARE(probe.tenantSlug, QStringLiteral("legacy"));
            QCOMPARE(*probe.durationSeconds, 0.000505103);
        }
        if (probe.target == QLatin1String("http://127.0.0.1:18080/does-not-exist")) {
            QCOMPARE(*probe.success, false);
            QVERIFY(probe.tenantSlug.isEmpty()); // a URL no tenant lists, on a shared host
        }
    }
}

void TestPrometheusHealth::probeFailureWithoutAnswerHasStatusZero()
{
    const MetricLabels base{{QStringLiteral("instance"), QStringLiteral("https://acme.example.com/")},
        {QStringLiteral("job"), QStringLiteral("blackbox")}, {QStringLiteral("tenant"), QStringLiteral("acme")}};
    auto named = [&base](const char* name) {
        MetricLabels labels = base;
        labels.insert(QStringLiteral("__name__"), QLatin1String(name));
        return labels;
    };
    const QList<ProbeObservation> probes =
        PrometheusHealth::probes({metric(named("probe_success"), 0), metric(named("probe_http_status_code"), 0),
                                     metric(named("probe_duration_seconds"), std::nan(""))},
            MetricTenantMap({tenant(QStringLiteral("acme"), {})}));
    QCOMPARE(probes.size(), 1);
    QCOMPARE(probes.first().tenantSlug, QStringLiteral("acme"));
    QCOMPARE(*probes.first().httpStatus, 0);
    QVERIFY(!probes.first().durationSeconds.has_value()); // NaN is no duration
    QVERIFY(!probes.first().certificateExpiresAt.isValid());
}

void TestPrometheusHealth::probesBecomeHealthSamples()
{
    ProbeObservation probe;
    probe.target = QStringLiteral("https://acme.example.com/");
    probe.tenantSlug = QStringLiteral("acme");
    probe.at = QDateTime::fromSecsSinceEpoch(1795301455, Qt::UTC);
    probe.success = true;
    probe.durationSeconds = 0.12;
    probe.httpStatus = 200;
    HealthSample sample = PrometheusHealth::toHealthSample(probe, 1000);
    QCOMPARE(sample.state, HealthState::Up);
    QCOMPARE(sample.latencyMs, 120);
    QCOMPARE(sample.tenantSlug, QStringLiteral("acme"));
    probe.durationSeconds = 1.6;
    QCOMPARE(PrometheusHealth::toHealthSample(probe, 1000).state, HealthState::Degraded);
    probe.success = false;
    probe.httpStatus = 503;
    sample = PrometheusHealth::toHealthSample(probe, 1000);
    QCOMPARE(sample.state, HealthState::Down);
    QVERIFY(sample.error.contains(QStringLiteral("503")));
    probe.httpStatus = 0;
    sample = PrometheusHealth::toHealthSample(probe, 1000);
    QCOMPARE(sample.latencyMs, -1);
    QVERIFY(!sample.error.isEmpty());
    probe.success.reset();
    QCOMPARE(PrometheusHealth::toHealthSample(probe, 1000).state, HealthState::Unknown);
}

void TestPrometheusHealth::filesystemsJoinSizeAndAvailIgnoringDeviceError()
{
    MetricLabels size = fsLabels("node_filesystem_size_bytes", "srv-1:9100", "/", "ext4");
    MetricLabels avail = fsLabels("node_filesystem_avail_bytes", "srv-1:9100", "/", "ext4");
    size.insert(QStringLiteral("device_error"), QStringLiteral("")); // present on one side only
    avail.insert(QStringLiteral("device_error"), QStringLiteral("permission denied"));
    const QList<FilesystemUsage> list = PrometheusHealth::filesystems({metric(size, 100e9), metric(avail, 8e9)});
    QCOMPARE(list.size(), 1);
    const FilesystemUsage& fs = list.first();
    QCOMPARE(fs.instance, QStringLiteral("srv-1:9100"));
    QCOMPARE(fs.host, QStringLiteral("srv-1"));
    QCOMPARE(fs.mountpoint, QStringLiteral("/"));
    QCOMPARE(fs.fstype, QStringLiteral("ext4"));
    QCOMPARE(fs.sizeBytes, 100e9);
    QCOMPARE(fs.availBytes, 8e9);
    QCOMPARE(fs.usedRatio, 0.92);
    // A mount with only one of the two metrics, or a size of zero, is not a crash.
    QVERIFY(PrometheusHealth::filesystems({metric(size, 100e9)}).isEmpty());
    const QList<FilesystemUsage> empty = PrometheusHealth::filesystems({metric(size, 0), metric(avail, 0)});
    QCOMPARE(empty.size(), 1);
    QCOMPARE(empty.first().usedRatio, 0.0);
}

void TestPrometheusHealth::filesystemsDropPseudoFileSystems()
{
    QList<MetricSample> samples;
    for (const char* fstype : {"ext4", "tmpfs", "overlay", "squashfs", "xfs"}) {
        const QByteArray mount = QByteArray("/mnt/") + fstype;
        samples << metric(fsLabels("node_filesystem_size_bytes", "srv-2:9100", mount.constData(), fstype), 10)
                << metric(fsLabels("node_filesystem_avail_bytes", "srv-2:9100", mount.constData(), fstype), 1);
    }
    QList<FilesystemUsage> list = PrometheusHealth::filesystems(samples);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).fstype, QStringLiteral("ext4"));
    QCOMPARE(list.at(1).fstype, QStringLiteral("xfs"));
    // The exclusion is configurable: nothing excluded keeps them all; excluding xfs drops it.
    QCOMPARE(PrometheusHealth::filesystems(samples, {}).size(), 5);
    QCOMPARE(PrometheusHealth::filesystems(samples, {QStringLiteral("xfs")}).size(), 4);
}

void TestPrometheusHealth::filesystemsOnTheRecordedSample()
{
    QList<MetricSample> samples = samplesOf(QStringLiteral("query-node_filesystem_avail_bytes.json"));
    MetricSample size = samples.first();
    size.labels[QStringLiteral("__name__")] = QStringLiteral("node_filesystem_size_bytes");
    size.value = 270465224704.0;
    samples << size;
    const QList<FilesystemUsage> list = PrometheusHealth::filesystems(samples);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().availBytes, 74304405504.0);
    QVERIFY(std::fabs(list.first().usedRatio - 0.72527) < 1e-4);
}

void TestPrometheusHealth::databasesSumConnectionsPerDatabase()
{
    const MetricLabels server{{QStringLiteral("instance"), QStringLiteral("srv-1:9187")},
        {QStringLiteral("job"), QStringLiteral("postgres")}};
    auto with = [&server](const char* name, std::initializer_list<std::pair<const char*, const char*>> extra) {
        MetricLabels labels = server;
        labels.insert(QStringLiteral("__name__"), QLatin1String(name));
        for (const auto& [key, value] : extra)
            labels.insert(QLatin1String(key), QLatin1String(value));
        return labels;
    };
    const QList<DatabaseServerStatus> list = PrometheusHealth::databases(
        {metric(with("pg_up", {}), 1), metric(with("pg_database_size_bytes", {{"datname", "fleetdeck"}}), 13e9),
            metric(with("pg_stat_activity_count", {{"datname", "fleetdeck"}, {"state", "active"}}), 5),
            metric(with("pg_stat_activity_count", {{"datname", "fleetdeck"}, {"state", "idle"}}), 18),
            metric(with("pg_stat_activity_count", {{"datname", "n8n"}, {"state", "idle"}}), 2),
            metric(with("pg_database_size_bytes", {}), 1)}); // no datname: ignored
    QCOMPARE(list.size(), 1);
    const DatabaseServerStatus& status = list.first();
    QCOMPARE(status.instance, QStringLiteral("srv-1:9187"));
    QCOMPARE(status.up.value_or(false), true);
    QCOMPARE(status.databases.size(), 2);
    QCOMPARE(status.databases.at(0).name, QStringLiteral("fleetdeck"));
    QCOMPARE(*status.databases.at(0).sizeBytes, 13e9);
    QCOMPARE(*status.databases.at(0).connections, 23);
    QCOMPARE(status.databases.at(0).connectionsByState.value(QStringLiteral("active")), 5);
    QCOMPARE(status.databases.at(1).name, QStringLiteral("n8n"));
    QVERIFY(!status.databases.at(1).sizeBytes.has_value());
}

void TestPrometheusHealth::backupsMapToTenantsAndKeepTheirAge()
{
    const MetricLabels labels{{QStringLiteral("__name__"), QLatin1String(PrometheusHealth::kBackupMetric)},
        {QStringLiteral("tenant"), QStringLiteral("acme")}, {QStringLiteral("instance"), QStringLiteral("srv-1:9100")}};
    MetricLabels unknown = labels;
    unknown[QStringLiteral("tenant")] = QStringLiteral("gone");
    const QList<BackupStatus> list =
        PrometheusHealth::backups({metric(labels, 1795300000), metric(unknown, 0)}, MetricTenantMap(recordedTenants()));
    QCOMPARE(list.size(), 2);
    const BackupStatus& acme = list.at(1);
    QCOMPARE(acme.tenantSlug, QStringLiteral("acme"));
    QCOMPARE(acme.lastSuccessAt, QDateTime::fromSecsSinceEpoch(1795300000, Qt::UTC));
    QCOMPARE(acme.ageSeconds(QDateTime::fromSecsSinceEpoch(1795303600, Qt::UTC)), 3600);
    QVERIFY(list.at(0).tenantSlug.isEmpty());
    QVERIFY(!list.at(0).lastSuccessAt.isValid()); // 0 = never
    QCOMPARE(list.at(0).labels.value(QStringLiteral("tenant")), QStringLiteral("gone"));
}

void TestPrometheusHealth::targetsUpFromTheRecordedSample()
{
    const QList<TargetUp> list =
        PrometheusHealth::targetsUp(samplesOf(QStringLiteral("query-up.json")), MetricTenantMap(recordedTenants()));
    QCOMPARE(list.size(), 13);
    int down = 0;
    for (const TargetUp& target : list) {
        if (!target.up) {
            ++down;
            QCOMPARE(target.job, QStringLiteral("legacy-billing-exporter"));
        }
        if (target.instance == QLatin1String("https://localhost:18443/"))
            QCOMPARE(target.tenantSlug, QStringLiteral("acme"));
    }
    QCOMPARE(down, 1);
}

void TestPrometheusHealth::queriesAreValidPromql()
{
    QCOMPARE(PrometheusHealth::probeQuery(),
        QStringLiteral("{__name__=~\"probe_success|probe_duration_seconds|probe_http_status_code|probe_ssl_earliest_"
                       "cert_expiry\"}"));
    QCOMPARE(PrometheusHealth::probeQuery(QStringLiteral("blackbox.*")),
        QStringLiteral(
            "{__name__=~\"probe_success|probe_duration_seconds|probe_http_status_code|probe_ssl_earliest_cert_expiry\","
            "job=~\"blackbox.*\"}"));
    QCOMPARE(PrometheusHealth::filesystemQuery({QStringLiteral("tmpfs"), QStringLiteral("fuse.lxcfs")}),
        QStringLiteral(
            "{__name__=~\"node_filesystem_size_bytes|node_filesystem_avail_bytes\",fstype!~\"tmpfs|fuse\\\\.lxcfs\"}"));
    QCOMPARE(PrometheusHealth::filesystemQuery({}),
        QStringLiteral("{__name__=~\"node_filesystem_size_bytes|node_filesystem_avail_bytes\"}"));
    QCOMPARE(PrometheusHealth::backupQuery(), QStringLiteral("fleetdeck_backup_last_success_timestamp_seconds"));
    QCOMPARE(PrometheusHealth::quoted(QStringLiteral("a\"b\\c")), QStringLiteral("\"a\\\"b\\\\c\""));
    QVERIFY(PrometheusHealth::defaultExcludedFsTypes().contains(QStringLiteral("tmpfs")));
    QVERIFY(PrometheusHealth::defaultExcludedFsTypes().contains(QStringLiteral("overlay")));
    QVERIFY(PrometheusHealth::defaultExcludedFsTypes().contains(QStringLiteral("squashfs")));
}

void TestPrometheusHealth::stepKeepsChartsUnderThreeHundredPoints_data()
{
    QTest::addColumn<qint64>("windowSeconds");
    QTest::addColumn<qint64>("step");
    QTest::newRow("1 minute") << qint64(60) << qint64(1);
    QTest::newRow("10 minutes") << qint64(600) << qint64(2);
    QTest::newRow("1 hour") << qint64(3600) << qint64(15);
    QTest::newRow("6 hours") << qint64(6 * 3600) << qint64(120);
    QTest::newRow("1 day") << qint64(86400) << qint64(300);
    QTest::newRow("7 days") << qint64(7 * 86400) << qint64(3600);
    QTest::newRow("30 days") << qint64(30 * 86400) << qint64(10800);
    QTest::newRow("1 year") << qint64(365 * 86400) << qint64(2 * 86400);
}

void TestPrometheusHealth::stepKeepsChartsUnderThreeHundredPoints()
{
    QFETCH(qint64, windowSeconds);
    QFETCH(qint64, step);
    const QDateTime end = QDateTime::fromSecsSinceEpoch(1795301455, Qt::UTC);
    const std::chrono::seconds chosen = PrometheusClient::chooseStep(end.addSecs(-windowSeconds), end);
    QCOMPARE(chosen.count(), step);
    QVERIFY(windowSeconds / chosen.count() <= PrometheusClient::kChartPoints);
    QVERIFY(windowSeconds / chosen.count() < PrometheusClient::kMaxPointsPerSeries);
}

void TestPrometheusHealth::formEncodingEscapesPlusAndSpaces()
{
    const QByteArray form =
        PrometheusClient::formEncode({{QStringLiteral("query"), QStringLiteral("1 + probe_success{job=\"a&b\"}")},
            {QStringLiteral("time"), QStringLiteral("1.5")}});
    QCOMPARE(form, QByteArray("query=1%20%2B%20probe_success%7Bjob%3D%22a%26b%22%7D&time=1.5"));
}

void TestPrometheusHealth::shortQueriesAreGetAndLongOnesPost()
{
    PrometheusClient::Options options;
    options.url = QUrl(QStringLiteral("https://prom.example.com/prefix/"));
    auto shortRequest = PrometheusClient::buildRequest(
        options, QStringLiteral("/api/v1/query"), {{QStringLiteral("query"), QStringLiteral("up")}});
    QVERIFY(shortRequest.hasValue());
    QCOMPARE(shortRequest->method, QByteArray("GET"));
    QCOMPARE(shortRequest->url.toString(QUrl::FullyEncoded),
        QStringLiteral("https://prom.example.com/prefix/api/v1/query?query=up"));
    QVERIFY(shortRequest->isIdempotent());
    QVERIFY(shortRequest->lightweight); // keeps HTTP 400 an HTTP answer (QNetworkReply makes it a protocol error)
    QVERIFY(!shortRequest->acceptAnyStatus);
    QCOMPARE(shortRequest->source, QStringLiteral("Prometheus"));

    const QString longQuery = QStringLiteral("probe_success{tenant=~\"%1\"}").arg(QString(3000, QLatin1Char('a')));
    auto longRequest = PrometheusClient::buildRequest(
        options, QStringLiteral("/api/v1/query"), {{QStringLiteral("query"), longQuery}});
    QVERIFY(longRequest.hasValue());
    QCOMPARE(longRequest->method, QByteArray("POST"));
    QCOMPARE(longRequest->contentType, QByteArray("application/x-www-form-urlencoded"));
    QVERIFY(!longRequest->url.hasQuery());
    QCOMPARE(
        QUrlQuery(QString::fromLatin1(longRequest->body)).queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded),
        longQuery);
    QVERIFY(longRequest->isIdempotent()); // a POSTed query only reads: retried like a GET
    QVERIFY(longRequest->acceptAnyStatus); // the client reads Prometheus' error itself
}

void TestPrometheusHealth::credentialsFromTheSecretValue()
{
    QCOMPARE(PrometheusClient::credentialFor({}).scheme, Credential::Scheme::None);
    const Credential basic = PrometheusClient::credentialFor("admin:s3cret:with:colons");
    QCOMPARE(basic.scheme, Credential::Scheme::Basic);
    QCOMPARE(basic.user, QByteArray("admin"));
    QCOMPARE(basic.value, QByteArray("s3cret:with:colons"));
    QCOMPARE(PrometheusClient::credentialFor("tok3n").scheme, Credential::Scheme::Bearer);
    QCOMPARE(PrometheusClient::credentialFor(":nouser").scheme, Credential::Scheme::Bearer);
    PrometheusClient::Options options;
    options.url = QUrl(QStringLiteral("https://prom.example.com"));
    options.secret = "u:p";
    QCOMPARE(PrometheusClient::buildRequest(options, QStringLiteral("/api/v1/targets"), {})->credential.scheme,
        Credential::Scheme::Basic);
}

void TestPrometheusHealth::badUrlIsAConfigError()
{
    PrometheusClient::Options options;
    QCOMPARE(PrometheusClient::buildRequest(options, QStringLiteral("/api/v1/query"), {}).error().kind,
        ApiError::Kind::Config);
    options.url = QUrl(QStringLiteral("ftp://prom.example.com"));
    QCOMPARE(PrometheusClient::buildRequest(options, QStringLiteral("/api/v1/query"), {}).error().kind,
        ApiError::Kind::Config);
}

QTEST_GUILESS_MAIN(TestPrometheusHealth)
#include "tst_prometheushealth.moc"
