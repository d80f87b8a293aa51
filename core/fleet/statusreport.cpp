#include "core/fleet/statusreport.h"

#include "core/fleet/fleetstate.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace Fleetdeck {

namespace {

using Json = nlohmann::json;

constexpr int kTlsWarningDays = 14;

Json optionalTime(const QDateTime& t)
{
    return t.isValid() ? Json(t.toUTC().toString(Qt::ISODateWithMs).toStdString()) : Json(nullptr);
}

std::string s(const QString& text)
{
    return text.toStdString();
}

QString ansi(const QString& text, const char* code, bool colour)
{
    return colour ? QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(code), text) : text;
}

const char* stateColour(HealthState state)
{
    switch (state) {
    case HealthState::Up:
        return "32";
    case HealthState::Degraded:
        return "33";
    case HealthState::Down:
        return "1;31";
    case HealthState::Unknown:
        break;
    }
    return "90";
}

} // namespace

StatusReport::StatusReport(const FleetState& fleet, QString onlySlug, QDateTime now)
    : m_fleet(fleet)
    , m_onlySlug(std::move(onlySlug))
    , m_now(std::move(now))
{
    evaluate();
}

QString StatusReport::overallName(Overall overall)
{
    switch (overall) {
    case Overall::Ok:
        return QStringLiteral("ok");
    case Overall::Warning:
        return QStringLiteral("warning");
    case Overall::Critical:
        return QStringLiteral("critical");
    case Overall::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString StatusReport::ageText(const QDateTime& then, const QDateTime& now)
{
    if (!then.isValid())
        return QCoreApplication::translate("StatusReport", "never");
    const qint64 secs = std::max<qint64>(0, then.secsTo(now));
    if (secs < 90)
        return QCoreApplication::translate("StatusReport", "%1 s ago").arg(secs);
    if (secs < 90 * 60)
        return QCoreApplication::translate("StatusReport", "%1 min ago").arg(secs / 60);
    if (secs < 36 * 3600)
        return QCoreApplication::translate("StatusReport", "%1 h ago").arg(secs / 3600);
    return QCoreApplication::translate("StatusReport", "%1 d ago").arg(secs / 86400);
}

QString StatusReport::expiryText(const QDateTime& expiry, const QDateTime& now)
{
    if (!expiry.isValid())
        return QStringLiteral("—");
    const qint64 secs = now.secsTo(expiry);
    if (secs < 0)
        return QCoreApplication::translate("StatusReport", "expired %1 d ago").arg((-secs + 86399) / 86400);
    if (secs < 86400)
        return QCoreApplication::translate("StatusReport", "in %1 h").arg(secs / 3600);
    return QCoreApplication::translate("StatusReport", "in %1 d").arg(secs / 86400);
}

void StatusReport::evaluate()
{
    m_reasons.clear();
    QStringList down, degraded, unknown, stale, expiring;
    int monitored = 0;
    for (const Tenant& t : m_fleet.tenants()) {
        if (!t.isMonitored() || (!m_onlySlug.isEmpty() && t.slug != m_onlySlug))
            continue;
        ++monitored;
        const TenantHealth h = m_fleet.health(t.slug);
        switch (h.state) {
        case HealthState::Down:
            down << t.name;
            break;
        case HealthState::Degraded:
            degraded << t.name;
            break;
        case HealthState::Unknown:
            unknown << t.name;
            break;
        case HealthState::Up:
            break;
        }
        if (h.stale)
            stale << t.name;
        if (h.tlsExpiresAt.isValid() && h.tlsExpiresAt > m_now && m_now.daysTo(h.tlsExpiresAt) < kTlsWarningDays)
            expiring << t.name;
    }
    const auto names = [](const QStringList& list) {
        QStringList shown = list.mid(0, 3);
        QString text = shown.join(QStringLiteral(", "));
        if (list.size() > 3)
            text += QCoreApplication::translate("StatusReport", " and %1 more").arg(list.size() - 3);
        return text;
    };

    const SourceStatus health = m_fleet.source(QStringLiteral("health"));
    if (monitored == 0) {
        m_overall = Overall::Unknown;
        m_reasons << (m_onlySlug.isEmpty() ? QCoreApplication::translate(
                          "StatusReport", "no monitored clients: add one with \"fleetdeck tenants add\"")
                                           : QCoreApplication::translate("StatusReport",
                                               "client \"%1\" is not monitored (unknown, suspended or churned)")
                                                 .arg(m_onlySlug));
        return;
    }
    if (health.state == SourceStatus::State::Failing) {
        m_overall = Overall::Unknown;
        m_reasons << health.error;
        return;
    }
    if (unknown.size() == monitored) {
        m_overall = Overall::Unknown;
        m_reasons << QCoreApplication::translate("StatusReport", "no client has been checked yet");
        return;
    }
    m_overall = Overall::Ok;
    if (!down.isEmpty()) {
        m_overall = Overall::Critical;
        m_reasons << QCoreApplication::translate("StatusReport", "%1 down: %2").arg(down.size()).arg(names(down));
    }
    const auto warn = [this](const QString& reason) {
        if (m_overall == Overall::Ok)
            m_overall = Overall::Warning;
        m_reasons << reason;
    };
    if (!degraded.isEmpty())
        warn(QCoreApplication::translate("StatusReport", "%1 degraded: %2").arg(degraded.size()).arg(names(degraded)));
    if (!unknown.isEmpty())
        warn(QCoreApplication::translate("StatusReport", "%1 not checked: %2").arg(unknown.size()).arg(names(unknown)));
    if (!stale.isEmpty())
        warn(QCoreApplication::translate("StatusReport", "%1 with stale data: %2").arg(stale.size()).arg(names(stale)));
    if (!expiring.isEmpty())
        warn(QCoreApplication::translate("StatusReport", "%1 with a TLS certificate expiring within %2 days: %3")
                 .arg(expiring.size())
                 .arg(kTlsWarningDays)
                 .arg(names(expiring)));
    for (const SourceStatus& source : m_fleet.sources()) {
        if (source.state == SourceStatus::State::Failing && source.id != QLatin1String("health"))
            warn(QCoreApplication::translate("StatusReport", "%1 failing: %2").arg(source.displayName, source.error));
    }
}

void StatusReport::setAlerts(const QList<Alert>& alerts)
{
    m_alerts.clear();
    for (const Alert& alert : alerts) {
        if (m_onlySlug.isEmpty() || alert.subject == m_onlySlug)
            m_alerts << alert;
    }
    int critical = 0;
    int warning = 0;
    for (const Alert& alert : std::as_const(m_alerts)) {
        if (!alert.needsAttention())
            continue;
        if (alert.severity >= AlertSeverity::High)
            ++critical;
        else if (alert.severity == AlertSeverity::Medium)
            ++warning;
    }
    // Nothing could be checked: the alerts are the last known ones and cannot be trusted to be current.
    if (m_overall == Overall::Unknown) {
        if (critical + warning > 0)
            m_reasons << QCoreApplication::translate(
                "StatusReport", "%n alert(s) from the last known state need attention", nullptr, critical + warning);
        return;
    }
    if (critical > 0) {
        m_overall = Overall::Critical;
        m_reasons << QCoreApplication::translate(
            "StatusReport", "%n critical or high alert(s) nobody has taken", nullptr, critical);
    }
    if (warning > 0) {
        if (m_overall == Overall::Ok)
            m_overall = Overall::Warning;
        m_reasons << QCoreApplication::translate(
            "StatusReport", "%n medium alert(s) nobody has taken", nullptr, warning);
    }
}

Json StatusReport::alertsArray() const
{
    Json alerts = Json::array();
    for (const Alert& a : m_alerts) {
        alerts.push_back({{"id", s(a.id)}, {"rule", s(a.ruleId)}, {"severity", s(alertSeverityName(a.severity))},
            {"state", s(alertStateName(a.state))}, {"tenant", a.subjectIsTenant ? Json(s(a.subject)) : Json(nullptr)},
            {"subject", s(a.subject)}, {"summary", s(a.summary)}, {"since", optionalTime(a.since)},
            {"acknowledgedBy", a.acknowledged ? Json(s(a.owner.isEmpty() ? a.annotatedBy : a.owner)) : Json(nullptr)},
            {"silencedUntil", a.silenced ? optionalTime(a.silencedUntil) : Json(nullptr)},
            {"suppressedBy", a.suppressed ? Json(s(a.suppressedReason)) : Json(nullptr)},
            {"origin", a.origin == Alert::Origin::Alertmanager ? "alertmanager" : "fleetdeck"},
            {"mrr",
                a.moneyAtStake
                    ? Json({{"currency", s(a.moneyAtStake->currency)}, {"amountMinor", a.moneyAtStake->amountMinor}})
                    : Json(nullptr)}});
    }
    return alerts;
}

QByteArray StatusReport::alertsJson() const
{
    return QByteArray::fromStdString(alertsArray().dump(2)) + '\n';
}

void StatusReport::setWhatsApp(const QList<WhatsAppStatus>& statuses)
{
    m_whatsApp.clear();
    for (const WhatsAppStatus& status : statuses) {
        if (!status.tenantSlug.isEmpty())
            m_whatsApp.insert(status.tenantSlug, status);
    }
}

QByteArray StatusReport::whatsAppListJson(const QList<WhatsAppStatus>& statuses)
{
    Json list = Json::array();
    for (const WhatsAppStatus& status : statuses) {
        const WhatsAppInstance& i = status.instance;
        Json disconnection = nullptr;
        if (i.disconnectionCode || i.disconnectionAt.isValid()) {
            disconnection = {{"code", i.disconnectionCode ? Json(*i.disconnectionCode) : Json(nullptr)},
                {"reason",
                    i.disconnectionCode ? Json(s(whatsAppDisconnectionReason(*i.disconnectionCode))) : Json(nullptr)},
                {"at", optionalTime(i.disconnectionAt)}};
        }
        list.push_back({{"instance", s(i.name)},
            {"tenant", status.tenantSlug.isEmpty() ? Json(nullptr) : Json(s(status.tenantSlug))},
            {"state", s(whatsAppStateName(status.state))},
            {"phone", i.phone.isEmpty() ? Json(nullptr) : Json(s(i.phone))},
            {"profileName", i.profileName.isEmpty() ? Json(nullptr) : Json(s(i.profileName))},
            {"counts", {{"messages", i.counts.messages}, {"contacts", i.counts.contacts}, {"chats", i.counts.chats}}},
            {"since", optionalTime(status.since)}, {"dead", status.dead}, {"recentStateChanges", status.recentChanges},
            {"disconnection", disconnection}});
    }
    return QByteArray::fromStdString(list.dump(2)) + '\n';
}

QByteArray StatusReport::toJson() const
{
    Json root = Json::object();
    root["generatedAt"] = s(m_now.toUTC().toString(Qt::ISODateWithMs));
    root["overall"] = s(overallName(m_overall));
    root["exitCode"] = exitCode();
    Json reasons = Json::array();
    for (const QString& r : m_reasons)
        reasons.push_back(s(r));
    root["reasons"] = reasons;

    FleetSummary sum;
    Json tenants = Json::array();
    for (const Tenant& t : m_fleet.tenants()) {
        if (!m_onlySlug.isEmpty() && t.slug != m_onlySlug)
            continue;
        const TenantHealth h = m_fleet.health(t.slug);
        Json endpoints = Json::array();
        for (const HealthSample& e : h.endpoints) {
            endpoints.push_back({{"url", s(e.url)}, {"state", s(healthStateName(e.state))},
                {"latencyMs", e.latencyMs >= 0 ? Json(e.latencyMs) : Json(nullptr)},
                {"httpStatus", e.httpStatus > 0 ? Json(e.httpStatus) : Json(nullptr)},
                {"tlsExpiresAt", optionalTime(e.tlsExpiresAt)}, {"checkedAt", optionalTime(e.checkedAt)},
                {"error", e.error.isEmpty() ? Json(nullptr) : Json(s(e.error))}});
        }
        Json health = {{"state", s(t.isMonitored() ? healthStateName(h.state) : QStringLiteral("paused"))},
            {"latencyMs", h.latencyMs >= 0 ? Json(h.latencyMs) : Json(nullptr)},
            {"httpStatus", h.httpStatus > 0 ? Json(h.httpStatus) : Json(nullptr)},
            {"tlsExpiresAt", optionalTime(h.tlsExpiresAt)}, {"checkedAt", optionalTime(h.checkedAt)},
            {"stale", h.stale}, {"staleReason", h.stale ? Json(s(h.staleReason)) : Json(nullptr)},
            {"error", h.error.isEmpty() ? Json(nullptr) : Json(s(h.error))}, {"endpoints", endpoints}};
        Json whatsapp = nullptr;
        if (const QString instance = t.endpointValue(TenantEndpoint::Kind::EvolutionInstance); !instance.isEmpty()) {
            const auto found = m_whatsApp.constFind(t.slug);
            const WhatsAppStatus* status = found == m_whatsApp.constEnd() ? nullptr : &found.value();
            whatsapp = {{"instance", s(instance)},
                {"state", s(whatsAppStateName(status ? status->state : WhatsAppState::Unknown))},
                {"phone",
                    status && !status->instance.phone.isEmpty() ? Json(s(status->instance.phone)) : Json(nullptr)},
                {"since", status ? optionalTime(status->since) : Json(nullptr)}, {"dead", status && status->dead}};
        }
        tenants.push_back({{"slug", s(t.slug)}, {"name", s(t.name)}, {"status", s(tenantStatusName(t.status))},
            {"plan", t.plan.isEmpty() ? Json(nullptr) : Json(s(t.plan))},
            {"host", t.host().isEmpty() ? Json(nullptr) : Json(s(t.host()))}, {"health", health},
            {"whatsapp", whatsapp}});
        if (!t.isMonitored()) {
            ++sum.paused;
            continue;
        }
        ++sum.monitored;
        sum.stale += h.stale ? 1 : 0;
        sum.up += h.state == HealthState::Up ? 1 : 0;
        sum.degraded += h.state == HealthState::Degraded ? 1 : 0;
        sum.down += h.state == HealthState::Down ? 1 : 0;
        sum.unknown += h.state == HealthState::Unknown ? 1 : 0;
    }
    root["summary"] = {{"monitored", sum.monitored}, {"up", sum.up}, {"degraded", sum.degraded}, {"down", sum.down},
        {"unknown", sum.unknown}, {"paused", sum.paused}, {"stale", sum.stale}};
    root["tenants"] = tenants;
    Json sources = Json::array();
    for (const SourceStatus& source : m_fleet.sources()) {
        sources.push_back({{"name", s(source.id)}, {"displayName", s(source.displayName)},
            {"state", s(SourceStatus::stateName(source.state))}, {"lastAttemptAt", optionalTime(source.lastAttemptAt)},
            {"lastSuccessAt", optionalTime(source.lastSuccessAt)},
            {"error", source.error.isEmpty() ? Json(nullptr) : Json(s(source.error))}});
    }
    root["sources"] = sources;
    root["alerts"] = alertsArray();
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

QString StatusReport::toText(bool colour) const
{
    struct Row
    {
        const Tenant* tenant;
        TenantHealth health;
    };
    QList<Row> rows;
    for (const Tenant& t : m_fleet.tenants()) {
        if (m_onlySlug.isEmpty() || t.slug == m_onlySlug)
            rows.append({&t, m_fleet.health(t.slug)});
    }
    // Worst first, then by name: what needs attention is at the top.
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        const int ra = a.tenant->isMonitored() ? severityRank(a.health.state) : -1;
        const int rb = b.tenant->isMonitored() ? severityRank(b.health.state) : -1;
        if (ra != rb)
            return ra > rb;
        return QString::localeAwareCompare(a.tenant->name, b.tenant->name) < 0;
    });

    const QLocale locale;
    const QStringList headers = {QCoreApplication::translate("StatusReport", "CLIENT"),
        QCoreApplication::translate("StatusReport", "STATUS"), QCoreApplication::translate("StatusReport", "HEALTH"),
        QCoreApplication::translate("StatusReport", "LATENCY"), QCoreApplication::translate("StatusReport", "HTTP"),
        QCoreApplication::translate("StatusReport", "TLS EXPIRES"),
        QCoreApplication::translate("StatusReport", "CHECKED"), QCoreApplication::translate("StatusReport", "NOTE")};
    QList<QStringList> cells;
    QList<HealthState> states;
    for (const Row& r : rows) {
        const Tenant& t = *r.tenant;
        const TenantHealth& h = r.health;
        QString state =
            t.isMonitored() ? healthStateDisplayName(h.state) : QCoreApplication::translate("StatusReport", "paused");
        if (h.stale && t.isMonitored())
            state += QCoreApplication::translate("StatusReport", " (stale)");
        QString note = t.isMonitored() ? h.error : QString();
        if (h.stale && t.isMonitored() && !h.staleReason.isEmpty())
            note = note.isEmpty() ? h.staleReason : note + QStringLiteral(" — ") + h.staleReason;
        cells.append({t.name, tenantStatusDisplayName(t.status), state,
            h.latencyMs >= 0 ? QCoreApplication::translate("StatusReport", "%1 ms").arg(locale.toString(h.latencyMs))
                             : QStringLiteral("—"),
            h.httpStatus > 0 ? QString::number(h.httpStatus) : QStringLiteral("—"), expiryText(h.tlsExpiresAt, m_now),
            h.checkedAt.isValid() ? ageText(h.checkedAt, m_now) : QCoreApplication::translate("StatusReport", "never"),
            note.left(70)});
        states << (t.isMonitored() ? h.state : HealthState::Unknown);
    }
    QList<int> widths;
    for (int c = 0; c < headers.size(); ++c) {
        int w = static_cast<int>(headers.at(c).size());
        for (const QStringList& row : cells)
            w = std::max(w, static_cast<int>(row.at(c).size()));
        widths << w;
    }
    const QList<int> rightAligned = {3, 4}; // numbers: latency, HTTP status
    const auto line = [&](const QStringList& row, int index) {
        QStringList parts;
        for (int c = 0; c < row.size(); ++c) {
            QString cell = rightAligned.contains(c) ? row.at(c).rightJustified(widths.at(c))
                                                    : row.at(c).leftJustified(widths.at(c));
            if (c == row.size() - 1)
                cell = row.at(c);
            if (index >= 0 && c == 2)
                cell = ansi(cell, stateColour(states.at(index)), colour);
            parts << cell;
        }
        return parts.join(QStringLiteral("  ")).trimmed();
    };

    QString out;
    const FleetSummary sum = m_fleet.summary();
    const char* overallColour = m_overall == Overall::Ok ? "1;32"
        : m_overall == Overall::Warning                  ? "1;33"
        : m_overall == Overall::Critical                 ? "1;31"
                                                         : "1;90";
    out += ansi(QCoreApplication::translate("StatusReport", "Fleet status: %1").arg(overallName(m_overall).toUpper()),
               overallColour, colour)
        + QLatin1Char('\n');
    if (m_onlySlug.isEmpty()) {
        out += QCoreApplication::translate("StatusReport",
                   "%1 clients monitored: %2 up, %3 degraded, %4 down, %5 unknown; %6 paused (suspended or churned)")
                   .arg(sum.monitored)
                   .arg(sum.up)
                   .arg(sum.degraded)
                   .arg(sum.down)
                   .arg(sum.unknown)
                   .arg(sum.paused)
            + QLatin1Char('\n');
    }
    for (const QString& reason : m_reasons)
        out += QStringLiteral("  • ") + reason + QLatin1Char('\n');
    out += QLatin1Char('\n') + line(headers, -1) + QLatin1Char('\n');
    for (int i = 0; i < cells.size(); ++i)
        out += line(cells.at(i), i) + QLatin1Char('\n');
    out += QLatin1Char('\n') + QCoreApplication::translate("StatusReport", "Sources:") + QLatin1Char('\n');
    for (const SourceStatus& source : m_fleet.sources()) {
        const QString when = source.lastSuccessAt.isValid()
            ? QCoreApplication::translate("StatusReport", "last success %1").arg(ageText(source.lastSuccessAt, m_now))
            : QCoreApplication::translate("StatusReport", "never succeeded");
        out += QStringLiteral("  %1: %2 (%3)").arg(source.displayName, SourceStatus::stateName(source.state), when);
        if (!source.error.isEmpty())
            out += QStringLiteral(" — ") + source.error;
        out += QLatin1Char('\n');
    }
    if (!m_alerts.isEmpty()) {
        out += QLatin1Char('\n') + QCoreApplication::translate("StatusReport", "Alerts:") + QLatin1Char('\n');
        out += alertLines(m_alerts, m_now, colour);
    }
    return out;
}

QString StatusReport::alertLines(const QList<Alert>& alerts, const QDateTime& now, bool colour)
{
    QString out;
    for (const Alert& a : alerts) {
        QString state = alertStateDisplayName(a.state);
        if (a.suppressed)
            state = QCoreApplication::translate("StatusReport", "suppressed");
        else if (a.silenced)
            state = QCoreApplication::translate("StatusReport", "silenced");
        else if (a.acknowledged)
            state = QCoreApplication::translate("StatusReport", "acknowledged by %1")
                        .arg(a.owner.isEmpty() ? a.annotatedBy : a.owner);
        const char* code = !a.isActive()            ? "32"
            : a.severity == AlertSeverity::Critical ? "1;31"
            : a.severity == AlertSeverity::High     ? "31"
            : a.severity == AlertSeverity::Medium   ? "33"
                                                    : "36";
        out += QStringLiteral("  %1  %2  %3  %4\n      %5\n")
                   .arg(ansi(alertSeverityDisplayName(a.severity).toUpper().leftJustified(8), code, colour),
                       state.leftJustified(12), ageText(a.since, now).leftJustified(10), a.id, a.summary);
    }
    return out;
}

} // namespace Fleetdeck
