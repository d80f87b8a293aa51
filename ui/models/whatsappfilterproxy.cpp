#include "ui/models/whatsappfilterproxy.h"

namespace Fleetdeck {

WhatsAppFilterProxy::WhatsAppFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(WhatsAppTableModel::SortRole);
    setDynamicSortFilter(true);
}

void WhatsAppFilterProxy::setScope(Scope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    invalidateFilter();
}

void WhatsAppFilterProxy::setSearchText(const QString& text)
{
    const QString search = text.trimmed().toLower();
    if (search == m_search)
        return;
    m_search = search;
    invalidateFilter();
}

bool WhatsAppFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    using Group = WhatsAppTableModel::Group;
    const auto group = static_cast<Group>(index.data(WhatsAppTableModel::GroupRole).toInt());
    switch (m_scope) {
    case Scope::All:
        break;
    case Scope::Connected:
        if (group != Group::Connected)
            return false;
        break;
    case Scope::Waiting:
        if (group != Group::Waiting)
            return false;
        break;
    case Scope::Disconnected:
        if (group != Group::Disconnected)
            return false;
        break;
    case Scope::Unassigned:
        if (!index.data(WhatsAppTableModel::TenantSlugRole).toString().isEmpty())
            return false;
        break;
    }
    if (m_search.isEmpty())
        return true;
    return index.data(WhatsAppTableModel::SearchTextRole).toString().contains(m_search);
}

} // namespace Fleetdeck
