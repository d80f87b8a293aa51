#include "ui/panels/overviewpanel.h"

#include "core/fleet/alertservice.h"
#include "core/fleet/fleetstate.h"
#include "core/fleet/statusreport.h"
#include "core/fleet/whatsappmonitor.h"
#include "core/store/localcache.h"
#include "core/store/storeworker.h"
#include "ui/models/alerttablemodel.h"
#include "ui/models/whatsapptablemodel.h"
#include "ui/theme.h"
#include "ui/widgets/kpicard.h"
#include "ui/widgets/sparkline.h"
#include "ui/widgets/statebar.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
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
    , m_alertsCard(new KpiCard(tr("Alerts"), this))
    , m_whatsAppCard(new KpiCard(tr("WhatsApp"), this))
    , m_subtitle(new QLabel(this))
{
    setObjectName(QStringLiteral("overviewPanel"));
    m_fleetCard->setObjectName(QStringLiteral("card"));
    m_fleetCard->setAccessibleName(QStringLiteral("fleetCard"));
    m_slowestCard->setAccessibleName(QStringLiteral("slowestCard"));
    m_certificatesCard->setAccessibleName(QStringLiteral("certificatesCard"));
    m_sourcesCard->setAccessibleName(QStringLiteral("sourcesCard"));
    m_alertsCard->setAccessibleName(QStringLiteral("alertsCard"));
    m_fleetCard->setToolTip(tr("Open the clients that need attention"));
    m_slowestCard->setToolTip(tr("Open the client list sorted by latency"));
    m_certificatesCard->setToolTip(tr("Open the client list sorted by certificate expiry"));
    m_sourcesCard->setToolTip(tr("Show every data source and its last error"));
    m_alertsCard->setToolTip(tr("Open the alerts (Ctrl+4)"));
    m_whatsAppCard->setAccessibleName(QStringLiteral("whatsAppCard"));
    m_whatsAppCard->setToolTip(tr("Open the WhatsApp numbers (Ctrl+5)"));

    auto* title = new QLabel(tr("Overview"), this);
    title->setObjectName(QStringLiteral("panelTitle"));
    m_subtitle->setObjectName(QStringLiteral("panelSubtitle"));
    auto* grid = new QGridLayout;
    grid->setSpacing(16);
    // Alerts first and across: what someone must act on now.
    grid->addWidget(m_alertsCard, 0, 0, 1, 2);
    grid->addWidget(m_fleetCard, 1, 0);
    grid->addWidget(m_whatsAppCard, 1, 1);
    grid->addWidget(m_sourcesCard, 2, 0);
    grid->addWidget(m_slowestCard, 2, 1);
    grid->addWidget(m_certificatesCard, 3, 0);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    // The cards scroll when the window is shorter than they are: the Overview never sets the window's minimum height.
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("overviewContent"));
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(m_subtitle);
    layout->addLayout(grid);
    layout->addStretch(1); // cards keep their natural height; later features add more of them
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_fleetCard, &KpiCard::clicked, this, &OverviewPanel::problemsRequested);
    connect(m_slowestCard, &KpiCard::clicked, this, &OverviewPanel::slowestRequested);
    connect(m_certificatesCard, &KpiCard::clicked, this, &OverviewPanel::certificatesRequested);
    connect(m_sourcesCard, &KpiCard::clicked, this, &OverviewPanel::sourcesRequested);
    connect(m_alertsCard, &KpiCard::clicked, this, &OverviewPanel::alertsRequested);
    connect(m_whatsAppCard, &KpiCard::clicked, this, &OverviewPanel::whatsAppRequested);
    if (m_context.whatsApp)
        connect(m_context.whatsApp, &WhatsAppMonitor::updated, this, &OverviewPanel::updateWhatsAppCard);

    // Many small health updates arrive during a refresh: repaint the cards at most four times a second.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(250);
    connect(&m_coalesce, &QTimer::timeout, this, &OverviewPanel::update);
    connect(m_context.fleet, &FleetState::healthChanged, this, &OverviewPanel::scheduleUpdate);
    connect(m_context.fleet, &FleetState::tenantsReset, this, &OverviewPanel::scheduleUpdate);
    connect(m_context.fleet, &FleetState::sourcesChanged, this, &OverviewPanel::scheduleUpdate);
    // The alert service announces every pass (at least every 15 s): the card rebuilds only when what it shows changed.
    m_alertsCoalesce.setSingleShot(true);
    m_alertsCoalesce.setInterval(500);
    connect(&m_alertsCoalesce, &QTimer::timeout, this, &OverviewPanel::updateAlertsCard);
    if (m_context.alerts)
        connect(m_context.alerts, &AlertService::alertsChanged, this, &OverviewPanel::scheduleAlertsUpdate);
    update();
    updateAlertsCard();
    updateWhatsAppCard();
}

void OverviewPanel::updateWhatsAppCard()
{
    const WhatsAppMonitor* monitor = m_context.whatsApp;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    if (!monitor || !monitor->isConfigured()) {
        if (m_whatsAppShown == QLatin1String("off"))
            return;
        m_whatsAppShown = QStringLiteral("off");
        m_whatsAppCard->setValue(tr("Not set up"), Theme::mutedText());
        m_whatsAppCard->setDetailText(tr("Add Evolution API to the profile to watch every client's WhatsApp number."));
        return;
    }
    const WhatsAppSummary counts = monitor->counts();
    // The disconnected ones, longest first: who has been unreachable the longest.
    QList<const WhatsAppStatus*> down;
    for (const WhatsAppStatus& status : monitor->instances()) {
        if (WhatsAppTableModel::group(status) == WhatsAppTableModel::Group::Disconnected)
            down << &status;
    }
    std::sort(down.begin(), down.end(), [](const WhatsAppStatus* a, const WhatsAppStatus* b) {
        return a->since.isValid() && (!b->since.isValid() || a->since < b->since);
    });
    if (down.size() > 3)
        down.resize(3);
    QString shown = QStringLiteral("%1|%2|%3|%4|%5|")
                        .arg(counts.connected)
                        .arg(counts.waiting + counts.unknown)
                        .arg(counts.disconnected)
                        .arg(monitor->knownAt().isValid())
                        .arg(monitor->error());
    for (const WhatsAppStatus* status : std::as_const(down))
        shown += status->instance.name + WhatsAppTableModel::stateText(*status)
            + StatusReport::ageText(status->since, now) + QLatin1Char(';');
    if (shown == m_whatsAppShown)
        return;
    m_whatsAppShown = shown;

    const int total = counts.connected + counts.waiting + counts.unknown + counts.disconnected;
    if (!monitor->knownAt().isValid())
        m_whatsAppCard->setValue(monitor->error().isEmpty() ? tr("Not checked yet") : tr("Cannot be checked"),
            monitor->error().isEmpty() ? Theme::mutedText() : Theme::danger());
    else
        m_whatsAppCard->setValue(
            tr("%1 of %2 connected").arg(locale.toString(counts.connected), locale.toString(total)),
            counts.disconnected > 0 ? Theme::stateColor(HealthState::Down) : Theme::stateColor(HealthState::Up));
    m_whatsAppCard->setValueToolTip(monitor->error().isEmpty() ? ageTip(monitor->knownAt()) : monitor->error());

    auto* widget = new QWidget;
    auto* rows = new QVBoxLayout(widget);
    rows->setContentsMargins(0, 4, 0, 0);
    rows->setSpacing(6);
    auto* byState = new QHBoxLayout;
    byState->setSpacing(18);
    const int waiting = counts.waiting + counts.unknown;
    const QList<std::tuple<QString, int, QColor>> lines = {
        {tr("%n connected", nullptr, counts.connected), counts.connected, Theme::stateColor(HealthState::Up)},
        {tr("%n waiting", nullptr, waiting), waiting, Theme::stateColor(HealthState::Degraded)},
        {tr("%n disconnected", nullptr, counts.disconnected), counts.disconnected,
            Theme::stateColor(HealthState::Down)}};
    for (const auto& [text, n, colour] : lines) {
        const QColor shownColour = n > 0 ? colour : Theme::mutedText();
        auto* word = rowLabel(QStringLiteral("● ") + text);
        word->setStyleSheet(QStringLiteral("color:%1").arg(shownColour.name()));
        byState->addWidget(word);
    }
    byState->addStretch(1);
    rows->addLayout(byState);

    auto* list = new QGridLayout;
    list->setHorizontalSpacing(12);
    list->setVerticalSpacing(6);
    if (down.isEmpty()) {
        auto* calm = rowLabel(monitor->knownAt().isValid() ? tr("Every paired number is connected.")
                                                           : tr("The numbers appear after the first check."));
        calm->setObjectName(QStringLiteral("cardDetail"));
        list->addWidget(calm, 0, 0, 1, 3);
    }
    for (int i = 0; i < down.size(); ++i) {
        const WhatsAppStatus* status = down.at(i);
        const Tenant* tenant = status->tenantSlug.isEmpty() ? nullptr : m_context.fleet->tenant(status->tenantSlug);
        auto* who = rowLabel(tenant ? tenant->name : status->instance.name);
        QString why = WhatsAppTableModel::stateText(*status);
        if (status->instance.disconnectionCode && !status->dead)
            why = whatsAppDisconnectionReason(*status->instance.disconnectionCode);
        auto* reason = rowLabel(why);
        reason->setStyleSheet(QStringLiteral("color:%1").arg(Theme::stateColor(HealthState::Down).name()));
        auto* age = rowLabel(status->since.isValid() ? StatusReport::ageText(status->since, now) : QString(),
            Qt::AlignRight | Qt::AlignVCenter);
        age->setObjectName(QStringLiteral("cardDetail"));
        list->addWidget(who, i, 0);
        list->addWidget(reason, i, 1);
        list->addWidget(age, i, 2);
    }
    list->setColumnStretch(1, 1);
    rows->addLayout(list);
    m_whatsAppCard->setDetailWidget(widget);
}

void OverviewPanel::scheduleAlertsUpdate()
{
    if (!m_alertsCoalesce.isActive())
        m_alertsCoalesce.start();
}

void OverviewPanel::updateAlertsCard()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const AlertService* service = m_context.alerts;
    const AlertCounts counts = service ? service->counts() : AlertCounts{};
    QList<const Alert*> newest;
    if (service) {
        for (const Alert& a : service->alerts()) {
            if (a.needsAttention())
                newest << &a;
        }
    }
    const auto firedAt = [](const Alert* a) {
        return a->firedAt.isValid() ? a->firedAt : a->since;
    };
    std::sort(newest.begin(), newest.end(), [&](const Alert* a, const Alert* b) {
        return firedAt(a) != firedAt(b) ? firedAt(a) > firedAt(b) : a->severity > b->severity;
    });
    if (newest.size() > 3)
        newest.resize(3);

    // Build nothing when nothing on the card would change.
    const bool evaluated = service && service->isStarted();
    QString shown = QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|")
                        .arg(evaluated)
                        .arg(counts.firing[0])
                        .arg(counts.firing[1])
                        .arg(counts.firing[2])
                        .arg(counts.firing[3])
                        .arg(counts.pending)
                        .arg(counts.acknowledged)
                        .arg(counts.silenced + counts.suppressed);
    for (const Alert* a : std::as_const(newest))
        shown += a->id + QLatin1Char(',') + QString::number(int(a->severity)) + QLatin1Char(',') + a->summary
            + QLatin1Char(',') + StatusReport::ageText(firedAt(a), now) + QLatin1Char(';');
    if (shown == m_alertsShown)
        return;
    m_alertsShown = shown;

    const int attention = counts.needingAttention();
    const std::optional<AlertSeverity> worst = counts.worst();
    if (!evaluated)
        m_alertsCard->setValue(tr("Not evaluated yet"), Theme::mutedText());
    else if (attention == 0)
        m_alertsCard->setValue(tr("Nothing needs attention"), Theme::stateColor(HealthState::Up));
    else
        m_alertsCard->setValue(
            attention == 1 ? tr("1 needs attention") : tr("%1 need attention").arg(QLocale().toString(attention)),
            AlertTableModel::severityColour(worst.value()));
    m_alertsCard->setValueToolTip(service && service->lastEvaluatedAt().isValid()
            ? tr("Evaluated %1").arg(StatusReport::ageText(service->lastEvaluatedAt(), now))
            : QString());

    auto* widget = new QWidget;
    auto* columns = new QHBoxLayout(widget);
    columns->setContentsMargins(0, 4, 0, 0);
    columns->setSpacing(32);

    // Left: how many need attention, by severity, and the rest in one line.
    auto* bySeverity = new QGridLayout;
    bySeverity->setHorizontalSpacing(10);
    bySeverity->setVerticalSpacing(6);
    int line = 0;
    for (int s = kAlertSeverityCount - 1; s >= 0; --s) {
        const auto severity = static_cast<AlertSeverity>(s);
        const int n = counts.firing[s];
        const QColor colour = n > 0 ? AlertTableModel::severityColour(severity) : Theme::mutedText();
        auto* word = rowLabel(QStringLiteral("● %1").arg(alertSeverityDisplayName(severity)));
        word->setStyleSheet(QStringLiteral("color:%1").arg(colour.name()));
        auto* number = rowLabel(QLocale().toString(n), Qt::AlignRight | Qt::AlignVCenter);
        number->setStyleSheet(QStringLiteral("color:%1; font-weight:600").arg(colour.name()));
        bySeverity->addWidget(word, line, 0);
        bySeverity->addWidget(number, line, 1);
        ++line;
    }
    auto* others = rowLabel(tr("%1 pending · %2 acknowledged · %3 silenced")
                                .arg(counts.pending)
                                .arg(counts.acknowledged)
                                .arg(counts.silenced + counts.suppressed));
    others->setObjectName(QStringLiteral("cardDetail"));
    bySeverity->addWidget(others, line, 0, 1, 2);
    bySeverity->setColumnMinimumWidth(1, fontMetrics().averageCharWidth() * 4);
    columns->addLayout(bySeverity);

    // Right: the newest alerts that need someone, named.
    auto* latest = new QGridLayout;
    latest->setHorizontalSpacing(12);
    latest->setVerticalSpacing(6);
    auto* heading = rowLabel(tr("Newest firing"));
    heading->setObjectName(QStringLiteral("cardDetail"));
    latest->addWidget(heading, 0, 0, 1, 3);
    if (newest.isEmpty()) {
        auto* calm = rowLabel(
            evaluated ? tr("No alert is firing without someone on it.") : tr("Alerts appear after the first checks."));
        calm->setObjectName(QStringLiteral("cardDetail"));
        latest->addWidget(calm, 1, 0, 1, 3);
    }
    for (int i = 0; i < newest.size(); ++i) {
        const Alert* a = newest.at(i);
        auto* severity =
            rowLabel(QStringLiteral("● %1").arg(alertSeverityDisplayName(a->severity)), Qt::AlignLeft | Qt::AlignTop);
        severity->setStyleSheet(
            QStringLiteral("color:%1; font-weight:600").arg(AlertTableModel::severityColour(a->severity).name()));
        auto* summary = rowLabel(a->summary, Qt::AlignLeft | Qt::AlignTop);
        summary->setWordWrap(true);
        summary->setToolTip(a->detail);
        auto* age = rowLabel(StatusReport::ageText(firedAt(a), now), Qt::AlignRight | Qt::AlignTop);
        age->setObjectName(QStringLiteral("cardDetail"));
        age->setToolTip(QLocale().toString(firedAt(a).toLocalTime(), QLocale::LongFormat));
        latest->addWidget(severity, i + 1, 0, Qt::AlignTop);
        latest->addWidget(summary, i + 1, 1);
        latest->addWidget(age, i + 1, 2, Qt::AlignTop);
    }
    latest->setColumnStretch(1, 1);
    columns->addLayout(latest, 1);
    m_alertsCard->setDetailWidget(widget);
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
