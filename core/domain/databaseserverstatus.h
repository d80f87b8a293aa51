#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Fleetdeck {

// One database of a PostgreSQL server as postgres_exporter reports it.
struct DatabaseUsage
{
    QString name; // datname
    std::optional<double> sizeBytes; // pg_database_size_bytes
    std::optional<int> connections; // sum of pg_stat_activity_count over its states
    QMap<QString, int> connectionsByState; // "active", "idle", "idle in transaction", ...
};

// One PostgreSQL server seen through its postgres_exporter.
struct DatabaseServerStatus
{
    QString instance; // the exporter target, e.g. "srv-1:9187"
    QString job;
    std::optional<bool> up; // pg_up: could the exporter reach the server? absent when not exported
    QList<DatabaseUsage> databases; // sorted by name
    QDateTime at; // UTC
};

} // namespace Fleetdeck
