#include "ui/panels/healthpanel.h"

#include "core/engine/alertnames.h"
#include "core/fleet/alertservice.h"
#include "core/fleet/fleetstate.h"
#include "core/fleet/platformmonitor.h"
#include "core/fleet/refreshscheduler.h"
#include "core/fleet/statusreport.h"
#include "core/logging.h"
#include "core/store/localcache.h"
#include "core/store/storeworker.h"
#include "ui/models/healthtablemodel.h"
#include "ui/theme.h"
#include "ui/widgets/banner.h"
#include "ui/widgets/gauge.h"
#include "ui/widgets/healthdelegate.h"
#include "ui/widgets/latencychart.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Fleetdeck {

namespace {

constexpr int kUptimeIntervalMs = 60 * 1000;
// A certificate's gauge is full at 90 days: what Let's Encrypt issues, and more than enough to be calm.
constexpr double kCertificateFullDays = 90.0;

qint64 rangeSeconds(HealthPanel::Range range)
{
    switch (range) {
    case HealthPanel::Range::Hour:
        return 3600;
    case HealthPanel::Range::Day:
        return 24 * 3600;
    case HealthPanel::Range::Month:
        break;
    }
    return 30 * 24 * 3600;
}

// What the store thread answers for the selected row.
struct DetailData
{
    QString error; // translated; the history could not be read
    QList<LatencyChart::Bucket> buckets;
    qint64 samples = 0; // stored samples behind the chart
    std::optional<SubjectUptime> uptime;
};

QString html(const QString& text)
{
    return text.toHtmlEscaped();
}

QColor blend(const QColor& a, const QColor& b, double share)
{
    return QColor::fromRgbF(float(a.redF() * share + b.redF() * (1 - share)),
        float(a.greenF() * share + b.greenF() * (1 - share)), float(a.blueF() * share + b.blueF() * (1 - share)));
}

QLabel* factCaption(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("muted"));
    return label;
}

QLabel* factValue(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

HealthPanel::HealthPanel(const ConsoleContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new HealthTableModel(context.fleet, context.monitor, context.alerts, this))
    , m_proxy(new HealthFilterProxy(this))
    , m_subtitle(new QLabel(this))
    , m_banner(new Banner(this))
    , m_search(new QLineEdit(this))
    , m_scopes(new QButtonGroup(this))
    , m_count(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_listStack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("healthPanel"));
    m_proxy->setSourceModel(m_model);

    auto* title = new QLabel(tr("Health"), this);
    title->setObjectName(QStringLiteral("panelTitle"));
    m_subtitle->setObjectName(QStringLiteral("panelSubtitle"));

    m_search->setObjectName(QStringLiteral("healthSearch"));
    m_search->setPlaceholderText(tr("Search servers, databases and clients…"));
    m_search->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("muted"));
    auto* filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(m_search, 2);
    filters->addSpacing(10);
    using Scope = HealthFilterProxy::Scope;
    const QList<std::pair<Scope, const char*>> scopes = {{Scope::All, "scopeAll"}, {Scope::Platform, "scopePlatform"},
        {Scope::Clients, "scopeClients"}, {Scope::Problems, "scopeProblems"}};
    for (const auto& [scope, name] : scopes) {
        auto* button = new QPushButton(this);
        button->setObjectName(QLatin1String(name));
        button->setProperty("segment", true);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::TabFocus);
        m_scopes->addButton(button, static_cast<int>(scope));
        m_scopeButtons << button;
        filters->addWidget(button);
    }
    m_scopeButtons.at(static_cast<int>(Scope::Problems))
        ->setToolTip(
            tr("Down or degraded, stale, alerting, a disk over 90 % or a certificate expiring within 14 days"));
    m_scopes->button(static_cast<int>(Scope::All))->setChecked(true);
    filters->addSpacing(10);
    filters->addWidget(m_count);
    filters->addStretch(1);

    m_view->setObjectName(QStringLiteral("healthView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(HealthTableModel::StateColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setItemDelegateForColumn(HealthTableModel::StateColumn, new HealthDelegate(m_view));
    m_view->installEventFilter(this);
    // Wide enough for the content and for the (bold) header with its sort arrow, whichever is wider.
    const int charWidth = fontMetrics().averageCharWidth();
    QFont headerFont = font();
    headerFont.setWeight(QFont::DemiBold);
    const QFontMetrics headerMetrics(headerFont);
    const QList<std::pair<int, int>> widths = {{HealthTableModel::NameColumn, 28}, {HealthTableModel::KindColumn, 9},
        {HealthTableModel::StateColumn, 15}, {HealthTableModel::LatencyColumn, 9},
        {HealthTableModel::UptimeDayColumn, 8}, {HealthTableModel::UptimeWeekColumn, 8},
        {HealthTableModel::UptimeMonthColumn, 8}, {HealthTableModel::TlsExpiryColumn, 13},
        {HealthTableModel::DiskColumn, 6}, {HealthTableModel::AlertsColumn, 6}};
    for (const auto& [column, chars] : widths) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        m_view->setColumnWidth(column, std::max(charWidth * chars, headerMetrics.horizontalAdvance(header) + 34));
    }

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_listStack->addWidget(m_view);
    m_listStack->addWidget(m_empty);

    m_splitter->setObjectName(QStringLiteral("healthSplitter"));
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(buildDetail());
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({1100, 1000}); // a proportion until shown: about half the height for the list
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    auto* heading = new QVBoxLayout;
    heading->setSpacing(2);
    heading->addWidget(title);
    heading->addWidget(m_subtitle);
    layout->addLayout(heading);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) { setSearchText(text); });
    connect(m_scopes, &QButtonGroup::idClicked, this, [this](int id) { setScope(static_cast<Scope>(id)); });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            const QString id = current.isValid() ? current.data(HealthTableModel::IdRole).toString() : QString();
            if (id == m_selectedId)
                return;
            m_selectedId = id;
            updateDetail();
            loadDetail();
        });
    connect(m_view, &QTableView::doubleClicked, this, [this] { openCurrent(); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &HealthPanel::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &HealthPanel::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &HealthPanel::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &HealthPanel::updateEmptyState);

    // Health arrives in many small batches during a refresh: rebuild the rows at most four times a second.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(250);
    connect(&m_coalesce, &QTimer::timeout, this, &HealthPanel::updateRows);
    m_clock.setInterval(30 * 1000);
    connect(&m_clock, &QTimer::timeout, this, &HealthPanel::scheduleUpdate);
    m_clock.start();
    // A moment after a round, so its samples are written before the cache is asked (the store runs jobs in order).
    m_afterRound.setSingleShot(true);
    m_afterRound.setInterval(400);
    connect(&m_afterRound, &QTimer::timeout, this, [this] {
        loadDetail();
        scheduleUptime();
    });
    m_uptimeTimer.setSingleShot(true);
    connect(&m_uptimeTimer, &QTimer::timeout, this, &HealthPanel::refreshUptime);

    if (m_context.fleet) {
        connect(m_context.fleet, &FleetState::healthChanged, this, &HealthPanel::scheduleUpdate);
        connect(m_context.fleet, &FleetState::tenantsReset, this, &HealthPanel::scheduleUpdate);
        connect(m_context.fleet, &FleetState::sourcesChanged, this, &HealthPanel::scheduleUpdate);
    }
    if (m_context.monitor) {
        connect(m_context.monitor, &PlatformMonitor::updated, this, [this] {
            scheduleUpdate();
            m_afterRound.start();
        });
    }
    if (m_context.alerts)
        connect(m_context.alerts, &AlertService::alertsChanged, this, &HealthPanel::scheduleUpdate);
    if (m_context.scheduler)
        connect(m_context.scheduler, &RefreshScheduler::healthRoundFinished, this, [this] { m_afterRound.start(); });

    applyStyle();
    updateRows();
    scheduleUptime();
}

QWidget* HealthPanel::buildDetail()
{
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("healthDetail"));
    m_detailStack = new QStackedWidget(card);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(16, 14, 16, 14);
    cardLayout->addWidget(m_detailStack);

    m_detailHint = new QLabel(tr("Select a server or a client to see its latency over time, its certificate and its "
                                 "disk. Double-click a client (or press Enter) to open it."),
        card);
    m_detailHint->setObjectName(QStringLiteral("emptyState"));
    m_detailHint->setAlignment(Qt::AlignCenter);
    m_detailHint->setWordWrap(true);
    m_detailStack->addWidget(m_detailHint);

    auto* content = new QWidget(card);
    m_detailStack->addWidget(content);
    auto* row = new QHBoxLayout(content);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(20);

    // Left: what it is and the numbers.
    auto* info = new QWidget(content);
    info->setFixedWidth(fontMetrics().averageCharWidth() * 38);
    auto* infoLayout = new QVBoxLayout(info);
    infoLayout->setContentsMargins(0, 0, 0, 0);
    infoLayout->setSpacing(4);
    m_detailTitle = new QLabel(info);
    m_detailTitle->setObjectName(QStringLiteral("detailTitle"));
    m_detailTitle->setTextFormat(Qt::PlainText);
    m_detailTitle->setWordWrap(true);
    m_detailSubtitle = new QLabel(info);
    m_detailSubtitle->setObjectName(QStringLiteral("muted"));
    m_detailSubtitle->setTextFormat(Qt::PlainText);
    m_detailSubtitle->setWordWrap(true);
    m_detailState = new QLabel(info);
    m_detailState->setObjectName(QStringLiteral("detailState"));
    m_detailState->setTextFormat(Qt::RichText);
    m_detailState->setWordWrap(true);
    m_detailState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts = new QGridLayout;
    m_facts->setContentsMargins(0, 8, 0, 0);
    m_facts->setHorizontalSpacing(12);
    m_facts->setVerticalSpacing(5);
    m_latencyCaption = factCaption(tr("Latency now"), info);
    m_latencyValue = factValue(info);
    m_dayValue = factValue(info);
    m_weekValue = factValue(info);
    m_monthValue = factValue(info);
    m_checkedValue = factValue(info);
    m_alertsValue = factValue(info);
    m_dayValue->setObjectName(QStringLiteral("uptimeDayValue"));
    const QList<std::pair<QLabel*, QLabel*>> facts = {{m_latencyCaption, m_latencyValue},
        {factCaption(tr("Uptime 24 h"), info), m_dayValue}, {factCaption(tr("Uptime 7 d"), info), m_weekValue},
        {factCaption(tr("Uptime 30 d"), info), m_monthValue}, {factCaption(tr("Last checked"), info), m_checkedValue},
        {factCaption(tr("Active alerts"), info), m_alertsValue}};
    for (int i = 0; i < facts.size(); ++i) {
        m_facts->addWidget(facts.at(i).first, i, 0);
        m_facts->addWidget(facts.at(i).second, i, 1);
    }
    m_facts->setColumnStretch(1, 1);
    infoLayout->addWidget(m_detailTitle);
    infoLayout->addWidget(m_detailSubtitle);
    infoLayout->addSpacing(6);
    infoLayout->addWidget(m_detailState);
    infoLayout->addLayout(m_facts);
    infoLayout->addStretch(1);
    row->addWidget(info);

    // Middle: the latency chart with its window, or a component's detail.
    auto* middle = new QVBoxLayout;
    middle->setSpacing(6);
    auto* chartHeader = new QHBoxLayout;
    chartHeader->setSpacing(4);
    m_chartTitle = new QLabel(content);
    m_chartTitle->setObjectName(QStringLiteral("cardTitle"));
    chartHeader->addWidget(m_chartTitle);
    chartHeader->addStretch(1);
    m_rangeButtons = new QWidget(content);
    auto* rangeLayout = new QHBoxLayout(m_rangeButtons);
    rangeLayout->setContentsMargins(0, 0, 0, 0);
    rangeLayout->setSpacing(4);
    m_ranges = new QButtonGroup(this);
    const QList<std::tuple<Range, QString, const char*, QString>> ranges = {
        {Range::Hour, tr("1 h"), "range1h", tr("The last hour, every stored check")},
        {Range::Day, tr("24 h"), "range24h", tr("The last 24 hours, hourly averages")},
        {Range::Month, tr("30 d"), "range30d", tr("The last 30 days, hourly averages")}};
    for (const auto& [range, text, name, tip] : ranges) {
        auto* button = new QPushButton(text, m_rangeButtons);
        button->setObjectName(QLatin1String(name));
        button->setProperty("segment", true);
        button->setCheckable(true);
        button->setToolTip(tip);
        m_ranges->addButton(button, static_cast<int>(range));
        rangeLayout->addWidget(button);
    }
    m_ranges->button(static_cast<int>(m_range))->setChecked(true);
    connect(m_ranges, &QButtonGroup::idClicked, this, [this](int id) { setRange(static_cast<Range>(id)); });
    chartHeader->addWidget(m_rangeButtons);
    middle->addLayout(chartHeader);

    m_chartStack = new QStackedWidget(content);
    auto* chartPage = new QWidget(m_chartStack);
    auto* chartLayout = new QVBoxLayout(chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(2);
    m_chart = new LatencyChart(chartPage);
    m_chart->setObjectName(QStringLiteral("latencyChart"));
    m_chartLegend = new QLabel(chartPage);
    m_chartLegend->setObjectName(QStringLiteral("chartLegend"));
    m_chartLegend->setTextFormat(Qt::RichText);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(m_chartLegend);
    m_componentInfo = new QLabel(m_chartStack);
    m_componentInfo->setObjectName(QStringLiteral("componentInfo"));
    m_componentInfo->setTextFormat(Qt::RichText);
    m_componentInfo->setWordWrap(true);
    m_componentInfo->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_componentInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chartStack->addWidget(chartPage);
    m_chartStack->addWidget(m_componentInfo);
    middle->addWidget(m_chartStack, 1);
    row->addLayout(middle, 1);

    // Right: the gauges, numbers in words under them.
    auto* gauges = new QVBoxLayout;
    gauges->setSpacing(12);
    m_certificateGauge = new Gauge(tr("Certificate"), content);
    m_certificateGauge->setObjectName(QStringLiteral("certificateGauge"));
    m_certificateGauge->setMarks({7.0 / kCertificateFullDays, 14.0 / kCertificateFullDays});
    m_certificateGauge->setToolTip(tr("Days until the TLS certificate expires: red under 7 days, amber under 14"));
    m_diskGauge = new Gauge(tr("Disk"), content);
    m_diskGauge->setObjectName(QStringLiteral("diskGauge"));
    m_diskGauge->setMarks({0.8, 0.9, 0.95});
    m_diskGauge->setToolTip(tr("The fullest file system: amber from 80 %, orange from 90 %, red from 95 %"));
    gauges->addWidget(m_certificateGauge);
    gauges->addWidget(m_diskGauge);
    gauges->addStretch(1);
    row->addLayout(gauges);

    card->setMinimumHeight(fontMetrics().height() * 17);
    return card;
}

void HealthPanel::applyStyle()
{
    m_styledDark = Theme::isDark();
    const QColor accent = Theme::accent();
    const QColor border = Theme::border();
    const QString checked =
        QStringLiteral("rgba(%1, %2, %3, 0.18)").arg(accent.red()).arg(accent.green()).arg(accent.blue());
    setStyleSheet(QStringLiteral("QFrame#healthDetail { background: %1; border: 1px solid %2; border-radius: 12px; }"
                                 "QLabel#detailTitle { font-size: 14pt; font-weight: 700; }"
                                 "QLabel#detailState { font-size: 11pt; }"
                                 "QPushButton[segment=\"true\"] { padding: 4px 12px; border-radius: 13px; }"
                                 "QPushButton[segment=\"true\"]:checked { background: %3; border: 1px solid %4; "
                                 "font-weight: 600; }")
                      .arg(Theme::cardBackground().name(), border.name(), checked, accent.name()));
    const QColor card = Theme::cardBackground();
    const QString muted = Theme::mutedText().name();
    m_chartLegend->setText(
        QStringLiteral("<span style=\"color:%1\">%2</span> <span style=\"color:%3\">━</span> %4 &nbsp; "
                       "<span style=\"color:%5\">█</span> %6 &nbsp; <span style=\"color:%7\">█</span> %8")
            .arg(muted, html(tr("Per point:")), accent.name(), html(tr("average")), blend(accent, card, 0.35).name(),
                html(tr("min to max")), blend(Theme::danger(), card, 0.35).name(), html(tr("down at least once"))));
}

void HealthPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The theme changed (Preferences): the card and legend colours come from it.
    if (event->type() == QEvent::PaletteChange && m_chartLegend && Theme::isDark() != m_styledDark)
        applyStyle();
}

bool HealthPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HealthPanel::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const auto kind = static_cast<HealthTableModel::RowKind>(current.data(HealthTableModel::RowKindRole).toInt());
    if (kind == HealthTableModel::RowKind::Tenant)
        emit tenantRequested(current.data(HealthTableModel::IdRole).toString());
}

QString HealthPanel::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void HealthPanel::setScope(HealthFilterProxy::Scope scope)
{
    if (QAbstractButton* button = m_scopes->button(static_cast<int>(scope)); button && !button->isChecked())
        button->setChecked(true);
    m_proxy->setScope(scope);
    updateCounts();
    updateEmptyState();
}

void HealthPanel::setSearchText(const QString& text)
{
    if (m_search->text() != text)
        m_search->setText(text); // comes back here through textChanged
    m_proxy->setSearchText(text);
    updateCounts();
    updateEmptyState();
}

void HealthPanel::select(const QString& id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_search->clear();
        setScope(HealthFilterProxy::Scope::All);
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void HealthPanel::setRange(Range range)
{
    if (QAbstractButton* button = m_ranges->button(static_cast<int>(range)); button && !button->isChecked())
        button->setChecked(true);
    if (range == m_range)
        return;
    m_range = range;
    m_chartTitle->setText(rangeTitle(m_range));
    loadDetail();
}

QString HealthPanel::rangeTitle(Range range) const
{
    switch (range) {
    case Range::Hour:
        return tr("Latency · last hour");
    case Range::Day:
        return tr("Latency · last 24 hours");
    case Range::Month:
        break;
    }
    return tr("Latency · last 30 days");
}

QString HealthPanel::componentPartsHtml(const HealthTableModel::Row& row) const
{
    constexpr int kMaxParts = 8;
    const PlatformMonitor* monitor = m_context.monitor;
    if (!monitor)
        return {};
    const QString muted = Theme::mutedText().name();
    const QLocale locale;
    QStringList lines;
    QString heading;
    int more = 0;
    const auto cellRow = [&muted](const QString& dotColour, const QString& first, const QString& second,
                             const QString& third) {
        return QStringLiteral("<tr><td><span style=\"color:%1\">●</span> %2</td>"
                              "<td align=\"right\" style=\"padding-left:18px\">%3</td>"
                              "<td style=\"padding-left:18px; color:%4\">%5</td></tr>")
            .arg(dotColour, html(first), second, muted, html(third));
    };
    if (row.id.startsWith(Subject::kHostPrefix)) {
        const QString host = row.id.mid(Subject::kHostPrefix.size());
        QList<FilesystemUsage> disks;
        for (const FilesystemUsage& fs : monitor->filesystems().values) {
            if (fs.host == host)
                disks << fs;
        }
        std::sort(disks.begin(), disks.end(),
            [](const FilesystemUsage& a, const FilesystemUsage& b) { return a.usedRatio > b.usedRatio; });
        heading = tr("File systems");
        for (const FilesystemUsage& fs : std::as_const(disks)) {
            if (lines.size() == kMaxParts) {
                ++more;
                continue;
            }
            const QString colour = diskColour(fs.usedRatio).name();
            lines << cellRow(colour, fs.mountpoint,
                QStringLiteral("<span style=\"color:%1\">%2</span>")
                    .arg(colour, html(tr("%1 % used").arg(locale.toString(fs.usedRatio * 100.0, 'f', 0)))),
                tr("%1 free of %2")
                    .arg(locale.formattedDataSize(qint64(fs.availBytes)),
                        locale.formattedDataSize(qint64(fs.sizeBytes))));
        }
        // The clients it carries: what a problem here would take down.
        int clients = 0;
        QStringList names;
        if (m_context.fleet) {
            for (const Tenant& t : m_context.fleet->tenants()) {
                if (!t.isMonitored() || t.host() != host)
                    continue;
                ++clients;
                if (names.size() < 6)
                    names << t.name;
            }
        }
        QString out = lines.isEmpty() ? QString()
                                      : QStringLiteral("<p style=\"color:%1; font-weight:600\">%2</p><table>%3</table>")
                                            .arg(muted, html(heading), lines.join(QString()));
        if (clients > 0)
            out +=
                QStringLiteral("<p style=\"color:%1; font-weight:600; margin-top:10px\">%2</p><p>%3</p>")
                    .arg(muted, html(tr("Clients on this server: %1").arg(clients)),
                        html(names.join(QStringLiteral(", "))
                            + (clients > names.size() ? tr(" and %1 more").arg(clients - names.size()) : QString())));
        return out;
    }
    if (row.id == PlatformMonitor::kPlatformDatabase) {
        heading = tr("Databases");
        for (const DatabaseServerStatus& server : monitor->databases().values) {
            for (const DatabaseUsage& db : server.databases) {
                if (lines.size() == kMaxParts) {
                    ++more;
                    continue;
                }
                lines << cellRow(Theme::stateColor(HealthState::Up).name(), db.name,
                    html(db.sizeBytes ? locale.formattedDataSize(qint64(*db.sizeBytes)) : tr("—")),
                    db.connections ? tr("%1 connections").arg(*db.connections) : QString());
            }
        }
    } else if (row.id.startsWith(QLatin1String("job:"))) {
        const QString job = row.id.mid(4);
        heading = tr("Targets");
        for (const TargetUp& target : monitor->targets().values) {
            if (target.job != job)
                continue;
            if (lines.size() == kMaxParts) {
                ++more;
                continue;
            }
            const HealthState state = target.up ? HealthState::Up : HealthState::Down;
            lines << cellRow(Theme::stateColor(state).name(), target.instance,
                QStringLiteral("<span style=\"color:%1\">%2</span>")
                    .arg(Theme::stateColor(state).name(), html(HealthTableModel::stateText(state))),
                target.tenantSlug);
        }
    }
    if (lines.isEmpty())
        return {};
    if (more > 0)
        lines
            << QStringLiteral("<tr><td style=\"color:%1\">%2</td></tr>").arg(muted, html(tr("and %1 more").arg(more)));
    return QStringLiteral("<p style=\"color:%1; font-weight:600\">%2</p><table>%3</table>")
        .arg(muted, html(heading), lines.join(QString()));
}

QColor HealthPanel::diskColour(double usedRatio)
{
    if (usedRatio >= 0.95)
        return Theme::danger();
    if (usedRatio >= 0.9)
        return QColor(0xF9, 0x73, 0x16); // between the warning amber and the danger red
    if (usedRatio >= 0.8)
        return Theme::warning();
    return Theme::stateColor(HealthState::Up);
}

QColor HealthPanel::certificateColour(qint64 secondsLeft)
{
    if (secondsLeft < 7 * 86400)
        return Theme::danger();
    if (secondsLeft < 14 * 86400)
        return Theme::warning();
    return Theme::stateColor(HealthState::Up);
}

void HealthPanel::scheduleUpdate()
{
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void HealthPanel::updateRows()
{
    m_model->refresh();
    updateBanner();
    updateCounts();
    updateEmptyState();
    updateDetail();
}

void HealthPanel::updateBanner()
{
    const PlatformMonitor* monitor = m_context.monitor;
    if (!monitor || !monitor->hasPrometheus()) {
        m_banner->showMessage(Banner::Kind::Info,
            tr("Add Prometheus in the profile to see servers and disks. Clients are listed from Fleetdeck's own "
               "checks."));
        return;
    }
    QString error;
    QDateTime lastGood;
    const auto consider = [&](const QString& queryError, const QDateTime& at) {
        if (error.isEmpty())
            error = queryError;
        if (at.isValid() && (!lastGood.isValid() || at < lastGood))
            lastGood = at;
    };
    consider(monitor->targets().error, monitor->targets().at);
    consider(monitor->filesystems().error, monitor->filesystems().at);
    consider(monitor->databases().error, monitor->databases().at);
    if (error.isEmpty()) {
        if (!monitor->targets().isKnown())
            m_banner->showMessage(Banner::Kind::Info, tr("Asking Prometheus for servers, disks and the database…"));
        else
            m_banner->showMessage(Banner::Kind::Info, QString());
        return;
    }
    if (lastGood.isValid()) {
        m_banner->showMessage(Banner::Kind::Warning,
            tr("Prometheus is failing: %1 Servers and disks show its last good data, from %2 (%3).")
                .arg(error, StatusReport::ageText(lastGood, QDateTime::currentDateTimeUtc()),
                    QLocale().toString(lastGood.toLocalTime(), QLocale::ShortFormat)));
    } else {
        m_banner->showMessage(Banner::Kind::Error,
            tr("Prometheus is failing: %1 No server data yet: check its URL and credentials in the profile.")
                .arg(error));
    }
}

void HealthPanel::updateCounts()
{
    using Scope = HealthFilterProxy::Scope;
    const QList<std::pair<Scope, QString>> labels = {{Scope::All, tr("All")}, {Scope::Platform, tr("Platform")},
        {Scope::Clients, tr("Clients")}, {Scope::Problems, tr("Problems")}};
    for (const auto& [scope, label] : labels)
        m_scopes->button(static_cast<int>(scope))->setText(tr("%1 %2").arg(label).arg(m_proxy->countIn(scope)));
    const int problems = m_proxy->countIn(Scope::Problems);
    QString subtitle = tr("Servers, exporters and the database as Prometheus reports them; clients from Fleetdeck's "
                          "own checks.");
    subtitle +=
        QLatin1Char(' ') + (problems > 0 ? tr("Needing attention: %1.").arg(problems) : tr("Nothing needs attention."));
    m_subtitle->setText(subtitle);
    m_count->setText(m_proxy->rowCount() == m_model->rowCount()
            ? QString()
            : tr("%1 of %2 shown").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void HealthPanel::updateEmptyState()
{
    if (m_proxy->rowCount() > 0) {
        m_listStack->setCurrentWidget(m_view);
        return;
    }
    if (m_model->rowCount() == 0)
        m_empty->setText(tr("Nothing to show yet. Clients appear once the client list has loaded, servers once "
                            "Prometheus answers."));
    else if (!m_proxy->searchText().isEmpty())
        m_empty->setText(tr("Nothing matches “%1”. Clear the search to see everything.").arg(m_proxy->searchText()));
    else if (m_proxy->scope() == HealthFilterProxy::Scope::Problems)
        m_empty->setText(tr("Nothing needs attention: every server and client is up, fresh and quiet."));
    else if (m_proxy->scope() == HealthFilterProxy::Scope::Platform)
        m_empty->setText(m_context.monitor && m_context.monitor->hasPrometheus()
                ? tr("Prometheus has not listed any server yet.")
                : tr("Add Prometheus in the profile to see servers and disks."));
    else
        m_empty->setText(tr("No monitored clients. Add one under Clients (Ctrl+N)."));
    m_listStack->setCurrentWidget(m_empty);
}

void HealthPanel::updateDetail()
{
    const HealthTableModel::Row* row = m_model->row(m_selectedId);
    if (!row) {
        m_detailStack->setCurrentWidget(m_detailHint);
        return;
    }
    m_detailStack->setCurrentIndex(1);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool isTenant = row->kind == HealthTableModel::RowKind::Tenant;
    m_detailTitle->setText(row->name);
    QStringList subtitle{row->kindText, row->id};
    if (isTenant && !row->host.isEmpty())
        subtitle << tr("on %1").arg(row->host);
    m_detailSubtitle->setText(subtitle.join(QStringLiteral(" · ")));

    QString state = QStringLiteral("<span style=\"color:%1; font-weight:600\">● %2</span>")
                        .arg(Theme::stateColor(row->state).name(), html(HealthTableModel::stateText(row->state)));
    if (isTenant && !row->detail.isEmpty() && row->state != HealthState::Up)
        state += QStringLiteral(" <span>— %1</span>").arg(html(row->detail));
    if (row->stale)
        state += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                     .arg(Theme::warning().name(), html(tr("Stale: %1").arg(row->staleReason)));
    m_detailState->setText(state);

    m_latencyCaption->setVisible(isTenant);
    m_latencyValue->setVisible(isTenant);
    m_latencyValue->setText(row->latencyMs >= 0 ? tr("%1 ms").arg(QLocale().toString(row->latencyMs)) : tr("—"));
    const std::optional<SubjectUptime> uptime = m_model->uptime(row->id);
    const auto setUptime = [this](QLabel* label, const std::optional<SubjectUptime>& up,
                               SubjectUptime::Window SubjectUptime::*window, const QString& period) {
        const SubjectUptime::Window w = up ? (*up).*window : SubjectUptime::Window{};
        label->setText(HealthTableModel::uptimeText(w));
        label->setToolTip(m_model->uptimeToolTip(w, period));
    };
    setUptime(m_dayValue, uptime, &SubjectUptime::day, tr("24 hours"));
    setUptime(m_weekValue, uptime, &SubjectUptime::week, tr("7 days"));
    setUptime(m_monthValue, uptime, &SubjectUptime::month, tr("30 days"));
    m_checkedValue->setText(row->checkedAt.isValid() ? StatusReport::ageText(row->checkedAt, now) : tr("never"));
    m_checkedValue->setToolTip(
        row->checkedAt.isValid() ? QLocale().toString(row->checkedAt.toLocalTime(), QLocale::LongFormat) : QString());
    m_alertsValue->setText(row->activeAlerts > 0
            ? tr("%1 (%2 need attention)").arg(row->activeAlerts).arg(row->alertsNeedingAttention)
            : tr("none"));
    m_alertsValue->setToolTip(row->alertSummary);

    m_chartTitle->setText(isTenant ? rangeTitle(m_range) : tr("What Prometheus reports"));
    m_rangeButtons->setVisible(isTenant);
    if (isTenant) {
        m_chartStack->setCurrentIndex(0);
    } else {
        const QString muted = Theme::mutedText().name();
        QString explanation;
        if (row->id == PlatformMonitor::kPlatformDatabase)
            explanation = tr("Size and connections come from Prometheus' PostgreSQL exporter. Fleetdeck does not "
                             "measure the database's latency; its uptime comes from the state recorded at each "
                             "Prometheus round.");
        else if (row->id.startsWith(Subject::kHostPrefix))
            explanation = tr("Prometheus' node_exporter reports whether this server answers and how full its file "
                             "systems are. Fleetdeck measures no latency for it; its uptime comes from the state "
                             "recorded at each Prometheus round.");
        else
            explanation = tr("The scrape targets of this Prometheus job: it is up when all of them answer. Its "
                             "uptime comes from the state recorded at each Prometheus round.");
        m_componentInfo->setText(
            QStringLiteral("<p style=\"font-size:13pt; margin-bottom:6px\">%1</p>%2<p style=\"color:%3\">%4</p>")
                .arg(html(row->detail.isEmpty() ? HealthTableModel::stateText(row->state) : row->detail),
                    componentPartsHtml(*row), muted, html(explanation)));
        m_chartStack->setCurrentIndex(1);
    }
    updateGauges();
}

void HealthPanel::updateGauges()
{
    const HealthTableModel::Row* row = m_model->row(m_selectedId);
    if (!row)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool isTenant = row->kind == HealthTableModel::RowKind::Tenant;

    m_certificateGauge->setVisible(isTenant);
    if (isTenant) {
        if (row->tlsExpiresAt.isValid()) {
            const qint64 left = now.secsTo(row->tlsExpiresAt);
            const qint64 days = left / 86400;
            const QString value = left < 0 ? tr("expired") : tr("%1 d").arg(days);
            const QString caption = left < 0
                ? StatusReport::expiryText(row->tlsExpiresAt, now)
                : tr("until %1").arg(QLocale().toString(row->tlsExpiresAt.toLocalTime().date(), QLocale::ShortFormat));
            m_certificateGauge->setReading(
                std::max(0.0, double(left) / 86400.0 / kCertificateFullDays), value, caption, certificateColour(left));
        } else {
            const Tenant* tenant = m_context.fleet ? m_context.fleet->tenant(row->id) : nullptr;
            const QStringList urls = tenant ? tenant->healthUrls() : QStringList();
            const bool anyHttps = std::any_of(urls.cbegin(), urls.cend(),
                [](const QString& url) { return url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive); });
            m_certificateGauge->clear(anyHttps ? tr("No certificate seen yet") : tr("No HTTPS endpoint"));
        }
    }

    // A client's disk is its server's.
    const HealthTableModel::Row* diskRow = row;
    QString where;
    if (isTenant) {
        diskRow = row->host.isEmpty() ? nullptr : m_model->row(Subject::host(row->host));
        where = row->host;
    }
    if (isTenant && row->host.isEmpty()) {
        m_diskGauge->clear(tr("No server named for this client"));
    } else if (diskRow && diskRow->diskUsedRatio) {
        const double used = *diskRow->diskUsedRatio;
        const QString mount = diskRow->diskMount.isEmpty() ? tr("its fullest file system") : diskRow->diskMount;
        m_diskGauge->setReading(used, tr("%1 %").arg(QLocale().toString(used * 100.0, 'f', 0)),
            isTenant ? tr("used on %1, %2").arg(where, mount) : tr("used on %1").arg(mount), diskColour(used));
    } else if (m_context.monitor && m_context.monitor->hasPrometheus()) {
        m_diskGauge->clear(isTenant ? tr("Prometheus reports no disk for %1").arg(where)
                                    : tr("Prometheus reports no file system for it"));
    } else {
        m_diskGauge->clear(tr("Add Prometheus to see disks"));
    }
}

void HealthPanel::loadDetail()
{
    const quint64 generation = ++m_detailGeneration;
    const HealthTableModel::Row* row = m_model->row(m_selectedId);
    if (!row || !m_context.store)
        return;
    const QString id = row->id;
    const bool withChart = row->kind == HealthTableModel::RowKind::Tenant;
    const Range range = m_range;
    const QDateTime to = QDateTime::currentDateTimeUtc();
    const QDateTime from = to.addSecs(-rangeSeconds(range));
    const int maxPoints = m_chart->maxPoints();
    if (withChart && (m_chartSubject != id || m_chartRange != range)) {
        m_chart->showMessage(tr("Loading…"));
        m_chartLegend->hide();
        m_chartSubject = id;
        m_chartRange = range;
    }
    const DetailData closed{StoreWorker::notOpen(tr("The local cache")).toDisplayString(), {}, 0, std::nullopt};
    m_context.store->withCache<DetailData>(
        [id, withChart, range, from, to, maxPoints](LocalCache& cache) {
            DetailData d;
            if (withChart) {
                QList<LatencyChart::Sample> samples;
                if (range == Range::Hour) {
                    const auto history = cache.healthHistory(id, from, to);
                    if (!history) {
                        d.error = history.error().toDisplayString();
                    } else {
                        samples.reserve(history->size());
                        for (const HealthSample& s : *history)
                            samples << LatencyChart::Sample{s.checkedAt, s.latencyMs >= 0 ? double(s.latencyMs) : -1.0,
                                1, s.state == HealthState::Down};
                        d.samples = samples.size();
                    }
                } else {
                    // The hour `from` falls in counts too; its point sits in the middle of the hour, kept in the
                    // window.
                    QDateTime firstHour = from;
                    firstHour.setTime(QTime(from.time().hour(), 0));
                    const auto rollups = cache.healthRollups(id, firstHour, to);
                    if (!rollups) {
                        d.error = rollups.error().toDisplayString();
                    } else {
                        samples.reserve(rollups->size());
                        for (const HealthRollup& r : *rollups) {
                            const QDateTime at = std::clamp(r.hourStart.addSecs(1800), from, to);
                            samples << LatencyChart::Sample{at,
                                r.latencyCount > 0 ? double(r.latencySumMs) / double(r.latencyCount) : -1.0,
                                std::max<qint64>(1, r.latencyCount), r.down > 0};
                            d.samples += r.samples;
                        }
                    }
                }
                d.buckets = LatencyChart::downsample(samples, from, to, maxPoints);
            }
            if (const auto uptime = cache.uptime(to, {id}); uptime && uptime->contains(id))
                d.uptime = uptime->value(id);
            return d;
        },
        closed, this,
        [this, generation, id, withChart, from, to](DetailData d) {
            if (generation != m_detailGeneration)
                return; // the selection or the window changed meanwhile: a newer answer is on its way
            if (d.uptime)
                m_model->setUptime({{id, *d.uptime}}, false);
            if (withChart) {
                if (!d.error.isEmpty()) {
                    qCWarning(lcCache) << "health history of" << id << "could not be read:" << d.error;
                    m_chart->showMessage(tr("The stored history could not be read: %1").arg(d.error));
                } else {
                    m_chart->setBuckets(d.buckets, from, to,
                        tr("No measurements in this window yet — Fleetdeck stores a sample per check."));
                }
                m_chartLegend->setVisible(!m_chart->isShowingMessage());
                m_chart->setToolTip(d.samples > 0
                        ? tr("%n stored samples in this window, drawn as %1 points", nullptr, int(d.samples))
                              .arg(m_chart->pointCount())
                        : QString());
            }
            updateDetail();
            emit detailLoaded();
        });
}

void HealthPanel::scheduleUptime()
{
    if (m_uptimeInFlight || m_uptimeTimer.isActive())
        return;
    // At most once a minute; right away while nothing was measured yet (the first samples are news).
    // A row that has been checked but has no uptime yet is news as well (its first samples were just written).
    bool missing = !m_uptimeHadData;
    for (int row = 0; row < m_model->rowCount() && !missing; ++row) {
        const HealthTableModel::Row& r = m_model->rowAt(row);
        missing = r.checkedAt.isValid() && r.state != HealthState::Unknown && !m_model->uptime(r.id);
    }
    qint64 wait = 0;
    if (m_uptimeAge.isValid() && !missing)
        wait = std::max<qint64>(0, kUptimeIntervalMs - m_uptimeAge.elapsed());
    m_uptimeTimer.start(static_cast<int>(wait));
}

void HealthPanel::refreshUptime()
{
    m_uptimeTimer.stop();
    if (!m_context.store)
        return;
    if (m_uptimeInFlight) {
        m_uptimeAgain = true;
        return;
    }
    m_uptimeInFlight = true;
    m_uptimeAge.start();
    using Answer = Result<QHash<QString, SubjectUptime>, StoreError>;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_context.store->withCache<Answer>([now](LocalCache& cache) { return cache.uptime(now); },
        Answer::failure(StoreWorker::notOpen(tr("The local cache"))), this,
        [this](Answer answer) {
            m_uptimeInFlight = false;
            if (answer) {
                m_model->setUptime(*answer, true);
                m_uptimeHadData = !answer->isEmpty();
                updateDetail();
            } else {
                qCWarning(lcCache) << "uptime could not be computed:" << answer.error().toDisplayString();
            }
            emit uptimeLoaded();
            if (m_uptimeAgain) {
                m_uptimeAgain = false;
                refreshUptime();
            }
        });
}

} // namespace Fleetdeck
