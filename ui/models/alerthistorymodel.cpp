#include "ui/models/alerthistorymodel.h"

#include "core/engine/alertnames.h"
#include "ui/models/alerttablemodel.h"
#include "ui/theme.h"

#include <QLocale>
#include <QSet>

namespace Fleetdeck {

AlertHistoryModel::AlertHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int AlertHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AlertHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

AlertHistoryModel::Row AlertHistoryModel::makeRow(const AlertHistoryEntry& entry) const
{
    Row row;
    row.entry = entry;
    row.label = m_labeler ? m_labeler(entry.alertId) : QString();
    if (row.label.isEmpty())
        row.label = labelFromId(entry.alertId);
    row.searchText = QStringList{row.label, entry.alertId, entry.event, eventDisplayName(entry.event), entry.summary,
        alertSeverityName(entry.severity), alertSeverityDisplayName(entry.severity)}
                         .join(QLatin1Char(' '))
                         .toLower();
    return row;
}

void AlertHistoryModel::setEntries(const QList<AlertHistoryEntry>& entries)
{
    QSet<qint64> incoming;
    bool keyed = true;
    for (const AlertHistoryEntry& e : entries) {
        if (e.id == 0 || incoming.contains(e.id))
            keyed = false;
        incoming.insert(e.id);
    }
    const auto reset = [&] {
        beginResetModel();
        m_rows.clear();
        for (const AlertHistoryEntry& e : entries)
            m_rows << makeRow(e);
        endResetModel();
    };
    if (!keyed) {
        reset();
        return;
    }

    // Both lists are newest first: drop what the cache no longer has, then insert what is new where it belongs.
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0;) {
        if (incoming.contains(m_rows.at(row).entry.id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_rows.at(first - 1).entry.id))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    QSet<qint64> existing;
    for (const Row& r : std::as_const(m_rows))
        existing.insert(r.entry.id);
    int i = 0;
    while (i < entries.size()) {
        if (i < m_rows.size() && m_rows.at(i).entry.id == entries.at(i).id) {
            ++i;
            continue;
        }
        int end = i;
        while (end < entries.size() && !existing.contains(entries.at(end).id))
            ++end;
        if (end == i) {
            reset(); // the order changed: not a list this merge understands
            return;
        }
        beginInsertRows({}, i, end - 1);
        for (int k = i; k < end; ++k)
            m_rows.insert(k, makeRow(entries.at(k)));
        endInsertRows();
        i = end;
    }
    if (m_rows.size() != entries.size())
        reset();
}

QString AlertHistoryModel::eventDisplayName(const QString& event)
{
    if (event == QLatin1String("pending"))
        return tr("pending");
    if (event == QLatin1String("cleared"))
        return tr("cleared before firing");
    if (event == QLatin1String("fired"))
        return tr("fired");
    if (event == QLatin1String("escalated"))
        return tr("escalated");
    if (event == QLatin1String("de_escalated"))
        return tr("de-escalated");
    if (event == QLatin1String("reminder"))
        return tr("reminder");
    if (event == QLatin1String("resolved"))
        return tr("resolved");
    if (event == QLatin1String("closed"))
        return tr("closed");
    if (event == QLatin1String("suppressed"))
        return tr("suppressed");
    if (event == QLatin1String("unsuppressed"))
        return tr("no longer suppressed");
    if (event == QLatin1String("acknowledged"))
        return tr("acknowledged");
    if (event == QLatin1String("unacknowledged"))
        return tr("un-acknowledged");
    if (event == QLatin1String("silenced"))
        return tr("silenced");
    if (event == QLatin1String("unsilenced"))
        return tr("silence ended");
    return event;
}

QString AlertHistoryModel::labelFromId(const QString& alertId)
{
    const qsizetype colon = alertId.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return alertId;
    const QString rule = alertId.left(colon);
    const QString subject = alertId.mid(colon + 1);
    if (rule == RuleId::kAlertmanager)
        return tr("Alertmanager alert");
    if (subject.startsWith(Subject::kHostPrefix))
        return tr("server %1").arg(subject.mid(Subject::kHostPrefix.size()));
    if (subject.startsWith(Subject::kSourcePrefix))
        return tr("data source %1").arg(subject.mid(Subject::kSourcePrefix.size()));
    return subject;
}

QVariant AlertHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const AlertHistoryEntry& e = row.entry;
    switch (role) {
    case AlertTableModel::AlertIdRole:
        return e.alertId;
    case AlertTableModel::SeverityRole:
        return static_cast<int>(e.severity);
    case AlertTableModel::CategoryRole:
        return -1; // an event, in no list
    case AlertTableModel::SearchTextRole:
        return row.searchText;
    default:
        break;
    }
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case TimeColumn:
            return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case AlertColumn:
            return row.label;
        case EventColumn:
            return eventDisplayName(e.event);
        case SeverityColumn:
            return alertSeverityDisplayName(e.severity);
        case SummaryColumn:
            return e.summary;
        default:
            return {};
        }
    }
    if (role == AlertTableModel::SortRole) {
        switch (column) {
        case TimeColumn:
            return e.at.toMSecsSinceEpoch();
        case AlertColumn:
            return row.label.toLower();
        case EventColumn:
            return eventDisplayName(e.event);
        case SeverityColumn:
            return static_cast<int>(e.severity);
        case SummaryColumn:
            return e.summary.toLower();
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if (column == SeverityColumn)
            return AlertTableModel::severityColour(e.severity);
        if (column == EventColumn) {
            if (e.event == QLatin1String("fired") || e.event == QLatin1String("escalated")
                || e.event == QLatin1String("reminder"))
                return AlertTableModel::severityColour(e.severity);
            if (e.event == QLatin1String("resolved") || e.event == QLatin1String("cleared"))
                return Theme::stateColor(HealthState::Up);
            if (e.event == QLatin1String("acknowledged"))
                return Theme::accent();
            return Theme::mutedText();
        }
        if (column == TimeColumn)
            return Theme::mutedText();
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == TimeColumn)
            return QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat);
        if (column == SummaryColumn || column == AlertColumn)
            return column == SummaryColumn ? e.summary : e.alertId;
        return {};
    }
    return {};
}

QVariant AlertHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AlertColumn:
        return tr("Alert");
    case EventColumn:
        return tr("Event");
    case SeverityColumn:
        return tr("Severity");
    case SummaryColumn:
        return tr("What happened");
    default:
        return {};
    }
}

} // namespace Fleetdeck
