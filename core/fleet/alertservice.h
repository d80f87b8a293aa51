#pragma once

#include "core/domain/alert.h"
#include "core/domain/alertannotation.h"
#include "core/domain/alerthistoryentry.h"
#include "core/domain/alertnote.h"
#include "core/domain/money.h"
#include "core/engine/alertengine.h"
#include "core/engine/alertevent.h"
#include "core/result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Fleetdeck {

class FleetState;
class PlatformMonitor;
class StoreWorker;

// Counts of the alerts that are active, for cards, the tray and exit codes.
struct AlertCounts
{
    int firing[kAlertSeverityCount] = {}; // needing attention (not acknowledged, silenced or suppressed), by severity
    int pending = 0;
    int acknowledged = 0;
    int silenced = 0;
    int suppressed = 0;
    [[nodiscard]] int needingAttention() const { return firing[0] + firing[1] + firing[2] + firing[3]; }
    // The worst severity of an alert needing attention; nullopt when none.
    [[nodiscard]] std::optional<AlertSeverity> worst() const;
};

// Runs the alert engine on what the console knows: FleetState (health, sources), PlatformMonitor
// (Prometheus, Alertmanager) and the registry's acknowledgements and silences. Passes are coalesced and
// also run on a timer, because pending durations, reminders and silence expiries move with the clock.
// Every state change goes to the local cache's history; the engine's state is saved there after each
// pass that changed something, so a restart neither fires nor notifies twice.
class AlertService : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(Result<T, QString>)>;

    AlertService(FleetState* fleet, PlatformMonitor* monitor, StoreWorker* store, QObject* parent = nullptr);
    ~AlertService() override;

    void setRules(const AlertRuleSet& rules);
    // More observations for every pass (WhatsApp, later billing and workflows); the caller schedules a pass when
    // they change.
    void addObservations(std::function<QList<Observation>()> provider);
    [[nodiscard]] const AlertRuleSet& rules() const { return m_engine.rules(); }
    // Monthly recurring revenue per tenant slug (the revenue issue fills it): alerts name the money at stake.
    void setMrr(const QHash<QString, Money>& mrrByTenant);
    // Who acknowledges from this console (user@host by default).
    void setActor(const QString& actor) { m_actor = actor; }
    [[nodiscard]] QString actor() const { return m_actor; }

    // Restores the engine's state from the cache and the annotations from the registry, then evaluates
    // and keeps evaluating on changes. `ready` runs after the first pass.
    void start(std::function<void()> ready = {});
    [[nodiscard]] bool isStarted() const { return m_started; }

    // Asks for a pass soon (coalesced with other requests).
    void scheduleEvaluation();
    // A pass now (tests, the command line).
    void evaluateNow();
    // Reads acknowledgements and silences from the registry again (other consoles write them too).
    void reloadAnnotations(std::function<void()> done = {});

    [[nodiscard]] const QList<Alert>& alerts() const { return m_engine.alerts(); }
    [[nodiscard]] const Alert* alert(const QString& id) const;
    [[nodiscard]] AlertCounts counts() const;
    [[nodiscard]] QDateTime lastEvaluatedAt() const { return m_lastPass; }

    // Registry writes (refused on a read-only registry with a sentence saying so); the engine re-evaluates.
    void acknowledge(const QString& alertId, const QString& owner, const QString& note, const QObject* context,
        Callback<AlertAnnotation> done);
    // Quiet until `until`. With `pushToAlertmanager`, an Alertmanager alert is silenced there too (matching its
    // labels), so other Alertmanager receivers go quiet as well.
    void silence(const QString& alertId, const QDateTime& until, const QString& note, bool pushToAlertmanager,
        const QObject* context, Callback<AlertAnnotation> done);
    void unacknowledge(const QString& alertId, const QObject* context, Callback<Done> done);
    void addNote(const QString& alertId, const QString& note, const QObject* context, Callback<AlertNote> done);
    void notes(const QString& alertId, const QObject* context, Callback<QList<AlertNote>> done);
    // Newest first; empty id = every alert.
    void history(const QString& alertId, int limit, const QObject* context, Callback<QList<AlertHistoryEntry>> done);

signals:
    // After each pass: the list (alerts()) may have changed.
    void alertsChanged();
    // One per event that should reach people (AlertEvent::notify): a new firing alert, an escalation, a reminder,
    // a resolution. Tray and notifications decide what to show.
    void notification(const Fleetdeck::AlertEvent& event);

private:
    void runPass();
    void saveState();

    FleetState* m_fleet;
    PlatformMonitor* m_monitor;
    StoreWorker* m_store;
    AlertEngine m_engine;
    QList<AlertAnnotation> m_annotations;
    QHash<QString, Money> m_mrr;
    QList<std::function<QList<Observation>()>> m_providers;
    QString m_actor;
    QTimer m_coalesce;
    QTimer m_tick;
    QTimer m_annotationTimer;
    QDateTime m_lastPass;
    bool m_started = false;
    bool m_dirtyState = false;
};

} // namespace Fleetdeck
