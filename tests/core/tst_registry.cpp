#include "tst_registrysuite.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Fleetdeck::Testing {

using namespace Qt::StringLiterals;

// The registry on its default driver: a local SQLite file. The shared behaviour lives in RegistrySuite.
class TestRegistry : public RegistrySuite
{
    Q_OBJECT

protected:
    RegistryConnection freshRegistry() override
    {
        RegistryConnection connection;
        connection.driver = u"sqlite"_s;
        connection.path = m_dir->filePath(u"profile-%1/registry.sqlite"_s.arg(++m_counter)); // folder made on open
        return connection;
    }
    RegistryConnection readOnlyView(const RegistryConnection& owner) override
    {
        // What a person does to hand out a read-only copy; as root, too, the mode is respected.
        QFile::setPermissions(owner.path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        return owner;
    }
    RegistryConnection readOnlyViewOfUnmigrated() override
    {
        RegistryConnection connection = freshRegistry();
        connection.path = m_dir->filePath(u"empty-%1.sqlite"_s.arg(m_counter));
        QFile empty(connection.path);
        empty.open(QIODevice::WriteOnly); // a 0-byte file is an empty SQLite database
        empty.close();
        connection.readOnly = true;
        return connection;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void readOnlyFlagOpensAWritableFileReadOnly()
    {
        RegistryConnection connection = freshRegistry();
        QVERIFY(Registry::open(connection, u"owner"_s));
        connection.readOnly = true;
        auto opened = Registry::open(connection, u"support"_s);
        QVERIFY(opened);
        QVERIFY((*opened)->isReadOnly());
        auto refused = (*opened)->addTenant(sampleTenant(u"acme"_s, u"Acme"_s));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StoreError::Kind::ReadOnly);
        QVERIFY(QFileInfo(connection.path).isWritable()); // the file itself was left as it was
    }

    void missingFileIsNotCreatedWhenReadOnly()
    {
        RegistryConnection connection = freshRegistry();
        connection.readOnly = true;
        auto refused = Registry::open(connection, u"support"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StoreError::Kind::Connection);
        QVERIFY2(
            refused.error().toDisplayString().contains(connection.path), qPrintable(refused.error().toDisplayString()));
        QVERIFY(!QFile::exists(connection.path));
    }

    void fileThatIsNotADatabaseIsLeftUntouched()
    {
        RegistryConnection connection = freshRegistry();
        connection.path = m_dir->filePath(u"notes.txt"_s);
        const QByteArray text = "These are my notes, not a database.\n"
                                "They are long enough to fill the first hundred bytes of the file header.\n";
        QFile file(connection.path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();

        auto refused = Registry::open(connection, u"owner"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StoreError::Kind::Connection);
        QVERIFY2(refused.error().toDisplayString().contains(u"not a Fleetdeck registry"_s),
            qPrintable(refused.error().toDisplayString()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), text); // the registry is never moved aside or rebuilt, unlike the cache
    }

    void displayNameIsThePath()
    {
        const RegistryConnection connection = freshRegistry();
        QCOMPARE(connection.displayName(), u"sqlite:"_s + connection.path);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_counter = 0;
};

} // namespace Fleetdeck::Testing

QTEST_GUILESS_MAIN(Fleetdeck::Testing::TestRegistry)
#include "tst_registry.moc"
