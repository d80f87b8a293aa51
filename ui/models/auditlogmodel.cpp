#include "ui/models/auditlogmodel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Fleetdeck {

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void AuditLogModel::setEntries(const QList<AuditEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

QString AuditLogModel::actionDisplayName(const QString& action)
{
    if (action == QLatin1String("tenant.add"))
        return tr("Client added");
    if (action == QLatin1String("tenant.update"))
        return tr("Client edited");
    if (action == QLatin1String("tenant.suspend"))
        return tr("Client suspended");
    if (action == QLatin1String("tenant.reactivate"))
        return tr("Client reactivated");
    if (action == QLatin1String("tenant.churn"))
        return tr("Client marked churned");
    if (action == QLatin1String("tenant.remove"))
        return tr("Client removed");
    if (action == QLatin1String("tenant.import"))
        return tr("Client imported");
    if (action == QLatin1String("plan.upsert"))
        return tr("Plan saved");
    return action;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case WhenColumn:
            return role == Qt::ToolTipRole ? QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat)
                                           : QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case ActorColumn:
            return e.actor;
        case ActionColumn:
            return actionDisplayName(e.action);
        case TargetColumn:
            return e.target;
        case DetailsColumn: {
            // Details are compact JSON; show them as "key: value" pairs.
            const QJsonObject object = QJsonDocument::fromJson(e.details.toUtf8()).object();
            if (object.isEmpty())
                return e.details;
            QStringList parts;
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QString value = it.value().isString()
                    ? it.value().toString()
                    : QString::fromUtf8(
                        QJsonDocument::fromVariant(it.value().toVariant()).toJson(QJsonDocument::Compact));
                parts << QStringLiteral("%1: %2").arg(
                    it.key(), value.isEmpty() ? it.value().toVariant().toString() : value);
            }
            return parts.join(QStringLiteral("; "));
        }
        default:
            return {};
        }
    }
    if (role == SortRole)
        return index.column() == WhenColumn ? QVariant(e.at) : data(index, Qt::DisplayRole);
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("What");
    case TargetColumn:
        return tr("Client");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace Fleetdeck
