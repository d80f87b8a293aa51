#include "app/cli.h"
#include "app/session.h"
#include "core/fleet/alertservice.h"
#include "core/fleet/fleetstate.h"
#include "core/fleet/platformmonitor.h"
#include "core/fleet/refreshscheduler.h"
#include "core/fleet/statusreport.h"
#include "core/fleet/whatsappmonitor.h"

#include <QCoreApplication>
#include <QTimer>

namespace Fleetdeck::Cli {

namespace {
constexpr int kUnknown = static_cast<int>(StatusReport::Overall::Unknown);
// Opens the session, refreshes health, Prometheus and Alertmanager once, evaluates the alerts, then calls
// `report` (from the event loop). Returns the exit code `report` or a failure chose.
int refreshOnce(Session& session, const QString& only, int timeoutSeconds, const std::function<void()>& report)
{
    QTimer deadline;
    deadline.setSingleShot(true);
    bool healthDone = false;
    bool monitorDone = false;
    bool whatsAppDone = false;
    bool reported = false;
    auto finish = [&] {
        if (reported || !healthDone || !monitorDone || !whatsAppDone)
            return;
        reported = true;
        deadline.stop();
        session.alerts()->evaluateNow();
        report();
    };
    QObject::connect(&deadline, &QTimer::timeout, [&] {
        err() << QCoreApplication::translate(
            "StatusCommand", "The refresh did not finish within %1 s; reporting what is known.")
                     .arg(timeoutSeconds)
              << Qt::endl;
        session.scheduler()->cancel();
        healthDone = true;
        monitorDone = true;
        whatsAppDone = true;
        finish();
    });
    QObject::connect(session.scheduler(), &RefreshScheduler::healthRoundFinished, [&](const HealthRound& round) {
        session.recordHealth(round.samples);
        healthDone = true;
        finish();
    });
    QObject::connect(session.monitor(), &PlatformMonitor::updated, [&] {
        if (!session.monitor()->isRefreshing()) {
            monitorDone = true;
            finish();
        }
    });
    bool whatsAppAsked = false;
    QObject::connect(session.whatsApp(), &WhatsAppMonitor::updated, [&] {
        if (whatsAppAsked && !session.whatsApp()->isRefreshing()) {
            whatsAppDone = true;
            finish();
        }
    });

    session.whenCacheReady([&](const QString& notice) {
        if (!notice.isEmpty())
            err() << notice << Qt::endl;
        session.openRegistry([&](Result<StoreWorker::RegistryInfo, QString> opened) {
            if (!opened)
                err() << opened.error() << Qt::endl;
            session.loadFleet([&](Result<int, QString> loaded) {
                if (!loaded) {
                    err() << loaded.error() << Qt::endl;
                    QCoreApplication::exit(kUnknown);
                    return;
                }
                if (!only.isEmpty() && !session.fleet()->tenant(only)) {
                    err() << QCoreApplication::translate(
                        "StatusCommand", "There is no client with the slug \"%1\"; see \"fleetdeck tenants list\".")
                                 .arg(only)
                          << Qt::endl;
                    QCoreApplication::exit(kUnknown);
                    return;
                }
                session.startMonitoring([&] {
                    deadline.start(std::chrono::seconds(std::max(1, timeoutSeconds)));
                    monitorDone = !session.monitor()->refresh();
                    whatsAppAsked = true;
                    whatsAppDone = !session.whatsApp()->refresh();
                    session.scheduler()->refreshHealth(only.isEmpty() ? QStringList() : QStringList{only});
                });
            });
        });
    });
    const int code = QCoreApplication::exec();
    session.store()->waitForIdle(); // the last round reaches the cache before the process ends
    return code;
}

void addTimeoutOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("timeout"),
        QCoreApplication::translate("StatusCommand", "Give up on the refresh after SECONDS (default 120)."),
        QStringLiteral("SECONDS"), QStringLiteral("120")});
}

} // namespace

int runStatus(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("StatusCommand",
        "Checks every client's health endpoints, Prometheus and Alertmanager once and prints the fleet's status "
        "with its alerts.\n"
        "Exit code: 0 ok, 1 warning, 2 critical, 3 unknown."));
    addProfileOptions(parser);
    parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("StatusCommand", "Print JSON instead of a table.")});
    parser.addOption({QStringLiteral("tenant"),
        QCoreApplication::translate("StatusCommand", "Only this client (its slug)."), QStringLiteral("SLUG")});
    addTimeoutOption(parser);
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
    return refreshOnce(*session, only, parser.value(QStringLiteral("timeout")).toInt(), [&] {
        StatusReport status(*session->fleet(), only);
        status.setAlerts(session->alerts()->alerts());
        status.setWhatsApp(session->whatsApp()->instances());
        if (json)
            out() << QString::fromUtf8(status.toJson());
        else
            out() << status.toText(useColour());
        out().flush();
        QCoreApplication::exit(status.exitCode());
    });
}

int runAlerts(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("StatusCommand",
        "Refreshes once and lists the alerts: firing, pending, acknowledged, silenced and recently resolved.\n"
        "Exit code: 0 nothing needs attention, 1 a medium alert does, 2 a critical or high one does, 3 unknown."));
    addProfileOptions(parser);
    parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("StatusCommand", "Print JSON instead of text.")});
    parser.addOption({QStringLiteral("tenant"),
        QCoreApplication::translate("StatusCommand", "Only this client's alerts (its slug)."), QStringLiteral("SLUG")});
    addTimeoutOption(parser);
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
    return refreshOnce(*session, only, parser.value(QStringLiteral("timeout")).toInt(), [&] {
        StatusReport status(*session->fleet(), only);
        status.setAlerts(session->alerts()->alerts());
        const AlertCounts counts = session->alerts()->counts();
        int code = 0;
        if (const auto worst = counts.worst())
            code = *worst >= AlertSeverity::High ? 2 : *worst == AlertSeverity::Medium ? 1 : 0;
        if (json) {
            out() << QString::fromUtf8(status.alertsJson());
        } else if (status.alerts().isEmpty()) {
            out() << QCoreApplication::translate("StatusCommand", "No alerts: nothing is firing or pending.") << '\n';
        } else {
            out() << StatusReport::alertLines(status.alerts(), QDateTime::currentDateTimeUtc(), useColour());
        }
        out().flush();
        QCoreApplication::exit(code);
    });
}

int runAck(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("StatusCommand",
        "Acknowledges an alert in the registry, so the whole team sees who handles it (\"fleetdeck alerts\" lists "
        "the ids). With --remove, opens it again."));
    addProfileOptions(parser);
    parser.addPositionalArgument(QStringLiteral("ID"), QCoreApplication::translate("StatusCommand", "The alert's id."));
    parser.addOption({QStringLiteral("note"),
        QCoreApplication::translate("StatusCommand", "What is being done about it."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("owner"),
        QCoreApplication::translate("StatusCommand", "Who handles it (default: you, as user@host)."),
        QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("remove"),
        QCoreApplication::translate("StatusCommand", "Remove the acknowledgement or silence instead.")});
    if (!parse(parser, args))
        return kExitUsage;
    if (parser.positionalArguments().size() != 1) {
        err() << QCoreApplication::translate("StatusCommand",
            "Give exactly one alert id, e.g. "
            "\"fleetdeck ack endpoint_down:pizza-co --note 'on it'\".")
              << Qt::endl;
        return kExitUsage;
    }
    const QString id = parser.positionalArguments().constFirst();
    const bool remove = parser.isSet(QStringLiteral("remove"));
    if (!remove && parser.value(QStringLiteral("note")).trimmed().isEmpty()) {
        err() << QCoreApplication::translate(
            "StatusCommand", "Say what is being done with --note TEXT; the team reads it in the Alerts panel.")
              << Qt::endl;
        return kExitUsage;
    }
    auto created = Session::create(sessionOptions(parser));
    if (!created) {
        err() << created.error() << Qt::endl;
        return kExitFailure;
    }
    std::unique_ptr<Session> session = std::move(created.value());
    Session* raw = session.get();
    raw->openRegistry([&](Result<StoreWorker::RegistryInfo, QString> opened) {
        if (!opened) {
            err() << opened.error() << Qt::endl;
            QCoreApplication::exit(kExitFailure);
            return;
        }
        if (opened->readOnly) {
            err() << QCoreApplication::translate(
                "StatusCommand", "The registry %1 is read-only for you; ask someone with write access to acknowledge.")
                         .arg(opened->displayName)
                  << Qt::endl;
            QCoreApplication::exit(kExitFailure);
            return;
        }
        if (remove) {
            raw->alerts()->unacknowledge(id, raw, [](Result<Done, QString> done) {
                if (!done) {
                    err() << done.error() << Qt::endl;
                    QCoreApplication::exit(kExitFailure);
                    return;
                }
                out() << QCoreApplication::translate("StatusCommand", "The alert is open again.") << Qt::endl;
                QCoreApplication::exit(kExitOk);
            });
            return;
        }
        raw->alerts()->acknowledge(id, parser.value(QStringLiteral("owner")), parser.value(QStringLiteral("note")), raw,
            [id](Result<AlertAnnotation, QString> done) {
                if (!done) {
                    err() << done.error() << Qt::endl;
                    QCoreApplication::exit(kExitFailure);
                    return;
                }
                out() << QCoreApplication::translate("StatusCommand", "Acknowledged %1 for %2.").arg(id, done->owner)
                      << Qt::endl;
                QCoreApplication::exit(kExitOk);
            });
    });
    const int code = QCoreApplication::exec();
    session->store()->waitForIdle();
    return code;
}

} // namespace Fleetdeck::Cli
