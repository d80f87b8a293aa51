#include "core/secrets/environmentfallbacksecretstore.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/secrets/memorysecretstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Fleetdeck;

namespace {

// Waits for one asynchronous secret-store answer.
std::optional<Result<QByteArray, SecretError>> read(SecretStore& store, const QString& name)
{
    std::optional<Result<QByteArray, SecretError>> answer;
    QObject context;
    store.readSecret(name, &context, [&](Result<QByteArray, SecretError> r) { answer = std::move(r); });
    (void)QTest::qWaitFor([&] { return answer.has_value(); }, 30000);
    return answer;
}

} // namespace

class TestSecretStores : public QObject
{
    Q_OBJECT
private slots:
    void memoryStoreAnswersAsynchronously()
    {
        MemorySecretStore store;
        store.insert(QStringLiteral("n8n-key"), "abc");
        bool answered = false;
        QObject context;
        store.readSecret(QStringLiteral("n8n-key"), &context, [&](Result<QByteArray, SecretError> r) {
            answered = true;
            QCOMPARE(r.value(), QByteArray("abc"));
        });
        QVERIFY(!answered); // never synchronously inside the call
        QTRY_VERIFY(answered);
        const auto missing = read(store, QStringLiteral("nope"));
        QVERIFY(missing && !missing->hasValue());
        QCOMPARE(missing->error().kind, SecretError::Kind::NotFound);
    }

    void withoutAKeychainTheEnvironmentVariableIsUsed()
    {
        // The test runs with DBUS_SESSION_BUS_ADDRESS=disabled:, so the keychain is unavailable at once.
        KeychainSecretStore keychain;
        EnvironmentFallbackSecretStore store(&keychain);
        qputenv("FLEETDECK_SECRET_STRIPE_KEY", "rk_test_from_env");
        const auto found = read(store, QStringLiteral("stripe-key"));
        QVERIFY(found && found->hasValue());
        QCOMPARE(found->value(), QByteArray("rk_test_from_env"));
        qunsetenv("FLEETDECK_SECRET_STRIPE_KEY");

        const auto missing = read(store, QStringLiteral("stripe-key"));
        QVERIFY(missing && !missing->hasValue());
        QCOMPARE(missing->error().kind, SecretError::Kind::NoBackend);
        const QString text = missing->error().toDisplayString(QStringLiteral("stripe-key"));
        QVERIFY2(text.contains(QStringLiteral("FLEETDECK_SECRET_STRIPE_KEY")), qPrintable(text));
    }

    void theEnvironmentIsNeverWritten()
    {
        MemorySecretStore memory;
        EnvironmentFallbackSecretStore store(&memory);
        QObject context;
        bool done = false;
        store.writeSecret(QStringLiteral("n8n-key"), "value", &context, [&](std::optional<SecretError> e) {
            QVERIFY(!e);
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(!qEnvironmentVariableIsSet("FLEETDECK_SECRET_N8N_KEY"));
        QCOMPARE(read(memory, QStringLiteral("n8n-key"))->value(), QByteArray("value"));
    }

    void aDeadContextGetsNoAnswer()
    {
        MemorySecretStore store;
        bool called = false;
        {
            QObject context;
            store.readSecret(QStringLiteral("x"), &context, [&](Result<QByteArray, SecretError>) { called = true; });
        }
        QTest::qWait(50);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestSecretStores)
#include "tst_secretstores.moc"
