#pragma once

#include "core/connectors/probe/healthprobe.h"
#include "core/domain/healthsample.h"
#include "core/profile/connectionprofile.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace Fleetdeck {

class FleetState;
class HttpClient;

// The outcome of one pass over the tenants' health endpoints.
struct HealthRound
{
    QDateTime startedAt;
    QDateTime finishedAt;
    int endpoints = 0;
    int unreachable = 0; // no connection at all (refused, DNS, timeout)
    bool sourceFailed = false; // nothing answered: Fleetdeck kept the last known state, marked stale
    bool cancelled = false;
    QString error; // translated, when sourceFailed
    QList<HealthSample> samples; // fresh samples (empty when sourceFailed)
};

// Decides what is due and probes it with bounded concurrency; results go through FleetState.
class RefreshScheduler : public QObject
{
    Q_OBJECT
public:
    RefreshScheduler(FleetState* fleet, HttpClient* http, QObject* parent = nullptr);

    void setHealthConfig(const HealthConfig& config);
    [[nodiscard]] const HealthConfig& healthConfig() const { return m_config; }

    // Periodic refresh on the configured interval (with backoff while the source fails).
    void start();
    void stop();
    // One pass now over every monitored tenant (or only `slugs`). False when a pass is already running.
    bool refreshHealth(const QStringList& slugs = {});
    void cancel();
    [[nodiscard]] bool isRefreshing() const { return m_running; }

signals:
    void healthProgress(int done, int total);
    void healthRoundFinished(const Fleetdeck::HealthRound& round);

private:
    struct Job
    {
        QString slug;
        QUrl url;
    };
    void launchMore();
    void onSample(const HealthSample& sample, bool unreachable);
    void flushBatch();
    void finishRound();
    void scheduleNext();

    FleetState* m_fleet;
    HttpClient* m_http;
    HealthProbe m_probe;
    HealthConfig m_config;
    QTimer m_periodic;
    QTimer m_flushTimer;
    bool m_periodicOn = false;
    int m_consecutiveFailures = 0;

    bool m_running = false;
    quint64 m_generation = 0;
    QList<Job> m_allJobs; // every monitored endpoint, rebuilt when the tenant list changes
    bool m_jobsDirty = true;
    QList<Job> m_queue;
    qsizetype m_nextJob = 0;
    int m_inFlight = 0;
    int m_done = 0;
    QList<HttpClient::RequestId> m_requests;
    QList<HealthSample> m_batch; // answered, not yet applied
    QList<HealthSample> m_heldUnreachable; // applied at the end, unless nothing answered at all
    HealthRound m_round;
    QStringList m_roundSlugs;
};

} // namespace Fleetdeck
