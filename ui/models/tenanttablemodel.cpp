#include "ui/models/tenanttablemodel.h"

#include "core/fleet/fleetstate.h"
#include "core/fleet/statusreport.h"
#include "ui/theme.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Fleetdeck {

namespace {

constexpr int kNonAsciiBit = 63;

// Which bit of a row's character set stands for byte `c`: one each for letters, digits and the
// punctuation of slugs, hosts, URLs and addresses; the rest of ASCII shares 21 bits, and every byte of a
// non-ASCII character the last one.
constexpr std::array<quint8, 256> makeCharBitTable()
{
    std::array<quint8, 256> table{};
    constexpr std::string_view exact = "-.@_/:";
    for (int c = 0; c < 256; ++c) {
        int bit = 42 + c % 21;
        if (c >= 'a' && c <= 'z')
            bit = c - 'a';
        else if (c >= '0' && c <= '9')
            bit = 26 + (c - '0');
        else if (exact.find(char(c)) != std::string_view::npos)
            bit = 36 + int(exact.find(char(c)));
        else if (c >= 0x80)
            bit = kNonAsciiBit;
        table[std::size_t(c)] = quint8(bit);
    }
    return table;
}
constexpr std::array<quint8, 256> kCharBit = makeCharBitTable();

// Appends QString::toLower() of `s` as UTF-8. ASCII, nearly every character of a client list, is done here;
// from the first other character on, Qt does it (case mapping is per character, so the split is exact).
void appendFolded(std::string& out, const QString& s)
{
    const QChar* chars = s.constData();
    const qsizetype size = s.size();
    const std::size_t start = out.size();
    out.resize(start + std::size_t(size));
    char* ascii = out.data() + start;
    qsizetype i = 0;
    for (; i < size; ++i) {
        const char16_t c = chars[i].unicode();
        if (c >= 0x80)
            break;
        ascii[i] = char(c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c);
    }
    if (i < size) {
        out.resize(start + std::size_t(i));
        const QByteArray rest = s.sliced(i).toLower().toUtf8();
        out.append(rest.constData(), std::size_t(rest.size()));
    }
}

// Where `needle` (not empty) starts in `text` at or after `from`, or npos. With SSE2, 16 places at a time are
// tested for the needle's first and last byte, and only those are compared in full.
std::size_t findText(std::string_view text, std::string_view needle, std::size_t from)
{
    const std::size_t size = text.size();
    const std::size_t length = needle.size();
    if (length == 0 || length > size || from > size - length)
        return std::string_view::npos;
    const char* data = text.data();
    std::size_t i = from;
#if defined(__SSE2__)
    const __m128i first = _mm_set1_epi8(needle.front());
    const __m128i last = _mm_set1_epi8(needle.back());
    for (; i + length + 15 <= size; i += 16) {
        const __m128i head = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
        const __m128i tail = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i + length - 1));
        auto mask = static_cast<unsigned>(
            _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(head, first), _mm_cmpeq_epi8(tail, last))));
        while (mask != 0) {
            const auto bit = static_cast<std::size_t>(__builtin_ctz(mask));
            if (length <= 2 || std::memcmp(data + i + bit + 1, needle.data() + 1, length - 2) == 0)
                return i + bit;
            mask &= mask - 1;
        }
    }
#endif
    for (; i + length <= size; ++i) {
        if (data[i] == needle.front() && std::memcmp(data + i, needle.data(), length) == 0)
            return i;
    }
    return std::string_view::npos;
}

// QString::compare() (UTF-16 code units) on UTF-8 texts: byte order is code point order, which differs
// only where a character from U+10000 on (a surrogate pair in UTF-16) meets one of U+E000..U+FFFF.
int compareAsUtf16(std::string_view a, std::string_view b)
{
    const std::size_t common = std::min(a.size(), b.size());
    if (std::memcmp(a.data(), b.data(), common) == 0)
        return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
    std::size_t i = 0;
    while (a[i] == b[i])
        ++i;
    const auto x = static_cast<unsigned char>(a[i]);
    const auto y = static_cast<unsigned char>(b[i]);
    const auto supplementary = [](unsigned char lead) {
        return lead >= 0xF0;
    };
    const auto highBmp = [](unsigned char lead) {
        return lead == 0xEE || lead == 0xEF;
    };
    if (supplementary(x) && highBmp(y))
        return -1;
    if (highBmp(x) && supplementary(y))
        return 1;
    return x < y ? -1 : 1;
}

} // namespace

TenantTableModel::TenantTableModel(FleetState* fleet, QObject* parent)
    : QAbstractTableModel(parent)
    , m_fleet(fleet)
{
    rebuildRows();
    connect(m_fleet, &FleetState::tenantsReset, this, [this] {
        beginResetModel();
        rebuildRows();
        endResetModel();
    });
    connect(m_fleet, &FleetState::healthChanged, this, &TenantTableModel::onHealthChanged);
}

int TenantTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_keys.size());
}

int TenantTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDateTime TenantTableModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

quint64 TenantTableModel::searchCharBits(std::string_view text)
{
    quint64 bits = 0;
    for (const char c : text)
        bits |= quint64(1) << kCharBit[static_cast<unsigned char>(c)];
    return bits;
}

bool TenantTableModel::searchCharBitIsExact(char c)
{
    const int bit = kCharBit[static_cast<unsigned char>(c)];
    return bit < 42;
}

std::string_view TenantTableModel::searchTextAt(int row) const
{
    const std::size_t begin = row == 0 ? 0 : m_searchEnd[std::size_t(row) - 1] + 1;
    const std::size_t end = m_searchEnd[std::size_t(row)];
    return {m_searchText.constData() + begin, end - begin};
}

bool TenantTableModel::searchTextContains(int row, std::string_view word) const
{
    return findText(searchTextAt(row), word, 0) != std::string_view::npos;
}

void TenantTableModel::keepRowsContaining(std::string_view word, std::vector<quint8>& rows) const
{
    if (word.empty())
        return;
    // The space after each row's text keeps a match (words have no spaces) inside one row.
    const std::string_view all(m_searchText.constData(), std::size_t(m_searchText.size()));
    std::size_t row = 0;
    std::size_t from = 0;
    for (;;) {
        const std::size_t at = findText(all, word, from);
        const std::size_t found = at == std::string_view::npos
            ? m_searchEnd.size()
            : std::size_t(std::upper_bound(m_searchEnd.begin() + std::ptrdiff_t(row), m_searchEnd.end(), quint32(at))
                - m_searchEnd.begin());
        for (; row < found; ++row)
            rows[row] = 0;
        if (at == std::string_view::npos)
            return;
        ++row; // `found` contains the word: kept as it is
        from = m_searchEnd[found] + 1;
    }
}

void TenantTableModel::rebuildRows()
{
    const QList<Tenant>& tenants = m_fleet->tenants();
    const std::size_t count = std::size_t(tenants.size());
    // Release the old rows first: a reload must not hold two copies at once.
    m_keys = {};
    m_searchText = {};
    m_searchEnd = {};
    m_searchChars = {};
    m_byName = {};
    m_keys.resize(count);
    m_searchEnd.resize(count);
    m_searchChars.resize(count);

    // Room for the text as it would be in ASCII without leaving anything out: untouched pages of a large
    // reservation cost no memory, and non-ASCII text grows it.
    qsizetype reserve = 0;
    for (const Tenant& t : tenants) {
        reserve += t.name.size() + t.slug.size() + t.plan.size() + t.contact.size() + t.notes.size() + 24;
        for (const TenantEndpoint& e : t.endpoints)
            reserve += e.value.size() + 1;
    }
    m_searchText.reserve(reserve);

    std::array<std::array<QString, 2>, 3> statusNames; // both names of each TenantStatus
    for (std::size_t s = 0; s < statusNames.size(); ++s) {
        const auto status = static_cast<TenantStatus>(s);
        statusNames[s] = {tenantStatusName(status), tenantStatusDisplayName(status)};
    }

    QHash<QString, int> planRanks;
    for (const Tenant& t : tenants)
        planRanks.insert(t.plan, 0);
    QStringList plans = planRanks.keys();
    std::sort(plans.begin(), plans.end());
    for (int i = 0; i < plans.size(); ++i)
        planRanks[plans.at(i)] = i;

    std::vector<quint32> nameEnd(count); // the name comes first in each row's text
    std::string fields; // this row's other fields, folded, one after the other
    std::vector<std::pair<std::size_t, std::size_t>> spans; // offset and size in `fields`
    std::string row;
    for (std::size_t i = 0; i < count; ++i) {
        const Tenant& t = tenants.at(qsizetype(i));
        row.clear();
        appendFolded(row, t.name);
        nameEnd[i] = quint32(row.size());
        fields.clear();
        spans.clear();
        const auto add = [&](const QString& value) {
            if (value.isEmpty())
                return;
            const std::size_t begin = fields.size();
            appendFolded(fields, value);
            spans.emplace_back(begin, fields.size() - begin);
        };
        add(t.slug);
        add(t.plan);
        add(t.contact);
        add(t.notes);
        for (const TenantEndpoint& e : t.endpoints)
            add(e.value);
        for (const QString& status : statusNames[std::min<std::size_t>(std::size_t(t.status), 2)])
            add(status);
        // Longest first, so a field inside a longer one (the slug inside the health URL) is seen as such.
        std::sort(spans.begin(), spans.end(), [](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        for (const auto& [offset, size] : spans) {
            const std::string_view field(fields.data() + offset, size);
            if (std::string_view(row).find(field) != std::string_view::npos)
                continue;
            row.push_back(' ');
            row.append(field);
        }
        m_searchText.append(row.data(), qsizetype(row.size()));
        m_searchEnd[i] = quint32(m_searchText.size());
        m_searchText.append(' ');
        m_searchChars[i] = searchCharBits(row);

        RowKeys& keys = m_keys[i];
        keys.status = quint8(t.status);
        keys.planRank = planRanks.value(t.plan);
        updateHealthKeys(int(i));
    }

    // Rank the names once, in the order SortRole's lower-case names had with QString's operator<.
    struct Name
    {
        std::string_view text;
        int row;
    };
    std::vector<Name> names(count, Name{});
    for (std::size_t i = 0; i < count; ++i)
        names[i] = {searchTextAt(int(i)).substr(0, nameEnd[i]), int(i)};
    nameEnd = {};
    std::sort(names.begin(), names.end(), [](const Name& a, const Name& b) {
        const int order = compareAsUtf16(a.text, b.text);
        return order != 0 ? order < 0 : a.row < b.row;
    });
    m_byName.resize(count);
    int rank = 0;
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0 && names[i - 1].text != names[i].text)
            ++rank;
        m_byName[i] = names[i].row;
        m_keys[std::size_t(names[i].row)].nameRank = rank;
    }
}

void TenantTableModel::updateHealthKeys(int row)
{
    const Tenant& t = m_fleet->tenants().at(row);
    const TenantHealth& h = m_fleet->healthAt(row);
    RowKeys& keys = m_keys[std::size_t(row)];
    const bool monitored = t.isMonitored();
    keys.healthRank = qint8(monitored ? severityRank(h.state) : -1);
    keys.healthState = qint8(monitored ? static_cast<int>(h.state) : -1);
    keys.latencyMs = h.latencyMs;
    keys.tlsExpirySecs = h.tlsExpiresAt.isValid() ? h.tlsExpiresAt.toSecsSinceEpoch() : RowKeys::kNoCertificate;
    keys.checkedSecs = h.checkedAt.isValid() ? h.checkedAt.toSecsSinceEpoch() : 0;
}

bool TenantTableModel::sortsByHealth(int column)
{
    return column == HealthColumn || column == LatencyColumn || column == TlsExpiryColumn || column == CheckedColumn;
}

bool TenantTableModel::isStaleAt(int row, const QDateTime& now) const
{
    if (m_keys[std::size_t(row)].healthState < 0)
        return false; // not monitored
    const TenantHealth& h = m_fleet->healthAt(row);
    return h.stale || m_fleet->isTooOld(h, now);
}

int TenantTableModel::rowOf(const QString& slug) const
{
    const int row = m_fleet->indexOf(slug);
    return row < rowCount() ? row : -1;
}

QString TenantTableModel::slugAt(int row) const
{
    return row >= 0 && row < rowCount() && row < m_fleet->tenants().size() ? m_fleet->tenants().at(row).slug
                                                                           : QString();
}

void TenantTableModel::onHealthChanged(const QStringList& slugs)
{
    // Contiguous runs of rows become one dataChanged each.
    QList<int> rows;
    rows.reserve(slugs.size());
    for (const QString& slug : slugs) {
        const int row = m_fleet->indexOf(slug);
        if (row >= 0 && row < rowCount())
            rows << row;
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    m_applyingHealth = true;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) <= rows.at(j) + 1)
            ++j;
        if (rows.at(j) >= rowCount())
            break; // a slot reloaded the list meanwhile: its rows are new anyway
        for (qsizetype k = i; k <= j; ++k)
            updateHealthKeys(rows.at(k));
        emit dataChanged(index(rows.at(i), HealthColumn), index(rows.at(j), CheckedColumn));
        i = j + 1;
    }
    m_applyingHealth = false;
    emit healthApplied();
}

QVariant TenantTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.row() >= m_fleet->tenants().size())
        return {};
    const int row = index.row();
    const Tenant& t = m_fleet->tenants().at(row);
    if (role == SlugRole)
        return t.slug;
    if (role == SearchTextRole) {
        const std::string_view text = searchTextAt(row);
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
    if (role == TenantStatusRole)
        return static_cast<int>(t.status);

    const RowKeys& keys = m_keys[std::size_t(row)];
    if (role == HealthStateRole)
        return static_cast<int>(keys.healthState);
    // Asked only where it is shown: it reads the clock, and painting calls data() very often.
    const auto stale = [&] {
        return isStaleAt(row, now());
    };
    if (role == StaleRole)
        return stale();

    const int column = index.column();
    if (role == SortRole) {
        switch (column) {
        case NameColumn:
            return t.name.toLower();
        case PlanColumn:
            return t.plan;
        case StatusColumn:
        case HealthColumn:
        case LatencyColumn:
            return static_cast<int>(sortKeyAt(row, column));
        case TlsExpiryColumn:
        case CheckedColumn:
            return sortKeyAt(row, column);
        default:
            return {};
        }
    }

    const TenantHealth& h = m_fleet->healthAt(row);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn:
            return t.name;
        case StatusColumn:
            return tenantStatusDisplayName(t.status);
        case PlanColumn:
            return t.plan.isEmpty() ? tr("—") : t.plan;
        case HealthColumn:
            if (!t.isMonitored())
                return tr("paused");
            return stale() ? tr("%1 (stale)").arg(healthStateDisplayName(h.state)) : healthStateDisplayName(h.state);
        case LatencyColumn:
            return h.latencyMs >= 0 ? tr("%1 ms").arg(QLocale().toString(h.latencyMs)) : tr("—");
        case TlsExpiryColumn:
            return h.tlsExpiresAt.isValid() ? StatusReport::expiryText(h.tlsExpiresAt, now()) : tr("—");
        case CheckedColumn:
            return h.checkedAt.isValid() ? StatusReport::ageText(h.checkedAt, now()) : tr("never");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        if (column == LatencyColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole) {
        if (column == HealthColumn && t.isMonitored())
            return Theme::stateColor(h.state);
        if (column == TlsExpiryColumn && h.tlsExpiresAt.isValid() && now().daysTo(h.tlsExpiresAt) < 14)
            return h.tlsExpiresAt < now() ? Theme::danger() : Theme::warning();
        if (!t.isMonitored() || (column == CheckedColumn && stale()))
            return Theme::mutedText();
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == HealthColumn && t.isMonitored()) {
            QString tip = h.error.isEmpty() ? healthStateDisplayName(h.state) : h.error;
            if (stale())
                tip += QLatin1Char('\n')
                    + tr("Stale: %1").arg(h.staleReason.isEmpty() ? tr("not checked recently") : h.staleReason);
            return tip;
        }
        if (column == CheckedColumn && h.checkedAt.isValid())
            return QLocale().toString(h.checkedAt.toLocalTime(), QLocale::LongFormat);
        if (column == TlsExpiryColumn && h.tlsExpiresAt.isValid())
            return tr("Certificate valid until %1")
                .arg(QLocale().toString(h.tlsExpiresAt.toLocalTime(), QLocale::LongFormat));
        return {};
    }
    return {};
}

QVariant TenantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == LatencyColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Client");
    case StatusColumn:
        return tr("Status");
    case PlanColumn:
        return tr("Plan");
    case HealthColumn:
        return tr("Health");
    case LatencyColumn:
        return tr("Latency");
    case TlsExpiryColumn:
        return tr("TLS expires");
    case CheckedColumn:
        return tr("Last checked");
    default:
        return {};
    }
}

} // namespace Fleetdeck
