#pragma once

#include "core/domain/alert.h"
#include "core/domain/tenant.h"
#include "core/engine/alertevaluation.h"
#include "core/engine/alertruleset.h"
#include "core/engine/evaluationinput.h"
#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>
#include <vector>

namespace Fleetdeck {

// Turns observations into alerts: pure logic, no I/O, no clock of its own (EvaluationInput::now), no Qt event
// loop. Call evaluate() whenever the inputs change or on a timer (pending durations, reminders and silence
// expiries move with `now`); it returns the alerts and the events of the pass.
//
// - Grouping: one alert per rule × subject (id "<rule>:<subject>"), one per Alertmanager fingerprint
//   ("alertmanager:<fingerprint>"); never one per sample. Only alerts that are pending, firing or recently
//   resolved take memory; a healthy observation of a subject without an alert costs two hash lookups.
// - Flap control (AlertRule): pending until N consecutive failing samples and `pendingFor`; resolved after M
//   consecutive good ones; escalation and de-escalation between the rule's severities under the same tests.
// - Dependencies: a tenant whose host (Tenant::host()) is down — a pending or firing host_down alert on
//   "host:<host>", or a host in EvaluationInput::hostsDown — has its alerts suppressed ("suppressed by srv-2
//   down"): they stay listed but never notify, so one outage is one notification. The suppression lasts a
//   grace period after the host's alert resolved (default 5 min), while the services on it start again.
// - Acknowledgements and silences come from the registry (EvaluationInput::annotations). An acknowledgement
//   covers the alert until it resolves: a later episode of the same alert id is open again. A silence quietens
//   it until the silence expires, across episodes.
// - Restarts: saveState() holds every alert with its counters and notification marks; restoreState() before
//   the first evaluate() continues where it stopped, so nothing fires or notifies twice. Keep it in the local
//   cache as the snapshot kStateSnapshotKey. Without it, alerts start over (pending first, notified again).
class AlertEngine
{
public:
    static constexpr int kStateVersion = 1;
    static inline const QString kStateSnapshotKey = QStringLiteral("alert-engine-state");

    explicit AlertEngine(AlertRuleSet rules = AlertRuleSet::defaults());
    ~AlertEngine();
    AlertEngine(const AlertEngine&) = delete;
    AlertEngine& operator=(const AlertEngine&) = delete;

    // Alerts of a rule that is gone or disabled (for their subject) close at the next pass, without a notice.
    void setRules(AlertRuleSet rules);
    [[nodiscard]] const AlertRuleSet& rules() const { return m_rules; }
    // How long a resolved alert stays in the list (default 1 h).
    void setResolvedRetention(std::chrono::seconds retention) { m_resolvedRetention = retention; }
    [[nodiscard]] std::chrono::seconds resolvedRetention() const { return m_resolvedRetention; }
    // How long a host that came back still suppresses its tenants' alerts (default 5 min).
    void setDependencyGrace(std::chrono::seconds grace) { m_dependencyGrace = grace; }
    [[nodiscard]] std::chrono::seconds dependencyGrace() const { return m_dependencyGrace; }

    AlertEvaluation evaluate(const EvaluationInput& input);
    // The alerts of the last pass (as in AlertEvaluation::alerts).
    [[nodiscard]] const QList<Alert>& alerts() const { return m_alerts; }

    // Compact JSON of every alert's state.
    [[nodiscard]] QByteArray saveState() const;
    // Replaces the current state; alerts of rules that no longer exist are dropped. The error is for logs.
    Result<Done, QString> restoreState(const QByteArray& state);

private:
    struct Record;
    struct PassContext;
    struct MetricRules
    {
        QString metric;
        QList<int> rules; // indexes in m_rules.rules()
    };
    // What a host puts at stake: its monitored tenants and the MRR they pay.
    struct HostStake
    {
        std::optional<Money> money;
        int tenants = 0;
    };

    void rebuildRuleIndex();
    void rebuildRecordIndex();
    void indexTenants(const QList<Tenant>& tenants);
    // rule = index in m_rules.rules(), or kExternal with the fingerprint as key.
    [[nodiscard]] int findRecord(int rule, const QString& key) const;
    int createRecord(int rule, const QString& key, const QString& ruleId, const QString& subject, const QString& id);
    [[nodiscard]] const MetricRules* rulesOf(const QString& metric) const;
    const HostStake& hostStake(const QString& host, const QHash<QString, Money>& mrr);
    void applyObservations(const EvaluationInput& input, PassContext& pass);
    void applyExternalAlerts(const EvaluationInput& input, PassContext& pass);
    void advance(Record& record, const PassContext& pass);
    void advanceExternal(Record& record, const PassContext& pass);
    void finishRecord(Record& record, PassContext& pass);
    [[nodiscard]] const AlertRule* effectiveRule(const Record& record) const;
    [[nodiscard]] Alert toAlert(const Record& record) const;
    void removeMarkedRecords();

    AlertRuleSet m_rules;
    QList<MetricRules> m_metricRules; // a handful: a linear scan beats hashing the name
    mutable qsizetype m_lastMetric = 0;
    int m_hostDownRule = -1;
    std::chrono::seconds m_resolvedRetention{3600};
    std::chrono::seconds m_dependencyGrace{300};

    std::vector<Record> m_records;
    std::vector<QHash<QString, int>> m_recordIndex; // per rule: subject -> record
    QHash<QString, int> m_externalIndex; // fingerprint -> record
    // Acknowledged alerts that resolved after their acknowledgement was written: alert id -> resolution time (ms).
    // An acknowledgement not newer than that belongs to an earlier episode.
    QHash<QString, qint64> m_resolvedAfterAck;

    QList<Tenant> m_tenants; // shares the caller's list; re-indexed only when it is another list
    QHash<QString, int> m_tenantIndex;
    QHash<QString, QList<int>> m_tenantsByHost;
    QHash<QString, Money> m_mrr; // shares the caller's table; the stakes below are valid while it is the same
    QHash<QString, HostStake> m_hostStakes;

    QList<Alert> m_alerts;
};

} // namespace Fleetdeck
