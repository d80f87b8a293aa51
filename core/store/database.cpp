#include "core/store/database.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

namespace Fleetdeck {

using namespace Qt::StringLiterals;

namespace {

// Key of the transaction-level advisory lock that serialises migrations on PostgreSQL ("Fleetdk").
constexpr qint64 kMigrationLockKey = 0x466c656574646bLL;

constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteConstraint = 19;

int sqlitePrimaryCode(const QString& nativeCode)
{
    bool ok = false;
    const int code = nativeCode.toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

QString newConnectionName(const QString& kind)
{
    return u"fleetdeck-%1-%2"_s.arg(kind, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

QString excerpt(const QString& statement)
{
    QString oneLine = statement.simplified();
    if (oneLine.size() > 80)
        oneLine = oneLine.left(77) + u"..."_s;
    return oneLine;
}

} // namespace

Database::Database(Driver driver, QString connectionName)
    : m_driver(driver)
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    if (m_inTransaction)
        rollback();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase(); // drop our handle first, or removeDatabase() warns that it is still in use
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>, StoreError> Database::openSqlite(
    const QString& filePath, const SqliteOptions& options)
{
    using R = Result<std::unique_ptr<Database>, StoreError>;
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        return R::failure(StoreError::make(StoreError::Kind::Connection, u"the QSQLITE driver is not available"_s,
            QCoreApplication::translate(
                "Database", "the SQLite driver for Qt is missing (install libqt6sql6-sqlite)")));
    }
    std::unique_ptr<Database> db(new Database(Driver::Sqlite, newConnectionName(u"sqlite"_s)));
    db->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, db->m_connectionName);
    db->m_db.setDatabaseName(filePath);
    QStringList connectOptions{u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(options.busyTimeoutMs)};
    if (options.readOnly)
        connectOptions << u"QSQLITE_OPEN_READONLY"_s;
    db->m_db.setConnectOptions(connectOptions.join(u';'));
    if (!db->m_db.open()) {
        StoreError error = db->errorFrom(db->m_db.lastError(), u"cannot open %1"_s.arg(filePath));
        error.kind = StoreError::Kind::Connection;
        return R::failure(error);
    }

    // These pragmas do not read the file: a file that is not a database fails at the first real statement.
    if (auto r = db->exec(u"PRAGMA foreign_keys = ON"_s); !r)
        return R::failure(r.error());
    if (auto r = db->exec(u"PRAGMA busy_timeout = %1"_s.arg(options.busyTimeoutMs)); !r)
        return R::failure(r.error());
    if (options.wal && !options.readOnly) {
        if (auto r = db->enableWal(); !r)
            return R::failure(r.error());
    }
    return db;
}

Result<Done, StoreError> Database::enableWal()
{
    auto mode = exec(u"PRAGMA journal_mode = WAL"_s);
    if (!mode)
        return Result<Done, StoreError>::failure(mode.error());
    const QString journalMode = mode->next() ? mode->value(0).toString() : QString();
    if (journalMode.compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        qCWarning(lcStore) << "SQLite kept journal mode" << journalMode << "for" << m_db.databaseName();
    // Safe with WAL: a crash may lose the last commit, never corrupt the file.
    if (auto r = exec(u"PRAGMA synchronous = NORMAL"_s); !r)
        return Result<Done, StoreError>::failure(r.error());
    return Done{};
}

Result<std::unique_ptr<Database>, StoreError> Database::openPostgres(const RegistryConnection& connection)
{
    using R = Result<std::unique_ptr<Database>, StoreError>;
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        return R::failure(StoreError::make(StoreError::Kind::Connection, u"the QPSQL driver is not available"_s,
            QCoreApplication::translate("Database",
                "the PostgreSQL driver for Qt is missing "
                "(install libqt6sql6-psql)")));
    }
    std::unique_ptr<Database> db(new Database(Driver::Postgres, newConnectionName(u"postgres"_s)));
    db->m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, db->m_connectionName);
    db->m_db.setHostName(connection.host);
    db->m_db.setPort(connection.port);
    db->m_db.setDatabaseName(connection.database);
    db->m_db.setUserName(connection.user);
    db->m_db.setPassword(connection.password);
    db->m_db.setConnectOptions(u"connect_timeout=5;application_name=Fleetdeck"_s);
    if (!db->m_db.open()) {
        // libpq's message names host, port and user but never the password.
        StoreError error = db->errorFrom(db->m_db.lastError(), u"cannot connect to %1"_s.arg(connection.displayName()));
        error.kind = StoreError::Kind::Connection;
        error.detail = u"%1 (%2)"_s.arg(connection.displayName(), db->m_db.lastError().databaseText().trimmed());
        return R::failure(error);
    }
    if (auto r = db->exec(u"SET TIME ZONE 'UTC'"_s); !r)
        return R::failure(r.error());
    if (connection.readOnly) {
        if (auto r = db->exec(u"SET default_transaction_read_only = on"_s); !r)
            return R::failure(r.error());
    }
    return db;
}

Result<std::unique_ptr<Database>, StoreError> Database::open(const RegistryConnection& connection)
{
    if (connection.isPostgres())
        return openPostgres(connection);
    SqliteOptions options;
    options.readOnly = connection.readOnly;
    return openSqlite(connection.path, options);
}

Result<QSqlQuery, StoreError> Database::exec(const QString& sql, const Bindings& bindings)
{
    using R = Result<QSqlQuery, StoreError>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    bool ok = false;
    if (bindings.isEmpty()) {
        // Not prepared: PostgreSQL cannot PREPARE DDL, and nothing is bound anyway.
        ok = query.exec(sql);
    } else {
        ok = query.prepare(sql);
        if (ok) {
            for (const auto& [name, value] : bindings)
                query.bindValue(name, value);
            ok = query.exec();
        }
    }
    if (!ok) {
        const StoreError error = errorFrom(query.lastError(), excerpt(sql));
        qCWarning(lcStore).noquote() << "statement failed:" << error.message;
        // Roll back while the failed statement still exists: QPSQL deallocates it on destruction, which an
        // aborted transaction would refuse.
        if (m_inTransaction)
            rollback();
        return R::failure(error);
    }
    return query;
}

Result<QSqlQuery, StoreError> Database::prepare(const QString& sql)
{
    using R = Result<QSqlQuery, StoreError>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        const StoreError error = errorFrom(query.lastError(), excerpt(sql));
        qCWarning(lcStore).noquote() << "prepare failed:" << error.message;
        if (m_inTransaction)
            rollback();
        return R::failure(error);
    }
    return query;
}

Result<Done, StoreError> Database::execPrepared(QSqlQuery& query)
{
    if (!query.exec()) {
        const StoreError error = errorFrom(query.lastError(), excerpt(query.lastQuery()));
        qCWarning(lcStore).noquote() << "statement failed:" << error.message;
        if (m_inTransaction)
            rollback();
        return Result<Done, StoreError>::failure(error);
    }
    return Done{};
}

Result<Done, StoreError> Database::beginWrite()
{
    using R = Result<Done, StoreError>;
    if (m_inTransaction)
        return R::failure(StoreError::make(StoreError::Kind::Query, u"a write transaction is already open"_s));
    if (m_driver == Driver::Sqlite) {
        // BEGIN IMMEDIATE takes the write lock now; a deferred BEGIN could fail with SQLITE_BUSY at the
        // first write after a read, without waiting for busy_timeout.
        QSqlQuery query(m_db);
        if (!query.exec(u"BEGIN IMMEDIATE"_s))
            return R::failure(errorFrom(query.lastError(), u"BEGIN IMMEDIATE"_s));
    } else if (!m_db.transaction()) {
        return R::failure(errorFrom(m_db.lastError(), u"BEGIN"_s));
    }
    m_inTransaction = true;
    return Done{};
}

Result<Done, StoreError> Database::commit()
{
    using R = Result<Done, StoreError>;
    if (!m_inTransaction)
        return R::failure(StoreError::make(StoreError::Kind::Query, u"commit without a transaction"_s));
    if (!m_db.commit()) {
        const StoreError error = errorFrom(m_db.lastError(), u"COMMIT"_s);
        qCWarning(lcStore).noquote() << "commit failed:" << error.message;
        rollback();
        return R::failure(error);
    }
    m_inTransaction = false;
    return Done{};
}

void Database::rollback()
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    if (!m_db.rollback())
        qCWarning(lcStore).noquote() << "rollback failed:" << m_db.lastError().text();
}

Database::WriteTransaction::WriteTransaction(Database& db)
    : m_db(db)
{
    auto begun = m_db.beginWrite();
    if (!begun)
        m_beginError = begun.error();
}

Database::WriteTransaction::~WriteTransaction()
{
    if (!m_done && !m_beginError)
        m_db.rollback();
}

Result<Done, StoreError> Database::WriteTransaction::commit()
{
    m_done = true;
    return m_db.commit();
}

StoreError Database::errorFrom(const QSqlError& error, const QString& context) const
{
    StoreError result;
    result.nativeCode = error.nativeErrorCode();
    const QString text = error.text().simplified();
    result.message = result.nativeCode.isEmpty() ? u"%1: %2"_s.arg(context, text)
                                                 : u"%1: %2 [%3]"_s.arg(context, text, result.nativeCode);
    result.kind = StoreError::Kind::Query;
    if (error.type() == QSqlError::ConnectionError)
        result.kind = StoreError::Kind::Connection;
    if (isWriteRefusalCode(result.nativeCode)) {
        result.kind = StoreError::Kind::ReadOnly;
    } else if (m_driver == Driver::Postgres) {
        if (result.nativeCode == u"23505"_s)
            result.kind = StoreError::Kind::Conflict;
        else if (result.nativeCode.startsWith(u"23"_s))
            result.kind = StoreError::Kind::Invalid;
        else if (result.nativeCode.startsWith(u"08"_s) || result.nativeCode.startsWith(u"57P"_s))
            result.kind = StoreError::Kind::Connection;
    } else if (sqlitePrimaryCode(result.nativeCode) == kSqliteConstraint) {
        result.kind =
            text.contains(u"UNIQUE"_s, Qt::CaseInsensitive) ? StoreError::Kind::Conflict : StoreError::Kind::Invalid;
    }
    return result;
}

bool Database::isWriteRefusalCode(const QString& nativeCode) const
{
    if (m_driver == Driver::Postgres) {
        // insufficient_privilege, read_only_sql_transaction
        return nativeCode == u"42501"_s || nativeCode == u"25006"_s;
    }
    return sqlitePrimaryCode(nativeCode) == kSqliteReadOnly;
}

// ---- migrations ----

Result<QList<Database::Migration>, StoreError> Database::migrationsIn(const QString& folder)
{
    using R = Result<QList<Migration>, StoreError>;
    static const QRegularExpression pattern(u"^(\\d{4})_[A-Za-z0-9_.-]+\\.sql$"_s);
    const QDir dir(folder);
    QList<Migration> migrations;
    const QStringList files = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString& fileName : files) {
        const QRegularExpressionMatch match = pattern.match(fileName);
        if (!match.hasMatch()) {
            return R::failure(StoreError::make(
                StoreError::Kind::Migration, u"%1: migration file names are NNNN_name.sql"_s.arg(fileName)));
        }
        migrations.append({match.captured(1).toInt(), fileName, dir.filePath(fileName)});
    }
    if (migrations.isEmpty())
        return R::failure(StoreError::make(StoreError::Kind::Migration, u"no migrations in %1"_s.arg(folder)));
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations.at(i).version != i + 1) {
            return R::failure(StoreError::make(StoreError::Kind::Migration,
                u"%1: expected migration number %2 (no gaps, no duplicates)"_s.arg(migrations.at(i).fileName)
                    .arg(i + 1, 4, 10, QLatin1Char('0'))));
        }
    }
    return migrations;
}

Result<int, StoreError> Database::schemaVersion()
{
    using R = Result<int, StoreError>;
    const QString existsSql = isPostgres()
        ? u"SELECT CASE WHEN to_regclass('schema_version') IS NULL THEN 0 ELSE 1 END"_s
        : u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"_s;
    auto exists = exec(existsSql);
    if (!exists)
        return R::failure(exists.error());
    if (!exists->next() || exists->value(0).toInt() == 0)
        return 0;
    auto version = exec(u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_s);
    if (!version)
        return R::failure(version.error());
    return version->next() ? version->value(0).toInt() : 0;
}

QString Database::substituteTokens(const QString& sql) const
{
    QString out = sql;
    if (isPostgres()) {
        out.replace(u"@ID@"_s, u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s);
        out.replace(u"@TIMESTAMP@"_s, u"TIMESTAMPTZ"_s);
        out.replace(u"@BLOB@"_s, u"BYTEA"_s);
    } else {
        out.replace(u"@ID@"_s, u"INTEGER PRIMARY KEY AUTOINCREMENT"_s);
        out.replace(u"@TIMESTAMP@"_s, u"TEXT"_s);
        out.replace(u"@BLOB@"_s, u"BLOB"_s);
    }
    return out;
}

QStringList Database::splitStatements(const QString& sql)
{
    QStringList statements;
    QString current;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    auto flush = [&] {
        const QString trimmed = current.trimmed();
        if (!trimmed.isEmpty())
            statements << trimmed;
        current.clear();
    };
    while (i < n) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < n ? sql.at(i + 1) : QChar();
        if (c == u'-' && next == u'-') { // comment to end of line
            while (i < n && sql.at(i) != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'/' && next == u'*') {
            const qsizetype end = sql.indexOf(u"*/"_s, i + 2);
            i = end < 0 ? n : end + 2;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"') { // quoted; a doubled quote stays inside
            qsizetype j = i + 1;
            while (j < n) {
                if (sql.at(j) == c) {
                    if (j + 1 < n && sql.at(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            current += sql.mid(i, j - i + 1);
            i = j + 1;
            continue;
        }
        if (c == u'$' && next == u'$') {
            const qsizetype end = sql.indexOf(u"$$"_s, i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            current += sql.mid(i, stop - i);
            i = stop;
            continue;
        }
        if (c == u';') {
            flush();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    flush();
    return statements;
}

Result<int, StoreError> Database::migrate(const QString& folder, const QString& databaseLabel)
{
    using R = Result<int, StoreError>;
    auto migrations = migrationsIn(folder);
    if (!migrations)
        return R::failure(migrations.error());
    auto current = schemaVersion();
    if (!current)
        return R::failure(current.error());
    const int newest = migrations->last().version;
    if (*current > newest) {
        StoreError error = StoreError::make(StoreError::Kind::SchemaTooNew,
            u"the %1 was upgraded by a newer Fleetdeck (schema %2, this version knows %3)"_s.arg(databaseLabel)
                .arg(*current)
                .arg(newest));
        error.foundSchema = *current;
        error.knownSchema = newest;
        return R::failure(error);
    }
    int applied = 0;
    for (const Migration& migration : std::as_const(*migrations)) {
        if (migration.version <= *current)
            continue;
        if (auto r = applyMigration(migration, databaseLabel); !r)
            return R::failure(r.error());
        ++applied;
    }
    return applied;
}

Result<Done, StoreError> Database::applyMigration(const Migration& migration, const QString& databaseLabel)
{
    using R = Result<Done, StoreError>;
    auto migrationError = [&](const StoreError& cause) {
        StoreError error = StoreError::make(StoreError::Kind::Migration,
            u"%1 migration %2 failed: %3"_s.arg(databaseLabel, migration.fileName, cause.message));
        error.nativeCode = cause.nativeCode;
        error.foundSchema = migration.version - 1;
        error.knownSchema = migration.version;
        return R::failure(error);
    };

    QFile file(migration.path);
    if (!file.open(QIODevice::ReadOnly)) {
        return migrationError(StoreError::make(
            StoreError::Kind::Migration, u"cannot read %1: %2"_s.arg(migration.path, file.errorString())));
    }
    // Comments are dropped by the splitter, so only real SQL is checked for tokens left unreplaced.
    const QStringList statements = splitStatements(substituteTokens(QString::fromUtf8(file.readAll())));
    static const QRegularExpression leftoverToken(u"@[A-Z_]+@"_s);
    for (const QString& statement : statements) {
        if (const QRegularExpressionMatch token = leftoverToken.match(statement); token.hasMatch()) {
            return migrationError(
                StoreError::make(StoreError::Kind::Migration, u"unknown token %1"_s.arg(token.captured(0))));
        }
    }

    WriteTransaction transaction(*this);
    if (transaction.beginError())
        return migrationError(*transaction.beginError());
    if (isPostgres()) {
        if (auto r = exec(u"SELECT pg_advisory_xact_lock(:key)"_s, {{u":key"_s, kMigrationLockKey}}); !r)
            return migrationError(r.error());
    }
    // Another console may have applied it while we waited for the lock.
    auto current = schemaVersion();
    if (!current)
        return migrationError(current.error());
    if (*current >= migration.version)
        return transaction.commit();

    for (const QString& statement : statements) {
        if (auto r = exec(statement); !r)
            return migrationError(r.error());
    }
    auto recorded = exec(u"INSERT INTO schema_version (version, applied_at) VALUES (:version, :at)"_s,
        {{u":version"_s, migration.version}, {u":at"_s, timeValue(nowUtc())}});
    if (!recorded)
        return migrationError(recorded.error());
    if (auto r = transaction.commit(); !r)
        return migrationError(r.error());
    qCInfo(lcStore).noquote() << "applied" << databaseLabel << "migration" << migration.fileName;
    return Done{};
}

// ---- values ----

QVariant Database::timeValue(const QDateTime& time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime Database::timeFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.metaType() == QMetaType::fromType<QDateTime>())
        return value.toDateTime().toUTC();
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QVariant Database::textValue(const QString& text)
{
    return text.isNull() ? QVariant(QString(u""_s)) : QVariant(text);
}

QDateTime Database::nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace Fleetdeck
