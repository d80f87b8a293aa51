#pragma once

#include "ui/models/healthfilterproxy.h"
#include "ui/models/healthtablemodel.h"
#include "ui/shell/consolecontext.h"

#include <QColor>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace Fleetdeck {

class Banner;
class Gauge;
class LatencyChart;

// Health and uptime of everything the platform is made of: servers, exporters and the platform database (from
// Prometheus) and every monitored client (from Fleetdeck's own checks), with uptime over 24 h / 7 d / 30 d from
// the local cache's hourly rollups. The selected row's latency over 1 h / 24 h / 30 d, its certificate and its
// disk are shown below the list. Cache reads run on the store thread; answers for an older selection are dropped.
class HealthPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Range
    {
        Hour, // raw samples
        Day, // hourly rollups
        Month, // hourly rollups
    };

    explicit HealthPanel(const ConsoleContext& context, QWidget* parent = nullptr);

    [[nodiscard]] HealthTableModel* model() const { return m_model; }
    [[nodiscard]] HealthFilterProxy* proxy() const { return m_proxy; }
    [[nodiscard]] LatencyChart* chart() const { return m_chart; }
    [[nodiscard]] Gauge* certificateGauge() const { return m_certificateGauge; }
    [[nodiscard]] Gauge* diskGauge() const { return m_diskGauge; }
    [[nodiscard]] QString bannerText() const;

    void setScope(HealthFilterProxy::Scope scope);
    void setSearchText(const QString& text);
    // Selects the row of a client slug or a component id (clearing a filter that hides it).
    void select(const QString& id);
    [[nodiscard]] QString selectedId() const { return m_selectedId; }
    void setRange(Range range);
    [[nodiscard]] Range range() const { return m_range; }
    // Recomputes every row's uptime from the cache now; otherwise it runs after health rounds, at most once a
    // minute.
    void refreshUptime();

    // Colours of the gauges: a disk at 80 / 90 / 95 % used, a certificate with less than 14 / 7 days left.
    static QColor diskColour(double usedRatio);
    static QColor certificateColour(qint64 secondsLeft);

signals:
    void tenantRequested(const QString& slug);
    // The selected row's chart and uptime arrived from the cache and are shown.
    void detailLoaded();
    // Every row's uptime arrived from the cache.
    void uptimeLoaded();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildDetail();
    void scheduleUpdate();
    void updateRows();
    void updateBanner();
    void updateCounts();
    void updateEmptyState();
    void updateDetail();
    void updateGauges();
    void loadDetail();
    void scheduleUptime();
    void applyStyle();
    void openCurrent();
    [[nodiscard]] QString rangeTitle(Range range) const;
    // What a component is made of, as an HTML table: a server's file systems and clients, a job's targets, the
    // platform database's databases.
    [[nodiscard]] QString componentPartsHtml(const HealthTableModel::Row& row) const;

    ConsoleContext m_context;
    HealthTableModel* m_model;
    HealthFilterProxy* m_proxy;
    QLabel* m_subtitle;
    Banner* m_banner;
    QLineEdit* m_search;
    QButtonGroup* m_scopes;
    QList<QPushButton*> m_scopeButtons;
    QLabel* m_count;
    QSplitter* m_splitter;
    QStackedWidget* m_listStack;
    QTableView* m_view;
    QLabel* m_empty;

    QStackedWidget* m_detailStack = nullptr;
    QLabel* m_detailHint = nullptr;
    QLabel* m_detailTitle = nullptr;
    QLabel* m_detailSubtitle = nullptr;
    QLabel* m_detailState = nullptr;
    QGridLayout* m_facts = nullptr;
    QLabel* m_latencyCaption = nullptr;
    QLabel* m_latencyValue = nullptr;
    QLabel* m_dayValue = nullptr;
    QLabel* m_weekValue = nullptr;
    QLabel* m_monthValue = nullptr;
    QLabel* m_checkedValue = nullptr;
    QLabel* m_alertsValue = nullptr;
    QLabel* m_chartTitle = nullptr;
    QWidget* m_rangeButtons = nullptr;
    QButtonGroup* m_ranges = nullptr;
    QStackedWidget* m_chartStack = nullptr;
    LatencyChart* m_chart = nullptr;
    QLabel* m_chartLegend = nullptr;
    QLabel* m_componentInfo = nullptr;
    Gauge* m_certificateGauge = nullptr;
    Gauge* m_diskGauge = nullptr;

    QString m_selectedId;
    Range m_range = Range::Day;
    quint64 m_detailGeneration = 0;
    QString m_chartSubject; // what the chart shows now, to say "Loading…" only for something new
    Range m_chartRange = Range::Day;

    QTimer m_coalesce; // many small updates during a refresh become one
    QTimer m_clock; // ages and staleness move with time
    QTimer m_afterRound; // new samples were written: reload the chart, recompute uptime
    QTimer m_uptimeTimer;
    QElapsedTimer m_uptimeAge;
    bool m_uptimeInFlight = false;
    bool m_uptimeAgain = false; // asked for while in flight: run once more right after
    bool m_uptimeHadData = false;
    bool m_styledDark = false; // the theme applyStyle() last used
};

} // namespace Fleetdeck
