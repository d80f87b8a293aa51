#include "app/consoleapp.h"
#include "core/fleet/fleetstate.h"
#include "core/fleet/refreshscheduler.h"
#include "core/store/registry.h"
#include "core/store/tenantimport.h"
#include "ui/dialogs/commandpalette.h"
#include "ui/dialogs/confirmdialog.h"
#include "ui/dialogs/importdialog.h"
#include "ui/dialogs/tenanteditordialog.h"
#include "ui/models/auditlogmodel.h"
#include "ui/models/tenantfilterproxy.h"
#include "ui/models/tenanttablemodel.h"
#include "ui/panels/auditpanel.h"
#include "ui/panels/overviewpanel.h"
#include "ui/panels/tenantspanel.h"
#include "ui/preferences.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/kpicard.h"

#include "tests/support/simfixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
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

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theFirstRefreshFillsTheOverviewAndTheList();
    void typingInTheSearchFindsAClientAndEnterOpensIt();
    void theCommandPaletteOpensAClient();
    void theCommandPaletteSuspendsAfterConfirmation();
    void aBigClientNeedsItsNameTypedBeforeRemoval();
    void addingAClientWritesTheRegistryAndTheAuditLog();
    void aReadOnlyRegistryDisablesEveryWrite();
    void cardsOpenTheListBehindThem();
    void importShowsAPreviewBeforeWriting();
    void theStatusReportGoesToTheClipboardWithoutSecrets();
    void sortOrderAndColumnsAreRestored();
    void screenshotsOfEveryPanel();

private:
    void startDemo();
    MainWindow* window() const { return m_app->window(); }
    std::unique_ptr<ConsoleApp> m_app;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Fleetdeck"));
    QCoreApplication::setApplicationName(QStringLiteral("FleetdeckTest"));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::cleanup()
{
    m_proxyTester.reset();
    m_modelTester.reset();
    m_app.reset();
}

void TestMainWindow::startDemo()
{
    GuiOptions options;
    options.session.demo = true;
    m_app = std::make_unique<ConsoleApp>(options);
    QString error;
    QVERIFY2(m_app->start(&error), qPrintable(error));
    // Testers first, before any data arrives (cache, registry and probes all answer later).
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        window()->tenantsPanel()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        window()->tenantsPanel()->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(QTest::qWaitForWindowExposed(window()));
    QSignalSpy painted(window(), &MainWindow::firstRefreshPainted);
    QVERIFY(painted.wait(30000));
}

void TestMainWindow::theFirstRefreshFillsTheOverviewAndTheList()
{
    startDemo();
    QCOMPARE(window()->tenantsPanel()->model()->rowCount(), 40);
    const FleetSummary s = m_app->session()->fleet()->summary();
    QVERIFY(s.down >= 1);
    // The fleet card leads with the worst news, in words.
    QVERIFY2(window()->overviewPanel()->fleetCard()->value().contains(QStringLiteral("down")),
        qPrintable(window()->overviewPanel()->fleetCard()->value()));
    QVERIFY(window()->freshnessText().contains(QStringLiteral("Refreshed")));
    QVERIFY(window()->overviewPanel()->sourcesCard()->value().contains(QStringLiteral("OK")));
}

void TestMainWindow::typingInTheSearchFindsAClientAndEnterOpensIt()
{
    startDemo();
    auto* search = window()->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("pizza"));
    QCOMPARE(window()->currentPanel(), MainWindow::Panel::Tenants);
    QCOMPARE(window()->tenantsPanel()->proxy()->rowCount(), 1);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(window()->tenantsPanel()->selectedSlug(), QStringLiteral("pizza-co"));
    auto* detail = window()->findChild<QLabel*>(QStringLiteral("tenantDetail"));
    QVERIFY(detail->text().contains(QStringLiteral("Pizza Co")));
    // Esc clears the search: every client is back.
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(window()->tenantsPanel()->proxy()->rowCount(), 40);
}

void TestMainWindow::theCommandPaletteOpensAClient()
{
    startDemo();
    window()->activateWindow();
    QTest::keyClick(window(), Qt::Key_K, Qt::ControlModifier);
    CommandPalette* palette = window()->commandPalette();
    QTRY_VERIFY(palette->isVisible());
    auto* edit = palette->findChild<QLineEdit*>(QStringLiteral("paletteEdit"));
    QTest::keyClicks(edit, QStringLiteral("joe"));
    QVERIFY(!palette->visibleTexts().isEmpty());
    QCOMPARE(palette->visibleTexts().first(), QStringLiteral("Open Joe's Plumbing"));
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(!palette->isVisible());
    QCOMPARE(window()->currentPanel(), MainWindow::Panel::Tenants);
    QCOMPARE(window()->tenantsPanel()->selectedSlug(), QStringLiteral("joes-plumbing"));
}

void TestMainWindow::theCommandPaletteSuspendsAfterConfirmation()
{
    startDemo();
    window()->openCommandPalette();
    auto* edit = window()->commandPalette()->findChild<QLineEdit*>(QStringLiteral("paletteEdit"));
    // The verb may also come last, as in languages that put it there.
    QTest::keyClicks(edit, QStringLiteral("pizza suspend"));
    QCOMPARE(window()->commandPalette()->visibleTexts().first(), QStringLiteral("Suspend Pizza Co"));
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("suspend Pizza Co"));
    QCOMPARE(window()->commandPalette()->visibleTexts().first(), QStringLiteral("Suspend Pizza Co"));
    QTest::keyClick(edit, Qt::Key_Return);
    ConfirmDialog* confirm = nullptr;
    QTRY_VERIFY((confirm = visibleTopLevel<ConfirmDialog>()) != nullptr);
    QVERIFY(confirm->canConfirm()); // a growth plan: no typing needed
    QSignalSpy changed(window()->tenantsPanel(), &TenantsPanel::registryChanged);
    confirm->accept();
    QVERIFY(changed.wait(10000));
    QTRY_COMPARE(m_app->session()->fleet()->tenant(QStringLiteral("pizza-co"))->status, TenantStatus::Suspended);
}

void TestMainWindow::aBigClientNeedsItsNameTypedBeforeRemoval()
{
    startDemo();
    m_app->preferences()->setTypedConfirmationMinor(30000);
    window()->openTenant(QStringLiteral("mikes-hvac")); // the pro plan: 399 a month
    QTRY_VERIFY(window()->tenantsPanel()->selectedSlug() == QStringLiteral("mikes-hvac"));
    window()->tenantsPanel()->removeTenant(QStringLiteral("mikes-hvac"));
    ConfirmDialog* confirm = nullptr;
    QTRY_VERIFY((confirm = visibleTopLevel<ConfirmDialog>()) != nullptr);
    QVERIFY(!confirm->canConfirm());
    auto* typed = confirm->findChild<QLineEdit*>(QStringLiteral("typedConfirmationEdit"));
    QVERIFY(typed);
    QTest::keyClicks(typed, QStringLiteral("Mike's HVA"));
    QVERIFY(!confirm->canConfirm());
    QTest::keyClicks(typed, QStringLiteral("C"));
    QVERIFY(confirm->canConfirm());
    confirm->grab().save(screenshotPath(QStringLiteral("confirm-remove.png")));
    QSignalSpy changed(window()->tenantsPanel(), &TenantsPanel::registryChanged);
    confirm->accept();
    QVERIFY(changed.wait(10000));
    QTRY_VERIFY(m_app->session()->fleet()->tenant(QStringLiteral("mikes-hvac")) == nullptr);
}

void TestMainWindow::addingAClientWritesTheRegistryAndTheAuditLog()
{
    startDemo();
    auto* add = window()->tenantsPanel()->findChild<QPushButton*>(QStringLiteral("primary"));
    QVERIFY(add);
    QVERIFY(add->isEnabled());
    window()->showPanel(MainWindow::Panel::Tenants);
    QTest::mouseClick(add, Qt::LeftButton);
    TenantEditorDialog* editor = nullptr;
    QTRY_VERIFY((editor = visibleTopLevel<TenantEditorDialog>()) != nullptr);
    QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("Lakeview Gym"));
    QCOMPARE(editor->findChild<QLineEdit*>(QStringLiteral("slugEdit"))->text(), QStringLiteral("lakeview-gym"));
    editor->findChild<QPlainTextEdit*>(QStringLiteral("healthUrlsEdit"))->setPlainText(QStringLiteral("ftp://wrong"));
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(editor->findChild<QLabel*>(QStringLiteral("errorLabel"))->text().contains(QStringLiteral("ftp://wrong")));
    editor->findChild<QPlainTextEdit*>(QStringLiteral("healthUrlsEdit"))
        ->setPlainText(QStringLiteral("https://lakeview.example/health"));
    editor->grab().save(screenshotPath(QStringLiteral("add-client.png")));
    QSignalSpy changed(window()->tenantsPanel(), &TenantsPanel::registryChanged);
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(changed.wait(10000));
    QTRY_VERIFY(m_app->session()->fleet()->tenant(QStringLiteral("lakeview-gym")) != nullptr);
    QTRY_COMPARE(window()->tenantsPanel()->selectedSlug(), QStringLiteral("lakeview-gym"));
    window()->showPanel(MainWindow::Panel::Audit);
    AuditLogModel* audit = window()->auditPanel()->model();
    QTRY_VERIFY(audit->rowCount() > 0);
    bool found = false;
    for (int row = 0; row < audit->rowCount(); ++row)
        found = found
            || (audit->entryAt(row).action == QLatin1String("tenant.add")
                && audit->entryAt(row).target == QLatin1String("lakeview-gym"));
    QVERIFY(found);
}

void TestMainWindow::aReadOnlyRegistryDisablesEveryWrite()
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
    QSignalSpy painted(window(), &MainWindow::firstRefreshPainted);
    QVERIFY(painted.wait(30000));
    QVERIFY(m_app->session()->isRegistryReadOnly());
    window()->openTenant(QStringLiteral("pizza-co"));
    for (const char* name : {"addTenantButton", "importButton", "editTenantButton", "suspendButton", "removeButton"}) {
        QPushButton* button = nullptr;
        for (QPushButton* b : window()->tenantsPanel()->findChildren<QPushButton*>()) {
            if (b->accessibleName() == QLatin1String(name))
                button = b;
        }
        QVERIFY2(button, name);
        QVERIFY2(!button->isEnabled(), name);
        QVERIFY2(button->toolTip().contains(QStringLiteral("read-only")), name);
    }
    // The copy button still works: reading is allowed.
    // Trying anyway (Delete key) explains instead of acting.
    window()->tenantsPanel()->removeTenant(QStringLiteral("pizza-co"));
    QVERIFY(visibleTopLevel<ConfirmDialog>() == nullptr);
    // The palette offers no changes either.
    window()->openCommandPalette();
    auto* edit = window()->commandPalette()->findChild<QLineEdit*>(QStringLiteral("paletteEdit"));
    QTest::keyClicks(edit, QStringLiteral("suspend pizza"));
    QVERIFY(!window()->commandPalette()->visibleTexts().contains(QStringLiteral("Suspend Pizza Co")));
    window()->grab().save(screenshotPath(QStringLiteral("read-only.png")));
}

void TestMainWindow::cardsOpenTheListBehindThem()
{
    startDemo();
    window()->showPanel(MainWindow::Panel::Overview);
    QTest::mouseClick(window()->overviewPanel()->fleetCard(), Qt::LeftButton);
    QCOMPARE(window()->currentPanel(), MainWindow::Panel::Tenants);
    TenantFilterProxy* proxy = window()->tenantsPanel()->proxy();
    QVERIFY(proxy->rowCount() >= 3);
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const int state = proxy->index(row, 0).data(TenantTableModel::HealthStateRole).toInt();
        QVERIFY(state == int(HealthState::Down) || state == int(HealthState::Degraded)
            || proxy->index(row, 0).data(TenantTableModel::StaleRole).toBool());
    }
    // The worst comes first.
    QCOMPARE(proxy->index(0, 0).data(TenantTableModel::HealthStateRole).toInt(), int(HealthState::Down));

    window()->showPanel(MainWindow::Panel::Overview);
    QTest::mouseClick(window()->overviewPanel()->slowestCard(), Qt::LeftButton);
    QCOMPARE(proxy->healthFilter(), TenantFilterProxy::HealthFilter::Any);
    const int first = proxy->index(0, TenantTableModel::LatencyColumn).data(TenantTableModel::SortRole).toInt();
    const int second = proxy->index(1, TenantTableModel::LatencyColumn).data(TenantTableModel::SortRole).toInt();
    QVERIFY(first >= second);
    QVERIFY(first > 1000);
}

void TestMainWindow::importShowsAPreviewBeforeWriting()
{
    startDemo();
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("new-clients.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("slug,name,plan,health\n"
               "harbor-dental,Harbor Dental,growth,https://harbor.example/health\n"
               "pizza-co,Pizza Again,growth,\n"
               "bad slug,Bad,growth,\n");
    file.close();
    window()->showPanel(MainWindow::Panel::Tenants);
    window()->tenantsPanel()->importTenants();
    ImportDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleTopLevel<ImportDialog>()) != nullptr);
    emit dialog->fileChosen(csv); // what the file picker does
    auto* summary = dialog->findChild<QLabel*>(QStringLiteral("importSummary"));
    QTRY_VERIFY(summary->text().contains(QStringLiteral("rejected")));
    QCOMPARE(dialog->preview().accepted.size(), 1);
    QCOMPARE(dialog->preview().rejected.size(), 2);
    // Nothing was written yet.
    QVERIFY(m_app->session()->fleet()->tenant(QStringLiteral("harbor-dental")) == nullptr);
    dialog->grab().save(screenshotPath(QStringLiteral("import-preview.png")));
    QSignalSpy changed(window()->tenantsPanel(), &TenantsPanel::registryChanged);
    emit dialog->importRequested();
    QVERIFY(changed.wait(10000));
    QTRY_VERIFY(m_app->session()->fleet()->tenant(QStringLiteral("harbor-dental")) != nullptr);
    QCOMPARE(m_app->session()->fleet()->tenant(QStringLiteral("pizza-co"))->name, QStringLiteral("Pizza Co"));
}

void TestMainWindow::theStatusReportGoesToTheClipboardWithoutSecrets()
{
    startDemo();
    window()->openTenant(QStringLiteral("pinecrest-coffee-roasters"));
    window()->tenantsPanel()->copyStatusReport(QStringLiteral("pinecrest-coffee-roasters"));
    const QString report = QApplication::clipboard()->text();
    QVERIFY2(report.startsWith(QStringLiteral("## Pinecrest Coffee Roasters")), qPrintable(report));
    QVERIFY(report.contains(QStringLiteral("answered HTTP 503")));
    QVERIFY(report.contains(QStringLiteral("Host: srv-")));
    QVERIFY(!report.contains(QStringLiteral("fleetdeck-sim"))); // the simulator's secret
}

void TestMainWindow::sortOrderAndColumnsAreRestored()
{
    startDemo();
    auto* view = window()->tenantsPanel()->findChild<QTableView*>(QStringLiteral("tenantsView"));
    view->sortByColumn(TenantTableModel::LatencyColumn, Qt::AscendingOrder);
    view->setColumnWidth(TenantTableModel::PlanColumn, 133);
    window()->resize(1300, 850);
    window()->close(); // saves (the tray is not available offscreen, so closing really closes)
    m_proxyTester.reset();
    m_modelTester.reset();
    m_app.reset();

    startDemo();
    view = window()->tenantsPanel()->findChild<QTableView*>(QStringLiteral("tenantsView"));
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(TenantTableModel::LatencyColumn));
    QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(view->columnWidth(TenantTableModel::PlanColumn), 133);
    QCOMPARE(window()->size(), QSize(1300, 850));
}

void TestMainWindow::screenshotsOfEveryPanel()
{
    startDemo();
    window()->resize(1400, 880);
    for (const auto& [panel, name] : {std::pair{MainWindow::Panel::Overview, "overview"},
             std::pair{MainWindow::Panel::Tenants, "tenants"}, std::pair{MainWindow::Panel::Health, "health"},
             std::pair{MainWindow::Panel::Alerts, "alerts"}, std::pair{MainWindow::Panel::Audit, "audit"}}) {
        window()->showPanel(panel);
        if (panel == MainWindow::Panel::Tenants) {
            window()->openTenant(QStringLiteral("pinecrest-coffee-roasters"));
            // What needs attention is on top: the list stays sorted by health while results arrive.
            TenantFilterProxy* proxy = window()->tenantsPanel()->proxy();
            int previous = 100;
            for (int row = 0; row < proxy->rowCount(); ++row) {
                const int rank =
                    proxy->index(row, TenantTableModel::HealthColumn).data(TenantTableModel::SortRole).toInt();
                QVERIFY2(rank <= previous, qPrintable(proxy->index(row, 0).data().toString()));
                previous = rank;
            }
        }
        QTest::qWait(300); // let the coalesced cards and the async history paint
        const QString path = screenshotPath(QStringLiteral("panel-%1.png").arg(QLatin1String(name)));
        QVERIFY(window()->grab().save(path));
        QVERIFY(QFileInfo(path).size() > 10000);
    }
    window()->openCommandPalette();
    QTest::keyClicks(
        window()->commandPalette()->findChild<QLineEdit*>(QStringLiteral("paletteEdit")), QStringLiteral("pine"));
    QVERIFY(window()->commandPalette()->grab().save(screenshotPath(QStringLiteral("command-palette.png"))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
