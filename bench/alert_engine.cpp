// The alert engine over a month of a big fleet, and uptime from the local cache.
//
//   bench_alert_engine [--tenants 10000] [--hosts 100] [--days 30] [--uptime-tenants 1000] [--uptime-days 30]
//                      [--seed 7] [--skip-engine] [--skip-uptime]
//
// Part 1 replays `days` of 1-minute samples of `tenants` tenants (endpoint up/down, latency, TLS expiry, last
// backup), their hosts (up/down, disk use) and five sources through AlertEngine with the default rules: one
// evaluation pass per simulated minute, timed on its own (generating the samples is not counted).
// Part 2 writes `uptime-days` of 1-minute samples of `uptime-tenants` tenants through LocalCache::writeHealth (one
// call per simulated hour, raw samples pruned to the last 24 h as the product can), then times
// LocalCache::uptime() (24 h / 7 d / 30 d for every tenant) from the hourly rollups, and, for comparison, the same
// figure computed from the 24 h of raw samples still kept.
// Prints key=value lines; see bench/RESULTS.md.

#include "core/engine/alertengine.h"
#include "core/engine/alertnames.h"
#include "core/store/localcache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMap>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdint>
#include <vector>

using namespace Fleetdeck;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

double procStatusMiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression re(QString::fromLatin1(field) + QStringLiteral(":\\s+(\\d+) kB"));
    const auto match = re.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : -1;
}

// splitmix64: deterministic and cheap.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double unit() { return double(next() >> 11) / double(1ULL << 53); } // [0, 1)
    int below(int n) { return int(next() % quint64(n)); }

private:
    quint64 m_state;
};

struct Incident
{
    int start = 0; // minute
    int end = 0;
    bool down = false; // else slow
    double latency = 0;
};

struct TenantModel
{
    int host = 0;
    double baseLatency = 0.1;
    double tlsExpiry = 0; // Unix seconds
    bool renewsTls = true;
    int backupMinute = 120; // minute of the day
    std::vector<Incident> incidents;
    size_t nextIncident = 0;
};

struct HostModel
{
    int outageStart = -1;
    int outageEnd = -1;
    double disk = 0.6;
    double diskGrowthPerMinute = 0;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

void runEngine(int tenants, int hosts, int days, quint64 seed)
{
    Random random(seed);
    const QDateTime start = QDateTime::fromString(QStringLiteral("2026-03-01T00:00:00.000Z"), Qt::ISODateWithMs);
    const qint64 startSeconds = start.toSecsSinceEpoch();
    const int minutes = days * 24 * 60;

    EvaluationInput input;
    std::vector<TenantModel> models(static_cast<size_t>(tenants));
    std::vector<HostModel> hostModels(static_cast<size_t>(hosts));
    // Rates per day, so a shorter run is a slice of the same month, not a month squeezed into it.
    for (int h = 0; h < hosts; ++h) {
        HostModel& host = hostModels[size_t(h)];
        if (random.unit() < 0.5 * days / 30.0) { // half the hosts have one outage of 10–40 minutes a month
            host.outageStart = random.below(std::max(1, minutes - 60));
            host.outageEnd = host.outageStart + 10 + random.below(31);
        }
        host.disk = 0.55 + 0.3 * random.unit();
        host.diskGrowthPerMinute = 0.12 * random.unit() / double(minutes);
    }
    for (int i = 0; i < tenants; ++i) {
        TenantModel& m = models[size_t(i)];
        m.host = i % hosts;
        m.baseLatency = 0.05 + 0.45 * random.unit();
        m.tlsExpiry = double(startSeconds) + 86400.0 * (5 + random.below(116));
        m.renewsTls = random.unit() < 0.9;
        m.backupMinute = 60 + random.below(180);
        for (int day = 0; day < days; ++day) { // 1.5 incidents of their own a month on average
            if (random.unit() >= 0.05)
                continue;
            Incident incident;
            incident.down = random.unit() < 0.5;
            incident.start = day * 24 * 60 + random.below(24 * 60 - 180);
            incident.end = incident.start + (incident.down ? 2 + random.below(44) : 5 + random.below(116));
            incident.latency = 1.2 + 2.3 * random.unit();
            m.incidents.push_back(incident);
        }
        std::sort(m.incidents.begin(), m.incidents.end(),
            [](const Incident& a, const Incident& b) { return a.start < b.start; });
        Tenant tenant;
        tenant.slug = QStringLiteral("client-%1").arg(i, 5, 10, QLatin1Char('0'));
        tenant.name = QStringLiteral("Client %1").arg(i);
        tenant.endpoints.append({TenantEndpoint::Kind::Host, QStringLiteral("srv-%1").arg(m.host)});
        input.tenants.append(tenant);
        input.mrrByTenant.insert(tenant.slug, Money{2900 + 1000 * qint64(random.below(97)), QStringLiteral("usd")});
    }

    // One observation slot per (metric, subject), updated in place every simulated minute.
    enum Slot
    {
        Up,
        Latency,
        Tls,
        Backup,
        SlotsPerTenant
    };
    input.observations.reserve(qsizetype(tenants) * SlotsPerTenant + qsizetype(hosts) * 2 + 5);
    for (int i = 0; i < tenants; ++i) {
        const QString& slug = input.tenants.at(i).slug;
        input.observations.append({Metric::kEndpointUp, slug, 1, start, {}});
        input.observations.append({Metric::kEndpointLatencySeconds, slug, 0.1, start, {}});
        input.observations.append({Metric::kTlsCertExpiryTimestamp, slug, models[size_t(i)].tlsExpiry, start, {}});
        input.observations.append({Metric::kBackupLastSuccessTimestamp, slug, double(startSeconds - 3600), start, {}});
    }
    const qsizetype hostBase = input.observations.size();
    for (int h = 0; h < hosts; ++h) {
        const QString subject = Subject::host(QStringLiteral("srv-%1").arg(h));
        input.observations.append({Metric::kHostUp, subject, 1, start, {}});
        input.observations.append({Metric::kDiskUsedRatio, subject, hostModels[size_t(h)].disk, start, {}});
    }
    const qsizetype sourceBase = input.observations.size();
    const QStringList sources{QStringLiteral("stripe"), QStringLiteral("n8n"), QStringLiteral("evolution"),
        QStringLiteral("mautic"), QStringLiteral("prometheus")};
    for (const QString& source : sources)
        input.observations.append({Metric::kSourceUp, Subject::source(source), 1, start, {}});
    const int stripeOutage = random.below(std::max(1, minutes - 120));
    const QString refused = QStringLiteral("connection refused");
    const QString timeout = QStringLiteral("timeout");

    AlertEngine engine;
    std::vector<double> passMs;
    passMs.reserve(size_t(minutes));
    qint64 events = 0;
    qint64 notifications = 0;
    qsizetype maxAlerts = 0;
    qsizetype maxEvents = 0;
    QMap<QString, qint64> notified; // by kind and rule
    QElapsedTimer wall;
    wall.start();
    Observation* obs = input.observations.data(); // detached once here, never again
    for (int minute = 0; minute < minutes; ++minute) {
        const QDateTime now = start.addSecs(qint64(minute) * 60);
        const qint64 nowSeconds = startSeconds + qint64(minute) * 60;
        const int minuteOfDay = minute % (24 * 60);
        for (int h = 0; h < hosts; ++h) {
            HostModel& host = hostModels[size_t(h)];
            const bool down = minute >= host.outageStart && minute < host.outageEnd;
            host.disk = std::min(0.99, host.disk + host.diskGrowthPerMinute);
            if (minuteOfDay == 0 && host.disk > 0.92 && random.unit() < 0.3)
                host.disk -= 0.2; // someone cleaned up
            Observation& up = obs[hostBase + 2 * h];
            up.value = down ? 0 : 1;
            up.observedAt = now;
            Observation& disk = obs[hostBase + 2 * h + 1];
            disk.value = host.disk;
            disk.observedAt = now;
        }
        for (int i = 0; i < tenants; ++i) {
            TenantModel& m = models[size_t(i)];
            while (m.nextIncident < m.incidents.size() && m.incidents[m.nextIncident].end <= minute)
                ++m.nextIncident;
            const Incident* incident =
                m.nextIncident < m.incidents.size() && m.incidents[m.nextIncident].start <= minute
                ? &m.incidents[m.nextIncident]
                : nullptr;
            const HostModel& host = hostModels[size_t(m.host)];
            const bool hostDown = minute >= host.outageStart && minute < host.outageEnd;
            const bool down = hostDown || (incident && incident->down);
            Observation* tenantObs = obs + qsizetype(i) * SlotsPerTenant;
            tenantObs[Up].value = down ? 0 : 1;
            tenantObs[Up].observedAt = now;
            tenantObs[Up].detail = down ? (hostDown ? timeout : refused) : QString();
            if (!down) { // nothing answered: no latency sample
                tenantObs[Latency].value = incident ? incident->latency : m.baseLatency;
                tenantObs[Latency].observedAt = now;
            }
            if (m.renewsTls && m.tlsExpiry - double(nowSeconds) < 30.0 * 86400)
                m.tlsExpiry += 90.0 * 86400;
            tenantObs[Tls].value = m.tlsExpiry;
            tenantObs[Tls].observedAt = now;
            if (minuteOfDay == m.backupMinute && random.unit() > 0.01) // 1 % of nightly backups fail
                tenantObs[Backup].value = double(nowSeconds);
            tenantObs[Backup].observedAt = now;
        }
        for (qsizetype s = 0; s < sources.size(); ++s) {
            Observation& source = obs[sourceBase + s];
            source.value = s == 0 && minute >= stripeOutage && minute < stripeOutage + 60 ? 0 : 1;
            source.observedAt = now;
        }
        input.now = now;

        QElapsedTimer timer;
        timer.start();
        const AlertEvaluation result = engine.evaluate(input);
        passMs.push_back(double(timer.nsecsElapsed()) / 1e6);

        events += result.events.size();
        maxEvents = std::max(maxEvents, result.events.size());
        for (const AlertEvent& event : result.events) {
            if (event.notify) {
                ++notifications;
                ++notified[AlertEvent::kindName(event.kind) + QLatin1Char(' ') + event.alert.ruleId];
            }
        }
        maxAlerts = std::max(maxAlerts, result.alerts.size());
    }
    double total = 0;
    for (double ms : passMs)
        total += ms;
    out() << "engine.tenants=" << tenants << "\n"
          << "engine.hosts=" << hosts << "\n"
          << "engine.observations_per_pass=" << input.observations.size() << "\n"
          << "engine.passes=" << passMs.size() << "\n"
          << "engine.samples_evaluated=" << qint64(passMs.size()) * input.observations.size() << "\n"
          << "engine.pass_ms_median=" << QString::number(percentile(passMs, 0.5), 'f', 2) << "\n"
          << "engine.pass_ms_p99=" << QString::number(percentile(passMs, 0.99), 'f', 2) << "\n"
          << "engine.pass_ms_max=" << QString::number(percentile(passMs, 1.0), 'f', 2) << "\n"
          << "engine.pass_ms_mean=" << QString::number(total / double(passMs.size()), 'f', 2) << "\n"
          << "engine.evaluate_seconds_total=" << QString::number(total / 1000.0, 'f', 1) << "\n"
          << "engine.wall_seconds_with_generation=" << QString::number(wall.elapsed() / 1000.0, 'f', 1) << "\n"
          << "engine.events=" << events << "\n"
          << "engine.notifications=" << notifications << "\n"
          << "engine.max_events_in_a_pass=" << maxEvents << "\n";
    for (auto it = notified.cbegin(); it != notified.cend(); ++it)
        out() << "engine.notifications." << QString(it.key()).replace(QLatin1Char(' '), QLatin1Char('.')) << "="
              << it.value() << "\n";
    out() << "engine.max_alerts_listed=" << maxAlerts << "\n"
          << "engine.state_bytes=" << engine.saveState().size() << "\n"
          << "engine.peak_rss_mib=" << QString::number(procStatusMiB("VmHWM"), 'f', 1) << "\n";
    out().flush();
}

void runUptime(int tenants, int days, quint64 seed)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    Random random(seed ^ 0x5eed);
    const QDateTime start = QDateTime::fromString(QStringLiteral("2026-03-01T00:00:00.000Z"), Qt::ISODateWithMs);
    const int hours = days * 24;

    QList<HealthSample> batch; // one simulated hour of every tenant, reused
    batch.resize(qsizetype(tenants) * 60);
    for (int i = 0; i < tenants; ++i) {
        const QString slug = QStringLiteral("client-%1").arg(i, 5, 10, QLatin1Char('0'));
        const QString url = QStringLiteral("https://%1.example.test/health").arg(slug);
        for (int m = 0; m < 60; ++m) {
            HealthSample& s = batch[qsizetype(i) * 60 + m];
            s.tenantSlug = slug;
            s.url = url;
        }
    }
    std::vector<double> downChance(static_cast<size_t>(tenants));
    for (double& chance : downChance)
        chance = random.unit() < 0.1 ? 0.02 : 0.0005;

    QElapsedTimer fill;
    fill.start();
    qint64 written = 0;
    {
        auto cache = LocalCache::open(path);
        if (!cache) {
            out() << "uptime.error=" << cache.error().message << "\n";
            return;
        }
        for (int hour = 0; hour < hours; ++hour) {
            const QDateTime hourStart = start.addSecs(qint64(hour) * 3600);
            for (int i = 0; i < tenants; ++i) {
                for (int m = 0; m < 60; ++m) {
                    HealthSample& s = batch[qsizetype(i) * 60 + m];
                    s.checkedAt = hourStart.addSecs(qint64(m) * 60);
                    const bool down = random.unit() < downChance[size_t(i)];
                    const bool slow = !down && random.unit() < 0.01;
                    s.state = down ? HealthState::Down : slow ? HealthState::Degraded : HealthState::Up;
                    s.latencyMs = down ? -1 : (slow ? 2500 : 80 + random.below(300));
                    s.httpStatus = down ? 0 : 200;
                }
            }
            if (auto r = (*cache)->writeHealth(batch); !r) {
                out() << "uptime.error=" << r.error().message << "\n";
                return;
            }
            written += batch.size();
            if ((hour + 1) % 24 == 0) // keep one day of raw samples; the rollups keep the rest
                (*cache)->pruneHealthHistory(hourStart.addSecs(3600 - 24 * 3600));
        }
    }
    const double fillSeconds = fill.elapsed() / 1000.0;
    const QDateTime now = start.addSecs(qint64(hours) * 3600 - 60);

    // A fresh connection, as a console that just started.
    auto cache = LocalCache::open(path);
    if (!cache) {
        out() << "uptime.error=" << cache.error().message << "\n";
        return;
    }
    std::vector<double> runs;
    qsizetype subjects = 0;
    double checksum = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto uptime = (*cache)->uptime(now);
        runs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!uptime) {
            out() << "uptime.error=" << uptime.error().message << "\n";
            return;
        }
        subjects = uptime->size();
        checksum = 0;
        for (const SubjectUptime& u : std::as_const(*uptime))
            checksum += u.month.ratio().value_or(0);
    }

    // For comparison: the 24 h figure straight from the raw samples that are still kept.
    double rawMs = 0;
    {
        const QString name = QStringLiteral("bench-raw");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.open();
            QSqlQuery query(db);
            QElapsedTimer timer;
            timer.start();
            query.exec(QStringLiteral("SELECT tenant_slug, SUM(state IN ('up', 'degraded')), "
                                      "SUM(state IN ('up', 'degraded', 'down')) FROM health_samples "
                                      "WHERE checked_at >= '%1' GROUP BY tenant_slug")
                           .arg(now.addDays(-1).toString(Qt::ISODateWithMs)));
            int rows = 0;
            while (query.next())
                ++rows;
            rawMs = double(timer.nsecsElapsed()) / 1e6;
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    out() << "uptime.tenants=" << tenants << "\n"
          << "uptime.days=" << days << "\n"
          << "uptime.samples_written=" << written << "\n"
          << "uptime.fill_seconds=" << QString::number(fillSeconds, 'f', 1) << "\n"
          << "uptime.cache_mib=" << QString::number(QFileInfo(path).size() / 1048576.0, 'f', 1) << "\n"
          << "uptime.subjects=" << subjects << "\n"
          << "uptime.mean_30d=" << QString::number(checksum / double(std::max<qsizetype>(subjects, 1)), 'f', 5) << "\n"
          << "uptime.query_ms_first=" << QString::number(runs.front(), 'f', 1) << "\n"
          << "uptime.query_ms_median=" << QString::number(percentile(runs, 0.5), 'f', 1) << "\n"
          << "uptime.raw_24h_scan_ms=" << QString::number(rawMs, 'f', 1) << "\n"
          << "uptime.peak_rss_mib=" << QString::number(procStatusMiB("VmHWM"), 'f', 1) << "\n";
    out().flush();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("fleetdeck.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption tenantsOption(QStringLiteral("tenants"), QStringLiteral("tenants for the engine"),
        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption hostsOption(
        QStringLiteral("hosts"), QStringLiteral("hosts they run on"), QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption daysOption(QStringLiteral("days"), QStringLiteral("days replayed by the engine"),
        QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption uptimeTenantsOption(QStringLiteral("uptime-tenants"),
        QStringLiteral("tenants in the cache"), QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption uptimeDaysOption(
        QStringLiteral("uptime-days"), QStringLiteral("days in the cache"), QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("random seed"), QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption skipEngine(QStringLiteral("skip-engine"), QStringLiteral("only the uptime part"));
    const QCommandLineOption skipUptime(QStringLiteral("skip-uptime"), QStringLiteral("only the engine part"));
    parser.addOptions({tenantsOption, hostsOption, daysOption, uptimeTenantsOption, uptimeDaysOption, seedOption,
        skipEngine, skipUptime});
    parser.process(app);
    const quint64 seed = parser.value(seedOption).toULongLong();
    if (!parser.isSet(skipEngine)) {
        runEngine(std::max(1, parser.value(tenantsOption).toInt()), std::max(1, parser.value(hostsOption).toInt()),
            std::max(1, parser.value(daysOption).toInt()), seed);
    }
    if (!parser.isSet(skipUptime)) {
        runUptime(std::max(1, parser.value(uptimeTenantsOption).toInt()),
            std::max(1, parser.value(uptimeDaysOption).toInt()), seed);
    }
    return 0;
}
