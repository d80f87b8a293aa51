#include "app/cli.h"
#include "app/session.h"
#include "core/fleet/fleetstate.h"
#include "core/fleet/refreshscheduler.h"
#include "core/fleet/statusreport.h"

#include <QCoreApplication>
#include <QTimer>

namespace Fleetdeck::Cli {

namespace {
constexpr int kUnknown = static_cast<int>(StatusReport::Overall::Unknown);
} // namespace

int runStatus(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("StatusCommand",
        "Checks every client's health endpoints once and prints the fleet's status.\n"
        "Exit code: 0 ok, 1 warning, 2 critical, 3 unknown."));
    addProfileOptions(parser);
    parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("StatusCommand", "Print JSON instead of a table.")});
    parser.addOption({QStringLiteral("tenant"),
        QCoreApplication::translate("StatusCommand", "Only this client (its slug)."), QStringLiteral("SLUG")});
    parser.addOption({QStringLiteral("timeout"),
        QCoreApplication::translate("StatusCommand", "Give up on the refresh after SECONDS (default 120)."),
        QStringLiteral("SECONDS"), QStringLiteral("120")});
    if (!parse(parser, args))
        return kUnknown;
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString only = parser.value(QStringLiteral("tenant"));

    auto created = Session::create(sessionOptions(parser));
    if (!created) {
        err() << created.error() << Qt::endl;
        return kUnknown;
    }
    std::unique_ptr<Session> session = std::move(created.value());

    auto report = [&] {
        const StatusReport status(*session->fleet(), only);
        if (json)
            out() << QString::fromUtf8(status.toJson());
        else
            out() << status.toText(useColour());
        out().flush();
        QCoreApplication::exit(status.exitCode());
    };

    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, [&] {
        err() << QCoreApplication::translate(
            "StatusCommand", "The refresh did not finish within %1 s; reporting what is known.")
                     .arg(parser.value(QStringLiteral("timeout")))
              << Qt::endl;
        session->scheduler()->cancel();
    });
    QObject::connect(session->scheduler(), &RefreshScheduler::healthRoundFinished, [&](const HealthRound& round) {
        session->recordHealth(round.samples);
        report();
    });

    session->whenCacheReady([&](const QString& notice) {
        if (!notice.isEmpty())
            err() << notice << Qt::endl;
        session->openRegistry([&](Result<StoreWorker::RegistryInfo, QString> opened) {
            if (!opened)
                err() << opened.error() << Qt::endl;
            session->loadFleet([&](Result<int, QString> loaded) {
                if (!loaded) {
                    err() << loaded.error() << Qt::endl;
                    QCoreApplication::exit(kUnknown);
                    return;
                }
                if (!only.isEmpty() && !session->fleet()->tenant(only)) {
                    err() << QCoreApplication::translate(
                        "StatusCommand", "There is no client with the slug \"%1\"; see \"fleetdeck tenants list\".")
                                 .arg(only)
                          << Qt::endl;
                    QCoreApplication::exit(kUnknown);
                    return;
                }
                deadline.start(std::chrono::seconds(std::max(1, parser.value(QStringLiteral("timeout")).toInt())));
                session->scheduler()->refreshHealth(only.isEmpty() ? QStringList() : QStringList{only});
            });
        });
    });
    const int code = QCoreApplication::exec();
    session->store()->waitForIdle(); // the last round reaches the cache before the process ends
    return code;
}

} // namespace Fleetdeck::Cli
