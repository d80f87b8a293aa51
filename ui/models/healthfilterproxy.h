#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace Fleetdeck {

// The Health panel's filter: a scope (everything, the platform, the clients, or only what needs attention) and a
// search in which every word must appear. Sorts by HealthTableModel's raw values; ties go platform first, then by
// name, so the order is stable while results arrive.
class HealthFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Scope
    {
        All,
        Platform,
        Clients,
        Problems,
    };

    explicit HealthFilterProxy(QObject* parent = nullptr);

    void setScope(Scope scope);
    [[nodiscard]] Scope scope() const { return m_scope; }
    void setSearchText(const QString& text);
    [[nodiscard]] QString searchText() const { return m_search; }
    // Rows of the source model in `scope` with the current search text (the count on a scope button).
    [[nodiscard]] int countIn(Scope scope) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    [[nodiscard]] bool accepts(int sourceRow, Scope scope) const;

    Scope m_scope = Scope::All;
    QString m_search;
    QStringList m_words;
};

} // namespace Fleetdeck
