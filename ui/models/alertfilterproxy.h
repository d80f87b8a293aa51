#pragma once

#include "core/domain/alertseverity.h"

#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace Fleetdeck {

// Filters alerts (AlertTableModel) or their history (AlertHistoryModel) by list, lowest severity and search
// words (every word must appear), and sorts by raw values; ties keep the service's order (needs attention
// first, worst first, newest first).
class AlertFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AlertFilterProxy(QObject* parent = nullptr);

    // int(AlertTableModel::Category); nullopt = every list.
    void setCategory(std::optional<int> category);
    [[nodiscard]] std::optional<int> category() const { return m_category; }
    // Only alerts at least this bad; nullopt = any severity.
    void setMinimumSeverity(std::optional<AlertSeverity> severity);
    [[nodiscard]] std::optional<AlertSeverity> minimumSeverity() const { return m_minimum; }
    void setSearchText(const QString& text);
    [[nodiscard]] QString searchText() const { return m_search; }
    // Whether anything but the list narrows the rows (the empty state says which).
    [[nodiscard]] bool isNarrowed() const { return m_minimum.has_value() || !m_words.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    std::optional<int> m_category;
    std::optional<AlertSeverity> m_minimum;
    QString m_search;
    QStringList m_words;
};

} // namespace Fleetdeck
