#include "ui/shell/mainwindow.h"

#include "core/fleet/fleetstate.h"
#include "core/fleet/platformmonitor.h"
#include "core/fleet/refreshscheduler.h"
#include "core/fleet/statusreport.h"
#include "core/profile/profilestore.h"
#include "core/version.h"
#include "ui/dialogs/commandpalette.h"
#include "ui/models/tenanttablemodel.h"
#include "ui/panels/alertspanel.h"
#include "ui/panels/auditpanel.h"
#include "ui/panels/healthpanel.h"
#include "ui/panels/overviewpanel.h"
#include "ui/panels/tenantspanel.h"
#include "ui/panels/whatsapppanel.h"
#include "ui/preferences.h"
#include "ui/shell/trayicon.h"
#include "ui/theme.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

namespace Fleetdeck {

MainWindow::MainWindow(const ConsoleContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(context.demo ? tr("Fleetdeck — demo") : tr("Fleetdeck — %1").arg(context.profileName));
    setWindowIcon(QIcon(QStringLiteral(":/icons/fleetdeck.svg")));

    m_overview = new OverviewPanel(context, this);
    m_tenants = new TenantsPanel(context, this);
    m_health = new HealthPanel(context, this);
    m_alerts = new AlertsPanel(context, this);
    m_whatsApp = new WhatsAppPanel(context, this);
    m_audit = new AuditPanel(context, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_overview);
    m_stack->addWidget(m_tenants);
    m_stack->addWidget(m_health);
    m_stack->addWidget(m_alerts);
    m_stack->addWidget(m_whatsApp);
    m_stack->addWidget(m_audit);

    auto* central = new QWidget(this);
    auto* outer = new QHBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(buildNavigation());
    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    right->addWidget(buildTopBar());
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("refreshProgress"));
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(3);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    right->addWidget(m_progress);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("muted"));
    m_notice->setWordWrap(true);
    m_notice->setContentsMargins(20, 6, 20, 0);
    m_notice->hide();
    right->addWidget(m_notice);
    right->addWidget(m_stack, 1);
    outer->addLayout(right, 1);
    setCentralWidget(central);

    m_registryLabel = new QLabel(this);
    m_registryLabel->setObjectName(QStringLiteral("registryLabel"));
    statusBar()->addPermanentWidget(m_registryLabel);
    if (context.demo) {
        auto* demo = new QLabel(tr("Demo: a simulated platform; nothing real is touched"), this);
        demo->setObjectName(QStringLiteral("muted"));
        statusBar()->addWidget(demo);
    }

    m_palette = new CommandPalette([this](const QString& query) { return paletteCommands(query); }, this);
    m_tray = new TrayIcon(context.fleet, context.preferences, this);
    m_tray->setAlertService(context.alerts);
    connect(m_tray, &TrayIcon::showWindowRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_tray, &TrayIcon::tenantRequested, this, [this](const QString& slug) {
        showNormal();
        raise();
        openTenant(slug);
    });
    connect(m_tray, &TrayIcon::refreshRequested, this, &MainWindow::refreshNow);
    connect(m_tray, &TrayIcon::quitRequested, this, [this] {
        m_quitting = true;
        emit quitRequested();
    });

    buildMenus();

    connect(m_overview, &OverviewPanel::problemsRequested, this, [this] {
        m_tenants->setSearchText({});
        m_tenants->setHealthFilter(TenantFilterProxy::HealthFilter::Problems);
        showPanel(Panel::Tenants);
    });
    connect(m_overview, &OverviewPanel::slowestRequested, this, [this] {
        m_tenants->setHealthFilter(TenantFilterProxy::HealthFilter::Any);
        m_tenants->sortBy(TenantTableModel::LatencyColumn, Qt::DescendingOrder);
        showPanel(Panel::Tenants);
    });
    connect(m_overview, &OverviewPanel::certificatesRequested, this, [this] {
        m_tenants->setHealthFilter(TenantFilterProxy::HealthFilter::Any);
        m_tenants->sortBy(TenantTableModel::TlsExpiryColumn, Qt::AscendingOrder);
        showPanel(Panel::Tenants);
    });
    connect(m_overview, &OverviewPanel::sourcesRequested, this, &MainWindow::showSources);
    connect(m_overview, &OverviewPanel::alertsRequested, this, [this] { showPanel(Panel::Alerts); });
    connect(m_overview, &OverviewPanel::whatsAppRequested, this, [this] { showPanel(Panel::WhatsApp); });
    connect(m_whatsApp, &WhatsAppPanel::tenantRequested, this, &MainWindow::openTenant);
    connect(m_tenants, &TenantsPanel::statusMessage, this,
        [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    connect(m_tenants, &TenantsPanel::registryChanged, m_audit, &AuditPanel::reload);
    connect(m_health, &HealthPanel::tenantRequested, this, &MainWindow::openTenant);
    connect(m_alerts, &AlertsPanel::tenantRequested, this, &MainWindow::openTenant);
    connect(m_alerts, &AlertsPanel::rulesRequested, this, &MainWindow::alertRulesRequested);

    connect(m_context.scheduler, &RefreshScheduler::healthProgress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
        m_refresh->setEnabled(false);
        m_refresh->setText(tr("Refreshing… %1/%2").arg(done).arg(total));
    });
    connect(m_context.scheduler, &RefreshScheduler::healthRoundFinished, this, &MainWindow::onRoundFinished);
    connect(m_context.fleet, &FleetState::sourcesChanged, this, &MainWindow::updateFreshness);

    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &MainWindow::updateFreshness);
    m_clock.start();
    updateFreshness();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::buildNavigation()
{
    auto* navigation = new QWidget(this);
    navigation->setObjectName(QStringLiteral("navigation"));
    auto* layout = new QVBoxLayout(navigation);
    layout->setContentsMargins(0, 0, 0, 12);
    layout->setSpacing(4);
    auto* brand =
        new QLabel(QStringLiteral("Fleet<span style=\"color:%1\">deck</span>").arg(Theme::accent().name()), navigation);
    brand->setObjectName(QStringLiteral("brand"));
    brand->setTextFormat(Qt::RichText);
    m_nav = new QListWidget(navigation);
    m_nav->setObjectName(QStringLiteral("navigationList"));
    // Areas arrive with their features; an area without data has no entry here.
    const QList<QPair<QString, QString>> items = {{tr("Overview"), QStringLiteral("Ctrl+1")},
        {tr("Clients"), QStringLiteral("Ctrl+2")}, {tr("Health"), QStringLiteral("Ctrl+3")},
        {tr("Alerts"), QStringLiteral("Ctrl+4")}, {tr("WhatsApp"), QStringLiteral("Ctrl+5")},
        {tr("Audit log"), QStringLiteral("Ctrl+6")}};
    for (const auto& [text, shortcut] : items) {
        auto* item = new QListWidgetItem(text, m_nav);
        item->setToolTip(tr("%1 (%2)").arg(text, shortcut));
    }
    m_nav->setCurrentRow(0);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->ensurePolished(); // the theme's navigation font, not the default one
    // Wide enough for the longest entry in any language (item padding and margins come from the theme).
    int widest = 0;
    for (int i = 0; i < m_nav->count(); ++i)
        widest = std::max(widest, m_nav->fontMetrics().horizontalAdvance(m_nav->item(i)->text()));
    m_nav->setFixedWidth(
        std::max(fontMetrics().averageCharWidth() * 24, widest + fontMetrics().averageCharWidth() * 10));
    navigation->setFixedWidth(m_nav->width());
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == static_cast<int>(Panel::Audit))
            m_audit->reload();
    });
    auto* version = new QLabel(tr("Version %1").arg(QStringLiteral(FLEETDECK_VERSION)), navigation);
    version->setObjectName(QStringLiteral("muted"));
    version->setContentsMargins(16, 0, 16, 0);
    layout->addWidget(brand);
    layout->addWidget(m_nav, 1);
    layout->addWidget(version);
    return navigation;
}

QWidget* MainWindow::buildTopBar()
{
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("topBar"));
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->setSpacing(10);

    m_profiles = new QComboBox(bar);
    m_profiles->setObjectName(QStringLiteral("profileCombo"));
    m_profiles->setToolTip(tr("The profile: which platform Fleetdeck watches"));
    ProfileStore store;
    if (m_context.demo)
        m_profiles->addItem(tr("Demo (simulated)"), QStringLiteral("demo"));
    for (const QString& name : store.names())
        m_profiles->addItem(name, name);
    const int current = m_profiles->findData(m_context.demo ? QStringLiteral("demo") : m_context.profileName);
    if (current < 0 && !m_context.profileName.isEmpty())
        m_profiles->addItem(m_context.profileName, m_context.profileName);
    m_profiles->setCurrentIndex(
        std::max(0, m_profiles->findData(m_context.demo ? QStringLiteral("demo") : m_context.profileName)));
    m_profiles->insertSeparator(m_profiles->count());
    m_profiles->addItem(tr("Manage profiles…"), QStringLiteral(":manage"));
    connect(m_profiles, &QComboBox::activated, this, [this](int index) {
        const QString name = m_profiles->itemData(index).toString();
        if (name == QLatin1String(":manage")) {
            m_profiles->setCurrentIndex(
                std::max(0, m_profiles->findData(m_context.demo ? QStringLiteral("demo") : m_context.profileName)));
            emit profilesRequested();
        } else if (name != (m_context.demo ? QStringLiteral("demo") : m_context.profileName)) {
            emit profileSwitchRequested(name);
        }
    });

    m_freshness = new QPushButton(bar);
    m_freshness->setObjectName(QStringLiteral("freshnessButton"));
    m_freshness->setFlat(true);
    m_freshness->setCursor(Qt::PointingHandCursor);
    connect(m_freshness, &QPushButton::clicked, this, &MainWindow::showSources);

    m_refresh = new QPushButton(tr("Refresh"), bar);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setToolTip(tr("Check every client now (F5)"));
    connect(m_refresh, &QPushButton::clicked, this, &MainWindow::refreshNow);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search clients (Ctrl+F) · Ctrl+K for everything"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    connect(m_search, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_tenants->setSearchText(text);
        if (!text.isEmpty())
            showPanel(Panel::Tenants);
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter opens the first match, so "find a client" is type + Enter.
        const QModelIndex first = m_tenants->proxy()->index(0, 0);
        if (first.isValid())
            openTenant(first.data(TenantTableModel::SlugRole).toString());
    });

    layout->addWidget(m_profiles);
    layout->addWidget(m_freshness);
    layout->addStretch(1);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_refresh);
    return bar;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* add = file->addAction(tr("&New client…"), this, [this] {
        showPanel(Panel::Tenants);
        m_tenants->addTenant();
    });
    add->setShortcut(QKeySequence::New);
    QAction* import = file->addAction(tr("&Import clients…"), this, [this] {
        showPanel(Panel::Tenants);
        m_tenants->importTenants();
    });
    import->setShortcut(QKeySequence(tr("Ctrl+I")));
    file->addSeparator();
    file->addAction(tr("&Profiles…"), this, &MainWindow::profilesRequested);
    QAction* preferences = file->addAction(tr("P&references…"), this, &MainWindow::preferencesRequested);
    preferences->setShortcut(QKeySequence(tr("Ctrl+,")));
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addAction(tr("&Alert rules…"), this, &MainWindow::alertRulesRequested);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, [this] {
        m_quitting = true;
        emit quitRequested();
    });
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QList<QPair<QString, Panel>> panels = {{tr("&Overview"), Panel::Overview}, {tr("&Clients"), Panel::Tenants},
        {tr("&Health"), Panel::Health}, {tr("A&lerts"), Panel::Alerts}, {tr("&WhatsApp"), Panel::WhatsApp},
        {tr("&Audit log"), Panel::Audit}};
    int n = 1;
    for (const auto& [text, panel] : panels) {
        QAction* action = view->addAction(text, this, [this, p = panel] { showPanel(p); });
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(n++)));
    }
    view->addSeparator();
    QAction* refresh = view->addAction(tr("&Refresh now"), this, &MainWindow::refreshNow);
    refresh->setShortcuts({QKeySequence::Refresh, QKeySequence(tr("Ctrl+R"))});
    QAction* palette = view->addAction(tr("Command &palette…"), this, &MainWindow::openCommandPalette);
    palette->setShortcut(QKeySequence(tr("Ctrl+K")));
    QAction* find = view->addAction(tr("&Find client"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    view->addAction(tr("Data &sources…"), this, &MainWindow::showSources);

    QMenu* client = menuBar()->addMenu(tr("&Client"));
    QAction* edit = client->addAction(tr("&Edit…"), this, [this] { m_tenants->editTenant(m_tenants->selectedSlug()); });
    edit->setShortcut(QKeySequence(tr("Ctrl+E")));
    client->addAction(tr("&Suspend…"), this, [this] { m_tenants->suspendTenant(m_tenants->selectedSlug()); });
    client->addAction(tr("Re&activate"), this, [this] { m_tenants->reactivateTenant(m_tenants->selectedSlug()); });
    QAction* remove = client->addAction(tr("&Remove…"), this, [this] {
        if (currentPanel() == Panel::Tenants)
            m_tenants->removeTenant(m_tenants->selectedSlug());
    });
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tenants->addAction(remove);
    client->addSeparator();
    QAction* copy = client->addAction(
        tr("&Copy status report"), this, [this] { m_tenants->copyStatusReport(m_tenants->selectedSlug()); });
    copy->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        QMessageBox* box = new QMessageBox(QMessageBox::Information, tr("Keyboard shortcuts"),
            tr("Ctrl+K  command palette: open, suspend, edit… any client\n"
               "Ctrl+F  find a client · Enter opens the first match\n"
               "Ctrl+1 … 6  Overview / Clients / Health / Alerts / WhatsApp / Audit log\n"
               "WhatsApp: P pair · R restart · L log out · T test message · A assign · Delete delete\n"
               "F5 or Ctrl+R  refresh now\n"
               "Ctrl+N  new client · Ctrl+I  import clients · Ctrl+E  edit\n"
               "Delete  remove the selected client (asks first)\n"
               "Ctrl+Shift+C  copy the client's status report\n"
               "Ctrl+,  preferences · Ctrl+Q  quit"),
            QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    help->addAction(tr("&About Fleetdeck"), this, [this] {
        QMessageBox* box = new QMessageBox(QMessageBox::Information, tr("About Fleetdeck"),
            tr("Fleetdeck %1\nOne place to see and act on the whole platform: health, clients and their history.\n"
               "Licensed under the GNU GPL, version 3 or later.")
                .arg(QStringLiteral(FLEETDECK_VERSION)),
            QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });

    // Esc in the search field clears it and returns to the list.
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_search);
    escape->setContext(Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        m_search->clear();
        m_tenants->setSearchText({});
    });
}

void MainWindow::showPanel(Panel panel)
{
    m_nav->setCurrentRow(static_cast<int>(panel));
}

MainWindow::Panel MainWindow::currentPanel() const
{
    return static_cast<Panel>(m_stack->currentIndex());
}

std::optional<MainWindow::Panel> MainWindow::panelFromName(const QString& name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("overview"))
        return Panel::Overview;
    if (n == QLatin1String("tenants") || n == QLatin1String("clients"))
        return Panel::Tenants;
    if (n == QLatin1String("health"))
        return Panel::Health;
    if (n == QLatin1String("alerts"))
        return Panel::Alerts;
    if (n == QLatin1String("whatsapp"))
        return Panel::WhatsApp;
    if (n == QLatin1String("audit"))
        return Panel::Audit;
    return std::nullopt;
}

void MainWindow::openTenant(const QString& slug)
{
    showPanel(Panel::Tenants);
    m_tenants->selectTenant(slug);
}

void MainWindow::openCommandPalette()
{
    m_palette->popup();
}

void MainWindow::refreshNow()
{
    if (m_context.monitor)
        m_context.monitor->refresh();
    if (m_context.whatsApp)
        m_context.whatsApp->refresh();
    if (m_context.scheduler->refreshHealth())
        statusBar()->showMessage(tr("Checking every client…"), 3000);
}

void MainWindow::setCachedStateShown(const QDateTime& savedAt)
{
    m_cachedAt = savedAt;
    updateFreshness();
    repaint();
    emit cachedStatePainted();
}

void MainWindow::registryOpened(bool readOnly, const QString& name)
{
    m_registryLabel->setText(
        readOnly ? tr("Registry: %1 · read-only (support)").arg(name) : tr("Registry: %1").arg(name));
    m_registryLabel->setToolTip(readOnly
            ? tr("This connection may only read: adding, editing and removing clients is "
                 "disabled. Ask someone with write access, or connect with a writable role.")
            : QString());
    m_tenants->registryOpened();
    if (currentPanel() == Panel::Audit)
        m_audit->reload();
}

void MainWindow::registryFailed(const QString& error)
{
    m_registryLabel->setText(tr("Registry unavailable"));
    m_registryLabel->setToolTip(error);
    setNotice(error);
}

void MainWindow::setNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void MainWindow::onRoundFinished(const HealthRound& round)
{
    m_refresh->setEnabled(true);
    m_refresh->setText(tr("Refresh"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    if (!round.sourceFailed && !round.cancelled)
        m_lastRefresh = round.finishedAt;
    updateFreshness();
    m_overview->refreshSparklines();
    if (!m_firstRoundSeen) {
        m_firstRoundSeen = true;
        // Let the cards coalesce and paint before anyone takes a picture.
        QTimer::singleShot(400, this, [this] {
            emit firstRefreshPainted(); // listeners may still adjust the view (select a client) ...
            repaint(); // ... before the picture is taken on the next turn of the event loop
        });
    }
}

QString MainWindow::freshnessText() const
{
    return m_freshness->text();
}

void MainWindow::updateFreshness()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList failing;
    for (const SourceStatus& s : m_context.fleet->sources()) {
        if (s.state == SourceStatus::State::Failing)
            failing << s.displayName;
    }
    QString text;
    bool stale = !failing.isEmpty();
    if (m_lastRefresh.isValid()) {
        text = tr("Refreshed %1").arg(StatusReport::ageText(m_lastRefresh, now));
        stale = stale || m_lastRefresh.secsTo(now) > static_cast<qint64>(m_context.fleet->staleAfter().count());
    } else if (m_cachedAt.isValid()) {
        text = tr("Showing cached data from %1").arg(StatusReport::ageText(m_cachedAt, now));
        stale = true;
    } else {
        text = tr("Not refreshed yet");
    }
    if (!failing.isEmpty())
        text += QStringLiteral(" · ") + tr("%1 failing").arg(failing.join(QStringLiteral(", ")));
    m_freshness->setText((stale ? QStringLiteral("⚠ ") : QString()) + text);
    m_freshness->setToolTip(stale ? tr("Some data is old or a source is failing. Click for details.")
                                  : tr("Click to see every data source"));
    m_freshness->setStyleSheet(stale ? QStringLiteral("color: %1;").arg(Theme::warning().name()) : QString());
    m_freshness->setProperty("stale", stale);
}

void MainWindow::showSources()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString text;
    for (const SourceStatus& s : m_context.fleet->sources()) {
        text += QStringLiteral("%1: %2").arg(s.displayName,
            s.state == SourceStatus::State::Failing  ? tr("failing")
                : s.state == SourceStatus::State::Ok ? tr("OK")
                                                     : tr("not checked yet"));
        text += QStringLiteral(" (")
            + (s.lastSuccessAt.isValid() ? tr("last success %1").arg(StatusReport::ageText(s.lastSuccessAt, now))
                                         : tr("never succeeded"))
            + QStringLiteral(")\n");
        if (!s.error.isEmpty())
            text += QStringLiteral("    ") + s.error + QLatin1Char('\n');
    }
    if (text.isEmpty())
        text = tr("No source has been asked yet.");
    auto* box = new QMessageBox(QMessageBox::Information, tr("Data sources"), text.trimmed(), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("sourcesBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QList<PaletteCommand> MainWindow::paletteCommands(const QString& query)
{
    QList<PaletteCommand> commands;
    const QString q = query.simplified();
    const bool writable = !m_context.isReadOnly();

    enum class Verb
    {
        Open,
        Suspend,
        Reactivate,
        Remove,
        Edit,
        Copy,
    };
    // The verb may come first ("suspend pizza") or last ("pizza sperren"), in English or in the window's language.
    const QList<QPair<Verb, QStringList>> verbs = {
        {Verb::Open,
            {QStringLiteral("open"), QStringLiteral("show"), QStringLiteral("go"), tr("open", "command palette verb")}},
        {Verb::Suspend, {QStringLiteral("suspend"), tr("suspend", "command palette verb")}},
        {Verb::Reactivate,
            {QStringLiteral("reactivate"), QStringLiteral("resume"), QStringLiteral("unsuspend"),
                tr("reactivate", "command palette verb")}},
        {Verb::Remove, {QStringLiteral("remove"), QStringLiteral("delete"), tr("remove", "command palette verb")}},
        {Verb::Edit, {QStringLiteral("edit"), tr("edit", "command palette verb")}},
        {Verb::Copy, {QStringLiteral("copy"), QStringLiteral("report"), tr("copy", "command palette verb")}},
    };
    QStringList words = q.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::optional<Verb> verb;
    for (const bool fromEnd : {false, true}) {
        if (verb || words.size() < (fromEnd ? 2 : 1))
            break;
        const QString word = (fromEnd ? words.last() : words.first()).toLower();
        for (const auto& [candidate, names] : verbs) {
            if (names.contains(word, Qt::CaseInsensitive)) {
                verb = candidate;
                fromEnd ? words.removeLast() : words.removeFirst();
                break;
            }
        }
    }
    const QString clientQuery = verb ? words.join(QLatin1Char(' ')) : q;

    for (const Tenant& t : m_context.fleet->tenants()) {
        const int score =
            std::max(CommandPalette::matchScore(clientQuery, t.name), CommandPalette::matchScore(clientQuery, t.slug));
        if (score == 0)
            continue;
        const QString slug = t.slug;
        const TenantHealth h = m_context.fleet->health(slug);
        const QString detail = t.isMonitored() ? tr("client · %1").arg(healthStateDisplayName(h.state))
                                               : tr("client · %1").arg(tenantStatusDisplayName(t.status));
        const auto add = [&](const QString& text, std::function<void()> run, int bonus) {
            commands.append({text, detail, std::move(run), score + bonus});
        };
        if (!verb || *verb == Verb::Open)
            add(
                tr("Open %1").arg(t.name), [this, slug] { openTenant(slug); }, 2);
        if (!writable)
            continue;
        if (verb == Verb::Suspend && t.status == TenantStatus::Active)
            add(
                tr("Suspend %1").arg(t.name),
                [this, slug] {
                    openTenant(slug);
                    m_tenants->suspendTenant(slug);
                },
                0);
        if (verb == Verb::Reactivate && t.status != TenantStatus::Active)
            add(
                tr("Reactivate %1").arg(t.name),
                [this, slug] {
                    openTenant(slug);
                    m_tenants->reactivateTenant(slug);
                },
                0);
        if (verb == Verb::Remove)
            add(
                tr("Remove %1").arg(t.name),
                [this, slug] {
                    openTenant(slug);
                    m_tenants->removeTenant(slug);
                },
                0);
        if (verb == Verb::Edit)
            add(
                tr("Edit %1").arg(t.name),
                [this, slug] {
                    openTenant(slug);
                    m_tenants->editTenant(slug);
                },
                0);
        if (verb == Verb::Copy)
            add(
                tr("Copy status report of %1").arg(t.name), [this, slug] { m_tenants->copyStatusReport(slug); }, 0);
        if (commands.size() > 400)
            break; // a short query over a huge fleet: the palette shows the best 40 anyway
    }
    if (verb)
        return commands;

    const QList<PaletteCommand> actions = {
        {tr("Refresh now"), QStringLiteral("F5"), [this] { refreshNow(); }, 0},
        {tr("Go to Overview"), QStringLiteral("Ctrl+1"), [this] { showPanel(Panel::Overview); }, 0},
        {tr("Go to Clients"), QStringLiteral("Ctrl+2"), [this] { showPanel(Panel::Tenants); }, 0},
        {tr("Go to Health"), QStringLiteral("Ctrl+3"), [this] { showPanel(Panel::Health); }, 0},
        {tr("Go to Alerts"), QStringLiteral("Ctrl+4"), [this] { showPanel(Panel::Alerts); }, 0},
        {tr("Go to Audit log"), QStringLiteral("Ctrl+5"), [this] { showPanel(Panel::Audit); }, 0},
        {tr("Show clients that need attention"), QString(),
            [this] {
                m_tenants->setHealthFilter(TenantFilterProxy::HealthFilter::Problems);
                showPanel(Panel::Tenants);
            },
            0},
        {tr("Data sources"), QString(), [this] { showSources(); }, 0},
        {tr("Preferences…"), QStringLiteral("Ctrl+,"), [this] { emit preferencesRequested(); }, 0},
        {tr("Manage profiles…"), QString(), [this] { emit profilesRequested(); }, 0},
    };
    for (PaletteCommand action : actions) {
        action.score = CommandPalette::matchScore(q, action.text);
        if (action.score > 0)
            commands.append(action);
    }
    if (writable) {
        for (PaletteCommand action : QList<PaletteCommand>{{tr("Add client…"), QStringLiteral("Ctrl+N"),
                                                               [this] {
                                                                   showPanel(Panel::Tenants);
                                                                   m_tenants->addTenant();
                                                               },
                                                               0},
                 {tr("Import clients…"), QStringLiteral("Ctrl+I"),
                     [this] {
                         showPanel(Panel::Tenants);
                         m_tenants->importTenants();
                     },
                     0}}) {
            action.score = CommandPalette::matchScore(q, action.text);
            if (action.score > 0)
                commands.append(action);
        }
    }
    for (const QString& name : ProfileStore().names()) {
        if (name == m_context.profileName && !m_context.demo)
            continue;
        PaletteCommand action{tr("Switch to profile %1").arg(name), tr("profile"),
            [this, name] { emit profileSwitchRequested(name); }, 0};
        action.score = CommandPalette::matchScore(q, action.text);
        if (action.score > 0)
            commands.append(action);
    }
    return commands;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    m_tenants->saveState();
    if (!m_quitting && m_context.preferences->closeToTray() && m_tray->isAvailable()) {
        hide();
        if (!m_trayHintShown) {
            m_trayHintShown = true;
            m_tray->showMessage(tr("Fleetdeck keeps watching"),
                tr("Fleetdeck is still checking your clients from the tray. "
                   "Quit it from the tray menu."));
        }
        event->ignore();
        return;
    }
    event->accept();
    emit quitRequested();
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/panel"), m_stack->currentIndex());
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: most of the screen, within sensible bounds (scaled with the font for 200 % displays).
        const int unit = fontMetrics().averageCharWidth();
        QSize size(unit * 230, unit * 140);
        if (const QScreen* screen = QGuiApplication::primaryScreen(); screen && screen->availableSize().width() > 1024)
            size = size.boundedTo(screen->availableSize() * 0.9).expandedTo(QSize(unit * 170, unit * 105));
        resize(size);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_tenants->restoreState();
    showPanel(static_cast<Panel>(std::clamp(settings.value(QStringLiteral("window/panel"), 0).toInt(), 0, 2)));
}

} // namespace Fleetdeck
