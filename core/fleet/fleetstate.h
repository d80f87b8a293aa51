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
    QList<HealthSample> endpoints; // filled by FleetState::health(); empty in healthAt(), which copies nothing
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
    [[nodiscard]] int indexOf(QStringView slug) const;

    // Data older than this is stale even when its source is fine (default: three health intervals).
    void setStaleAfter(std::chrono::seconds age) { m_staleAfter = age; }
    [[nodiscard]] std::chrono::seconds staleAfter() const { return m_staleAfter; }

    [[nodiscard]] TenantHealth health(const QString& slug) const;
    // Health of tenant `index` (as in tenants()), computed from its endpoints without listing them (`endpoints` is
    // empty; health(slug) lists them); staleness by age is not applied: ask isTooOld() for that. For views that
    // read thousands of rows.
    [[nodiscard]] TenantHealth healthAt(int index) const;
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
    // What is known of one health URL. The stale reason is an index into m_staleReasons (a handful of sentences
    // shared by thousands of records; 0 = none).
    // The tenant and URL are not repeated here: record j of tenant i is its j-th health URL.
    struct EndpointRecord
    {
        QDateTime checkedAt;
        QDateTime tlsExpiresAt;
        QString error;
        int latencyMs = -1;
        qint16 httpStatus = 0;
        HealthState state = HealthState::Unknown;
        bool isStale = false;
        quint16 staleReason = 0;
        [[nodiscard]] bool stale() const { return isStale; }
        [[nodiscard]] bool known() const { return checkedAt.isValid() || isStale; }
    };
    static_assert(sizeof(HealthState) <= 4);
    // Endpoint records of every tenant in one list, tenant i's at [m_firstEndpoint[i], m_firstEndpoint[i + 1]):
    // a fleet of 100,000 clients with one URL each costs one allocation, not 100,000.
    EndpointRecord* endpointRecord(int index, const QString& url); // null when url is not a health URL of it
    // Record `e` (of tenant `index`) as the sample it stands for.
    [[nodiscard]] HealthSample sampleAt(int index, qsizetype e) const;
    [[nodiscard]] qsizetype endpointBegin(int index) const { return m_firstEndpoint.at(index); }
    [[nodiscard]] qsizetype endpointEnd(int index) const { return m_firstEndpoint.at(index + 1); }
    static_assert(sizeof(int) == 4); // 2^31 endpoint records are far beyond any fleet
    quint16 staleReasonIndex(const QString& reason);
    void store(const QList<HealthSample>& samples, const QString& staleReason);
    QList<Tenant> m_tenants;
    // Tenant indexes sorted by slug: found by binary search, 4 bytes a tenant (a hash took ten times that).
    QList<int> m_bySlug;
    QList<EndpointRecord> m_endpoints;
    QList<int> m_firstEndpoint; // size = tenants + 1
    QStringList m_staleReasons{QString()};
    QList<SourceStatus> m_sources;
    std::chrono::seconds m_staleAfter{90};
};

} // namespace Fleetdeck
