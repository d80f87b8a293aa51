#include "ui/models/alertfilterproxy.h"

#include "ui/models/alerttablemodel.h"

namespace Fleetdeck {

AlertFilterProxy::AlertFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AlertTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void AlertFilterProxy::setCategory(std::optional<int> category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateRowsFilter();
}

void AlertFilterProxy::setMinimumSeverity(std::optional<AlertSeverity> severity)
{
    if (severity == m_minimum)
        return;
    m_minimum = severity;
    invalidateRowsFilter();
}

void AlertFilterProxy::setSearchText(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    m_words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool AlertFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_category && index.data(AlertTableModel::CategoryRole).toInt() != *m_category)
        return false;
    if (m_minimum && index.data(AlertTableModel::SeverityRole).toInt() < static_cast<int>(*m_minimum))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(AlertTableModel::SearchTextRole).toString();
    for (const QString& word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

bool AlertFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QPartialOrdering order =
        QVariant::compare(left.data(AlertTableModel::SortRole), right.data(AlertTableModel::SortRole));
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    // Ties keep the default order whichever way the column sorts (descending sorts invert lessThan).
    bool less = false;
    if (const auto* alerts = qobject_cast<const AlertTableModel*>(sourceModel())) {
        less = AlertTableModel::defaultLess(alerts->alertAt(left.row()), alerts->alertAt(right.row()));
    } else {
        less = left.row() < right.row(); // the history: newest first, as loaded
    }
    return sortOrder() == Qt::AscendingOrder ? less : !less;
}

} // namespace Fleetdeck
