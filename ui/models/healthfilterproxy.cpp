#include "ui/models/healthfilterproxy.h"

#include "ui/models/healthtablemodel.h"

#include <algorithm>

namespace Fleetdeck {

HealthFilterProxy::HealthFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(HealthTableModel::SortRole);
    setDynamicSortFilter(true);
}

void HealthFilterProxy::setScope(Scope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    invalidateRowsFilter();
}

void HealthFilterProxy::setSearchText(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    m_words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

int HealthFilterProxy::countIn(Scope scope) const
{
    if (!sourceModel())
        return 0;
    int count = 0;
    for (int row = 0; row < sourceModel()->rowCount(); ++row)
        count += accepts(row, scope) ? 1 : 0;
    return count;
}

bool HealthFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    return !sourceParent.isValid() && accepts(sourceRow, m_scope);
}

bool HealthFilterProxy::accepts(int sourceRow, Scope scope) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    const auto kind = static_cast<HealthTableModel::RowKind>(index.data(HealthTableModel::RowKindRole).toInt());
    switch (scope) {
    case Scope::Platform:
        if (kind != HealthTableModel::RowKind::Component)
            return false;
        break;
    case Scope::Clients:
        if (kind != HealthTableModel::RowKind::Tenant)
            return false;
        break;
    case Scope::Problems:
        if (!index.data(HealthTableModel::ProblemRole).toBool())
            return false;
        break;
    case Scope::All:
        break;
    }
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(HealthTableModel::SearchTextRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(), [&text](const QString& word) { return text.contains(word); });
}

bool HealthFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(HealthTableModel::SortRole);
    const QVariant b = right.data(HealthTableModel::SortRole);
    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    // Ties: the platform before the clients, then by name, whichever way the column is sorted.
    const int kindLeft = left.siblingAtColumn(0).data(HealthTableModel::RowKindRole).toInt();
    const int kindRight = right.siblingAtColumn(0).data(HealthTableModel::RowKindRole).toInt();
    const bool descending = sortOrder() == Qt::DescendingOrder;
    if (kindLeft != kindRight)
        return descending ? kindLeft > kindRight : kindLeft < kindRight;
    const QString nameLeft =
        left.siblingAtColumn(HealthTableModel::NameColumn).data(HealthTableModel::SortRole).toString();
    const QString nameRight =
        right.siblingAtColumn(HealthTableModel::NameColumn).data(HealthTableModel::SortRole).toString();
    const int byName = QString::localeAwareCompare(nameLeft, nameRight);
    return descending ? byName > 0 : byName < 0;
}

} // namespace Fleetdeck
