// Refresh of N simulated tenants' health: wall time, peak memory, requests per second, and the same
// requests issued by wrk with the same concurrency against the same simulator, as a ratio.
//
//   bench_health_refresh [--tenants 1000,10000] [--concurrency 16] [--hosts 4] [--rounds 5] [--wrk-seconds 5]

#include "core/fleet/fleetstate.h"
#include "core/fleet/refreshscheduler.h"
#include "core/net/httpclient.h"
#include "core/store/tenantimport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Fleetdeck;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Peak resident set size of this process, in MiB (VmHWM).
double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression re(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    const auto match = re.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : -1;
}

// Benchmark set-up code may block: it is not the code under measurement.
QByteArray blockingGet(const QUrl& url)
{
    QNetworkAccessManager nam;
    QNetworkReply* reply = nam.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->readAll();
}

struct SimHandle
{
    QProcess process;
    QUrl baseUrl;
};

bool startSim(SimHandle& sim, int tenants, int hosts)
{
    sim.process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.process.start(QStringLiteral(FLEETDECK_SIM_PATH),
        {QStringLiteral("--tenants"), QString::number(tenants), QStringLiteral("--hosts"), QString::number(hosts),
            QStringLiteral("--latency-scale"), QStringLiteral("0")});
    if (!sim.process.waitForStarted(10000))
        return false;
    QByteArray line;
    QElapsedTimer clock;
    clock.start();
    while (!line.contains('\n') && clock.elapsed() < 60000) {
        sim.process.waitForReadyRead(1000);
        line += sim.process.read(4096);
    }
    const auto match =
        QRegularExpression(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)")).match(QString::fromUtf8(line));
    if (!match.hasMatch())
        return false;
    sim.baseUrl = QUrl(match.captured(1));
    return true;
}

// wrk with `connections` spread over the hosts (one wrk per host port, run in parallel), cycling
// through exactly the health paths Fleetdeck probes on that port. Returns requests per second.
double wrkRequestsPerSecond(const QList<Tenant>& tenants, int connections, int seconds, const QString& folder)
{
    QHash<QString, QStringList> pathsByOrigin;
    for (const Tenant& t : tenants) {
        for (const QString& u : t.healthUrls()) {
            const QUrl url(u);
            if (t.isMonitored() && url.scheme() == QLatin1String("http"))
                pathsByOrigin[url.adjusted(QUrl::RemovePath).toString()] << url.path();
        }
    }
    const int perOrigin = std::max(1, connections / static_cast<int>(pathsByOrigin.size()));
    QList<QProcess*> runs;
    int index = 0;
    for (auto it = pathsByOrigin.begin(); it != pathsByOrigin.end(); ++it) {
        const QString script = QStringLiteral("%1/paths-%2.lua").arg(folder).arg(index++);
        QFile f(script);
        f.open(QIODevice::WriteOnly);
        QTextStream s(&f);
        s << "local paths = {\n";
        for (const QString& p : it.value())
            s << "  \"" << p << "\",\n";
        s << "}\nlocal i = 0\nrequest = function()\n  i = i % #paths + 1\n  return wrk.format(\"GET\", "
             "paths[i])\nend\n";
        s.flush();
        auto* p = new QProcess;
        p->start(QStringLiteral("wrk"),
            {QStringLiteral("-t1"), QStringLiteral("-c%1").arg(perOrigin), QStringLiteral("-d%1s").arg(seconds),
                QStringLiteral("-s"), script, it.key() + QLatin1Char('/')});
        runs << p;
    }
    double total = 0;
    for (QProcess* p : runs) {
        p->waitForFinished(seconds * 1000 + 30000);
        const QString text = QString::fromUtf8(p->readAllStandardOutput());
        const auto match = QRegularExpression(QStringLiteral("Requests/sec:\\s+([0-9.]+)")).match(text);
        if (match.hasMatch())
            total += match.captured(1).toDouble();
        else
            std::fprintf(stderr, "wrk failed: %s %s\n", qPrintable(text),
                qPrintable(QString::fromUtf8(p->readAllStandardError())));
        delete p;
    }
    return total;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("fleetdeck.*=false"));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("tenants"), QStringLiteral("Comma-separated fleet sizes."), QStringLiteral("LIST"),
        QStringLiteral("1000,10000")});
    parser.addOption({QStringLiteral("concurrency"), QStringLiteral("Probes in flight."), QStringLiteral("N"),
        QStringLiteral("16")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Refresh rounds (median reported)."),
        QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption(
        {QStringLiteral("hosts"), QStringLiteral("Simulated hosts."), QStringLiteral("N"), QStringLiteral("4")});
    parser.addOption(
        {QStringLiteral("wrk-seconds"), QStringLiteral("wrk run length."), QStringLiteral("S"), QStringLiteral("5")});
    parser.process(app);
    const int concurrency = parser.value(QStringLiteral("concurrency")).toInt();
    const int hosts = parser.value(QStringLiteral("hosts")).toInt();
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());
    QTemporaryDir folder;

    for (const QString& sizeText : parser.value(QStringLiteral("tenants")).split(QLatin1Char(','))) {
        const int size = sizeText.toInt();
        SimHandle sim;
        if (!startSim(sim, size, hosts)) {
            std::fprintf(stderr, "the simulator did not start\n");
            return 1;
        }
        const auto preview =
            TenantImport::parse(blockingGet(sim.baseUrl.resolved(QUrl(QStringLiteral("/_sim/tenants")))),
                TenantImport::Format::Json, {}, {});
        QList<Tenant> tenants;
        for (const auto& a : preview.accepted)
            tenants << a.tenant;
        const QByteArray ca = blockingGet(sim.baseUrl.resolved(QUrl(QStringLiteral("/_sim/ca.pem"))));

        HttpClient http;
        http.setExtraCaCertificates(QSslCertificate::fromData(ca));
        FleetState fleet;
        fleet.setTenants(tenants);
        RefreshScheduler scheduler(&fleet, &http);
        HealthConfig config;
        config.concurrency = concurrency;
        scheduler.setHealthConfig(config);

        // Several rounds: the first one also opens every connection; the median is reported.
        HealthRound round;
        QList<double> roundsMs;
        for (int i = 0; i < rounds; ++i) {
            QEventLoop loop;
            QObject::connect(&scheduler, &RefreshScheduler::healthRoundFinished, &loop, [&](const HealthRound& r) {
                round = r;
                loop.quit();
            });
            QElapsedTimer clock;
            clock.start();
            scheduler.refreshHealth();
            loop.exec();
            roundsMs << static_cast<double>(clock.nsecsElapsed()) / 1e6;
        }
        const double firstMs = roundsMs.first();
        std::sort(roundsMs.begin(), roundsMs.end());
        const double wallMs = roundsMs.at(roundsMs.size() / 2);
        const double rps = round.endpoints / (wallMs / 1000.0);
        const double rss = peakRssMiB();

        const double wrkRps = wrkRequestsPerSecond(
            tenants, concurrency, parser.value(QStringLiteral("wrk-seconds")).toInt(), folder.path());
        const double wrkEquivalentMs = wrkRps > 0 ? round.endpoints / wrkRps * 1000.0 : -1;
        const FleetSummary summary = fleet.summary();
        out() << QStringLiteral("bench=health_refresh tenants=%1 endpoints=%2 concurrency=%3 hosts=%4 "
                                "first_round_ms=%13 median_round_ms=%5 rps=%6 "
                                "peak_rss_mib=%7 wrk_rps=%8 wrk_equivalent_ms=%9 ratio=%10 up=%11 down=%12")
                     .arg(size)
                     .arg(round.endpoints)
                     .arg(concurrency)
                     .arg(hosts)
                     .arg(wallMs, 0, 'f', 0)
                     .arg(rps, 0, 'f', 0)
                     .arg(rss, 0, 'f', 1)
                     .arg(wrkRps, 0, 'f', 0)
                     .arg(wrkEquivalentMs, 0, 'f', 0)
                     .arg(wrkEquivalentMs > 0 ? wallMs / wrkEquivalentMs : -1, 0, 'f', 2)
                     .arg(summary.up)
                     .arg(summary.down)
                     .arg(firstMs, 0, 'f', 0)
              << Qt::endl;
        sim.process.terminate();
        sim.process.waitForFinished(10000);
    }
    return 0;
}
