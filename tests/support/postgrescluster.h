#pragma once

#include "core/store/registryconnection.h"

#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace Fleetdeck::Testing {

// A private PostgreSQL cluster for one test executable: initdb into a fresh folder under /tmp, a free
// loopback port, password (SCRAM) auth over TCP and trust over its own unix socket (used only by the
// fixture's superuser helpers). Runs the server binaries as Debian's `postgres` user when the tests run
// as root (the server refuses root), directly otherwise. Stopped (`pg_ctl stop -m fast`) on destruction.
//
// Roles: `fleetdeck_owner` owns the database `fleetdeck`; `fleetdeck_support` can log in, has
// `default_transaction_read_only = on` and gets SELECT only through grantSupportReadAccess(), which a
// test calls after the registry migrations created the tables.
class PostgresCluster
{
public:
    static constexpr const char* kDatabase = "fleetdeck";
    static constexpr const char* kOwnerRole = "fleetdeck_owner";
    static constexpr const char* kSupportRole = "fleetdeck_support";

    PostgresCluster();
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster&) = delete;
    PostgresCluster& operator=(const PostgresCluster&) = delete;

    // Creates, starts and provisions the cluster. Empty on success, otherwise a sentence for QFAIL
    // (missing binaries say which package to install; nothing is skipped silently).
    [[nodiscard]] QString start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QString folder() const;
    [[nodiscard]] qint64 startMilliseconds() const { return m_startMs; } // initdb + start + provisioning

    [[nodiscard]] RegistryConnection ownerConnection(const QString& database = QString::fromLatin1(kDatabase)) const;
    [[nodiscard]] RegistryConnection supportConnection(const QString& database = QString::fromLatin1(kDatabase)) const;

    // CREATE DATABASE <name> OWNER fleetdeck_owner. `name` must be a plain lower-case identifier.
    [[nodiscard]] QString createDatabase(const QString& name);
    // GRANT SELECT ON ALL TABLES IN SCHEMA public TO fleetdeck_support, in `database`.
    [[nodiscard]] QString grantSupportReadAccess(const QString& database = QString::fromLatin1(kDatabase));
    // Runs trusted test SQL as the cluster's superuser over the private socket. Empty on success.
    [[nodiscard]] QString execAsSuperuser(const QString& database, const QStringList& statements);

    // Where initdb/pg_ctl live: `pg_config --bindir`, else the newest /usr/lib/postgresql/*/bin.
    // Empty (and *why set) when PostgreSQL's server binaries are not installed.
    static QString serverBinDir(QString* why);

private:
    struct ToolResult
    {
        bool ok = false;
        QString output;
    };
    ToolResult runServerTool(
        const QString& tool, const QStringList& arguments, int timeoutMs, const QString& workingDirectory = {});
    QString writeServerConfig();
    // Stops and removes clusters of earlier runs that were killed before their destructor ran (crash,
    // ctest timeout): folders whose owner.pid names a process that no longer exists. Never touches a
    // folder without that marker, nor one whose owner is alive.
    void reapAbandonedClusters();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    QString m_ownerPassword;
    QString m_supportPassword;
    int m_port = 0;
    bool m_asPostgresUser = false;
    bool m_running = false;
    qint64 m_startMs = 0;
};

} // namespace Fleetdeck::Testing
