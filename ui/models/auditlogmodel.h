#pragma once

#include "core/domain/auditentry.h"

#include <QAbstractTableModel>
#include <QList>

namespace Fleetdeck {

// The registry's audit log: who changed what, when. Newest first.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        WhenColumn,
        ActorColumn,
        ActionColumn,
        TargetColumn,
        DetailsColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEntries(const QList<AuditEntry>& entries);
    [[nodiscard]] const AuditEntry& entryAt(int row) const { return m_entries.at(row); }

    // "Suspended", "Added", ... for an action name like "tenant.suspend".
    static QString actionDisplayName(const QString& action);

private:
    QList<AuditEntry> m_entries;
};

} // namespace Fleetdeck
