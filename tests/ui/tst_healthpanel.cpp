#include "app/consoleapp.h"
#include "core/domain/healthsample.h"
#include "core/fleet/fleetstate.h"
#include "core/fleet/platformmonitor.h"
#include "core/fleet/refreshscheduler.h"
#include "core/store/registry.h"
#include "core/store/storeworker.h"
#include "ui/models/healthfilterproxy.h"
#include "ui/models/healthtablemodel.h"
#include "ui/panels/healthpanel.h"
#include "ui/shell/mainwindow.h"
#include "ui/theme.h"
#include "ui/widgets/gauge.h"
#include "ui/widgets/latencychart.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <cmath>

using namespace Fleetdeck;

namespace {

QString screenshotPath(const QString& name)
{
    const QString dir = qEnvironmentVariable("FLEETDECK_BINARY_DIR") + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}

QString cellText(const HealthTableModel* model, const QString& id, int column)
{
    const int row = model->rowOf(id);
    return row < 0 ? QString() : model->index(row, column).data().toString();
}

// The server whose fullest file system is the fullest of all; empty when no disk is known yet.
QString fullestServer(const HealthTableModel* model)
{
    QString id;
    double fullest = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const HealthTableModel::Row& r = model->rowAt(row);
        if (r.id.startsWith(QLatin1String("host:")) && r.diskUsedRatio && *r.diskUsedRatio > fullest) {
            fullest = *r.diskUsedRatio;
            id = r.id;
        }
    }
    return id;
}

} // namespace

class TestHealthPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void downsamplingAveragesBucketsAndKeepsSpikes();
    void gaugeColoursFollowTheThresholds();
    void theDemoListsServersTheDatabaseAndClients();
    void selectingAClientLoadsItsChartUptimeAndGauges();
    void aClientWithoutMeasurementsSaysSoInEveryWindow();

private:
    void startDemo();
    void waitForPlatformAndClients();
    void selectAndWait(const QString& id);
    void setRangeAndWait(HealthPanel::Range range);
    MainWindow* window() const { return m_app->window(); }
    HealthPanel* panel() const { return m_app->window()->healthPanel(); }
    std::unique_ptr<ConsoleApp> m_app;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void TestHealthPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Fleetdeck"));
    QCoreApplication::setApplicationName(QStringLiteral("FleetdeckTest"));
}

void TestHealthPanel::init()
{
    QSettings().clear();
}

void TestHealthPanel::cleanup()
{
    m_proxyTester.reset();
    m_modelTester.reset();
    m_app.reset();
}

void TestHealthPanel::startDemo()
{
    GuiOptions options;
    options.session.demo = true;
    m_app = std::make_unique<ConsoleApp>(options);
    QString error;
    QVERIFY2(m_app->start(&error), qPrintable(error));
    // Testers first, before any data arrives (cache, registry, probes and Prometheus all answer later).
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        panel()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        panel()->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window()->resize(1400, 880);
    window()->showPanel(MainWindow::Panel::Health);
    QVERIFY(QTest::qWaitForWindowExposed(window()));
    QSignalSpy painted(window(), &MainWindow::firstRefreshPainted);
    QVERIFY(painted.wait(30000));
}

void TestHealthPanel::waitForPlatformAndClients()
{
    const HealthTableModel* model = panel()->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->row(QStringLiteral("host:srv-1")) != nullptr, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(model->row(PlatformMonitor::kPlatformDatabase) != nullptr, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(model->tenantCount() >= 30, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!fullestServer(model).isEmpty(), 30000);
}

void TestHealthPanel::selectAndWait(const QString& id)
{
    QSignalSpy loaded(panel(), &HealthPanel::detailLoaded);
    panel()->select(id);
    QCOMPARE(panel()->selectedId(), id);
    QVERIFY(loaded.wait(15000));
}

void TestHealthPanel::setRangeAndWait(HealthPanel::Range range)
{
    QSignalSpy loaded(panel(), &HealthPanel::detailLoaded);
    panel()->setRange(range);
    QVERIFY(loaded.wait(15000));
}

void TestHealthPanel::downsamplingAveragesBucketsAndKeepsSpikes()
{
    const QDateTime from = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    const QDateTime to = from.addSecs(3600);
    QList<LatencyChart::Sample> samples;
    for (int i = 0; i < 3600; ++i) // one a second, 100 ms, one spike
        samples << LatencyChart::Sample{from.addSecs(i), i == 1234 ? 5000.0 : 100.0, 1, false};
    samples << LatencyChart::Sample{from.addSecs(2000), -1, 1, true}; // a down check without latency
    samples << LatencyChart::Sample{from.addSecs(-10), 999.0, 1, false}; // outside the window
    const QList<LatencyChart::Bucket> buckets = LatencyChart::downsample(samples, from, to, 200);
    QCOMPARE(buckets.size(), 200);
    double highest = 0;
    int down = 0;
    qint64 measured = 0;
    for (const LatencyChart::Bucket& b : buckets) {
        highest = std::max(highest, b.maxMs);
        down += b.down ? 1 : 0;
        measured += b.measurements;
        QVERIFY(b.at >= b.from && b.at <= b.to);
    }
    QCOMPARE(highest, 5000.0); // the spike survives as the bucket's max
    QCOMPARE(down, 1);
    QCOMPARE(measured, qint64(3600));
    // Hourly rollups weigh by their count of measurements.
    const QList<LatencyChart::Bucket> merged = LatencyChart::downsample(
        {{from.addSecs(60), 100.0, 3, false}, {from.addSecs(120), 400.0, 1, false}}, from, to, 1);
    QCOMPARE(merged.size(), 1);
    QCOMPARE(merged.first().averageMs, 175.0);
    QCOMPARE(merged.first().minMs, 100.0);
    QCOMPARE(merged.first().maxMs, 400.0);
    QVERIFY(LatencyChart::downsample({}, from, to, 100).isEmpty());
}

void TestHealthPanel::gaugeColoursFollowTheThresholds()
{
    QCOMPARE(HealthPanel::diskColour(0.5), Theme::stateColor(HealthState::Up));
    QCOMPARE(HealthPanel::diskColour(0.8), Theme::warning());
    QVERIFY(HealthPanel::diskColour(0.92) != Theme::warning());
    QVERIFY(HealthPanel::diskColour(0.92) != Theme::danger());
    QCOMPARE(HealthPanel::diskColour(0.95), Theme::danger());
    QCOMPARE(HealthPanel::certificateColour(30 * 86400), Theme::stateColor(HealthState::Up));
    QCOMPARE(HealthPanel::certificateColour(10 * 86400), Theme::warning());
    QCOMPARE(HealthPanel::certificateColour(3 * 86400), Theme::danger());
    QCOMPARE(HealthPanel::certificateColour(-86400), Theme::danger());
}

void TestHealthPanel::theDemoListsServersTheDatabaseAndClients()
{
    startDemo();
    waitForPlatformAndClients();
    HealthTableModel* model = panel()->model();
    HealthFilterProxy* proxy = panel()->proxy();
    QVERIFY(model->componentCount() >= 3);
    QTRY_VERIFY(panel()->bannerText().isEmpty()); // Prometheus answers: nothing to warn about

    // The near-full server reads about 92 %, in words and on its gauge.
    const QString fullest = fullestServer(model);
    QCOMPARE(cellText(model, fullest, HealthTableModel::DiskColumn), QStringLiteral("92 %"));
    selectAndWait(fullest);
    QCOMPARE(panel()->diskGauge()->valueText(), QStringLiteral("92 %"));
    QVERIFY(!panel()->certificateGauge()->isVisible());
    QVERIFY(window()->grab().save(screenshotPath(QStringLiteral("health-selected-server.png"))));

    // The down client reads "Down".
    QString down;
    for (const Tenant& t : m_app->session()->fleet()->tenants()) {
        if (t.isMonitored() && m_app->session()->fleet()->health(t.slug).state == HealthState::Down)
            down = t.slug;
    }
    QVERIFY(!down.isEmpty());
    QTRY_VERIFY(cellText(model, down, HealthTableModel::StateColumn).startsWith(QStringLiteral("Down")));
    QCOMPARE(model->index(model->rowOf(down), 0).data(HealthTableModel::ProblemRole).toBool(), true);

    // "Problems" narrows the list to what needs attention.
    const int all = proxy->rowCount();
    QCOMPARE(all, model->rowCount());
    panel()->setScope(HealthFilterProxy::Scope::Problems);
    QVERIFY(proxy->rowCount() > 0);
    QVERIFY2(proxy->rowCount() < all, qPrintable(QStringLiteral("%1 of %2").arg(proxy->rowCount()).arg(all)));
    bool downListed = false;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        QVERIFY(proxy->index(row, 0).data(HealthTableModel::ProblemRole).toBool());
        downListed = downListed || proxy->index(row, 0).data(HealthTableModel::IdRole).toString() == down;
    }
    QVERIFY(downListed);
    panel()->setScope(HealthFilterProxy::Scope::Platform);
    QCOMPARE(proxy->rowCount(), model->componentCount());
    panel()->setScope(HealthFilterProxy::Scope::Clients);
    QCOMPARE(proxy->rowCount(), model->tenantCount());
    panel()->setScope(HealthFilterProxy::Scope::All);
    panel()->setSearchText(QStringLiteral("srv-1"));
    QVERIFY(proxy->rowCount() >= 1);
    QVERIFY(proxy->rowCount() < all);
    panel()->setSearchText(QString());
    QCOMPARE(proxy->rowCount(), all);

    // Enter on a client opens it in the client list.
    selectAndWait(down);
    auto* view = panel()->findChild<QTableView*>(QStringLiteral("healthView"));
    QVERIFY(view);
    view->setFocus();
    QSignalSpy requested(panel(), &HealthPanel::tenantRequested);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toString(), down);
    QCOMPARE(window()->currentPanel(), MainWindow::Panel::Tenants);
}

void TestHealthPanel::selectingAClientLoadsItsChartUptimeAndGauges()
{
    startDemo();
    waitForPlatformAndClients();
    HealthTableModel* model = panel()->model();
    const QString slug = QStringLiteral("pizza-co");
    QVERIFY(model->row(slug));

    // The first round's samples are stored: the default window (24 h, hourly rollups) has a point.
    selectAndWait(slug);
    QCOMPARE(panel()->range(), HealthPanel::Range::Day);
    QVERIFY2(!panel()->chart()->isShowingMessage(), qPrintable(panel()->chart()->message()));
    QVERIFY(panel()->chart()->pointCount() >= 1);
    QVERIFY(panel()->chart()->pointCount() <= panel()->chart()->maxPoints());
    // Uptime becomes a percentage once samples are stored, and says how it was computed.
    QTRY_VERIFY(cellText(model, slug, HealthTableModel::UptimeDayColumn).endsWith(QStringLiteral("%")));
    const QString tip =
        model->index(model->rowOf(slug), HealthTableModel::UptimeDayColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("stored sample")) && tip.contains(QStringLiteral("hourly rollups")),
        qPrintable(tip));
    QVERIFY(panel()->diskGauge()->valueText().endsWith(QStringLiteral("%")));
    QVERIFY(panel()->certificateGauge()->isVisible());
    QVERIFY(!panel()->certificateGauge()->caption().isEmpty());

    setRangeAndWait(HealthPanel::Range::Hour);
    QVERIFY2(!panel()->chart()->isShowingMessage(), qPrintable(panel()->chart()->message()));
    QVERIFY(panel()->chart()->pointCount() >= 1);
    setRangeAndWait(HealthPanel::Range::Month);
    QVERIFY(panel()->chart()->pointCount() >= 1);
    setRangeAndWait(HealthPanel::Range::Day);
    QVERIFY(panel()->chart()->pointCount() >= 1);

    // An answer for an older selection is dropped: switch quickly, only the last one shows.
    panel()->setRange(HealthPanel::Range::Hour);
    selectAndWait(QStringLiteral("joes-plumbing"));
    QVERIFY(panel()->chart()->pointCount() >= 1);
    selectAndWait(slug);

    // A month of history, as a console running all along would have stored it: every 10 minutes, every 30 s in the
    // last hour, a daily rhythm, a few spikes and two short outages. Then one real round, so the newest is real.
    const QString url = m_app->session()->fleet()->tenant(slug)->healthUrls().value(0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<HealthSample> history;
    for (QDateTime at = now.addDays(-30); at < now.addSecs(-90); at = at.addSecs(at < now.addSecs(-3600) ? 600 : 30)) {
        const qint64 i = now.addDays(-30).secsTo(at) / 30;
        HealthSample sample;
        sample.tenantSlug = slug;
        sample.url = url;
        sample.checkedAt = at;
        sample.state = HealthState::Up;
        sample.httpStatus = 200;
        sample.latencyMs = 170 + int(50 * std::sin(at.time().hour() * 3.14159 / 12.0)) + int(i * 2654435761LL % 53)
            + (i % 997 == 0 ? 700 : 0);
        const qint64 ago = at.secsTo(now);
        if ((ago > 3 * 86400 && ago < 3 * 86400 + 1800) || (ago > 1500 && ago < 1700)) {
            sample.state = HealthState::Down;
            sample.latencyMs = -1;
            sample.httpStatus = 0;
            sample.error = QStringLiteral("connection refused");
        }
        history << sample;
    }
    m_app->session()->store()->writeHealth(history);
    QSignalSpy finished(m_app->session()->scheduler(), &RefreshScheduler::healthRoundFinished);
    bool started = false; // refreshHealth() starts a round: call it until it does, never once more
    QTRY_VERIFY_WITH_TIMEOUT(started || (started = m_app->session()->scheduler()->refreshHealth()), 30000);
    QVERIFY(finished.wait(30000));

    // Downsampled to what the widget can show, spikes and outages kept.
    setRangeAndWait(HealthPanel::Range::Month);
    QVERIFY(panel()->chart()->pointCount() > 100);
    QVERIFY(panel()->chart()->pointCount() <= panel()->chart()->maxPoints());
    QVERIFY(panel()->chart()->downBucketCount() >= 1);
    QVERIFY(window()->grab().save(screenshotPath(QStringLiteral("health-selected-client-30d.png"))));
    setRangeAndWait(HealthPanel::Range::Hour);
    QVERIFY(panel()->chart()->pointCount() >= 60);
    QVERIFY(panel()->chart()->downBucketCount() >= 1);
    QTRY_VERIFY(cellText(model, slug, HealthTableModel::UptimeMonthColumn) != QStringLiteral("100.0 %"));
    panel()->select(slug); // scrolls to it again: the list re-sorted as results arrived
    QTest::qWait(200); // let the chart and the gauges paint before the picture
    QVERIFY(window()->grab().save(screenshotPath(QStringLiteral("health-selected-client.png"))));
    QVERIFY(panel()->grab().save(screenshotPath(QStringLiteral("health-panel.png"))));
    QVERIFY(QFileInfo(screenshotPath(QStringLiteral("health-selected-client.png"))).size() > 10000);

    // The down client: its checks are marked on the chart.
    for (const Tenant& t : m_app->session()->fleet()->tenants()) {
        if (t.isMonitored() && m_app->session()->fleet()->health(t.slug).state == HealthState::Down) {
            selectAndWait(t.slug);
            QVERIFY(panel()->chart()->downBucketCount() >= 1);
            QVERIFY(window()->grab().save(screenshotPath(QStringLiteral("health-down-client.png"))));
            break;
        }
    }
}

void TestHealthPanel::aClientWithoutMeasurementsSaysSoInEveryWindow()
{
    startDemo();
    waitForPlatformAndClients();
    // A client without a health URL is never checked: nothing is ever stored for it.
    Tenant quiet;
    quiet.slug = QStringLiteral("quiet-studio");
    quiet.name = QStringLiteral("Quiet Studio");
    bool added = false;
    m_app->session()->store()->withRegistry<Result<Tenant, StoreError>>(
        [quiet](Registry& registry) { return registry.addTenant(quiet); },
        Result<Tenant, StoreError>::failure(StoreWorker::notOpen(QStringLiteral("registry"))), this,
        [&added](Result<Tenant, StoreError> result) { added = result.hasValue(); });
    QTRY_VERIFY(added);
    bool reloaded = false;
    m_app->session()->loadFleet([&reloaded](Result<int, QString>) { reloaded = true; });
    QTRY_VERIFY(reloaded);
    QTRY_VERIFY(panel()->model()->row(quiet.slug) != nullptr);

    selectAndWait(quiet.slug);
    const QString empty = QStringLiteral("No measurements in this window yet");
    for (const HealthPanel::Range range :
        {HealthPanel::Range::Hour, HealthPanel::Range::Month, HealthPanel::Range::Day}) {
        if (range != panel()->range())
            setRangeAndWait(range);
        QVERIFY(panel()->chart()->isShowingMessage());
        QVERIFY2(panel()->chart()->message().startsWith(empty), qPrintable(panel()->chart()->message()));
        QCOMPARE(panel()->chart()->pointCount(), 0);
    }
    QCOMPARE(cellText(panel()->model(), quiet.slug, HealthTableModel::UptimeDayColumn), QStringLiteral("—"));
    QCOMPARE(panel()->certificateGauge()->caption(), QStringLiteral("No HTTPS endpoint"));
    QCOMPARE(panel()->diskGauge()->caption(), QStringLiteral("No server named for this client"));
    QVERIFY(window()->grab().save(screenshotPath(QStringLiteral("health-no-measurements.png"))));
}

QTEST_MAIN(TestHealthPanel)
#include "tst_healthpanel.moc"
