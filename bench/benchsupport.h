#pragma once

#include "core/domain/healthsample.h"
#include "core/domain/plan.h"
#include "core/domain/tenant.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTextStream>

#include <functional>

namespace Fleetdeck::Bench {

QTextStream& out();

// Nanoseconds on CLOCK_MONOTONIC: comparable between processes (cold-start marks) and with
// `perf record -k CLOCK_MONOTONIC` timestamps (stall windows).
qint64 monotonicNs();

// Resident set size of this process, in MiB: now (VmRSS) and its peak (VmHWM).
double rssMiB();
double peakRssMiB();
// Returns freed heap to the system and restarts VmHWM from the current RSS, so a peak measured after
// it excludes what the benchmark's own data generator needed (Linux /proc/self/clear_refs, "5").
bool resetPeakRss();

// HOME, XDG_* and DBUS_SESSION_BUS_ADDRESS=disabled: for this process and its children: no developer
// settings, profiles, caches or keychain are read or written. Call before any Qt application object.
void useThrowAwayEnvironment(const QString& folder);

// A generated fleet as Fleetdeck would hold it: the simulator's clients (same names, plans, statuses
// and health modes as fleetdeck-sim with the same seed) with one health URL each, and one last sample
// per monitored client. Nothing here touches the network.
struct GeneratedFleet
{
    QList<Tenant> tenants;
    QList<Plan> plans;
    QList<HealthSample> samples; // one per monitored tenant
};

// `healthUrl(slug)` gives each client's health URL. TLS expiry is spread over the next 90 days
// (certificates renewed by ACME), so sorting by it sorts real values rather than ties.
GeneratedFleet generateFleet(
    int count, const std::function<QString(const QString& slug)>& healthUrl, const QDateTime& checkedAt);

struct Distribution
{
    double min = 0;
    double median = 0;
    double p99 = 0;
    double max = 0;
};
Distribution distribution(QList<double> values);

} // namespace Fleetdeck::Bench
