#pragma once

#include "core/domain/alerthistoryentry.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace Fleetdeck {

// The history of alerts from the local cache, newest first: when each one fired, escalated, was acknowledged,
// resolved. A reload merges: entries that are new are inserted, entries pruned from the cache removed, so a
// view keeps its scroll position. Roles are AlertTableModel's, so AlertFilterProxy filters both.
class AlertHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        AlertColumn,
        EventColumn,
        SeverityColumn,
        SummaryColumn,
        ColumnCount
    };
    // Names an alert id for the Alert column ("Pizza Co", "server srv-2").
    using AlertLabeler = std::function<QString(const QString& alertId)>;

    explicit AlertHistoryModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLabeler(AlertLabeler labeler) { m_labeler = std::move(labeler); }
    void setEntries(const QList<AlertHistoryEntry>& entries);
    [[nodiscard]] const AlertHistoryEntry& entryAt(int row) const { return m_rows.at(row).entry; }

    // "fired", "acknowledged", "silence ended", ... for an event name of the history.
    static QString eventDisplayName(const QString& event);
    // A readable name from an alert id alone ("endpoint_down:pizza-co" -> "pizza-co").
    static QString labelFromId(const QString& alertId);

private:
    struct Row
    {
        AlertHistoryEntry entry;
        QString label;
        QString searchText;
    };
    Row makeRow(const AlertHistoryEntry& entry) const;

    QList<Row> m_rows;
    AlertLabeler m_labeler;
};

} // namespace Fleetdeck
