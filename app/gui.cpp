#include "app/gui.h"

#include "app/cli.h"
#include "app/consoleapp.h"
#include "core/profile/profilestore.h"
#include "core/version.h"
#include "ui/preferences.h"
#include "ui/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTranslator>

namespace Fleetdeck::Gui {

namespace {

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

void installTranslations(QApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale);
    auto* qt = new QTranslator(&app);
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto* ours = new QTranslator(&app);
    // A language without a catalogue gets English, whose catalogue holds only the plurals ("1 alert", "2 alerts").
    if (ours->load(locale, QStringLiteral("fleetdeck"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral(":/i18n/fleetdeck_en")))
        QApplication::installTranslator(ours);
}

} // namespace

bool isGuiInvocation(const QString& command)
{
    return command.isEmpty() || command.startsWith(QLatin1Char('-'));
}

int run(int argc, char** argv)
{
    // Parse before QApplication exists: without a display there must be no attempt to open one.
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Gui", "Fleetdeck: the platform's operations console."));
    parser.addHelpOption();
    parser.addVersionOption();
    Cli::addProfileOptions(parser);
    parser.addOption({QStringLiteral("panel"),
        QCoreApplication::translate("Gui", "Open this panel: overview, tenants or audit."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("tenant"), QCoreApplication::translate("Gui", "Open this client (its slug)."),
        QStringLiteral("SLUG")});
    parser.addOption({QStringLiteral("lang"),
        QCoreApplication::translate("Gui", "Language: de, es, pt_BR, en (default: the system's)."),
        QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("screenshot"),
        QCoreApplication::translate("Gui", "Save the window as PNG once the first refresh is painted, then exit."),
        QStringLiteral("FILE")});
    if (!parser.parse(args)) {
        Cli::err() << parser.errorText() << Qt::endl;
        return Cli::kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        Cli::out() << parser.helpText();
        Cli::printUsage();
        return Cli::kExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        Cli::out() << "fleetdeck " << FLEETDECK_VERSION << Qt::endl;
        return Cli::kExitOk;
    }
    if (!hasDisplay()) {
        Cli::err() << QCoreApplication::translate("Gui",
            "No display found (DISPLAY and WAYLAND_DISPLAY are empty): "
            "showing the fleet's status here instead. Run \"fleetdeck "
            "--help\" for the commands.")
                   << Qt::endl;
        QCoreApplication app(argc, argv);
        if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES") && qEnvironmentVariableIntValue("FLEETDECK_LOG") == 0)
            QLoggingCategory::setFilterRules(QStringLiteral("fleetdeck.*=false"));
        QStringList status = {QStringLiteral("fleetdeck status")};
        status << args.mid(1).filter(QRegularExpression(QStringLiteral("^--(demo|profile|profile-file|demo-tenants)")));
        if (!parser.isSet(QStringLiteral("demo")) && !parser.isSet(QStringLiteral("profile"))
            && !parser.isSet(QStringLiteral("profile-file")) && ProfileStore().activeName().isEmpty())
            status << QStringLiteral("--demo");
        // Keep option values that follow a flag ("--profile staging").
        for (const char* withValue : {"profile", "profile-file", "demo-tenants"}) {
            if (parser.isSet(QLatin1String(withValue))) {
                status.removeAll(QStringLiteral("--") + QLatin1String(withValue));
                status << QStringLiteral("--") + QLatin1String(withValue) << parser.value(QLatin1String(withValue));
            }
        }
        status.removeDuplicates();
        return Cli::runStatus(status);
    }

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("io.fleetdeck.Fleetdeck")); // Wayland matches the window to it
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/fleetdeck.svg")));
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES") && qEnvironmentVariableIntValue("FLEETDECK_LOG") == 0)
        QLoggingCategory::setFilterRules(QStringLiteral("fleetdeck.*.info=false\nfleetdeck.sim.*=false"));
    Preferences preferences;
    installTranslations(
        app, parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang")) : preferences.language());
    Theme::captureSystemPreference(); // before our own palette replaces the desktop's

    GuiOptions options;
    options.session = Cli::sessionOptions(parser);
    options.panel = parser.value(QStringLiteral("panel"));
    options.tenant = parser.value(QStringLiteral("tenant"));
    options.screenshot = parser.value(QStringLiteral("screenshot"));
    bool openProfileEditor = false;
    if (!options.session.demo && options.session.profileName.isEmpty() && options.session.profileFile.isEmpty()
        && ProfileStore().activeName().isEmpty()) {
        // First run: nothing to watch yet. The demo shows what Fleetdeck does; the profile editor sets it up.
        QMessageBox welcome(QMessageBox::Information, QCoreApplication::translate("Gui", "Welcome to Fleetdeck"),
            QCoreApplication::translate("Gui",
                "Fleetdeck has no profile yet: it does not know which platform to watch.\n\n"
                "Try the demo (a simulated platform with 40 clients), or set up a profile "
                "with your services' addresses and keys."));
        QPushButton* demo =
            welcome.addButton(QCoreApplication::translate("Gui", "Try the demo"), QMessageBox::AcceptRole);
        QPushButton* setUp =
            welcome.addButton(QCoreApplication::translate("Gui", "Set up a profile…"), QMessageBox::ActionRole);
        welcome.addButton(QMessageBox::Cancel);
        if (!options.screenshot.isEmpty()) {
            options.session.demo = true;
        } else {
            welcome.exec(); // before the event loop runs: nothing else is waiting
            if (welcome.clickedButton() != demo && welcome.clickedButton() != setUp)
                return Cli::kExitOk;
            options.session.demo = true;
            openProfileEditor = welcome.clickedButton() == setUp; // over the demo, until a profile exists
        }
    }

    ConsoleApp console(options);
    QString error;
    if (!console.start(&error)) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("Gui", "Fleetdeck cannot start"), error);
        return Cli::kExitFailure;
    }
    if (openProfileEditor)
        console.showProfiles();
    return QApplication::exec();
}

} // namespace Fleetdeck::Gui
