#include "app/consoleapp.h"

#include "core/fleet/alertservice.h"
#include "core/fleet/fleetstate.h"
#include "core/fleet/platformmonitor.h"
#include "core/fleet/refreshscheduler.h"
#include "core/fleet/whatsappmonitor.h"
#include "core/net/httpclient.h"
#include "core/profile/profilestore.h"
#include "core/secrets/keychainsecretstore.h"
#include "ui/dialogs/alertrulesdialog.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/dialogs/profileeditordialog.h"
#include "ui/preferences.h"
#include "ui/shell/mainwindow.h"
#include "ui/theme.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QScreen>
#include <QTimer>

namespace Fleetdeck {

ConsoleApp::ConsoleApp(const GuiOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_preferences(new Preferences(this))
{
    Theme::apply(m_preferences->themeMode());
    connect(m_preferences, &Preferences::changed, this, [this] {
        if (Theme::mode() != m_preferences->themeMode())
            Theme::apply(m_preferences->themeMode());
        if (m_session) {
            const AlertRuleSet rules = m_preferences->alertRules();
            if (m_session->alerts()->rules() != rules)
                m_session->alerts()->setRules(rules);
        }
    });
}

ConsoleApp::~ConsoleApp()
{
    delete m_window;
    m_session.reset();
}

bool ConsoleApp::start(QString* error)
{
    return open(m_options.session, error);
}

bool ConsoleApp::open(const SessionOptions& options, QString* error)
{
    auto created = Session::create(options);
    if (!created) {
        if (error)
            *error = created.error();
        return false;
    }
    if (m_window)
        m_window->deleteLater();
    m_session = std::move(created.value());
    Session* session = m_session.get();
    session->alerts()->setRules(m_preferences->alertRules());

    ConsoleContext context;
    context.fleet = session->fleet();
    context.scheduler = session->scheduler();
    context.store = session->store();
    context.alerts = session->alerts();
    context.monitor = session->monitor();
    context.whatsApp = session->whatsApp();
    context.whatsAppQrLimit = session->profile().upstream(QStringLiteral("evolution")).qrLimit;
    context.secrets = session->secrets();
    context.http = session->http();
    context.preferences = m_preferences;
    context.profileName = session->profile().name;
    context.demo = session->isDemo();
    context.isReadOnly = [session] {
        return session->isRegistryReadOnly();
    };
    context.registryName = [session] {
        return session->registryName();
    };
    context.reloadFleet = [session](std::function<void(Result<int, QString>)> done) {
        session->loadFleet(std::move(done));
    };
    if (session->isDemo()) {
        context.simulateWhatsAppScan = [session](const QString& instance, const QString& code,
                                           std::function<void(QString)> done) {
            session->simulateWhatsAppScan(instance, code, std::move(done));
        };
    }

    m_window = new MainWindow(context);
    MainWindow* window = m_window;
    connect(window, &MainWindow::quitRequested, qApp, &QApplication::quit);
    connect(window, &MainWindow::profileSwitchRequested, this, &ConsoleApp::switchProfile, Qt::QueuedConnection);
    connect(window, &MainWindow::preferencesRequested, this, &ConsoleApp::showPreferences);
    connect(window, &MainWindow::alertRulesRequested, this, &ConsoleApp::showAlertRules);
    connect(window, &MainWindow::profilesRequested, this, &ConsoleApp::showProfiles);
    connect(session->scheduler(), &RefreshScheduler::healthRoundFinished, session,
        [session](const HealthRound& round) { session->recordHealth(round.samples); });
    if (const auto panel = MainWindow::panelFromName(m_options.panel))
        window->showPanel(*panel);
    if (!m_options.tenant.isEmpty()) {
        // The list re-sorts as the first results arrive: show the asked-for client again once they have.
        connect(window, &MainWindow::firstRefreshPainted, window,
            [window, slug = m_options.tenant] { window->openTenant(slug); });
    }
    if (!m_options.screenshot.isEmpty()) {
        // A moment later, so what the first refresh triggered (a client's history) has arrived too.
        connect(window, &MainWindow::firstRefreshPainted, this,
            [this] { QTimer::singleShot(250, this, &ConsoleApp::takeScreenshot); });
        // Whatever happens upstream, a screenshot run ends.
        QTimer::singleShot(std::chrono::seconds(90), this, &ConsoleApp::takeScreenshot);
    }
    window->show();

    // Offline start: paint the last known state from the cache before any network answer.
    session->whenCacheReady([this, session, window](const QString& notice) {
        if (!m_window || m_session.get() != session)
            return;
        if (!notice.isEmpty())
            window->setNotice(notice);
        session->loadCachedFleet([window](int tenants, const QDateTime& savedAt) {
            if (tenants > 0)
                window->setCachedStateShown(savedAt);
        });
        session->openRegistry([this, session, window](Result<StoreWorker::RegistryInfo, QString> opened) {
            if (m_session.get() != session)
                return;
            if (opened)
                window->registryOpened(opened->readOnly, opened->displayName);
            else
                window->registryFailed(opened.error());
            session->loadFleet([this, session, window](Result<int, QString> loaded) {
                if (m_session.get() != session)
                    return;
                if (!loaded)
                    window->setNotice(loaded.error());
                if (!m_options.tenant.isEmpty())
                    window->openTenant(m_options.tenant);
                session->scheduler()->start();
                session->startMonitoring([this, session] {
                    if (m_session.get() != session)
                        return;
                    session->monitor()->start();
                    session->whatsApp()->start();
                });
            });
        });
    });
    return true;
}

void ConsoleApp::switchProfile(const QString& name)
{
    SessionOptions options;
    if (name == QLatin1String("demo")) {
        options.demo = true;
        options.demoTenants = m_options.session.demoTenants;
    } else {
        options.profileName = name;
        ProfileStore().setActiveName(name);
    }
    QString error;
    if (!open(options, &error) && m_window)
        m_window->setNotice(error);
}

void ConsoleApp::showPreferences()
{
    auto* dialog = new PreferencesDialog(*m_preferences, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ConsoleApp::showAlertRules()
{
    const QList<Tenant> tenants = m_session ? m_session->fleet()->tenants() : QList<Tenant>();
    auto* dialog = new AlertRulesDialog(*m_preferences, tenants, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ConsoleApp::showProfiles()
{
    // Profiles are always edited against the real keychain, also from the demo.
    auto* store = new ProfileStore;
    auto* keychain = new KeychainSecretStore;
    auto* http = new HttpClient;
    auto* dialog = new ProfileEditorDialog(*store, *keychain, *http, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    keychain->setParent(dialog);
    http->setParent(dialog);
    connect(dialog, &QObject::destroyed, [store] { delete store; });
    connect(dialog, &ProfileEditorDialog::profileSaved, this, [this](const QString& name) {
        ProfileStore().setActiveName(name);
        switchProfile(name);
    });
    const QString current = m_session && !m_session->isDemo() ? m_session->profile().name : QString();
    if (current.isEmpty())
        dialog->newProfile();
    else
        dialog->editProfile(current);
    dialog->open();
}

void ConsoleApp::takeScreenshot()
{
    if (m_options.screenshot.isEmpty() || !m_window)
        return;
    const QString path = m_options.screenshot;
    m_options.screenshot.clear();
    QDir().mkpath(QFileInfo(path).absolutePath());
    const bool ok = m_window->grab().save(path);
    emit screenshotSaved(ok);
    QApplication::exit(ok ? 0 : 1);
}

} // namespace Fleetdeck
