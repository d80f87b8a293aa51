#pragma once

#include "ui/shell/consolecontext.h"

#include <QDateTime>
#include <QMainWindow>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace Fleetdeck {

class AlertsPanel;
class WhatsAppPanel;
class AuditPanel;
class HealthPanel;
class CommandPalette;
class OverviewPanel;
class TenantsPanel;
class TrayIcon;
struct HealthRound;

// The console window: navigation on the left, a top bar with the profile, the data's age, refresh and
// search, and one panel at a time. Everything frequent has a shortcut; Ctrl+K reaches everything.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Panel
    {
        Overview,
        Tenants,
        Health,
        Alerts,
        WhatsApp,
        Audit,
    };

    explicit MainWindow(const ConsoleContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPanel(Panel panel);
    [[nodiscard]] Panel currentPanel() const;
    static std::optional<Panel> panelFromName(
        const QString& name); // "overview", "tenants", "health", "alerts", "audit"
    void openTenant(const QString& slug);
    void openCommandPalette();
    void refreshNow();

    // Called by the composition root as the session comes up.
    void setCachedStateShown(const QDateTime& savedAt); // offline start: the cache is on screen
    void registryOpened(bool readOnly, const QString& name);
    void registryFailed(const QString& error);
    void setNotice(const QString& text); // e.g. a damaged cache was rebuilt

    [[nodiscard]] OverviewPanel* overviewPanel() const { return m_overview; }
    [[nodiscard]] TenantsPanel* tenantsPanel() const { return m_tenants; }
    [[nodiscard]] HealthPanel* healthPanel() const { return m_health; }
    [[nodiscard]] AlertsPanel* alertsPanel() const { return m_alerts; }
    [[nodiscard]] WhatsAppPanel* whatsAppPanel() const { return m_whatsApp; }
    [[nodiscard]] AuditPanel* auditPanel() const { return m_audit; }
    [[nodiscard]] CommandPalette* commandPalette() const { return m_palette; }
    [[nodiscard]] TrayIcon* trayIcon() const { return m_tray; }
    [[nodiscard]] QString freshnessText() const;

signals:
    void profileSwitchRequested(const QString& name);
    void profilesRequested();
    void preferencesRequested();
    void alertRulesRequested();
    void quitRequested();
    // The first refresh after start has been painted (the screenshot mode waits for it).
    void firstRefreshPainted();
    // The last known state from the cache has been painted (offline start; the cold-start benchmark).
    void cachedStatePainted();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    QWidget* buildTopBar();
    QWidget* buildNavigation();
    void onRoundFinished(const HealthRound& round);
    void updateFreshness();
    void showSources();
    QList<struct PaletteCommand> paletteCommands(const QString& query);
    void saveWindowState() const;
    void restoreWindowState();

    ConsoleContext m_context;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
    OverviewPanel* m_overview = nullptr;
    TenantsPanel* m_tenants = nullptr;
    HealthPanel* m_health = nullptr;
    AlertsPanel* m_alerts = nullptr;
    WhatsAppPanel* m_whatsApp = nullptr;
    AuditPanel* m_audit = nullptr;
    QComboBox* m_profiles = nullptr;
    QPushButton* m_freshness = nullptr;
    QPushButton* m_refresh = nullptr;
    QLineEdit* m_search = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_registryLabel = nullptr;
    QLabel* m_notice = nullptr;
    CommandPalette* m_palette = nullptr;
    TrayIcon* m_tray = nullptr;
    QTimer m_clock;
    QDateTime m_lastRefresh;
    QDateTime m_cachedAt;
    bool m_firstRoundSeen = false;
    bool m_quitting = false;
    bool m_trayHintShown = false;
};

} // namespace Fleetdeck
