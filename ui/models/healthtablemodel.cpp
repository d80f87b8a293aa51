#include "ui/models/healthtablemodel.h"

#include "core/fleet/alertservice.h"
#include "core/fleet/fleetstate.h"
#include "core/fleet/platformmonitor.h"
#include "core/fleet/statusreport.h"
#include "ui/theme.h"

#include <QFont>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Fleetdeck {

namespace {

constexpr int kAlertLinesInToolTip = 5;

HealthState toHealthState(PlatformComponent::State state)
{
    switch (state) {
    case PlatformComponent::State::Up:
        return HealthState::Up;
    case PlatformComponent::State::Degraded:
        return HealthState::Degraded;
    case PlatformComponent::State::Down:
        return HealthState::Down;
    case PlatformComponent::State::Unknown:
        break;
    }
    return HealthState::Unknown;
}

bool sameWindow(const SubjectUptime::Window& a, const SubjectUptime::Window& b)
{
    return a.available == b.available && a.known == b.known;
}

bool sameUptime(const std::optional<SubjectUptime>& a, const std::optional<SubjectUptime>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || (sameWindow(a->day, b->day) && sameWindow(a->week, b->week) && sameWindow(a->month, b->month));
}

QVariant alignRight()
{
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

HealthTableModel::HealthTableModel(FleetState* fleet, PlatformMonitor* monitor, AlertService* alerts, QObject* parent)
    : QAbstractTableModel(parent)
    , m_fleet(fleet)
    , m_monitor(monitor)
    , m_alerts(alerts)
{
    m_rows = buildRows();
    reindex();
}

int HealthTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HealthTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDateTime HealthTableModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

const HealthTableModel::Row* HealthTableModel::row(const QString& id) const
{
    const int at = rowOf(id);
    return at >= 0 ? &m_rows.at(at) : nullptr;
}

std::optional<SubjectUptime> HealthTableModel::uptime(const QString& id) const
{
    const auto it = m_uptime.constFind(id);
    return it == m_uptime.cend() ? std::nullopt : std::optional<SubjectUptime>(*it);
}

QStringList HealthTableModel::ids() const
{
    QStringList out;
    out.reserve(m_rows.size());
    for (const Row& r : m_rows)
        out << r.id;
    return out;
}

int HealthTableModel::componentCount() const
{
    return static_cast<int>(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row& r) { return r.kind == RowKind::Component; }));
}

QString HealthTableModel::stateText(HealthState state)
{
    switch (state) {
    case HealthState::Up:
        return tr("Up");
    case HealthState::Degraded:
        return tr("Degraded");
    case HealthState::Down:
        return tr("Down");
    case HealthState::Unknown:
        break;
    }
    return tr("Unknown");
}

QString HealthTableModel::uptimeText(const SubjectUptime::Window& window)
{
    const auto ratio = window.ratio();
    if (!ratio)
        return tr("—");
    // Rounded down: 99.96 % is not 100 %.
    const double percent = std::floor(*ratio * 1000.0) / 10.0;
    return tr("%1 %").arg(QLocale().toString(percent, 'f', 1));
}

QString HealthTableModel::uptimeToolTip(const SubjectUptime::Window& window, const QString& period) const
{
    if (window.known == 0)
        return tr("Nothing was measured in the last %1: uptime appears once Fleetdeck has stored samples.").arg(period);
    const int known = static_cast<int>(std::min<qint64>(window.known, std::numeric_limits<int>::max()));
    return tr("%1 available over the last %2, from %n stored samples of Fleetdeck's own checks, hourly rollups. "
              "Up and degraded samples count as available.",
        nullptr, known)
        .arg(uptimeText(window), period);
}

bool HealthTableModel::isProblem(const Row& r) const
{
    return r.state == HealthState::Down || r.state == HealthState::Degraded || r.stale || r.activeAlerts > 0
        || (r.diskUsedRatio && *r.diskUsedRatio >= 0.9)
        || (r.tlsExpiresAt.isValid() && now().secsTo(r.tlsExpiresAt) < 14 * 86400);
}

QList<HealthTableModel::Row> HealthTableModel::buildRows() const
{
    struct Tally
    {
        int active = 0;
        int attention = 0;
        QStringList lines;
    };
    QHash<QString, Tally> tallies;
    if (m_alerts) {
        for (const Alert& a : m_alerts->alerts()) {
            if (!a.isActive())
                continue;
            Tally& t = tallies[a.subject];
            ++t.active;
            if (a.needsAttention())
                ++t.attention;
            if (t.lines.size() < kAlertLinesInToolTip)
                t.lines << tr("%1 (%2): %3")
                               .arg(alertSeverityDisplayName(a.severity), alertStateDisplayName(a.state),
                                   a.summary.isEmpty() ? a.detail : a.summary);
        }
    }
    const auto applyAlerts = [&tallies](Row& r) {
        const auto it = tallies.constFind(r.id);
        if (it == tallies.cend())
            return;
        r.activeAlerts = it->active;
        r.alertsNeedingAttention = it->attention;
        r.alertSummary = it->lines.join(QLatin1Char('\n'));
        if (it->active > it->lines.size())
            r.alertSummary += QLatin1Char('\n') + tr("and %n more", nullptr, int(it->active - it->lines.size()));
    };

    QList<Row> rows;
    QSet<QString> seen;
    if (m_monitor && m_monitor->hasPrometheus()) {
        const QString targetsError = m_monitor->targets().error;
        const QString disksError = m_monitor->filesystems().error;
        const QString databaseError = m_monitor->databases().error;
        for (const PlatformComponent& c : m_monitor->components()) {
            Row r;
            r.kind = RowKind::Component;
            r.id = c.id;
            r.name = c.name;
            r.kindText = c.kind;
            r.state = toHealthState(c.state);
            r.detail = c.detail;
            r.diskUsedRatio = c.diskUsedRatio;
            r.diskMount = c.diskMount;
            r.checkedAt = c.at;
            // The kept value of a failing query: shown, marked stale with the query's error.
            QString error;
            if (c.id == PlatformMonitor::kPlatformDatabase)
                error = databaseError;
            else if (c.id.startsWith(QLatin1String("host:")))
                error = !targetsError.isEmpty() ? targetsError : disksError;
            else
                error = targetsError;
            r.stale = !error.isEmpty();
            r.staleReason = error;
            applyAlerts(r);
            if (!seen.contains(r.id)) {
                seen.insert(r.id);
                rows << r;
            }
        }
    }
    if (m_fleet) {
        const QDateTime at = now();
        const QString clientKind = tr("Client");
        for (int i = 0; i < m_fleet->tenants().size(); ++i) {
            const Tenant& t = m_fleet->tenants().at(i);
            if (!t.isMonitored() || seen.contains(t.slug))
                continue;
            const TenantHealth& h = m_fleet->healthAt(i);
            Row r;
            r.kind = RowKind::Tenant;
            r.id = t.slug;
            r.name = t.name;
            r.kindText = clientKind;
            r.state = h.state;
            r.stale = h.stale || m_fleet->isTooOld(h, at);
            r.staleReason = !h.staleReason.isEmpty() ? h.staleReason : tr("not checked recently");
            if (!r.stale)
                r.staleReason.clear();
            r.host = t.host();
            r.detail = !h.error.isEmpty() ? h.error : !r.host.isEmpty() ? tr("on %1").arg(r.host) : QString();
            r.latencyMs = h.latencyMs;
            r.tlsExpiresAt = h.tlsExpiresAt;
            r.checkedAt = h.checkedAt;
            applyAlerts(r);
            seen.insert(r.id);
            rows << r;
        }
    }
    return rows;
}

void HealthTableModel::reindex()
{
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).id, i);
}

void HealthTableModel::emitChangedRuns(const QList<int>& changedRows, int firstColumn, int lastColumn)
{
    QList<int> rows = changedRows;
    std::sort(rows.begin(), rows.end());
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) <= rows.at(j) + 1)
            ++j;
        emit dataChanged(index(rows.at(i), firstColumn), index(rows.at(j), lastColumn));
        i = j + 1;
    }
}

void HealthTableModel::refresh()
{
    const QList<Row> fresh = buildRows();
    QSet<QString> freshIds;
    freshIds.reserve(fresh.size());
    for (const Row& r : fresh)
        freshIds.insert(r.id);

    // Gone rows leave in runs, from the bottom so the indexes above stay right.
    for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0;) {
        if (freshIds.contains(m_rows.at(i).id)) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !freshIds.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, i);
        m_rows.remove(first, i - first + 1);
        reindex();
        endRemoveRows();
        i = first - 1;
    }

    QList<int> changed;
    QList<Row> added;
    for (const Row& r : fresh) {
        const int at = m_index.value(r.id, -1);
        if (at < 0) {
            added << r;
        } else if (!(m_rows.at(at) == r)) {
            m_rows[at] = r;
            changed << at;
        }
    }
    emitChangedRuns(changed, 0, ColumnCount - 1);

    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        m_rows += added;
        reindex();
        endInsertRows();
    }
}

void HealthTableModel::setUptime(const QHash<QString, SubjectUptime>& uptime, bool complete)
{
    QList<int> changed;
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString& id = m_rows.at(i).id;
        if (!complete && !uptime.contains(id))
            continue;
        const std::optional<SubjectUptime> fresh =
            uptime.contains(id) ? std::optional<SubjectUptime>(uptime.value(id)) : std::nullopt;
        if (!sameUptime(this->uptime(id), fresh))
            changed << i;
    }
    if (complete) {
        m_uptime = uptime;
    } else {
        for (auto it = uptime.cbegin(); it != uptime.cend(); ++it)
            m_uptime.insert(it.key(), it.value());
    }
    emitChangedRuns(changed, UptimeDayColumn, UptimeMonthColumn);
}

QVariant HealthTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case RowKindRole:
        return static_cast<int>(r.kind);
    case HealthStateRole:
        return static_cast<int>(r.state);
    case StaleRole:
        return r.stale;
    case ProblemRole:
        return isProblem(r);
    case SearchTextRole:
        return QStringList{r.name, r.id, r.kindText, r.detail, r.host, stateText(r.state)}
            .join(QLatin1Char(' '))
            .toLower();
    default:
        break;
    }

    const int column = index.column();
    const std::optional<SubjectUptime> up = uptime(r.id);
    const auto window = [&up, column]() -> SubjectUptime::Window {
        if (!up)
            return {};
        return column == UptimeDayColumn ? up->day : column == UptimeWeekColumn ? up->week : up->month;
    };
    const bool isUptime = column >= UptimeDayColumn && column <= UptimeMonthColumn;

    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn:
            return r.name;
        case KindColumn:
            return r.kindText;
        case StateColumn:
            return r.stale ? tr("%1 (stale)").arg(stateText(r.state)) : stateText(r.state);
        case LatencyColumn:
            return r.latencyMs >= 0 ? tr("%1 ms").arg(QLocale().toString(r.latencyMs)) : tr("—");
        case UptimeDayColumn:
        case UptimeWeekColumn:
        case UptimeMonthColumn:
            return uptimeText(window());
        case TlsExpiryColumn:
            return r.tlsExpiresAt.isValid() ? StatusReport::expiryText(r.tlsExpiresAt, now()) : tr("—");
        case DiskColumn:
            return r.diskUsedRatio ? tr("%1 %").arg(QLocale().toString(*r.diskUsedRatio * 100.0, 'f', 0)) : tr("—");
        case AlertsColumn:
            return QLocale().toString(r.activeAlerts);
        case DetailColumn:
            return r.detail;
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (column) {
        case NameColumn:
            return r.name.toLower();
        case KindColumn:
            return QStringLiteral("%1 %2").arg(r.kind == RowKind::Component ? 0 : 1).arg(r.kindText.toLower());
        case StateColumn:
            return severityRank(r.state) * 2 + (r.stale ? 1 : 0);
        case LatencyColumn:
            return r.latencyMs;
        case UptimeDayColumn:
        case UptimeWeekColumn:
        case UptimeMonthColumn:
            return window().ratio().value_or(-1.0);
        case TlsExpiryColumn:
            // No certificate sorts last either way round: far in the future.
            return r.tlsExpiresAt.isValid() ? r.tlsExpiresAt.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        case DiskColumn:
            return r.diskUsedRatio.value_or(-1.0);
        case AlertsColumn:
            return r.activeAlerts * 1000 + r.alertsNeedingAttention;
        case DetailColumn:
            return r.detail.toLower();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        if (column == LatencyColumn || isUptime || column == DiskColumn || column == AlertsColumn)
            return alignRight();
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::FontRole && column == NameColumn) {
        QFont font;
        font.setWeight(QFont::DemiBold);
        return font;
    }
    if (role == Qt::ForegroundRole) {
        switch (column) {
        case StateColumn:
            return Theme::stateColor(r.state);
        case UptimeDayColumn:
        case UptimeWeekColumn:
        case UptimeMonthColumn: {
            const auto ratio = window().ratio();
            if (!ratio)
                return Theme::mutedText();
            return *ratio < 0.95 ? Theme::danger() : *ratio < 0.99 ? Theme::warning() : QVariant();
        }
        case TlsExpiryColumn:
            if (!r.tlsExpiresAt.isValid())
                return Theme::mutedText();
            if (now().secsTo(r.tlsExpiresAt) < 7 * 86400)
                return Theme::danger();
            return now().secsTo(r.tlsExpiresAt) < 14 * 86400 ? Theme::warning() : QVariant();
        case DiskColumn:
            if (!r.diskUsedRatio)
                return Theme::mutedText();
            if (*r.diskUsedRatio >= 0.9)
                return Theme::danger();
            return *r.diskUsedRatio >= 0.8 ? Theme::warning() : QVariant();
        case AlertsColumn:
            if (r.alertsNeedingAttention > 0)
                return Theme::danger();
            return r.activeAlerts > 0 ? Theme::warning() : Theme::mutedText();
        case LatencyColumn:
            return r.latencyMs < 0 ? Theme::mutedText() : QVariant();
        case KindColumn:
        case DetailColumn:
            return Theme::mutedText();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case StateColumn: {
            QString tip = r.detail.isEmpty() ? stateText(r.state) : r.detail;
            if (r.stale)
                tip += QLatin1Char('\n') + tr("Stale: %1").arg(r.staleReason);
            if (r.checkedAt.isValid())
                tip += QLatin1Char('\n') + tr("Checked %1").arg(StatusReport::ageText(r.checkedAt, now()));
            return tip;
        }
        case LatencyColumn:
            return r.kind == RowKind::Component ? tr("Fleetdeck checks this component through Prometheus, which gives "
                                                     "its state but no latency.")
                                                : tr("The slowest health endpoint that answered");
        case UptimeDayColumn:
            return uptimeToolTip(window(), tr("24 hours"));
        case UptimeWeekColumn:
            return uptimeToolTip(window(), tr("7 days"));
        case UptimeMonthColumn:
            return uptimeToolTip(window(), tr("30 days"));
        case TlsExpiryColumn:
            return r.tlsExpiresAt.isValid()
                ? tr("Certificate valid until %1")
                      .arg(QLocale().toString(r.tlsExpiresAt.toLocalTime(), QLocale::LongFormat))
                : QVariant();
        case DiskColumn:
            return r.diskUsedRatio ? tr("%1 % used on %2, the fullest file system of this server")
                                         .arg(QLocale().toString(*r.diskUsedRatio * 100.0, 'f', 1), r.diskMount)
                                   : QVariant();
        case AlertsColumn:
            return r.activeAlerts > 0 ? r.alertSummary : tr("No active alerts");
        case DetailColumn:
            return r.detail.isEmpty() ? QVariant() : r.detail;
        case NameColumn:
        case KindColumn:
            return QStringLiteral("%1\n%2").arg(r.name, r.id);
        default:
            return {};
        }
    }
    return {};
}

QVariant HealthTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const bool numeric = section == LatencyColumn || (section >= UptimeDayColumn && section <= UptimeMonthColumn)
        || section == DiskColumn || section == AlertsColumn;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case UptimeDayColumn:
        case UptimeWeekColumn:
        case UptimeMonthColumn:
            return tr("Share of Fleetdeck's stored checks that found it up or degraded, from hourly rollups");
        case DiskColumn:
            return tr("The fullest file system of a server");
        case AlertsColumn:
            return tr("Active alerts (pending or firing)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case StateColumn:
        return tr("State");
    case LatencyColumn:
        return tr("Latency");
    case UptimeDayColumn:
        return tr("Uptime 24 h");
    case UptimeWeekColumn:
        return tr("Uptime 7 d");
    case UptimeMonthColumn:
        return tr("Uptime 30 d");
    case TlsExpiryColumn:
        return tr("TLS expires");
    case DiskColumn:
        return tr("Disk");
    case AlertsColumn:
        return tr("Alerts");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace Fleetdeck
