#include "app/cli.h"
#include "app/gui.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTranslator>

using namespace Fleetdeck;

int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Fleetdeck"));
    QCoreApplication::setApplicationName(QStringLiteral("Fleetdeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEETDECK_VERSION));

    // `fleetdeck [options]` opens the window; `fleetdeck <command> ...` runs a command.
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const QStringList commands = {QStringLiteral("status"), QStringLiteral("alerts"), QStringLiteral("ack"),
        QStringLiteral("tenants"), QStringLiteral("profiles"), QStringLiteral("secret"), QStringLiteral("whatsapp"),
        QStringLiteral("revenue"), QStringLiteral("version"), QStringLiteral("help")};
    if (!commands.contains(first) && Gui::isGuiInvocation(first))
        return Gui::run(argc, argv);

    QCoreApplication app(argc, argv);
    // The command line prints what a person needs; diagnostics only on request (FLEETDECK_LOG=1 or QT_LOGGING_RULES).
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES") && qEnvironmentVariableIntValue("FLEETDECK_LOG") == 0)
        QLoggingCategory::setFilterRules(QStringLiteral("fleetdeck.*=false"));
    // The command line speaks English; its catalogue holds the plurals ("1 alert", "2 alerts").
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/fleetdeck_en")))
        QCoreApplication::installTranslator(&plurals);
    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command == QLatin1String("version")) {
        Cli::out() << "fleetdeck " << FLEETDECK_VERSION << Qt::endl;
        return Cli::kExitOk;
    }
    if (command == QLatin1String("help")) {
        Cli::printUsage();
        return Cli::kExitOk;
    }
    QStringList rest = args.mid(1);
    rest[0] = QStringLiteral("fleetdeck ") + command;
    if (command == QLatin1String("status"))
        return Cli::runStatus(rest);
    if (command == QLatin1String("alerts"))
        return Cli::runAlerts(rest);
    if (command == QLatin1String("ack"))
        return Cli::runAck(rest);
    if (command == QLatin1String("tenants"))
        return Cli::runTenants(args.mid(1));
    if (command == QLatin1String("profiles"))
        return Cli::runProfiles(args.mid(1));
    if (command == QLatin1String("secret"))
        return Cli::runSecret(args.mid(1));
    if (command == QLatin1String("revenue"))
        return Cli::runRevenue(rest);
    if (command == QLatin1String("whatsapp"))
        return Cli::runWhatsApp(args.mid(1));
    Cli::err() << QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(command) << Qt::endl;
    Cli::printUsage();
    return Cli::kExitUsage;
}
