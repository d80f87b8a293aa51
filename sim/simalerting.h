#pragma once

#include "sim/simlabels.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Fleetdeck::Sim {

struct SimContext;

// One alerting rule of the simulated Prometheus.
struct SimAlertRule
{
    QString name;
    QString query; // PromQL the simulator evaluates (PromqlParser/PromqlEvaluator)
    int forSeconds = 0;
    SimLabels labels; // severity
    SimLabels annotations; // templates: {{ $labels.x }}, {{ $value }}, | humanizePercentage, | humanizeDuration
};

// An alert of one rule: its labels (alertname, the series' labels, the rule's labels), expanded annotations,
// the expression's value, and since when its condition holds.
struct SimAlert
{
    int rule = 0;
    SimLabels labels;
    SimLabels annotations;
    double value = 0;
    qint64 activeAtMs = 0;
    bool firing = false; // held for the rule's `for`; pending until then
    QString fingerprint;
};

// What Alertmanager holds for a firing alert.
struct SimManagedAlert
{
    SimAlert alert;
    QStringList silencedBy;
    QStringList inhibitedBy;
    QString receiver;

    [[nodiscard]] bool isSuppressed() const { return !silencedBy.isEmpty() || !inhibitedBy.isEmpty(); }
};

// The simulated Prometheus rules and Alertmanager behind them:
//   TargetDown           up == 0                                           30 s  critical
//   ProbeFailed          probe_success == 0                                30 s  critical
//   SSLCertExpiringSoon  probe_ssl_earliest_cert_expiry - time() < 14 * 86400   30 s  warning
//   DiskUsageHigh        (1 - avail/size, pseudo file systems excluded) > 0.85  60 s  warning
//   BackupStale          time() - fleetdeck_backup_last_success_timestamp_seconds > 36 * 3600   5 m  warning
// Alertmanager routes warnings to "n8n-tickets" and the rest to "n8n-oncall", groups by alertname and
// severity, inhibits warnings by a critical alert with the same instance, and mutes alerts matched by an
// active silence. Evaluated on demand at the simulated time; a condition that already holds at the first
// evaluation is treated as active for ten minutes (Prometheus "was running before").
class SimAlerting
{
public:
    static const QList<SimAlertRule>& rules();
    // Pending and firing alerts of every rule at the simulated now, ordered by rule then labels.
    static QList<SimAlert> evaluate(SimContext& context);
    // The firing alerts as Alertmanager has them, ordered by fingerprint.
    static QList<SimManagedAlert> managedAlerts(SimContext& context);
    // Alertmanager's fingerprint of a label set (FNV-1a 64 over sorted names and values), 16 hex digits.
    static QString fingerprint(const SimLabels& labels);
    // Prometheus-style template expansion for the annotations.
    static QString expand(const QString& text, const SimLabels& labels, double value);
    static QString humanizeDuration(double seconds);
    static QString generatorUrl(const SimContext& context, const QString& query);
    // Adds the silence every fresh simulator has: the legacy billing exporter's TargetDown, being decommissioned.
    static void seedSilences(SimContext& context);
};

} // namespace Fleetdeck::Sim
