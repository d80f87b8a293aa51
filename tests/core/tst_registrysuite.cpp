#include "tst_registrysuite.h"

#include "core/store/database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <functional>
#include <optional>

namespace Fleetdeck::Testing {

using namespace Qt::StringLiterals;

namespace {

const QString kActor = u"alice@ops.test"_s;

// A plain QSqlDatabase beside the registry's own connection, closed and removed on destruction.
class RawDb
{
public:
    explicit RawDb(const RegistryConnection& connection)
        : m_name(u"raw-"_s + QUuid::createUuid().toString(QUuid::Id128))
    {
        m_db = QSqlDatabase::addDatabase(connection.isPostgres() ? u"QPSQL"_s : u"QSQLITE"_s, m_name);
        if (connection.isPostgres()) {
            m_db.setHostName(connection.host);
            m_db.setPort(connection.port);
            m_db.setDatabaseName(connection.database);
            m_db.setUserName(connection.user);
            m_db.setPassword(connection.password);
        } else {
            m_db.setDatabaseName(connection.path);
        }
        m_db.open();
    }
    ~RawDb()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;
    QSqlDatabase& db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

std::unique_ptr<Registry> openRegistry(const RegistryConnection& connection, QString* error)
{
    auto opened = Registry::open(connection, kActor);
    if (!opened) {
        *error = opened.error().message;
        return nullptr;
    }
    return std::move(opened).value();
}

template <typename T> QString errorOf(const Result<T, StoreError>& result)
{
    return result ? QString() : result.error().message;
}

// The error of a call that must fail; an unexpected success becomes an error no test expects, so the
// comparison that follows fails with a readable message instead of an exception.
template <typename T> StoreError failureOf(const Result<T, StoreError>& result)
{
    if (result)
        return StoreError::make(StoreError::Kind::Query, u"(the call unexpectedly succeeded)"_s);
    return result.error();
}

QJsonObject newestDetails(Registry& registry)
{
    auto log = registry.auditLog({}, 1);
    if (!log || log->isEmpty())
        return {};
    return QJsonDocument::fromJson(log->first().details.toUtf8()).object();
}

} // namespace

// ---- helpers ----

QString RegistrySuite::rawExec(const RegistryConnection& connection, const QString& sql)
{
    RawDb raw(connection);
    if (!raw.db().isOpen())
        return raw.db().lastError().text();
    QSqlQuery query(raw.db());
    if (!query.exec(sql))
        return query.lastError().text().isEmpty() ? u"failed"_s : query.lastError().text();
    return {};
}

QVariant RegistrySuite::rawScalar(const RegistryConnection& connection, const QString& sql)
{
    RawDb raw(connection);
    QSqlQuery query(raw.db());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

int RegistrySuite::rowCount(const RegistryConnection& connection, const QString& table)
{
    const QVariant count = rawScalar(connection, u"SELECT count(*) FROM "_s + table);
    return count.isValid() ? count.toInt() : -1;
}

QString RegistrySuite::plantRejectTrigger(const RegistryConnection& connection, const QString& name,
    const QString& table, const QString& column, const QString& value)
{
    if (!connection.isPostgres()) {
        return rawExec(connection,
            u"CREATE TRIGGER %1 BEFORE INSERT ON %2 WHEN NEW.%3 = '%4' "
            u"BEGIN SELECT RAISE(ABORT, 'rejected by the test'); END"_s.arg(name, table, column, value));
    }
    const QString function = rawExec(connection,
        u"CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        u"IF NEW.%2 = '%3' THEN RAISE EXCEPTION 'rejected by the test'; END IF; RETURN NEW; END $$"_s.arg(
            name, column, value));
    if (!function.isEmpty())
        return function;
    return rawExec(
        connection, u"CREATE TRIGGER %1 BEFORE INSERT ON %2 FOR EACH ROW EXECUTE FUNCTION %1()"_s.arg(name, table));
}

QString RegistrySuite::dropRejectTrigger(
    const RegistryConnection& connection, const QString& name, const QString& table)
{
    if (!connection.isPostgres())
        return rawExec(connection, u"DROP TRIGGER %1"_s.arg(name));
    if (const QString error = rawExec(connection, u"DROP TRIGGER %1 ON %2"_s.arg(name, table)); !error.isEmpty())
        return error;
    return rawExec(connection, u"DROP FUNCTION %1()"_s.arg(name));
}

Tenant RegistrySuite::sampleTenant(const QString& slug, const QString& name)
{
    using K = TenantEndpoint::Kind;
    Tenant tenant;
    tenant.slug = slug;
    tenant.name = name;
    tenant.contact = u"ops@%1.test"_s.arg(slug);
    tenant.endpoints = {
        {K::Health, u"https://%1.example.test/health"_s.arg(slug)},
        {K::Health, u"https://%1.example.test/api/health"_s.arg(slug)},
        {K::Mautic, u"https://mautic.example.test/%1"_s.arg(slug)},
        {K::EvolutionInstance, slug + u"-wa"_s},
        {K::N8nTag, u"tenant:"_s + slug},
        {K::StripeCustomer, u"cus_"_s + slug},
        {K::GhlLocation, u"loc_"_s + slug},
        {K::Host, slug + u".example.test"_s},
    };
    return tenant;
}

Plan RegistrySuite::samplePlan(const QString& code)
{
    Plan plan;
    plan.code = code;
    plan.name = code.toUpper();
    plan.amountMinor = 4900;
    plan.currency = u"usd"_s;
    plan.interval = u"month"_s;
    plan.intervalCount = 1;
    return plan;
}

// ---- tests ----

void RegistrySuite::migrationsCreateTheSchemaOnce()
{
    const RegistryConnection connection = freshRegistry();
    QString error;
    {
        auto registry = openRegistry(connection, &error);
        QVERIFY2(registry, qPrintable(error));
        QCOMPARE(registry->schemaVersion(), Registry::kSchemaVersion);
        QVERIFY(!registry->isReadOnly());
        QVERIFY2(registry->addTenant(sampleTenant(u"acme"_s, u"Acme"_s)), "add");
    }
    for (const QString& table :
        {u"tenants"_s, u"tenant_endpoints"_s, u"plans"_s, u"audit_log"_s, u"alert_annotations"_s, u"alert_notes"_s})
        QVERIFY2(rowCount(connection, table) >= 0, qPrintable(table));
    const QString indexSql = connection.isPostgres()
        ? u"SELECT count(*) FROM pg_indexes WHERE indexname IN ('audit_log_target_at_idx', 'tenants_name_idx')"_s
        : u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ('audit_log_target_at_idx', "
          u"'tenants_name_idx')"_s;
    QCOMPARE(rawScalar(connection, indexSql).toInt(), 2);

    for (int reopen = 0; reopen < 2; ++reopen) {
        auto registry = openRegistry(connection, &error);
        QVERIFY2(registry, qPrintable(error));
        QCOMPARE(registry->schemaVersion(), Registry::kSchemaVersion);
        QCOMPARE(registry->tenants()->size(), 1);
    }
    QCOMPARE(rowCount(connection, u"schema_version"_s), Registry::kSchemaVersion); // one row per file
    QCOMPARE(rawScalar(connection, u"SELECT MAX(version) FROM schema_version"_s).toInt(), Registry::kSchemaVersion);
    QCOMPARE(rowCount(connection, u"audit_log"_s), 1);
}

void RegistrySuite::schemaTooNewIsRefusedAndNothingIsWritten()
{
    const RegistryConnection connection = freshRegistry();
    QString error;
    {
        auto registry = openRegistry(connection, &error);
        QVERIFY2(registry, qPrintable(error));
        QVERIFY(registry->addTenant(sampleTenant(u"acme"_s, u"Acme"_s)));
    }
    const int newer = Registry::kSchemaVersion + 1;
    QCOMPARE(
        rawExec(connection,
            u"INSERT INTO schema_version (version, applied_at) VALUES (%1, '2030-01-01T00:00:00.000Z')"_s.arg(newer)),
        QString());

    auto refused = Registry::open(connection, kActor);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, StoreError::Kind::SchemaTooNew);
    QCOMPARE(refused.error().foundSchema, newer);
    QCOMPARE(refused.error().knownSchema, Registry::kSchemaVersion);
    const QString shown = refused.error().toDisplayString();
    QVERIFY2(shown.contains(u"upgraded by a newer Fleetdeck (schema %1, this version knows %2)"_s.arg(newer).arg(
                 Registry::kSchemaVersion)),
        qPrintable(shown));
    QVERIFY2(shown.contains(u"update Fleetdeck"_s), qPrintable(shown));
    QCOMPARE(rowCount(connection, u"schema_version"_s), Registry::kSchemaVersion + 1);
    QCOMPARE(rowCount(connection, u"tenants"_s), 1);
    QCOMPARE(rowCount(connection, u"audit_log"_s), 1);
}

void RegistrySuite::failingMigrationRollsBackAndNamesTheFile()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    auto write = [&folder](const QString& name, const QByteArray& sql) {
        QFile file(folder.filePath(name));
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(sql) == sql.size();
    };
    QVERIFY(write(u"0001_base.sql"_s,
        "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at "
        "@TIMESTAMP@ NOT NULL);\n-- a comment; with a semicolon\n"
        "CREATE TABLE alpha (id @ID@, note TEXT DEFAULT 'a;b');\n"));
    QVERIFY(write(u"0002_broken.sql"_s, "CREATE TABLE beta (id @ID@);\nINSERT INTO no_such_table VALUES (1);\n"));

    const RegistryConnection connection = freshRegistry();
    if (!connection.isPostgres()) // Database opens exactly what it is given; Registry makes the folder
        QVERIFY(QDir().mkpath(QFileInfo(connection.path).absolutePath()));
    auto db = Database::open(connection);
    QVERIFY2(db, qPrintable(errorOf(db)));
    auto failed = (*db)->migrate(folder.path(), u"test"_s);
    QVERIFY(!failed);
    QCOMPARE(failed.error().kind, StoreError::Kind::Migration);
    QVERIFY2(failed.error().message.contains(u"0002_broken.sql"_s), qPrintable(failed.error().message));
    QVERIFY2(failed.error().message.contains(u"no_such_table"_s), qPrintable(failed.error().message));
    QVERIFY(failed.error().toDisplayString().contains(u"0002_broken.sql"_s));
    QCOMPARE(*(*db)->schemaVersion(), 1);
    QCOMPARE(rowCount(connection, u"alpha"_s), 0);
    QCOMPARE(rowCount(connection, u"beta"_s), -1); // the whole file was rolled back

    QVERIFY(write(u"0002_broken.sql"_s, "CREATE TABLE beta (id @ID@);\nINSERT INTO alpha (note) VALUES ('x');\n"));
    auto fixed = (*db)->migrate(folder.path(), u"test"_s);
    QVERIFY2(fixed, qPrintable(errorOf(fixed)));
    QCOMPARE(*fixed, 1);
    QCOMPARE(*(*db)->schemaVersion(), 2);
    QCOMPARE(rowCount(connection, u"beta"_s), 0);
    QCOMPARE(*(*db)->migrate(folder.path(), u"test"_s), 0); // idempotent

    QVERIFY(write(u"0003_token.sql"_s, "CREATE TABLE gamma (x @NOPE@);\n"));
    auto token = (*db)->migrate(folder.path(), u"test"_s);
    QVERIFY(!token);
    QVERIFY2(token.error().message.contains(u"@NOPE@"_s), qPrintable(token.error().message));
    QCOMPARE(*(*db)->schemaVersion(), 2);
}

void RegistrySuite::addedTenantRoundTripsEveryField()
{
    const RegistryConnection connection = freshRegistry();
    QString error;
    auto registry = openRegistry(connection, &error);
    QVERIFY2(registry, qPrintable(error));
    QVERIFY(registry->upsertPlan(samplePlan(u"growth"_s)));

    Tenant tenant = sampleTenant(u"acme"_s, u"Acme Corp"_s);
    tenant.plan = u"growth"_s;
    tenant.status = TenantStatus::Suspended;
    tenant.notes = u"Prefers WhatsApp.\nSecond line, \"quoted\" and ünïcode."_s;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    auto added = registry->addTenant(tenant);
    QVERIFY2(added, qPrintable(errorOf(added)));
    QVERIFY(added->id > 0);
    QCOMPARE(added->createdAt.timeSpec(), Qt::UTC);
    QVERIFY(added->createdAt >= before && added->createdAt <= QDateTime::currentDateTimeUtc().addSecs(1));

    auto check = [&](const Tenant& loaded) {
        QCOMPARE(loaded.id, added->id);
        QCOMPARE(loaded.slug, tenant.slug);
        QCOMPARE(loaded.name, tenant.name);
        QCOMPARE(loaded.status, tenant.status);
        QCOMPARE(loaded.plan, tenant.plan);
        QCOMPARE(loaded.contact, tenant.contact);
        QCOMPARE(loaded.notes, tenant.notes);
        QCOMPARE(loaded.endpoints, tenant.endpoints);
        QCOMPARE(loaded.healthUrls().size(), 2);
        QCOMPARE(loaded.createdAt, added->createdAt);
    };
    auto loaded = registry->tenant(u"acme"_s);
    QVERIFY2(loaded, qPrintable(errorOf(loaded)));
    check(*loaded);
    if (QTest::currentTestFailed())
        return;

    registry.reset(); // and again through a new connection: it was really stored
    registry = openRegistry(connection, &error);
    QVERIFY2(registry, qPrintable(error));
    auto all = registry->tenants();
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
    check(all->first());
}

void RegistrySuite::tenantsAreSortedByNameIgnoringCase()
{
    QString error;
    auto registry = openRegistry(freshRegistry(), &error);
    QVERIFY2(registry, qPrintable(error));
    for (const auto& [slug, name] : {std::pair{u"zulu"_s, u"zulu"_s}, std::pair{u"bravo"_s, u"bravo"_s},
             std::pair{u"alpha"_s, u"Alpha"_s}, std::pair{u"charlie"_s, u"Charlie"_s}}) {
        QVERIFY(registry->addTenant(sampleTenant(slug, name)));
    }
    auto tenants = registry->tenants();
    QVERIFY(tenants);
    QStringList names;
    for (const Tenant& tenant : *tenants)
        names << tenant.name;
    QCOMPARE(names, (QStringList{u"Alpha"_s, u"bravo"_s, u"Charlie"_s, u"zulu"_s}));
}

void RegistrySuite::everyWriteLeavesExactlyOneAuditRow()
{
    const RegistryConnection connection = freshRegistry();
    QString error;
    auto registry = openRegistry(connection, &error);
    QVERIFY2(registry, qPrintable(error));

    Tenant renamed = sampleTenant(u"acme"_s, u"Acme Corp"_s);
    renamed.endpoints.removeLast();
    Plan pricier = samplePlan(u"starter"_s);
    pricier.amountMinor = 5900;
    struct Step
    {
        QString action;
        QString target;
        std::function<bool()> write;
    };
    const QList<Step> steps{
        {u"plan.upsert"_s, u"starter"_s,
            [&] {
                return bool(registry->upsertPlan(samplePlan(u"starter"_s)));
            }},
        {u"plan.upsert"_s, u"starter"_s,
            [&] {
                return bool(registry->upsertPlan(pricier));
            }},
        {u"tenant.add"_s, u"acme"_s,
            [&] {
                return bool(registry->addTenant(sampleTenant(u"acme"_s, u"Acme"_s)));
            }},
        {u"tenant.update"_s, u"acme"_s,
            [&] {
                return bool(registry->updateTenant(renamed));
            }},
        {u"tenant.suspend"_s, u"acme"_s,
            [&] {
                return bool(registry->setTenantStatus(u"acme"_s, TenantStatus::Suspended));
            }},
        {u"tenant.reactivate"_s, u"acme"_s,
            [&] {
                return bool(registry->setTenantStatus(u"acme"_s, TenantStatus::Active));
            }},
        {u"tenant.churn"_s, u"acme"_s,
            [&] {
                return bool(registry->setTenantStatus(u"acme"_s, TenantStatus::Churned));
            }},
        {u"tenant.remove"_s, u"acme"_s,
            [&] {
                return bool(registry->removeTenant(u"acme"_s));
            }},
    };
    for (const Step& step : steps) {
        const int before = rowCount(connection, u"audit_log"_s);
        QVERIFY2(step.write(), qPrintable(step.action));
        QCOMPARE(rowCount(connection, u"audit_log"_s), before + 1);
        auto newest = registry->auditLog({}, 1);
        QVERIFY(newest && newest->size() == 1);
        const AuditEntry& entry = newest->first();
        QCOMPARE(entry.action, step.action);
        QCOMPARE(entry.target, step.target);
        QCOMPARE(entry.actor, kActor);
        QVERIFY(qAbs(entry.at.secsTo(QDateTime::currentDateTimeUtc())) < 30);
        QJsonParseError parseError;
        const QJsonDocument details = QJsonDocument::fromJson(entry.details.toUtf8(), &parseError);
        QVERIFY2(details.isObject() && !details.object().isEmpty(), qPrintable(entry.details));
        QVERIFY2(!entry.details.contains(u'\n'), "details are compact JSON");

        if (step.action == u"tenant.update"_s) {
            const QJsonObject name = details.object().value(u"name"_s).toObject();
            QCOMPARE(name.value(u"from"_s).toString(), u"Acme"_s);
            QCOMPARE(name.value(u"to"_s).toString(), u"Acme Corp"_s);
            QVERIFY(details.object().value(u"endpoints"_s).toObject().contains(u"removed"_s));
            QVERIFY2(!details.object().contains(u"contact"_s), "unchanged fields are not listed");
        } else if (step.action == u"tenant.suspend"_s) {
            QCOMPARE(details.object().value(u"status"_s).toObject().value(u"to"_s).toString(), u"suspended"_s);
        } else if (step.target == u"starter"_s && entry.details.contains(u"from"_s)) {
            QCOMPARE(details.object().value(u"amountMinor"_s).toObject().value(u"to"_s).toInt(), 5900);
        }
    }

    const int before = rowCount(connection, u"audit_log"_s);
    Tenant beta = sampleTenant(u"beta"_s, u"Beta"_s);
    beta.plan = u"pro"_s;
    auto imported = registry->importTenants({beta, sampleTenant(u"gamma"_s, u"Gamma"_s)}, {samplePlan(u"pro"_s)});
    QVERIFY2(imported, qPrintable(errorOf(imported)));
    QCOMPARE(*imported, 2);
    QCOMPARE(rowCount(connection, u"audit_log"_s), before + 3); // one per tenant, one for the new plan
    auto log = registry->auditLog({}, 3);
    QVERIFY(log);
    QStringList actions;
    for (const AuditEntry& entry : *log)
        actions << entry.action + u' ' + entry.target;
    actions.sort();
    QCOMPARE(actions, (QStringList{u"plan.upsert pro"_s, u"tenant.import beta"_s, u"tenant.import gamma"_s}));
}

void RegistrySuite::unchangedWritesLeaveNoAuditRow()
{
    const RegistryConnection connection = freshRegistry();
    QString error;
    auto registry = openRegistry(connection, &error);
    QVERIFY2(registry, qPrintable(error));
    QVERIFY(registry->upsertPlan(samplePlan(u"starter"_s)));
    QVERIFY(registry->addTenant(sampleTenant(u"acme"_s, u"Acme"_s)));
    const int before = rowCount(connection, u"audit_log"_s);
    QVERIFY(registry->upsertPlan(samplePlan(u"starter"_s)));
    QVERIFY(registry->setTenantStatus(u"acme"_s, TenantStatus::Active));
    Tenant same = sampleTenant(u"acme"_s, u"  Acme "_s); // trimmed, so the same
    QVERIFY(registry->updateTenant(same));
    QCOMPARE(rowCount(connection, u"audit_log"_s), before);
}

void RegistrySuite::invalidInputIsRefusedBeforeWriting_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("phrase");
    const int invalid = int(StoreError::Kind::Invalid);
    QTest::newRow("slug with spaces") << u"slug"_s << u"Bad Slug"_s << invalid << u"slug \"Bad Slug\""_s;
    QTest::newRow("slug too long") << u"slug"_s << QString(64, u'a') << invalid << u"slug"_s;
    QTest::newRow("slug starting with a dash") << u"slug"_s << u"-acme"_s << invalid << u"slug"_s;
    QTest::newRow("blank name") << u"name"_s << u"   "_s << invalid << u"name is missing"_s;
    QTest::newRow("unknown plan") << u"plan"_s << u"gold"_s << invalid
                                  << u"plan \"gold\" is unknown (known: starter)"_s;
    QTest::newRow("ftp health URL") << u"health"_s << u"ftp://files.example.test/"_s << invalid << u"health URL"_s;
    QTest::newRow("health URL without host") << u"health"_s << u"https://"_s << invalid << u"health URL"_s;
    QTest::newRow("health text that is no URL") << u"health"_s << u"not a url"_s << invalid << u"health URL"_s;
    QTest::newRow("slug taken") << u"slug"_s << u"taken"_s << int(StoreError::Kind::Conflict) << u"already exists"_s;
}

void RegistrySuite::invalidInputIsRefusedBeforeWriting()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, kind);
    QFETCH(QString, phrase);

    const RegistryConnection connection = freshRegistry();
    QString error;
    auto registry = openRegistry(connection, &error);
    QVERIFY2(registry, qPrintable(error));
    QVERIFY(registry->upsertPlan(samplePlan(u"starter"_s)));
    QVERIFY(registry->addTenant(sampleTenant(u"taken"_s, u"Taken"_s)));
    const int tenantsBefore = rowCount(connection, u"tenants"_s);
    const int auditBefore = rowCount(connection, u"audit_log"_s);

    auto apply = [&](Tenant tenant) {
        if (field == u"slug"_s)
            tenant.slug = value;
        else if (field == u"name"_s)
            tenant.name = value;
        else if (field == u"plan"_s)
            tenant.plan = value;
        else if (field == u"health"_s)
            tenant.endpoints = {{TenantEndpoint::Kind::Health, value}};
        return tenant;
    };
    auto added = registry->addTenant(apply(sampleTenant(u"valid-one"_s, u"Valid One"_s)));
    QVERIFY(!added);
    QCOMPARE(int(added.error().kind), kind);
    QVERIFY2(added.error().toDisplayString().contains(phrase), qPrintable(added.error().toDisplayString()));

    if (field != u"slug"_s) { // the same rules guard an update
        auto updated = registry->updateTenant(apply(sampleTenant(u"taken"_s, u"Taken"_s)));
        QVERIFY(!updated);
        QCOMPARE(int(updated.error().kind), kind);
        QCOMPARE(registry->tenant(u"taken"_s)->endpoints, sampleTenant(u"taken"_s, u"Taken"_s).endpoints);
    }
    QCOMPARE(rowCount(connection, u"tenants"_s), tenantsBefore);
    QCOMPARE(rowCount(connection, u"audit_log"_s), auditBefore);
}

void RegistrySuite::unknownSlugIsNotFound()
{
    const RegistryConnection connection = freshRegistry();
    QString error;
    auto registry = openRegistry(connection, &error);
    QVERIFY2(registry, qPrintable(error));
    const QList<StoreError> errors{
        failureOf(registry->tenant(u"ghost"_s)),
        failureOf(registry->updateTenant(sampleTenant(u"ghost"_s, u"Ghost"_s))),
        failureOf(registry->setTenantStatus(u"ghost"_s, TenantStatus::Suspended)),
        failureOf(registry->removeTenant(u"ghost"_s)),
    };
    for (const StoreError& e : errors) {
        QCOMPARE(e.kind, StoreError::Kind::NotFound);
        QVERIFY2(e.toDisplayString().contains(u"\"ghost\""_s), qPrintable(e.toDisplayString()));
    }
    QCOMPARE(rowCount(connection, u"audit_log"_s), 0);
}

void RegistrySuite::failedWriteLeavesNeitherTheChangeNorAnAuditRow()
{
    const RegistryConnection connection = freshRegistry();
    QString error;
    auto registry = openRegistry(connection, &error);
    QVERIFY2(registry, qPrintable(error));
    const Tenant acme = sampleTenant(u"acme"_s, u"Acme"_s);
    QVERIFY(registry->addTenant(acme));
    const int auditBefore = rowCount(connection, u"audit_log"_s);
    const int endpointsBefore = rowCount(connection, u"tenant_endpoints"_s);

    // The audit row is written after the change, so a refused audit row proves the change is rolled back.
    QCOMPARE(plantRejectTrigger(connection, u"refuse_doomed"_s, u"audit_log"_s, u"target"_s, u"doomed"_s), QString());
    QCOMPARE(plantRejectTrigger(connection, u"refuse_acme"_s, u"audit_log"_s, u"target"_s, u"acme"_s), QString());

    QVERIFY(!registry->addTenant(sampleTenant(u"doomed"_s, u"Doomed"_s)));
    QCOMPARE(failureOf(registry->tenant(u"doomed"_s)).kind, StoreError::Kind::NotFound);

    Tenant renamed = acme;
    renamed.name = u"Acme Renamed"_s;
    renamed.endpoints = {{TenantEndpoint::Kind::Health, u"https://new.example.test/health"_s}};
    QVERIFY(!registry->updateTenant(renamed));
    QVERIFY(!registry->setTenantStatus(u"acme"_s, TenantStatus::Suspended));
    QVERIFY(!registry->removeTenant(u"acme"_s));

    auto current = registry->tenant(u"acme"_s);
    QVERIFY2(current, qPrintable(errorOf(current)));
    QCOMPARE(current->name, acme.name);
    QCOMPARE(current->status, TenantStatus::Active);
    QCOMPARE(current->endpoints, acme.endpoints);
    QCOMPARE(rowCount(connection, u"tenants"_s), 1);
    QCOMPARE(rowCount(connection, u"tenant_endpoints"_s), endpointsBefore);
    QCOMPARE(rowCount(connection, u"audit_log"_s), auditBefore);

    // The connection is healthy afterwards: no transaction was left open.
    QCOMPARE(dropRejectTrigger(connection, u"refuse_acme"_s, u"audit_log"_s), QString());
    QVERIFY2(registry->updateTenant(renamed), "update after the failures");
    QCOMPARE(registry->tenant(u"acme"_s)->name, renamed.name);
    QCOMPARE(rowCount(connection, u"audit_log"_s), auditBefore + 1);
}

void RegistrySuite::importIsAllOrNothing()
{
    const RegistryConnection connection = freshRegistry();
    QString error;
    auto registry = openRegistry(connection, &error);
    QVERIFY2(registry, qPrintable(error));
    QVERIFY(registry->addTenant(sampleTenant(u"alpha"_s, u"Alpha"_s)));
    const int endpointsBefore = rowCount(connection, u"tenant_endpoints"_s);

    QList<Tenant> batch;
    for (const QString& slug : {u"beta"_s, u"gamma"_s, u"delta"_s}) {
        Tenant tenant = sampleTenant(slug, slug.toUpper());
        tenant.plan = u"pro"_s;
        batch << tenant;
    }
    // The database refuses the second tenant, after the plan and the first tenant were written.
    QCOMPARE(plantRejectTrigger(connection, u"refuse_gamma"_s, u"tenants"_s, u"slug"_s, u"gamma"_s), QString());
    auto failed = registry->importTenants(batch, {samplePlan(u"pro"_s)});
    QVERIFY(!failed);
    QCOMPARE(rowCount(connection, u"tenants"_s), 1);
    QCOMPARE(rowCount(connection, u"plans"_s), 0);
    QCOMPARE(rowCount(connection, u"tenant_endpoints"_s), endpointsBefore);
    QCOMPARE(rowCount(connection, u"audit_log"_s), 1);

    QCOMPARE(dropRejectTrigger(connection, u"refuse_gamma"_s, u"tenants"_s), QString());
    auto imported = registry->importTenants(batch, {samplePlan(u"pro"_s)});
    QVERIFY2(imported, qPrintable(errorOf(imported)));
    QCOMPARE(*imported, 3);
    QCOMPARE(rowCount(connection, u"tenants"_s), 4);
    QCOMPARE(rowCount(connection, u"plans"_s), 1);
    QCOMPARE(rowCount(connection, u"audit_log"_s), 1 + 3 + 1);
    QCOMPARE(registry->tenant(u"delta"_s)->plan, u"pro"_s);
}

void RegistrySuite::importRefusesInvalidTenantsWithoutWriting()
{
    const RegistryConnection connection = freshRegistry();
    QString error;
    auto registry = openRegistry(connection, &error);
    QVERIFY2(registry, qPrintable(error));
    QVERIFY(registry->addTenant(sampleTenant(u"alpha"_s, u"Alpha"_s)));

    Tenant gold = sampleTenant(u"beta"_s, u"Beta"_s);
    gold.plan = u"gold"_s;
    Plan badPlan = samplePlan(u"pro"_s);
    badPlan.interval = u"fortnight"_s;
    struct Case
    {
        QList<Tenant> tenants;
        QList<Plan> plans;
        StoreError::Kind kind;
        QString phrase;
    };
    const QList<Case> cases{
        {{gold}, {}, StoreError::Kind::Invalid, u"\"gold\""_s},
        {{sampleTenant(u"beta"_s, u"Beta"_s), sampleTenant(u"alpha"_s, u"Alpha again"_s)}, {},
            StoreError::Kind::Conflict, u"alpha"_s},
        {{sampleTenant(u"beta"_s, u"Beta"_s), sampleTenant(u"beta"_s, u"Beta twice"_s)}, {}, StoreError::Kind::Invalid,
            u"listed twice"_s},
        {{sampleTenant(u"beta"_s, u"Beta"_s)}, {badPlan}, StoreError::Kind::Invalid, u"fortnight"_s},
    };
    for (const Case& c : cases) {
        auto result = registry->importTenants(c.tenants, c.plans);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, c.kind);
        QVERIFY2(result.error().toDisplayString().contains(c.phrase), qPrintable(result.error().toDisplayString()));
    }
    QCOMPARE(rowCount(connection, u"tenants"_s), 1);
    QCOMPARE(rowCount(connection, u"plans"_s), 0);
    QCOMPARE(rowCount(connection, u"audit_log"_s), 1);
}

void RegistrySuite::removeTenantRemovesItsEndpoints()
{
    const RegistryConnection connection = freshRegistry();
    QString error;
    auto registry = openRegistry(connection, &error);
    QVERIFY2(registry, qPrintable(error));
    QVERIFY(registry->addTenant(sampleTenant(u"acme"_s, u"Acme"_s)));
    QVERIFY(registry->addTenant(sampleTenant(u"beta"_s, u"Beta"_s)));
    const int perTenant = int(sampleTenant(u"x"_s, u"X"_s).endpoints.size());
    QCOMPARE(rowCount(connection, u"tenant_endpoints"_s), 2 * perTenant);

    QVERIFY(registry->removeTenant(u"acme"_s));
    QCOMPARE(rowCount(connection, u"tenant_endpoints"_s), perTenant);
    QCOMPARE(failureOf(registry->tenant(u"acme"_s)).kind, StoreError::Kind::NotFound);
    QCOMPARE(registry->tenant(u"beta"_s)->endpoints.size(), perTenant);
    const QJsonObject details = newestDetails(*registry);
    QCOMPARE(details.value(u"name"_s).toString(), u"Acme"_s); // what was removed stays readable in the log
}

void RegistrySuite::auditLogIsNewestFirstAndFiltersByTarget()
{
    QString error;
    auto registry = openRegistry(freshRegistry(), &error);
    QVERIFY2(registry, qPrintable(error));
    QVERIFY(registry->addTenant(sampleTenant(u"a"_s, u"A"_s)));
    QVERIFY(registry->addTenant(sampleTenant(u"b"_s, u"B"_s)));
    QVERIFY(registry->setTenantStatus(u"a"_s, TenantStatus::Suspended));

    auto all = registry->auditLog();
    QVERIFY(all);
    QStringList seen;
    for (const AuditEntry& entry : *all)
        seen << entry.action + u' ' + entry.target;
    QCOMPARE(seen, (QStringList{u"tenant.suspend a"_s, u"tenant.add b"_s, u"tenant.add a"_s}));
    QVERIFY(all->at(0).at >= all->at(2).at);
    QVERIFY(all->at(0).id > all->at(2).id);

    auto forA = registry->auditLog(u"a"_s);
    QVERIFY(forA);
    QCOMPARE(forA->size(), 2);
    QCOMPARE(forA->first().action, u"tenant.suspend"_s);
    QCOMPARE(registry->auditLog({}, 2)->size(), 2);
    QCOMPARE(registry->auditLog({}, 0)->size(), 3);
    QCOMPARE(registry->auditLog(u"nobody"_s)->size(), 0);
}

void RegistrySuite::auditDetailsNeverHoldNotesOrTheConnectionPassword()
{
    const RegistryConnection connection = freshRegistry();
    QString error;
    auto registry = openRegistry(connection, &error);
    QVERIFY2(registry, qPrintable(error));
    Tenant tenant = sampleTenant(u"acme"_s, u"Acme"_s);
    tenant.notes = u"the admin password is hunter2"_s;
    QVERIFY(registry->addTenant(tenant));
    tenant.notes = u"correct horse battery staple"_s;
    QVERIFY(registry->updateTenant(tenant));
    auto log = registry->auditLog();
    QVERIFY(log);
    QCOMPARE(log->size(), 2);
    for (const AuditEntry& entry : *log) {
        QVERIFY2(!entry.details.contains(u"hunter2"_s), qPrintable(entry.details));
        QVERIFY2(!entry.details.contains(u"horse"_s), qPrintable(entry.details));
    }
    QVERIFY(log->first().details.contains(u"notes"_s)); // that they changed is recorded

    QCOMPARE(registry->connectionName(), connection.displayName());
    if (!connection.password.isEmpty())
        QVERIFY2(!registry->connectionName().contains(connection.password), "password in the display name");
    QVERIFY(registry->connectionName().startsWith(connection.isPostgres() ? u"postgres://"_s : u"sqlite:"_s));
}

void RegistrySuite::plansRoundTripAndAreValidated()
{
    const RegistryConnection connection = freshRegistry();
    QString error;
    auto registry = openRegistry(connection, &error);
    QVERIFY2(registry, qPrintable(error));
    Plan yearly = samplePlan(u"yearly"_s);
    yearly.amountMinor = 49000;
    yearly.currency = u"EUR"_s; // stored lower-case
    yearly.interval = u"year"_s;
    QVERIFY(registry->upsertPlan(yearly));
    QVERIFY(registry->upsertPlan(samplePlan(u"growth"_s)));

    auto plans = registry->plans();
    QVERIFY(plans);
    QCOMPARE(plans->size(), 2);
    QCOMPARE(plans->at(0).code, u"growth"_s);
    QCOMPARE(plans->at(1).amountMinor, qint64(49000));
    QCOMPARE(plans->at(1).currency, u"eur"_s);
    QCOMPARE(plans->at(1).interval, u"year"_s);
    QCOMPARE(plans->at(1).intervalCount, 1);

    const int auditBefore = rowCount(connection, u"audit_log"_s);
    const QList<std::pair<std::function<void(Plan&)>, QString>> invalid{
        {[](Plan& p) { p.interval = u"fortnight"_s; }, u"fortnight"_s},
        {[](Plan& p) { p.amountMinor = -1; }, u"negative"_s},
        {[](Plan& p) { p.currency = u"dollars"_s; }, u"dollars"_s},
        {[](Plan& p) { p.intervalCount = 0; }, u"at least 1"_s},
        {[](Plan& p) { p.name.clear(); }, u"plan name is missing"_s},
        {[](Plan& p) { p.code = u"has space"_s; }, u"has space"_s},
    };
    for (const auto& [breakIt, phrase] : invalid) {
        Plan plan = samplePlan(u"growth"_s);
        breakIt(plan);
        auto refused = registry->upsertPlan(plan);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StoreError::Kind::Invalid);
        QVERIFY2(refused.error().toDisplayString().contains(phrase), qPrintable(refused.error().toDisplayString()));
    }
    QCOMPARE(rowCount(connection, u"audit_log"_s), auditBefore);
    QCOMPARE(registry->plans()->at(0).amountMinor, qint64(4900));

    Plan pricier = samplePlan(u"growth"_s);
    pricier.amountMinor = 5900;
    QVERIFY(registry->upsertPlan(pricier));
    QCOMPARE(registry->plans()->at(0).amountMinor, qint64(5900));
    const QJsonObject change = newestDetails(*registry).value(u"amountMinor"_s).toObject();
    QCOMPARE(change.value(u"from"_s).toInteger(), qint64(4900));
    QCOMPARE(change.value(u"to"_s).toInteger(), qint64(5900));
}

void RegistrySuite::readOnlyConnectionRefusesEveryWrite()
{
    const RegistryConnection owner = freshRegistry();
    QString error;
    {
        auto registry = openRegistry(owner, &error);
        QVERIFY2(registry, qPrintable(error));
        QVERIFY(registry->upsertPlan(samplePlan(u"starter"_s)));
        QVERIFY(registry->addTenant(sampleTenant(u"acme"_s, u"Acme"_s)));
    }
    auto registry = openRegistry(readOnlyView(owner), &error);
    QVERIFY2(registry, qPrintable(error));
    QVERIFY(registry->isReadOnly());
    QCOMPARE(registry->schemaVersion(), Registry::kSchemaVersion);
    QCOMPARE(registry->tenants()->size(), 1); // reading works
    QCOMPARE(registry->plans()->size(), 1);
    QCOMPARE(registry->auditLog()->size(), 2);

    Tenant renamed = sampleTenant(u"acme"_s, u"Renamed"_s);
    const QList<StoreError> errors{
        failureOf(registry->addTenant(sampleTenant(u"beta"_s, u"Beta"_s))),
        failureOf(registry->updateTenant(renamed)),
        failureOf(registry->setTenantStatus(u"acme"_s, TenantStatus::Suspended)),
        failureOf(registry->removeTenant(u"acme"_s)),
        failureOf(registry->importTenants({sampleTenant(u"gamma"_s, u"Gamma"_s)})),
        failureOf(registry->upsertPlan(samplePlan(u"pro"_s))),
    };
    for (const StoreError& e : errors) {
        QCOMPARE(e.kind, StoreError::Kind::ReadOnly);
        QVERIFY2(e.toDisplayString().contains(u"read-only (support) connection"_s), qPrintable(e.toDisplayString()));
        QVERIFY2(e.nativeCode.isEmpty(), "refused before reaching the database");
    }
    QCOMPARE(rowCount(owner, u"tenants"_s), 1);
    QCOMPARE(rowCount(owner, u"plans"_s), 1);
    QCOMPARE(rowCount(owner, u"audit_log"_s), 2);
    QCOMPARE(rawScalar(owner, u"SELECT name FROM tenants"_s).toString(), u"Acme"_s);
}

void RegistrySuite::serverRefusalIsMappedToReadOnlyAndRolledBack()
{
    const RegistryConnection owner = freshRegistry();
    QString error;
    {
        auto registry = openRegistry(owner, &error);
        QVERIFY2(registry, qPrintable(error));
        QVERIFY(registry->upsertPlan(samplePlan(u"starter"_s)));
        QVERIFY(registry->addTenant(sampleTenant(u"acme"_s, u"Acme"_s)));
    }
    auto registry = openRegistry(readOnlyView(owner), &error);
    QVERIFY2(registry, qPrintable(error));
    QVERIFY(registry->isReadOnly());
    registry->setReadOnlyGuardEnabledForTesting(false); // let every write reach the database

    Tenant renamed = sampleTenant(u"acme"_s, u"Renamed"_s);
    const QList<StoreError> errors{
        failureOf(registry->addTenant(sampleTenant(u"beta"_s, u"Beta"_s))),
        failureOf(registry->updateTenant(renamed)),
        failureOf(registry->setTenantStatus(u"acme"_s, TenantStatus::Suspended)),
        failureOf(registry->removeTenant(u"acme"_s)),
        failureOf(registry->importTenants({sampleTenant(u"gamma"_s, u"Gamma"_s)})),
        failureOf(registry->upsertPlan(samplePlan(u"pro"_s))),
    };
    for (const StoreError& e : errors) {
        QCOMPARE(e.kind, StoreError::Kind::ReadOnly);
        QVERIFY2(!e.nativeCode.isEmpty(), qPrintable(u"not the server's refusal: "_s + e.message));
        QVERIFY2(e.toDisplayString().contains(u"read-only (support) connection"_s), qPrintable(e.toDisplayString()));
    }
    QCOMPARE(rowCount(owner, u"tenants"_s), 1);
    QCOMPARE(rowCount(owner, u"plans"_s), 1);
    QCOMPARE(rowCount(owner, u"audit_log"_s), 2);
    QCOMPARE(rawScalar(owner, u"SELECT name FROM tenants"_s).toString(), u"Acme"_s);
    // Rolled back, not left hanging: the same connection still reads.
    QCOMPARE(registry->tenants()->size(), 1);
}

void RegistrySuite::readOnlyConnectionDoesNotMigrate()
{
    auto refused = Registry::open(readOnlyViewOfUnmigrated(), kActor);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, StoreError::Kind::ReadOnly);
    QCOMPARE(refused.error().foundSchema, 0);
    QCOMPARE(refused.error().knownSchema, Registry::kSchemaVersion);
    const QString shown = refused.error().toDisplayString();
    QVERIFY2(shown.contains(u"connect once with a writable role to upgrade"_s), qPrintable(shown));
}

// ---- alerts ----

void RegistrySuite::alertAcknowledgementRoundTripsWithItsAuditRow()
{
    const RegistryConnection connection = freshRegistry();
    QString error;
    auto registry = openRegistry(connection, &error);
    QVERIFY2(registry, qPrintable(error));
    const QString id = u"endpoint_down:pizza-co"_s;

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    auto acknowledged = registry->acknowledgeAlert(id, u"bob"_s, u"  restarting the container  "_s);
    QVERIFY2(acknowledged, qPrintable(errorOf(acknowledged)));
    QCOMPARE(acknowledged->owner, u"bob"_s);
    QCOMPARE(acknowledged->note, u"restarting the container"_s);
    QCOMPARE(acknowledged->updatedBy, kActor);
    QVERIFY(acknowledged->updatedAt >= before);

    auto annotations = registry->alertAnnotations();
    QVERIFY2(annotations, qPrintable(errorOf(annotations)));
    QCOMPARE(annotations->size(), 1);
    const AlertAnnotation& stored = annotations->first();
    QCOMPARE(stored.alertId, id);
    QCOMPARE(stored.state, AlertAnnotation::State::Acknowledged);
    QCOMPARE(stored.owner, u"bob"_s);
    QCOMPARE(stored.note, u"restarting the container"_s);
    QCOMPARE(stored.updatedBy, kActor);
    QCOMPARE(stored.updatedAt, acknowledged->updatedAt);
    QVERIFY(!stored.silencedUntil.isValid());

    auto log = registry->auditLog(id);
    QVERIFY(log);
    QCOMPARE(log->size(), 1);
    QCOMPARE(log->first().action, u"alert.acknowledge"_s);
    QCOMPARE(log->first().actor, kActor);
    const QJsonObject details = QJsonDocument::fromJson(log->first().details.toUtf8()).object();
    QCOMPARE(details.value(u"owner"_s).toString(), u"bob"_s);
    QCOMPARE(details.value(u"noteLength"_s).toInt(), 24);
    QVERIFY2(!log->first().details.contains(u"container"_s), "the note's text stays out of the audit log");

    // The same acknowledgement again changes nothing; an empty owner means the console's user.
    QVERIFY(registry->acknowledgeAlert(id, u"bob"_s, u"restarting the container"_s));
    QCOMPARE(rowCount(connection, u"audit_log"_s), 1);
    auto mine = registry->acknowledgeAlert(id, {}, {});
    QVERIFY(mine);
    QCOMPARE(mine->owner, kActor);
    QCOMPARE(rowCount(connection, u"audit_log"_s), 2);
    QCOMPARE(rowCount(connection, u"alert_annotations"_s), 1);

    QVERIFY(registry->unacknowledgeAlert(id));
    QCOMPARE(registry->alertAnnotations()->size(), 0);
    QCOMPARE(registry->auditLog(id, 1)->first().action, u"alert.unacknowledge"_s);
    QVERIFY(registry->unacknowledgeAlert(id)); // already open: fine, and not audited
    QCOMPARE(rowCount(connection, u"audit_log"_s), 3);

    // Survives the console: a new connection reads what the first wrote.
    QVERIFY(registry->acknowledgeAlert(id, u"carol"_s, u"on it"_s));
    registry.reset();
    registry = openRegistry(connection, &error);
    QVERIFY2(registry, qPrintable(error));
    QCOMPARE(registry->alertAnnotations()->first().owner, u"carol"_s);
}

void RegistrySuite::twoConsolesSeeEachOthersAcknowledgementsAndNotes()
{
    const RegistryConnection connection = freshRegistry();
    auto first = Registry::open(connection, u"alice@ops.test"_s);
    QVERIFY2(first, qPrintable(errorOf(first)));
    auto second = Registry::open(connection, u"bob@support.test"_s);
    QVERIFY2(second, qPrintable(errorOf(second)));
    Registry& alice = **first;
    Registry& bob = **second;
    const QString id = u"disk_usage:host:srv-2"_s;

    QVERIFY(alice.acknowledgeAlert(id, u"alice"_s, u"cleaning old backups"_s));
    auto seenByBob = bob.alertAnnotations();
    QVERIFY2(seenByBob, qPrintable(errorOf(seenByBob)));
    QCOMPARE(seenByBob->size(), 1);
    QCOMPARE(seenByBob->first().owner, u"alice"_s);
    QCOMPARE(seenByBob->first().updatedBy, u"alice@ops.test"_s);

    QVERIFY(bob.addAlertNote(id, u"client asked for an ETA"_s));
    QVERIFY(alice.addAlertNote(id, u"ETA 20 minutes"_s));
    for (Registry* console : {&alice, &bob}) {
        auto notes = console->alertNotes(id);
        QVERIFY2(notes, qPrintable(errorOf(notes)));
        QCOMPARE(notes->size(), 2);
        QCOMPARE(notes->at(0).note, u"client asked for an ETA"_s); // oldest first
        QCOMPARE(notes->at(0).author, u"bob@support.test"_s);
        QCOMPARE(notes->at(1).author, u"alice@ops.test"_s);
        QVERIFY(notes->at(0).id < notes->at(1).id);
    }
    QCOMPARE(alice.alertNotes(id, 1)->first().note, u"ETA 20 minutes"_s); // the newest one
    QCOMPARE(alice.alertNotes(u"endpoint_down:other"_s)->size(), 0);

    // Bob takes it over; Alice sees the new owner, and then that it is open again.
    QVERIFY(bob.acknowledgeAlert(id, u"bob"_s, u"taking over"_s));
    QCOMPARE(alice.alertAnnotations()->first().owner, u"bob"_s);
    QVERIFY(bob.unacknowledgeAlert(id));
    QCOMPARE(alice.alertAnnotations()->size(), 0);

    QStringList actions;
    for (const AuditEntry& entry : *alice.auditLog(id))
        actions.prepend(entry.actor + u' ' + entry.action);
    QCOMPARE(actions,
        (QStringList{u"alice@ops.test alert.acknowledge"_s, u"bob@support.test alert.note"_s,
            u"alice@ops.test alert.note"_s, u"bob@support.test alert.acknowledge"_s,
            u"bob@support.test alert.unacknowledge"_s}));
}

void RegistrySuite::silenceNeedsAFutureEndAndReplacesAnAcknowledgement()
{
    const RegistryConnection connection = freshRegistry();
    QString error;
    auto registry = openRegistry(connection, &error);
    QVERIFY2(registry, qPrintable(error));
    const QString id = u"tls_expiry:pizza-co"_s;
    QVERIFY(registry->acknowledgeAlert(id, u"bob"_s, {}));

    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-60);
    auto refused = registry->silenceAlert(id, past, u"too late"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, StoreError::Kind::Invalid);
    QVERIFY2(refused.error().toDisplayString().contains(u"must end in the future"_s),
        qPrintable(refused.error().toDisplayString()));
    QCOMPARE(failureOf(registry->silenceAlert(id, QDateTime(), {})).kind, StoreError::Kind::Invalid);

    const QDateTime until = QDateTime::currentDateTimeUtc().addDays(2);
    auto silenced = registry->silenceAlert(id, until, u"renewal ordered"_s);
    QVERIFY2(silenced, qPrintable(errorOf(silenced)));
    auto stored = registry->alertAnnotations();
    QVERIFY(stored);
    QCOMPARE(stored->size(), 1); // one per alert: the silence replaced the acknowledgement
    QCOMPARE(stored->first().state, AlertAnnotation::State::Silenced);
    QCOMPARE(stored->first().silencedUntil.toMSecsSinceEpoch(), until.toMSecsSinceEpoch());
    QCOMPARE(stored->first().note, u"renewal ordered"_s);
    QVERIFY(stored->first().silencesAt(QDateTime::currentDateTimeUtc()));
    QVERIFY(!stored->first().silencesAt(until.addSecs(1))); // expired: kept, but quiet no more

    const QJsonObject details = newestDetails(*registry);
    QCOMPARE(details.value(u"from"_s).toString(), u"acknowledged"_s);
    QCOMPARE(details.value(u"state"_s).toString(), u"silenced"_s);
    QVERIFY(details.contains(u"until"_s));
    QCOMPARE(registry->auditLog(id, 1)->first().action, u"alert.silence"_s);
}

void RegistrySuite::invalidAlertInputIsRefusedBeforeWriting()
{
    const RegistryConnection connection = freshRegistry();
    QString error;
    auto registry = openRegistry(connection, &error);
    QVERIFY2(registry, qPrintable(error));
    const QList<StoreError> errors{
        failureOf(registry->acknowledgeAlert(u"   "_s, u"bob"_s, {})),
        failureOf(registry->acknowledgeAlert(QString(301, u'x'), u"bob"_s, {})),
        failureOf(registry->acknowledgeAlert(u"endpoint_down:a"_s, u"bob"_s, QString(4001, u'n'))),
        failureOf(registry->addAlertNote(u"endpoint_down:a"_s, u"  "_s)),
        failureOf(registry->addAlertNote({}, u"hello"_s)),
        failureOf(registry->unacknowledgeAlert({})),
    };
    for (const StoreError& e : errors)
        QCOMPARE(e.kind, StoreError::Kind::Invalid);
    QCOMPARE(rowCount(connection, u"alert_annotations"_s), 0);
    QCOMPARE(rowCount(connection, u"alert_notes"_s), 0);
    QCOMPARE(rowCount(connection, u"audit_log"_s), 0);
}

void RegistrySuite::readOnlyConnectionSeesButRefusesAlertWrites()
{
    const RegistryConnection owner = freshRegistry();
    const QString id = u"endpoint_down:pizza-co"_s;
    QString error;
    {
        auto registry = openRegistry(owner, &error);
        QVERIFY2(registry, qPrintable(error));
        QVERIFY(registry->acknowledgeAlert(id, u"alice"_s, u"on it"_s));
        QVERIFY(registry->addAlertNote(id, u"client informed"_s));
    }
    auto registry = openRegistry(readOnlyView(owner), &error);
    QVERIFY2(registry, qPrintable(error));
    QVERIFY(registry->isReadOnly());
    // Support staff see who handles it...
    auto annotations = registry->alertAnnotations();
    QVERIFY2(annotations, qPrintable(errorOf(annotations)));
    QCOMPARE(annotations->first().owner, u"alice"_s);
    QCOMPARE(registry->alertNotes(id)->size(), 1);

    // ... but cannot change it: refused before the database, and by the database itself.
    const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(3600);
    for (bool guard : {true, false}) {
        registry->setReadOnlyGuardEnabledForTesting(guard);
        const QList<StoreError> errors{
            failureOf(registry->acknowledgeAlert(id, u"mallory"_s, {})),
            failureOf(registry->silenceAlert(id, until, {})),
            failureOf(registry->unacknowledgeAlert(id)),
            failureOf(registry->addAlertNote(id, u"hello"_s)),
        };
        for (const StoreError& e : errors) {
            QCOMPARE(e.kind, StoreError::Kind::ReadOnly);
            QCOMPARE(e.nativeCode.isEmpty(), guard);
            QVERIFY2(
                e.toDisplayString().contains(u"read-only (support) connection"_s), qPrintable(e.toDisplayString()));
        }
    }
    QCOMPARE(rawScalar(owner, u"SELECT owner FROM alert_annotations"_s).toString(), u"alice"_s);
    QCOMPARE(rowCount(owner, u"alert_notes"_s), 1);
    QCOMPARE(rowCount(owner, u"audit_log"_s), 2);
    QCOMPARE(registry->alertAnnotations()->size(), 1); // rolled back, not left hanging
}

void RegistrySuite::failedAlertAuditRowLeavesNoAcknowledgement()
{
    const RegistryConnection connection = freshRegistry();
    QString error;
    auto registry = openRegistry(connection, &error);
    QVERIFY2(registry, qPrintable(error));
    const QString id = u"endpoint_down:doomed"_s;
    QCOMPARE(plantRejectTrigger(connection, u"refuse_alert"_s, u"audit_log"_s, u"target"_s, id), QString());

    QVERIFY(!registry->acknowledgeAlert(id, u"bob"_s, {}));
    QVERIFY(!registry->silenceAlert(id, QDateTime::currentDateTimeUtc().addSecs(600), {}));
    QVERIFY(!registry->addAlertNote(id, u"note"_s));
    QCOMPARE(rowCount(connection, u"alert_annotations"_s), 0);
    QCOMPARE(rowCount(connection, u"alert_notes"_s), 0);
    QCOMPARE(rowCount(connection, u"audit_log"_s), 0);

    QCOMPARE(dropRejectTrigger(connection, u"refuse_alert"_s, u"audit_log"_s), QString());
    QVERIFY2(registry->acknowledgeAlert(id, u"bob"_s, {}), "works once the audit row can be written");
    QCOMPARE(rowCount(connection, u"audit_log"_s), 1);
}

} // namespace Fleetdeck::Testing
