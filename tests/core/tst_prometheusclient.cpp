// PrometheusClient over real HTTP against the simulator: queries (GET and form POST), ranges within the point
// limit, the typed health queries following the simulated fleet, tenant mapping by label and by URL, and
// every failure as a clear ApiError: down, slow, status:error bodies, 5xx, 429 + Retry-After, malformed,
// truncated, huge and non-JSON bodies, results over the sample cap.
#include "core/connectors/prometheus/prometheusclient.h"
#include "sim/faultinjector.h"
#include "sim/simfleet.h"
#include "sim/simulator.h"

#include "tests/support/simfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <chrono>

using namespace Fleetdeck;
using namespace std::chrono_literals;

// The context object of one asynchronous call; `done` fires when its callback ran.
class CallContext : public QObject
{
    Q_OBJECT
signals:
    void done();
};

namespace {

// Starts a call with a fresh context and waits (on a signal) for its callback.
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

QList<Tenant> tenantsFrom(const QByteArray& json)
{
    QList<Tenant> tenants;
    const QJsonArray list = QJsonDocument::fromJson(json).object().value(QLatin1String("tenants")).toArray();
    for (const QJsonValue& value : list) {
        const QJsonObject object = value.toObject();
        Tenant tenant;
        tenant.slug = object.value(QLatin1String("slug")).toString();
        tenant.name = object.value(QLatin1String("name")).toString();
        tenant.status =
            tenantStatusFromName(object.value(QLatin1String("status")).toString()).value_or(TenantStatus::Active);
        const QJsonObject endpoints = object.value(QLatin1String("endpoints")).toObject();
        for (const QJsonValue& url : endpoints.value(QLatin1String("health")).toArray())
            tenant.endpoints.append({TenantEndpoint::Kind::Health, url.toString()});
        tenant.endpoints.append({TenantEndpoint::Kind::Host, endpoints.value(QLatin1String("host")).toString()});
        tenants.append(std::move(tenant));
    }
    return tenants;
}

} // namespace

class TestPrometheusClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void instantQueryReturnsTypedSamples();
    void longQueriesArePostedAndAnswerTheSame();
    void rangeQueryStaysUnderTheChartLimit();
    void rangeStepThatWouldExceedTheLimitIsRaised();
    void rangeNeedsAStartBeforeItsEnd();
    void probesFollowTheSimulatedFleet();
    void tenantsMapByLabelAndByUrl();
    void forcedDownTenantAndDownHostShowInTheProbes();
    void targetsUpShowsTheDownExporter();
    void filesystemsFindTheNearFullHostWithoutNoise();
    void databasesReportThePlatformDatabase();
    void targetsAlertsAndRules();
    void backupsShowTheStaleTenantAndAgeWithTheClock();

    void badQueryIsBadDataWithPrometheusMessage();
    void unsupportedQueryIsRefused();
    void executionErrorIs422();
    void prometheusDownIsANetworkError();
    void slowPrometheusIsATimeout();
    void serverErrorsAreRetriedThenReported();
    void rateLimitKeepsRetryAfter();
    void unavailableWithRetryAfterWaitsAsAsked();
    void malformedBodyIsADecodeError();
    void truncatedBodyIsANetworkError();
    void hugeBodyIsTooLarge();
    void hugeNonJsonBodyUnderTheCapIsADecodeError();
    void proxyHtmlErrorSaysSo();
    void resultOverTheSampleCapIsTooLarge();
    void droppedContextGetsNoCallback();

private:
    PrometheusClient client(PrometheusClient::Options options = {}) const;

    std::unique_ptr<Testing::SimFixture> m_sim;
    std::unique_ptr<HttpClient> m_http;
    QList<std::chrono::milliseconds> m_plannedDelays;
    QList<Tenant> m_tenants;
};

PrometheusClient TestPrometheusClient::client(PrometheusClient::Options options) const
{
    if (options.url.isEmpty())
        options.url = m_sim->url(QStringLiteral("/prometheus"));
    PrometheusClient c(m_http.get(), std::move(options));
    c.setTenants(m_tenants);
    return c;
}

void TestPrometheusClient::initTestCase()
{
    m_sim = std::make_unique<Testing::SimFixture>();
    Sim::SimOptions options;
    options.tenants = 40;
    options.latencyScale = 0;
    QString error;
    QVERIFY2(m_sim->start(options, &error), qPrintable(error));
    m_tenants = tenantsFrom(m_sim->simulator().tenantsJson());
    QCOMPARE(m_tenants.size(), 40);
}

void TestPrometheusClient::init()
{
    m_sim->clearFaults();
    m_plannedDelays.clear();
    m_http = std::make_unique<HttpClient>();
    // Retries happen at once; the planned delays are recorded.
    m_http->setDelayHook([this](std::chrono::milliseconds planned) {
        m_plannedDelays << planned;
        return 0ms;
    });
}

void TestPrometheusClient::cleanup()
{
    m_sim->clearFaults();
    m_http.reset();
}

void TestPrometheusClient::instantQueryReturnsTypedSamples()
{
    PrometheusClient c = client();
    const auto result = await<InstantVector>(
        [&](const QObject* ctx, auto cb) { c.instant(QStringLiteral("up{job=\"node\"}"), {}, ctx, cb); });
    QVERIFY(result);
    QVERIFY2(result->hasValue(), qPrintable(result->hasValue() ? QString() : describe(result->error())));
    QCOMPARE(result->value().data.size(), m_sim->simulator().hostNames().size());
    const QDateTime simNow = m_sim->simulator().currentTime();
    for (const MetricSample& s : result->value().data) {
        QCOMPARE(s.labels.value(QStringLiteral("__name__")), QStringLiteral("up"));
        QCOMPARE(s.value, 1.0);
        QVERIFY(qAbs(s.at.msecsTo(simNow)) < 60000); // Prometheus' own "now"
    }
    // An explicit time is sent and answered.
    const QDateTime at = simNow.addSecs(-3600);
    const auto past =
        await<InstantVector>([&](const QObject* ctx, auto cb) { c.instant(QStringLiteral("time()"), at, ctx, cb); });
    QVERIFY(past && past->hasValue());
    QCOMPARE(past->value().data.size(), 1);
    QCOMPARE(past->value().data.first().at, at);
    QCOMPARE(past->value().data.first().value, double(at.toMSecsSinceEpoch()) / 1000.0);
}

void TestPrometheusClient::longQueriesArePostedAndAnswerTheSame()
{
    PrometheusClient c = client();
    QStringList slugs;
    for (const Tenant& tenant : m_tenants)
        slugs << tenant.slug;
    QString longQuery = QStringLiteral("probe_success{tenant=~\"%1\"}").arg(slugs.join(QLatin1Char('|')));
    while (longQuery.size() < PrometheusClient::kMaxGetUrlLength + 100)
        longQuery.replace(
            QStringLiteral("probe_success{"), QStringLiteral("probe_success{job!=\"nothing-at-all\",")); // still valid
    QVERIFY(PrometheusClient::buildRequest(
                c.options(), QStringLiteral("/api/v1/query"), {{QStringLiteral("query"), longQuery}})
                ->method
        == "POST");
    const auto posted = await<InstantVector>([&](const QObject* ctx, auto cb) { c.instant(longQuery, {}, ctx, cb); });
    const auto got = await<InstantVector>([&](const QObject* ctx, auto cb) {
        c.instant(QStringLiteral("probe_success{job=\"blackbox-http\"}"), {}, ctx, cb);
    });
    QVERIFY(posted && posted->hasValue());
    QVERIFY(got && got->hasValue());
    QVERIFY(!got->value().data.isEmpty());
    QCOMPARE(posted->value().data.size(), got->value().data.size());
    // A posted query Prometheus refuses is its bad_data error too.
    const auto refused = await<InstantVector>(
        [&](const QObject* ctx, auto cb) { c.instant(longQuery + QStringLiteral(" +"), {}, ctx, cb); });
    QVERIFY(refused && !refused->hasValue());
    QCOMPARE(refused->error().source, QStringLiteral("Prometheus"));
    // Over QNetworkAccessManager (POST) HttpClient still reports an HTTP 400 as a network failure with the reply's
    // "server replied: Bad Request"; once it keeps HTTP answers as answers this is Prometheus' bad_data error.
    const ApiError& error = refused->error();
    const bool answered = error.kind == ApiError::Kind::Http && error.httpStatus == 400
        && error.message.startsWith(QStringLiteral("bad_data: invalid parameter \"query\""));
    const bool mangled = error.kind == ApiError::Kind::Network && error.message.contains(QStringLiteral("Bad Request"));
    QVERIFY2(answered || mangled, qPrintable(describe(error)));
}

void TestPrometheusClient::rangeQueryStaysUnderTheChartLimit()
{
    PrometheusClient c = client();
    const QDateTime end = m_sim->simulator().currentTime();
    const auto result = await<RangeMatrix>([&](const QObject* ctx, auto cb) {
        c.range(QStringLiteral("probe_duration_seconds{job=\"blackbox-http\"}"), end.addSecs(-3600), end, 0s, ctx, cb);
    });
    QVERIFY(result);
    QVERIFY2(result->hasValue(), qPrintable(result->hasValue() ? QString() : describe(result->error())));
    QVERIFY(!result->value().data.isEmpty());
    for (const MetricSeries& series : result->value().data) {
        QVERIFY(series.points.size() <= PrometheusClient::kChartPoints + 1);
        QVERIFY(series.points.size() >= 200);
        QCOMPARE(series.points.at(0).at.secsTo(series.points.at(1).at), 15);
        QCOMPARE(series.points.first().at.toSecsSinceEpoch() % 15, 0); // aligned to the step
    }
}

void TestPrometheusClient::rangeStepThatWouldExceedTheLimitIsRaised()
{
    PrometheusClient c = client();
    const QDateTime end = m_sim->simulator().currentTime();
    const auto result = await<RangeMatrix>([&](const QObject* ctx, auto cb) {
        c.range(QStringLiteral("time()"), end.addSecs(-4 * 3600), end, 1s, ctx, cb);
    });
    QVERIFY(result);
    QVERIFY2(result->hasValue(), qPrintable(result->hasValue() ? QString() : describe(result->error())));
    QCOMPARE(result->value().data.size(), 1); // a scalar over time: one series without labels
    const MetricSeries& series = result->value().data.first();
    QVERIFY(series.labels.isEmpty());
    QVERIFY(series.points.size() <= PrometheusClient::kMaxPointsPerSeries);
    QVERIFY(series.points.size() > 5000);
    QCOMPARE(series.points.at(0).at.secsTo(series.points.at(1).at), 2);
}

void TestPrometheusClient::rangeNeedsAStartBeforeItsEnd()
{
    PrometheusClient c = client();
    const QDateTime now = m_sim->simulator().currentTime();
    const auto result = await<RangeMatrix>(
        [&](const QObject* ctx, auto cb) { c.range(QStringLiteral("up"), now, now.addSecs(-60), 0s, ctx, cb); });
    QVERIFY(result && !result->hasValue());
    QCOMPARE(result->error().kind, ApiError::Kind::Config);
}

void TestPrometheusClient::probesFollowTheSimulatedFleet()
{
    PrometheusClient c = client();
    const auto result = await<QList<ProbeObservation>>([&](const QObject* ctx, auto cb) { c.probes(ctx, cb); });
    QVERIFY(result);
    QVERIFY2(result->hasValue(), qPrintable(result->hasValue() ? QString() : describe(result->error())));
    const Sim::Simulator& sim = m_sim->simulator();
    const Sim::SimFleet& fleet = sim.fleet();
    int active = 0;
    for (const Sim::SimTenant& tenant : fleet.tenants())
        active += tenant.status == TenantStatus::Active ? 1 : 0;
    QCOMPARE(result->value().size(), active);
    const QStringList down = fleet.slugsWithMode(Sim::HealthMode::Down);
    const QStringList degraded = fleet.slugsWithMode(Sim::HealthMode::Degraded);
    const QStringList tls = fleet.tlsSlugs();
    QVERIFY(!down.isEmpty());
    QVERIFY(!degraded.isEmpty());
    QCOMPARE(tls.size(), Sim::Simulator::kTlsSlotCount);
    for (const ProbeObservation& probe : result->value()) {
        QVERIFY2(!probe.tenantSlug.isEmpty(), qPrintable(probe.target));
        QCOMPARE(probe.target, sim.healthUrl(probe.tenantSlug).toString());
        QVERIFY(probe.success.has_value());
        QVERIFY(probe.durationSeconds.has_value());
        QVERIFY(probe.httpStatus.has_value());
        const int slot = int(tls.indexOf(probe.tenantSlug));
        if (down.contains(probe.tenantSlug)) {
            QCOMPARE(*probe.success, false);
            QCOMPARE(*probe.httpStatus, 503);
        } else if (slot == 0) { // the expired certificate: the TLS handshake fails, no HTTP answer
            QCOMPARE(*probe.success, false);
            QCOMPARE(*probe.httpStatus, 0);
            QVERIFY(!probe.certificateExpiresAt.isValid());
        } else {
            QCOMPARE(*probe.success, true);
            QCOMPARE(*probe.httpStatus, 200);
            if (degraded.contains(probe.tenantSlug))
                QVERIFY2(*probe.durationSeconds > 1.1, qPrintable(probe.tenantSlug));
            else
                QVERIFY2(*probe.durationSeconds < 0.3, qPrintable(probe.tenantSlug));
        }
        if (slot > 0)
            QCOMPARE(probe.certificateExpiresAt, sim.tlsExpiry(slot));
        else if (slot < 0)
            QVERIFY(!probe.certificateExpiresAt.isValid()); // plain HTTP
        // What the console would make of it, like its own probes.
        const HealthSample sample = PrometheusHealth::toHealthSample(probe, 1000);
        QCOMPARE(sample.state == HealthState::Down, !*probe.success);
    }
}

void TestPrometheusClient::tenantsMapByLabelAndByUrl()
{
    PrometheusClient c = client();
    const auto result = await<QList<ProbeObservation>>([&](const QObject* ctx, auto cb) { c.probes(ctx, cb); });
    QVERIFY(result && result->hasValue());
    const MetricTenantMap map(m_tenants);
    int byLabel = 0;
    int byUrl = 0;
    for (const ProbeObservation& probe : result->value()) {
        const MetricTenantMap::Match match = map.match(probe.labels);
        QCOMPARE(match.slug, probe.tenantSlug);
        if (match.by == MetricTenantMap::MatchedBy::Label) {
            ++byLabel;
            QCOMPARE(probe.labels.value(QStringLiteral("tenant")), probe.tenantSlug);
        } else {
            QCOMPARE(match.by, MetricTenantMap::MatchedBy::Url); // the blackbox-https job has no tenant label
            QVERIFY(!probe.labels.contains(QStringLiteral("tenant")));
            QCOMPARE(probe.job, QStringLiteral("blackbox-https"));
            ++byUrl;
        }
    }
    QVERIFY(byLabel > 20);
    QCOMPARE(byUrl, Sim::Simulator::kTlsSlotCount);

    // Without the tenant list nothing maps (a label naming an unknown tenant is not trusted).
    PrometheusClient::Options options;
    options.url = m_sim->url(QStringLiteral("/prometheus"));
    PrometheusClient bare(m_http.get(), options);
    const auto unmapped = await<QList<ProbeObservation>>([&](const QObject* ctx, auto cb) { bare.probes(ctx, cb); });
    QVERIFY(unmapped && unmapped->hasValue());
    for (const ProbeObservation& probe : unmapped->value())
        QVERIFY(probe.tenantSlug.isEmpty());
}

void TestPrometheusClient::forcedDownTenantAndDownHostShowInTheProbes()
{
    PrometheusClient c = client();
    const Sim::SimFleet& fleet = m_sim->simulator().fleet();
    const QString slug = fleet.tenants().first().slug; // Pizza Co, healthy
    const QString host = fleet.tenants().first().hostName;
    QVERIFY(m_sim->setTenantHealthMode(slug, QStringLiteral("down")));
    auto probes = await<QList<ProbeObservation>>([&](const QObject* ctx, auto cb) { c.probes(ctx, cb); });
    QVERIFY(m_sim->setTenantHealthMode(slug, QStringLiteral("auto")));
    QVERIFY(probes && probes->hasValue());
    for (const ProbeObservation& probe : probes->value()) {
        if (probe.tenantSlug == slug) {
            QCOMPARE(*probe.success, false);
            QCOMPARE(*probe.httpStatus, 503);
        }
    }

    QVERIFY(m_sim->setHostDown(host, true));
    probes = await<QList<ProbeObservation>>([&](const QObject* ctx, auto cb) { c.probes(ctx, cb); });
    const auto up = await<QList<TargetUp>>([&](const QObject* ctx, auto cb) { c.targetsUp(ctx, cb); });
    const auto disks = await<QList<FilesystemUsage>>([&](const QObject* ctx, auto cb) { c.filesystems(ctx, cb); });
    QVERIFY(m_sim->setHostDown(host, false));
    QVERIFY(probes && probes->hasValue() && up && up->hasValue() && disks && disks->hasValue());
    int refused = 0;
    for (const ProbeObservation& probe : probes->value()) {
        const Sim::SimTenant* tenant = fleet.find(probe.tenantSlug);
        if (tenant->hostName == host && tenant->tlsSlot < 0) {
            ++refused;
            QCOMPARE(*probe.success, false);
            QCOMPARE(*probe.httpStatus, 0); // connection refused: no HTTP answer
        }
    }
    QVERIFY(refused > 0);
    bool nodeDown = false;
    for (const TargetUp& target : up->value()) {
        if (target.job == QLatin1String("node") && target.instance.startsWith(host + QLatin1Char(':')))
            nodeDown = !target.up;
    }
    QVERIFY(nodeDown);
    for (const FilesystemUsage& fs : disks->value())
        QVERIFY(fs.host != host); // its node_exporter is gone with it
}

void TestPrometheusClient::targetsUpShowsTheDownExporter()
{
    PrometheusClient c = client();
    const auto result = await<QList<TargetUp>>([&](const QObject* ctx, auto cb) { c.targetsUp(ctx, cb); });
    QVERIFY(result && result->hasValue());
    QStringList down;
    for (const TargetUp& target : result->value()) {
        if (!target.up)
            down << target.job;
    }
    QCOMPARE(down, QStringList{QStringLiteral("legacy-billing-exporter")});
    QVERIFY(m_sim->simulator().setExporterUp(QStringLiteral("legacy-billing-exporter"), true));
    const auto after = await<QList<TargetUp>>([&](const QObject* ctx, auto cb) { c.targetsUp(ctx, cb); });
    QVERIFY(m_sim->simulator().setExporterUp(QStringLiteral("legacy-billing-exporter"), std::nullopt));
    QVERIFY(after && after->hasValue());
    for (const TargetUp& target : after->value())
        QVERIFY(target.up);
}

void TestPrometheusClient::filesystemsFindTheNearFullHostWithoutNoise()
{
    PrometheusClient c = client();
    auto result = await<QList<FilesystemUsage>>([&](const QObject* ctx, auto cb) { c.filesystems(ctx, cb); });
    QVERIFY(result && result->hasValue());
    const QString nearFull = m_sim->simulator().nearFullHost();
    const QStringList noise = {QStringLiteral("tmpfs"), QStringLiteral("overlay"), QStringLiteral("squashfs")};
    bool sawNearFull = false;
    for (const FilesystemUsage& fs : result->value()) {
        QVERIFY2(!noise.contains(fs.fstype), qPrintable(fs.mountpoint));
        QVERIFY(fs.sizeBytes > 0);
        if (fs.host == nearFull && fs.mountpoint == QLatin1String("/")) {
            sawNearFull = true;
            QVERIFY2(fs.usedRatio > 0.91 && fs.usedRatio < 0.93, qPrintable(QString::number(fs.usedRatio)));
        } else {
            QVERIFY2(fs.usedRatio < 0.85, qPrintable(fs.host + fs.mountpoint));
        }
    }
    QVERIFY(sawNearFull);

    // A disk filling up is seen on the next query.
    const QString other = m_sim->simulator().hostNames().constLast();
    QVERIFY(m_sim->simulator().setDiskUsedRatio(other, QStringLiteral("/"), 0.97));
    result = await<QList<FilesystemUsage>>([&](const QObject* ctx, auto cb) { c.filesystems(ctx, cb); });
    QVERIFY(m_sim->simulator().setDiskUsedRatio(other, QStringLiteral("/"), std::nullopt));
    QVERIFY(result && result->hasValue());
    bool sawFilled = false;
    for (const FilesystemUsage& fs : result->value()) {
        if (fs.host == other && fs.mountpoint == QLatin1String("/")) {
            sawFilled = true;
            QVERIFY(fs.usedRatio > 0.969 && fs.usedRatio < 0.971);
        }
    }
    QVERIFY(sawFilled);
}

void TestPrometheusClient::databasesReportThePlatformDatabase()
{
    PrometheusClient c = client();
    const auto result = await<QList<DatabaseServerStatus>>([&](const QObject* ctx, auto cb) { c.databases(ctx, cb); });
    QVERIFY(result && result->hasValue());
    QCOMPARE(result->value().size(), 1);
    const DatabaseServerStatus& server = result->value().first();
    QCOMPARE(server.up.value_or(false), true);
    bool platform = false;
    for (const DatabaseUsage& database : server.databases) {
        if (database.name == QLatin1String("fleetdeck")) {
            platform = true;
            QVERIFY(database.sizeBytes.value_or(0) > 10e9);
            QVERIFY(database.connections.value_or(0) > 0);
            QVERIFY(database.connectionsByState.contains(QStringLiteral("active")));
        }
    }
    QVERIFY(platform);
}

void TestPrometheusClient::targetsAlertsAndRules()
{
    PrometheusClient c = client();
    const auto targets = await<QList<ScrapeTarget>>([&](const QObject* ctx, auto cb) { c.targets(ctx, cb); });
    QVERIFY(targets && targets->hasValue());
    bool legacyDown = false;
    for (const ScrapeTarget& target : targets->value()) {
        QVERIFY(target.lastScrape.isValid());
        if (target.job == QLatin1String("legacy-billing-exporter")) {
            legacyDown = target.health == ScrapeTarget::Health::Down;
            QVERIFY(target.lastError.contains(QStringLiteral("connection refused")));
        }
    }
    QVERIFY(legacyDown);

    const auto alerts = await<QList<RuleAlert>>([&](const QObject* ctx, auto cb) { c.alerts(ctx, cb); });
    QVERIFY(alerts && alerts->hasValue());
    QStringList names;
    for (const RuleAlert& alert : alerts->value()) {
        names << alert.name();
        QCOMPARE(alert.state, RuleAlert::State::Firing);
        QVERIFY(alert.activeAt.isValid());
        QVERIFY(!alert.annotations.value(QStringLiteral("summary")).isEmpty());
    }
    for (const char* expected : {"TargetDown", "ProbeFailed", "SSLCertExpiringSoon", "DiskUsageHigh", "BackupStale"})
        QVERIFY2(names.contains(QLatin1String(expected)), expected);

    const auto rules = await<QList<AlertingRule>>([&](const QObject* ctx, auto cb) { c.rules(ctx, cb); });
    QVERIFY(rules && rules->hasValue());
    QCOMPARE(rules->value().size(), 5);
    for (const AlertingRule& rule : rules->value()) {
        QVERIFY(!rule.query.isEmpty());
        QCOMPARE(rule.state, RuleAlert::State::Firing);
        QVERIFY(!rule.alerts.isEmpty());
    }
}

void TestPrometheusClient::backupsShowTheStaleTenantAndAgeWithTheClock()
{
    PrometheusClient c = client();
    const QString stale = m_sim->simulator().staleBackupTenant();
    QVERIFY(!stale.isEmpty());
    auto ages = [&]() {
        QHash<QString, qint64> out;
        const auto result = await<QList<BackupStatus>>([&](const QObject* ctx, auto cb) { c.backups(ctx, cb); });
        if (!result || !result->hasValue())
            return out;
        const QDateTime now = m_sim->simulator().currentTime();
        for (const BackupStatus& backup : result->value())
            out.insert(backup.tenantSlug, backup.ageSeconds(now));
        return out;
    };
    const QHash<QString, qint64> before = ages();
    QVERIFY(before.size() > 20);
    QVERIFY(!before.contains(QString())); // every series maps to a tenant
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (it.key() == stale)
            QVERIFY2(it.value() > 36 * 3600, qPrintable(QString::number(it.value())));
        else
            QVERIFY2(it.value() >= 0 && it.value() <= 24 * 3600, qPrintable(it.key()));
    }
    m_sim->simulator().advanceClockMsecs(24LL * 3600 * 1000);
    const QHash<QString, qint64> after = ages();
    QVERIFY(after.value(stale) - before.value(stale) >= 24 * 3600 - 60); // nothing new since it stopped
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (it.key() != stale)
            QVERIFY2(it.value() <= 24 * 3600, qPrintable(it.key())); // the nightly run happened
    }
}

void TestPrometheusClient::badQueryIsBadDataWithPrometheusMessage()
{
    PrometheusClient c = client();
    const auto result =
        await<InstantVector>([&](const QObject* ctx, auto cb) { c.instant(QStringLiteral("up{"), {}, ctx, cb); });
    QVERIFY(result && !result->hasValue());
    const ApiError& error = result->error();
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.message,
        QStringLiteral("invalid parameter \"query\": 1:4: parse error: unexpected end of input inside braces"));
    QCOMPARE(error.source, QStringLiteral("Prometheus"));
    QVERIFY(error.url.endsWith(QStringLiteral("/prometheus/api/v1/query")));
    QVERIFY(error.toDisplayString().contains(QStringLiteral("unexpected end of input")));
    QVERIFY(m_plannedDelays.isEmpty()); // a 400 is not retried
}

void TestPrometheusClient::unsupportedQueryIsRefused()
{
    PrometheusClient c = client();
    const auto result = await<InstantVector>([&](const QObject* ctx, auto cb) {
        c.instant(QStringLiteral("avg_over_time(probe_success[30d])"), {}, ctx, cb);
    });
    QVERIFY(result && !result->hasValue());
    QCOMPARE(result->error().httpStatus, 400);
    QVERIFY(result->error().message.contains(QStringLiteral("fleetdeck-sim")));
}

void TestPrometheusClient::executionErrorIs422()
{
    PrometheusClient c = client();
    const auto result = await<InstantVector>([&](const QObject* ctx, auto cb) {
        c.instant(QStringLiteral("probe_success / on(job) probe_duration_seconds"), {}, ctx, cb);
    });
    QVERIFY(result && !result->hasValue());
    QCOMPARE(result->error().kind, ApiError::Kind::Http);
    QCOMPARE(result->error().httpStatus, 422);
    QVERIFY(result->error().message.contains(QStringLiteral("duplicate series")));
}

void TestPrometheusClient::prometheusDownIsANetworkError()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    PrometheusClient::Options options;
    options.url = QUrl(QStringLiteral("http://127.0.0.1:%1/prometheus").arg(port));
    PrometheusClient c = client(options);
    const auto result = await<QList<TargetUp>>([&](const QObject* ctx, auto cb) { c.targetsUp(ctx, cb); });
    QVERIFY(result && !result->hasValue());
    QCOMPARE(result->error().kind, ApiError::Kind::Network);
    QCOMPARE(result->error().source, QStringLiteral("Prometheus"));
    QCOMPARE(m_plannedDelays.size(), options.maxRetries); // retried, then reported
}

void TestPrometheusClient::slowPrometheusIsATimeout()
{
    QVERIFY(
        m_sim->addFault(QByteArrayLiteral(R"({"path":"/prometheus/api/v1/query","kind":"latency","latencyMs":5000})"))
        > 0);
    PrometheusClient::Options options;
    options.timeout = 300ms;
    options.maxRetries = 0;
    PrometheusClient c = client(options);
    const auto result = await<QList<ProbeObservation>>([&](const QObject* ctx, auto cb) { c.probes(ctx, cb); });
    QVERIFY(result && !result->hasValue());
    QCOMPARE(result->error().kind, ApiError::Kind::Timeout);
}

void TestPrometheusClient::serverErrorsAreRetriedThenReported()
{
    QVERIFY(
        m_sim->addFault(QByteArrayLiteral(R"({"path":"/prometheus/api/v1/query","kind":"status","status":503})")) > 0);
    PrometheusClient c = client();
    const auto result =
        await<InstantVector>([&](const QObject* ctx, auto cb) { c.instant(QStringLiteral("up"), {}, ctx, cb); });
    QVERIFY(result && !result->hasValue());
    QCOMPARE(result->error().kind, ApiError::Kind::Http);
    QCOMPARE(result->error().httpStatus, 503);
    QCOMPARE(result->error().message, QStringLiteral("Service Unavailable")); // from {"status":"error",...}
    QCOMPARE(m_sim->simulator().faults().faults().first().hits, 1 + c.options().maxRetries);
}

void TestPrometheusClient::rateLimitKeepsRetryAfter()
{
    QVERIFY(
        m_sim->addFault(QByteArrayLiteral(R"({"path":"/prometheus/api/v1/query","kind":"ratelimit","retryAfter":7})"))
        > 0);
    PrometheusClient c = client();
    const auto result =
        await<InstantVector>([&](const QObject* ctx, auto cb) { c.instant(QStringLiteral("up"), {}, ctx, cb); });
    QVERIFY(result && !result->hasValue());
    QCOMPARE(result->error().kind, ApiError::Kind::RateLimited);
    QCOMPARE(result->error().httpStatus, 429);
    QCOMPARE(result->error().retryAfterSeconds, 7);
    QVERIFY(!m_plannedDelays.isEmpty());
    QCOMPARE(m_plannedDelays.first(), 7000ms); // waited as asked before retrying
}

void TestPrometheusClient::unavailableWithRetryAfterWaitsAsAsked()
{
    QVERIFY(m_sim->addFault(
                QByteArrayLiteral(R"({"path":"/prometheus/api/v1/query","kind":"status","status":503,"retryAfter":5})"))
        > 0);
    PrometheusClient c = client();
    const auto result = await<QList<TargetUp>>([&](const QObject* ctx, auto cb) { c.targetsUp(ctx, cb); });
    QVERIFY(result && !result->hasValue());
    QCOMPARE(result->error().kind, ApiError::Kind::Http);
    QCOMPARE(result->error().httpStatus, 503);
    QCOMPARE(result->error().retryAfterSeconds, 5);
    QCOMPARE(m_plannedDelays, (QList<std::chrono::milliseconds>{5000ms, 5000ms}));
}

void TestPrometheusClient::malformedBodyIsADecodeError()
{
    QVERIFY(m_sim->addFault(QByteArrayLiteral(R"({"path":"/prometheus/api/v1/query","kind":"malformed"})")) > 0);
    PrometheusClient c = client();
    const auto result = await<QList<BackupStatus>>([&](const QObject* ctx, auto cb) { c.backups(ctx, cb); });
    QVERIFY(result && !result->hasValue());
    QCOMPARE(result->error().kind, ApiError::Kind::Decode);
    QCOMPARE(result->error().source, QStringLiteral("Prometheus"));
    QVERIFY(result->error().url.endsWith(QStringLiteral("/api/v1/query")));
    QVERIFY(result->error().toDisplayString().contains(QStringLiteral("could not read")));
}

void TestPrometheusClient::truncatedBodyIsANetworkError()
{
    QVERIFY(m_sim->addFault(QByteArrayLiteral(R"({"path":"/prometheus/api/v1/targets","kind":"truncated"})")) > 0);
    PrometheusClient c = client();
    const auto result = await<QList<ScrapeTarget>>([&](const QObject* ctx, auto cb) { c.targets(ctx, cb); });
    QVERIFY(result && !result->hasValue());
    QVERIFY2(result->error().kind == ApiError::Kind::Network || result->error().kind == ApiError::Kind::Decode,
        qPrintable(describe(result->error())));
}

void TestPrometheusClient::hugeBodyIsTooLarge()
{
    QVERIFY(
        m_sim->addFault(QByteArrayLiteral(R"({"path":"/prometheus/api/v1/query","kind":"huge","bytes":3145728})")) > 0);
    PrometheusClient::Options options;
    options.maxBodyBytes = 1024 * 1024;
    PrometheusClient c = client(options);
    const auto result =
        await<InstantVector>([&](const QObject* ctx, auto cb) { c.instant(QStringLiteral("up"), {}, ctx, cb); });
    QVERIFY(result && !result->hasValue());
    QCOMPARE(result->error().kind, ApiError::Kind::TooLarge);
}

void TestPrometheusClient::hugeNonJsonBodyUnderTheCapIsADecodeError()
{
    QVERIFY(
        m_sim->addFault(QByteArrayLiteral(R"({"path":"/prometheus/api/v1/query","kind":"huge","bytes":204800})")) > 0);
    PrometheusClient c = client();
    const auto result =
        await<InstantVector>([&](const QObject* ctx, auto cb) { c.instant(QStringLiteral("up"), {}, ctx, cb); });
    QVERIFY(result && !result->hasValue());
    QCOMPARE(result->error().kind, ApiError::Kind::Decode); // {"data":"xxxx…"}: JSON, but not Prometheus' answer
    QVERIFY2(
        result->error().message.contains(QStringLiteral("not Prometheus' API")), qPrintable(describe(result->error())));
}

void TestPrometheusClient::proxyHtmlErrorSaysSo()
{
    QVERIFY(
        m_sim->addFault(QByteArrayLiteral(
            R"({"path":"/prometheus/api/v1/query","kind":"status","status":502,"body":"<html><body><h1>502 Bad Gateway</h1></body></html>"})"))
        > 0);
    PrometheusClient c = client();
    const auto result =
        await<InstantVector>([&](const QObject* ctx, auto cb) { c.instant(QStringLiteral("up"), {}, ctx, cb); });
    QVERIFY(result && !result->hasValue());
    QCOMPARE(result->error().kind, ApiError::Kind::Http);
    QCOMPARE(result->error().httpStatus, 502);
    QVERIFY2(result->error().message.contains(QStringLiteral("proxy")), qPrintable(result->error().message));
}

void TestPrometheusClient::resultOverTheSampleCapIsTooLarge()
{
    PrometheusClient::Options options;
    options.maxSamples = 10;
    PrometheusClient c = client(options);
    const auto result = await<QList<ProbeObservation>>([&](const QObject* ctx, auto cb) { c.probes(ctx, cb); });
    QVERIFY(result && !result->hasValue());
    QCOMPARE(result->error().kind, ApiError::Kind::TooLarge);
    QVERIFY(result->error().message.contains(QStringLiteral("more than 10 samples")));
}

void TestPrometheusClient::droppedContextGetsNoCallback()
{
    PrometheusClient c = client();
    bool called = false;
    auto* context = new QObject;
    c.instant(QStringLiteral("up"), {}, context, [&called](Result<InstantVector>) { called = true; });
    delete context;
    // Another request through the same client completes; the dropped one never calls back.
    const auto other =
        await<InstantVector>([&](const QObject* ctx, auto cb) { c.instant(QStringLiteral("up"), {}, ctx, cb); });
    QVERIFY(other && other->hasValue());
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestPrometheusClient)
#include "tst_prometheusclient.moc"
