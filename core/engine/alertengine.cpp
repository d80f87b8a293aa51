#include "core/engine/alertengine.h"

#include "core/engine/alertnames.h"
#include "core/engine/alertsummary.h"
#include "core/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <array>
#include <limits>
#include <optional>

namespace Fleetdeck {

namespace {

enum class Phase : quint8
{
    Idle, // no alert (about to be dropped)
    Pending,
    Firing,
    Resolved,
};

constexpr int kExternal = -1; // Record::rule of Alertmanager alerts
constexpr int kOrphan = -2; // Record::rule of an alert whose rule is gone: it closes at the next pass
constexpr int kCounterCap = 1 << 30;
constexpr qint64 kNever = std::numeric_limits<qint64>::min();

bool isActive(Phase phase)
{
    return phase == Phase::Pending || phase == Phase::Firing;
}

QString phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Idle:
        break;
    case Phase::Pending:
        return QStringLiteral("pending");
    case Phase::Firing:
        return QStringLiteral("firing");
    case Phase::Resolved:
        return QStringLiteral("resolved");
    }
    return QStringLiteral("idle");
}

Phase phaseFromName(const QString& name)
{
    if (name == QLatin1String("pending"))
        return Phase::Pending;
    if (name == QLatin1String("firing"))
        return Phase::Firing;
    if (name == QLatin1String("resolved"))
        return Phase::Resolved;
    return Phase::Idle;
}

Alert::State alertState(Phase phase)
{
    switch (phase) {
    case Phase::Firing:
        return Alert::State::Firing;
    case Phase::Resolved:
        return Alert::State::Resolved;
    case Phase::Idle:
    case Phase::Pending:
        break;
    }
    return Alert::State::Pending;
}

QDateTime fromMs(qint64 ms)
{
    return ms == 0 || ms == kNever ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

qint64 toMs(const QDateTime& time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

// Alertmanager's severity label, as the routing trees in the wild spell it.
AlertSeverity externalSeverity(const QMap<QString, QString>& labels)
{
    const QString name = labels.value(QStringLiteral("severity")).trimmed().toLower();
    if (name == QLatin1String("critical") || name == QLatin1String("page"))
        return AlertSeverity::Critical;
    if (name == QLatin1String("high") || name == QLatin1String("error"))
        return AlertSeverity::High;
    if (name == QLatin1String("low") || name == QLatin1String("info"))
        return AlertSeverity::Low;
    return AlertSeverity::Medium; // "warning", "medium" and anything unknown
}

QString externalText(const ExternalAlert& alert)
{
    for (const char* key : {"summary", "description"}) {
        const QString text = alert.annotations.value(QString::fromLatin1(key)).trimmed();
        if (!text.isEmpty())
            return text;
    }
    return alert.labels.value(QStringLiteral("alertname"));
}

QJsonArray intArray(const std::array<int, kAlertSeverityCount>& values)
{
    QJsonArray array;
    for (int v : values)
        array.append(v);
    return array;
}

QJsonArray msArray(const std::array<qint64, kAlertSeverityCount>& values)
{
    QJsonArray array;
    for (qint64 v : values)
        array.append(v);
    return array;
}

} // namespace

// One alert's whole state. Times are milliseconds since the epoch (0 = never).
struct AlertEngine::Record
{
    QString id;
    int rule = kExternal;
    QString ruleId; // the rule's id; the alertname label for Alertmanager alerts
    QString subject;
    QString fingerprint; // Alertmanager alerts only (their key)
    bool tenantSubject = false; // its subject was a tenant: it closes when the tenant leaves monitoring

    Phase phase = Phase::Idle;
    AlertSeverity severity = AlertSeverity::Medium;

    // Flap control: consecutive samples that met each severity's level, and when each streak began.
    std::array<int, kAlertSeverityCount> streak{};
    std::array<qint64, kAlertSeverityCount> streakSince{};
    int successes = 0; // consecutive samples that met no level
    int calm = 0; // consecutive samples below the firing severity
    qint64 lastSampleMs = kNever;

    double value = 0;
    QString detail;
    qint64 observedMs = 0;
    qint64 sinceMs = 0;
    qint64 firedMs = 0;
    qint64 changedMs = 0;
    qint64 resolvedMs = 0;
    qint64 notifiedMs = 0;
    bool notified = false; // people were told about this episode

    bool acknowledged = false;
    bool silenced = false;
    bool suppressed = false;
    std::optional<AlertAnnotation> annotation; // the acknowledgement or live silence in force
    QString suppressedBy;
    QString suppressedHost;
    std::optional<Money> money;
    int affected = 0;
    QString summary;
    bool dirty = true; // the summary must be written again

    // Alertmanager alerts
    QMap<QString, QString> labels;
    ExternalAlert::State externalState = ExternalAlert::State::Active;
    Phase externalPhase = Phase::Firing; // what Alertmanager says now
    qint64 startsMs = 0;
    bool seen = false;

    // This pass
    Phase previousPhase = Phase::Idle;
    AlertSeverity previousSeverity = AlertSeverity::Medium;
    bool remove = false;
};

// What one pass needs everywhere.
struct AlertEngine::PassContext
{
    QDateTime now;
    qint64 nowMs = 0;
    qint64 nowSeconds = 0;
    bool externalKnown = true;
    const EvaluationInput* input = nullptr;
    QHash<QString, const AlertAnnotation*> annotations;
    QHash<QString, QString> downHosts; // host -> what says it is down (an alert id or "host:<name>")
    AlertEvaluation result;
};

AlertEngine::AlertEngine(AlertRuleSet rules)
    : m_rules(std::move(rules))
{
    rebuildRuleIndex();
    rebuildRecordIndex();
}

AlertEngine::~AlertEngine() = default;

void AlertEngine::setRules(AlertRuleSet rules)
{
    m_rules = std::move(rules);
    rebuildRuleIndex();
    QHash<QString, int> byId;
    for (qsizetype i = 0; i < m_rules.rules().size(); ++i)
        byId.insert(m_rules.rules().at(i).id, int(i));
    for (Record& record : m_records) {
        if (record.rule != kExternal)
            record.rule = byId.value(record.ruleId, kOrphan);
    }
    rebuildRecordIndex();
}

void AlertEngine::rebuildRuleIndex()
{
    m_metricRules.clear();
    m_lastMetric = 0;
    m_hostDownRule = -1;
    const QList<AlertRule>& rules = m_rules.rules();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString& metric = rules.at(i).metric;
        if (!metric.isEmpty()) {
            auto found = std::find_if(m_metricRules.begin(), m_metricRules.end(),
                [&metric](const MetricRules& m) { return m.metric == metric; });
            if (found == m_metricRules.end())
                found = m_metricRules.insert(m_metricRules.end(), MetricRules{metric, {}});
            found->rules.append(int(i));
        }
        if (rules.at(i).id == RuleId::kHostDown)
            m_hostDownRule = int(i);
    }
}

const AlertEngine::MetricRules* AlertEngine::rulesOf(const QString& metric) const
{
    // Observations come grouped or interleaved over a few metrics: try the last one first.
    if (m_lastMetric < m_metricRules.size() && m_metricRules.at(m_lastMetric).metric == metric)
        return &m_metricRules.at(m_lastMetric);
    for (qsizetype i = 0; i < m_metricRules.size(); ++i) {
        if (m_metricRules.at(i).metric == metric) {
            m_lastMetric = i;
            return &m_metricRules.at(i);
        }
    }
    return nullptr;
}

void AlertEngine::rebuildRecordIndex()
{
    m_recordIndex.assign(size_t(m_rules.rules().size()), {});
    m_externalIndex.clear();
    for (size_t i = 0; i < m_records.size(); ++i) {
        const Record& r = m_records[i];
        if (r.rule == kExternal)
            m_externalIndex.insert(r.fingerprint, int(i));
        else if (r.rule >= 0)
            m_recordIndex[size_t(r.rule)].insert(r.subject, int(i));
    }
}

void AlertEngine::indexTenants(const QList<Tenant>& tenants)
{
    // The same shared list as last time cannot have changed: our copy would have made the caller's detach.
    if (tenants.constData() == m_tenants.constData() && tenants.size() == m_tenants.size())
        return;
    m_tenants = tenants;
    m_hostStakes.clear();
    m_tenantIndex.clear();
    m_tenantsByHost.clear();
    m_tenantIndex.reserve(tenants.size());
    for (qsizetype i = 0; i < tenants.size(); ++i) {
        const Tenant& tenant = tenants.at(i);
        m_tenantIndex.insert(tenant.slug, int(i));
        const QString host = tenant.host();
        if (!host.isEmpty() && tenant.isMonitored())
            m_tenantsByHost[host].append(int(i));
    }
}

int AlertEngine::findRecord(int rule, const QString& key) const
{
    if (rule == kExternal)
        return m_externalIndex.value(key, -1);
    return rule >= 0 && size_t(rule) < m_recordIndex.size() ? m_recordIndex[size_t(rule)].value(key, -1) : -1;
}

int AlertEngine::createRecord(
    int rule, const QString& key, const QString& ruleId, const QString& subject, const QString& id)
{
    Record record;
    record.id = id;
    record.rule = rule;
    record.ruleId = ruleId;
    record.subject = subject;
    if (rule == kExternal)
        record.fingerprint = key;
    record.tenantSubject = m_tenantIndex.contains(subject);
    m_records.push_back(std::move(record));
    const int index = int(m_records.size() - 1);
    if (rule == kExternal)
        m_externalIndex.insert(key, index);
    else
        m_recordIndex[size_t(rule)].insert(key, index);
    return index;
}

const AlertEngine::HostStake& AlertEngine::hostStake(const QString& host, const QHash<QString, Money>& mrr)
{
    if (!mrr.isSharedWith(m_mrr)) { // another table: every stake is recomputed
        m_mrr = mrr;
        m_hostStakes.clear();
    }
    const auto cached = m_hostStakes.constFind(host);
    if (cached != m_hostStakes.cend())
        return *cached;
    HostStake stake;
    const QList<int> onHost = m_tenantsByHost.value(host);
    stake.tenants = int(onHost.size());
    QHash<QString, std::pair<qint64, int>> byCurrency; // amount, tenants
    for (int t : onHost) {
        const auto found = mrr.constFind(m_tenants.at(t).slug);
        if (found == mrr.cend() || !found->isValid())
            continue;
        auto& sum = byCurrency[found->currency];
        sum.first += found->amountMinor;
        sum.second += 1;
    }
    // Mixed currencies are not added up: the one most of its clients pay in speaks for the host.
    for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it) {
        if (!stake.money || it->second > byCurrency.value(stake.money->currency).second)
            stake.money = Money{it->first, it.key()};
    }
    return *m_hostStakes.insert(host, stake);
}

const AlertRule* AlertEngine::effectiveRule(const Record& record) const
{
    if (record.rule == kExternal)
        return m_rules.rule(RuleId::kAlertmanager);
    if (record.rule < 0 || record.rule >= m_rules.rules().size())
        return nullptr;
    const AlertRule* rule = &m_rules.rules().at(record.rule);
    if (const AlertRule* own = m_rules.overrideFor(record.subject, rule->id))
        return own;
    return rule;
}

AlertEvaluation AlertEngine::evaluate(const EvaluationInput& input)
{
    PassContext pass;
    pass.now = input.now.isValid() ? input.now.toUTC() : QDateTime::currentDateTimeUtc();
    pass.nowMs = pass.now.toMSecsSinceEpoch();
    pass.nowSeconds = pass.now.toSecsSinceEpoch();
    pass.externalKnown = input.externalAlertsKnown;
    pass.input = &input;

    indexTenants(input.tenants);
    for (Record& r : m_records) {
        r.previousPhase = r.phase;
        r.previousSeverity = r.severity;
        r.remove = false;
    }

    applyObservations(input, pass);
    applyExternalAlerts(input, pass);
    for (Record& r : m_records) {
        if (r.rule == kExternal)
            advanceExternal(r, pass);
        else if (r.rule != kOrphan)
            advance(r, pass);
    }

    // Dependencies: what is down now suppresses what runs on it, in this same pass.
    for (const QString& host : input.hostsDown)
        pass.downHosts.insert(host, Subject::host(host));
    if (m_hostDownRule >= 0) {
        for (const Record& r : m_records) {
            if (r.rule != m_hostDownRule || !r.subject.startsWith(Subject::kHostPrefix))
                continue;
            const bool recovering =
                r.phase == Phase::Resolved && pass.nowMs - r.resolvedMs < qint64(m_dependencyGrace.count()) * 1000;
            if (isActive(r.phase) || recovering)
                pass.downHosts.insert(r.subject.mid(Subject::kHostPrefix.size()), r.id);
        }
    }
    pass.annotations.reserve(input.annotations.size());
    for (const AlertAnnotation& annotation : input.annotations)
        pass.annotations.insert(annotation.alertId, &annotation);
    for (auto it = m_resolvedAfterAck.begin(); it != m_resolvedAfterAck.end();) {
        const AlertAnnotation* annotation = pass.annotations.value(it.key());
        const bool stillOld = annotation && toMs(annotation->updatedAt) <= it.value();
        it = stillOld ? std::next(it) : m_resolvedAfterAck.erase(it);
    }

    pass.result.alerts.reserve(qsizetype(m_records.size()));
    for (Record& r : m_records)
        finishRecord(r, pass);
    removeMarkedRecords();

    std::sort(pass.result.alerts.begin(), pass.result.alerts.end(), [](const Alert& a, const Alert& b) {
        auto stateRank = [](Alert::State s) {
            return s == Alert::State::Firing ? 0 : s == Alert::State::Pending ? 1 : 2;
        };
        if (stateRank(a.state) != stateRank(b.state))
            return stateRank(a.state) < stateRank(b.state);
        if (a.severity != b.severity)
            return a.severity > b.severity;
        const qint64 moneyA = a.moneyAtStake ? a.moneyAtStake->amountMinor : -1;
        const qint64 moneyB = b.moneyAtStake ? b.moneyAtStake->amountMinor : -1;
        if (moneyA != moneyB)
            return moneyA > moneyB;
        return a.id < b.id;
    });
    m_alerts = pass.result.alerts;
    return std::move(pass.result);
}

void AlertEngine::applyObservations(const EvaluationInput& input, PassContext& pass)
{
    const QList<AlertRule>& rules = m_rules.rules();
    const bool anyOverrides = !m_rules.overrides().isEmpty();
    for (const Observation& observation : input.observations) {
        const MetricRules* found = rulesOf(observation.metric);
        if (!found)
            continue;
        const qint64 observedMs =
            observation.observedAt.isValid() ? observation.observedAt.toMSecsSinceEpoch() : pass.nowMs;
        for (int ruleIndex : found->rules) {
            const AlertRule* rule = &rules.at(ruleIndex);
            if (anyOverrides) {
                if (const AlertRule* own = m_rules.overrideFor(observation.subject, rule->id))
                    rule = own;
            }
            if (!rule->enabled)
                continue;
            const double measured = rule->measured(observation.value, pass.nowSeconds);
            std::array<bool, kAlertSeverityCount> met{};
            bool anyMet = false;
            for (const AlertRule::Level& level : rule->levels) {
                if (rule->meets(measured, level)) {
                    met[size_t(level.severity)] = true;
                    anyMet = true;
                }
            }
            int index = findRecord(ruleIndex, observation.subject);
            if (index < 0) {
                if (!anyMet)
                    continue; // healthy and no alert: nothing to remember
                index = createRecord(ruleIndex, observation.subject, rule->id, observation.subject,
                    rule->id + QLatin1Char(':') + observation.subject);
            }
            Record& r = m_records[size_t(index)];
            if (r.value != observation.value || r.detail != observation.detail) {
                r.value = observation.value;
                r.detail = observation.detail;
                r.dirty = true;
            }
            r.observedMs = std::max(r.observedMs, observedMs);
            // A time measure moves with the clock: every pass is a new sample of it.
            const bool clockMeasure = rule->measure != AlertRule::Measure::Value;
            const qint64 sampleMs = clockMeasure ? pass.nowMs : observedMs;
            if (sampleMs <= r.lastSampleMs)
                continue; // the same sample again: no new evidence
            r.lastSampleMs = sampleMs;
            r.dirty = r.dirty || clockMeasure;
            for (size_t s = 0; s < met.size(); ++s) {
                if (met[s]) {
                    if (r.streak[s] == 0)
                        r.streakSince[s] = sampleMs;
                    r.streak[s] = std::min(r.streak[s] + 1, kCounterCap);
                } else {
                    r.streak[s] = 0;
                }
            }
            r.successes = anyMet ? 0 : std::min(r.successes + 1, kCounterCap);
            if (r.phase == Phase::Firing)
                r.calm = met[size_t(r.severity)] ? 0 : std::min(r.calm + 1, kCounterCap);
        }
    }
}

void AlertEngine::applyExternalAlerts(const EvaluationInput& input, PassContext& pass)
{
    if (!pass.externalKnown)
        return; // Alertmanager was not asked: its alerts stay as they were
    for (Record& r : m_records) {
        if (r.rule == kExternal)
            r.seen = false;
    }
    for (const ExternalAlert& external : input.externalAlerts) {
        if (external.fingerprint.isEmpty())
            continue;
        // Alertmanager keeps pushing a firing alert's endsAt forward; one in the past means resolved.
        const bool resolved = external.endsAt.isValid() && external.endsAt.toMSecsSinceEpoch() <= pass.nowMs;
        int index = findRecord(kExternal, external.fingerprint);
        if (index >= 0 && m_records[size_t(index)].seen)
            continue; // the same alert from another Alertmanager of the cluster
        if (index < 0) {
            if (resolved)
                continue;
            // Whose alert it is: a tenant label that names a tenant, else a host label, else the instance.
            QString subject = external.labels.value(QStringLiteral("tenant"));
            if (subject.isEmpty() || !m_tenantIndex.contains(subject)) {
                const QString host = external.labels.value(QStringLiteral("host"));
                const QString instance = external.labels.value(QStringLiteral("instance"));
                subject = !host.isEmpty() ? Subject::host(host)
                    : !instance.isEmpty() ? instance
                                          : RuleId::kAlertmanager;
            }
            const QString alertName = external.labels.value(QStringLiteral("alertname"), RuleId::kAlertmanager);
            index = createRecord(kExternal, external.fingerprint, alertName, subject,
                RuleId::kAlertmanager + QLatin1Char(':') + external.fingerprint);
        }
        Record& r = m_records[size_t(index)];
        r.seen = true;
        r.externalState = external.state;
        r.externalPhase = resolved                                ? Phase::Resolved
            : external.state == ExternalAlert::State::Unprocessed ? Phase::Pending
                                                                  : Phase::Firing;
        const QString text = externalText(external);
        if (r.labels != external.labels || r.detail != text) {
            r.labels = external.labels;
            r.detail = text;
            r.dirty = true;
        }
        r.startsMs = toMs(external.startsAt);
        r.observedMs = pass.nowMs;
    }
}

void AlertEngine::advance(Record& r, const PassContext& pass)
{
    const AlertRule* rule = effectiveRule(r);
    if (!rule)
        return;
    const qint64 pendingMs = qint64(rule->pendingFor.count()) * 1000;
    std::optional<AlertSeverity> target; // the worst level that passed both tests
    std::optional<AlertSeverity> current; // the worst level the latest sample met
    qint64 episodeStart = std::numeric_limits<qint64>::max();
    for (const AlertRule::Level& level : rule->levels) {
        const size_t s = size_t(level.severity);
        if (r.streak[s] <= 0)
            continue;
        current = std::max(current.value_or(level.severity), level.severity);
        episodeStart = std::min(episodeStart, r.streakSince[s]);
        if (r.streak[s] >= rule->failuresToFire && pass.nowMs - r.streakSince[s] >= pendingMs)
            target = std::max(target.value_or(level.severity), level.severity);
    }
    auto fire = [&](AlertSeverity severity) {
        r.phase = Phase::Firing;
        r.severity = severity;
        r.firedMs = pass.nowMs;
        r.changedMs = pass.nowMs;
        r.calm = 0;
        r.dirty = true;
    };

    switch (r.phase) {
    case Phase::Idle:
    case Phase::Resolved:
        if (current) { // a new episode
            r.sinceMs = episodeStart;
            r.notified = false;
            r.notifiedMs = 0;
            r.firedMs = 0;
            if (target) {
                fire(*target);
            } else {
                r.phase = Phase::Pending;
                r.severity = *current;
                r.changedMs = pass.nowMs;
                r.dirty = true;
            }
        } else if (r.phase == Phase::Idle || pass.nowMs - r.resolvedMs >= qint64(m_resolvedRetention.count()) * 1000) {
            r.remove = true;
        }
        break;
    case Phase::Pending:
        if (!current) {
            r.phase = Phase::Idle; // cleared before it fired
            r.remove = true;
        } else if (target) {
            fire(*target);
        } else if (*current != r.severity) {
            r.severity = *current;
            r.dirty = true;
        }
        break;
    case Phase::Firing:
        if (r.successes >= rule->successesToResolve) {
            r.phase = Phase::Resolved;
            r.resolvedMs = pass.nowMs;
            r.changedMs = pass.nowMs;
            r.dirty = true;
        } else if (target && *target > r.severity) {
            r.severity = *target;
            r.changedMs = pass.nowMs;
            r.calm = 0;
            r.dirty = true;
        } else if (r.calm >= rule->successesToResolve) {
            const AlertSeverity lowest = rule->lowestSeverity();
            const AlertSeverity milder = std::max(current.value_or(lowest), lowest);
            if (milder < r.severity) {
                r.severity = milder;
                r.changedMs = pass.nowMs;
                r.dirty = true;
            }
            r.calm = 0;
        }
        break;
    }
}

void AlertEngine::advanceExternal(Record& r, const PassContext& pass)
{
    const Phase wanted = pass.externalKnown && !r.seen ? Phase::Resolved : r.externalPhase;
    const AlertSeverity severity = externalSeverity(r.labels);
    if (wanted == Phase::Resolved) {
        if (isActive(r.phase)) {
            r.phase = Phase::Resolved;
            r.resolvedMs = pass.nowMs;
            r.changedMs = pass.nowMs;
            r.dirty = true;
        } else if (pass.nowMs - r.resolvedMs >= qint64(m_resolvedRetention.count()) * 1000) {
            r.remove = true;
        }
        return;
    }
    if (!isActive(r.phase)) { // a new episode (or the first)
        r.sinceMs = r.startsMs != 0 ? r.startsMs : pass.nowMs;
        r.notified = false;
        r.notifiedMs = 0;
        r.firedMs = 0;
    }
    if (r.phase != wanted) {
        r.phase = wanted;
        r.changedMs = pass.nowMs;
        if (wanted == Phase::Firing)
            r.firedMs = pass.nowMs;
        r.dirty = true;
    }
    if (r.severity != severity) {
        r.severity = severity;
        r.changedMs = pass.nowMs;
        r.dirty = true;
    }
}

void AlertEngine::finishRecord(Record& r, PassContext& pass)
{
    using K = AlertEvent::Kind;
    const int tenant = m_tenantIndex.value(r.subject, -1);
    const AlertRule* rule = effectiveRule(r);
    const bool tenantGone = r.tenantSubject && (tenant < 0 || !m_tenants.at(tenant).isMonitored());
    const bool ruleGone = r.rule != kExternal && (!rule || !rule->enabled);
    const bool wasActive = isActive(r.previousPhase);

    QList<AlertEvent> events;
    auto addEvent = [&](K kind, const Alert& alert, bool notify = false) {
        AlertEvent event;
        event.kind = kind;
        event.at = pass.now;
        event.notify = notify;
        event.previousSeverity = r.previousSeverity;
        event.alert = alert;
        event.summary = AlertSummary::forEvent(kind, alert, r.previousSeverity, pass.now);
        events.append(std::move(event));
    };

    // Money at stake and the tenants behind it.
    std::optional<Money> money;
    int affected = 0;
    if (tenant >= 0) {
        affected = 1;
        const auto mrr = pass.input->mrrByTenant.constFind(r.subject);
        if (mrr != pass.input->mrrByTenant.cend() && mrr->isValid())
            money = *mrr;
    } else if (r.subject.startsWith(Subject::kHostPrefix)) {
        const HostStake& stake = hostStake(r.subject.mid(Subject::kHostPrefix.size()), pass.input->mrrByTenant);
        affected = stake.tenants;
        money = stake.money;
    }
    if (money != r.money || affected != r.affected) {
        r.money = money;
        r.affected = affected;
        r.dirty = true;
    }

    if (tenantGone || ruleGone) {
        if (wasActive || isActive(r.phase)) {
            Alert alert = toAlert(r);
            addEvent(K::Closed, alert);
        }
        r.remove = true;
        pass.result.events.append(events);
        return;
    }

    // Acknowledgement, silence and suppression are decided while the alert is open; a resolved alert keeps them.
    const bool wasAcknowledged = r.acknowledged;
    const bool wasSilenced = r.silenced;
    const bool wasSuppressed = r.suppressed;
    if (isActive(r.phase)) {
        const AlertAnnotation* annotation = pass.annotations.value(r.id);
        bool acknowledged = false;
        bool silenced = r.rule == kExternal && r.externalState == ExternalAlert::State::Suppressed;
        r.annotation.reset();
        if (annotation && annotation->state == AlertAnnotation::State::Acknowledged) {
            const auto resolvedAfter = m_resolvedAfterAck.constFind(r.id);
            acknowledged = resolvedAfter == m_resolvedAfterAck.cend() || toMs(annotation->updatedAt) > *resolvedAfter;
            if (acknowledged)
                r.annotation = *annotation;
        } else if (annotation && annotation->silencesAt(pass.now)) {
            silenced = true;
            r.annotation = *annotation;
        }
        r.acknowledged = acknowledged;
        r.silenced = silenced;
        r.suppressed = false;
        r.suppressedBy.clear();
        r.suppressedHost.clear();
        if (tenant >= 0) {
            const QString host = m_tenants.at(tenant).host();
            const auto down = host.isEmpty() ? pass.downHosts.cend() : pass.downHosts.constFind(host);
            if (down != pass.downHosts.cend()) {
                r.suppressed = true;
                r.suppressedBy = *down;
                r.suppressedHost = host;
            }
        }
    }

    Alert alert = toAlert(r);
    if (r.dirty) {
        r.summary = AlertSummary::describe(alert, rule, pass.now);
        r.dirty = false;
    }
    alert.summary = r.summary;

    const bool quiet = r.suppressed || r.silenced;
    const bool firing = r.phase == Phase::Firing;
    const bool nowResolved = r.phase == Phase::Resolved && r.previousPhase != Phase::Resolved;
    if (r.phase == Phase::Idle || r.remove) {
        if (r.previousPhase == Phase::Pending)
            addEvent(K::Cleared, alert);
    } else if (r.phase == Phase::Pending && r.previousPhase != Phase::Pending) {
        addEvent(K::Pending, alert);
    } else if (firing && r.previousPhase != Phase::Firing) {
        if (r.suppressed)
            addEvent(K::Suppressed, alert);
        else
            addEvent(K::Fired, alert);
    } else if (firing) {
        if (r.severity > r.previousSeverity) {
            // Worse is worth a word even when someone is on it.
            addEvent(K::Escalated, alert, !quiet);
            if (!quiet) {
                r.notified = true;
                r.notifiedMs = pass.nowMs;
            }
        } else if (r.severity < r.previousSeverity) {
            addEvent(K::DeEscalated, alert);
        }
    } else if (nowResolved) {
        if (r.previousPhase == Phase::Pending) {
            addEvent(K::Cleared, alert);
        } else {
            const bool notify = (!rule || rule->notifyResolved) && r.notified && !r.silenced;
            addEvent(K::Resolved, alert, notify);
            if (r.acknowledged)
                m_resolvedAfterAck.insert(r.id, pass.nowMs);
        }
    }

    // Changes of the flags while the alert is open. Suppression matters once it fires (the firing says it).
    if (isActive(r.phase)) {
        if (firing && r.previousPhase == Phase::Firing && r.suppressed != wasSuppressed)
            addEvent(r.suppressed ? K::Suppressed : K::Unsuppressed, alert);
        if (r.acknowledged != wasAcknowledged)
            addEvent(r.acknowledged ? K::Acknowledged : K::Unacknowledged, alert);
        if (r.silenced != wasSilenced)
            addEvent(r.silenced ? K::Silenced : K::Unsilenced, alert);
    }

    // One notification per episode, carried by the event that made it due: firing, or the end of what kept it
    // quiet. After a silence, a still-firing alert is said again; then reminders while nobody is on it.
    if (firing && !quiet && !r.acknowledged) {
        const bool silenceEnded = wasSilenced && !r.silenced && r.previousPhase == Phase::Firing;
        if (!r.notified || silenceEnded) {
            if (events.isEmpty())
                addEvent(K::Fired, alert);
            const auto fired =
                std::find_if(events.begin(), events.end(), [](const AlertEvent& e) { return e.kind == K::Fired; });
            (fired != events.end() ? *fired : events.last()).notify = true;
            r.notified = true;
            r.notifiedMs = pass.nowMs;
        } else if (rule && rule->reminderEvery.count() > 0 && r.previousPhase == Phase::Firing
            && r.successes == 0 // not while the latest sample says it is recovering
            && pass.nowMs - r.notifiedMs >= qint64(rule->reminderEvery.count()) * 1000) {
            const bool alreadySaid =
                std::any_of(events.cbegin(), events.cend(), [](const AlertEvent& e) { return e.notify; });
            if (!alreadySaid) {
                addEvent(K::Reminder, alert, true);
                r.notifiedMs = pass.nowMs;
            }
        }
    }

    pass.result.events.append(events);
    if (!r.remove)
        pass.result.alerts.append(alert);
}

Alert AlertEngine::toAlert(const Record& r) const
{
    Alert a;
    a.id = r.id;
    a.ruleId = r.ruleId;
    a.subject = r.subject;
    const int tenant = m_tenantIndex.value(r.subject, -1);
    a.subjectIsTenant = tenant >= 0;
    a.subjectName = tenant >= 0 ? m_tenants.at(tenant).name : r.subject;
    a.origin = r.rule == kExternal ? Alert::Origin::Alertmanager : Alert::Origin::Fleetdeck;
    a.state = alertState(r.phase);
    a.severity = r.severity;
    a.value = r.value;
    a.detail = r.detail;
    a.summary = r.summary;
    a.since = fromMs(r.sinceMs);
    a.firedAt = fromMs(r.firedMs);
    a.lastChange = fromMs(r.changedMs);
    a.resolvedAt = r.phase == Phase::Resolved ? fromMs(r.resolvedMs) : QDateTime();
    a.lastObservedAt = fromMs(r.observedMs);
    a.acknowledged = r.acknowledged;
    a.silenced = r.silenced;
    a.suppressed = r.suppressed;
    if (r.annotation) {
        a.owner = r.annotation->owner;
        a.note = r.annotation->note;
        a.annotatedBy = r.annotation->updatedBy;
        a.annotatedAt = r.annotation->updatedAt;
        if (r.annotation->state == AlertAnnotation::State::Silenced)
            a.silencedUntil = r.annotation->silencedUntil;
    }
    if (r.suppressed) {
        a.suppressedBy = r.suppressedBy;
        a.suppressedReason = AlertSummary::suppressedReason(r.suppressedHost);
    }
    a.moneyAtStake = r.money;
    a.affectedTenants = r.affected;
    a.fingerprint = r.fingerprint;
    a.labels = r.labels;
    return a;
}

void AlertEngine::removeMarkedRecords()
{
    bool removed = false;
    for (size_t i = m_records.size(); i-- > 0;) {
        if (!m_records[i].remove)
            continue;
        if (i != m_records.size() - 1)
            m_records[i] = std::move(m_records.back());
        m_records.pop_back();
        removed = true;
    }
    if (removed)
        rebuildRecordIndex();
}

// ---- state ----

QByteArray AlertEngine::saveState() const
{
    QJsonArray records;
    for (const Record& r : m_records) {
        if (r.phase == Phase::Idle || r.remove)
            continue;
        QJsonObject o{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("rule"), r.ruleId},
            {QStringLiteral("subject"), r.subject},
            {QStringLiteral("tenant"), r.tenantSubject},
            {QStringLiteral("phase"), phaseName(r.phase)},
            {QStringLiteral("severity"), alertSeverityName(r.severity)},
            {QStringLiteral("streak"), intArray(r.streak)},
            {QStringLiteral("streakSince"), msArray(r.streakSince)},
            {QStringLiteral("successes"), r.successes},
            {QStringLiteral("calm"), r.calm},
            {QStringLiteral("lastSample"), r.lastSampleMs == kNever ? QJsonValue() : QJsonValue(r.lastSampleMs)},
            {QStringLiteral("value"), r.value},
            {QStringLiteral("detail"), r.detail},
            {QStringLiteral("observed"), r.observedMs},
            {QStringLiteral("since"), r.sinceMs},
            {QStringLiteral("fired"), r.firedMs},
            {QStringLiteral("changed"), r.changedMs},
            {QStringLiteral("resolved"), r.resolvedMs},
            {QStringLiteral("notifiedAt"), r.notifiedMs},
            {QStringLiteral("notified"), r.notified},
            {QStringLiteral("acknowledged"), r.acknowledged},
            {QStringLiteral("silenced"), r.silenced},
            {QStringLiteral("suppressed"), r.suppressed},
        };
        if (r.rule == kExternal) {
            QJsonObject labels;
            for (auto it = r.labels.cbegin(); it != r.labels.cend(); ++it)
                labels.insert(it.key(), it.value());
            o.insert(QStringLiteral("fingerprint"), r.fingerprint);
            o.insert(QStringLiteral("labels"), labels);
            o.insert(QStringLiteral("starts"), r.startsMs);
            o.insert(QStringLiteral("externalPhase"), phaseName(r.externalPhase));
            o.insert(QStringLiteral("externalSuppressed"), r.externalState == ExternalAlert::State::Suppressed);
        }
        records.append(o);
    }
    QJsonObject resolvedAfterAck;
    for (auto it = m_resolvedAfterAck.cbegin(); it != m_resolvedAfterAck.cend(); ++it)
        resolvedAfterAck.insert(it.key(), it.value());
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), kStateVersion}, {QStringLiteral("records"), records},
                             {QStringLiteral("resolvedAfterAck"), resolvedAfterAck}})
        .toJson(QJsonDocument::Compact);
}

Result<Done, QString> AlertEngine::restoreState(const QByteArray& state)
{
    using R = Result<Done, QString>;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(state, &error);
    if (!document.isObject())
        return R::failure(QStringLiteral("alert engine state is not JSON: %1").arg(error.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("version")).toInt() != kStateVersion) {
        return R::failure(QStringLiteral("alert engine state has version %1, this Fleetdeck knows %2")
                              .arg(root.value(QStringLiteral("version")).toInt())
                              .arg(kStateVersion));
    }
    QHash<QString, int> ruleById;
    for (qsizetype i = 0; i < m_rules.rules().size(); ++i)
        ruleById.insert(m_rules.rules().at(i).id, int(i));

    std::vector<Record> records;
    int dropped = 0;
    for (const QJsonValue& value : root.value(QStringLiteral("records")).toArray()) {
        const QJsonObject o = value.toObject();
        Record r;
        r.id = o.value(QStringLiteral("id")).toString();
        r.ruleId = o.value(QStringLiteral("rule")).toString();
        r.subject = o.value(QStringLiteral("subject")).toString();
        r.fingerprint = o.value(QStringLiteral("fingerprint")).toString();
        r.rule = !r.fingerprint.isEmpty() ? kExternal : ruleById.value(r.ruleId, kOrphan);
        r.phase = phaseFromName(o.value(QStringLiteral("phase")).toString());
        const auto severity = alertSeverityFromName(o.value(QStringLiteral("severity")).toString());
        if (r.id.isEmpty() || r.rule == kOrphan || r.phase == Phase::Idle || !severity) {
            ++dropped;
            continue;
        }
        r.severity = *severity;
        r.tenantSubject = o.value(QStringLiteral("tenant")).toBool();
        const QJsonArray streak = o.value(QStringLiteral("streak")).toArray();
        const QJsonArray streakSince = o.value(QStringLiteral("streakSince")).toArray();
        for (int s = 0; s < kAlertSeverityCount; ++s) {
            r.streak[size_t(s)] = streak.at(s).toInt();
            r.streakSince[size_t(s)] = streakSince.at(s).toInteger();
        }
        r.successes = o.value(QStringLiteral("successes")).toInt();
        r.calm = o.value(QStringLiteral("calm")).toInt();
        const QJsonValue lastSample = o.value(QStringLiteral("lastSample"));
        r.lastSampleMs = lastSample.isDouble() ? lastSample.toInteger() : kNever;
        r.value = o.value(QStringLiteral("value")).toDouble();
        r.detail = o.value(QStringLiteral("detail")).toString();
        r.observedMs = o.value(QStringLiteral("observed")).toInteger();
        r.sinceMs = o.value(QStringLiteral("since")).toInteger();
        r.firedMs = o.value(QStringLiteral("fired")).toInteger();
        r.changedMs = o.value(QStringLiteral("changed")).toInteger();
        r.resolvedMs = o.value(QStringLiteral("resolved")).toInteger();
        r.notifiedMs = o.value(QStringLiteral("notifiedAt")).toInteger();
        r.notified = o.value(QStringLiteral("notified")).toBool();
        r.acknowledged = o.value(QStringLiteral("acknowledged")).toBool();
        r.silenced = o.value(QStringLiteral("silenced")).toBool();
        r.suppressed = o.value(QStringLiteral("suppressed")).toBool();
        if (r.rule == kExternal) {
            const QJsonObject labels = o.value(QStringLiteral("labels")).toObject();
            for (auto it = labels.begin(); it != labels.end(); ++it)
                r.labels.insert(it.key(), it.value().toString());
            r.startsMs = o.value(QStringLiteral("starts")).toInteger();
            r.externalPhase = phaseFromName(o.value(QStringLiteral("externalPhase")).toString());
            r.externalState = o.value(QStringLiteral("externalSuppressed")).toBool() ? ExternalAlert::State::Suppressed
                                                                                     : ExternalAlert::State::Active;
            r.seen = true;
        }
        r.dirty = true;
        r.previousPhase = r.phase;
        r.previousSeverity = r.severity;
        records.push_back(std::move(r));
    }
    m_records = std::move(records);
    rebuildRecordIndex();
    m_resolvedAfterAck.clear();
    const QJsonObject resolvedAfterAck = root.value(QStringLiteral("resolvedAfterAck")).toObject();
    for (auto it = resolvedAfterAck.begin(); it != resolvedAfterAck.end(); ++it)
        m_resolvedAfterAck.insert(it.key(), it.value().toInteger());
    m_alerts.clear();
    if (dropped > 0)
        qCInfo(lcAlerts) << "dropped" << dropped << "saved alerts whose rule no longer exists";
    return Done{};
}

} // namespace Fleetdeck
