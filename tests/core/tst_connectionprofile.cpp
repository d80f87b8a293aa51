#include "core/profile/connectionprofile.h"
#include "core/profile/profilestore.h"
#include "core/secrets/secretstore.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Fleetdeck;

class TestConnectionProfile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void readsTheDocumentedExample();
    void readsAPostgresRegistry();
    void refusesFilesThatHoldSecrets_data();
    void refusesFilesThatHoldSecrets();
    void explainsBadFields_data();
    void explainsBadFields();
    void jsonRoundTripKeepsEverything();
    void savedProfilesSurviveAndHoldNoSecretValues();
    void environmentVariableNames();
    void trustedCertificatesComplainAboutGarbage();
};

void TestConnectionProfile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestConnectionProfile::readsTheDocumentedExample()
{
    const QByteArray json = R"({ "name": "staging", "allowInsecureHttp": false,
        "registry": { "driver": "sqlite", "path": "registry.sqlite" },
        "upstreams": {
          "evolution":    { "url": "https://wa.example.com", "secret": "evolution-key" },
          "n8n":          { "url": "https://n8n.example.com", "secret": "n8n-key" },
          "stripe":       { "url": "https://api.stripe.com", "secret": "stripe-key" },
          "prometheus":   { "url": "https://prom.example.com" },
          "alertmanager": { "url": "https://am.example.com" } } })";
    const auto profile = ConnectionProfile::fromJson(json, QStringLiteral("/etc/fleetdeck"));
    QVERIFY2(profile, qPrintable(profile ? QString() : profile.error()));
    QCOMPARE(profile->name, QStringLiteral("staging"));
    QCOMPARE(profile->registry.driver, QStringLiteral("sqlite"));
    // A relative path is relative to the profile file's folder.
    QCOMPARE(profile->registry.path, QStringLiteral("/etc/fleetdeck/registry.sqlite"));
    QCOMPARE(profile->upstreams.size(), 5);
    QCOMPARE(profile->upstream(QStringLiteral("n8n")).url, QUrl(QStringLiteral("https://n8n.example.com")));
    QCOMPARE(profile->upstream(QStringLiteral("n8n")).secret, QStringLiteral("n8n-key"));
    QVERIFY(profile->upstream(QStringLiteral("n8n")).enabled);
    QCOMPARE(profile->intervalSeconds(QStringLiteral("stripe")), 900);
    QCOMPARE(profile->intervalSeconds(QStringLiteral("prometheus")), 30);
}

void TestConnectionProfile::readsAPostgresRegistry()
{
    const auto profile = ConnectionProfile::fromJson(R"({"name":"team","registry":{"driver":"postgres",
        "host":"db.internal","port":6432,"database":"platform","user":"support","secret":"registry-password"}})",
        {});
    QVERIFY(profile);
    QVERIFY(profile->registry.isPostgres());
    QCOMPARE(profile->registry.port, 6432);
    QCOMPARE(profile->registry.secret, QStringLiteral("registry-password"));
    QVERIFY(profile->registry.password.isEmpty());
}

void TestConnectionProfile::refusesFilesThatHoldSecrets_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("api key") << QByteArray(R"({"name":"x","upstreams":{"n8n":{"url":"https://n","apiKey":"abc"}}})")
                             << QStringLiteral("upstreams.n8n.apiKey");
    QTest::newRow("password") << QByteArray(R"({"name":"x","registry":{"driver":"postgres","password":"pw"}})")
                              << QStringLiteral("registry.password");
    QTest::newRow("token") << QByteArray(R"({"name":"x","token":"t"})") << QStringLiteral("token");
}

void TestConnectionProfile::refusesFilesThatHoldSecrets()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const auto profile = ConnectionProfile::fromJson(json, {});
    QVERIFY(!profile);
    QVERIFY2(profile.error().contains(field), qPrintable(profile.error()));
    QVERIFY(profile.error().contains(QStringLiteral("keychain")));
}

void TestConnectionProfile::explainsBadFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{nope") << QStringLiteral("not a JSON object");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
    QTest::newRow("bad driver") << QByteArray(R"({"name":"x","registry":{"driver":"mysql"}})")
                                << QStringLiteral("registry.driver");
    QTest::newRow("port type") << QByteArray(R"({"name":"x","registry":{"driver":"postgres","port":"x"}})")
                               << QStringLiteral("registry.port");
    QTest::newRow("unknown upstream") << QByteArray(R"({"name":"x","upstreams":{"hubspot":{"url":"https://h"}}})")
                                      << QStringLiteral("hubspot");
    QTest::newRow("bad url") << QByteArray(R"({"name":"x","upstreams":{"n8n":{"url":"ftp://n"}}})")
                             << QStringLiteral("upstreams.n8n.url");
    QTest::newRow("no name") << QByteArray(R"({"registry":{"driver":"sqlite"}})") << QStringLiteral("name");
    QTest::newRow("interval range") << QByteArray(R"({"name":"x","health":{"intervalSeconds":1}})")
                                    << QStringLiteral("health.intervalSeconds");
}

void TestConnectionProfile::explainsBadFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto profile = ConnectionProfile::fromJson(json, {});
    QVERIFY(!profile);
    QVERIFY2(profile.error().contains(expected), qPrintable(profile.error()));
}

void TestConnectionProfile::jsonRoundTripKeepsEverything()
{
    ConnectionProfile p;
    p.name = QStringLiteral("prod");
    p.allowInsecureHttp = true;
    p.registry.driver = QStringLiteral("postgres");
    p.registry.database = QStringLiteral("platform");
    p.registry.user = QStringLiteral("owner");
    p.registry.secret = QStringLiteral("pg");
    p.health.degradedLatencyMs = 750;
    p.upstreams.insert(QStringLiteral("stripe"),
        UpstreamConfig{
            true, QUrl(QStringLiteral("https://api.stripe.com")), QStringLiteral("stripe-key"), 600, 20000, {}});
    p.upstreams.insert(QStringLiteral("prometheus"),
        UpstreamConfig{true, QUrl(QStringLiteral("https://prom.example.com")), {}, 0, 15000, QStringLiteral("client")});
    p.upstreams.insert(QStringLiteral("evolution"),
        UpstreamConfig{
            true, QUrl(QStringLiteral("https://evo.example.com")), QStringLiteral("evo-key"), 0, 15000, {}, 12});
    const auto back = ConnectionProfile::fromJson(p.toJson(), {});
    QVERIFY(back);
    QCOMPARE(back->allowInsecureHttp, true);
    QCOMPARE(back->registry.user, QStringLiteral("owner"));
    QCOMPARE(back->health.degradedLatencyMs, 750);
    QCOMPARE(back->upstream(QStringLiteral("stripe")).intervalSeconds, 600);
    QCOMPARE(back->upstream(QStringLiteral("stripe")).secret, QStringLiteral("stripe-key"));
    QCOMPARE(back->upstream(QStringLiteral("prometheus")).tenantLabel, QStringLiteral("client"));
    QCOMPARE(back->upstream(QStringLiteral("evolution")).qrLimit, 12); // "code n of 12" while pairing
    QCOMPARE(back->upstream(QStringLiteral("stripe")).qrLimit, 0);
}

void TestConnectionProfile::savedProfilesSurviveAndHoldNoSecretValues()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        ProfileStore store(std::make_unique<QSettings>(file, QSettings::IniFormat));
        auto p = ConnectionProfile::fromJson(
            R"({"name":"staging","upstreams":{"n8n":{"url":"https://n8n.example.com","secret":"n8n-key"}}})", {});
        QVERIFY(p);
        store.save(p.value());
        store.setActiveName(QStringLiteral("staging"));
    }
    ProfileStore reopened(std::make_unique<QSettings>(file, QSettings::IniFormat));
    QCOMPARE(reopened.names(), QStringList{QStringLiteral("staging")});
    QCOMPARE(reopened.activeName(), QStringLiteral("staging"));
    const auto loaded = reopened.load(QStringLiteral("staging"));
    QVERIFY(loaded);
    QCOMPARE(loaded->upstream(QStringLiteral("n8n")).url.toString(), QStringLiteral("https://n8n.example.com"));
    QCOMPARE(loaded->upstream(QStringLiteral("n8n")).secret, QStringLiteral("n8n-key"));
    QVERIFY(!reopened.load(QStringLiteral("nope")));
    QVERIFY(reopened.remove(QStringLiteral("staging")));
    QVERIFY(reopened.names().isEmpty());
    QVERIFY(reopened.activeName().isEmpty());
}

void TestConnectionProfile::environmentVariableNames()
{
    QCOMPARE(
        SecretStore::environmentVariableFor(QStringLiteral("n8n-key")), QStringLiteral("FLEETDECK_SECRET_N8N_KEY"));
    QCOMPARE(SecretStore::environmentVariableFor(QStringLiteral("stripe.live key")),
        QStringLiteral("FLEETDECK_SECRET_STRIPE_LIVE_KEY"));
}

void TestConnectionProfile::trustedCertificatesComplainAboutGarbage()
{
    ConnectionProfile p;
    p.name = QStringLiteral("x");
    p.caPem = QStringLiteral("not a certificate");
    const auto certs = p.trustedCertificates();
    QVERIFY(!certs);
    QVERIFY(certs.error().contains(QStringLiteral("tls.caPem")));
}

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
