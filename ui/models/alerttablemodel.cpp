#include "ui/models/alerttablemodel.h"

#include "core/engine/alertnames.h"
#include "core/fleet/alertservice.h"
#include "core/fleet/statusreport.h"
#include "ui/theme.h"

#include <QLocale>

#include <algorithm>
#include <chrono>

namespace Fleetdeck {

namespace {

// What a row shows; a change in anything else (the last observed value, the time it was observed) does not
// repaint the row.
bool sameForDisplay(const Alert& a, const Alert& b)
{
    return a.state == b.state && a.severity == b.severity && a.subjectName == b.subjectName
        && a.subjectIsTenant == b.subjectIsTenant && a.summary == b.summary && a.detail == b.detail
        && a.since == b.since && a.firedAt == b.firedAt && a.resolvedAt == b.resolvedAt
        && a.acknowledged == b.acknowledged && a.silenced == b.silenced && a.suppressed == b.suppressed
        && a.owner == b.owner && a.note == b.note && a.annotatedBy == b.annotatedBy && a.annotatedAt == b.annotatedAt
        && a.silencedUntil == b.silencedUntil && a.suppressedReason == b.suppressedReason
        && a.moneyAtStake == b.moneyAtStake && a.affectedTenants == b.affectedTenants && a.labels == b.labels;
}

QString searchText(const Alert& a)
{
    QStringList parts{a.subjectName, a.subject, a.summary, a.detail, a.ruleId, a.owner, a.note,
        alertSeverityName(a.severity), alertSeverityDisplayName(a.severity), AlertTableModel::stateText(a)};
    for (auto it = a.labels.cbegin(); it != a.labels.cend(); ++it)
        parts << it.value();
    return parts.join(QLatin1Char(' ')).toLower();
}

int categoryRank(const Alert& a)
{
    return static_cast<int>(AlertTableModel::category(a));
}

} // namespace

AlertTableModel::AlertTableModel(AlertService* service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    if (m_service) {
        setAlerts(m_service->alerts());
        connect(m_service, &AlertService::alertsChanged, this, [this] { setAlerts(m_service->alerts()); });
    }
    m_ageing.setInterval(std::chrono::seconds(30));
    connect(&m_ageing, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, SinceColumn), index(static_cast<int>(m_rows.size()) - 1, SinceColumn),
                {Qt::DisplayRole, Qt::ToolTipRole});
    });
    m_ageing.start();
}

int AlertTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AlertTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDateTime AlertTableModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void AlertTableModel::setAlerts(const QList<Alert>& alerts)
{
    QHash<QString, int> incoming;
    incoming.reserve(alerts.size());
    for (int i = 0; i < alerts.size(); ++i)
        incoming.insert(alerts.at(i).id, i);

    // Rows of alerts that are gone, as contiguous runs from the end so earlier row numbers stay valid.
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0;) {
        if (incoming.contains(m_rows.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        m_searchText.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    m_rowOf.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).id, row);

    // Rows whose content changed: one dataChanged per contiguous run.
    for (int row = 0; row < m_rows.size();) {
        const Alert& next = alerts.at(incoming.value(m_rows.at(row).id));
        if (sameForDisplay(m_rows.at(row), next)) {
            m_rows[row] = next; // the value and observation time may still move
            ++row;
            continue;
        }
        int last = row;
        m_rows[row] = next;
        m_searchText[row] = searchText(next);
        while (last + 1 < m_rows.size()) {
            const Alert& following = alerts.at(incoming.value(m_rows.at(last + 1).id));
            if (sameForDisplay(m_rows.at(last + 1), following))
                break;
            ++last;
            m_rows[last] = following;
            m_searchText[last] = searchText(following);
        }
        emit dataChanged(index(row, 0), index(last, ColumnCount - 1));
        row = last + 1;
    }

    // New alerts at the end.
    QList<const Alert*> added;
    for (const Alert& a : alerts) {
        if (!m_rowOf.contains(a.id))
            added << &a;
    }
    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        for (const Alert* a : std::as_const(added)) {
            m_rowOf.insert(a->id, static_cast<int>(m_rows.size()));
            m_rows << *a;
            m_searchText << searchText(*a);
        }
        endInsertRows();
    }
    updateCategoryCounts();
}

void AlertTableModel::updateCategoryCounts()
{
    std::fill(std::begin(m_categoryCounts), std::end(m_categoryCounts), 0);
    for (const Alert& a : std::as_const(m_rows))
        ++m_categoryCounts[categoryRank(a)];
}

AlertTableModel::Category AlertTableModel::category(const Alert& a)
{
    if (a.state == Alert::State::Resolved)
        return Category::Resolved;
    if (a.state == Alert::State::Pending)
        return Category::Pending;
    if (a.silenced || a.suppressed)
        return Category::Silenced;
    if (a.acknowledged)
        return Category::Acknowledged;
    return Category::NeedsAttention;
}

QString AlertTableModel::shortTime(const QDateTime& at, const QDateTime& now)
{
    if (!at.isValid())
        return tr("—");
    const QDateTime local = at.toLocalTime();
    const qint64 days = std::abs(now.toLocalTime().date().daysTo(local.date()));
    if (days == 0)
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    if (days < 7)
        return QStringLiteral("%1 %2").arg(QLocale().dayName(local.date().dayOfWeek(), QLocale::ShortFormat),
            QLocale().toString(local.time(), QLocale::ShortFormat));
    return QLocale().toString(local, QLocale::ShortFormat);
}

QString AlertTableModel::stateText(const Alert& a)
{
    switch (category(a)) {
    case Category::Resolved:
        return tr("resolved");
    case Category::Pending:
        return tr("pending");
    case Category::Silenced:
        if (a.suppressed)
            return a.suppressedReason.isEmpty() ? tr("suppressed") : a.suppressedReason;
        if (a.silencedUntil.isValid())
            return tr("silenced until %1").arg(shortTime(a.silencedUntil, QDateTime::currentDateTimeUtc()));
        return tr("silenced in Alertmanager");
    case Category::Acknowledged:
        return tr("acknowledged by %1").arg(a.owner.isEmpty() ? a.annotatedBy : a.owner);
    case Category::NeedsAttention:
        break;
    }
    return tr("firing");
}

QColor AlertTableModel::stateColour(const Alert& a)
{
    switch (category(a)) {
    case Category::Resolved:
        return Theme::stateColor(HealthState::Up);
    case Category::Pending:
        return Theme::warning();
    case Category::Silenced:
        return Theme::mutedText();
    case Category::Acknowledged:
        return Theme::accent();
    case Category::NeedsAttention:
        break;
    }
    return Theme::danger();
}

QColor AlertTableModel::severityColour(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Critical:
        return QColor(0xEF, 0x44, 0x44);
    case AlertSeverity::High:
        return QColor(0xF9, 0x73, 0x16);
    case AlertSeverity::Medium:
        return QColor(0xF5, 0x9E, 0x0B);
    case AlertSeverity::Low:
        break;
    }
    return QColor(0x3B, 0x82, 0xF6);
}

QString AlertTableModel::subjectText(const Alert& a)
{
    if (a.subjectIsTenant)
        return a.subjectName;
    if (a.subject.startsWith(Subject::kHostPrefix))
        return tr("server %1").arg(a.subject.mid(Subject::kHostPrefix.size()));
    if (a.subject.startsWith(Subject::kSourcePrefix))
        return tr("data source %1").arg(a.subject.mid(Subject::kSourcePrefix.size()));
    if (a.subject == RuleId::kAlertmanager)
        return tr("platform (Alertmanager)");
    return a.subjectName.isEmpty() ? a.subject : a.subjectName;
}

bool AlertTableModel::defaultLess(const Alert& left, const Alert& right)
{
    if (categoryRank(left) != categoryRank(right))
        return categoryRank(left) < categoryRank(right);
    if (left.severity != right.severity)
        return left.severity > right.severity;
    if (left.since != right.since)
        return left.since > right.since;
    return left.id < right.id;
}

QVariant AlertTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert& a = m_rows.at(index.row());
    switch (role) {
    case AlertIdRole:
        return a.id;
    case SeverityRole:
        return static_cast<int>(a.severity);
    case CategoryRole:
        return static_cast<int>(category(a));
    case TenantSlugRole:
        return a.subjectIsTenant ? a.subject : QString();
    case SearchTextRole:
        return m_searchText.value(index.row());
    default:
        break;
    }

    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case SeverityColumn:
            return alertSeverityDisplayName(a.severity);
        case StateColumn:
            return stateText(a);
        case SubjectColumn:
            return subjectText(a);
        case SummaryColumn:
            return a.summary;
        case MoneyColumn:
            return a.moneyAtStake && a.moneyAtStake->isValid() ? moneyDisplayString(*a.moneyAtStake) : tr("—");
        case SinceColumn:
            return StatusReport::ageText(a.since, now());
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (column) {
        case SeverityColumn:
            return static_cast<int>(a.severity);
        case StateColumn:
            return static_cast<int>(category(a));
        case SubjectColumn:
            return subjectText(a).toLower();
        case SummaryColumn:
            return a.summary.toLower();
        case MoneyColumn:
            // Nothing at stake sorts below any amount.
            return a.moneyAtStake && a.moneyAtStake->isValid() ? moneyMajorUnits(*a.moneyAtStake) : -1.0;
        case SinceColumn:
            return a.since.isValid() ? a.since.toSecsSinceEpoch() : qint64(0);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        if (column == MoneyColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole) {
        if (column == SeverityColumn)
            return a.state == Alert::State::Resolved ? Theme::mutedText() : severityColour(a.severity);
        if (column == StateColumn)
            return stateColour(a);
        if (a.state == Alert::State::Resolved || (column == MoneyColumn && !a.moneyAtStake))
            return Theme::mutedText();
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case StateColumn: {
            // The whole state, also when the column is too narrow for it, and who decided it.
            QString tip = stateText(a);
            if (a.state == Alert::State::Resolved && a.resolvedAt.isValid())
                tip = tr("Resolved at %1").arg(QLocale().toString(a.resolvedAt.toLocalTime(), QLocale::LongFormat));
            if (a.acknowledged || a.silencedUntil.isValid()) {
                tip += QLatin1Char('\n')
                    + tr("By %1 at %2")
                          .arg(a.annotatedBy, QLocale().toString(a.annotatedAt.toLocalTime(), QLocale::ShortFormat));
                if (!a.note.isEmpty())
                    tip += QLatin1Char('\n') + a.note;
            }
            return tip;
        }
        case SummaryColumn:
            return a.detail.isEmpty() ? a.summary : QStringLiteral("%1\n%2").arg(a.summary, a.detail);
        case MoneyColumn:
            if (!a.moneyAtStake)
                return tr("No revenue known for this alert's clients");
            return a.affectedTenants > 1
                ? tr("Monthly recurring revenue of the %n clients affected", nullptr, a.affectedTenants)
                : tr("Monthly recurring revenue of the client");
        case SinceColumn: {
            if (!a.since.isValid())
                return {};
            QString tip = tr("Since %1").arg(QLocale().toString(a.since.toLocalTime(), QLocale::LongFormat));
            if (a.firedAt.isValid())
                tip += QLatin1Char('\n')
                    + tr("Fired at %1").arg(QLocale().toString(a.firedAt.toLocalTime(), QLocale::LongFormat));
            return tip;
        }
        case SubjectColumn:
            return a.subjectIsTenant ? tr("%1 (%2)").arg(a.subjectName, a.subject) : a.subject;
        default:
            return {};
        }
    }
    return {};
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == MoneyColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == MoneyColumn)
        return tr("Monthly recurring revenue of the clients affected");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case StateColumn:
        return tr("State");
    case SubjectColumn:
        return tr("Client or component");
    case SummaryColumn:
        return tr("Summary");
    case MoneyColumn:
        return tr("At stake");
    case SinceColumn:
        return tr("Since");
    default:
        return {};
    }
}

} // namespace Fleetdeck
