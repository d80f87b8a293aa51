#include "core/engine/alertsummary.h"

#include "core/engine/alertnames.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace Fleetdeck {

namespace {

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

// The subject as a person names it: the client's name, "srv-2" for a host, "stripe" for a source.
QString subjectLabel(const Alert& alert)
{
    if (alert.subjectIsTenant)
        return alert.subjectName.isEmpty() ? alert.subject : alert.subjectName;
    if (alert.subject.startsWith(Subject::kHostPrefix))
        return alert.subject.mid(Subject::kHostPrefix.size());
    if (alert.subject.startsWith(Subject::kSourcePrefix))
        return alert.subject.mid(Subject::kSourcePrefix.size());
    if (alert.subject.startsWith(Subject::kWhatsAppPrefix))
        return alert.subject.mid(Subject::kWhatsAppPrefix.size());
    return alert.subject;
}

double thresholdOf(const AlertRule* rule, AlertSeverity severity)
{
    if (!rule)
        return 0;
    if (const AlertRule::Level* level = rule->level(severity))
        return level->threshold;
    return rule->levels.isEmpty() ? 0 : rule->levels.first().threshold;
}

QString problem(const Alert& alert, const AlertRule* rule, const QDateTime& now)
{
    const QString who = subjectLabel(alert);
    const QString detail = alert.detail.trimmed();
    const qint64 nowSeconds = now.toSecsSinceEpoch();

    if (alert.origin == Alert::Origin::Alertmanager) {
        const QString text = detail.isEmpty() ? alert.ruleId : detail; // the summary/description annotation
        return alert.subjectIsTenant ? QCoreApplication::translate("AlertEngine", "%1: %2").arg(who, text) : text;
    }
    const QString ruleId = rule ? rule->id : alert.ruleId;
    if (ruleId == RuleId::kEndpointDown) {
        return detail.isEmpty() ? QCoreApplication::translate("AlertEngine", "%1 is down").arg(who)
                                : QCoreApplication::translate("AlertEngine", "%1 is down: %2").arg(who, detail);
    }
    if (ruleId == RuleId::kHostDown) {
        return QCoreApplication::translate(
            "AlertEngine", "Host %1 is down; %n client(s) run on it", nullptr, alert.affectedTenants)
            .arg(who);
    }
    if (ruleId == RuleId::kEndpointLatency) {
        return QCoreApplication::translate("AlertEngine", "%1 answers slowly: %2 s (limit %3 s)")
            .arg(who, number(alert.value, 1), number(thresholdOf(rule, alert.severity), 1));
    }
    if (ruleId == RuleId::kDiskUsage) {
        return QCoreApplication::translate("AlertEngine", "The disk of %1 is %2 % full (limit %3 %)")
            .arg(who, number(alert.value * 100, 0), number(thresholdOf(rule, alert.severity) * 100, 0));
    }
    if (ruleId == RuleId::kTlsExpiry) {
        const double left = alert.value - double(nowSeconds);
        if (left <= 0)
            return QCoreApplication::translate("AlertEngine", "The TLS certificate of %1 has expired").arg(who);
        // Counted outside the call: Qt 6.4's lupdate does not return from a division inside its arguments.
        const int days = int(std::ceil(left / 86400));
        return QCoreApplication::translate(
            "AlertEngine", "The TLS certificate of %1 expires in %n day(s)", nullptr, days)
            .arg(who);
    }
    if (ruleId == RuleId::kBackupAge) {
        const qint64 age = nowSeconds - qint64(alert.value);
        return QCoreApplication::translate("AlertEngine", "The last backup of %1 is %2 old (expected every %3)")
            .arg(who, AlertSummary::duration(age), AlertSummary::duration(qint64(thresholdOf(rule, alert.severity))));
    }
    if (ruleId == RuleId::kSourceUnreachable) {
        return detail.isEmpty()
            ? QCoreApplication::translate("AlertEngine", "%1 cannot be reached").arg(who)
            : QCoreApplication::translate("AlertEngine", "%1 cannot be reached: %2").arg(who, detail);
    }
    if (ruleId == RuleId::kWhatsAppDisconnected) {
        return detail.isEmpty()
            ? QCoreApplication::translate("AlertEngine", "WhatsApp of %1 is disconnected").arg(who)
            : QCoreApplication::translate("AlertEngine", "WhatsApp of %1 is disconnected: %2").arg(who, detail);
    }
    if (ruleId == RuleId::kWhatsAppReconnectLoop) {
        const int changes = int(alert.value);
        return QCoreApplication::translate(
            "AlertEngine", "WhatsApp of %1 is in a reconnect loop: %n state change(s) in 10 minutes", nullptr, changes)
            .arg(who);
    }
    if (ruleId == RuleId::kWhatsAppDead) {
        return QCoreApplication::translate(
            "AlertEngine", "WhatsApp of %1 says it is connected but cannot send (Connection Closed)")
            .arg(who);
    }
    // A rule Fleetdeck has no sentence for yet: say what was measured against what.
    const QString metric = rule ? rule->metric : alert.ruleId;
    QString text = QCoreApplication::translate("AlertEngine", "%1: %2 is %3 (threshold %4)")
                       .arg(who, metric, number(alert.value, 2), number(thresholdOf(rule, alert.severity), 2));
    if (!detail.isEmpty())
        text = QCoreApplication::translate("AlertEngine", "%1; %2").arg(text, detail);
    return text;
}

} // namespace

QString AlertSummary::describe(const Alert& alert, const AlertRule* rule, const QDateTime& now)
{
    const QString text = problem(alert, rule, now);
    if (!alert.moneyAtStake || !alert.moneyAtStake->isValid())
        return text;
    return QCoreApplication::translate("AlertEngine", "%1 — %2 MRR at stake")
        .arg(text, moneyDisplayString(*alert.moneyAtStake));
}

QString AlertSummary::forEvent(
    AlertEvent::Kind kind, const Alert& alert, AlertSeverity previousSeverity, const QDateTime& now)
{
    using K = AlertEvent::Kind;
    const QString severity = alertSeverityDisplayName(alert.severity);
    const QString& summary = alert.summary;
    switch (kind) {
    case K::Pending:
        return QCoreApplication::translate("AlertEngine", "Pending (%1): %2").arg(severity, summary);
    case K::Cleared:
        return QCoreApplication::translate("AlertEngine", "Cleared before it fired: %1").arg(summary);
    case K::Fired:
        return QCoreApplication::translate("AlertEngine", "Fired (%1): %2").arg(severity, summary);
    case K::Escalated:
        return QCoreApplication::translate("AlertEngine", "Escalated from %1 to %2: %3")
            .arg(alertSeverityDisplayName(previousSeverity), severity, summary);
    case K::DeEscalated:
        return QCoreApplication::translate("AlertEngine", "Eased from %1 to %2: %3")
            .arg(alertSeverityDisplayName(previousSeverity), severity, summary);
    case K::Reminder: {
        const QDateTime from = alert.firedAt.isValid() ? alert.firedAt : alert.since;
        return QCoreApplication::translate("AlertEngine", "Still firing after %1 (%2): %3")
            .arg(duration(from.secsTo(now)), severity, summary);
    }
    case K::Resolved: {
        const QDateTime from = alert.firedAt.isValid() ? alert.firedAt : alert.since;
        return QCoreApplication::translate("AlertEngine", "Resolved after %1: %2")
            .arg(duration(from.secsTo(now)), summary);
    }
    case K::Closed:
        return QCoreApplication::translate(
            "AlertEngine", "Closed without a notice (no longer monitored, or its rule is off): %1")
            .arg(summary);
    case K::Suppressed:
        return QCoreApplication::translate("AlertEngine", "Suppressed, %1: %2").arg(alert.suppressedReason, summary);
    case K::Unsuppressed:
        return QCoreApplication::translate("AlertEngine", "No longer suppressed: %1").arg(summary);
    case K::Acknowledged:
        return alert.note.isEmpty()
            ? QCoreApplication::translate("AlertEngine", "Acknowledged, %1 handles it: %2").arg(alert.owner, summary)
            : QCoreApplication::translate("AlertEngine", "Acknowledged, %1 handles it (%2): %3")
                  .arg(alert.owner, alert.note, summary);
    case K::Unacknowledged:
        return QCoreApplication::translate("AlertEngine", "No longer acknowledged: %1").arg(summary);
    case K::Silenced:
        // Silenced or inhibited inside Alertmanager: no end time or author known here.
        if (!alert.silencedUntil.isValid() || alert.annotatedBy.isEmpty())
            return QCoreApplication::translate("AlertEngine", "Silenced in Alertmanager: %1").arg(summary);
        return QCoreApplication::translate("AlertEngine", "Silenced until %1 by %2: %3")
            .arg(QLocale().toString(alert.silencedUntil.toLocalTime(), QLocale::ShortFormat), alert.annotatedBy,
                summary);
    case K::Unsilenced:
        return QCoreApplication::translate("AlertEngine", "Silence over: %1").arg(summary);
    }
    return summary;
}

QString AlertSummary::duration(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    if (seconds < 60)
        return QCoreApplication::translate("AlertEngine", "%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return QCoreApplication::translate("AlertEngine", "%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return minutes % 60 == 0
            ? QCoreApplication::translate("AlertEngine", "%1 h").arg(hours)
            : QCoreApplication::translate("AlertEngine", "%1 h %2 min").arg(hours).arg(minutes % 60);
    return hours % 24 == 0 ? QCoreApplication::translate("AlertEngine", "%1 d").arg(hours / 24)
                           : QCoreApplication::translate("AlertEngine", "%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString AlertSummary::suppressedReason(const QString& host)
{
    return QCoreApplication::translate("AlertEngine", "suppressed by %1 down").arg(host);
}

} // namespace Fleetdeck
