#pragma once

#include <QString>

namespace Fleetdeck {

// How to reach the registry. The password is resolved from the secret store at run time and is
// never written to settings, files or logs.
struct RegistryConnection
{
    QString driver = QStringLiteral("sqlite"); // "sqlite" or "postgres"
    QString path; // sqlite: absolute file path
    QString host = QStringLiteral("127.0.0.1"); // postgres
    int port = 5432;
    QString database;
    QString user;
    QString secret; // name of the secret that holds the password (postgres)
    QString password; // resolved value; transient
    bool readOnly = false; // open without ever writing (sqlite: read-only file mode; postgres: read-only session)

    [[nodiscard]] bool isPostgres() const { return driver == QLatin1String("postgres"); }
    // "sqlite:/path/registry.sqlite" or "postgres://user@host:port/db" — no password, safe to show.
    [[nodiscard]] QString displayName() const;
};

} // namespace Fleetdeck
