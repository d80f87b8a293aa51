// Cold start to the first painted window with a cached fleet: wall time from starting a new process to
// MainWindow::cachedStatePainted (the last known state is on screen, before any network answer).
//
//   bench_cold_start [--runs 5] [--tenants 1000] [--xcb]
//
// The parent prepares once (untimed) a profile file, a SQLite registry and a local cache whose
// "tenants" snapshot and last health samples describe the clients, then starts itself N times with the
// hidden first argument --child. The child runs the product's own window entry point (Gui::run, as
// `fleetdeck --profile-file FILE` does) and prints one line the moment cachedStatePainted fires.
// Health URLs point at a closed loopback port: nothing answers, as on a train without network.

#include "app/gui.h"
#include "core/fleet/tenantsnapshot.h"
#include "core/store/localcache.h"
#include "core/store/registry.h"
#include "ui/models/tenanttablemodel.h"
#include "ui/shell/mainwindow.h"

#include "benchsupport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QWindow>

#include <cstdio>

using namespace Fleetdeck;
using namespace Fleetdeck::Bench;

namespace {

constexpr char kChildFlag[] = "--child";
const QString kReadyPrefix = QStringLiteral("bench-child painted ");

// ---- child -----------------------------------------------------------------------------------------

struct ChildMarks
{
    qint64 main = 0;
    qint64 appInit = 0; // QCoreApplication part of QApplication's constructor done (platform plugin loaded)
    qint64 windowSeen = 0; // MainWindow constructed (its first event)
    qint64 shown = 0; // MainWindow's Show event
    qint64 exposed = 0; // its native window's first Expose
    qint64 firstPaint = 0; // first Paint event of any widget in it
    qint64 cachedPainted = 0;
};
ChildMarks g_marks;

// Watches the application's events for the window the product creates: no hook in product code needed.
class WindowWatcher : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!m_window) {
            if (auto* window = qobject_cast<MainWindow*>(watched)) {
                m_window = window;
                g_marks.windowSeen = monotonicNs();
                connect(window, &MainWindow::cachedStatePainted, this, [this] { report(); });
            }
        }
        if (!m_window || m_done)
            return false;
        if (event->type() == QEvent::Show && watched == m_window && !g_marks.shown)
            g_marks.shown = monotonicNs();
        if (event->type() == QEvent::Expose && !g_marks.exposed
            && static_cast<QObject*>(m_window->windowHandle()) == watched)
            g_marks.exposed = monotonicNs();
        if (event->type() == QEvent::Paint && !g_marks.firstPaint && watched->isWidgetType()
            && static_cast<QWidget*>(watched)->window() == m_window)
            g_marks.firstPaint = monotonicNs();
        return false;
    }

private:
    void report()
    {
        g_marks.cachedPainted = monotonicNs();
        m_done = true;
        const auto* model = m_window->findChild<TenantTableModel*>();
        const QString line = kReadyPrefix
            + QStringLiteral("main=%1 app_init=%2 window=%3 shown=%4 exposed=%5 first_paint=%6 cached_painted=%7 "
                             "rows=%8")
                  .arg(g_marks.main)
                  .arg(g_marks.appInit)
                  .arg(g_marks.windowSeen)
                  .arg(g_marks.shown)
                  .arg(g_marks.exposed)
                  .arg(g_marks.firstPaint)
                  .arg(g_marks.cachedPainted)
                  .arg(model ? model->rowCount() : -1);
        std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }

    QPointer<MainWindow> m_window;
    bool m_done = false;
};

void onApplicationCreated()
{
    g_marks.appInit = monotonicNs();
    QCoreApplication::instance()->installEventFilter(new WindowWatcher(QCoreApplication::instance()));
}

int runChild(int argc, char** argv)
{
    // As app/main.cpp does before Gui::run.
    QCoreApplication::setOrganizationName(QStringLiteral("Fleetdeck"));
    QCoreApplication::setApplicationName(QStringLiteral("Fleetdeck"));
    qAddPreRoutine(onApplicationCreated);
    return Gui::run(argc, argv);
}

// ---- parent ----------------------------------------------------------------------------------------

int closedLoopbackPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const int port = server.serverPort();
    server.close();
    return port;
}

bool prepareTemplate(const QString& folder, int count, QString* error)
{
    const int port = closedLoopbackPort();
    const GeneratedFleet fleet = generateFleet(
        count,
        [port](
            const QString& slug) { return QStringLiteral("http://127.0.0.1:%1/sites/%2/health").arg(port).arg(slug); },
        QDateTime::currentDateTimeUtc().addSecs(-120));

    RegistryConnection connection;
    connection.path = folder + QStringLiteral("/registry.sqlite");
    auto registry = Registry::open(connection, QStringLiteral("bench@localhost"));
    if (!registry) {
        *error = registry.error().toDisplayString();
        return false;
    }
    if (auto imported = registry.value()->importTenants(fleet.tenants, fleet.plans); !imported) {
        *error = imported.error().toDisplayString();
        return false;
    }
    // The snapshot is what the product writes after a registry load: the registry's own rows.
    const auto stored = registry.value()->tenants();
    if (!stored) {
        *error = stored.error().toDisplayString();
        return false;
    }
    registry.value().reset();

    auto cache = LocalCache::open(folder + QStringLiteral("/cache.sqlite"));
    if (!cache) {
        *error = cache.error().toDisplayString();
        return false;
    }
    if (auto saved = cache.value()->saveSnapshot(QStringLiteral("tenants"), TenantSnapshot::toJson(stored.value()));
        !saved) {
        *error = saved.error().toDisplayString();
        return false;
    }
    if (auto written = cache.value()->writeHealth(fleet.samples); !written) {
        *error = written.error().toDisplayString();
        return false;
    }
    return true;
}

// A pristine copy per run: every run starts from the same files and an empty HOME.
QString prepareRun(const QString& templateFolder, const QString& runFolder)
{
    QDir().mkpath(runFolder);
    const QDir source(templateFolder);
    for (const QString& name : source.entryList(QDir::Files))
        QFile::copy(source.filePath(name), runFolder + QLatin1Char('/') + name);
    QJsonObject health;
    health.insert(QStringLiteral("intervalSeconds"), 30);
    health.insert(QStringLiteral("timeoutMs"), 10000);
    health.insert(QStringLiteral("concurrency"), 16);
    QJsonObject registry;
    registry.insert(QStringLiteral("driver"), QStringLiteral("sqlite"));
    registry.insert(QStringLiteral("path"), QString(runFolder + QStringLiteral("/registry.sqlite")));
    QJsonObject profile;
    profile.insert(QStringLiteral("name"), QStringLiteral("bench"));
    profile.insert(QStringLiteral("allowInsecureHttp"), true);
    profile.insert(QStringLiteral("registry"), registry);
    profile.insert(QStringLiteral("cachePath"), QString(runFolder + QStringLiteral("/cache.sqlite")));
    profile.insert(QStringLiteral("health"), health);
    const QString path = runFolder + QStringLiteral("/profile.json");
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(QJsonDocument(profile).toJson());
    return path;
}

struct RunResult
{
    bool ok = false;
    double wallMs = 0;
    QString marks; // the child's phases, ms after QProcess::start
    int rows = 0;
    QString error;
};

RunResult runOnce(const QString& runFolder, const QString& profilePath, bool xcb, int timeoutMs)
{
    RunResult result;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString envFolder = runFolder + QStringLiteral("/env");
    const auto set = [&env, &envFolder](const char* name, const char* sub) {
        const QString path = envFolder + QLatin1Char('/') + QLatin1String(sub);
        QDir().mkpath(path);
        env.insert(QLatin1String(name), path);
    };
    set("HOME", "home");
    set("XDG_CONFIG_HOME", "home/.config");
    set("XDG_DATA_HOME", "home/.local/share");
    set("XDG_CACHE_HOME", "home/.cache");
    set("XDG_STATE_HOME", "home/.local/state");
    set("XDG_RUNTIME_DIR", "runtime");
    QFile::setPermissions(
        envFolder + QStringLiteral("/runtime"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), xcb ? QStringLiteral("xcb") : QStringLiteral("offscreen"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));

    QProcess child;
    child.setProcessEnvironment(env);
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({QLatin1String(kChildFlag), QStringLiteral("--profile-file"), profilePath});

    QByteArray output;
    const qint64 start = monotonicNs();
    child.start();
    QElapsedTimer clock;
    clock.start();
    qint64 ready = 0;
    while (clock.elapsed() < timeoutMs && child.state() != QProcess::NotRunning) {
        // Blocking is fine here: the parent only waits; the child is what is measured.
        child.waitForReadyRead(50);
        output += child.readAllStandardOutput();
        if (output.contains(kReadyPrefix.toUtf8()) && output.contains('\n')) {
            ready = monotonicNs();
            break;
        }
    }
    if (!ready) {
        child.kill();
        child.waitForFinished(5000);
        result.error = QStringLiteral("no painted line within %1 ms; stderr: %2")
                           .arg(timeoutMs)
                           .arg(QString::fromLocal8Bit(child.readAllStandardError()).right(2000));
        return result;
    }
    if (!child.waitForFinished(30000))
        child.kill();
    result.ok = true;
    result.wallMs = double(ready - start) / 1e6;

    const QString line = QString::fromUtf8(output).section(kReadyPrefix, 1).section(QLatin1Char('\n'), 0, 0);
    QStringList marks;
    for (const QString& pair : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString key = pair.section(QLatin1Char('='), 0, 0);
        const qint64 value = pair.section(QLatin1Char('='), 1).toLongLong();
        if (key == QLatin1String("rows"))
            result.rows = int(value);
        else
            marks << QStringLiteral("%1_ms=%2").arg(key).arg(value ? double(value - start) / 1e6 : -1.0, 0, 'f', 1);
    }
    result.marks = marks.join(QLatin1Char(' '));
    return result;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc > 1 && qstrcmp(argv[1], kChildFlag) == 0) {
        g_marks.main = monotonicNs();
        argv[1] = argv[0]; // Gui::run parses what follows the program name: drop the hidden flag
        return runChild(argc - 1, argv + 1);
    }

    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("fleetdeck.*=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("Process starts."), QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("tenants"), QStringLiteral("Clients in the cache."), QStringLiteral("N"),
        QStringLiteral("1000")});
    parser.addOption({QStringLiteral("xcb"), QStringLiteral("Use the xcb platform (run under xvfb-run -a).")});
    parser.addOption({QStringLiteral("timeout-ms"), QStringLiteral("Give up on a run after this long."),
        QStringLiteral("MS"), QStringLiteral("60000")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const int tenants = parser.value(QStringLiteral("tenants")).toInt();
    const bool xcb = parser.isSet(QStringLiteral("xcb"));

    QTemporaryDir root;
    // Preparing may use Qt's settings paths: keep them out of the developer's HOME too.
    useThrowAwayEnvironment(root.path() + QStringLiteral("/parent-env"));
    const QString templateFolder = root.path() + QStringLiteral("/template");
    QDir().mkpath(templateFolder);
    QString error;
    if (!prepareTemplate(templateFolder, tenants, &error)) {
        std::fprintf(stderr, "preparing the registry and cache failed: %s\n", qPrintable(error));
        return 1;
    }

    QList<double> walls;
    const QString platform = xcb ? QStringLiteral("xcb") : QStringLiteral("offscreen");
    for (int i = 1; i <= runs; ++i) {
        const QString runFolder = root.path() + QStringLiteral("/run-%1").arg(i);
        const QString profile = prepareRun(templateFolder, runFolder);
        const RunResult r = runOnce(runFolder, profile, xcb, parser.value(QStringLiteral("timeout-ms")).toInt());
        if (!r.ok) {
            std::fprintf(stderr, "run %d failed: %s\n", i, qPrintable(r.error));
            return 1;
        }
        walls << r.wallMs;
        out() << QStringLiteral("bench=cold_start run=%1 platform=%2 tenants=%3 rows_shown=%4 wall_ms=%5 %6")
                     .arg(i)
                     .arg(platform)
                     .arg(tenants)
                     .arg(r.rows)
                     .arg(r.wallMs, 0, 'f', 1)
                     .arg(r.marks)
              << Qt::endl;
    }
    const Distribution d = distribution(walls);
    out() << QStringLiteral("bench=cold_start summary platform=%1 tenants=%2 runs=%3 min_ms=%4 median_ms=%5 max_ms=%6 "
                            "target_ms=500 met=%7")
                 .arg(platform)
                 .arg(tenants)
                 .arg(runs)
                 .arg(d.min, 0, 'f', 1)
                 .arg(d.median, 0, 'f', 1)
                 .arg(d.max, 0, 'f', 1)
                 .arg(d.max < 500         ? QStringLiteral("yes")
                         : d.median < 500 ? QStringLiteral("median-only")
                                          : QStringLiteral("no"))
          << Qt::endl;
    return 0;
}
