#pragma once

#include "core/domain/healthsample.h"
#include "core/domain/subjectuptime.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace Fleetdeck {

class AlertService;
class FleetState;
class PlatformMonitor;

// Everything the Health panel lists: the platform's components (servers, exporters, the platform database) from
// PlatformMonitor, then every monitored client from FleetState, with uptime from the local cache and the count of
// active alerts. refresh() rebuilds the rows from those sources and announces only what changed (rows removed,
// appended, or dataChanged per run of changed rows); a sorting proxy puts them in order.
class HealthTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        KindColumn,
        StateColumn,
        LatencyColumn,
        UptimeDayColumn,
        UptimeWeekColumn,
        UptimeMonthColumn,
        TlsExpiryColumn,
        DiskColumn,
        AlertsColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the alert subject: a tenant slug or a component id ("host:srv-2")
        SortRole, // raw values: numbers sort as numbers
        RowKindRole, // int(RowKind)
        HealthStateRole, // int(HealthState)
        StaleRole, // bool
        ProblemRole, // bool: down, degraded, stale, alerting, a disk over 90 % or a certificate under 14 days
        SearchTextRole, // lower-case text of every field a person may search for
    };
    enum class RowKind
    {
        Component,
        Tenant,
    };

    struct Row
    {
        RowKind kind = RowKind::Tenant;
        QString id;
        QString name;
        QString kindText; // translated: "Server", "Client", ...
        HealthState state = HealthState::Unknown;
        bool stale = false;
        QString staleReason;
        QString detail; // a component's detail, a client's error
        int latencyMs = -1;
        QDateTime tlsExpiresAt;
        std::optional<double> diskUsedRatio;
        QString diskMount;
        QString host; // a client's server ("srv-2"), empty for components
        QDateTime checkedAt;
        int activeAlerts = 0;
        int alertsNeedingAttention = 0;
        QString alertSummary; // one line per active alert, for the tooltip

        friend bool operator==(const Row&, const Row&) = default;
    };

    HealthTableModel(FleetState* fleet, PlatformMonitor* monitor, AlertService* alerts, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads the sources again; signals only what changed.
    void refresh();
    // Uptime by subject. `complete`: the answer covers every subject (one missing was never measured); otherwise
    // only the listed subjects change.
    void setUptime(const QHash<QString, SubjectUptime>& uptime, bool complete);

    [[nodiscard]] int rowOf(const QString& id) const { return m_index.value(id, -1); }
    [[nodiscard]] const Row* row(const QString& id) const;
    [[nodiscard]] const Row& rowAt(int row) const { return m_rows.at(row); }
    [[nodiscard]] std::optional<SubjectUptime> uptime(const QString& id) const;
    [[nodiscard]] QStringList ids() const;
    [[nodiscard]] int componentCount() const;
    [[nodiscard]] int tenantCount() const { return static_cast<int>(m_rows.size()) - componentCount(); }

    // "99.9 %", "—" when nothing was measured; the tooltip says how it was computed.
    static QString uptimeText(const SubjectUptime::Window& window);
    QString uptimeToolTip(const SubjectUptime::Window& window, const QString& period) const;
    // Sentence-case state word: "Up", "Degraded", "Down", "Unknown".
    static QString stateText(HealthState state);
    [[nodiscard]] bool isProblem(const Row& row) const;

    // The reference time for ages and expiry texts; tests pin it.
    void setNow(const QDateTime& now) { m_now = now; }

private:
    [[nodiscard]] QList<Row> buildRows() const;
    [[nodiscard]] QDateTime now() const;
    void reindex();
    void emitChangedRuns(const QList<int>& rows, int firstColumn, int lastColumn);

    FleetState* m_fleet;
    PlatformMonitor* m_monitor;
    AlertService* m_alerts;
    QList<Row> m_rows;
    QHash<QString, int> m_index;
    QHash<QString, SubjectUptime> m_uptime;
    QDateTime m_now;
};

} // namespace Fleetdeck
