#include "app/cli.h"

#include "app/session.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace Fleetdeck::Cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool useColour()
{
    if (qEnvironmentVariableIsSet("NO_COLOR") || qEnvironmentVariable("TERM") == QLatin1String("dumb"))
        return false;
    return isatty(STDOUT_FILENO) != 0;
}

void addProfileOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("demo"),
        QCoreApplication::translate("Cli", "Use a simulated platform started in-process (nothing real is touched).")});
    parser.addOption({QStringLiteral("profile"), QCoreApplication::translate("Cli", "Use the saved profile NAME."),
        QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("profile-file"),
        QCoreApplication::translate("Cli", "Use the profile in FILE (JSON, no secrets)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("demo-tenants"),
        QCoreApplication::translate("Cli", "Number of simulated clients with --demo (default 40)."),
        QStringLiteral("N"), QStringLiteral("40")});
}

SessionOptions sessionOptions(const QCommandLineParser& parser)
{
    SessionOptions options;
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.demoTenants = std::clamp(parser.value(QStringLiteral("demo-tenants")).toInt(), 1, 100000);
    options.profileName = parser.value(QStringLiteral("profile"));
    options.profileFile = parser.value(QStringLiteral("profile-file"));
    return options;
}

bool parse(QCommandLineParser& parser, const QStringList& args)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        err() << parser.errorText() << Qt::endl;
        err() << QCoreApplication::translate("Cli", "Run \"%1 --help\" for usage.").arg(args.value(0)) << Qt::endl;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        std::exit(kExitOk);
    }
    const int chosen =
        (parser.optionNames().contains(QStringLiteral("demo")) && parser.isSet(QStringLiteral("demo")) ? 1 : 0)
        + (parser.optionNames().contains(QStringLiteral("profile")) && parser.isSet(QStringLiteral("profile")) ? 1 : 0)
        + (parser.optionNames().contains(QStringLiteral("profile-file")) && parser.isSet(QStringLiteral("profile-file"))
                ? 1
                : 0);
    if (chosen > 1) {
        err() << QCoreApplication::translate("Cli", "Choose one of --demo, --profile and --profile-file.") << Qt::endl;
        return false;
    }
    return true;
}

void openSession(Session& session, bool withClients, std::function<void()> then)
{
    session.whenCacheReady([&session, withClients, then = std::move(then)](const QString& notice) {
        if (!notice.isEmpty())
            err() << notice << Qt::endl;
        if (!withClients) {
            then();
            return;
        }
        session.openRegistry([&session, then](Result<StoreWorker::RegistryInfo, QString> opened) {
            if (!opened)
                err() << opened.error() << Qt::endl; // the cached client list still serves
            session.loadFleet([then](Result<int, QString> loaded) {
                if (!loaded)
                    err() << loaded.error() << Qt::endl;
                then();
            });
        });
    });
}

void printUsage()
{
    out() << QCoreApplication::translate("Cli",
        "Usage: fleetdeck [--demo | --profile NAME | --profile-file FILE] [--panel NAME] [--tenant SLUG] [--lang CODE] "
        "[--screenshot FILE]\n"
        "       fleetdeck <command> [options]\n"
        "\n"
        "Without a command Fleetdeck opens its window.\n"
        "\n"
        "Commands:\n"
        "  status      Check every client once and print the fleet's status (exit 0 ok, 1 warning, 2 critical, 3 "
        "unknown)\n"
        "  alerts      Check once and list the alerts (firing, pending, acknowledged, silenced, resolved)\n"
        "  ack         Acknowledge an alert with a note, in the registry the team shares\n"
        "  revenue     MRR per currency from Stripe, paying clients, open invoices; --explain SLUG shows the "
        "computation\n"
        "  whatsapp    List WhatsApp instances, or pair one with a phone (QR code or pairing code)\n"
        "  tenants     List, add, import, suspend, reactivate or remove clients in the registry\n"
        "  profiles    List, import, show, choose or remove saved connection profiles\n"
        "  secret      Store, check or delete a secret in the OS keychain\n"
        "\n"
        "Common options: --demo | --profile NAME | --profile-file FILE\n"
        "Run \"fleetdeck <command> --help\" for a command's options.\n");
    out().flush();
}

} // namespace Fleetdeck::Cli
