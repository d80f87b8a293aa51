#pragma once

#include "core/domain/alert.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimer>

namespace Fleetdeck {

class AlertService;

// The alerts of AlertService, one row per alert id. Each pass is merged into the rows: rows of alerts that
// went away are removed, new ones appended, and only rows whose content changed get a dataChanged, so a view
// keeps its selection and scroll position while the engine runs. Row order is arrival order; the proxy sorts.
class AlertTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SeverityColumn,
        StateColumn,
        SubjectColumn,
        SummaryColumn,
        MoneyColumn,
        SinceColumn,
        ColumnCount
    };
    enum Role
    {
        AlertIdRole = Qt::UserRole + 1,
        SortRole, // raw values: severities as numbers, money as major units, times as seconds
        SeverityRole, // int(AlertSeverity)
        CategoryRole, // int(Category)
        TenantSlugRole, // the client's slug; empty for a platform component
        SearchTextRole, // lower-case text of everything a person may search for
    };
    // Which list an alert belongs to; every alert is in exactly one.
    enum class Category
    {
        NeedsAttention, // firing, and nobody has taken it or quietened it
        Pending,
        Acknowledged,
        Silenced, // silenced here or in Alertmanager, or suppressed because its server is down
        Resolved,
    };
    static constexpr int kCategoryCount = 5;

    explicit AlertTableModel(AlertService* service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Merges a new list of alerts into the rows (what a pass of the service does).
    void setAlerts(const QList<Alert>& alerts);
    [[nodiscard]] int rowOf(const QString& alertId) const { return m_rowOf.value(alertId, -1); }
    [[nodiscard]] const Alert& alertAt(int row) const { return m_rows.at(row); }
    [[nodiscard]] int categoryCount(Category category) const { return m_categoryCounts[static_cast<int>(category)]; }
    // The reference time for "12 min ago"; tests pin it.
    void setNow(const QDateTime& now) { m_now = now; }

    static Category category(const Alert& alert);
    // "firing", "acknowledged by ana", "silenced until 14:30", "suppressed by srv-2 down", "resolved".
    static QString stateText(const Alert& alert);
    static QColor stateColour(const Alert& alert);
    static QColor severityColour(AlertSeverity severity);
    // The client's name, or the component in words ("server srv-2", "data source stripe").
    static QString subjectText(const Alert& alert);
    // A readable time: "14:30" today, "Tue 14:30" this week, a short date and time otherwise.
    static QString shortTime(const QDateTime& at, const QDateTime& now);
    // The order of the service: what needs attention first, worst severity first, newest first.
    static bool defaultLess(const Alert& left, const Alert& right);

private:
    void updateCategoryCounts();
    QDateTime now() const;

    AlertService* m_service;
    QList<Alert> m_rows;
    QList<QString> m_searchText; // per row
    QHash<QString, int> m_rowOf;
    int m_categoryCounts[kCategoryCount] = {};
    QTimer m_ageing; // "12 min ago" moves with the clock
    QDateTime m_now;
};

} // namespace Fleetdeck
