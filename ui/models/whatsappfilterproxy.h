#pragma once

#include "ui/models/whatsapptablemodel.h"

#include <QSortFilterProxyModel>

namespace Fleetdeck {

// The WhatsApp panel's filters: a state group (or instances no client names) and free text; sorts on SortRole.
class WhatsAppFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Scope
    {
        All,
        Connected,
        Waiting,
        Disconnected,
        Unassigned,
    };

    explicit WhatsAppFilterProxy(QObject* parent = nullptr);

    void setScope(Scope scope);
    [[nodiscard]] Scope scope() const { return m_scope; }
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Scope m_scope = Scope::All;
    QString m_search;
};

} // namespace Fleetdeck
