#include "core/fleet/fleetstate.h"

#include <QCoreApplication>

namespace Fleetdeck {

QString SourceStatus::stateName(State state)
{
    switch (state) {
    case State::Ok:
        return QStringLiteral("ok");
    case State::Failing:
        return QStringLiteral("failing");
    case State::Disabled:
        return QStringLiteral("disabled");
    case State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

FleetState::FleetState(QObject* parent)
    : QObject(parent)
{
}

void FleetState::setTenants(const QList<Tenant>& tenants)
{
    // Keep what is known about tenants and endpoints that remain (a reload must not lose state).
    QHash<QString, QList<EndpointRecord>> known;
    for (int i = 0; i < m_tenants.size(); ++i)
        known.insert(m_tenants.at(i).slug, m_records.at(i).endpoints);
    m_tenants = tenants;
    m_index.clear();
    m_index.reserve(m_tenants.size());
    m_records = QList<TenantRecord>(m_tenants.size());
    for (int i = 0; i < m_tenants.size(); ++i) {
        const Tenant& t = m_tenants.at(i);
        m_index.insert(t.slug, i);
        const QList<EndpointRecord> previous = known.value(t.slug);
        for (const TenantEndpoint& e : t.endpoints) {
            if (e.kind != TenantEndpoint::Kind::Health)
                continue;
            EndpointRecord record;
            record.sample.tenantSlug = t.slug;
            record.sample.url = e.value;
            for (const EndpointRecord& p : previous) {
                if (p.sample.url == e.value)
                    record = p;
            }
            m_records[i].endpoints.append(record);
        }
        recompute(i);
    }
    emit tenantsReset();
}

const Tenant* FleetState::tenant(const QString& slug) const
{
    const int i = m_index.value(slug, -1);
    return i < 0 ? nullptr : &m_tenants.at(i);
}

FleetState::EndpointRecord* FleetState::endpointRecord(int index, const QString& url)
{
    for (EndpointRecord& record : m_records[index].endpoints) {
        if (record.sample.url == url)
            return &record;
    }
    return nullptr;
}

TenantHealth FleetState::health(const QString& slug) const
{
    const int i = m_index.value(slug, -1);
    if (i < 0)
        return {};
    TenantHealth h = m_records.at(i).health;
    if (!h.stale && isTooOld(h, QDateTime::currentDateTimeUtc())) {
        h.stale = true;
        h.staleReason =
            QCoreApplication::translate("FleetState", "not checked for more than %1 s").arg(m_staleAfter.count());
    }
    return h;
}

bool FleetState::isTooOld(const TenantHealth& health, const QDateTime& now) const
{
    return health.checkedAt.isValid() && health.checkedAt.secsTo(now) > static_cast<qint64>(m_staleAfter.count());
}

void FleetState::restoreHealth(const QList<HealthSample>& samples)
{
    store(samples, QCoreApplication::translate("FleetState", "last known state from the local cache"));
}

void FleetState::applyHealth(const QList<HealthSample>& samples)
{
    store(samples, {});
}

void FleetState::store(const QList<HealthSample>& samples, const QString& staleReason)
{
    // A cached sample (stale) never replaces what is already known to be newer.
    const bool fromCache = !staleReason.isEmpty();
    QStringList changed;
    const quint64 batch = ++m_batch;
    for (const HealthSample& sample : samples) {
        const int i = m_index.value(sample.tenantSlug, -1);
        EndpointRecord* record = i < 0 ? nullptr : endpointRecord(i, sample.url);
        if (!record
            || (fromCache && record->sample.checkedAt.isValid() && record->sample.checkedAt >= sample.checkedAt))
            continue;
        *record = EndpointRecord{sample, fromCache, staleReason};
        if (m_records[i].touched != batch) {
            m_records[i].touched = batch;
            changed << sample.tenantSlug;
        }
    }
    for (const QString& slug : std::as_const(changed))
        recompute(m_index.value(slug));
    if (!changed.isEmpty())
        emit healthChanged(changed);
}

void FleetState::markHealthStale(const QStringList& slugs, const QString& reason)
{
    QStringList changed;
    for (const QString& slug : slugs) {
        const int i = m_index.value(slug, -1);
        if (i < 0)
            continue;
        for (EndpointRecord& record : m_records[i].endpoints) {
            record.stale = true;
            record.staleReason = reason;
        }
        recompute(i);
        changed << slug;
    }
    if (!changed.isEmpty())
        emit healthChanged(changed);
}

void FleetState::recompute(int index)
{
    TenantHealth h;
    bool first = true;
    for (const EndpointRecord& record : std::as_const(m_records[index].endpoints)) {
        const HealthSample& s = record.sample;
        if (!s.checkedAt.isValid() && !record.stale)
            continue; // never probed
        h.endpoints << s;
        if (first || severityRank(s.state) > severityRank(h.state)) {
            h.state = s.state;
            h.httpStatus = s.httpStatus;
            h.error = s.error;
        }
        h.latencyMs = std::max(h.latencyMs, s.latencyMs);
        if (s.tlsExpiresAt.isValid() && (!h.tlsExpiresAt.isValid() || s.tlsExpiresAt < h.tlsExpiresAt))
            h.tlsExpiresAt = s.tlsExpiresAt;
        if (s.checkedAt.isValid() && (!h.checkedAt.isValid() || s.checkedAt < h.checkedAt))
            h.checkedAt = s.checkedAt;
        if (record.stale) {
            h.stale = true;
            if (h.staleReason.isEmpty())
                h.staleReason = record.staleReason;
        }
        first = false;
    }
    m_records[index].health = std::move(h);
}

void FleetState::setSource(const SourceStatus& source)
{
    for (SourceStatus& existing : m_sources) {
        if (existing.id == source.id) {
            existing = source;
            emit sourcesChanged();
            return;
        }
    }
    m_sources << source;
    emit sourcesChanged();
}

SourceStatus FleetState::source(const QString& id) const
{
    for (const SourceStatus& s : m_sources) {
        if (s.id == id)
            return s;
    }
    return {};
}

void FleetState::sourceSucceeded(const QString& id, const QString& displayName)
{
    SourceStatus s = source(id);
    s.id = id;
    s.displayName = displayName;
    s.state = SourceStatus::State::Ok;
    s.lastAttemptAt = s.lastSuccessAt = QDateTime::currentDateTimeUtc();
    s.error.clear();
    setSource(s);
}

void FleetState::sourceFailed(const QString& id, const QString& displayName, const QString& error)
{
    SourceStatus s = source(id);
    s.id = id;
    s.displayName = displayName;
    s.state = SourceStatus::State::Failing;
    s.lastAttemptAt = QDateTime::currentDateTimeUtc();
    s.error = error;
    setSource(s);
}

FleetSummary FleetState::summary() const
{
    FleetSummary sum;
    for (const Tenant& t : m_tenants) {
        if (!t.isMonitored()) {
            ++sum.paused;
            continue;
        }
        ++sum.monitored;
        const TenantHealth h = health(t.slug);
        if (h.stale)
            ++sum.stale;
        switch (h.state) {
        case HealthState::Up:
            ++sum.up;
            break;
        case HealthState::Degraded:
            ++sum.degraded;
            break;
        case HealthState::Down:
            ++sum.down;
            break;
        case HealthState::Unknown:
            ++sum.unknown;
            break;
        }
    }
    return sum;
}

} // namespace Fleetdeck
