#pragma once

#include "core/domain/healthsample.h"

#include <QHash>
#include <QObject>
#include <QSystemTrayIcon>

class QMenu;

namespace Fleetdeck {

class FleetState;
class Preferences;

// The tray icon: its colour is the worst state of the fleet, its menu lists what is down, and a client
// going down or degraded raises a desktop notification that names it and the reason (never taking focus).
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    TrayIcon(FleetState* fleet, Preferences* preferences, QObject* parent = nullptr);

    [[nodiscard]] bool isAvailable() const;
    [[nodiscard]] HealthState worstState() const { return m_worst; }
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
};

} // namespace Fleetdeck
