#include "ui/models/tenanttablemodel.h"

#include "core/fleet/fleetstate.h"
#include "core/fleet/statusreport.h"
#include "ui/theme.h"

#include <QLocale>

#include <algorithm>

namespace Fleetdeck {

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
    return parent.isValid() ? 0 : static_cast<int>(m_fleet->tenants().size());
}

int TenantTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDateTime TenantTableModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void TenantTableModel::rebuildRows()
{
    m_searchText.clear();
    m_health.clear();
    m_searchText.reserve(m_fleet->tenants().size());
    m_health.reserve(m_fleet->tenants().size());
    for (int i = 0; i < m_fleet->tenants().size(); ++i) {
        const Tenant& t = m_fleet->tenants().at(i);
        m_health << m_fleet->healthAt(i);
        QStringList parts{
            t.name, t.slug, t.plan, t.contact, t.notes, tenantStatusName(t.status), tenantStatusDisplayName(t.status)};
        for (const TenantEndpoint& e : t.endpoints)
            parts << e.value;
        m_searchText << parts.join(QLatin1Char(' ')).toLower();
    }
}

int TenantTableModel::rowOf(const QString& slug) const
{
    return m_fleet->indexOf(slug);
}

QString TenantTableModel::slugAt(int row) const
{
    return row >= 0 && row < m_fleet->tenants().size() ? m_fleet->tenants().at(row).slug : QString();
}

void TenantTableModel::onHealthChanged(const QStringList& slugs)
{
    // Contiguous runs of rows become one dataChanged each.
    QList<int> rows;
    rows.reserve(slugs.size());
    for (const QString& slug : slugs) {
        const int row = m_fleet->indexOf(slug);
        if (row >= 0)
            rows << row;
    }
    std::sort(rows.begin(), rows.end());
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) <= rows.at(j) + 1)
            ++j;
        for (qsizetype k = i; k <= j; ++k)
            m_health[rows.at(k)] = m_fleet->healthAt(rows.at(k));
        emit dataChanged(index(rows.at(i), HealthColumn), index(rows.at(j), CheckedColumn));
        i = j + 1;
    }
}

QVariant TenantTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Tenant& t = m_fleet->tenants().at(index.row());
    if (role == SlugRole)
        return t.slug;
    if (role == SearchTextRole)
        return m_searchText.value(index.row());
    if (role == TenantStatusRole)
        return static_cast<int>(t.status);

    const TenantHealth& h = m_health.at(index.row());
    if (role == HealthStateRole)
        return t.isMonitored() ? static_cast<int>(h.state) : -1;
    // Asked only where it is shown: it reads the clock, and sorting and painting call data() very often.
    const auto stale = [&] {
        return h.stale || m_fleet->isTooOld(h, now());
    };
    if (role == StaleRole)
        return t.isMonitored() && stale();

    const int column = index.column();
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
    if (role == SortRole) {
        switch (column) {
        case NameColumn:
            return t.name.toLower();
        case StatusColumn:
            return static_cast<int>(t.status);
        case PlanColumn:
            return t.plan;
        case HealthColumn:
            return t.isMonitored() ? severityRank(h.state) : -1;
        case LatencyColumn:
            return h.latencyMs;
        case TlsExpiryColumn:
            // No certificate sorts last either way round: far in the future.
            return h.tlsExpiresAt.isValid() ? h.tlsExpiresAt.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        case CheckedColumn:
            return h.checkedAt.isValid() ? h.checkedAt.toSecsSinceEpoch() : qint64(0);
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
