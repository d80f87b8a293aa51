#include "app/consoleapp.h"
#include "core/engine/alertnames.h"
#include "core/fleet/alertservice.h"
#include "core/store/registry.h"
#include "core/store/tenantimport.h"
#include "ui/dialogs/alertacknowledgedialog.h"
#include "ui/dialogs/alertnotedialog.h"
#include "ui/dialogs/alertsilencedialog.h"
#include "ui/models/alertfilterproxy.h"
#include "ui/models/alerthistorymodel.h"
#include "ui/models/alerttablemodel.h"
#include "ui/panels/alertspanel.h"
#include "ui/panels/overviewpanel.h"
#include "ui/panels/tenantspanel.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/kpicard.h"

#include "tests/support/simfixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Fleetdeck;

namespace {

QString screenshotPath(const QString& name)
{
    const QString dir = qEnvironmentVariable("FLEETDECK_BINARY_DIR") + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}

template <typename T> T* visibleTopLevel()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* typed = qobject_cast<T*>(w); typed && typed->isVisible())
            return typed;
    }
    return nullptr;
}

QPushButton* buttonNamed(QWidget* parent, const QString& accessibleName)
{
    for (QPushButton* b : parent->findChildren<QPushButton*>()) {
        if (b->accessibleName() == accessibleName)
            return b;
    }
    return nullptr;
}

// The number of alerts needing attention that the Overview card shows ("3 need attention"; 0 when calm).
int cardCount(KpiCard* card)
{
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("(\\d+) needs? attention")).match(card->value());
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace

class TestAlertsPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theDemoListsFiringAlertsFromEverySource();
    void aSeverityFilterNarrowsTheRows();
    void acknowledgingShowsTheOwnerAndLowersTheOverviewCount();
    void aNoteAppearsInTheDetailPane();
    void silencingForAnHourShowsUntilWhenAndLiftingRestores();
    void openClientSelectsTheClientInTheList();
    void theHistoryListsChangesNewestFirst();
    void theOverviewCardOpensTheAlertsPanel();
    void aReadOnlyRegistryDisablesEveryAlertWrite();

private:
    void startDemo();
    void attachTesters();
    // Waits until the first alerts are in and a second health round has let the down clients fire.
    void waitForFiringAlerts();
    [[nodiscard]] QString firstAlertNeedingAttention(bool tenantOnly = false) const;
    [[nodiscard]] QString stateTextOf(const QString& alertId) const;
    MainWindow* window() const { return m_app->window(); }
    AlertsPanel* panel() const { return window()->alertsPanel(); }
    AlertService* service() const { return m_app->session()->alerts(); }
    std::unique_ptr<ConsoleApp> m_app;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    std::unique_ptr<QAbstractItemModelTester> m_historyTester;
};

void TestAlertsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Fleetdeck"));
    QCoreApplication::setApplicationName(QStringLiteral("FleetdeckAlertsTest"));
}

void TestAlertsPanel::init()
{
    QSettings().clear();
}

void TestAlertsPanel::cleanup()
{
    m_historyTester.reset();
    m_proxyTester.reset();
    m_modelTester.reset();
    m_app.reset();
}

void TestAlertsPanel::attachTesters()
{
    // Before any alert arrives: the service starts after the cache, the registry and the first checks.
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        panel()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        panel()->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_historyTester = std::make_unique<QAbstractItemModelTester>(
        panel()->historyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestAlertsPanel::startDemo()
{
    GuiOptions options;
    options.session.demo = true;
    m_app = std::make_unique<ConsoleApp>(options);
    QString error;
    QVERIFY2(m_app->start(&error), qPrintable(error));
    attachTesters();
    QVERIFY(QTest::qWaitForWindowExposed(window()));
    window()->resize(1400, 880);
    QSignalSpy painted(window(), &MainWindow::firstRefreshPainted);
    QVERIFY(painted.wait(30000));
}

void TestAlertsPanel::waitForFiringAlerts()
{
    QTRY_VERIFY_WITH_TIMEOUT(service()->isStarted() && panel()->proxy()->rowCount() > 0, 60000);
    // A down client fires on its second failing check: ask for the second round now rather than in 30 s.
    window()->refreshNow();
    const auto endpointDownFiring = [this] {
        for (const Alert& a : service()->alerts()) {
            if (a.ruleId == RuleId::kEndpointDown && a.state == Alert::State::Firing)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(endpointDownFiring(), 60000);
}

QString TestAlertsPanel::firstAlertNeedingAttention(bool tenantOnly) const
{
    for (const Alert& a : service()->alerts()) {
        if (a.needsAttention() && (!tenantOnly || a.subjectIsTenant))
            return a.id;
    }
    return {};
}

QString TestAlertsPanel::stateTextOf(const QString& alertId) const
{
    const int row = panel()->model()->rowOf(alertId);
    return row < 0 ? QString() : panel()->model()->index(row, AlertTableModel::StateColumn).data().toString();
}

void TestAlertsPanel::theDemoListsFiringAlertsFromEverySource()
{
    startDemo();
    window()->showPanel(MainWindow::Panel::Alerts);
    QCOMPARE(panel()->view(), AlertsPanel::View::NeedsAttention);
    waitForFiringAlerts();
    bool alertmanager = false;
    bool certificate = false;
    for (const Alert& a : service()->alerts()) {
        alertmanager = alertmanager || (a.origin == Alert::Origin::Alertmanager && a.state == Alert::State::Firing);
        certificate = certificate || (a.ruleId == RuleId::kTlsExpiry && a.state == Alert::State::Firing);
    }
    QVERIFY(alertmanager);
    QVERIFY(certificate);
    // "Needs attention" shows exactly the firing alerts nobody has taken, worst first.
    const AlertFilterProxy* proxy = panel()->proxy();
    QTRY_COMPARE(proxy->rowCount(), service()->counts().needingAttention());
    int previous = int(AlertSeverity::Critical);
    for (int row = 0; row < proxy->rowCount(); ++row) {
        QCOMPARE(proxy->index(row, 0).data(AlertTableModel::CategoryRole).toInt(),
            int(AlertTableModel::Category::NeedsAttention));
        const int severity = proxy->index(row, 0).data(AlertTableModel::SeverityRole).toInt();
        QVERIFY(severity <= previous);
        previous = severity;
        QCOMPARE(proxy->index(row, AlertTableModel::StateColumn).data().toString(), QStringLiteral("firing"));
    }
    // Money right-aligned, the age with its exact time on hover.
    QCOMPARE(proxy->index(0, AlertTableModel::MoneyColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
        Qt::AlignRight | Qt::AlignVCenter);
    QVERIFY(proxy->index(0, AlertTableModel::SinceColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("Since")));
    // The first alert is selected and described.
    QTRY_VERIFY(!panel()->selectedAlertId().isEmpty());
    auto* detail = panel()->findChild<QLabel*>(QStringLiteral("alertDetail"));
    QVERIFY(detail->text().contains(service()->alert(panel()->selectedAlertId())->summary.toHtmlEscaped()));
    auto* notes = panel()->findChild<QLabel*>(QStringLiteral("alertNotes"));
    QTRY_VERIFY(notes->text().contains(QStringLiteral("No notes yet")));

    // Sorting by money at stake sorts by amount, not by text.
    auto* view = panel()->findChild<QTableView*>(QStringLiteral("alertsView"));
    panel()->setView(AlertsPanel::View::All);
    view->sortByColumn(AlertTableModel::MoneyColumn, Qt::DescendingOrder);
    double before = std::numeric_limits<double>::max();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const double amount =
            proxy->index(row, AlertTableModel::MoneyColumn).data(AlertTableModel::SortRole).toDouble();
        QVERIFY(amount <= before);
        before = amount;
    }
    view->sortByColumn(AlertTableModel::SeverityColumn, Qt::DescendingOrder);
    // An empty list says what to do next.
    if (panel()->model()->categoryCount(AlertTableModel::Category::Acknowledged) == 0) {
        panel()->setView(AlertsPanel::View::Acknowledged);
        QLabel* empty = nullptr;
        for (QLabel* label : panel()->findChildren<QLabel*>(QStringLiteral("emptyState"))) {
            if (label->isVisible())
                empty = label;
        }
        QVERIFY(empty);
        QVERIFY2(empty->text().contains(QStringLiteral("press A")), qPrintable(empty->text()));
        QVERIFY(panel()->selectedAlertId().isEmpty());
        for (const char* name : {"acknowledgeAlertButton", "addAlertNoteButton", "silenceAlertButton",
                 "unacknowledgeAlertButton", "openClientButton"})
            QVERIFY2(!buttonNamed(panel(), QLatin1String(name))->isEnabled(), name);
        QTest::qWait(100); // the splitter gives the list the detail pane's room
        QVERIFY(window()->grab().save(screenshotPath(QStringLiteral("alerts-empty.png"))));
    }
    panel()->setView(AlertsPanel::View::NeedsAttention);
    QTest::qWait(300); // the async notes and history paint
    QVERIFY(window()->grab().save(screenshotPath(QStringLiteral("alerts-panel.png"))));
}

void TestAlertsPanel::aSeverityFilterNarrowsTheRows()
{
    startDemo();
    window()->showPanel(MainWindow::Panel::Alerts);
    waitForFiringAlerts();
    panel()->setView(AlertsPanel::View::All);
    const auto hasBelowCritical = [this] {
        for (const Alert& a : service()->alerts()) {
            if (a.severity < AlertSeverity::Critical)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasBelowCritical(), 30000);
    const int all = panel()->proxy()->rowCount();
    QCOMPARE(all, panel()->model()->rowCount());
    panel()->setMinimumSeverity(AlertSeverity::Critical);
    const int critical = panel()->proxy()->rowCount();
    QVERIFY2(critical < all, qPrintable(QStringLiteral("%1 of %2").arg(critical).arg(all)));
    QVERIFY(critical > 0);
    for (int row = 0; row < critical; ++row)
        QCOMPARE(
            panel()->proxy()->index(row, 0).data(AlertTableModel::SeverityRole).toInt(), int(AlertSeverity::Critical));
    // Through the combo, like a person would: "High and worse" lies in between.
    auto* combo = panel()->findChild<QComboBox*>(QStringLiteral("severityFilter"));
    combo->setCurrentIndex(combo->findData(int(AlertSeverity::High)));
    QVERIFY(panel()->proxy()->rowCount() >= critical);
    QVERIFY(panel()->proxy()->rowCount() <= all);
    // The search narrows too, and a search for nothing says how to get the rows back.
    panel()->setMinimumSeverity(std::nullopt);
    panel()->setSearchText(QStringLiteral("no-such-client-anywhere"));
    QCOMPARE(panel()->proxy()->rowCount(), 0);
    QLabel* empty = nullptr;
    for (QLabel* label : panel()->findChildren<QLabel*>(QStringLiteral("emptyState"))) {
        if (label->isVisible())
            empty = label;
    }
    QVERIFY(empty);
    QVERIFY(empty->text().contains(QStringLiteral("Clear the search")));
    panel()->setSearchText({});
    QCOMPARE(panel()->proxy()->rowCount(), all);
}

void TestAlertsPanel::acknowledgingShowsTheOwnerAndLowersTheOverviewCount()
{
    startDemo();
    window()->showPanel(MainWindow::Panel::Alerts);
    waitForFiringAlerts();
    KpiCard* card = window()->overviewPanel()->alertsCard();
    QTRY_COMPARE(cardCount(card), service()->counts().needingAttention());
    const int before = cardCount(card);
    QVERIFY(before > 0);

    const QString id = firstAlertNeedingAttention();
    QVERIFY(!id.isEmpty());
    panel()->setView(AlertsPanel::View::All); // the row stays in view once acknowledged
    panel()->selectAlert(id);
    QCOMPARE(panel()->selectedAlertId(), id);
    QPushButton* acknowledge = buttonNamed(panel(), QStringLiteral("acknowledgeAlertButton"));
    QVERIFY(acknowledge && acknowledge->isEnabled());
    QTest::mouseClick(acknowledge, Qt::LeftButton);
    AlertAcknowledgeDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleTopLevel<AlertAcknowledgeDialog>()) != nullptr);
    auto* owner = dialog->findChild<QLineEdit*>(QStringLiteral("ownerEdit"));
    QCOMPARE(owner->text(), service()->actor()); // whoever sits here, unless they say otherwise
    owner->setText(QStringLiteral("ana@office"));
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("noteEdit"))
        ->setPlainText(QStringLiteral("restarting the container"));
    dialog->grab().save(screenshotPath(QStringLiteral("alert-acknowledge.png")));
    QSignalSpy written(panel(), &AlertsPanel::alertWritten);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("acknowledgeButton")), Qt::LeftButton);
    QVERIFY(written.wait(10000));
    QTRY_VERIFY(visibleTopLevel<AlertAcknowledgeDialog>() == nullptr);

    QTRY_COMPARE_WITH_TIMEOUT(stateTextOf(id), QStringLiteral("acknowledged by ana@office"), 15000);
    QCOMPARE(panel()->selectedAlertId(), id); // the selection survived the update
    QTRY_COMPARE_WITH_TIMEOUT(cardCount(card), before - 1, 10000);
    auto* detail = panel()->findChild<QLabel*>(QStringLiteral("alertDetail"));
    QTRY_VERIFY(detail->text().contains(QStringLiteral("restarting the container")));
    QVERIFY(detail->text().contains(QStringLiteral("ana@office")));
    // The acknowledged list has it; "Needs attention" no longer does.
    panel()->setView(AlertsPanel::View::Acknowledged);
    QCOMPARE(panel()->proxy()->rowCount(), 1);
    QCOMPARE(panel()->proxy()->index(0, 0).data(AlertTableModel::AlertIdRole).toString(), id);
    panel()->setView(AlertsPanel::View::NeedsAttention);
    for (int row = 0; row < panel()->proxy()->rowCount(); ++row)
        QVERIFY(panel()->proxy()->index(row, 0).data(AlertTableModel::AlertIdRole).toString() != id);
    // The history of the alert records it.
    panel()->selectAlert(id);
    auto* events = panel()->findChild<QTableView*>(QStringLiteral("alertEventsView"));
    const auto recorded = [events] {
        for (int row = 0; row < events->model()->rowCount(); ++row) {
            if (events->model()->index(row, AlertHistoryModel::EventColumn).data().toString()
                == QLatin1String("acknowledged"))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(recorded(), 10000);

    // Un-acknowledge gives it back.
    QPushButton* unacknowledge = buttonNamed(panel(), QStringLiteral("unacknowledgeAlertButton"));
    QVERIFY(unacknowledge->isEnabled());
    QTest::mouseClick(unacknowledge, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stateTextOf(id), QStringLiteral("firing"), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(cardCount(card), before, 10000);
}

void TestAlertsPanel::aNoteAppearsInTheDetailPane()
{
    startDemo();
    window()->showPanel(MainWindow::Panel::Alerts);
    waitForFiringAlerts();
    const QString id = firstAlertNeedingAttention();
    panel()->selectAlert(id);
    auto* view = panel()->findChild<QTableView*>(QStringLiteral("alertsView"));
    window()->activateWindow();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_N); // the keyboard way
    AlertNoteDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleTopLevel<AlertNoteDialog>()) != nullptr);
    // An empty note is refused with a reason.
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addNoteButton")), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))->isHidden());
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("noteEdit"))
        ->setPlainText(QStringLiteral("client told by phone"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addNoteButton")), Qt::LeftButton);
    auto* notes = panel()->findChild<QLabel*>(QStringLiteral("alertNotes"));
    QTRY_VERIFY_WITH_TIMEOUT(notes->text().contains(QStringLiteral("client told by phone")), 10000);
    QVERIFY(notes->text().contains(service()->actor().toHtmlEscaped()));
    QCOMPARE(panel()->selectedAlertId(), id);
}

void TestAlertsPanel::silencingForAnHourShowsUntilWhenAndLiftingRestores()
{
    startDemo();
    window()->showPanel(MainWindow::Panel::Alerts);
    waitForFiringAlerts();
    // An Alertmanager alert: the dialog offers to silence it there too.
    QString id;
    for (const Alert& a : service()->alerts()) {
        if (a.needsAttention() && a.origin == Alert::Origin::Alertmanager)
            id = a.id;
    }
    QVERIFY(!id.isEmpty());
    panel()->setView(AlertsPanel::View::All);
    panel()->selectAlert(id);
    auto* view = panel()->findChild<QTableView*>(QStringLiteral("alertsView"));
    window()->activateWindow();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_S);
    AlertSilenceDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleTopLevel<AlertSilenceDialog>()) != nullptr);
    QVERIFY(dialog->findChild<QRadioButton*>(QStringLiteral("silence1hRadio"))->isChecked());
    QVERIFY(dialog->findChild<QWidget*>(QStringLiteral("alertmanagerCheck"))->isVisible());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(qAbs(now.secsTo(dialog->until(now)) - 3600) < 2);
    dialog->grab().save(screenshotPath(QStringLiteral("alert-silence.png")));
    QSignalSpy written(panel(), &AlertsPanel::alertWritten);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("silenceButton")), Qt::LeftButton);
    QVERIFY(written.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(stateTextOf(id).startsWith(QStringLiteral("silenced until")), 15000);
    const Alert* silenced = service()->alert(id);
    QVERIFY(silenced->silencedUntil.isValid());
    QVERIFY(qAbs(now.secsTo(silenced->silencedUntil) - 3600) < 60);
    QCOMPARE(panel()->model()->index(panel()->model()->rowOf(id), 0).data(AlertTableModel::CategoryRole).toInt(),
        int(AlertTableModel::Category::Silenced));
    auto* detail = panel()->findChild<QLabel*>(QStringLiteral("alertDetail"));
    QTRY_VERIFY(detail->text().contains(QStringLiteral("Silenced until")));
    // U lifts the silence: the alert needs attention again.
    QPushButton* lift = buttonNamed(panel(), QStringLiteral("unacknowledgeAlertButton"));
    QVERIFY(lift->isEnabled());
    QVERIFY(lift->text().contains(QStringLiteral("silence")));
    window()->activateWindow();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_U);
    QTRY_COMPARE_WITH_TIMEOUT(stateTextOf(id), QStringLiteral("firing"), 15000);
    QVERIFY(service()->alert(id)->needsAttention());
}

void TestAlertsPanel::openClientSelectsTheClientInTheList()
{
    startDemo();
    window()->showPanel(MainWindow::Panel::Alerts);
    waitForFiringAlerts();
    const QString id = firstAlertNeedingAttention(true);
    QVERIFY(!id.isEmpty());
    const QString slug = service()->alert(id)->subject;
    panel()->selectAlert(id);
    QVERIFY(buttonNamed(panel(), QStringLiteral("openClientButton"))->isEnabled());
    auto* view = panel()->findChild<QTableView*>(QStringLiteral("alertsView"));
    window()->activateWindow();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(window()->currentPanel(), MainWindow::Panel::Tenants);
    QCOMPARE(window()->tenantsPanel()->selectedSlug(), slug);

    // A platform alert has no client to open.
    for (const Alert& a : service()->alerts()) {
        if (!a.subjectIsTenant) {
            window()->showPanel(MainWindow::Panel::Alerts);
            panel()->selectAlert(a.id);
            QVERIFY(!buttonNamed(panel(), QStringLiteral("openClientButton"))->isEnabled());
            break;
        }
    }
}

void TestAlertsPanel::theHistoryListsChangesNewestFirst()
{
    startDemo();
    window()->showPanel(MainWindow::Panel::Alerts);
    waitForFiringAlerts();
    auto* tabs = panel()->findChild<QTabBar*>(QStringLiteral("alertViewTabs"));
    tabs->setCurrentIndex(int(AlertsPanel::View::History));
    QCOMPARE(panel()->view(), AlertsPanel::View::History);
    AlertHistoryModel* history = panel()->historyModel();
    QTRY_VERIFY_WITH_TIMEOUT(history->rowCount() > 0, 15000);
    bool fired = false;
    for (int row = 0; row < history->rowCount(); ++row) {
        fired = fired || history->entryAt(row).event == QLatin1String("fired");
        if (row > 0)
            QVERIFY(history->entryAt(row - 1).at >= history->entryAt(row).at);
    }
    QVERIFY(fired);
    auto* table = panel()->findChild<QTableView*>(QStringLiteral("alertHistoryView"));
    QVERIFY(table->isVisible());
    const QModelIndex first = table->model()->index(0, AlertHistoryModel::EventColumn);
    QVERIFY(!first.data().toString().isEmpty());
    // Filters apply here too.
    panel()->setMinimumSeverity(AlertSeverity::Critical);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QCOMPARE(
            table->model()->index(row, 0).data(AlertTableModel::SeverityRole).toInt(), int(AlertSeverity::Critical));
    panel()->setMinimumSeverity(std::nullopt);
    QTest::qWait(200);
    QVERIFY(window()->grab().save(screenshotPath(QStringLiteral("alerts-history.png"))));
}

void TestAlertsPanel::theOverviewCardOpensTheAlertsPanel()
{
    startDemo();
    waitForFiringAlerts();
    window()->showPanel(MainWindow::Panel::Overview);
    KpiCard* card = window()->overviewPanel()->alertsCard();
    QTRY_COMPARE(cardCount(card), service()->counts().needingAttention());
    QVERIFY(cardCount(card) > 0);
    // The newest firing alerts are named on the card.
    const auto named = [&] {
        for (QLabel* label : card->findChildren<QLabel*>()) {
            for (const Alert& a : service()->alerts()) {
                if (a.needsAttention() && label->text() == a.summary)
                    return true;
            }
        }
        return false;
    };
    QTRY_VERIFY(named());
    QTest::qWait(300);
    QVERIFY(window()->grab().save(screenshotPath(QStringLiteral("overview-alerts-card.png"))));
    QTest::mouseClick(card, Qt::LeftButton);
    QCOMPARE(window()->currentPanel(), MainWindow::Panel::Alerts);
}

void TestAlertsPanel::aReadOnlyRegistryDisablesEveryAlertWrite()
{
    // A registry file that may only be read: what a support person's connection looks like.
    Testing::SimFixture sim;
    QVERIFY(sim.start());
    QTemporaryDir dir;
    const QString registryPath = dir.filePath(QStringLiteral("registry.sqlite"));
    {
        RegistryConnection connection;
        connection.path = registryPath;
        auto registry = Registry::open(connection, QStringLiteral("owner@office"));
        QVERIFY(registry);
        const auto preview = TenantImport::parse(sim.simulator().tenantsJson(), TenantImport::Format::Json, {}, {});
        QList<Tenant> tenants;
        for (const auto& a : preview.accepted)
            tenants << a.tenant;
        QVERIFY(registry.value()->importTenants(tenants, preview.plans));
    }
    QFile::setPermissions(registryPath, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QJsonObject profile = QJsonDocument::fromJson(sim.simulator().profileJson()).object();
    profile.insert(QStringLiteral("name"), QStringLiteral("support"));
    profile.insert(QStringLiteral("cachePath"), dir.filePath(QStringLiteral("cache.sqlite")));
    const QString profilePath = dir.filePath(QStringLiteral("profile.json"));
    QFile file(profilePath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(profile).toJson());
    file.close();

    GuiOptions options;
    options.session.profileFile = profilePath;
    m_app = std::make_unique<ConsoleApp>(options);
    QString error;
    QVERIFY2(m_app->start(&error), qPrintable(error));
    attachTesters();
    QSignalSpy painted(window(), &MainWindow::firstRefreshPainted);
    QVERIFY(painted.wait(30000));
    QVERIFY(m_app->session()->isRegistryReadOnly());
    window()->showPanel(MainWindow::Panel::Alerts);
    QTRY_VERIFY_WITH_TIMEOUT(service()->isStarted() && panel()->proxy()->rowCount() > 0, 60000);
    QTRY_VERIFY(!panel()->selectedAlertId().isEmpty());
    for (const char* name :
        {"acknowledgeAlertButton", "addAlertNoteButton", "silenceAlertButton", "unacknowledgeAlertButton"}) {
        QPushButton* button = buttonNamed(panel(), QLatin1String(name));
        QVERIFY2(button, name);
        QVERIFY2(!button->isEnabled(), name);
        QVERIFY2(button->toolTip().contains(QStringLiteral("read-only")), name);
    }
    // Trying anyway (the A key) explains instead of acting.
    panel()->acknowledgeAlert(panel()->selectedAlertId());
    QVERIFY(visibleTopLevel<AlertAcknowledgeDialog>() == nullptr);
    auto* banner = panel()->findChild<QFrame*>(QStringLiteral("banner"));
    QVERIFY(banner->isVisible());
}

QTEST_MAIN(TestAlertsPanel)
#include "tst_alertspanel.moc"
