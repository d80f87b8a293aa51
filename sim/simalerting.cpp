#include "sim/simalerting.h"

#include "sim/promqlevaluator.h"
#include "sim/promqlparser.h"
#include "sim/simcontext.h"
#include "sim/simlogging.h"
#include "sim/simmetrics.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace Fleetdeck::Sim {

namespace {

constexpr qint64 kPretendRunningMs = 10 * 60 * 1000;
const QString kAlertname = QStringLiteral("alertname");

SimAlertRule rule(const char* name, const char* query, int forSeconds, const char* severity, const char* summary,
    const char* description)
{
    SimAlertRule r;
    r.name = QLatin1String(name);
    r.query = QLatin1String(query);
    r.forSeconds = forSeconds;
    r.labels = SimLabels{{QStringLiteral("severity"), QLatin1String(severity)}};
    r.annotations = SimLabels{{QStringLiteral("summary"), QLatin1String(summary)},
        {QStringLiteral("description"), QLatin1String(description)}};
    return r;
}

// The rules' expressions, parsed once.
const std::vector<std::unique_ptr<PromqlExpr>>& parsedRules()
{
    static const std::vector<std::unique_ptr<PromqlExpr>> parsed = [] {
        std::vector<std::unique_ptr<PromqlExpr>> list;
        for (const SimAlertRule& r : SimAlerting::rules()) {
            QString error;
            list.push_back(PromqlParser::parse(r.query, &error));
            if (!list.back())
                qCWarning(lcSim).noquote() << "rule" << r.name << "does not parse:" << error;
        }
        return list;
    }();
    return parsed;
}

QString humanize(double value)
{
    // Go's %.4g
    return QString::number(value, 'g', 4);
}

} // namespace

const QList<SimAlertRule>& SimAlerting::rules()
{
    static const QList<SimAlertRule> list = {
        rule("TargetDown", "up == 0", 30, "critical",
            "Scrape target {{ $labels.job }} ({{ $labels.instance }}) is down",
            "{{ $labels.instance }} of job {{ $labels.job }} has not answered scrapes for more than 30 seconds."),
        rule("ProbeFailed", "probe_success == 0", 30, "critical", "Blackbox probe failed for {{ $labels.instance }}",
            "Probe {{ $labels.job }} against {{ $labels.instance }} has failed for more than 30 seconds."),
        rule("SSLCertExpiringSoon", "probe_ssl_earliest_cert_expiry - time() < 14 * 86400", 30, "warning",
            "TLS certificate for {{ $labels.instance }} expires soon",
            "Certificate expires in {{ $value | humanizeDuration }}."),
        rule("DiskUsageHigh",
            "(1 - node_filesystem_avail_bytes{fstype!~\"tmpfs|ramfs|squashfs|overlay|nsfs\"} / "
            "node_filesystem_size_bytes{fstype!~\"tmpfs|ramfs|squashfs|overlay|nsfs\"}) > 0.85",
            60, "warning", "Disk usage above 85% on {{ $labels.instance }} {{ $labels.mountpoint }}",
            "{{ $labels.mountpoint }} ({{ $labels.device }}) is {{ $value | humanizePercentage }} full."),
        rule("BackupStale", "time() - fleetdeck_backup_last_success_timestamp_seconds > 36 * 3600", 300, "warning",
            "Backups of {{ $labels.tenant }} are stale",
            "The last successful backup of {{ $labels.tenant }} finished {{ $value | humanizeDuration }} ago."),
    };
    return list;
}

QString SimAlerting::humanizeDuration(double seconds)
{
    if (!std::isfinite(seconds))
        return humanize(seconds);
    if (std::fabs(seconds) < 1.0)
        return humanize(seconds * 1000.0) + QStringLiteral("ms");
    const qint64 total = qint64(seconds);
    const qint64 days = total / 86400;
    const qint64 hours = total / 3600 % 24;
    const qint64 minutes = total / 60 % 60;
    const qint64 secs = total % 60;
    if (days != 0)
        return QStringLiteral("%1d %2h %3m %4s").arg(days).arg(hours).arg(minutes).arg(secs);
    if (hours != 0)
        return QStringLiteral("%1h %2m %3s").arg(hours).arg(minutes).arg(secs);
    if (minutes != 0)
        return QStringLiteral("%1m %2s").arg(minutes).arg(secs);
    return humanize(seconds) + QLatin1Char('s');
}

QString SimAlerting::expand(const QString& text, const SimLabels& labels, double value)
{
    static const QRegularExpression action(QStringLiteral("\\{\\{\\s*(.*?)\\s*\\}\\}"));
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = action.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QStringList pipeline = match.captured(1).split(QLatin1Char('|'));
        const QString source = pipeline.value(0).trimmed();
        const QString filter = pipeline.value(1).trimmed();
        if (source.startsWith(QLatin1String("$labels."))) {
            out += labels.value(source.mid(8));
        } else if (source == QLatin1String("$value")) {
            if (filter == QLatin1String("humanizePercentage"))
                out += humanize(value * 100.0) + QLatin1Char('%');
            else if (filter == QLatin1String("humanizeDuration"))
                out += humanizeDuration(value);
            else if (filter == QLatin1String("humanize"))
                out += humanize(value);
            else
                out += QString::number(value, 'g', 17);
        }
    }
    out += QStringView(text).mid(last);
    return out;
}

QString SimAlerting::fingerprint(const SimLabels& labels)
{
    quint64 hash = 14695981039346656037ULL;
    auto add = [&hash](const QByteArray& bytes) {
        for (char c : bytes) {
            hash ^= quint64(static_cast<unsigned char>(c));
            hash *= 1099511628211ULL;
        }
    };
    for (const auto& [name, value] : labels.pairs()) {
        add(name.toUtf8());
        add(QByteArray(1, char(0xff)));
        add(value.toUtf8());
        add(QByteArray(1, char(0xff)));
    }
    return QStringLiteral("%1").arg(hash, 16, 16, QLatin1Char('0'));
}

QString SimAlerting::generatorUrl(const SimContext& context, const QString& query)
{
    // url.QueryEscape: spaces become '+'.
    QByteArray escaped = QUrl::toPercentEncoding(query, " ");
    escaped.replace(' ', '+');
    return context.url(QStringLiteral("/prometheus/graph?g0.expr=")) + QString::fromLatin1(escaped)
        + QStringLiteral("&g0.tab=1");
}

QList<SimAlert> SimAlerting::evaluate(SimContext& context)
{
    const qint64 now = context.simMsecs();
    const SimMetrics metrics(context);
    SimMonitoring& monitoring = context.monitoring;
    QList<SimAlert> alerts;
    QSet<QString> seen;
    const QList<SimAlertRule>& all = rules();
    for (int index = 0; index < all.size(); ++index) {
        const SimAlertRule& r = all.at(index);
        const PromqlExpr* expr = parsedRules().at(std::size_t(index)).get();
        if (!expr)
            continue;
        QString error;
        std::optional<PromqlValue> value = PromqlEvaluator::evaluate(*expr, metrics, now, &error);
        if (!value || value->isScalar)
            continue;
        std::sort(value->vector.begin(), value->vector.end(),
            [](const SimSample& a, const SimSample& b) { return a.labels < b.labels; });
        for (SimSample& sample : value->vector) {
            SimAlert alert;
            alert.rule = index;
            alert.labels = std::move(sample.labels);
            alert.labels.remove(QStringLiteral("__name__"));
            for (const auto& [name, labelValue] : r.labels.pairs())
                alert.labels.set(name, labelValue);
            alert.labels.set(kAlertname, r.name);
            alert.value = sample.value;
            for (const auto& [name, text] : r.annotations.pairs())
                alert.annotations.set(name, expand(text, alert.labels, sample.value));
            const QString key = alert.labels.key();
            seen.insert(key);
            auto since = monitoring.alertActiveSince.find(key);
            if (since == monitoring.alertActiveSince.end())
                since =
                    monitoring.alertActiveSince.insert(key, monitoring.alertsEvaluated ? now : now - kPretendRunningMs);
            alert.activeAtMs = since.value();
            alert.firing = now - alert.activeAtMs >= qint64(r.forSeconds) * 1000;
            alert.fingerprint = fingerprint(alert.labels);
            alerts.append(std::move(alert));
        }
    }
    for (auto it = monitoring.alertActiveSince.begin(); it != monitoring.alertActiveSince.end();) {
        if (seen.contains(it.key()))
            ++it;
        else
            it = monitoring.alertActiveSince.erase(it); // resolved
    }
    monitoring.alertsEvaluated = true;
    return alerts;
}

QList<SimManagedAlert> SimAlerting::managedAlerts(SimContext& context)
{
    const qint64 now = context.simMsecs();
    QList<SimManagedAlert> managed;
    for (SimAlert& alert : evaluate(context)) {
        if (!alert.firing)
            continue; // Prometheus only sends firing alerts
        SimManagedAlert entry;
        entry.receiver = alert.labels.value(QStringLiteral("severity")) == QLatin1String("warning")
            ? QStringLiteral("n8n-tickets")
            : QStringLiteral("n8n-oncall");
        for (const SimSilence& silence : context.monitoring.silences) {
            if (silence.isActive(now) && silence.matches(alert.labels))
                entry.silencedBy << silence.id;
        }
        entry.alert = std::move(alert);
        managed.append(std::move(entry));
    }
    // inhibit_rules: severity="critical" mutes severity="warning" with an equal instance.
    for (SimManagedAlert& target : managed) {
        if (target.alert.labels.value(QStringLiteral("severity")) != QLatin1String("warning"))
            continue;
        for (const SimManagedAlert& source : managed) {
            if (source.alert.labels.value(QStringLiteral("severity")) == QLatin1String("critical")
                && source.alert.labels.value(QStringLiteral("instance"))
                    == target.alert.labels.value(QStringLiteral("instance")))
                target.inhibitedBy << source.alert.fingerprint;
        }
    }
    std::sort(managed.begin(), managed.end(),
        [](const SimManagedAlert& a, const SimManagedAlert& b) { return a.alert.fingerprint < b.alert.fingerprint; });
    return managed;
}

void SimAlerting::seedSilences(SimContext& context)
{
    const qint64 started = context.startedAt.toMSecsSinceEpoch() + context.clockOffsetMs;
    SimSilence silence;
    // A stable id per seed, so a test or a screenshot can name it.
    const quint64 seed = context.options.seed;
    silence.id = QStringLiteral("4973941d-8fde-46d3-a826-%1").arg(seed % 0x1000000000000ULL, 12, 16, QLatin1Char('0'));
    silence.matchers.push_back({kAlertname, QStringLiteral("TargetDown"), false, true, {}});
    silence.matchers.push_back({QStringLiteral("job"), QStringLiteral("legacy-billing-exporter"), false, true, {}});
    silence.startsAtMs = started - 3600 * 1000;
    silence.endsAtMs = started + 30LL * 86400 * 1000;
    silence.updatedAtMs = silence.startsAtMs;
    silence.createdBy = QStringLiteral("ops@fleetdeck.example");
    silence.comment = QStringLiteral("Legacy billing exporter is being decommissioned (OPS-1234)");
    context.monitoring.silences.append(std::move(silence));
}

} // namespace Fleetdeck::Sim
