#include "tests/support/postgrescluster.h"

#include <QCollator>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Fleetdeck::Testing {

using namespace Qt::StringLiterals;

namespace {

constexpr int kInitdbTimeoutMs = 120000;
constexpr int kPgCtlTimeoutMs = 70000;
const QString kSuperuser = u"postgres"_s;

int freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

QString randomPassword()
{
    return u"pw-"_s + QUuid::createUuid().toString(QUuid::Id128);
}

bool hasServerTools(const QString& dir)
{
    return QFileInfo(dir + u"/initdb"_s).isExecutable() && QFileInfo(dir + u"/pg_ctl"_s).isExecutable();
}

bool isPlainIdentifier(const QString& name)
{
    if (name.isEmpty() || name.size() > 63 || !(name.at(0).isLower() || name.at(0) == u'_'))
        return false;
    return std::all_of(name.cbegin(), name.cend(),
        [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'; });
}

} // namespace

PostgresCluster::PostgresCluster() = default;

PostgresCluster::~PostgresCluster()
{
    stop();
}

QString PostgresCluster::folder() const
{
    return m_dir ? m_dir->path() : QString();
}

QString PostgresCluster::serverBinDir(QString* why)
{
    QString fromPgConfig;
    const QString pgConfig = QStandardPaths::findExecutable(u"pg_config"_s);
    if (!pgConfig.isEmpty()) {
        QProcess process;
        process.start(pgConfig, {u"--bindir"_s});
        if (process.waitForFinished(10000) && process.exitCode() == 0)
            fromPgConfig = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
        if (!fromPgConfig.isEmpty() && hasServerTools(fromPgConfig))
            return fromPgConfig;
    }
    // Newest version first: /usr/lib/postgresql/16/bin before .../15/bin.
    QStringList versions = QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(),
        [&numeric](const QString& a, const QString& b) { return numeric.compare(a, b) > 0; });
    for (const QString& version : std::as_const(versions)) {
        const QString dir = u"/usr/lib/postgresql/%1/bin"_s.arg(version);
        if (hasServerTools(dir))
            return dir;
    }
    if (why) {
        *why = u"PostgreSQL server binaries (initdb, pg_ctl) were not found: `pg_config --bindir` gave \"%1\" and "
               u"/usr/lib/postgresql/*/bin has none. Install the `postgresql` package, or configure with "
               u"-DFLEETDECK_POSTGRES_TESTS=OFF."_s.arg(fromPgConfig);
    }
    return {};
}

PostgresCluster::ToolResult PostgresCluster::runServerTool(
    const QString& tool, const QStringList& arguments, int timeoutMs, const QString& workingDirectory)
{
    QString program = m_binDir + u'/' + tool;
    QStringList args = arguments;
    if (m_asPostgresUser) {
        args = QStringList{u"-u"_s, kSuperuser, u"--"_s, program} + arguments;
        program = QStandardPaths::findExecutable(u"runuser"_s, {u"/usr/sbin"_s, u"/sbin"_s, u"/usr/bin"_s, u"/bin"_s});
        if (program.isEmpty())
            return {false, u"runuser was not found (util-linux)"_s};
    }
    QProcess process;
    // The postgres user cannot enter the test's own folder.
    process.setWorkingDirectory(workingDirectory.isEmpty() ? folder() : workingDirectory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    if (!process.waitForStarted(10000))
        return {false, u"%1 did not start: %2"_s.arg(program, process.errorString())};
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return {false, u"%1 %2 timed out after %3 s"_s.arg(program, args.join(u' ')).arg(timeoutMs / 1000)};
    }
    const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
    const bool ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return {ok,
        ok ? output
           : u"%1 %2 failed (exit %3): %4"_s.arg(tool, arguments.join(u' ')).arg(process.exitCode()).arg(output)};
}

QString PostgresCluster::writeServerConfig()
{
    QFile config(folder() + u"/data/postgresql.conf"_s);
    if (!config.open(QIODevice::Append | QIODevice::Text))
        return u"cannot append to %1: %2"_s.arg(config.fileName(), config.errorString());
    // Appended, so a retry with another port simply overrides the earlier lines.
    const QString settings = u"\n# Fleetdeck test cluster\n"
                             u"port = %1\n"
                             u"listen_addresses = '127.0.0.1'\n"
                             u"unix_socket_directories = '%2'\n"
                             u"fsync = off\n"
                             u"synchronous_commit = off\n"
                             u"full_page_writes = off\n"
                             u"max_connections = 40\n"
                             u"shared_buffers = 16MB\n"_s.arg(m_port)
                                 .arg(folder());
    config.write(settings.toUtf8());
    return {};
}

void PostgresCluster::reapAbandonedClusters()
{
    const QDir tmp(u"/tmp"_s);
    const QStringList folders = tmp.entryList({u"fleetdeck-pg-*"_s}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& name : folders) {
        const QString path = tmp.filePath(name);
        QFile marker(path + u"/owner.pid"_s);
        if (!marker.open(QIODevice::ReadOnly))
            continue;
        bool ok = false;
        const qint64 owner = marker.readAll().trimmed().toLongLong(&ok);
        marker.close();
        if (!ok || owner <= 0 || ::kill(pid_t(owner), 0) == 0 || errno == EPERM)
            continue; // not ours to judge, or its test is still running
        if (QFileInfo::exists(path + u"/data/postmaster.pid"_s)) {
            runServerTool(u"pg_ctl"_s, {u"-D"_s, path + u"/data"_s, u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s},
                kPgCtlTimeoutMs, path);
        }
        QDir(path).removeRecursively();
        qWarning("PostgresCluster: removed the cluster of an earlier run that ended without stopping it (%s)",
            qPrintable(path));
    }
}

QString PostgresCluster::start()
{
    if (m_running)
        return {};
    QElapsedTimer timer;
    timer.start();

    QString why;
    m_binDir = serverBinDir(&why);
    if (m_binDir.isEmpty())
        return why;

    m_asPostgresUser = ::geteuid() == 0;
    uid_t serverUid = ::geteuid();
    gid_t serverGid = ::getegid();
    if (m_asPostgresUser) {
        const passwd* user = ::getpwnam("postgres");
        if (!user) {
            return u"the tests run as root, but there is no `postgres` system user to run the server as "
                   u"(PostgreSQL refuses to run as root); install the `postgresql` package"_s;
        }
        serverUid = user->pw_uid;
        serverGid = user->pw_gid;
    }

    reapAbandonedClusters();

    // /tmp, not QDir::tempPath(): the postgres user must be able to reach the folder, and unix socket
    // paths must stay short.
    m_dir = std::make_unique<QTemporaryDir>(u"/tmp/fleetdeck-pg-XXXXXX"_s);
    if (!m_dir->isValid())
        return u"cannot create a folder under /tmp: %1"_s.arg(m_dir->errorString());
    const QByteArray nativeFolder = QFile::encodeName(folder());
    if (m_asPostgresUser && ::chown(nativeFolder.constData(), serverUid, serverGid) != 0)
        return u"cannot hand %1 to the postgres user"_s.arg(folder());
    ::chmod(nativeFolder.constData(), 0700);

    QFile marker(folder() + u"/owner.pid"_s); // lets a later run clean up if this one is killed
    if (!marker.open(QIODevice::WriteOnly) || marker.write(QByteArray::number(qint64(::getpid()))) <= 0)
        return u"cannot write %1"_s.arg(marker.fileName());
    marker.close();

    const QString data = folder() + u"/data"_s;
    const ToolResult initdb = runServerTool(u"initdb"_s,
        {u"-D"_s, data, u"-U"_s, kSuperuser, u"--auth-host=scram-sha-256"_s, u"--auth-local=trust"_s, u"-E"_s,
            u"UTF8"_s, u"--no-locale"_s, u"--no-sync"_s},
        kInitdbTimeoutMs);
    if (!initdb.ok)
        return initdb.output;

    QString lastError;
    for (int attempt = 0; attempt < 3 && !m_running; ++attempt) {
        m_port = freeLoopbackPort();
        if (m_port == 0)
            return u"no free loopback port"_s;
        if (const QString error = writeServerConfig(); !error.isEmpty())
            return error;
        const ToolResult started = runServerTool(u"pg_ctl"_s,
            {u"-D"_s, data, u"-l"_s, folder() + u"/server.log"_s, u"-w"_s, u"-t"_s, u"60"_s, u"start"_s},
            kPgCtlTimeoutMs);
        m_running = started.ok;
        if (!started.ok) {
            QFile log(folder() + u"/server.log"_s);
            lastError = started.output;
            if (log.open(QIODevice::ReadOnly))
                lastError += u"\nserver log:\n"_s + QString::fromLocal8Bit(log.readAll().right(2000));
        }
    }
    if (!m_running)
        return lastError;

    m_ownerPassword = randomPassword();
    m_supportPassword = randomPassword();
    // The passwords are ours (hex), never outside input, so they can sit in the statements.
    const QString provisioned = execAsSuperuser(u"postgres"_s,
        {u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(QLatin1String(kOwnerRole), m_ownerPassword),
            u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(QLatin1String(kSupportRole), m_supportPassword),
            u"ALTER ROLE %1 SET default_transaction_read_only = on"_s.arg(QLatin1String(kSupportRole)),
            u"CREATE DATABASE %1 OWNER %2"_s.arg(QLatin1String(kDatabase), QLatin1String(kOwnerRole))});
    if (!provisioned.isEmpty())
        return provisioned;
    m_startMs = timer.elapsed();
    return {};
}

void PostgresCluster::stop()
{
    if (!m_running)
        return;
    m_running = false;
    const QString data = folder() + u"/data"_s;
    const ToolResult stopped = runServerTool(
        u"pg_ctl"_s, {u"-D"_s, data, u"-m"_s, u"fast"_s, u"-w"_s, u"-t"_s, u"30"_s, u"stop"_s}, kPgCtlTimeoutMs);
    if (!stopped.ok) {
        qWarning("PostgresCluster: fast stop failed (%s); trying immediate", qPrintable(stopped.output));
        runServerTool(u"pg_ctl"_s, {u"-D"_s, data, u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s}, kPgCtlTimeoutMs);
    }
}

RegistryConnection PostgresCluster::ownerConnection(const QString& database) const
{
    RegistryConnection connection;
    connection.driver = u"postgres"_s;
    connection.host = u"127.0.0.1"_s;
    connection.port = m_port;
    connection.database = database;
    connection.user = QString::fromLatin1(kOwnerRole);
    connection.password = m_ownerPassword;
    return connection;
}

RegistryConnection PostgresCluster::supportConnection(const QString& database) const
{
    RegistryConnection connection = ownerConnection(database);
    connection.user = QString::fromLatin1(kSupportRole);
    connection.password = m_supportPassword;
    return connection;
}

QString PostgresCluster::createDatabase(const QString& name)
{
    if (!isPlainIdentifier(name))
        return u"\"%1\" is not a plain identifier"_s.arg(name);
    return execAsSuperuser(u"postgres"_s, {u"CREATE DATABASE %1 OWNER %2"_s.arg(name, QLatin1String(kOwnerRole))});
}

QString PostgresCluster::grantSupportReadAccess(const QString& database)
{
    return execAsSuperuser(
        database, {u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1"_s.arg(QLatin1String(kSupportRole))});
}

QString PostgresCluster::execAsSuperuser(const QString& database, const QStringList& statements)
{
    if (!m_running)
        return u"the cluster is not running"_s;
    const QString name = u"fleetdeck-test-superuser-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(folder()); // a folder: libpq uses the unix socket there (trust auth)
        db.setPort(m_port);
        db.setDatabaseName(database);
        db.setUserName(kSuperuser);
        if (!db.open()) {
            error = u"superuser connection failed: %1"_s.arg(db.lastError().text());
        } else {
            QSqlQuery query(db);
            for (const QString& statement : statements) {
                if (!query.exec(statement)) {
                    error = u"%1: %2"_s.arg(statement, query.lastError().text());
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace Fleetdeck::Testing
