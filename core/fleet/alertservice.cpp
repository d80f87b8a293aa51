#include "core/fleet/alertservice.h"

#include "core/connectors/prometheus/metrictenantmap.h"
#include "core/engine/observationbuilder.h"
#include "core/fleet/fleetstate.h"
#include "core/fleet/platformmonitor.h"
#include "core/logging.h"
#include "core/store/localcache.h"
#include "core/store/registry.h"
#include "core/store/storeworker.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <chrono>

namespace Fleetdeck {

namespace {

QString registryClosed()
{
    return QCoreApplication::translate("AlertService",
        "The registry is not open, so acknowledgements cannot be shared. Check the registry in the profile.");
}

} // namespace

std::optional<AlertSeverity> AlertCounts::worst() const
{
    for (int s = kAlertSeverityCount - 1; s >= 0; --s) {
        if (firing[s] > 0)
            return static_cast<AlertSeverity>(s);
    }
    return std::nullopt;
}

AlertService::AlertService(FleetState* fleet, PlatformMonitor* monitor, StoreWorker* store, QObject* parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_monitor(monitor)
    , m_store(store)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(std::chrono::milliseconds(250));
    connect(&m_coalesce, &QTimer::timeout, this, &AlertService::runPass);
    // Pending durations, reminders and silence expiries move with the clock even when nothing is measured.
    m_tick.setInterval(std::chrono::seconds(15));
    connect(&m_tick, &QTimer::timeout, this, &AlertService::scheduleEvaluation);
    // Other consoles acknowledge too (a shared PostgreSQL registry): read theirs regularly.
    m_annotationTimer.setInterval(std::chrono::seconds(30));
    connect(&m_annotationTimer, &QTimer::timeout, this, [this] { reloadAnnotations(); });

    connect(m_fleet, &FleetState::healthChanged, this, &AlertService::scheduleEvaluation);
    connect(m_fleet, &FleetState::sourcesChanged, this, &AlertService::scheduleEvaluation);
    connect(m_fleet, &FleetState::tenantsReset, this, &AlertService::scheduleEvaluation);
    if (m_monitor)
        connect(m_monitor, &PlatformMonitor::updated, this, &AlertService::scheduleEvaluation);
}

AlertService::~AlertService() = default;

void AlertService::setRules(const AlertRuleSet& rules)
{
    m_engine.setRules(rules);
    scheduleEvaluation();
}

void AlertService::addObservations(std::function<QList<Observation>()> provider)
{
    if (provider)
        m_providers.append(std::move(provider));
}

void AlertService::setMrr(const QHash<QString, Money>& mrrByTenant)
{
    m_mrr = mrrByTenant;
    scheduleEvaluation();
}

void AlertService::start(std::function<void()> ready)
{
    using Loaded = Result<std::optional<LocalCache::Snapshot>, StoreError>;
    m_store->withCache<Loaded>([](LocalCache& cache) { return cache.loadSnapshot(AlertEngine::kStateSnapshotKey); },
        Loaded::failure(StoreWorker::notOpen(QStringLiteral("cache"))), this,
        [this, ready = std::move(ready)](Loaded loaded) mutable {
            if (loaded && loaded.value()) {
                if (auto restored = m_engine.restoreState(loaded.value()->data); !restored)
                    qCWarning(lcFleet).noquote() << "alert engine state not restored:" << restored.error();
            }
            reloadAnnotations([this, ready = std::move(ready)] {
                m_started = true;
                runPass();
                m_tick.start();
                m_annotationTimer.start();
                if (ready)
                    ready();
            });
        });
}

void AlertService::scheduleEvaluation()
{
    if (m_started && !m_coalesce.isActive())
        m_coalesce.start();
}

void AlertService::evaluateNow()
{
    m_coalesce.stop();
    runPass();
}

void AlertService::reloadAnnotations(std::function<void()> done)
{
    // The query's own time on the store thread is the registry's latency (the Health panel shows it).
    struct Timed
    {
        Result<QList<AlertAnnotation>, StoreError> annotations;
        qint64 elapsedMs = -1;
    };
    m_store->withRegistry<std::shared_ptr<Timed>>(
        [](Registry& registry) {
            QElapsedTimer timer;
            timer.start();
            auto timed = std::make_shared<Timed>(Timed{registry.alertAnnotations(), 0});
            timed->elapsedMs = timer.elapsed();
            return timed;
        },
        std::shared_ptr<Timed>(), this,
        [this, done = std::move(done)](std::shared_ptr<Timed> timed) {
            if (!timed) {
                if (done)
                    done();
                return;
            }
            const auto& loaded = timed->annotations;
            if (m_monitor) {
                m_monitor->setRegistryLatency(loaded ? int(timed->elapsedMs) : -1, QDateTime::currentDateTimeUtc(),
                    loaded ? QString() : loaded.error().toDisplayString());
            }
            if (loaded) {
                m_annotations = loaded.value();
                scheduleEvaluation();
            }
            if (done)
                done();
        });
}

const Alert* AlertService::alert(const QString& id) const
{
    for (const Alert& a : m_engine.alerts()) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

AlertCounts AlertService::counts() const
{
    AlertCounts c;
    for (const Alert& a : m_engine.alerts()) {
        if (!a.isActive())
            continue;
        if (a.state == Alert::State::Pending)
            ++c.pending;
        if (a.needsAttention())
            ++c.firing[static_cast<int>(a.severity)];
        else if (a.state == Alert::State::Firing) {
            if (a.suppressed)
                ++c.suppressed;
            else if (a.silenced)
                ++c.silenced;
            else if (a.acknowledged)
                ++c.acknowledged;
        }
    }
    return c;
}

void AlertService::runPass()
{
    if (!m_started)
        return;
    EvaluationInput input;
    input.now = QDateTime::currentDateTimeUtc();
    input.observations = ObservationBuilder::fromFleet(*m_fleet);
    input.tenants = m_fleet->tenants();
    if (m_monitor) {
        input.observations += m_monitor->observations();
        input.hostsDown = m_monitor->hostsDown();
        input.externalAlerts = m_monitor->externalAlerts().values;
        input.externalAlertsKnown = m_monitor->externalAlertsCurrent();
    }
    for (const auto& provider : std::as_const(m_providers))
        input.observations += provider();
    input.annotations = m_annotations;
    input.mrrByTenant = m_mrr;
    const AlertEvaluation pass = m_engine.evaluate(input);
    m_lastPass = input.now;
    if (!pass.events.isEmpty()) {
        QList<AlertHistoryEntry> history;
        history.reserve(pass.events.size());
        for (const AlertEvent& event : pass.events)
            history << event.toHistoryEntry();
        m_store->appendAlertHistory(history);
        saveState();
    }
    emit alertsChanged();
    for (const AlertEvent& event : pass.events) {
        if (event.notify)
            emit notification(event);
    }
}

void AlertService::saveState()
{
    const QByteArray state = m_engine.saveState();
    using Saved = Result<Done, StoreError>;
    m_store->withCache<Saved>(
        [state](LocalCache& cache) { return cache.saveSnapshot(AlertEngine::kStateSnapshotKey, state); },
        Saved::failure(StoreWorker::notOpen(QStringLiteral("cache"))), this,
        [](Saved saved) {
            if (!saved)
                qCWarning(lcFleet).noquote() << "alert engine state not saved:" << saved.error().toDisplayString();
        });
}

void AlertService::acknowledge(const QString& alertId, const QString& owner, const QString& note,
    const QObject* context, Callback<AlertAnnotation> done)
{
    using R = Result<AlertAnnotation, StoreError>;
    m_store->withRegistry<R>(
        [alertId, owner, note](Registry& registry) { return registry.acknowledgeAlert(alertId, owner, note); },
        R::failure(StoreWorker::notOpen(QStringLiteral("registry"))), context,
        [this, done = std::move(done)](R written) {
            if (!written) {
                done(Result<AlertAnnotation, QString>::failure(written.error().kind == StoreError::Kind::Connection
                        ? registryClosed()
                        : written.error().toDisplayString()));
                return;
            }
            reloadAnnotations([this] { evaluateNow(); });
            done(Result<AlertAnnotation, QString>(written.value()));
        });
}

void AlertService::silence(const QString& alertId, const QDateTime& until, const QString& note, bool pushToAlertmanager,
    const QObject* context, Callback<AlertAnnotation> done)
{
    using R = Result<AlertAnnotation, StoreError>;
    QList<SilenceMatcher> matchers;
    if (const Alert* a = alert(alertId); pushToAlertmanager && a && a->origin == Alert::Origin::Alertmanager) {
        const bool added = m_monitor && m_monitor->tenantLabelAdded(a->fingerprint);
        for (auto it = a->labels.cbegin(); it != a->labels.cend(); ++it) {
            if (added && it.key() == QLatin1String(MetricTenantMap::kDefaultLabel))
                continue;
            matchers.append({it.key(), it.value(), false, true});
        }
    }
    m_store->withRegistry<R>(
        [alertId, until, note](Registry& registry) { return registry.silenceAlert(alertId, until, note); },
        R::failure(StoreWorker::notOpen(QStringLiteral("registry"))), context,
        [this, matchers, until, note, done = std::move(done)](R written) {
            if (!written) {
                done(Result<AlertAnnotation, QString>::failure(written.error().kind == StoreError::Kind::Connection
                        ? registryClosed()
                        : written.error().toDisplayString()));
                return;
            }
            if (!matchers.isEmpty() && m_monitor && m_monitor->alertmanager()) {
                const QString comment =
                    note.isEmpty() ? QCoreApplication::translate("AlertService", "Silenced from Fleetdeck") : note;
                m_monitor->alertmanager()->createSilence(matchers, QDateTime::currentDateTimeUtc(), until, m_actor,
                    comment, this, [](Result<QString> created) {
                        if (!created)
                            qCWarning(lcFleet).noquote()
                                << "Alertmanager silence not created:" << created.error().toDisplayString();
                    });
            }
            reloadAnnotations([this] { evaluateNow(); });
            done(Result<AlertAnnotation, QString>(written.value()));
        });
}

void AlertService::unacknowledge(const QString& alertId, const QObject* context, Callback<Done> done)
{
    // An Alertmanager alert silenced from this console is silenced there too: lift those silences as well (only
    // the ones this console's user created; someone else's silence is theirs to lift).
    if (const Alert* a = alert(alertId);
        a && a->origin == Alert::Origin::Alertmanager && m_monitor && m_monitor->alertmanager()) {
        QStringList silencedBy;
        for (const ExternalAlert& external : m_monitor->externalAlerts().values) {
            if (external.fingerprint == a->fingerprint)
                silencedBy = external.silencedBy;
        }
        if (!silencedBy.isEmpty()) {
            AlertmanagerClient* alertmanager = m_monitor->alertmanager();
            alertmanager->silences(
                this, [this, alertmanager, silencedBy, actor = m_actor](Result<QList<Silence>> silences) {
                    if (!silences) {
                        qCWarning(lcFleet).noquote()
                            << "Alertmanager silences not read:" << silences.error().toDisplayString();
                        return;
                    }
                    for (const Silence& silence : silences.value()) {
                        if (!silencedBy.contains(silence.id) || silence.createdBy != actor
                            || silence.state == Silence::State::Expired)
                            continue;
                        alertmanager->expireSilence(silence.id, this, [this](Result<Done> expired) {
                            if (!expired)
                                qCWarning(lcFleet).noquote()
                                    << "Alertmanager silence not expired:" << expired.error().toDisplayString();
                            else if (m_monitor)
                                m_monitor->refresh();
                        });
                    }
                });
        }
    }
    using R = Result<Done, StoreError>;
    m_store->withRegistry<R>([alertId](Registry& registry) { return registry.unacknowledgeAlert(alertId); },
        R::failure(StoreWorker::notOpen(QStringLiteral("registry"))), context,
        [this, done = std::move(done)](R written) {
            if (!written) {
                done(Result<Done, QString>::failure(written.error().kind == StoreError::Kind::Connection
                        ? registryClosed()
                        : written.error().toDisplayString()));
                return;
            }
            reloadAnnotations([this] { evaluateNow(); });
            done(Result<Done, QString>(Done{}));
        });
}

void AlertService::addNote(
    const QString& alertId, const QString& note, const QObject* context, Callback<AlertNote> done)
{
    using R = Result<AlertNote, StoreError>;
    m_store->withRegistry<R>([alertId, note](Registry& registry) { return registry.addAlertNote(alertId, note); },
        R::failure(StoreWorker::notOpen(QStringLiteral("registry"))), context,
        [done = std::move(done)](R written) {
            if (!written) {
                done(Result<AlertNote, QString>::failure(written.error().kind == StoreError::Kind::Connection
                        ? registryClosed()
                        : written.error().toDisplayString()));
                return;
            }
            done(Result<AlertNote, QString>(written.value()));
        });
}

void AlertService::notes(const QString& alertId, const QObject* context, Callback<QList<AlertNote>> done)
{
    using R = Result<QList<AlertNote>, StoreError>;
    m_store->withRegistry<R>([alertId](Registry& registry) { return registry.alertNotes(alertId); },
        R::failure(StoreWorker::notOpen(QStringLiteral("registry"))), context,
        [done = std::move(done)](R read) {
            if (!read) {
                done(Result<QList<AlertNote>, QString>::failure(read.error().toDisplayString()));
                return;
            }
            done(Result<QList<AlertNote>, QString>(read.value()));
        });
}

void AlertService::history(
    const QString& alertId, int limit, const QObject* context, Callback<QList<AlertHistoryEntry>> done)
{
    using R = Result<QList<AlertHistoryEntry>, StoreError>;
    m_store->withCache<R>([alertId, limit](LocalCache& cache) { return cache.alertHistory(alertId, limit); },
        R::failure(StoreWorker::notOpen(QStringLiteral("cache"))), context,
        [done = std::move(done)](R read) {
            if (!read) {
                done(Result<QList<AlertHistoryEntry>, QString>::failure(read.error().toDisplayString()));
                return;
            }
            done(Result<QList<AlertHistoryEntry>, QString>(read.value()));
        });
}

} // namespace Fleetdeck
