#pragma once

#include "core/domain/healthsample.h"
#include "core/fleet/fleetstate.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace Fleetdeck {

// Every client with its health from FleetState: one row per tenant, updated with precise dataChanged
// ranges when a refresh brings news (a reload of the client list resets the model). The model keeps its
// own copy of each row's health and changes it only together with the signal for that row, so a
// sorting proxy never sees a value change it was not told about.
class TenantTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        PlanColumn,
        HealthColumn,
        LatencyColumn,
        TlsExpiryColumn,
        CheckedColumn,
        ColumnCount
    };
    enum Role
    {
        SlugRole = Qt::UserRole + 1,
        SortRole, // raw values: numbers sort as numbers, dates as dates
        HealthStateRole, // int(HealthState); -1 for a client that is not monitored
        StaleRole, // bool
        TenantStatusRole, // int(TenantStatus)
        SearchTextRole, // lower-case text of every field a person may search for
    };

    explicit TenantTableModel(FleetState* fleet, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] int rowOf(const QString& slug) const;
    [[nodiscard]] QString slugAt(int row) const;
    // The reference time for "N s ago" texts; tests pin it.
    void setNow(const QDateTime& now) { m_now = now; }

private:
    void rebuildRows();
    void onHealthChanged(const QStringList& slugs);
    QDateTime now() const;

    FleetState* m_fleet;
    QList<QString> m_searchText; // per row
    QList<TenantHealth> m_health; // per row, as last announced
    QDateTime m_now;
};

} // namespace Fleetdeck
