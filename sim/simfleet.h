#pragma once

#include "core/domain/plan.h"
#include "sim/simtenant.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Fleetdeck::Sim {

// The simulated platform's clients, generated from a seed: the same (tenants, seed, hosts) always
// gives the same fleet. The first three are always "Pizza Co", "Joe's Plumbing" and "Mike's HVAC",
// active and healthy; degraded, down and TLS tenants are picked among the others.
class SimFleet
{
public:
    static constexpr int kTlsSlotCount = 4; // expired, expires in 5 days, in 12 days, in 400 days

    static SimFleet generate(int tenantCount, quint64 seed, int hostCount);
    static QList<Plan> plans(); // starter 49, growth 149, pro 399, agency 999 USD a month
    static QString hostName(int hostIndex); // "srv-1" for 0
    // "Joe's Plumbing" -> "joes-plumbing"
    static QString slugFor(const QString& name);

    [[nodiscard]] const QList<SimTenant>& tenants() const { return m_tenants; }
    [[nodiscard]] int size() const { return int(m_tenants.size()); }
    [[nodiscard]] int hostCount() const { return m_hostCount; }
    [[nodiscard]] quint64 seed() const { return m_seed; }
    // -1 when unknown
    [[nodiscard]] int indexOf(const QString& slug) const;
    [[nodiscard]] const SimTenant* find(const QString& slug) const;

    [[nodiscard]] QStringList slugsWithMode(HealthMode mode) const;
    // The tenant served by each TLS listener, by slot; empty when the fleet is too small.
    [[nodiscard]] QStringList tlsSlugs() const;

private:
    QList<SimTenant> m_tenants;
    QHash<QString, int> m_indexBySlug;
    int m_hostCount = 0;
    quint64 m_seed = 0;
};

} // namespace Fleetdeck::Sim
