#include "ui/panels/overviewpanel.h"

#include "core/fleet/fleetstate.h"
#include "core/fleet/statusreport.h"
#include "core/store/localcache.h"
#include "core/store/storeworker.h"
#include "ui/theme.h"
#include "ui/widgets/kpicard.h"
#include "ui/widgets/sparkline.h"
#include "ui/widgets/statebar.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace Fleetdeck {

namespace {
constexpr int kRows = 5;

QLabel* rowLabel(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* label = new QLabel(text);
    label->setAlignment(alignment);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

OverviewPanel::OverviewPanel(const ConsoleContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_fleetCard(new KpiCard(tr("Fleet status"), this))
    , m_slowestCard(new KpiCard(tr("Slowest endpoints"), this))
    , m_certificatesCard(new KpiCard(tr("Certificates expiring soonest"), this))
    , m_sourcesCard(new KpiCard(tr("Data sources"), this))
    , m_subtitle(new QLabel(this))
{
    setObjectName(QStringLiteral("overviewPanel"));
    m_fleetCard->setObjectName(QStringLiteral("card"));
    m_fleetCard->setAccessibleName(QStringLiteral("fleetCard"));
    m_slowestCard->setAccessibleName(QStringLiteral("slowestCard"));
    m_certificatesCard->setAccessibleName(QStringLiteral("certificatesCard"));
    m_sourcesCard->setAccessibleName(QStringLiteral("sourcesCard"));
    m_fleetCard->setToolTip(tr("Open the clients that need attention"));
    m_slowestCard->setToolTip(tr("Open the client list sorted by latency"));
    m_certificatesCard->setToolTip(tr("Open the client list sorted by certificate expiry"));
    m_sourcesCard->setToolTip(tr("Show every data source and its last error"));

    auto* title = new QLabel(tr("Overview"), this);
    title->setObjectName(QStringLiteral("panelTitle"));
    m_subtitle->setObjectName(QStringLiteral("panelSubtitle"));
    auto* grid = new QGridLayout;
    grid->setSpacing(16);
    grid->addWidget(m_fleetCard, 0, 0);
    grid->addWidget(m_slowestCard, 0, 1);
    grid->addWidget(m_certificatesCard, 1, 0);
    grid->addWidget(m_sourcesCard, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(m_subtitle);
    layout->addLayout(grid);
    layout->addStretch(1); // cards keep their natural height; later features add more of them

    connect(m_fleetCard, &KpiCard::clicked, this, &OverviewPanel::problemsRequested);
    connect(m_slowestCard, &KpiCard::clicked, this, &OverviewPanel::slowestRequested);
    connect(m_certificatesCard, &KpiCard::clicked, this, &OverviewPanel::certificatesRequested);
    connect(m_sourcesCard, &KpiCard::clicked, this, &OverviewPanel::sourcesRequested);

    // Many small health updates arrive during a refresh: repaint the cards at most four times a second.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(250);
    connect(&m_coalesce, &QTimer::timeout, this, &OverviewPanel::update);
    connect(m_context.fleet, &FleetState::healthChanged, this, &OverviewPanel::scheduleUpdate);
    connect(m_context.fleet, &FleetState::tenantsReset, this, &OverviewPanel::scheduleUpdate);
    connect(m_context.fleet, &FleetState::sourcesChanged, this, &OverviewPanel::scheduleUpdate);
    update();
}

void OverviewPanel::scheduleUpdate()
{
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

QString OverviewPanel::ageTip(const QDateTime& at) const
{
    if (!at.isValid())
        return tr("Not checked yet");
    return tr("As of %1 (%2)")
        .arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat),
            StatusReport::ageText(at, QDateTime::currentDateTimeUtc()));
}

QWidget* OverviewPanel::rowsWidget(KpiCard* card, QGridLayout** grid)
{
    auto* widget = new QWidget;
    *grid = new QGridLayout(widget);
    (*grid)->setContentsMargins(0, 4, 0, 0);
    (*grid)->setHorizontalSpacing(12);
    (*grid)->setVerticalSpacing(6);
    card->setDetailWidget(widget);
    return widget;
}

void OverviewPanel::update()
{
    const FleetState& fleet = *m_context.fleet;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const FleetSummary sum = fleet.summary();

    struct Row
    {
        const Tenant* tenant;
        TenantHealth health;
    };
    QList<Row> monitored;
    QDateTime oldest;
    for (const Tenant& t : fleet.tenants()) {
        if (!t.isMonitored())
            continue;
        const TenantHealth h = fleet.health(t.slug);
        monitored.append({&t, h});
        if (h.checkedAt.isValid() && (!oldest.isValid() || h.checkedAt < oldest))
            oldest = h.checkedAt;
    }
    m_subtitle->setText(fleet.tenants().isEmpty()
            ? tr("No clients yet. Add one under Clients (Ctrl+N) or import a list (Ctrl+I).")
            : tr("%1 clients monitored, %2 paused").arg(sum.monitored).arg(sum.paused));

    // Fleet status: the worst news first, in words and colour.
    if (sum.monitored == 0) {
        m_fleetCard->setValue(tr("No clients"), Theme::mutedText());
    } else if (sum.down > 0) {
        m_fleetCard->setValue(tr("%n down", nullptr, sum.down), Theme::stateColor(HealthState::Down));
    } else if (sum.degraded > 0) {
        m_fleetCard->setValue(tr("%n degraded", nullptr, sum.degraded), Theme::stateColor(HealthState::Degraded));
    } else if (sum.unknown == sum.monitored) {
        m_fleetCard->setValue(tr("Not checked yet"), Theme::mutedText());
    } else {
        m_fleetCard->setValue(tr("All %1 up").arg(sum.up), Theme::stateColor(HealthState::Up));
    }
    m_fleetCard->setValueToolTip(ageTip(oldest));
    QGridLayout* grid = nullptr;
    rowsWidget(m_fleetCard, &grid);
    auto* counts = rowLabel(
        tr("%1 up · %2 degraded · %3 down · %4 unknown").arg(sum.up).arg(sum.degraded).arg(sum.down).arg(sum.unknown));
    counts->setObjectName(QStringLiteral("cardDetail"));
    counts->setToolTip(ageTip(oldest));
    auto* bar = new StateBar;
    bar->setCounts(sum.up, sum.degraded, sum.down, sum.unknown);
    bar->setToolTip(counts->text());
    grid->addWidget(bar, 0, 0, 1, 2);
    grid->addWidget(counts, 1, 0, 1, 2);
    QList<Row> worst = monitored;
    std::stable_sort(worst.begin(), worst.end(), [](const Row& a, const Row& b) {
        if (severityRank(a.health.state) != severityRank(b.health.state))
            return severityRank(a.health.state) > severityRank(b.health.state);
        return a.health.latencyMs > b.health.latencyMs;
    });
    int line = 2;
    for (const Row& r : std::as_const(worst)) {
        if (line > 4 || (r.health.state != HealthState::Down && r.health.state != HealthState::Degraded))
            break;
        auto* name = rowLabel(r.tenant->name);
        auto* why = rowLabel(QStringLiteral("%1 — %2").arg(healthStateDisplayName(r.health.state), r.health.error));
        why->setStyleSheet(QStringLiteral("color:%1").arg(Theme::stateColor(r.health.state).name()));
        why->setToolTip(ageTip(r.health.checkedAt));
        grid->addWidget(name, line, 0);
        grid->addWidget(why, line, 1);
        ++line;
    }
    grid->setColumnStretch(1, 1);

    // Slowest endpoints, with the last hour of latency.
    QList<Row> slowest;
    for (const Row& r : std::as_const(monitored)) {
        if (r.health.latencyMs >= 0)
            slowest << r;
    }
    std::sort(slowest.begin(), slowest.end(),
        [](const Row& a, const Row& b) { return a.health.latencyMs > b.health.latencyMs; });
    if (slowest.size() > kRows)
        slowest.resize(kRows);
    m_slowestCard->setValue(
        slowest.isEmpty() ? tr("—") : tr("%1 ms").arg(QLocale().toString(slowest.first().health.latencyMs)),
        slowest.isEmpty() ? QColor() : Theme::stateColor(slowest.first().health.state));
    m_slowestCard->setValueToolTip(slowest.isEmpty() ? QString() : ageTip(slowest.first().health.checkedAt));
    rowsWidget(m_slowestCard, &grid);
    m_sparklineSlugs.clear();
    m_sparklines.clear();
    if (slowest.isEmpty())
        grid->addWidget(rowLabel(tr("Latency appears after the first check.")), 0, 0);
    for (int i = 0; i < slowest.size(); ++i) {
        const Row& r = slowest.at(i);
        auto* spark = new Sparkline;
        spark->setColour(Theme::stateColor(r.health.state));
        spark->setToolTip(tr("Latency over the last hour"));
        auto* ms = rowLabel(tr("%1 ms").arg(QLocale().toString(r.health.latencyMs)), Qt::AlignRight | Qt::AlignVCenter);
        ms->setToolTip(ageTip(r.health.checkedAt));
        grid->addWidget(rowLabel(r.tenant->name), i, 0);
        grid->addWidget(spark, i, 1);
        grid->addWidget(ms, i, 2);
        m_sparklineSlugs << r.tenant->slug;
        m_sparklines << spark;
    }
    grid->setColumnStretch(1, 1);
    refreshSparklines();

    // Certificates expiring soonest.
    QList<Row> certificates;
    for (const Row& r : std::as_const(monitored)) {
        if (r.health.tlsExpiresAt.isValid())
            certificates << r;
    }
    std::sort(certificates.begin(), certificates.end(),
        [](const Row& a, const Row& b) { return a.health.tlsExpiresAt < b.health.tlsExpiresAt; });
    if (certificates.size() > kRows)
        certificates.resize(kRows);
    const auto expiryColour = [&now](const QDateTime& expiry) {
        return expiry < now ? Theme::danger() : now.daysTo(expiry) < 14 ? Theme::warning() : QColor();
    };
    m_certificatesCard->setValue(certificates.isEmpty()
            ? tr("No HTTPS endpoints")
            : StatusReport::expiryText(certificates.first().health.tlsExpiresAt, now),
        certificates.isEmpty() ? Theme::mutedText() : expiryColour(certificates.first().health.tlsExpiresAt));
    m_certificatesCard->setValueToolTip(
        certificates.isEmpty() ? QString() : ageTip(certificates.first().health.checkedAt));
    rowsWidget(m_certificatesCard, &grid);
    for (int i = 0; i < certificates.size(); ++i) {
        const Row& r = certificates.at(i);
        auto* when = rowLabel(StatusReport::expiryText(r.health.tlsExpiresAt, now), Qt::AlignRight | Qt::AlignVCenter);
        const QColor colour = expiryColour(r.health.tlsExpiresAt);
        if (colour.isValid())
            when->setStyleSheet(QStringLiteral("color:%1").arg(colour.name()));
        when->setToolTip(tr("Valid until %1. %2")
                             .arg(QLocale().toString(r.health.tlsExpiresAt.toLocalTime(), QLocale::ShortFormat),
                                 ageTip(r.health.checkedAt)));
        grid->addWidget(rowLabel(r.tenant->name), i, 0);
        grid->addWidget(when, i, 1);
    }
    grid->setColumnStretch(0, 1);

    // Data sources.
    const QList<SourceStatus> sources = fleet.sources();
    int failing = 0;
    for (const SourceStatus& s : sources)
        failing += s.state == SourceStatus::State::Failing ? 1 : 0;
    m_sourcesCard->setValue(sources.isEmpty() ? tr("Starting…")
            : failing == 0                    ? tr("All %1 OK").arg(sources.size())
                                              : tr("%n failing", nullptr, failing),
        failing == 0 ? Theme::stateColor(HealthState::Up) : Theme::danger());
    rowsWidget(m_sourcesCard, &grid);
    int sourceRow = 0;
    for (const SourceStatus& s : sources) {
        const bool bad = s.state == SourceStatus::State::Failing;
        auto* state = rowLabel(bad                   ? tr("failing")
                : s.state == SourceStatus::State::Ok ? tr("OK")
                                                     : tr("not yet"),
            Qt::AlignRight | Qt::AlignVCenter);
        state->setStyleSheet(
            QStringLiteral("color:%1").arg((bad ? Theme::danger() : Theme::stateColor(HealthState::Up)).name()));
        state->setToolTip(bad ? s.error : ageTip(s.lastSuccessAt));
        auto* name = rowLabel(s.displayName);
        name->setToolTip(state->toolTip());
        grid->addWidget(name, sourceRow, 0);
        grid->addWidget(state, sourceRow, 1);
        ++sourceRow;
        if (bad) {
            auto* error = rowLabel(s.error);
            error->setWordWrap(true);
            error->setObjectName(QStringLiteral("cardDetail"));
            grid->addWidget(error, sourceRow++, 0, 1, 2);
        }
    }
    grid->setColumnStretch(0, 1);
}

void OverviewPanel::refreshSparklines()
{
    if (m_sparklineSlugs.isEmpty() || !m_context.store)
        return;
    const quint64 generation = ++m_sparklineGeneration;
    const QStringList slugs = m_sparklineSlugs;
    const QDateTime to = QDateTime::currentDateTimeUtc();
    const QDateTime from = to.addSecs(-3600);
    m_context.store->withCache<QList<QList<double>>>(
        [slugs, from, to](LocalCache& cache) {
            QList<QList<double>> series;
            for (const QString& slug : slugs) {
                QList<double> values;
                for (const HealthSample& s : cache.healthHistory(slug, from, to).valueOr(QList<HealthSample>())) {
                    if (s.latencyMs >= 0)
                        values << s.latencyMs;
                }
                series << values;
            }
            return series;
        },
        {}, this,
        [this, generation](const QList<QList<double>>& series) {
            if (generation != m_sparklineGeneration)
                return;
            for (int i = 0; i < series.size() && i < m_sparklines.size(); ++i)
                m_sparklines.at(i)->setValues(series.at(i));
        });
}

} // namespace Fleetdeck
