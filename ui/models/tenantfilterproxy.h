#pragma once

#include <QAbstractProxyModel>
#include <QPointer>

#include <optional>
#include <string>
#include <vector>

namespace Fleetdeck {

class TenantTableModel;

// Search by any text (every word must appear), filter by status and health, sort by raw values (SortRole;
// ties by name), over a TenantTableModel. Built for 100,000 rows: it keeps every source row in the current
// sort order, so a filter change is one pass over that order and a narrower search (more letters) only
// looks at the rows shown. Filter and sort changes are layout changes: views keep their selection and
// current row through persistent indexes while those rows stay visible.
class TenantFilterProxy : public QAbstractProxyModel
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

    // Only a TenantTableModel is shown; any other model gives an empty list (and asserts in a debug build).
    void setSourceModel(QAbstractItemModel* sourceModel) override;

    void setSearchText(const QString& text);
    [[nodiscard]] QString searchText() const { return m_search; }
    void setStatusFilter(std::optional<int> status); // int(TenantStatus), nullopt = any
    void setHealthFilter(HealthFilter filter);
    [[nodiscard]] HealthFilter healthFilter() const { return m_health; }
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    // Column -1 shows the source order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Word
    {
        std::string text; // lower-case UTF-8, as TenantTableModel::searchTextAt()
        quint64 chars = 0; // TenantTableModel::searchCharBits(text)
        bool answeredByChars = false; // one character whose bit alone tells
    };

    void clearRows();
    void rebuild();
    [[nodiscard]] std::vector<int> sortedRows() const;
    void setOrder(std::vector<int> order);
    [[nodiscard]] bool sortsBefore(int left, int right) const;
    // `checked`: a word already known to be in the row's text.
    [[nodiscard]] bool accepts(int sourceRow, const QDateTime& now, const Word* checked = nullptr) const;
    [[nodiscard]] bool matchesSearch(int sourceRow, const Word* checked) const;
    // Applies the filters anew, as a layout change. `narrower`: they can only hide rows shown now.
    void refilter(bool narrower);
    // Shows `rows` (source rows, in order) instead of the current ones: one layout change that moves
    // persistent indexes along with their rows; nothing is emitted when nothing changes.
    void showRows(std::vector<int> rows, QAbstractItemModel::LayoutChangeHint hint);
    void onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void applyPendingRows();
    void emitDataChanged(std::vector<int> proxyRows, int firstColumn, int lastColumn);

    QPointer<TenantTableModel> m_model;
    QString m_search;
    std::vector<Word> m_words;
    std::optional<int> m_status;
    HealthFilter m_health = HealthFilter::Any;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_order; // every source row, in sort order
    std::vector<int> m_positionOf; // source row -> index in m_order
    std::vector<int> m_shown; // proxy row -> source row
    std::vector<int> m_proxyRowOf; // source row -> proxy row, -1 when filtered out
    enum PendingState : quint8
    {
        NotPending,
        Pending,
        PendingShown, // pending, and shown under the current filters
    };
    // Source rows with new health whose place and visibility are not checked yet (see applyPendingRows).
    std::vector<int> m_pending;
    std::vector<quint8> m_pendingState; // per source row
    int m_pendingFirstColumn = 0;
    int m_pendingLastColumn = 0;
};

} // namespace Fleetdeck
