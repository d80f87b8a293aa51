#include "ui/models/tenantfilterproxy.h"

#include "core/domain/healthsample.h"
#include "ui/models/tenanttablemodel.h"

namespace Fleetdeck {

TenantFilterProxy::TenantFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TenantTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void TenantFilterProxy::setSearchText(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    m_words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void TenantFilterProxy::setStatusFilter(std::optional<int> status)
{
    m_status = status;
    invalidateRowsFilter();
}

void TenantFilterProxy::setHealthFilter(HealthFilter filter)
{
    m_health = filter;
    invalidateRowsFilter();
}

bool TenantFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(TenantTableModel::SortRole);
    const QVariant r = right.data(TenantTableModel::SortRole);
    const QPartialOrdering order = QVariant::compare(l, r);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    const QString leftName =
        left.siblingAtColumn(TenantTableModel::NameColumn).data(TenantTableModel::SortRole).toString();
    const QString rightName =
        right.siblingAtColumn(TenantTableModel::NameColumn).data(TenantTableModel::SortRole).toString();
    // Descending sorts invert lessThan; keep names A→Z either way.
    return sortOrder() == Qt::AscendingOrder ? leftName < rightName : leftName > rightName;
}

bool TenantFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && index.data(TenantTableModel::TenantStatusRole).toInt() != *m_status)
        return false;
    if (m_health != HealthFilter::Any) {
        const int state = index.data(TenantTableModel::HealthStateRole).toInt();
        const bool stale = index.data(TenantTableModel::StaleRole).toBool();
        switch (m_health) {
        case HealthFilter::Up:
            if (state != static_cast<int>(HealthState::Up))
                return false;
            break;
        case HealthFilter::Degraded:
            if (state != static_cast<int>(HealthState::Degraded))
                return false;
            break;
        case HealthFilter::Down:
            if (state != static_cast<int>(HealthState::Down))
                return false;
            break;
        case HealthFilter::Unknown:
            if (state != static_cast<int>(HealthState::Unknown))
                return false;
            break;
        case HealthFilter::Problems:
            if (state != static_cast<int>(HealthState::Degraded) && state != static_cast<int>(HealthState::Down)
                && !stale)
                return false;
            break;
        case HealthFilter::Stale:
            if (!stale)
                return false;
            break;
        case HealthFilter::Any:
            break;
        }
    }
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(TenantTableModel::SearchTextRole).toString();
    for (const QString& word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

} // namespace Fleetdeck
