#pragma once

#include "core/fleet/whatsappmonitor.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDateTime>
#include <QHash>

namespace Fleetdeck {

class FleetState;

// The Evolution instances WhatsAppMonitor knows, one row per instance, in the monitor's order (client, then
// instance). A round whose instances are the same as before changes rows in place (dataChanged), so the view keeps
// its selection; instances appearing or leaving reset the model.
class WhatsAppTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ClientColumn,
        InstanceColumn,
        StateColumn,
        PhoneColumn,
        ProfileColumn,
        MessagesColumn,
        ContactsColumn,
        ChatsColumn,
        DisconnectionColumn,
        ColumnCount
    };
    enum Role
    {
        InstanceRole = Qt::UserRole + 1, // the instance's name
        TenantSlugRole, // empty when no client names it
        SortRole, // raw values: counts as numbers, times as seconds, states by urgency
        GroupRole, // int(Group)
        SearchTextRole, // lower-case text of what a person may search for
    };
    // The filter groups of the panel; each instance is in exactly one.
    enum class Group
    {
        Connected,
        Waiting, // pairing, never paired, logged out here, or not loaded
        Disconnected, // was connected and is not, or "connected but dead"
    };

    WhatsAppTableModel(WhatsAppMonitor* monitor, FleetState* fleet, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload(); // from the monitor (what its updated() signal does)
    [[nodiscard]] const WhatsAppStatus& statusAt(int row) const { return m_rows.at(row); }
    [[nodiscard]] int rowOf(const QString& instance) const { return m_rowOf.value(instance, -1); }
    void setNow(const QDateTime& now) { m_now = now; } // tests pin "3 h ago"

    static Group group(const WhatsAppStatus& status);
    // "Connected", "Connected but dead", "Pairing", "Disconnected", "Not paired", "Logged out", "Unknown".
    static QString stateText(const WhatsAppStatus& status);
    static QColor stateColour(const WhatsAppStatus& status);

private:
    WhatsAppMonitor* m_monitor;
    FleetState* m_fleet;
    QList<WhatsAppStatus> m_rows;
    QHash<QString, int> m_rowOf;
    QDateTime m_now;
};

} // namespace Fleetdeck
