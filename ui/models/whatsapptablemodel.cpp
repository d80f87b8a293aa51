#include "ui/models/whatsapptablemodel.h"

#include "core/fleet/fleetstate.h"
#include "core/fleet/statusreport.h"
#include "ui/theme.h"

#include <QLocale>

namespace Fleetdeck {

WhatsAppTableModel::WhatsAppTableModel(WhatsAppMonitor* monitor, FleetState* fleet, QObject* parent)
    : QAbstractTableModel(parent)
    , m_monitor(monitor)
    , m_fleet(fleet)
{
    if (m_monitor)
        connect(m_monitor, &WhatsAppMonitor::updated, this, &WhatsAppTableModel::reload);
    if (m_fleet)
        connect(m_fleet, &FleetState::tenantsReset, this, &WhatsAppTableModel::reload);
    reload();
}

int WhatsAppTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WhatsAppTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void WhatsAppTableModel::reload()
{
    const QList<WhatsAppStatus> rows = m_monitor ? m_monitor->instances() : QList<WhatsAppStatus>();
    bool sameRows = rows.size() == m_rows.size();
    for (int i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows.at(i).instance.name == m_rows.at(i).instance.name;
    if (sameRows) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    m_rowOf.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).instance.name, i);
    endResetModel();
}

WhatsAppTableModel::Group WhatsAppTableModel::group(const WhatsAppStatus& status)
{
    if (status.isDisconnected())
        return Group::Disconnected;
    return status.isHealthy() ? Group::Connected : Group::Waiting;
}

QString WhatsAppTableModel::stateText(const WhatsAppStatus& status)
{
    if (status.dead)
        return tr("Connected but dead");
    switch (status.state) {
    case WhatsAppState::Open:
        return tr("Connected");
    case WhatsAppState::Connecting:
        return tr("Pairing");
    case WhatsAppState::Close:
        if (status.closedOnPurpose)
            return tr("Logged out");
        return status.everConnected ? tr("Disconnected") : tr("Not paired");
    case WhatsAppState::Unknown:
        break;
    }
    return tr("Unknown (not loaded)");
}

QColor WhatsAppTableModel::stateColour(const WhatsAppStatus& status)
{
    switch (group(status)) {
    case Group::Connected:
        return Theme::stateColor(HealthState::Up);
    case Group::Disconnected:
        return Theme::stateColor(HealthState::Down);
    case Group::Waiting:
        break;
    }
    return status.state == WhatsAppState::Connecting ? Theme::stateColor(HealthState::Degraded)
                                                     : Theme::stateColor(HealthState::Unknown);
}

QVariant WhatsAppTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WhatsAppStatus& status = m_rows.at(index.row());
    const WhatsAppInstance& instance = status.instance;
    const Tenant* tenant = m_fleet && !status.tenantSlug.isEmpty() ? m_fleet->tenant(status.tenantSlug) : nullptr;
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const QLocale locale;
    switch (role) {
    case InstanceRole:
        return instance.name;
    case TenantSlugRole:
        return status.tenantSlug;
    case GroupRole:
        return int(group(status));
    case SearchTextRole:
        return QStringList{instance.name, status.tenantSlug, tenant ? tenant->name : QString(), instance.phone,
            instance.profileName, stateText(status)}
            .join(QLatin1Char(' '))
            .toLower();
    default:
        break;
    }
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case ClientColumn:
            if (tenant)
                return tenant->name;
            return status.tenantSlug.isEmpty() ? tr("Not assigned") : status.tenantSlug;
        case InstanceColumn:
            return instance.name;
        case StateColumn: {
            QString text = QStringLiteral("● ") + stateText(status);
            if (role == Qt::ToolTipRole) {
                QStringList lines{stateText(status)};
                if (status.since.isValid())
                    lines << tr("Since %1").arg(StatusReport::ageText(status.since, now));
                if (status.dead && !status.deadDetail.isEmpty())
                    lines << tr("Calls fail: %1").arg(status.deadDetail);
                if (status.recentChanges > 0)
                    lines << tr("%n state change(s) in the last 10 minutes", nullptr, status.recentChanges);
                if (!status.error.isEmpty())
                    lines << status.error;
                return lines.join(QLatin1Char('\n'));
            }
            if (status.recentChanges > 3)
                text += tr(" · reconnect loop");
            return text;
        }
        case PhoneColumn:
            return instance.phone.isEmpty() ? QStringLiteral("—") : QStringLiteral("+") + instance.phone;
        case ProfileColumn:
            return instance.profileName.isEmpty() ? QStringLiteral("—") : instance.profileName;
        case MessagesColumn:
            return instance.counts.known ? locale.toString(instance.counts.messages) : QStringLiteral("—");
        case ContactsColumn:
            return instance.counts.known ? locale.toString(instance.counts.contacts) : QStringLiteral("—");
        case ChatsColumn:
            return instance.counts.known ? locale.toString(instance.counts.chats) : QStringLiteral("—");
        case DisconnectionColumn: {
            if (!instance.disconnectionCode && !instance.disconnectionAt.isValid())
                return QStringLiteral("—");
            QStringList parts;
            if (instance.disconnectionCode)
                parts << whatsAppDisconnectionReason(*instance.disconnectionCode);
            if (instance.disconnectionAt.isValid())
                parts << StatusReport::ageText(instance.disconnectionAt, now);
            return parts.join(QStringLiteral(", "));
        }
        default:
            break;
        }
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (column == StateColumn)
            return stateColour(status);
        if (column == ClientColumn && status.tenantSlug.isEmpty())
            return Theme::mutedText();
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (column == MessagesColumn || column == ContactsColumn || column == ChatsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == SortRole) {
        switch (column) {
        case ClientColumn:
            return tenant ? tenant->name.toLower() : QStringLiteral("\uffff") + instance.name;
        case InstanceColumn:
            return instance.name.toLower();
        case StateColumn: // the urgent first when sorted descending
            return group(status) == Group::Disconnected ? 2 : group(status) == Group::Waiting ? 1 : 0;
        case PhoneColumn:
            return instance.phone;
        case ProfileColumn:
            return instance.profileName.toLower();
        case MessagesColumn:
            return instance.counts.messages;
        case ContactsColumn:
            return instance.counts.contacts;
        case ChatsColumn:
            return instance.counts.chats;
        case DisconnectionColumn:
            return instance.disconnectionAt.isValid() ? instance.disconnectionAt.toSecsSinceEpoch() : qint64(0);
        default:
            break;
        }
    }
    return {};
}

QVariant WhatsAppTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        if (section == MessagesColumn || section == ContactsColumn || section == ChatsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClientColumn:
        return tr("Client");
    case InstanceColumn:
        return tr("Instance");
    case StateColumn:
        return tr("State");
    case PhoneColumn:
        return tr("Phone");
    case ProfileColumn:
        return tr("Profile");
    case MessagesColumn:
        return tr("Messages");
    case ContactsColumn:
        return tr("Contacts");
    case ChatsColumn:
        return tr("Chats");
    case DisconnectionColumn:
        return tr("Last disconnection");
    default:
        break;
    }
    return {};
}

} // namespace Fleetdeck
