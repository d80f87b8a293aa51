#pragma once

#include "core/domain/healthsample.h"
#include "core/fleet/fleetstate.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QDateTime>

#include <limits>
#include <string_view>
#include <vector>

namespace Fleetdeck {

// Every client with its health from FleetState: one row per tenant, updated with precise dataChanged
// ranges when a refresh brings news (a reload of the client list resets the model). What sorting and
// filtering read (RowKeys, the search text) is kept per row and changes only together with the signal
// for that row, so a sorting proxy never sees a value change it was not told about. Texts are read from
// FleetState when asked: the model holds no copy of the clients or their health.
class TenantTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        PlanColumn,
        HealthColumn,
        LatencyColumn,
        TlsExpiryColumn,
        CheckedColumn,
        ColumnCount
    };
    enum Role
    {
        SlugRole = Qt::UserRole + 1,
        SortRole, // raw values: numbers sort as numbers, dates as dates
        HealthStateRole, // int(HealthState); -1 for a client that is not monitored
        StaleRole, // bool
        TenantStatusRole, // int(TenantStatus)
        SearchTextRole, // lower-case text of every field a person may search for
    };

    // One row's values for sorting and filtering, without QVariant. For TenantFilterProxy's loops.
    struct RowKeys
    {
        static constexpr qint64 kNoCertificate = std::numeric_limits<qint64>::max();
        qint64 tlsExpirySecs = kNoCertificate; // soonest expiry; none sorts last either way round
        qint64 checkedSecs = 0; // oldest check; 0 when never checked
        int nameRank = 0; // place of the lower-case name among all names; equal names share it
        int planRank = 0; // place of the plan code among all plan codes
        int latencyMs = -1;
        qint8 healthRank = -1; // severityRank(state); -1 for a client that is not monitored
        qint8 healthState = -1; // int(HealthState); -1 for a client that is not monitored
        quint8 status = 0; // int(TenantStatus)
    };

    explicit TenantTableModel(FleetState* fleet, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] int rowOf(const QString& slug) const;
    [[nodiscard]] QString slugAt(int row) const;
    // The reference time for "N s ago" texts and staleness by age; tests pin it.
    void setNow(const QDateTime& now) { m_now = now; }
    [[nodiscard]] QDateTime now() const;

    // Unchecked fast accessors for a proxy that already knows `row` is valid.
    [[nodiscard]] const RowKeys& keysAt(int row) const { return m_keys[std::size_t(row)]; }
    // What SortRole holds for `column`, as one integer that orders the same way.
    [[nodiscard]] qint64 sortKeyAt(int row, int column) const { return sortKey(keysAt(row), column); }
    [[nodiscard]] static qint64 sortKey(const RowKeys& keys, int column)
    {
        switch (column) {
        case NameColumn:
            return keys.nameRank;
        case StatusColumn:
            return keys.status;
        case PlanColumn:
            return keys.planRank;
        case HealthColumn:
            return keys.healthRank;
        case LatencyColumn:
            return keys.latencyMs;
        case TlsExpiryColumn:
            return keys.tlsExpirySecs;
        case CheckedColumn:
            return keys.checkedSecs;
        default:
            return 0;
        }
    }
    // Whether `column`'s sort key changes with health updates (dataChanged), not only on a reset.
    [[nodiscard]] static bool sortsByHealth(int column);
    // Lower-case (QString::toLower) UTF-8 text of every searchable field; a word found in it is found in
    // the fields. Fields that another field already contains (the slug inside a URL) are left out.
    [[nodiscard]] std::string_view searchTextAt(int row) const;
    // A bit per character class present in searchTextAt(row): see searchCharBits().
    [[nodiscard]] quint64 searchCharsAt(int row) const { return m_searchChars[std::size_t(row)]; }
    // Whether row's search text contains `word` (lower-case UTF-8).
    [[nodiscard]] bool searchTextContains(int row, std::string_view word) const;
    // Clears rows[r] for every row whose search text lacks `word`: one pass over all rows' text, for when
    // most rows are asked. `rows` has rowCount() entries.
    void keepRowsContaining(std::string_view word, std::vector<quint8>& rows) const;
    // Bits of the characters in `text`. A text containing `needle` has all of needle's bits; for a
    // one-character needle in searchCharBitIsExact() the bit alone answers.
    [[nodiscard]] static quint64 searchCharBits(std::string_view text);
    [[nodiscard]] static bool searchCharBitIsExact(char c);
    // Every row by lower-case name (as SortRole), equal names by row: where a sort by another column starts.
    [[nodiscard]] const std::vector<int>& rowsByName() const { return m_byName; }
    // StaleRole without QVariant; `now` as from now(), read once per pass.
    [[nodiscard]] bool isStaleAt(int row, const QDateTime& now) const;
    // True while the dataChanged signals of one health update are emitted; healthApplied() follows them.
    [[nodiscard]] bool isApplyingHealth() const { return m_applyingHealth; }

signals:
    // The last dataChanged of one FleetState::healthChanged was emitted: a proxy can re-sort once.
    void healthApplied();

private:
    void rebuildRows();
    void updateHealthKeys(int row);
    void onHealthChanged(const QStringList& slugs);

    FleetState* m_fleet;
    std::vector<RowKeys> m_keys; // per row; its size is the row count as last announced
    QByteArray m_searchText; // every row's search text, one after the other, each followed by a space
    std::vector<quint32> m_searchEnd; // per row: end of its text in m_searchText (where its space is)
    std::vector<quint64> m_searchChars; // per row: searchCharBits() of its text
    std::vector<int> m_byName;
    QDateTime m_now;
    bool m_applyingHealth = false;
};

} // namespace Fleetdeck
