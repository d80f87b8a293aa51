#include "core/secrets/keychainsecretstore.h"

#include <QProcess>
#include <QTest>

using namespace Fleetdeck;

// The real OS keychain (libsecret through a private D-Bus session and an unlocked throw-away
// gnome-keyring; see tests/CMakeLists.txt). Proves that secrets round-trip and land in the keyring.
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run inside dbus-run-session (ctest does)");
    }

    void writesReadsAndDeletesInTheRealKeychain()
    {
        KeychainSecretStore store(QStringLiteral("Fleetdeck-test"));
        QObject context;
        const QString name = QStringLiteral("n8n-key");
        const QByteArray value = QByteArrayLiteral("n8n_api_0123456789abcdef");

        std::optional<std::optional<SecretError>> written;
        store.writeSecret(name, value, &context, [&](std::optional<SecretError> e) { written = e; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
        QVERIFY2(!written->has_value(), qPrintable(written->has_value() ? written->value().message : QString()));

        // It is really in the secret service, under our service name, not in a file of ours.
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("Fleetdeck-test"),
                QStringLiteral("user"), name});
        QVERIFY(lookup.waitForFinished(10000));
        QCOMPARE(lookup.readAllStandardOutput().trimmed(), value);

        std::optional<Result<QByteArray, SecretError>> readBack;
        store.readSecret(name, &context, [&](Result<QByteArray, SecretError> r) { readBack = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(readBack.has_value(), 20000);
        QVERIFY(readBack->hasValue());
        QCOMPARE(readBack->value(), value);

        std::optional<std::optional<SecretError>> deleted;
        store.deleteSecret(name, &context, [&](std::optional<SecretError> e) { deleted = e; });
        QTRY_VERIFY_WITH_TIMEOUT(deleted.has_value(), 20000);
        QVERIFY(!deleted->has_value());

        std::optional<Result<QByteArray, SecretError>> gone;
        store.readSecret(name, &context, [&](Result<QByteArray, SecretError> r) { gone = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(gone.has_value(), 20000);
        QVERIFY(!gone->hasValue());
        QCOMPARE(gone->error().kind, SecretError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
