#pragma once

#include "core/result.h"
#include "core/store/registryconnection.h"
#include "core/store/storeerror.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>
#include <utility>

class QSqlError;

namespace Fleetdeck {

// One QSqlDatabase connection (QSQLITE or QPSQL) under a name no other instance uses, plus the migration
// runner shared by the registry and the local cache. Synchronous; use it on one thread only.
class Database
{
public:
    enum class Driver
    {
        Sqlite,
        Postgres,
    };
    struct SqliteOptions
    {
        bool readOnly = false; // opened with QSQLITE_OPEN_READONLY: SQLite itself refuses every write
        bool wal = false; // journal_mode=WAL + synchronous=NORMAL (the cache)
        int busyTimeoutMs = 5000;
    };
    // (name, value) pairs bound to the ":name" placeholders of one statement.
    using Bindings = QList<std::pair<QString, QVariant>>;

    struct Migration
    {
        int version = 0;
        QString fileName; // "0001_initial.sql"
        QString path; // ":/migrations/registry/0001_initial.sql"
    };

    static Result<std::unique_ptr<Database>, StoreError> openSqlite(
        const QString& filePath, const SqliteOptions& options);
    static Result<std::unique_ptr<Database>, StoreError> openPostgres(const RegistryConnection& connection);
    // Dispatches on connection.driver; sqlite honours connection.readOnly.
    static Result<std::unique_ptr<Database>, StoreError> open(const RegistryConnection& connection);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] Driver driver() const { return m_driver; }
    [[nodiscard]] bool isPostgres() const { return m_driver == Driver::Postgres; }
    [[nodiscard]] QString connectionName() const { return m_connectionName; }
    [[nodiscard]] QSqlDatabase& handle() { return m_db; }
    // SQLite: journal_mode=WAL + synchronous=NORMAL. Persistent: it rewrites the file header.
    Result<Done, StoreError> enableWal();

    // Prepares, binds and runs one statement. Inside a write transaction a failure rolls the transaction
    // back at once (PostgreSQL aborts it anyway), so nothing of a failed write stays behind.
    Result<QSqlQuery, StoreError> exec(const QString& sql, const Bindings& bindings = {});
    // A prepared statement to run many times (bind + execPrepared); for hot loops.
    Result<QSqlQuery, StoreError> prepare(const QString& sql);
    Result<Done, StoreError> execPrepared(QSqlQuery& query);

    // SQLite: BEGIN IMMEDIATE (takes the write lock up front, so a read-then-write never deadlocks);
    // PostgreSQL: BEGIN.
    Result<Done, StoreError> beginWrite();
    Result<Done, StoreError> commit();
    void rollback(); // no-op outside a transaction
    [[nodiscard]] bool inTransaction() const { return m_inTransaction; }

    // Rolls back on destruction unless commit() succeeded.
    class WriteTransaction
    {
    public:
        explicit WriteTransaction(Database& db);
        ~WriteTransaction();
        WriteTransaction(const WriteTransaction&) = delete;
        WriteTransaction& operator=(const WriteTransaction&) = delete;
        [[nodiscard]] const std::optional<StoreError>& beginError() const { return m_beginError; }
        Result<Done, StoreError> commit();

    private:
        Database& m_db;
        std::optional<StoreError> m_beginError;
        bool m_done = false;
    };

    // Maps a driver error: permission denied / read-only transaction / read-only file -> ReadOnly,
    // unique violation -> Conflict, lost connection -> Connection, the rest -> Query.
    [[nodiscard]] StoreError errorFrom(const QSqlError& error, const QString& context) const;
    // True for the codes of errorFrom()'s ReadOnly mapping (StoreError::nativeCode).
    [[nodiscard]] bool isWriteRefusalCode(const QString& nativeCode) const;

    // ---- migrations ----
    // The numbered files of a folder (":/migrations/registry" or a directory on disk), in order.
    static Result<QList<Migration>, StoreError> migrationsIn(const QString& folder);
    // Highest applied version, 0 when there is no schema_version table yet.
    Result<int, StoreError> schemaVersion();
    // Applies the missing files, each in its own transaction together with its schema_version row.
    // Returns the number of files applied. SchemaTooNew when the database is ahead of the files.
    Result<int, StoreError> migrate(const QString& folder, const QString& databaseLabel);
    // "@ID@" etc. for this driver (see resources/migrations/README.md).
    [[nodiscard]] QString substituteTokens(const QString& sql) const;
    // Splits a migration at ';' outside quotes, comments and $$ bodies; drops empty statements.
    static QStringList splitStatements(const QString& sql);

    // ---- values ----
    // ISO-8601 UTC with milliseconds ("2024-05-01T10:00:00.000Z"); NULL for an invalid time.
    static QVariant timeValue(const QDateTime& time);
    // Reads what timeValue() wrote (QSQLITE gives text, QPSQL a QDateTime); invalid for NULL.
    static QDateTime timeFrom(const QVariant& value);
    // Text for a NOT NULL column: Qt binds a null QString as SQL NULL, this binds it as ''.
    static QVariant textValue(const QString& text);
    static QDateTime nowUtc(); // millisecond precision, so what is written is what is read back

private:
    Database(Driver driver, QString connectionName);
    Result<Done, StoreError> applyMigration(const Migration& migration, const QString& databaseLabel);

    Driver m_driver;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_inTransaction = false;
};

} // namespace Fleetdeck
