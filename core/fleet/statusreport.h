#pragma once

#include "core/domain/alert.h"
#include "core/fleet/whatsappmonitor.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

namespace Fleetdeck {

class FleetState;

// The fleet's status for people (a table) and machines (JSON, monitoring-plugin exit code).
class StatusReport
{
public:
    enum class Overall
    {
        Ok = 0,
        Warning = 1,
        Critical = 2,
        Unknown = 3,
    };

    // `onlySlug` limits the report to one tenant (empty = all).
    StatusReport(const FleetState& fleet, QString onlySlug = {}, QDateTime now = QDateTime::currentDateTimeUtc());

    // The alert engine's alerts: listed in both forms, and the overall follows the worst one that needs attention
    // (firing, not acknowledged, silenced or suppressed): critical and high -> critical, medium -> warning; low
    // alerts are listed without changing it. An unknown overall (nothing could be checked) stays unknown. With
    // `onlySlug`, only that client's alerts count.
    void setAlerts(const QList<Alert>& alerts);
    [[nodiscard]] const QList<Alert>& alerts() const { return m_alerts; }
    // What Evolution API says of each client's WhatsApp: toJson() gives every tenant whatsapp{instance, state,
    // phone, since, dead} (null when the client names no instance).
    void setWhatsApp(const QList<WhatsAppStatus>& statuses);
    // `fleetdeck whatsapp list --json`: [{instance, tenant, state, phone, profileName, counts{messages, contacts,
    // chats}, since, dead, disconnection{code, reason, at}}].
    static QByteArray whatsAppListJson(const QList<WhatsAppStatus>& statuses);

    [[nodiscard]] Overall overall() const { return m_overall; }
    [[nodiscard]] int exitCode() const { return static_cast<int>(m_overall); }
    [[nodiscard]] QStringList reasons() const { return m_reasons; } // why the overall is not ok, translated
    [[nodiscard]] QByteArray toJson() const;
    // Only the alerts[] array of toJson() (`fleetdeck alerts --json`).
    [[nodiscard]] QByteArray alertsJson() const;
    [[nodiscard]] QString toText(bool colour) const;

    static QString overallName(Overall overall); // "ok", "warning", "critical", "unknown"
    // "12 s ago", "3 min ago", "2 h ago", "4 d ago" (translated)
    static QString ageText(const QDateTime& then, const QDateTime& now);
    // "in 12 d", "today", "expired 3 d ago" (translated)
    static QString expiryText(const QDateTime& expiry, const QDateTime& now);
    // One block per alert: severity, state, age, id, then its sentence (the `fleetdeck alerts` listing).
    static QString alertLines(const QList<Alert>& alerts, const QDateTime& now, bool colour);

private:
    void evaluate();
    [[nodiscard]] nlohmann::json alertsArray() const;
    const FleetState& m_fleet;
    QString m_onlySlug;
    QDateTime m_now;
    Overall m_overall = Overall::Unknown;
    QStringList m_reasons;
    QList<Alert> m_alerts;
    QHash<QString, WhatsAppStatus> m_whatsApp; // by tenant slug
};

} // namespace Fleetdeck
