// The client list with 100,000 rows: filter-as-you-type and sorting, each measured until the view has
// repainted and the event loop is idle, plus the process's peak memory.
//
//   bench_client_list [--tenants 100000] [--xcb]
//
// A QTableView over TenantFilterProxy over TenantTableModel, set up as TenantsPanel sets up its list
// (same view options, health delegate, column widths, search field wiring and empty state), in a window
// of the size MainWindow takes on a first start. FleetState holds generated clients with one fresh
// health sample each; nothing touches the network. --marks prints each step's CLOCK_MONOTONIC interval.

#include "core/fleet/fleetstate.h"
#include "ui/models/tenantfilterproxy.h"
#include "ui/models/tenanttablemodel.h"
#include "ui/theme.h"
#include "ui/widgets/healthdelegate.h"

#include "benchsupport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QVBoxLayout>

#include <cstdio>

using namespace Fleetdeck;
using namespace Fleetdeck::Bench;

namespace {

// Counts every event the application delivers (to tell when the event loop has gone idle) and the
// paints of the list's viewport (to check that a step did reach the screen).
class EventCounter : public QObject
{
public:
    quint64 events = 0;
    int viewportPaints = 0;
    QObject* viewport = nullptr;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        ++events;
        if (event->type() == QEvent::Paint && watched == viewport)
            ++viewportPaints;
        return false;
    }
};

struct Step
{
    double syncMs = 0; // the call or key event itself: filtering/sorting and the proxy's signals
    qint64 startNs = 0; // CLOCK_MONOTONIC, for `perf report --time`
    qint64 endNs = 0;
    double totalMs = 0; // until the view has laid out, repainted and the event loop is idle
    int paints = 0;
    int removals = 0; // rowsRemoved signals of the proxy: one per contiguous run of rows
    int insertions = 0; // rowsInserted signals
    int layouts = 0; // layoutChanged signals
};

class ListBench
{
public:
    explicit ListBench(FleetState* fleet)
        : m_fleet(fleet)
    {
        qApp->installEventFilter(&m_counter);
    }

    // Builds the list as TenantsPanel does (over the fleet as it is, empty at start); returns the time until
    // it is on screen and idle.
    Step build()
    {
        return measure([this] {
            m_window = new QWidget;
            m_window->setObjectName(QStringLiteral("benchWindow"));
            m_model = new TenantTableModel(m_fleet, m_window);
            m_proxy = new TenantFilterProxy(m_window);
            // Connected before the proxy's own handlers, so these run first: memory of the client data alone,
            // then with the model's rows, before the proxy sorts them.
            QObject::connect(m_model, &QAbstractItemModel::modelAboutToBeReset, m_window, [this] {
                if (m_rssFleet == 0)
                    m_rssFleet = rssMiB();
            });
            QObject::connect(m_model, &QAbstractItemModel::modelReset, m_window, [this] {
                if (m_rssModel == 0)
                    m_rssModel = rssMiB();
            });
            m_proxy->setSourceModel(m_model);
            QObject::connect(m_proxy, &QAbstractItemModel::rowsRemoved, m_window, [this] { ++m_removals; });
            QObject::connect(m_proxy, &QAbstractItemModel::rowsInserted, m_window, [this] { ++m_insertions; });
            QObject::connect(m_proxy, &QAbstractItemModel::layoutChanged, m_window, [this] { ++m_layouts; });
            m_search = new QLineEdit(m_window);
            m_search->setClearButtonEnabled(true);
            m_count = new QLabel(m_window);
            m_stack = new QStackedWidget(m_window);
            m_view = new QTableView(m_window);
            m_empty = new QLabel(m_window);
            m_view->setModel(m_proxy);
            m_view->setSortingEnabled(true);
            m_view->sortByColumn(TenantTableModel::HealthColumn, Qt::DescendingOrder);
            m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
            m_view->setSelectionMode(QAbstractItemView::SingleSelection);
            m_view->setAlternatingRowColors(true);
            m_view->setShowGrid(false);
            m_view->setWordWrap(false);
            m_view->verticalHeader()->hide();
            m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 14);
            m_view->horizontalHeader()->setStretchLastSection(true);
            m_view->horizontalHeader()->setHighlightSections(false);
            m_view->setItemDelegateForColumn(TenantTableModel::HealthColumn, new HealthDelegate(m_view));
            const int charWidth = m_window->fontMetrics().averageCharWidth();
            m_view->setColumnWidth(TenantTableModel::NameColumn, charWidth * 28);
            m_view->setColumnWidth(TenantTableModel::StatusColumn, charWidth * 11);
            m_view->setColumnWidth(TenantTableModel::PlanColumn, charWidth * 10);
            m_view->setColumnWidth(TenantTableModel::HealthColumn, charWidth * 20);
            m_view->setColumnWidth(TenantTableModel::LatencyColumn, charWidth * 14);
            m_view->setColumnWidth(TenantTableModel::TlsExpiryColumn, charWidth * 19);
            m_stack->addWidget(m_view);
            m_stack->addWidget(m_empty);
            m_counter.viewport = m_view->viewport();

            // MainWindow's navigation column and TenantsPanel's detail pane take the rest of the width.
            auto* navigation = new QWidget(m_window);
            navigation->setFixedWidth(charWidth * 24);
            auto* detail = new QWidget(m_window);
            detail->setMinimumWidth(charWidth * 44);
            auto* filters = new QHBoxLayout;
            filters->addWidget(m_search, 3);
            filters->addWidget(m_count);
            filters->addStretch(1);
            auto* split = new QHBoxLayout;
            split->addWidget(m_stack, 3);
            split->addWidget(detail, 2);
            auto* panel = new QVBoxLayout;
            panel->setContentsMargins(20, 16, 20, 16);
            panel->addLayout(filters);
            panel->addLayout(split, 1);
            auto* outer = new QHBoxLayout(m_window);
            outer->setContentsMargins(0, 0, 0, 0);
            outer->addWidget(navigation);
            outer->addLayout(panel, 1);

            QObject::connect(m_search, &QLineEdit::textChanged, m_window, [this](const QString& text) {
                m_proxy->setSearchText(text);
                updateEmptyState();
            });
            // As TenantsPanel: the count and the empty state follow the fleet too.
            QObject::connect(m_fleet, &FleetState::tenantsReset, m_window, [this] { updateEmptyState(); });
            QObject::connect(m_fleet, &FleetState::healthChanged, m_window, [this] { updateEmptyState(); });
            updateEmptyState();
            // MainWindow's first-start size.
            const int unit = m_window->fontMetrics().averageCharWidth();
            m_window->resize(unit * 230, unit * 140);
            m_window->show();
            m_search->setFocus();
        });
    }

    Step type(QChar c)
    {
        const int key = c.isLetter() ? Qt::Key_A + (c.toLower().unicode() - 'a') : c.unicode();
        return measure([this, key, c] { sendKey(key, QString(c)); });
    }
    Step backspace()
    {
        return measure([this] { sendKey(Qt::Key_Backspace, QString()); });
    }
    // What the field's clear button (and Esc in the panel) does.
    Step clear()
    {
        return measure([this] { m_search->clear(); });
    }
    // Anything else that changes what the list shows (the session loading clients, a refresh batch).
    template <typename F> Step change(F action) { return measure(action); }
    // What a click on the column header does.
    Step sort(int column, Qt::SortOrder order)
    {
        return measure([this, column, order] { m_view->sortByColumn(column, order); });
    }

    [[nodiscard]] int shownRows() const { return m_proxy->rowCount(); }
    [[nodiscard]] QSize viewSize() const { return m_view->viewport()->size(); }
    // RSS once FleetState holds the clients, and once the model has built its rows from them.
    [[nodiscard]] double rssWithFleet() const { return m_rssFleet; }
    [[nodiscard]] double rssWithModel() const { return m_rssModel; }
    [[nodiscard]] int rowsOnScreen() const
    {
        return m_view->viewport()->height() / std::max(1, m_view->verticalHeader()->defaultSectionSize());
    }
    [[nodiscard]] QSize windowSize() const { return m_window->size(); }

private:
    void sendKey(int key, const QString& text)
    {
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
        QApplication::sendEvent(m_search, &press);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
        QApplication::sendEvent(m_search, &release);
    }

    void updateEmptyState()
    {
        const int total = m_model->rowCount();
        const int shown = m_proxy->rowCount();
        m_count->setText(shown == total ? QStringLiteral("%1 clients").arg(total)
                                        : QStringLiteral("%1 of %2 shown").arg(shown).arg(total));
        m_stack->setCurrentWidget(shown == 0 ? static_cast<QWidget*>(m_empty) : m_view);
    }

    template <typename F> Step measure(F action)
    {
        settle();
        Step step;
        const int paintsBefore = m_counter.viewportPaints;
        m_removals = m_insertions = m_layouts = 0;
        const qint64 start = monotonicNs();
        action();
        step.syncMs = double(monotonicNs() - start) / 1e6;
        settle();
        step.startNs = start;
        step.endNs = monotonicNs();
        step.totalMs = double(step.endNs - start) / 1e6;
        step.paints = m_counter.viewportPaints - paintsBefore;
        step.removals = m_removals;
        step.insertions = m_insertions;
        step.layouts = m_layouts;
        return step;
    }

    // Until two passes in a row deliver no event at all: delayed layouts (zero timers), update requests
    // and the paints they cause have all run.
    void settle()
    {
        int quiet = 0;
        while (quiet < 2) {
            const quint64 before = m_counter.events;
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            quiet = m_counter.events == before ? quiet + 1 : 0;
        }
    }

    FleetState* m_fleet;
    EventCounter m_counter;
    QWidget* m_window = nullptr;
    TenantTableModel* m_model = nullptr;
    TenantFilterProxy* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    double m_rssFleet = 0;
    double m_rssModel = 0;
    int m_removals = 0;
    int m_insertions = 0;
    int m_layouts = 0;
};

QString columnName(int column)
{
    switch (column) {
    case TenantTableModel::NameColumn:
        return QStringLiteral("name");
    case TenantTableModel::LatencyColumn:
        return QStringLiteral("latency");
    case TenantTableModel::HealthColumn:
        return QStringLiteral("health");
    case TenantTableModel::TlsExpiryColumn:
        return QStringLiteral("tls_expiry");
    default:
        return QString::number(column);
    }
}

} // namespace

int main(int argc, char** argv)
{
    QTemporaryDir root;
    useThrowAwayEnvironment(root.path());
    const bool xcb = [&] {
        for (int i = 1; i < argc; ++i) {
            if (qstrcmp(argv[i], "--xcb") == 0)
                return true;
        }
        return false;
    }();
    qputenv("QT_QPA_PLATFORM", xcb ? "xcb" : "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("fleetdeck.*=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("tenants"), QStringLiteral("Rows in the list."), QStringLiteral("N"),
        QStringLiteral("100000")});
    parser.addOption({QStringLiteral("xcb"), QStringLiteral("Use the xcb platform (run under xvfb-run -a).")});
    parser.addOption({QStringLiteral("marks"),
        QStringLiteral("Print each step's CLOCK_MONOTONIC interval, for perf record -k CLOCK_MONOTONIC + perf report "
                       "--time.")});
    parser.process(app);
    const bool marks = parser.isSet(QStringLiteral("marks"));
    const int tenants = parser.value(QStringLiteral("tenants")).toInt();
    const QString platform = xcb ? QStringLiteral("xcb") : QStringLiteral("offscreen");
    // As ConsoleApp does with the default preferences.
    Theme::captureSystemPreference();
    Theme::apply(Theme::Mode::System);

    const double rssQt = rssMiB();
    qint64 clock = monotonicNs();
    GeneratedFleet generated = generateFleet(
        tenants, [](const QString& slug) { return QStringLiteral("https://%1.clients.example/health").arg(slug); },
        QDateTime::currentDateTimeUtc());
    const double generateMs = double(monotonicNs() - clock) / 1e6;
    // The generator's own data (the simulator's fleet) is gone now: from here on the peak is what the
    // console holds. The tenant and sample lists stand for what the store thread hands over on a start.
    const double peakWithGenerator = peakRssMiB();
    const bool peakReset = resetPeakRss();
    const double rssGenerated = rssMiB();

    FleetState fleet;
    ListBench bench(&fleet);
    const Step built = bench.build();
    out() << QStringLiteral("bench=client_list platform=%1 tenants=%2 generate_ms=%3 window=%4x%5 build_ms=%6")
                 .arg(platform)
                 .arg(tenants)
                 .arg(generateMs, 0, 'f', 0)
                 .arg(bench.windowSize().width())
                 .arg(bench.windowSize().height())
                 .arg(built.totalMs, 0, 'f', 1)
          << Qt::endl;
    double maxFilter = 0;
    QString query;
    const auto report = [&](const QString& kind, const QString& what, const Step& s) {
        out() << QStringLiteral("bench=client_list step=%1 %2 rows=%3 sync_ms=%4 total_ms=%5 paints=%6 "
                                "rows_removed_signals=%7 rows_inserted_signals=%8 layout_changed_signals=%9")
                     .arg(kind, what)
                     .arg(bench.shownRows())
                     .arg(s.syncMs, 0, 'f', 1)
                     .arg(s.totalMs, 0, 'f', 1)
                     .arg(s.paints)
                     .arg(s.removals)
                     .arg(s.insertions)
                     .arg(s.layouts)
              // Read after the step, outside its time.
              << QStringLiteral(" rss_mib=%1 peak_rss_mib=%2").arg(rssMiB(), 0, 'f', 1).arg(peakRssMiB(), 0, 'f', 1);
        if (marks)
            out() << QStringLiteral(" perf_time=%1,%2")
                         .arg(double(s.startNs) / 1e9, 0, 'f', 6)
                         .arg(double(s.endNs) / 1e9, 0, 'f', 6);
        out() << Qt::endl;
    };
    // What Session does on a start: the cached client list (a model reset the proxy sorts by health),
    // then the last known health (FleetState::healthChanged for every client; the model turns it into
    // one dataChanged per run of adjacent monitored rows, each re-sorted by the proxy); then a refresh:
    // a batch of 256 fresh samples as RefreshScheduler delivers them, and the rest of the round at once.
    QList<HealthSample> batch = generated.samples.mid(generated.samples.size() / 2, 256);
    for (HealthSample& sample : batch) {
        sample.checkedAt = QDateTime::currentDateTimeUtc();
        sample.latencyMs += 7;
    }
    report(QStringLiteral("load_tenants"), QStringLiteral("query="),
        bench.change([&] { fleet.setTenants(generated.tenants); }));
    report(QStringLiteral("load_health"), QStringLiteral("query="),
        bench.change([&] { fleet.restoreHealth(generated.samples); }));
    QList<HealthSample> fresh = std::exchange(generated.samples, {});
    for (HealthSample& sample : fresh)
        sample.checkedAt = QDateTime::currentDateTimeUtc();
    report(QStringLiteral("refresh_batch"), QStringLiteral("query="), bench.change([&] { fleet.applyHealth(batch); }));
    // The rest of a refresh round: every client checked again, same states. From here on the list holds
    // fresh (not stale) values, as it does while someone works with it.
    report(QStringLiteral("refresh_rest"), QStringLiteral("query="), bench.change([&] { fleet.applyHealth(fresh); }));
    fresh.clear();
    const double rssLoaded = rssMiB();
    out() << QStringLiteral("bench=client_list viewport=%1x%2 rows_on_screen=%3 rss_fleet_mib=%4 rss_model_mib=%5 "
                            "rss_loaded_mib=%6")
                 .arg(bench.viewSize().width())
                 .arg(bench.viewSize().height())
                 .arg(bench.rowsOnScreen())
                 .arg(bench.rssWithFleet(), 0, 'f', 1)
                 .arg(bench.rssWithModel(), 0, 'f', 1)
                 .arg(rssLoaded, 0, 'f', 1)
          << Qt::endl;

    const auto typeWord = [&](const QString& word) {
        for (QChar c : word) {
            query += c;
            const Step s = bench.type(c);
            maxFilter = std::max(maxFilter, s.totalMs);
            report(QStringLiteral("type"), QStringLiteral("query=") + query, s);
        }
    };
    const auto clearQuery = [&] {
        query.clear();
        const Step s = bench.clear();
        maxFilter = std::max(maxFilter, s.totalMs);
        report(QStringLiteral("clear"), QStringLiteral("query="), s);
    };

    // A name typed letter by letter, one letter taken back, cleared; then a query that ends up matching
    // nothing, cleared.
    typeWord(QStringLiteral("pine"));
    query.chop(1);
    {
        const Step s = bench.backspace();
        maxFilter = std::max(maxFilter, s.totalMs);
        report(QStringLiteral("backspace"), QStringLiteral("query=") + query, s);
    }
    clearQuery();
    typeWord(QStringLiteral("xyzzy"));
    clearQuery();

    double maxSort = 0;
    for (int column : {TenantTableModel::NameColumn, TenantTableModel::LatencyColumn, TenantTableModel::HealthColumn,
             TenantTableModel::TlsExpiryColumn}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const Step s = bench.sort(column, order);
            maxSort = std::max(maxSort, s.totalMs);
            report(QStringLiteral("sort"),
                QStringLiteral("column=%1 order=%2")
                    .arg(columnName(column),
                        order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc")),
                s);
        }
    }

    const double peak = peakRssMiB();
    out() << QStringLiteral(
        "bench=client_list summary platform=%1 tenants=%2 max_filter_ms=%3 max_sort_ms=%4 "
        "rss_qt_mib=%5 rss_generated_mib=%6 rss_loaded_mib=%7 peak_rss_mib=%8 peak_rss_with_generator_mib=%9 "
        "peak_reset=%10 target_step_ms=50 target_rss_mib=200 filter_met=%11 sort_met=%12 "
        "memory_met=%13")
                 .arg(platform)
                 .arg(tenants)
                 .arg(maxFilter, 0, 'f', 1)
                 .arg(maxSort, 0, 'f', 1)
                 .arg(rssQt, 0, 'f', 1)
                 .arg(rssGenerated, 0, 'f', 1)
                 .arg(rssLoaded, 0, 'f', 1)
                 .arg(peak, 0, 'f', 1)
                 .arg(peakWithGenerator, 0, 'f', 1)
                 .arg(peakReset ? QStringLiteral("yes") : QStringLiteral("no"))
                 .arg(maxFilter < 50 ? QStringLiteral("yes") : QStringLiteral("no"))
                 .arg(maxSort < 50 ? QStringLiteral("yes") : QStringLiteral("no"))
                 .arg(peak < 200 ? QStringLiteral("yes") : QStringLiteral("no"))
          << Qt::endl;
    return 0;
}
