#pragma once

#include "core/domain/alert.h"
#include "core/domain/healthsample.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSystemTrayIcon>

class QMenu;

namespace Fleetdeck {

class AlertService;
class FleetState;
class Preferences;
struct AlertEvent;

// The tray icon: its colour is the worst of the fleet's health and of the alerts that need attention, its menu
// lists those alerts and what is down. Notifications come from the alert engine: one per new firing alert (or
// escalation, reminder, resolution) of the severities the person chose, none during quiet hours (critical may
// break through), none about a muted client; they never take focus.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    TrayIcon(FleetState* fleet, Preferences* preferences, QObject* parent = nullptr);

    [[nodiscard]] bool isAvailable() const;
    [[nodiscard]] HealthState worstState() const { return m_worst; }
    // The worst severity of the alerts that need attention; nullopt when none.
    [[nodiscard]] std::optional<AlertSeverity> worstSeverity() const { return m_worstSeverity; }
    // Follows the service's alerts and notifications.
    void setAlertService(AlertService* alerts);
    // The alerts the icon and menu reflect (AlertService::alerts()).
    void setAlerts(const QList<Alert>& alerts);
    // Shows the event when the preferences allow it at `now`; true when it was shown.
    bool notifyAlert(const AlertEvent& event, const QDateTime& now = QDateTime::currentDateTime());
    // Would this event be shown at `now` (local time) with these preferences?
    static bool shouldNotify(const AlertEvent& event, const Preferences& preferences, const QDateTime& now);
    [[nodiscard]] QString toolTip() const;
    [[nodiscard]] QMenu* menu() const { return m_menu; }
    void showMessage(const QString& title, const QString& text);
    static QIcon iconFor(HealthState state);

signals:
    void showWindowRequested();
    void tenantRequested(const QString& slug);
    void refreshRequested();
    void quitRequested();
    // Every notification raised (also when no tray exists to show it), for the activity record and tests.
    void notified(const QString& title, const QString& text);

private:
    void onHealthChanged(const QStringList& slugs);
    void updateIconAndMenu();

    FleetState* m_fleet;
    Preferences* m_preferences;
    QSystemTrayIcon* m_tray;
    QMenu* m_menu;
    QHash<QString, HealthState> m_known; // last fresh state per client
    HealthState m_worst = HealthState::Unknown;
    HealthState m_healthWorst = HealthState::Unknown;
    QList<Alert> m_attention; // alerts needing attention, worst first
    std::optional<AlertSeverity> m_worstSeverity;
};

} // namespace Fleetdeck
