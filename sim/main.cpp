// fleetdeck-sim: the simulated platform as its own process. The first line on stdout is exactly
// "listening on http://127.0.0.1:<port>" so scripts and tests can wait for it.
#include "sim/simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[0], &byte, 1);
}

// SIGTERM/SIGINT -> a byte on a socket pair -> QCoreApplication::quit() on the event loop.
void quitOnSignals(QCoreApplication& app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier]() {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_signalPipe[1], &byte, 1);
        notifier->setEnabled(false);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}
#endif

void printLine(const QString& line, FILE* stream = stdout)
{
    std::fputs(line.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fleetdeck-sim"));

    using Fleetdeck::Sim::SimOptions;
    const SimOptions defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Fleetdeck's simulated platform: every upstream on one loopback "
                       "port, plus per-host and HTTPS listeners and a /_sim/ control API."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Main port (0 = any free port)."),
        QStringLiteral("N"), QString::number(defaults.port));
    const QCommandLineOption tenantsOption(QStringLiteral("tenants"), QStringLiteral("Number of tenants."),
        QStringLiteral("N"), QString::number(defaults.tenants));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the generated fleet."),
        QStringLiteral("S"), QString::number(defaults.seed));
    const QCommandLineOption secretOption(QStringLiteral("secret"),
        QStringLiteral("The API key/password every upstream accepts."), QStringLiteral("X"), defaults.secret);
    const QCommandLineOption faultsOption(QStringLiteral("faults"),
        QStringLiteral("Faults: 'PATH=KIND[:ARG][*COUNT];...', e.g. '/stripe/*=ratelimit:2*3;/n8n/*=latency:2500'. "
                       "Kinds: latency:MS status:CODE ratelimit:SECONDS[:date] malformed truncated huge:BYTES reset."),
        QStringLiteral("SPEC"));
    const QCommandLineOption hostsOption(QStringLiteral("hosts"), QStringLiteral("Number of simulated servers."),
        QStringLiteral("N"), QString::number(defaults.hosts));
    const QCommandLineOption latencyOption(QStringLiteral("latency-scale"),
        QStringLiteral("Multiplies every simulated latency (0 = none)."), QStringLiteral("F"),
        QString::number(defaults.latencyScale));
    parser.addOptions({portOption, tenantsOption, seedOption, secretOption, faultsOption, hostsOption, latencyOption});
    parser.process(app);

    SimOptions options;
    bool valid = true;
    auto integer = [&](const QCommandLineOption& option, qlonglong low, qlonglong high) {
        bool ok = false;
        const qlonglong value = parser.value(option).toLongLong(&ok);
        if (!ok || value < low || value > high) {
            printLine(QStringLiteral("fleetdeck-sim: --%1 must be a number in %2..%3")
                          .arg(option.names().constFirst())
                          .arg(low)
                          .arg(high),
                stderr);
            valid = false;
        }
        return value;
    };
    options.port = quint16(integer(portOption, 0, 65535));
    options.tenants = int(integer(tenantsOption, 1, 100000));
    options.hosts = int(integer(hostsOption, 1, 64));
    bool seedOk = false;
    options.seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!seedOk) {
        printLine(QStringLiteral("fleetdeck-sim: --seed must be a non-negative number"), stderr);
        valid = false;
    }
    bool scaleOk = false;
    options.latencyScale = parser.value(latencyOption).toDouble(&scaleOk);
    if (!scaleOk || options.latencyScale < 0) {
        printLine(QStringLiteral("fleetdeck-sim: --latency-scale must be a number >= 0"), stderr);
        valid = false;
    }
    options.secret = parser.value(secretOption);
    options.faults = parser.value(faultsOption);
    if (!valid)
        return 2;

#ifdef Q_OS_UNIX
    quitOnSignals(app);
#endif
    Fleetdeck::Sim::Simulator simulator;
    QString error;
    if (!simulator.start(options, &error)) {
        printLine(QStringLiteral("fleetdeck-sim: ") + error, stderr);
        return 1;
    }
    printLine(QStringLiteral("listening on http://127.0.0.1:%1").arg(simulator.port()));
    printLine(simulator.summary());
    const int code = app.exec();
    simulator.stop();
    return code;
}
