// GUI-thread stalls while the real window refreshes the health of N simulated clients.
//
//   bench_refresh_stalls [--tenants 1000] [--rounds 2] [--panel overview|tenants] [--latency-scale F] [--xcb]
//
// Starts fleetdeck-sim (default latencies), writes its profile into a throw-away folder with the registry
// and cache there, imports its clients into that registry, then runs ConsoleApp on the profile as the
// `fleetdeck` window does. A 1 ms precise timer on the GUI thread records when the event loop gets to
// it: the gap between two ticks is how long the GUI thread could not react to input. Each phase reports
// the longest gap, p99, the number over 16 ms (one frame at 60 Hz) and how many of those the GUI thread
// spent on the CPU itself (the rest is the shared machine giving the core to someone else), the GUI
// thread's CPU time, and the event deliveries that cost the GUI thread the most CPU (receiver class, event
// type; a timer's interval names it).
// Phases: "startup" (start() until the first automatic round is done) and "refresh-N" (F5 until the
// round is done plus 500 ms, which covers what the window does once a round ends).
// --marks prints the CLOCK_MONOTONIC interval of every stall over 16 ms, for
// `perf record -k CLOCK_MONOTONIC --no-inherit` + `perf report --time START,END`.

#include "app/consoleapp.h"
#include "core/fleet/refreshscheduler.h"
#include "core/store/registry.h"
#include "core/store/tenantimport.h"
#include "ui/shell/mainwindow.h"
#include "ui/theme.h"

#include "benchsupport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Fleetdeck;
using namespace Fleetdeck::Bench;

namespace {

qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

struct SlowDelivery
{
    qint64 cpuNs = 0; // the GUI thread's CPU time: what our code cost, whatever else ran on the machine
    qint64 ns = 0; // wall time
    qint64 at = 0;
    QString what;
};

// Times every top-level event delivery on the GUI thread while recording: which receiver and which
// event held the thread. Nested deliveries (sendEvent inside a handler) count towards their caller.
class BenchApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool recording = false;
    std::vector<SlowDelivery> slowest; // most CPU time first

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!recording || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        // Described before delivery: the receiver or the event may be gone after it. Class names are
        // static metadata and stay valid.
        const char* receiverClass = receiver->metaObject()->className();
        const char* parentClass = receiver->parent() ? receiver->parent()->metaObject()->className() : nullptr;
        QString receiverName = receiver->objectName();
        // Timers have no name: their interval tells them apart (250 ms overview coalescing, 100 ms scheduler
        // flush, 1 s clock, ...).
        if (const auto* timer = qobject_cast<QTimer*>(receiver); timer && receiverName.isEmpty())
            receiverName = QStringLiteral("%1ms%2")
                               .arg(timer->interval())
                               .arg(timer->isSingleShot() ? QStringLiteral(",single-shot") : QString());
        const QEvent::Type type = event->type();
        ++m_depth;
        const qint64 start = monotonicNs();
        const qint64 cpuStart = threadCpuNs();
        const bool result = QApplication::notify(receiver, event);
        const qint64 cpuNs = threadCpuNs() - cpuStart;
        const qint64 ns = monotonicNs() - start;
        --m_depth;
        if (slowest.size() < kKept || cpuNs > slowest.back().cpuNs) {
            const char* typeName = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
            SlowDelivery slow{cpuNs, ns, start,
                QStringLiteral("event=%1 receiver=%2%3 parent=%4")
                    .arg(QLatin1String(typeName ? typeName : "?"), QLatin1String(receiverClass),
                        receiverName.isEmpty() ? QString() : QLatin1Char('(') + receiverName + QLatin1Char(')'),
                        QLatin1String(parentClass ? parentClass : "-"))};
            slowest.insert(std::upper_bound(slowest.begin(), slowest.end(), slow,
                               [](const SlowDelivery& a, const SlowDelivery& b) { return a.cpuNs > b.cpuNs; }),
                slow);
            if (slowest.size() > kKept)
                slowest.pop_back();
        }
        return result;
    }

private:
    static constexpr std::size_t kKept = 6;
    int m_depth = 0;
};

struct Recorder
{
    std::vector<qint64> ticks;
    std::vector<qint64> cpu; // the GUI thread's CPU time at each tick
    qint64 cpuStart = 0;
    qint64 startNs = 0; // CLOCK_MONOTONIC, for `perf report --time`
    bool on = false;
};

struct PhaseStats
{
    int ticks = 0;
    double maxGapMs = 0;
    double p99GapMs = 0;
    int over16 = 0;
    // Gaps over 16 ms during which the GUI thread itself ran for more than 16 ms: our code, not the
    // scheduler handing the core to another process (the machine's two cores are shared).
    int over16OnCpu = 0;
    double maxOnCpuMs = 0; // CPU time of the GUI thread inside the longest gap
    struct Stall
    {
        qint64 from;
        qint64 to;
        double cpuMs;
    };
    std::vector<Stall> stalls;
};

PhaseStats analyse(const Recorder& r)
{
    PhaseStats s;
    s.ticks = int(r.ticks.size());
    QList<double> gaps;
    for (std::size_t i = 1; i < r.ticks.size(); ++i) {
        const double gap = double(r.ticks[i] - r.ticks[i - 1]) / 1e6;
        const double cpu = double(r.cpu[i] - r.cpu[i - 1]) / 1e6;
        gaps << gap;
        if (gap > s.maxGapMs) {
            s.maxGapMs = gap;
            s.maxOnCpuMs = cpu;
        }
        if (gap > 16.0) {
            ++s.over16;
            if (cpu > 16.0)
                ++s.over16OnCpu;
            s.stalls.push_back({r.ticks[i - 1], r.ticks[i], cpu});
        }
    }
    const Distribution d = distribution(gaps);
    s.p99GapMs = d.p99;
    return s;
}

// Benchmark set-up code may block: it is not the code under measurement.
QByteArray blockingGet(const QUrl& url)
{
    QNetworkAccessManager nam;
    QNetworkReply* reply = nam.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->readAll();
}

bool startSim(QProcess& sim, QUrl* baseUrl, int tenants, const QString& latencyScale)
{
    QStringList args{QStringLiteral("--tenants"), QString::number(tenants)};
    if (!latencyScale.isEmpty())
        args << QStringLiteral("--latency-scale") << latencyScale;
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start(QStringLiteral(FLEETDECK_SIM_PATH), args);
    if (!sim.waitForStarted(10000))
        return false;
    QByteArray line;
    QElapsedTimer clock;
    clock.start();
    while (!line.contains('\n') && clock.elapsed() < 60000) {
        sim.waitForReadyRead(1000);
        line += sim.readLine();
    }
    const auto match =
        QRegularExpression(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)")).match(QString::fromUtf8(line));
    if (!match.hasMatch())
        return false;
    *baseUrl = QUrl(match.captured(1));
    return true;
}

// The simulator's profile with the registry and cache in `folder`; its clients imported into that registry.
QString prepareProfile(const QUrl& base, const QString& folder, QString* error)
{
    QJsonObject profile =
        QJsonDocument::fromJson(blockingGet(base.resolved(QUrl(QStringLiteral("/_sim/profile"))))).object();
    QJsonObject registry = profile.value(QStringLiteral("registry")).toObject();
    registry.insert(QStringLiteral("path"), QString(folder + QStringLiteral("/registry.sqlite")));
    profile.insert(QStringLiteral("registry"), registry);
    profile.insert(QStringLiteral("cachePath"), QString(folder + QStringLiteral("/cache.sqlite")));
    const QString path = folder + QStringLiteral("/profile.json");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(profile).toJson()) < 0) {
        *error = file.errorString();
        return {};
    }
    file.close();

    const auto preview = TenantImport::parse(
        blockingGet(base.resolved(QUrl(QStringLiteral("/_sim/tenants")))), TenantImport::Format::Json, {}, {});
    QList<Tenant> tenants;
    for (const auto& accepted : preview.accepted)
        tenants << accepted.tenant;
    RegistryConnection connection;
    connection.path = folder + QStringLiteral("/registry.sqlite");
    auto opened = Registry::open(connection, QStringLiteral("bench@localhost"));
    if (!opened) {
        *error = opened.error().toDisplayString();
        return {};
    }
    if (auto imported = opened.value()->importTenants(tenants, preview.plans); !imported) {
        *error = imported.error().toDisplayString();
        return {};
    }
    return path;
}

} // namespace

int main(int argc, char** argv)
{
    QTemporaryDir root;
    useThrowAwayEnvironment(root.path() + QStringLiteral("/env"));
    bool xcb = false;
    for (int i = 1; i < argc; ++i)
        xcb = xcb || qstrcmp(argv[i], "--xcb") == 0;
    qputenv("QT_QPA_PLATFORM", xcb ? "xcb" : "offscreen");
    // As app/main.cpp does.
    QCoreApplication::setOrganizationName(QStringLiteral("Fleetdeck"));
    QCoreApplication::setApplicationName(QStringLiteral("Fleetdeck"));
    BenchApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("fleetdeck.*=false\nqt.*=false"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("tenants"), QStringLiteral("Simulated clients."), QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Refreshes triggered after the first one."),
        QStringLiteral("N"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("panel"), QStringLiteral("Panel on screen: overview or tenants."),
        QStringLiteral("NAME"), QStringLiteral("overview")});
    parser.addOption({QStringLiteral("latency-scale"),
        QStringLiteral("Passed to fleetdeck-sim (default: its own, realistic latencies)."), QStringLiteral("F")});
    parser.addOption({QStringLiteral("xcb"), QStringLiteral("Use the xcb platform (run under xvfb-run -a).")});
    parser.addOption({QStringLiteral("marks"), QStringLiteral("Print every stall's CLOCK_MONOTONIC interval.")});
    parser.process(app);
    const int tenants = parser.value(QStringLiteral("tenants")).toInt();
    const int rounds = std::max(0, parser.value(QStringLiteral("rounds")).toInt());
    const QString panel = parser.value(QStringLiteral("panel"));
    const bool marks = parser.isSet(QStringLiteral("marks"));
    const QString platform = xcb ? QStringLiteral("xcb") : QStringLiteral("offscreen");

    QProcess sim;
    QUrl base;
    if (!startSim(sim, &base, tenants, parser.value(QStringLiteral("latency-scale")))) {
        std::fprintf(stderr, "the simulator did not start\n");
        return 1;
    }
    const QString dataFolder = root.path() + QStringLiteral("/data");
    QDir().mkpath(dataFolder);
    QString error;
    const QString profilePath = prepareProfile(base, dataFolder, &error);
    if (profilePath.isEmpty()) {
        std::fprintf(stderr, "preparing the profile failed: %s\n", qPrintable(error));
        return 1;
    }

    // The measuring instruments: a 1 ms tick and the slowest deliveries.
    Recorder recorder;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&recorder] {
        if (recorder.on) {
            recorder.ticks.push_back(monotonicNs());
            recorder.cpu.push_back(threadCpuNs());
        }
    });
    ticker.start();

    const auto begin = [&] {
        recorder = Recorder();
        recorder.on = true;
        recorder.cpuStart = threadCpuNs();
        recorder.startNs = monotonicNs();
        app.slowest.clear();
        app.recording = true;
    };
    const auto finish = [&](const QString& phase, double durationMs, int endpoints) {
        recorder.on = false;
        app.recording = false;
        const double cpuMs = double(threadCpuNs() - recorder.cpuStart) / 1e6;
        const PhaseStats s = analyse(recorder);
        out() << QStringLiteral("bench=refresh_stalls platform=%1 panel=%2 tenants=%3 phase=%4 endpoints=%5 "
                                "duration_ms=%6 ticks=%7 max_gap_ms=%8 max_gap_cpu_ms=%9 p99_gap_ms=%10 "
                                "gaps_over_16ms=%11 gaps_over_16ms_on_cpu=%12 gui_cpu_ms=%13 target_met=%14 "
                                "perf_time=%15,%16")
                     .arg(platform, panel)
                     .arg(tenants)
                     .arg(phase)
                     .arg(endpoints)
                     .arg(durationMs, 0, 'f', 0)
                     .arg(s.ticks)
                     .arg(s.maxGapMs, 0, 'f', 1)
                     .arg(s.maxOnCpuMs, 0, 'f', 1)
                     .arg(s.p99GapMs, 0, 'f', 1)
                     .arg(s.over16)
                     .arg(s.over16OnCpu)
                     .arg(cpuMs, 0, 'f', 0)
                     .arg(s.maxGapMs <= 16.0 ? QStringLiteral("yes") : QStringLiteral("no"))
                     .arg(double(recorder.startNs) / 1e9, 0, 'f', 6)
                     .arg(double(monotonicNs()) / 1e9, 0, 'f', 6)
              << Qt::endl;
        for (const SlowDelivery& slow : app.slowest) {
            out() << QStringLiteral("bench=refresh_stalls phase=%1 slow_delivery_cpu_ms=%2 wall_ms=%3 at_s=%4 %5")
                         .arg(phase)
                         .arg(double(slow.cpuNs) / 1e6, 0, 'f', 1)
                         .arg(double(slow.ns) / 1e6, 0, 'f', 1)
                         .arg(double(slow.at) / 1e9, 0, 'f', 6)
                         .arg(slow.what)
                  << Qt::endl;
        }
        if (marks) {
            for (const auto& stall : s.stalls) {
                out() << QStringLiteral("bench=refresh_stalls phase=%1 stall_ms=%2 cpu_ms=%3 perf_time=%4,%5")
                             .arg(phase)
                             .arg(double(stall.to - stall.from) / 1e6, 0, 'f', 1)
                             .arg(stall.cpuMs, 0, 'f', 1)
                             .arg(double(stall.from) / 1e9, 0, 'f', 6)
                             .arg(double(stall.to) / 1e9, 0, 'f', 6)
                      << Qt::endl;
            }
        }
    };

    // As Gui::run does before the window exists.
    Theme::captureSystemPreference();
    GuiOptions options;
    options.session.profileFile = profilePath;
    options.panel = panel;
    ConsoleApp console(options);

    HealthRound lastRound;
    QEventLoop roundLoop;
    const auto connectRounds = [&] {
        QObject::connect(console.session()->scheduler(), &RefreshScheduler::healthRoundFinished, &roundLoop,
            [&](const HealthRound& round) {
                lastRound = round;
                roundLoop.quit();
            });
    };
    const auto wait = [](int ms) {
        QEventLoop idle;
        QTimer::singleShot(ms, &idle, &QEventLoop::quit);
        idle.exec();
    };

    begin();
    qint64 start = monotonicNs();
    if (!console.start(&error)) {
        std::fprintf(stderr, "the window did not start: %s\n", qPrintable(error));
        return 1;
    }
    connectRounds();
    roundLoop.exec(); // the first round, started by the session once the client list is loaded
    double durationMs = double(monotonicNs() - start) / 1e6;
    wait(500);
    finish(QStringLiteral("startup"), durationMs, lastRound.endpoints);

    int worstOver16 = 0;
    int worstOver16OnCpu = 0;
    double worstGap = 0;
    for (int i = 1; i <= rounds; ++i) {
        wait(1000);
        begin();
        start = monotonicNs();
        console.window()->refreshNow(); // what F5 and the Refresh button do
        roundLoop.exec();
        durationMs = double(monotonicNs() - start) / 1e6;
        wait(500);
        const PhaseStats s = analyse(recorder);
        worstOver16 = std::max(worstOver16, s.over16);
        worstOver16OnCpu = std::max(worstOver16OnCpu, s.over16OnCpu);
        worstGap = std::max(worstGap, s.maxGapMs);
        finish(QStringLiteral("refresh-%1").arg(i), durationMs, lastRound.endpoints);
    }
    out() << QStringLiteral("bench=refresh_stalls summary platform=%1 panel=%2 tenants=%3 rounds=%4 "
                            "worst_max_gap_ms=%5 worst_gaps_over_16ms=%6 worst_gaps_over_16ms_on_cpu=%7 target_ms=16 "
                            "met=%8")
                 .arg(platform, panel)
                 .arg(tenants)
                 .arg(rounds)
                 .arg(worstGap, 0, 'f', 1)
                 .arg(worstOver16)
                 .arg(worstOver16OnCpu)
                 .arg(worstGap <= 16.0 ? QStringLiteral("yes") : QStringLiteral("no"))
          << Qt::endl;

    sim.terminate();
    sim.waitForFinished(10000);
    return 0;
}
