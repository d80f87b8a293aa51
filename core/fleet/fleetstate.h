#pragma once

#include "core/domain/healthsample.h"
#include "core/domain/tenant.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <chrono>

namespace Fleetdeck {

// What Fleetdeck knows about one tenant's health: the worst of its endpoints, with the age of the data.
struct TenantHealth
{
    HealthState state = HealthState::Unknown;
    int latencyMs = -1; // slowest endpoint that answered
    int httpStatus = 0; // of the worst endpoint
    QDateTime tlsExpiresAt; // soonest expiry among https endpoints
    QDateTime checkedAt; // oldest endpoint check: the data is at least this old
    QString error; // why the worst endpoint is not up
    bool stale = false; // the shown value is the last good one; see staleReason
    QString staleReason;
    QList<HealthSample> endpoints;
};

// The state of one source of data ("registry", "health", later "stripe", ...).
struct SourceStatus
{
    enum class State
    {
        Unknown,
        Ok,
        Failing,
        Disabled,
    };
    QString id; // stable: "registry", "health", ...
    QString displayName; // translated
    State state = State::Unknown;
    QDateTime lastAttemptAt;
    QDateTime lastSuccessAt;
    QString error; // translated, says what to do

    static QString stateName(State state); // "ok", "failing", ...
};

struct FleetSummary
{
    int monitored = 0;
    int up = 0;
    int degraded = 0;
    int down = 0;
    int unknown = 0;
    int paused = 0; // suspended or churned: not probed
    int stale = 0;
};

// The one in-memory truth the console shows. A failing source keeps the last good value, marked stale.
class FleetState : public QObject
{
    Q_OBJECT
public:
    explicit FleetState(QObject* parent = nullptr);

    void setTenants(const QList<Tenant>& tenants);
    [[nodiscard]] const QList<Tenant>& tenants() const { return m_tenants; }
    [[nodiscard]] const Tenant* tenant(const QString& slug) const;
    [[nodiscard]] int indexOf(const QString& slug) const { return m_index.value(slug, -1); }

    // Data older than this is stale even when its source is fine (default: three health intervals).
    void setStaleAfter(std::chrono::seconds age) { m_staleAfter = age; }
    [[nodiscard]] std::chrono::seconds staleAfter() const { return m_staleAfter; }

    [[nodiscard]] TenantHealth health(const QString& slug) const;
    // Health of tenant `index` (as in tenants()) without copying; staleness by age is not applied:
    // ask isTooOld() for that. For views that read thousands of rows.
    [[nodiscard]] const TenantHealth& healthAt(int index) const { return m_records.at(index).health; }
    [[nodiscard]] bool isTooOld(const TenantHealth& health, const QDateTime& now) const;
    // Last known samples from the cache: shown at once, stale until a fresh check replaces them.
    void restoreHealth(const QList<HealthSample>& samples);
    // Fresh samples from a probe round.
    void applyHealth(const QList<HealthSample>& samples);
    // The source could not check these tenants: keep their last value, mark it stale with the reason.
    void markHealthStale(const QStringList& slugs, const QString& reason);

    void setSource(const SourceStatus& source);
    void sourceSucceeded(const QString& id, const QString& displayName);
    void sourceFailed(const QString& id, const QString& displayName, const QString& error);
    [[nodiscard]] QList<SourceStatus> sources() const { return m_sources; }
    [[nodiscard]] SourceStatus source(const QString& id) const;

    [[nodiscard]] FleetSummary summary() const;

signals:
    void tenantsReset();
    void healthChanged(const QStringList& slugs);
    void sourcesChanged();

private:
    struct EndpointRecord
    {
        HealthSample sample;
        bool stale = false;
        QString staleReason;
    };
    // Aligned with m_tenants: what is known about tenant i. Endpoints are few per tenant: a list suffices.
    struct TenantRecord
    {
        QList<EndpointRecord> endpoints;
        TenantHealth health;
        quint64 touched = 0; // batch stamp, to list each changed tenant once
    };
    EndpointRecord* endpointRecord(int index, const QString& url); // null when url is not a health URL of it
    void store(const QList<HealthSample>& samples, const QString& staleReason);
    void recompute(int index);
    QList<Tenant> m_tenants;
    QHash<QString, int> m_index;
    QList<TenantRecord> m_records;
    quint64 m_batch = 0;
    QList<SourceStatus> m_sources;
    std::chrono::seconds m_staleAfter{90};
};

} // namespace Fleetdeck
