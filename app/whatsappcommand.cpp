#include "app/cli.h"
#include "app/session.h"
#include "core/fleet/statusreport.h"
#include "core/fleet/whatsappmonitor.h"
#include "core/fleet/whatsapppairing.h"
#include "ui/widgets/qrcodeimage.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QSaveFile>
#include <QTimer>

namespace Fleetdeck::Cli {

namespace {

// Opens the session (with the clients, for their instance names, when asked) and configures the monitors; then
// `then` runs, or the process exits with the reason when Evolution API is not configured.
void prepare(Session& session, bool withClients, std::function<void()> then)
{
    openSession(session, withClients, [&session, then = std::move(then)] {
        session.startMonitoring([&session, then] {
            if (!session.whatsApp()->isConfigured()) {
                err() << QCoreApplication::translate("WhatsAppCommand",
                    "Evolution API is not set up in this profile: add its URL and the name of its key "
                    "(\"upstreams.evolution\"), then store the key with \"fleetdeck secret set NAME\".")
                      << Qt::endl;
                QCoreApplication::exit(kExitFailure);
                return;
            }
            then();
        });
    });
}

QString padded(const QString& text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '), true);
}

int runList(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("WhatsAppCommand",
        "Lists the WhatsApp instances of Evolution API with their clients, live "
        "state, phone number, profile name and stored counts."));
    addProfileOptions(parser);
    parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("WhatsAppCommand", "Print JSON instead of a table.")});
    if (!parse(parser, args))
        return kExitUsage;
    auto created = Session::create(sessionOptions(parser));
    if (!created) {
        err() << created.error() << Qt::endl;
        return kExitFailure;
    }
    std::unique_ptr<Session> session = std::move(created.value());
    const bool json = parser.isSet(QStringLiteral("json"));
    bool asked = false;
    QObject::connect(session->whatsApp(), &WhatsAppMonitor::updated, session.get(), [&] {
        WhatsAppMonitor* monitor = session->whatsApp();
        if (!asked || monitor->isRefreshing())
            return;
        asked = false;
        if (!monitor->inventoryAt().isValid()) {
            err() << monitor->error() << Qt::endl;
            QCoreApplication::exit(kExitFailure);
            return;
        }
        if (json) {
            out() << QString::fromUtf8(StatusReport::whatsAppListJson(monitor->instances()));
        } else if (monitor->instances().isEmpty()) {
            out() << QCoreApplication::translate("WhatsAppCommand",
                "Evolution API has no instances yet; create one in its manager, then name it in the client's record.")
                  << '\n';
        } else {
            const QLocale locale;
            out() << padded(QCoreApplication::translate("WhatsAppCommand", "CLIENT"), 22) << ' '
                  << padded(QCoreApplication::translate("WhatsAppCommand", "INSTANCE"), 22) << ' '
                  << padded(QCoreApplication::translate("WhatsAppCommand", "STATE"), 13) << ' '
                  << padded(QCoreApplication::translate("WhatsAppCommand", "PHONE"), 15) << ' '
                  << padded(QCoreApplication::translate("WhatsAppCommand", "PROFILE"), 20) << ' '
                  << QCoreApplication::translate("WhatsAppCommand", "MESSAGES").rightJustified(9) << ' '
                  << QCoreApplication::translate("WhatsAppCommand", "CONTACTS").rightJustified(8) << ' '
                  << QCoreApplication::translate("WhatsAppCommand", "CHATS").rightJustified(6) << "  "
                  << QCoreApplication::translate("WhatsAppCommand", "LAST DISCONNECTION") << '\n';
            for (const WhatsAppStatus& status : monitor->instances()) {
                const WhatsAppInstance& i = status.instance;
                QString state = whatsAppStateDisplayName(status.state);
                if (status.dead)
                    state = QCoreApplication::translate("WhatsAppCommand", "Dead");
                QString disconnection;
                if (i.disconnectionCode)
                    disconnection = whatsAppDisconnectionReason(*i.disconnectionCode);
                if (i.disconnectionAt.isValid())
                    disconnection += (disconnection.isEmpty() ? QString() : QStringLiteral(", "))
                        + StatusReport::ageText(i.disconnectionAt, QDateTime::currentDateTimeUtc());
                out() << padded(status.tenantSlug.isEmpty()
                        ? QCoreApplication::translate("WhatsAppCommand", "(unassigned)")
                        : status.tenantSlug,
                    22)
                      << ' ' << padded(i.name, 22) << ' ' << padded(state, 13) << ' '
                      << padded(i.phone.isEmpty() ? QStringLiteral("—") : QStringLiteral("+") + i.phone, 15) << ' '
                      << padded(i.profileName, 20) << ' ' << locale.toString(i.counts.messages).rightJustified(9) << ' '
                      << locale.toString(i.counts.contacts).rightJustified(8) << ' '
                      << locale.toString(i.counts.chats).rightJustified(6) << "  " << disconnection << '\n';
            }
        }
        out().flush();
        QCoreApplication::exit(kExitOk);
    });
    prepare(*session, true, [&] {
        asked = true;
        if (!session->whatsApp()->refresh())
            asked = session->whatsApp()->isRefreshing();
    });
    const int code = QCoreApplication::exec();
    session->store()->waitForIdle();
    return code;
}

bool writePng(const WhatsAppConnectAnswer& code, const QString& path, QString* error)
{
    QByteArray png = code.png;
    if (png.isEmpty() || QImage::fromData(png, "PNG").isNull()) {
        // No image from the server (or one that is not a PNG): draw the code itself.
        const QImage image = QrCodeImage::render(code.code, 8);
        if (image.isNull()) {
            *error = QCoreApplication::translate("WhatsAppCommand", "the server sent no code to draw");
            return false;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
            *error = file.errorString();
            return false;
        }
        return true;
    }
    QSaveFile file(path); // written whole or not at all: a scanner never sees half a PNG
    if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

int runPair(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("WhatsAppCommand",
        "Pairs a WhatsApp number with an Evolution instance without the window: prints each QR code (or writes "
        "it to --png FILE as it rotates) until the phone has scanned it.\n"
        "Exit code: 0 connected, 1 not connected (the reason is printed), 64 bad usage."));
    addProfileOptions(parser);
    parser.addPositionalArgument(
        QStringLiteral("INSTANCE"), QCoreApplication::translate("WhatsAppCommand", "The Evolution instance's name."));
    parser.addOption({QStringLiteral("png"),
        QCoreApplication::translate("WhatsAppCommand", "Write the current QR code to FILE (replaced as it rotates)."),
        QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("number"),
        QCoreApplication::translate("WhatsAppCommand",
            "Pair with an 8-character code typed on this phone (digits with country code) instead of a QR code."),
        QStringLiteral("PHONE")});
    parser.addOption({QStringLiteral("timeout"),
        QCoreApplication::translate("WhatsAppCommand", "Give up after SECONDS (default 300)."),
        QStringLiteral("SECONDS"), QStringLiteral("300")});
    if (!parse(parser, args))
        return kExitUsage;
    if (parser.positionalArguments().size() != 1) {
        err() << QCoreApplication::translate("WhatsAppCommand",
            "Give exactly one instance name, e.g. \"fleetdeck whatsapp pair tenant-acme --png qr.png\".")
              << Qt::endl;
        return kExitUsage;
    }
    const QString instance = parser.positionalArguments().constFirst();
    const QString pngPath = parser.value(QStringLiteral("png"));
    const int timeoutSeconds = std::max(1, parser.value(QStringLiteral("timeout")).toInt());
    auto created = Session::create(sessionOptions(parser));
    if (!created) {
        err() << created.error() << Qt::endl;
        return kExitFailure;
    }
    std::unique_ptr<Session> session = std::move(created.value());
    std::unique_ptr<WhatsAppPairing> pairing;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, [&] {
        QString reason = pairing ? pairing->message() : QString();
        if (reason.isEmpty() && pairing && pairing->phase() == WhatsAppPairing::Phase::ShowingCode)
            reason = QCoreApplication::translate("WhatsAppCommand", "the code was not scanned");
        else if (reason.isEmpty())
            reason = QCoreApplication::translate("WhatsAppCommand", "WhatsApp issued no code");
        err() << QCoreApplication::translate("WhatsAppCommand", "Not connected within %1 s: %2")
                     .arg(timeoutSeconds)
                     .arg(reason)
              << Qt::endl;
        if (pairing)
            pairing->cancel();
        QCoreApplication::exit(kExitFailure);
    });
    prepare(*session, false, [&] {
        WhatsAppPairing::Options options;
        options.qrLimit = session->profile().upstream(WhatsAppMonitor::kSource).qrLimit;
        pairing = std::make_unique<WhatsAppPairing>(session->whatsApp()->client(), session->whatsApp(), options);
        QObject::connect(pairing.get(), &WhatsAppPairing::changed, [&] {
            if (pairing->phase() == WhatsAppPairing::Phase::Waiting)
                err() << QCoreApplication::translate("WhatsAppCommand", "Waiting for WhatsApp to issue a code…")
                      << Qt::endl;
        });
        QObject::connect(pairing.get(), &WhatsAppPairing::codeChanged, [&] {
            const WhatsAppConnectAnswer& code = pairing->current();
            const int number = std::max(code.count, pairing->codesShown());
            if (!code.pairingCode.isEmpty())
                out() << QCoreApplication::translate(
                    "WhatsAppCommand", "Pairing code: %1 (WhatsApp → Linked devices → Link with phone number)")
                             .arg(WhatsAppPairing::groupedPairingCode(code.pairingCode))
                      << Qt::endl;
            if (code.code.isEmpty() && code.png.isEmpty())
                return;
            if (!pngPath.isEmpty()) {
                QString error;
                if (!writePng(code, pngPath, &error)) {
                    err()
                        << QCoreApplication::translate("WhatsAppCommand", "Could not write %1: %2").arg(pngPath, error)
                        << Qt::endl;
                    pairing->cancel();
                    QCoreApplication::exit(kExitFailure);
                    return;
                }
                out() << QCoreApplication::translate("WhatsAppCommand",
                    "QR code %1 of %2 written to %3; scan it with WhatsApp → Linked devices → Link a device.")
                             .arg(number)
                             .arg(pairing->qrLimit())
                             .arg(pngPath)
                      << Qt::endl;
            } else {
                out() << QrCodeImage::toText(code.code)
                      << QCoreApplication::translate("WhatsAppCommand",
                             "QR code %1 of %2; scan it with WhatsApp → Linked devices → Link a device.")
                             .arg(number)
                             .arg(pairing->qrLimit())
                      << Qt::endl;
            }
        });
        QObject::connect(pairing.get(), &WhatsAppPairing::finished, [&](bool connected) {
            deadline.stop();
            if (connected) {
                const QString phone = pairing->phone().isEmpty()
                    ? QCoreApplication::translate("WhatsAppCommand", "an unknown number")
                    : QStringLiteral("+") + pairing->phone();
                out() << (pairing->profileName().isEmpty()
                        ? QCoreApplication::translate("WhatsAppCommand", "Connected: %1.").arg(phone)
                        : QCoreApplication::translate("WhatsAppCommand", "Connected: %1 (%2).")
                              .arg(phone, pairing->profileName()))
                      << Qt::endl;
                QCoreApplication::exit(kExitOk);
            } else {
                err() << pairing->message() << Qt::endl;
                QCoreApplication::exit(kExitFailure);
            }
        });
        deadline.start(std::chrono::seconds(timeoutSeconds));
        pairing->start(instance, parser.value(QStringLiteral("number")));
    });
    const int code = QCoreApplication::exec();
    pairing.reset();
    session->store()->waitForIdle();
    return code;
}

} // namespace

int runWhatsApp(const QStringList& args)
{
    const QString sub = args.value(1);
    QStringList rest = args.mid(1);
    if (!rest.isEmpty())
        rest[0] = QStringLiteral("fleetdeck whatsapp ") + sub;
    if (sub == QLatin1String("list"))
        return runList(rest);
    if (sub == QLatin1String("pair"))
        return runPair(rest);
    err() << QCoreApplication::translate("WhatsAppCommand",
        "Usage: fleetdeck whatsapp list [--json] | pair INSTANCE [--png FILE] [--number PHONE] [--timeout "
        "SECONDS]")
          << Qt::endl;
    return kExitUsage;
}

} // namespace Fleetdeck::Cli
