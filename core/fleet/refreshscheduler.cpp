#include "core/fleet/refreshscheduler.h"

#include "core/fleet/fleetstate.h"
#include "core/logging.h"
#include "core/net/httpclient.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Fleetdeck {

namespace {
constexpr int kMaxBackoffSeconds = 300;
constexpr int kBatchSize = 256;
QString healthSourceName()
{
    return QCoreApplication::translate("RefreshScheduler", "Health checks");
}
} // namespace

RefreshScheduler::RefreshScheduler(FleetState* fleet, HttpClient* http, QObject* parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_http(http)
    , m_probe(http)
{
    m_periodic.setSingleShot(true);
    connect(&m_periodic, &QTimer::timeout, this, [this] { refreshHealth(); });
    m_flushTimer.setInterval(100);
    connect(m_fleet, &FleetState::tenantsReset, this, [this] { m_jobsDirty = true; });
    connect(&m_flushTimer, &QTimer::timeout, this, &RefreshScheduler::flushBatch);
}

void RefreshScheduler::setHealthConfig(const HealthConfig& config)
{
    m_config = config;
    m_fleet->setStaleAfter(std::chrono::seconds(std::max(60, 3 * config.intervalSeconds)));
}

void RefreshScheduler::start()
{
    m_periodicOn = true;
    if (!m_running)
        refreshHealth();
}

void RefreshScheduler::stop()
{
    m_periodicOn = false;
    m_periodic.stop();
}

bool RefreshScheduler::refreshHealth(const QStringList& slugs)
{
    if (m_running)
        return false;
    m_periodic.stop();
    if (m_jobsDirty) {
        // Parsing thousands of URLs each round costs more than the round's bookkeeping: do it once per tenant list.
        m_allJobs.clear();
        for (const Tenant& t : m_fleet->tenants()) {
            if (!t.isMonitored())
                continue;
            for (const TenantEndpoint& e : t.endpoints) {
                if (e.kind == TenantEndpoint::Kind::Health)
                    m_allJobs.append({t.slug, QUrl(e.value)});
            }
        }
        m_jobsDirty = false;
    }
    m_queue.clear();
    m_roundSlugs.clear();
    const QSet<QString> only(slugs.begin(), slugs.end());
    for (const Job& job : std::as_const(m_allJobs)) {
        if (!only.isEmpty() && !only.contains(job.slug))
            continue;
        if (m_roundSlugs.isEmpty() || m_roundSlugs.constLast() != job.slug)
            m_roundSlugs << job.slug;
        m_queue.append(job);
    }
    ++m_generation;
    m_running = true;
    m_nextJob = 0;
    m_inFlight = 0;
    m_done = 0;
    m_requests.clear();
    m_batch.clear();
    m_heldUnreachable.clear();
    m_round = HealthRound();
    m_round.startedAt = QDateTime::currentDateTimeUtc();
    m_round.endpoints = static_cast<int>(m_queue.size());
    emit healthProgress(0, m_round.endpoints);
    if (m_queue.isEmpty()) {
        // Nothing to probe is not a failure; finish asynchronously like a real pass.
        QMetaObject::invokeMethod(this, &RefreshScheduler::finishRound, Qt::QueuedConnection);
        return true;
    }
    m_flushTimer.start();
    launchMore();
    return true;
}

void RefreshScheduler::cancel()
{
    if (!m_running)
        return;
    m_round.cancelled = true;
    m_queue.clear();
    m_nextJob = 0;
    const auto requests = m_requests;
    for (HttpClient::RequestId id : requests)
        m_http->cancel(id);
}

void RefreshScheduler::launchMore()
{
    const int limit = std::max(1, m_config.concurrency);
    const ProbeOptions options{m_config.degradedLatencyMs, m_config.timeoutMs};
    while (m_inFlight < limit && m_nextJob < m_queue.size()) {
        const Job job = m_queue.at(m_nextJob++);
        ++m_inFlight;
        const quint64 generation = m_generation;
        const auto id = m_probe.probe(
            job.slug, job.url, options, this, [this, generation](const HealthSample& sample, bool unreachable) {
                if (generation == m_generation)
                    onSample(sample, unreachable);
            });
        m_requests << id;
    }
}

void RefreshScheduler::onSample(const HealthSample& sample, bool unreachable)
{
    --m_inFlight;
    ++m_done;
    if (unreachable) {
        ++m_round.unreachable;
        m_heldUnreachable << sample;
    } else if (sample.state != HealthState::Unknown || !m_round.cancelled) {
        m_batch << sample;
        if (m_batch.size() >= kBatchSize)
            flushBatch();
    }
    emit healthProgress(m_done, m_round.endpoints);
    if (m_round.cancelled && m_inFlight == 0) {
        finishRound();
        return;
    }
    if (m_nextJob < m_queue.size())
        launchMore();
    else if (m_inFlight == 0)
        finishRound();
}

void RefreshScheduler::flushBatch()
{
    if (m_batch.isEmpty())
        return;
    m_round.samples += m_batch;
    m_fleet->applyHealth(m_batch);
    m_batch.clear();
}

void RefreshScheduler::finishRound()
{
    m_flushTimer.stop();
    flushBatch();
    m_requests.clear();
    m_round.finishedAt = QDateTime::currentDateTimeUtc();
    const bool nothingAnswered = m_round.endpoints >= 2 && m_round.unreachable == m_round.endpoints;
    if (nothingAnswered) {
        // Every endpoint unreachable at once says more about this machine's network than about the sites.
        const QString first = m_heldUnreachable.isEmpty() ? QString() : m_heldUnreachable.first().error;
        m_round.sourceFailed = true;
        m_round.error = QCoreApplication::translate("RefreshScheduler",
            "No health endpoint answered (%1 tried; first error: %2). This computer may be offline or the sites' "
            "network is down; showing the last known state.")
                            .arg(m_round.endpoints)
                            .arg(first);
        m_fleet->markHealthStale(m_roundSlugs, m_round.error);
        m_fleet->sourceFailed(QStringLiteral("health"), healthSourceName(), m_round.error);
        ++m_consecutiveFailures;
        qCWarning(lcFleet).noquote() << "health round: nothing answered," << m_round.endpoints << "endpoints";
    } else if (!m_round.cancelled) {
        if (!m_heldUnreachable.isEmpty()) {
            m_round.samples += m_heldUnreachable;
            m_fleet->applyHealth(m_heldUnreachable);
        }
        m_fleet->sourceSucceeded(QStringLiteral("health"), healthSourceName());
        m_consecutiveFailures = 0;
    }
    m_heldUnreachable.clear();
    m_running = false;
    qCInfo(lcFleet).noquote() << "health round:" << m_round.endpoints << "endpoints," << m_round.unreachable
                              << "unreachable in" << m_round.startedAt.msecsTo(m_round.finishedAt) << "ms";
    const HealthRound round = m_round;
    emit healthRoundFinished(round);
    scheduleNext();
}

void RefreshScheduler::scheduleNext()
{
    if (!m_periodicOn)
        return;
    int seconds = std::max(5, m_config.intervalSeconds);
    if (m_consecutiveFailures > 0)
        seconds = std::min(kMaxBackoffSeconds, seconds << std::min(m_consecutiveFailures, 4));
    m_periodic.start(std::chrono::seconds(seconds));
}

} // namespace Fleetdeck
