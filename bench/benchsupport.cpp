#include "benchsupport.h"

#include "sim/simfleet.h"
#include "sim/simulator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <malloc.h>

namespace Fleetdeck::Bench {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

namespace {

double statusFieldMiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression re(QLatin1String(field) + QStringLiteral(":\\s+(\\d+) kB"));
    const auto match = re.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : -1;
}

} // namespace

double rssMiB()
{
    return statusFieldMiB("VmRSS");
}

double peakRssMiB()
{
    return statusFieldMiB("VmHWM");
}

bool resetPeakRss()
{
    malloc_trim(0);
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

void useThrowAwayEnvironment(const QString& folder)
{
    const auto set = [&folder](const char* name, const QString& sub) {
        const QString path = folder + QLatin1Char('/') + sub;
        QDir().mkpath(path);
        qputenv(name, QFile::encodeName(path));
    };
    set("HOME", QStringLiteral("home"));
    set("XDG_CONFIG_HOME", QStringLiteral("home/.config"));
    set("XDG_DATA_HOME", QStringLiteral("home/.local/share"));
    set("XDG_CACHE_HOME", QStringLiteral("home/.cache"));
    set("XDG_STATE_HOME", QStringLiteral("home/.local/state"));
    set("XDG_RUNTIME_DIR", QStringLiteral("runtime"));
    // Qt refuses a runtime folder that others may read.
    QFile::setPermissions(folder + QStringLiteral("/runtime"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
}

GeneratedFleet generateFleet(
    int count, const std::function<QString(const QString& slug)>& healthUrl, const QDateTime& checkedAt)
{
    GeneratedFleet fleet;
    fleet.plans = Sim::SimFleet::plans();
    const Sim::SimOptions defaults;
    const Sim::SimFleet sim = Sim::SimFleet::generate(count, defaults.seed, defaults.hosts);
    fleet.tenants.reserve(sim.size());
    for (const Sim::SimTenant& s : sim.tenants()) {
        Tenant t;
        t.slug = s.slug;
        t.name = s.name;
        t.status = s.status;
        t.plan = s.plan;
        t.contact = s.contact;
        t.notes = s.notes;
        t.createdAt = QDateTime::fromSecsSinceEpoch(s.createdSecs, Qt::UTC);
        const QString url = healthUrl(s.slug);
        t.endpoints = {{TenantEndpoint::Kind::Health, url},
            {TenantEndpoint::Kind::Mautic, QStringLiteral("https://mautic.example/") + s.slug},
            {TenantEndpoint::Kind::EvolutionInstance, s.evolutionInstance}, {TenantEndpoint::Kind::N8nTag, s.n8nTag},
            {TenantEndpoint::Kind::StripeCustomer, s.stripeCustomer}, {TenantEndpoint::Kind::Host, s.hostName}};
        if (t.isMonitored()) {
            HealthSample sample;
            sample.tenantSlug = s.slug;
            sample.url = url;
            // Spread over the last half minute, as a refresh round leaves them.
            sample.checkedAt = checkedAt.addMSecs(-qint64(s.index % 30000));
            const bool degraded = s.mode == Sim::HealthMode::Degraded;
            if (s.mode == Sim::HealthMode::Down) {
                sample.state = HealthState::Down;
                sample.httpStatus = 503;
                sample.latencyMs = s.latencyAt(checkedAt.toMSecsSinceEpoch(), false);
                sample.error = QStringLiteral("HTTP 503 Service Unavailable");
            } else {
                sample.state = degraded ? HealthState::Degraded : HealthState::Up;
                sample.httpStatus = 200;
                sample.latencyMs = s.latencyAt(checkedAt.toMSecsSinceEpoch(), degraded);
                if (degraded)
                    sample.error = QStringLiteral("slow: %1 ms").arg(sample.latencyMs);
            }
            // About nine in ten sites serve HTTPS with a certificate renewed every 60-90 days.
            if (s.index % 10 != 0)
                sample.tlsExpiresAt = checkedAt.addSecs(qint64((s.index * 7919) % (90 * 86400)));
            fleet.samples << sample;
        }
        fleet.tenants << std::move(t);
    }
    return fleet;
}

Distribution distribution(QList<double> values)
{
    Distribution d;
    if (values.isEmpty())
        return d;
    std::sort(values.begin(), values.end());
    const auto at = [&values](double q) {
        const auto i = qsizetype(std::ceil(q * double(values.size()))) - 1;
        return values.at(std::clamp<qsizetype>(i, 0, values.size() - 1));
    };
    d.min = values.first();
    d.median = values.at(values.size() / 2);
    d.p99 = at(0.99);
    d.max = values.last();
    return d;
}

} // namespace Fleetdeck::Bench
