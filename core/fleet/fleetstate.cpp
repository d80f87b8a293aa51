#include "core/fleet/fleetstate.h"

#include <QBitArray>
#include <QCoreApplication>

#include <algorithm>
#include <numeric>

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
    QHash<QString, QList<std::pair<QString, EndpointRecord>>> known;
    for (int i = 0; i < m_tenants.size(); ++i) {
        QList<std::pair<QString, EndpointRecord>> records;
        qsizetype e = endpointBegin(i);
        for (const TenantEndpoint& endpoint : m_tenants.at(i).endpoints) {
            if (endpoint.kind == TenantEndpoint::Kind::Health && e < endpointEnd(i)) {
                if (m_endpoints.at(e).known())
                    records.append({endpoint.value, m_endpoints.at(e)});
                ++e;
            }
        }
        if (!records.isEmpty())
            known.insert(m_tenants.at(i).slug, records);
    }
    m_tenants = tenants;
    qsizetype endpointCount = 0;
    for (const Tenant& t : std::as_const(m_tenants)) {
        for (const TenantEndpoint& e : t.endpoints)
            endpointCount += e.kind == TenantEndpoint::Kind::Health ? 1 : 0;
    }
    m_endpoints = QList<EndpointRecord>();
    m_endpoints.reserve(endpointCount);
    m_firstEndpoint = QList<int>();
    m_firstEndpoint.reserve(m_tenants.size() + 1);
    for (int i = 0; i < m_tenants.size(); ++i) {
        const Tenant& t = m_tenants.at(i);
        m_firstEndpoint.append(int(m_endpoints.size()));
        const auto previous = known.constFind(t.slug);
        for (const TenantEndpoint& e : t.endpoints) {
            if (e.kind != TenantEndpoint::Kind::Health)
                continue;
            EndpointRecord record;
            if (previous != known.constEnd()) {
                for (const auto& [url, p] : previous.value()) {
                    if (url == e.value)
                        record = p;
                }
            }
            m_endpoints.append(std::move(record));
        }
    }
    m_firstEndpoint.append(int(m_endpoints.size()));
    m_bySlug = QList<int>(m_tenants.size());
    std::iota(m_bySlug.begin(), m_bySlug.end(), 0);
    std::sort(
        m_bySlug.begin(), m_bySlug.end(), [this](int a, int b) { return m_tenants.at(a).slug < m_tenants.at(b).slug; });
    emit tenantsReset();
}

int FleetState::indexOf(QStringView slug) const
{
    const auto found = std::lower_bound(m_bySlug.cbegin(), m_bySlug.cend(), slug,
        [this](int index, QStringView wanted) { return QStringView(m_tenants.at(index).slug) < wanted; });
    return found != m_bySlug.cend() && m_tenants.at(*found).slug == slug ? *found : -1;
}

const Tenant* FleetState::tenant(const QString& slug) const
{
    const int i = indexOf(slug);
    return i < 0 ? nullptr : &m_tenants.at(i);
}

FleetState::EndpointRecord* FleetState::endpointRecord(int index, const QString& url)
{
    qsizetype e = endpointBegin(index);
    for (const TenantEndpoint& endpoint : m_tenants.at(index).endpoints) {
        if (endpoint.kind != TenantEndpoint::Kind::Health)
            continue;
        if (endpoint.value == url)
            return e < endpointEnd(index) ? &m_endpoints[e] : nullptr;
        ++e;
    }
    return nullptr;
}

HealthSample FleetState::sampleAt(int index, qsizetype e) const
{
    const Tenant& tenant = m_tenants.at(index);
    const EndpointRecord& record = m_endpoints.at(e);
    HealthSample sample;
    sample.tenantSlug = tenant.slug;
    qsizetype j = endpointBegin(index);
    for (const TenantEndpoint& endpoint : tenant.endpoints) {
        if (endpoint.kind != TenantEndpoint::Kind::Health)
            continue;
        if (j++ == e) {
            sample.url = endpoint.value;
            break;
        }
    }
    sample.checkedAt = record.checkedAt;
    sample.state = record.state;
    sample.latencyMs = record.latencyMs;
    sample.httpStatus = record.httpStatus;
    sample.tlsExpiresAt = record.tlsExpiresAt;
    sample.error = record.error;
    return sample;
}

quint16 FleetState::staleReasonIndex(const QString& reason)
{
    if (reason.isEmpty())
        return 0;
    const qsizetype found = m_staleReasons.indexOf(reason);
    if (found >= 0)
        return quint16(found);
    if (m_staleReasons.size() >= 0xffff)
        return quint16(m_staleReasons.size() - 1); // never in practice: reasons are a handful of sentences
    m_staleReasons.append(reason);
    return quint16(m_staleReasons.size() - 1);
}

TenantHealth FleetState::healthAt(int index) const
{
    TenantHealth h;
    bool first = true;
    for (qsizetype e = endpointBegin(index); e < endpointEnd(index); ++e) {
        const EndpointRecord& s = m_endpoints.at(e);
        if (!s.known())
            continue; // never probed
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
        if (s.stale()) {
            h.stale = true;
            if (h.staleReason.isEmpty())
                h.staleReason = m_staleReasons.at(s.staleReason);
        }
        first = false;
    }
    return h;
}

TenantHealth FleetState::health(const QString& slug) const
{
    const int i = indexOf(slug);
    if (i < 0)
        return {};
    TenantHealth h = healthAt(i);
    for (qsizetype e = endpointBegin(i); e < endpointEnd(i); ++e) {
        if (m_endpoints.at(e).known())
            h.endpoints << sampleAt(i, e);
    }
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
    const quint16 reason = staleReasonIndex(staleReason);
    QStringList changed;
    changed.reserve(std::min<qsizetype>(samples.size(), m_tenants.size()));
    QBitArray touched(m_tenants.size()); // each changed tenant is listed once
    for (const HealthSample& sample : samples) {
        const int i = indexOf(sample.tenantSlug);
        EndpointRecord* record = i < 0 ? nullptr : endpointRecord(i, sample.url);
        if (!record || (fromCache && record->checkedAt.isValid() && record->checkedAt >= sample.checkedAt))
            continue;
        record->checkedAt = sample.checkedAt;
        record->tlsExpiresAt = sample.tlsExpiresAt;
        record->error = sample.error;
        record->latencyMs = sample.latencyMs;
        record->httpStatus = qint16(std::clamp(sample.httpStatus, 0, 32767));
        record->state = sample.state;
        record->isStale = fromCache;
        record->staleReason = fromCache ? reason : 0;
        if (!touched.testBit(i)) {
            touched.setBit(i);
            changed << m_tenants.at(i).slug;
        }
    }
    if (!changed.isEmpty())
        emit healthChanged(changed);
}

void FleetState::markHealthStale(const QStringList& slugs, const QString& reason)
{
    QStringList changed;
    const quint16 index = staleReasonIndex(reason);
    for (const QString& slug : slugs) {
        const int i = indexOf(slug);
        if (i < 0)
            continue;
        for (qsizetype e = endpointBegin(i); e < endpointEnd(i); ++e) {
            m_endpoints[e].isStale = true;
            m_endpoints[e].staleReason = index;
        }
        changed << slug;
    }
    if (!changed.isEmpty())
        emit healthChanged(changed);
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
