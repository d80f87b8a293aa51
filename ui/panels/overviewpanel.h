#pragma once

#include "ui/shell/consolecontext.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace Fleetdeck {

class KpiCard;
class Sparkline;

// The command center: the fleet at a glance. Each card opens the list behind it.
class OverviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPanel(const ConsoleContext& context, QWidget* parent = nullptr);

    [[nodiscard]] KpiCard* fleetCard() const { return m_fleetCard; }
    [[nodiscard]] KpiCard* slowestCard() const { return m_slowestCard; }
    [[nodiscard]] KpiCard* certificatesCard() const { return m_certificatesCard; }
    [[nodiscard]] KpiCard* sourcesCard() const { return m_sourcesCard; }
    [[nodiscard]] KpiCard* alertsCard() const { return m_alertsCard; }
    [[nodiscard]] KpiCard* whatsAppCard() const { return m_whatsAppCard; }
    // Re-reads the last hour of latency for the slowest endpoints from the cache.
    void refreshSparklines();

signals:
    void problemsRequested(); // the fleet card: clients that need attention
    void slowestRequested(); // sorted by latency
    void certificatesRequested(); // sorted by certificate expiry
    void sourcesRequested();
    void alertsRequested(); // the alerts card: the Alerts panel
    void whatsAppRequested(); // the WhatsApp card: the WhatsApp panel
    void tenantRequested(const QString& slug);

private:
    void scheduleUpdate();
    void update();
    void scheduleAlertsUpdate();
    void updateAlertsCard();
    void updateWhatsAppCard();
    QWidget* rowsWidget(KpiCard* card, QGridLayout** grid);
    QString ageTip(const QDateTime& at) const;

    ConsoleContext m_context;
    KpiCard* m_fleetCard;
    KpiCard* m_slowestCard;
    KpiCard* m_certificatesCard;
    KpiCard* m_sourcesCard;
    KpiCard* m_alertsCard;
    KpiCard* m_whatsAppCard;
    QString m_whatsAppShown;
    QLabel* m_subtitle;
    QTimer m_coalesce;
    QTimer m_alertsCoalesce;
    QString m_alertsShown; // what the alerts card shows now; a pass that changes none of it rebuilds nothing
    QStringList m_sparklineSlugs;
    QList<Sparkline*> m_sparklines;
    quint64 m_sparklineGeneration = 0;
};

} // namespace Fleetdeck
