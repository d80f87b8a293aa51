#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace Fleetdeck {

// Search by any text (every word must appear), filter by status and health, sort by raw values.
class TenantFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class HealthFilter
    {
        Any,
        Up,
        Degraded,
        Down,
        Unknown,
        Problems, // degraded, down or stale
        Stale,
    };

    explicit TenantFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    [[nodiscard]] QString searchText() const { return m_search; }
    void setStatusFilter(std::optional<int> status); // int(TenantStatus), nullopt = any
    void setHealthFilter(HealthFilter filter);
    [[nodiscard]] HealthFilter healthFilter() const { return m_health; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    // Ties (many clients "up") fall back to the name, so the order is stable and readable.
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_search;
    QStringList m_words;
    std::optional<int> m_status;
    HealthFilter m_health = HealthFilter::Any;
};

} // namespace Fleetdeck
