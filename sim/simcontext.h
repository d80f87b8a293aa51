#pragma once

#include "sim/faultinjector.h"
#include "sim/simbilling.h"
#include "sim/simfleet.h"
#include "sim/simmonitoring.h"
#include "sim/simulator.h"
#include "sim/simwhatsapp.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace Fleetdeck::Sim {

// The running simulator's state, shared by the route handlers of every listener.
struct SimContext
{
    SimOptions options;
    SimFleet fleet;
    FaultInjector faults;
    QUrl baseUrl; // http://127.0.0.1:<main port>
    QDateTime startedAt;
    qint64 clockOffsetMs = 0; // simulated time = real time + offset
    QList<HealthMode> healthOverrides; // per tenant index; Auto = the fleet's own behaviour
    QList<quint16> hostPorts; // per host index
    QList<quint16> tlsPorts; // per TLS slot
    QList<QDateTime> tlsNotAfter; // per TLS slot
    QByteArray caPem;
    QStringList healthUrls; // per tenant index: healthUrl(tenant), computed once the listeners are up
    QList<bool> hostDown; // per host index, set by Simulator::setHostDown
    SimMonitoring monitoring; // Prometheus and Alertmanager state
    SimWhatsApp whatsApp; // Evolution API instances
    SimBilling billing; // the Stripe account's book, relative to startedAt

    [[nodiscard]] bool isHostDown(int hostIndex) const { return hostDown.value(hostIndex, false); }

    [[nodiscard]] qint64 simMsecs() const { return QDateTime::currentMSecsSinceEpoch() + clockOffsetMs; }
    [[nodiscard]] HealthMode effectiveMode(int tenantIndex) const;
    // Milliseconds of fleet latency after --latency-scale.
    [[nodiscard]] int scaled(int latencyMs) const;
    // http://127.0.0.1:<host port>/sites/<slug>/health, or https://localhost:<tls port>/... for TLS tenants.
    [[nodiscard]] QString healthUrl(const SimTenant& tenant) const;
    [[nodiscard]] QString url(const QString& path) const; // base URL + path
};

} // namespace Fleetdeck::Sim
