#include "tests/support/postgrescluster.h"
#include "tst_registrysuite.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

namespace Fleetdeck::Testing {

using namespace Qt::StringLiterals;

namespace {

template <typename T> StoreError failureOf(const Result<T, StoreError>& result)
{
    if (result)
        return StoreError::make(StoreError::Kind::Query, u"(the call unexpectedly succeeded)"_s);
    return result.error();
}

} // namespace

// The registry on a real PostgreSQL server (a private cluster started for this executable), with an
// owner role and a SELECT-only support role. The shared behaviour lives in RegistrySuite.
class TestRegistryPostgres : public RegistrySuite
{
    Q_OBJECT

protected:
    RegistryConnection freshRegistry() override
    {
        const QString name = u"registry_%1"_s.arg(++m_counter);
        if (const QString error = m_cluster.createDatabase(name); !error.isEmpty())
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return m_cluster.ownerConnection(name);
    }
    RegistryConnection readOnlyView(const RegistryConnection& owner) override
    {
        if (const QString error = m_cluster.grantSupportReadAccess(owner.database); !error.isEmpty())
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return m_cluster.supportConnection(owner.database);
    }
    RegistryConnection readOnlyViewOfUnmigrated() override
    {
        return m_cluster.supportConnection(freshRegistry().database);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString error = m_cluster.start();
        QVERIFY2(error.isEmpty(), qPrintable(error)); // fail, never skip, when PostgreSQL is missing
        qInfo("private PostgreSQL cluster on 127.0.0.1:%d ready in %lld ms", m_cluster.port(),
            m_cluster.startMilliseconds());
    }
    void cleanupTestCase() { m_cluster.stop(); }

    void supportRoleSessionIsReadOnlyOnTheServer()
    {
        const RegistryConnection owner = freshRegistry();
        QVERIFY(Registry::open(owner, u"owner"_s));
        QCOMPARE(m_cluster.grantSupportReadAccess(owner.database), QString());
        const RegistryConnection support = m_cluster.supportConnection(owner.database);
        // Even a BEGIN READ WRITE cannot write: the role has SELECT only.
        const QString refused = rawExec(support, u"INSERT INTO plans (code, name) VALUES ('x', 'X')"_s);
        QVERIFY2(refused.contains(u"read-only"_s) || refused.contains(u"permission denied"_s), qPrintable(refused));

        auto registry = Registry::open(support, u"support"_s);
        QVERIFY(registry);
        QVERIFY((*registry)->isReadOnly());
        (*registry)->setReadOnlyGuardEnabledForTesting(false);
        auto write = (*registry)->upsertPlan(samplePlan(u"pro"_s));
        QVERIFY(!write);
        QCOMPARE(write.error().kind, StoreError::Kind::ReadOnly);
        QCOMPARE(write.error().nativeCode, u"25006"_s); // read_only_sql_transaction
    }

    void selectOnlyRoleWithoutReadOnlyDefaultIsDetectedByItsPrivileges()
    {
        const RegistryConnection owner = freshRegistry();
        {
            auto registry = Registry::open(owner, u"owner"_s);
            QVERIFY(registry);
            QVERIFY((*registry)->addTenant(sampleTenant(u"acme"_s, u"Acme"_s)));
        }
        RegistryConnection viewer = owner;
        viewer.user = u"viewer_%1"_s.arg(m_counter);
        viewer.password = u"viewer-password"_s;
        QCOMPARE(m_cluster.execAsSuperuser(owner.database,
                     {u"CREATE ROLE %1 LOGIN PASSWORD 'viewer-password'"_s.arg(viewer.user),
                         u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1"_s.arg(viewer.user)}),
            QString());

        auto registry = Registry::open(viewer, u"viewer"_s);
        QVERIFY2(registry, qPrintable(registry ? QString() : registry.error().message));
        QVERIFY((*registry)->isReadOnly()); // its session is read-write: the privileges tell
        QCOMPARE(
            failureOf((*registry)->addTenant(sampleTenant(u"beta"_s, u"Beta"_s))).kind, StoreError::Kind::ReadOnly);

        (*registry)->setReadOnlyGuardEnabledForTesting(false);
        for (const StoreError& e : {failureOf((*registry)->addTenant(sampleTenant(u"beta"_s, u"Beta"_s))),
                 failureOf((*registry)->removeTenant(u"acme"_s))}) {
            QCOMPARE(e.kind, StoreError::Kind::ReadOnly);
            QCOMPARE(e.nativeCode, u"42501"_s); // insufficient_privilege
        }
        QCOMPARE(rowCount(owner, u"tenants"_s), 1);
        QCOMPARE(rowCount(owner, u"audit_log"_s), 1);
    }

    void roleWithoutCreateRightsDoesNotHalfMigrate()
    {
        // A read-write session, but no right to create tables: the migration is refused by the server,
        // rolled back, and reported as "connect once with a writable role".
        const RegistryConnection fresh = freshRegistry();
        RegistryConnection clerk = fresh;
        clerk.user = u"clerk_%1"_s.arg(m_counter);
        clerk.password = u"clerk-password"_s;
        QCOMPARE(m_cluster.execAsSuperuser(
                     fresh.database, {u"CREATE ROLE %1 LOGIN PASSWORD 'clerk-password'"_s.arg(clerk.user)}),
            QString());
        auto refused = Registry::open(clerk, u"clerk"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StoreError::Kind::ReadOnly);
        QVERIFY2(refused.error().toDisplayString().contains(u"connect once with a writable role"_s),
            qPrintable(refused.error().toDisplayString()));
        QCOMPARE(rowCount(fresh, u"schema_version"_s), -1); // nothing was left behind
    }

    void twoTeamMembersWithTheirOwnRolesSeeEachOthersAcknowledgements()
    {
        // Two consoles as two database users: the owner, and a colleague's own read-write role.
        const RegistryConnection owner = freshRegistry();
        auto ownerRegistry = Registry::open(owner, u"alice@ops.test"_s);
        QVERIFY(ownerRegistry);
        RegistryConnection colleague = owner;
        colleague.user = u"ops_%1"_s.arg(m_counter);
        colleague.password = u"ops-password"_s;
        QCOMPARE(
            m_cluster.execAsSuperuser(owner.database,
                {u"CREATE ROLE %1 LOGIN PASSWORD 'ops-password'"_s.arg(colleague.user),
                    u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1"_s.arg(colleague.user),
                    u"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1"_s.arg(colleague.user)}),
            QString());
        auto colleagueRegistry = Registry::open(colleague, u"bob@ops.test"_s);
        QVERIFY2(colleagueRegistry, qPrintable(colleagueRegistry ? QString() : colleagueRegistry.error().message));
        QVERIFY(!(*colleagueRegistry)->isReadOnly());

        const QString id = u"host_down:host:srv-2"_s;
        QVERIFY((*ownerRegistry)->acknowledgeAlert(id, u"alice"_s, u"rebooting srv-2"_s));
        auto seen = (*colleagueRegistry)->alertAnnotations();
        QVERIFY(seen);
        QCOMPARE(seen->size(), 1);
        QCOMPARE(seen->first().owner, u"alice"_s);
        QCOMPARE(seen->first().note, u"rebooting srv-2"_s);

        auto note = (*colleagueRegistry)->addAlertNote(id, u"three clients called"_s);
        QVERIFY2(note, qPrintable(note ? QString() : note.error().message));
        QVERIFY((*colleagueRegistry)->acknowledgeAlert(id, u"bob"_s, u"taking over"_s));
        QCOMPARE((*ownerRegistry)->alertAnnotations()->first().owner, u"bob"_s);
        QCOMPARE((*ownerRegistry)->alertNotes(id)->first().author, u"bob@ops.test"_s);
        QCOMPARE(rowCount(owner, u"audit_log"_s), 3);
    }

    void readOnlyFlagMakesTheOwnerSessionReadOnly()
    {
        RegistryConnection owner = freshRegistry();
        QVERIFY(Registry::open(owner, u"owner"_s));
        owner.readOnly = true;
        auto registry = Registry::open(owner, u"owner"_s);
        QVERIFY(registry);
        QVERIFY((*registry)->isReadOnly());
        (*registry)->setReadOnlyGuardEnabledForTesting(false);
        auto write = (*registry)->upsertPlan(samplePlan(u"pro"_s));
        QVERIFY(!write);
        QCOMPARE(write.error().nativeCode, u"25006"_s);
        QCOMPARE(rowCount(owner, u"plans"_s), 0);
    }

    void wrongPasswordIsAConnectionErrorThatHidesThePassword()
    {
        RegistryConnection connection = m_cluster.ownerConnection();
        connection.password = u"definitely-wrong-S3cret"_s;
        auto refused = Registry::open(connection, u"owner"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StoreError::Kind::Connection);
        const QString shown = refused.error().toDisplayString();
        QVERIFY2(shown.contains(u"password authentication failed"_s), qPrintable(shown));
        QVERIFY2(shown.contains(connection.displayName()), qPrintable(shown));
        QVERIFY(!shown.contains(connection.password));
        QVERIFY(!refused.error().message.contains(connection.password));
    }

    void unreachableServerFailsWithinTheConnectTimeout()
    {
        RegistryConnection connection = m_cluster.ownerConnection();
        connection.port = 1; // nothing listens there: refused at once
        QElapsedTimer timer;
        timer.start();
        auto refused = Registry::open(connection, u"owner"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StoreError::Kind::Connection);
        QVERIFY(timer.elapsed() < 6000);
    }

private:
    PostgresCluster m_cluster;
    int m_counter = 0;
};

} // namespace Fleetdeck::Testing

QTEST_GUILESS_MAIN(Fleetdeck::Testing::TestRegistryPostgres)
#include "tst_registry_postgres.moc"
