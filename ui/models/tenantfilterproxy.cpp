#include "ui/models/tenantfilterproxy.h"

#include "core/domain/healthsample.h"
#include "ui/models/tenanttablemodel.h"

#include <algorithm>
#include <array>
#include <limits>

namespace Fleetdeck {

namespace {

// A health update moving more rows than this share of the list re-sorts everything instead of merging.
constexpr std::size_t kMergeLimitDivisor = 8;
// More runs of changed rows than this become one dataChanged over all of them.
constexpr std::size_t kMaxDataChangedRuns = 16;

bool dependsOnTime(TenantFilterProxy::HealthFilter filter)
{
    return filter == TenantFilterProxy::HealthFilter::Problems || filter == TenantFilterProxy::HealthFilter::Stale;
}

} // namespace

TenantFilterProxy::TenantFilterProxy(QObject* parent)
    : QAbstractProxyModel(parent)
{
}

void TenantFilterProxy::setSourceModel(QAbstractItemModel* sourceModel)
{
    QAbstractItemModel* old = this->sourceModel();
    if (sourceModel == old)
        return;
    beginResetModel();
    QAbstractProxyModel::setSourceModel(sourceModel);
    if (old)
        disconnect(old, nullptr, this, nullptr);
    m_model = qobject_cast<TenantTableModel*>(sourceModel);
    Q_ASSERT_X(!sourceModel || m_model, "TenantFilterProxy", "the source must be a TenantTableModel");
    if (m_model) {
        connect(m_model, &QAbstractItemModel::dataChanged, this, &TenantFilterProxy::onSourceDataChanged);
        connect(m_model, &TenantTableModel::healthApplied, this, &TenantFilterProxy::applyPendingRows);
        connect(m_model, &QAbstractItemModel::headerDataChanged, this,
            [this](Qt::Orientation orientation, int first, int last) {
                if (orientation == Qt::Horizontal)
                    emit headerDataChanged(orientation, first, last);
            });
        // The model resets for a new client list; anything else structural is rare: start over as well.
        const auto aboutToChange = [this] {
            beginResetModel();
            clearRows();
        };
        const auto changed = [this] {
            rebuild();
            endResetModel();
        };
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, aboutToChange);
        connect(m_model, &QAbstractItemModel::modelReset, this, changed);
        connect(m_model, &QAbstractItemModel::layoutAboutToBeChanged, this, aboutToChange);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, changed);
        connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, aboutToChange);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, changed);
        connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, aboutToChange);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, changed);
        connect(m_model, &QAbstractItemModel::rowsAboutToBeMoved, this, aboutToChange);
        connect(m_model, &QAbstractItemModel::rowsMoved, this, changed);
        connect(m_model, &QAbstractItemModel::columnsAboutToBeInserted, this, aboutToChange);
        connect(m_model, &QAbstractItemModel::columnsInserted, this, changed);
        connect(m_model, &QAbstractItemModel::columnsAboutToBeRemoved, this, aboutToChange);
        connect(m_model, &QAbstractItemModel::columnsRemoved, this, changed);
        connect(m_model, &QAbstractItemModel::columnsAboutToBeMoved, this, aboutToChange);
        connect(m_model, &QAbstractItemModel::columnsMoved, this, changed);
        connect(m_model, &QObject::destroyed, this, [this] {
            beginResetModel();
            clearRows();
            endResetModel();
        });
    }
    rebuild();
    endResetModel();
}

void TenantFilterProxy::setSearchText(const QString& text)
{
    if (text == m_search)
        return;
    const std::vector<Word> previous = std::exchange(m_words, {});
    m_search = text;
    for (const QString& word : text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        Word w;
        const QByteArray utf8 = word.toUtf8();
        w.text.assign(utf8.constData(), std::size_t(utf8.size()));
        w.chars = TenantTableModel::searchCharBits(w.text);
        w.answeredByChars = w.text.size() == 1 && TenantTableModel::searchCharBitIsExact(w.text.front());
        m_words.push_back(std::move(w));
    }
    // More letters (or more words) can only hide rows: when every previous word is inside one of the new
    // ones, only the rows shown now need a look. Staleness grows with time, so time-based filters look again.
    const bool narrower =
        !dependsOnTime(m_health) && std::all_of(previous.begin(), previous.end(), [&](const Word& old) {
            return std::any_of(m_words.begin(), m_words.end(),
                [&](const Word& now) { return now.text.find(old.text) != std::string::npos; });
        });
    refilter(narrower);
}

void TenantFilterProxy::setStatusFilter(std::optional<int> status)
{
    if (status == m_status)
        return;
    m_status = status;
    refilter(false);
}

void TenantFilterProxy::setHealthFilter(HealthFilter filter)
{
    if (filter == m_health && !dependsOnTime(filter))
        return;
    m_health = filter;
    refilter(false);
}

QModelIndex TenantFilterProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TenantFilterProxy::parent(const QModelIndex& /*child*/) const
{
    return {};
}

int TenantFilterProxy::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int TenantFilterProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool TenantFilterProxy::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QVariant TenantFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_model)
        return {};
    // The base class maps through row 0, which does not exist when nothing matches.
    if (orientation == Qt::Horizontal)
        return m_model->headerData(section, orientation, role);
    if (section < 0 || std::size_t(section) >= m_shown.size())
        return {};
    return m_model->headerData(m_shown[std::size_t(section)], orientation, role);
}

QModelIndex TenantFilterProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.model() != this
        || std::size_t(proxyIndex.row()) >= m_shown.size())
        return {};
    return m_model->index(m_shown[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex TenantFilterProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid() || sourceIndex.model() != m_model
        || std::size_t(sourceIndex.row()) >= m_proxyRowOf.size())
        return {};
    const int row = m_proxyRowOf[std::size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

void TenantFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= TenantTableModel::ColumnCount)
        column = -1;
    // Rows waiting for their health to be placed are placed by the new order itself.
    applyPendingRows();
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_model)
        return;
    setOrder(sortedRows());
    std::vector<int> rows;
    rows.reserve(m_shown.size());
    for (const int row : m_order) {
        if (m_proxyRowOf[std::size_t(row)] >= 0)
            rows.push_back(row);
    }
    showRows(std::move(rows), QAbstractItemModel::VerticalSortHint);
}

void TenantFilterProxy::clearRows()
{
    m_order = {};
    m_positionOf = {};
    m_shown = {};
    m_proxyRowOf = {};
    m_pending = {};
    m_pendingState = {};
}

void TenantFilterProxy::rebuild()
{
    clearRows();
    if (!m_model)
        return;
    const std::size_t count = std::size_t(m_model->rowCount());
    m_proxyRowOf.assign(count, -1);
    m_pendingState.assign(count, NotPending);
    setOrder(sortedRows());
    const QDateTime now = m_model->now();
    for (const int row : m_order) {
        if (accepts(row, now)) {
            m_proxyRowOf[std::size_t(row)] = static_cast<int>(m_shown.size());
            m_shown.push_back(row);
        }
    }
}

void TenantFilterProxy::setOrder(std::vector<int> order)
{
    m_order = std::move(order);
    m_positionOf.resize(m_order.size());
    for (std::size_t i = 0; i < m_order.size(); ++i)
        m_positionOf[std::size_t(m_order[i])] = static_cast<int>(i);
}

std::vector<int> TenantFilterProxy::sortedRows() const
{
    const std::size_t count = m_model ? std::size_t(m_model->rowCount()) : 0;
    if (m_sortColumn < 0 || count == 0) {
        std::vector<int> rows(count, 0);
        for (std::size_t row = 0; row < count; ++row)
            rows[row] = int(row);
        return rows;
    }
    // Ties go by name A→Z either way round, then by source row: start from the rows in that order and sort
    // them stably by the column's key. Keys become unsigned in the wanted order (sign bit flipped, and every
    // bit for a descending sort), then a radix sort takes a byte at a time, skipping bytes all keys share.
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::vector<int> rows = m_model->rowsByName();
    if (m_sortColumn == TenantTableModel::NameColumn) {
        if (descending) {
            // Z→A, equal names still by source row.
            std::reverse(rows.begin(), rows.end());
            for (auto group = rows.begin(); group != rows.end();) {
                const int rank = m_model->keysAt(*group).nameRank;
                const auto end = std::find_if(
                    group, rows.end(), [this, rank](int row) { return m_model->keysAt(row).nameRank != rank; });
                std::reverse(group, end);
                group = end;
            }
        }
        return rows;
    }
    std::vector<quint64> bySource(count, 0);
    for (std::size_t row = 0; row < count; ++row) {
        const quint64 key =
            quint64(TenantTableModel::sortKey(m_model->keysAt(int(row)), m_sortColumn)) ^ (quint64(1) << 63);
        bySource[row] = descending ? ~key : key;
    }
    std::vector<quint64> keys(count, 0);
    quint64 lowest = std::numeric_limits<quint64>::max();
    quint64 highest = 0;
    for (std::size_t i = 0; i < count; ++i) {
        keys[i] = bySource[std::size_t(rows[i])];
        lowest = std::min(lowest, keys[i]);
        highest = std::max(highest, keys[i]);
    }
    bySource = {};
    if (std::is_sorted(keys.begin(), keys.end()))
        return rows; // by name, or by a key that follows the names
    // A far-off highest or lowest key (no certificate, never checked) would make every byte differ: move it
    // next to its neighbour, which keeps the order.
    quint64 belowHighest = lowest;
    quint64 aboveLowest = highest;
    for (const quint64 key : keys) {
        if (key != highest)
            belowHighest = std::max(belowHighest, key);
        if (key != lowest)
            aboveLowest = std::min(aboveLowest, key);
    }
    const quint64 newHighest = belowHighest + 1; // not above `highest`: belowHighest < highest
    const quint64 newLowest = (aboveLowest == highest ? newHighest : aboveLowest) - 1;
    for (quint64& key : keys) {
        if (key == highest)
            key = newHighest;
        else if (key == lowest)
            key = newLowest;
    }
    lowest = newLowest;
    highest = newHighest;
    const quint64 range = highest - lowest;
    std::vector<quint64> keysOut(count, 0);
    std::vector<int> rowsOut(count, 0);
    for (int shift = 0; shift < 64 && (range >> shift) != 0; shift += 8) {
        std::array<std::size_t, 256> next{};
        for (const quint64 key : keys)
            ++next[((key - lowest) >> shift) & 0xff];
        if (next[((keys.front() - lowest) >> shift) & 0xff] == count)
            continue;
        std::size_t position = 0;
        for (std::size_t& slot : next)
            position += std::exchange(slot, position);
        for (std::size_t i = 0; i < count; ++i) {
            const std::size_t at = next[((keys[i] - lowest) >> shift) & 0xff]++;
            keysOut[at] = keys[i];
            rowsOut[at] = rows[i];
        }
        keys.swap(keysOut);
        rows.swap(rowsOut);
    }
    return rows;
}

bool TenantFilterProxy::sortsBefore(int left, int right) const
{
    const qint64 l = m_model->sortKeyAt(left, m_sortColumn);
    const qint64 r = m_model->sortKeyAt(right, m_sortColumn);
    if (l != r)
        return m_sortOrder == Qt::DescendingOrder ? l > r : l < r;
    const int leftName = m_model->keysAt(left).nameRank;
    const int rightName = m_model->keysAt(right).nameRank;
    if (leftName != rightName)
        return leftName < rightName;
    return left < right;
}

bool TenantFilterProxy::accepts(int sourceRow, const QDateTime& now, const Word* checked) const
{
    const TenantTableModel::RowKeys& keys = m_model->keysAt(sourceRow);
    if (m_status && keys.status != *m_status)
        return false;
    const int state = keys.healthState;
    switch (m_health) {
    case HealthFilter::Any:
        break;
    case HealthFilter::Up:
        if (state != static_cast<int>(HealthState::Up))
            return false;
        break;
    case HealthFilter::Degraded:
        if (state != static_cast<int>(HealthState::Degraded))
            return false;
        break;
    case HealthFilter::Down:
        if (state != static_cast<int>(HealthState::Down))
            return false;
        break;
    case HealthFilter::Unknown:
        if (state != static_cast<int>(HealthState::Unknown))
            return false;
        break;
    case HealthFilter::Problems:
        if (state != static_cast<int>(HealthState::Degraded) && state != static_cast<int>(HealthState::Down)
            && !m_model->isStaleAt(sourceRow, now))
            return false;
        break;
    case HealthFilter::Stale:
        if (!m_model->isStaleAt(sourceRow, now))
            return false;
        break;
    }
    return matchesSearch(sourceRow, checked);
}

bool TenantFilterProxy::matchesSearch(int sourceRow, const Word* checked) const
{
    if (m_words.empty())
        return true;
    // Most rows lack one of the characters: rejected without reading their text.
    const quint64 chars = m_model->searchCharsAt(sourceRow);
    for (const Word& word : m_words) {
        if ((word.chars & ~chars) != 0)
            return false;
    }
    for (const Word& word : m_words) {
        if (!word.answeredByChars && &word != checked && !m_model->searchTextContains(sourceRow, word.text))
            return false;
    }
    return true;
}

void TenantFilterProxy::refilter(bool narrower)
{
    if (!m_model)
        return;
    applyPendingRows();
    const QDateTime now = m_model->now();
    std::vector<int> rows;
    if (narrower && m_shown.size() * 4 < m_proxyRowOf.size()) {
        // A few rows shown: each looks at its own text.
        rows.reserve(m_shown.size());
        for (const int row : m_shown) {
            if (accepts(row, now))
                rows.push_back(row);
        }
    } else {
        // Most rows in question: one scan over all text for the longest word the character bits do not
        // answer, then the rest row by row in memory order, then the result in sort order.
        const Word* scanned = nullptr;
        for (const Word& word : m_words) {
            if (!word.answeredByChars && (!scanned || word.text.size() > scanned->text.size()))
                scanned = &word;
        }
        std::vector<quint8> keep(m_proxyRowOf.size(), 1);
        if (scanned)
            m_model->keepRowsContaining(scanned->text, keep);
        for (std::size_t row = 0; row < keep.size(); ++row) {
            if (keep[row])
                keep[row] = (!narrower || m_proxyRowOf[row] >= 0) && accepts(int(row), now, scanned);
        }
        const std::vector<int>& candidates = narrower ? m_shown : m_order;
        rows.reserve(candidates.size());
        for (const int row : candidates) {
            if (keep[std::size_t(row)])
                rows.push_back(row);
        }
    }
    showRows(std::move(rows), QAbstractItemModel::NoLayoutChangeHint);
}

void TenantFilterProxy::showRows(std::vector<int> rows, QAbstractItemModel::LayoutChangeHint hint)
{
    if (rows == m_shown)
        return;
    emit layoutAboutToBeChanged({}, hint);
    // Asked after the signal: views and selection models make their persistent indexes in its handlers.
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(std::size_t(from.size()));
    for (const QModelIndex& index : from)
        sourceRows.push_back(
            index.isValid() && std::size_t(index.row()) < m_shown.size() ? m_shown[std::size_t(index.row())] : -1);

    // Reset only the entries in use when few are: typing narrows to a few rows out of many.
    if ((m_shown.size() + rows.size()) * 4 < m_proxyRowOf.size()) {
        for (const int row : m_shown)
            m_proxyRowOf[std::size_t(row)] = -1;
    } else {
        std::fill(m_proxyRowOf.begin(), m_proxyRowOf.end(), -1);
    }
    m_shown = std::move(rows);
    for (std::size_t i = 0; i < m_shown.size(); ++i)
        m_proxyRowOf[std::size_t(m_shown[i])] = static_cast<int>(i);

    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int sourceRow = sourceRows[std::size_t(i)];
        const int row = sourceRow < 0 ? -1 : m_proxyRowOf[std::size_t(sourceRow)];
        to.append(row < 0 ? QModelIndex() : createIndex(row, from.at(i).column()));
    }
    changePersistentIndexList(from, to);
    emit layoutChanged({}, hint);
}

void TenantFilterProxy::onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    if (!m_model || !topLeft.isValid() || !bottomRight.isValid())
        return;
    const int last = std::min(bottomRight.row(), static_cast<int>(m_pendingState.size()) - 1);
    if (m_pending.empty()) {
        m_pendingFirstColumn = topLeft.column();
        m_pendingLastColumn = bottomRight.column();
    } else {
        m_pendingFirstColumn = std::min(m_pendingFirstColumn, topLeft.column());
        m_pendingLastColumn = std::max(m_pendingLastColumn, bottomRight.column());
    }
    for (int row = topLeft.row(); row <= last; ++row) {
        if (m_pendingState[std::size_t(row)] == NotPending) {
            m_pendingState[std::size_t(row)] = Pending;
            m_pending.push_back(row);
        }
    }
    // A health update announces its rows in runs; they are placed once, when healthApplied() says it is done.
    if (!m_model->isApplyingHealth())
        applyPendingRows();
}

void TenantFilterProxy::applyPendingRows()
{
    if (m_pending.empty() || !m_model)
        return;
    const std::vector<int> pending = std::exchange(m_pending, {});
    const int firstColumn = m_pendingFirstColumn;
    const int lastColumn = m_pendingLastColumn;
    const QDateTime now = m_model->now();

    // Which changed rows appear or disappear under the current filters.
    std::vector<int> appearing;
    bool visibilityChanged = false;
    for (const int row : pending) {
        const bool shown = accepts(row, now);
        if (shown != (m_proxyRowOf[std::size_t(row)] >= 0))
            visibilityChanged = true;
        if (shown) {
            appearing.push_back(row);
            m_pendingState[std::size_t(row)] = PendingShown;
        }
    }

    // Still in order when each changed row is in order with its neighbours: the usual case, as a refresh
    // mostly confirms what was known. Otherwise the other rows keep their order: the changed ones are
    // sorted and merged in, or, when they are many, everything is sorted again.
    bool moved = false;
    if (m_sortColumn >= 0 && TenantTableModel::sortsByHealth(m_sortColumn)) {
        const std::size_t count = m_order.size();
        moved = std::any_of(pending.begin(), pending.end(), [&](int row) {
            const std::size_t at = std::size_t(m_positionOf[std::size_t(row)]);
            return (at > 0 && sortsBefore(row, m_order[at - 1]))
                || (at + 1 < count && sortsBefore(m_order[at + 1], row));
        });
    }
    if (moved) {
        std::vector<int> order;
        if (pending.size() * kMergeLimitDivisor > m_order.size()) {
            order = sortedRows();
        } else {
            std::vector<int> changed = pending;
            std::sort(changed.begin(), changed.end(), [this](int l, int r) { return sortsBefore(l, r); });
            std::vector<int> rest;
            rest.reserve(m_order.size() - changed.size());
            for (const int row : m_order) {
                if (m_pendingState[std::size_t(row)] == NotPending)
                    rest.push_back(row);
            }
            order.resize(m_order.size());
            std::merge(rest.begin(), rest.end(), changed.begin(), changed.end(), order.begin(),
                [this](int l, int r) { return sortsBefore(l, r); });
        }
        setOrder(std::move(order));
    }

    std::vector<int> rows;
    if (moved || visibilityChanged) {
        rows.reserve(m_shown.size() + appearing.size());
        for (const int row : m_order) {
            const quint8 state = m_pendingState[std::size_t(row)];
            if (state == NotPending ? m_proxyRowOf[std::size_t(row)] >= 0 : state == PendingShown)
                rows.push_back(row);
        }
    }
    // Done with them before any signal: a slot may change the model again.
    for (const int row : pending)
        m_pendingState[std::size_t(row)] = NotPending;
    if (moved || visibilityChanged) {
        showRows(std::move(rows),
            visibilityChanged ? QAbstractItemModel::NoLayoutChangeHint : QAbstractItemModel::VerticalSortHint);
    }

    // The values changed too, wherever the rows are now.
    std::vector<int> proxyRows;
    proxyRows.reserve(appearing.size());
    for (const int row : appearing) {
        // A slot of the layout change may have changed the list again (even reset it).
        if (std::size_t(row) < m_proxyRowOf.size() && m_proxyRowOf[std::size_t(row)] >= 0)
            proxyRows.push_back(m_proxyRowOf[std::size_t(row)]);
    }
    emitDataChanged(std::move(proxyRows), firstColumn, lastColumn);
}

void TenantFilterProxy::emitDataChanged(std::vector<int> proxyRows, int firstColumn, int lastColumn)
{
    if (proxyRows.empty())
        return;
    std::sort(proxyRows.begin(), proxyRows.end());
    std::vector<std::pair<int, int>> runs;
    for (const int row : proxyRows) {
        if (!runs.empty() && row <= runs.back().second + 1)
            runs.back().second = row;
        else
            runs.emplace_back(row, row);
    }
    if (runs.size() > kMaxDataChangedRuns)
        runs = {{runs.front().first, runs.back().second}};
    for (const auto& [first, last] : runs)
        emit dataChanged(index(first, firstColumn), index(last, lastColumn));
}

} // namespace Fleetdeck
