#include "tests/support/simfixture.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Fleetdeck;

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};

QString fleetdeckPath()
{
    return qEnvironmentVariable("FLEETDECK_BINARY_DIR") + QStringLiteral("/app/fleetdeck");
}

Run runFleetdeck(const QStringList& args, int timeoutMs = 60000)
{
    QProcess p;
    p.start(fleetdeckPath(), args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    r.exitCode = p.exitCode();
    r.exitStatus = p.exitStatus();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray httpGet(const QUrl& url)
{
    QNetworkAccessManager nam;
    QNetworkReply* reply = nam.get(QNetworkRequest(url));
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

void post(const QUrl& url, const QByteArray& json)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = nam.post(request, json);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    reply->deleteLater();
}

QJsonObject tenantBySlug(const QJsonArray& tenants, const QString& slug)
{
    for (const auto& t : tenants) {
        if (t.toObject().value(QStringLiteral("slug")).toString() == slug)
            return t.toObject();
    }
    return {};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void statusDemoReportsTheSimulatedFleet();
    void statusDemoTableShowsWhatNeedsAttentionFirst();
    void tenantCommandsChangeTheRegistry();
    void importReportsEveryRejectedRowAndWritesTheRest();
    void killingTheSimulatorGivesStaleDataAndAClearError();
    void killingTheSimulatorMidRefreshDoesNotCrash();
    void withoutAProfileItSaysWhatToDo();
    void aProfileFileWithASecretIsRefused();
    void alertsAreListedAndAnAcknowledgementIsShared();
    void whatsappListAndStatusShowEachClientsNumber();
    void whatsappPairWritesTheCurrentCodeAndWaitsForTheScan();
    void revenueReportsMrrPerCurrencyAndExplainsAClient();

private:
    QString writeSimProfile(const QUrl& simUrl);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(QFile::exists(fleetdeckPath()));
}

void TestCli::cleanup()
{
    m_dir.reset();
}

QString TestCli::writeSimProfile(const QUrl& simUrl)
{
    const QByteArray profile = httpGet(simUrl.resolved(QUrl(QStringLiteral("/_sim/profile"))));
    QJsonObject object = QJsonDocument::fromJson(profile).object();
    object.insert(QStringLiteral("name"), QStringLiteral("e2e"));
    object.insert(QStringLiteral("cachePath"), QStringLiteral("cache.sqlite"));
    const QString path = m_dir->filePath(QStringLiteral("profile.json"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(QJsonDocument(object).toJson());
    return path;
}

void TestCli::statusDemoReportsTheSimulatedFleet()
{
    const Run r = runFleetdeck({QStringLiteral("status"), QStringLiteral("--demo"), QStringLiteral("--json")});
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QVERIFY2(r.exitCode == 1 || r.exitCode == 2, r.err.constData());
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(r.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QCOMPARE(root.value(QStringLiteral("overall")).toString(),
        r.exitCode == 2 ? QStringLiteral("critical") : QStringLiteral("warning"));
    const QJsonArray tenants = root.value(QStringLiteral("tenants")).toArray();
    QVERIFY(tenants.size() >= 30);
    QMap<QString, int> states;
    for (const auto& t : tenants) {
        const QJsonObject health = t.toObject().value(QStringLiteral("health")).toObject();
        states[health.value(QStringLiteral("state")).toString()]++;
        if (health.value(QStringLiteral("state")).toString() != QLatin1String("paused")) {
            QVERIFY(!health.value(QStringLiteral("checkedAt")).toString().isEmpty());
            QCOMPARE(health.value(QStringLiteral("stale")).toBool(), false);
        }
    }
    QVERIFY2(states.value(QStringLiteral("up")) >= 25, qPrintable(QString::number(states.value(QStringLiteral("up")))));
    QVERIFY(states.value(QStringLiteral("degraded")) >= 1);
    QVERIFY(states.value(QStringLiteral("down")) >= 1);
    const QJsonObject pizza = tenantBySlug(tenants, QStringLiteral("pizza-co"));
    QCOMPARE(pizza.value(QStringLiteral("name")).toString(), QStringLiteral("Pizza Co"));
    bool healthOk = false;
    for (const auto& s : root.value(QStringLiteral("sources")).toArray()) {
        if (s.toObject().value(QStringLiteral("name")).toString() == QLatin1String("health"))
            healthOk = s.toObject().value(QStringLiteral("state")).toString() == QLatin1String("ok");
    }
    QVERIFY(healthOk);
    // The demo never touches the keychain and never prints a secret.
    QVERIFY(!r.out.contains("fleetdeck-sim"));
    QVERIFY(!r.err.contains("fleetdeck-sim"));
}

void TestCli::statusDemoTableShowsWhatNeedsAttentionFirst()
{
    const Run r = runFleetdeck({QStringLiteral("status"), QStringLiteral("--demo")});
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.startsWith(QStringLiteral("Fleet status: ")), qPrintable(text.left(200)));
    QVERIFY(text.contains(QStringLiteral("CLIENT")));
    QVERIFY(text.contains(QStringLiteral("Joe's Plumbing")));
    const int firstDown = text.indexOf(QStringLiteral("  down  "));
    const int firstUp = text.indexOf(QStringLiteral("  up  "));
    QVERIFY(firstDown > 0 && firstUp > firstDown);
    QVERIFY(!text.contains(QStringLiteral("\x1b["))); // no colour when not on a terminal
}

void TestCli::tenantCommandsChangeTheRegistry()
{
    Testing::SimProcess sim;
    QString error;
    QVERIFY2(sim.start({QStringLiteral("--tenants"), QStringLiteral("12")}, 15000, &error), qPrintable(error));
    const QString profile = writeSimProfile(sim.baseUrl());
    const QString importFile = m_dir->filePath(QStringLiteral("tenants.json"));
    {
        QFile f(importFile);
        f.open(QIODevice::WriteOnly);
        f.write(httpGet(sim.baseUrl().resolved(QUrl(QStringLiteral("/_sim/tenants")))));
    }
    const QStringList withProfile = {QStringLiteral("--profile-file"), profile};

    Run r = runFleetdeck(QStringList{QStringLiteral("tenants"), QStringLiteral("import"), importFile} + withProfile);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("Imported 12 client(s); 0 row(s) rejected."));
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("registry.sqlite")))); // relative to the profile file

    r = runFleetdeck(QStringList{QStringLiteral("tenants"), QStringLiteral("add"), QStringLiteral("--slug"),
                         QStringLiteral("new-client"), QStringLiteral("--name"), QStringLiteral("New Client"),
                         QStringLiteral("--plan"), QStringLiteral("starter"), QStringLiteral("--health"),
                         sim.baseUrl().resolved(QUrl(QStringLiteral("/sites/new-client/health"))).toString()}
        + withProfile);
    QVERIFY2(r.exitCode == 0, r.err.constData());

    r = runFleetdeck(QStringList{QStringLiteral("tenants"), QStringLiteral("add"), QStringLiteral("--slug"),
                         QStringLiteral("new-client"), QStringLiteral("--name"), QStringLiteral("Again")}
        + withProfile);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("new-client"), r.err.constData());

    r = runFleetdeck(
        QStringList{QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--json")} + withProfile);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 13);

    // Destructive commands need a confirmation; without a terminal that means --yes.
    r = runFleetdeck(
        QStringList{QStringLiteral("tenants"), QStringLiteral("remove"), QStringLiteral("new-client")} + withProfile);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("--yes"));
    r = runFleetdeck(QStringList{QStringLiteral("tenants"), QStringLiteral("suspend"), QStringLiteral("pizza-co"),
                         QStringLiteral("--yes")}
        + withProfile);
    QCOMPARE(r.exitCode, 0);
    r = runFleetdeck(QStringList{QStringLiteral("tenants"), QStringLiteral("remove"), QStringLiteral("new-client"),
                         QStringLiteral("--yes")}
        + withProfile);
    QCOMPARE(r.exitCode, 0);

    r = runFleetdeck(
        QStringList{QStringLiteral("tenants"), QStringLiteral("show"), QStringLiteral("pizza-co")} + withProfile);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("suspended"));
    QVERIFY(r.out.contains("tenant.suspend"));
    QVERIFY(r.out.contains("tenant.import"));

    r = runFleetdeck(QStringList{QStringLiteral("status"), QStringLiteral("--json")} + withProfile);
    const QJsonArray tenants = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("tenants")).toArray();
    QCOMPARE(tenants.size(), 12);
    QCOMPARE(tenantBySlug(tenants, QStringLiteral("pizza-co"))
                 .value(QStringLiteral("health"))
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
        QStringLiteral("paused"));
}

void TestCli::importReportsEveryRejectedRowAndWritesTheRest()
{
    Testing::SimProcess sim;
    QVERIFY(sim.start({QStringLiteral("--tenants"), QStringLiteral("3")}));
    const QString profile = writeSimProfile(sim.baseUrl());
    const QString csv = m_dir->filePath(QStringLiteral("clients.csv"));
    {
        QFile f(csv);
        f.open(QIODevice::WriteOnly);
        f.write("slug,name,status,plan,health\n"
                "lakeview-gym,Lakeview Gym,active,,https://lakeview.example/health\n"
                "Bad Slug,Bad Slug Inc,active,,https://bad.example/health\n"
                "no-name,,active,,\n"
                "ghost-plan,Ghost Plan,active,platinum,\n"
                "odd-status,Odd Status,sleeping,,\n"
                "lakeview-gym,Lakeview Again,active,,\n"
                "sunrise-yoga,Sunrise Yoga,suspended,,\"https://a.example/h|https://b.example/h\"\n");
    }
    const Run r = runFleetdeck(
        {QStringLiteral("tenants"), QStringLiteral("import"), csv, QStringLiteral("--profile-file"), profile});
    QCOMPARE(r.exitCode, 1);
    const QString err = QString::fromUtf8(r.err);
    QCOMPARE(err.count(QStringLiteral("rejected:")), 5);
    QVERIFY(err.contains(QStringLiteral("platinum")));
    QVERIFY(err.contains(QStringLiteral("sleeping")));
    QVERIFY(r.out.contains("Imported 2 client(s); 5 row(s) rejected."));
    const Run list = runFleetdeck({QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--json"),
        QStringLiteral("--profile-file"), profile});
    const QJsonArray tenants = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(tenants.size(), 2);
    QCOMPARE(tenantBySlug(tenants, QStringLiteral("sunrise-yoga"))
                 .value(QStringLiteral("endpoints"))
                 .toObject()
                 .value(QStringLiteral("health"))
                 .toArray()
                 .size(),
        2);
}

void TestCli::killingTheSimulatorGivesStaleDataAndAClearError()
{
    auto sim = std::make_unique<Testing::SimProcess>();
    QVERIFY(sim->start({QStringLiteral("--tenants"), QStringLiteral("10")}));
    const QString profile = writeSimProfile(sim->baseUrl());
    const QString importFile = m_dir->filePath(QStringLiteral("tenants.json"));
    {
        QFile f(importFile);
        f.open(QIODevice::WriteOnly);
        f.write(httpGet(sim->baseUrl().resolved(QUrl(QStringLiteral("/_sim/tenants")))));
    }
    QCOMPARE(runFleetdeck({QStringLiteral("tenants"), QStringLiteral("import"), importFile,
                              QStringLiteral("--profile-file"), profile})
                 .exitCode,
        0);
    const Run first =
        runFleetdeck({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--profile-file"), profile});
    QVERIFY(first.exitCode == 1 || first.exitCode == 2);
    const QJsonArray before = QJsonDocument::fromJson(first.out).object().value(QStringLiteral("tenants")).toArray();

    sim->kill();
    sim.reset();

    const Run second =
        runFleetdeck({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--profile-file"), profile});
    QCOMPARE(second.exitStatus, QProcess::NormalExit);
    QCOMPARE(second.exitCode, 3);
    const QJsonObject root = QJsonDocument::fromJson(second.out).object();
    QCOMPARE(root.value(QStringLiteral("overall")).toString(), QStringLiteral("unknown"));
    QVERIFY(root.value(QStringLiteral("reasons"))
                .toArray()
                .first()
                .toString()
                .contains(QStringLiteral("last known state")));
    const QJsonArray after = root.value(QStringLiteral("tenants")).toArray();
    QCOMPARE(after.size(), before.size());
    for (const auto& t : after) {
        const QJsonObject o = t.toObject();
        const QJsonObject h = o.value(QStringLiteral("health")).toObject();
        if (h.value(QStringLiteral("state")).toString() == QLatin1String("paused"))
            continue;
        QVERIFY(h.value(QStringLiteral("stale")).toBool());
        // The last good value is what is shown.
        const QJsonObject was =
            tenantBySlug(before, o.value(QStringLiteral("slug")).toString()).value(QStringLiteral("health")).toObject();
        QCOMPARE(h.value(QStringLiteral("state")).toString(), was.value(QStringLiteral("state")).toString());
        QCOMPARE(h.value(QStringLiteral("checkedAt")).toString(), was.value(QStringLiteral("checkedAt")).toString());
    }
}

void TestCli::killingTheSimulatorMidRefreshDoesNotCrash()
{
    Testing::SimProcess sim;
    QVERIFY(sim.start({QStringLiteral("--tenants"), QStringLiteral("10")}));
    const QString profile = writeSimProfile(sim.baseUrl());
    const QString importFile = m_dir->filePath(QStringLiteral("tenants.json"));
    {
        QFile f(importFile);
        f.open(QIODevice::WriteOnly);
        f.write(httpGet(sim.baseUrl().resolved(QUrl(QStringLiteral("/_sim/tenants")))));
    }
    QCOMPARE(runFleetdeck({QStringLiteral("tenants"), QStringLiteral("import"), importFile,
                              QStringLiteral("--profile-file"), profile})
                 .exitCode,
        0);
    // Every site answers slowly, so the refresh is surely in flight when the simulator dies.
    post(sim.baseUrl().resolved(QUrl(QStringLiteral("/_sim/faults"))),
        R"({"path":"/sites/*","kind":"latency","latencyMs":3000})");

    QProcess status;
    status.start(fleetdeckPath(),
        {QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--profile-file"), profile});
    QVERIFY(status.waitForStarted());
    QTest::qWait(700);
    sim.kill();
    QVERIFY(status.waitForFinished(30000));
    QCOMPARE(status.exitStatus(), QProcess::NormalExit);
    QVERIFY(status.exitCode() >= 1 && status.exitCode() <= 3);
    const QJsonObject root = QJsonDocument::fromJson(status.readAllStandardOutput()).object();
    QVERIFY(!root.isEmpty());
    QVERIFY(root.value(QStringLiteral("tenants")).toArray().size() == 10);
}

void TestCli::withoutAProfileItSaysWhatToDo()
{
    const Run r = runFleetdeck({QStringLiteral("status")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("--demo"), r.err.constData());
    QVERIFY(r.err.contains("profiles import"));
}

void TestCli::aProfileFileWithASecretIsRefused()
{
    const QString path = m_dir->filePath(QStringLiteral("leaky.json"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(R"({"name":"leaky","upstreams":{"stripe":{"url":"https://api.stripe.com","apiKey":"sk_live_123"}}})");
    f.close();
    const Run r = runFleetdeck({QStringLiteral("status"), QStringLiteral("--profile-file"), path});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("must not hold secrets"));
    QVERIFY(!r.err.contains("sk_live_123"));
}

void TestCli::alertsAreListedAndAnAcknowledgementIsShared()
{
    Testing::SimProcess sim;
    QVERIFY(sim.start({QStringLiteral("--tenants"), QStringLiteral("10")}));
    const QString profile = writeSimProfile(sim.baseUrl());
    const QString importFile = m_dir->filePath(QStringLiteral("tenants.json"));
    {
        QFile f(importFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(httpGet(sim.baseUrl().resolved(QUrl(QStringLiteral("/_sim/tenants")))));
    }
    const QString profileFlag = QStringLiteral("--profile-file");
    QCOMPARE(
        runFleetdeck({QStringLiteral("tenants"), QStringLiteral("import"), importFile, profileFlag, profile}).exitCode,
        0);

    const auto alertsById = [&](int* exitCode) {
        const Run r = runFleetdeck({QStringLiteral("alerts"), QStringLiteral("--json"), profileFlag, profile});
        *exitCode = r.exitCode;
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array())
            byId.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
        return byId;
    };
    int code = -1;
    const auto before = alertsById(&code);
    QVERIFY(!before.isEmpty());
    QVERIFY2(code == 1 || code == 2, qPrintable(QString::number(code)));
    QString firing;
    for (const QJsonObject& a : before) {
        for (const char* key : {"id", "rule", "severity", "state", "summary", "since"})
            QVERIFY2(a.contains(QLatin1String(key)), key);
        QVERIFY(!a.value(QStringLiteral("summary")).toString().isEmpty());
        if (a.value(QStringLiteral("state")).toString() == QLatin1String("firing") && firing.isEmpty())
            firing = a.value(QStringLiteral("id")).toString();
    }
    QVERIFY(!firing.isEmpty());
    QVERIFY(before.value(firing).value(QStringLiteral("acknowledgedBy")).isNull());

    // Without a note the command says what it needs, and writes nothing.
    const Run noNote = runFleetdeck({QStringLiteral("ack"), firing, profileFlag, profile});
    QCOMPARE(noNote.exitCode, 64);
    QVERIFY(noNote.err.contains("--note"));

    const Run acked = runFleetdeck(
        {QStringLiteral("ack"), firing, QStringLiteral("--note"), QStringLiteral("restarting the exporter"),
            QStringLiteral("--owner"), QStringLiteral("marta"), profileFlag, profile});
    QVERIFY2(acked.exitCode == 0, acked.err.constData());
    QVERIFY(acked.out.contains("Acknowledged"));

    // Another process on the same registry sees who handles it, in alerts and in status.
    const auto after = alertsById(&code);
    QCOMPARE(after.value(firing).value(QStringLiteral("acknowledgedBy")).toString(), QStringLiteral("marta"));
    const Run status = runFleetdeck({QStringLiteral("status"), QStringLiteral("--json"), profileFlag, profile});
    bool inStatus = false;
    for (const QJsonValue& v : QJsonDocument::fromJson(status.out).object().value(QStringLiteral("alerts")).toArray())
        inStatus |= v.toObject().value(QStringLiteral("id")).toString() == firing
            && v.toObject().value(QStringLiteral("acknowledgedBy")).toString() == QLatin1String("marta");
    QVERIFY2(inStatus, qPrintable(firing + QLatin1Char(' ') + QString::fromUtf8(status.out)));
}

namespace {

QProcessEnvironment withEvolutionKey()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FLEETDECK_SECRET_EVOLUTION_KEY"), QStringLiteral("fleetdeck-sim"));
    return environment;
}

Run runWithKey(const QStringList& args, int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessEnvironment(withEvolutionKey());
    p.start(fleetdeckPath(), args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    r.exitCode = p.exitCode();
    r.exitStatus = p.exitStatus();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// A client's instance the simulator has never paired.
QString neverPaired(const QUrl& sim)
{
    const QJsonArray list =
        QJsonDocument::fromJson(httpGet(sim.resolved(QUrl(QStringLiteral("/_sim/evolution"))))).array();
    for (const QJsonValue& value : list) {
        const QJsonObject o = value.toObject();
        if (o.value(QStringLiteral("state")).toString() == QLatin1String("close")
            && !o.value(QStringLiteral("tenant")).isNull() && o.value(QStringLiteral("ownerJid")).isNull())
            return o.value(QStringLiteral("name")).toString();
    }
    return {};
}

} // namespace

void TestCli::whatsappListAndStatusShowEachClientsNumber()
{
    Testing::SimProcess sim;
    QVERIFY(sim.start({QStringLiteral("--tenants"), QStringLiteral("10")}));
    const QString profile = writeSimProfile(sim.baseUrl());
    const QString importFile = m_dir->filePath(QStringLiteral("tenants.json"));
    {
        QFile f(importFile);
        f.open(QIODevice::WriteOnly);
        f.write(httpGet(sim.baseUrl().resolved(QUrl(QStringLiteral("/_sim/tenants")))));
    }
    QCOMPARE(runFleetdeck({QStringLiteral("tenants"), QStringLiteral("import"), importFile,
                              QStringLiteral("--profile-file"), profile})
                 .exitCode,
        0);
    const Run list = runWithKey({QStringLiteral("whatsapp"), QStringLiteral("list"), QStringLiteral("--json"),
        QStringLiteral("--profile-file"), profile});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray instances = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(instances.size(), 12); // ten clients, test-bot and legacy-sales
    const QJsonObject pizza = [&] {
        for (const QJsonValue& value : instances) {
            if (value.toObject().value(QStringLiteral("instance")).toString() == QLatin1String("pizza-co"))
                return value.toObject();
        }
        return QJsonObject();
    }();
    QCOMPARE(pizza.value(QStringLiteral("tenant")).toString(), QStringLiteral("pizza-co"));
    QCOMPARE(pizza.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    QVERIFY(!pizza.value(QStringLiteral("phone")).toString().isEmpty());
    QCOMPARE(pizza.value(QStringLiteral("profileName")).toString(), QStringLiteral("Pizza Co"));
    QVERIFY(pizza.value(QStringLiteral("counts")).toObject().value(QStringLiteral("messages")).toDouble() > 0);
    // The instance keys the server sends never reach the output.
    QVERIFY(!list.out.contains("token"));

    const Run table =
        runWithKey({QStringLiteral("whatsapp"), QStringLiteral("list"), QStringLiteral("--profile-file"), profile});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains("(unassigned)"), table.out.constData());
    QVERIFY(table.out.contains("test-bot"));

    const Run status =
        runWithKey({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--profile-file"), profile});
    const QJsonArray tenants = QJsonDocument::fromJson(status.out).object().value(QStringLiteral("tenants")).toArray();
    const QJsonObject whatsapp =
        tenantBySlug(tenants, QStringLiteral("pizza-co")).value(QStringLiteral("whatsapp")).toObject();
    QCOMPARE(whatsapp.value(QStringLiteral("instance")).toString(), QStringLiteral("pizza-co"));
    QCOMPARE(whatsapp.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    QCOMPARE(whatsapp.value(QStringLiteral("phone")).toString(), pizza.value(QStringLiteral("phone")).toString());

    // Without the key it says what to do instead of hanging or crashing.
    const Run keyless =
        runFleetdeck({QStringLiteral("whatsapp"), QStringLiteral("list"), QStringLiteral("--profile-file"), profile});
    QCOMPARE(keyless.exitStatus, QProcess::NormalExit);
    QCOMPARE(keyless.exitCode, 1);
    QVERIFY2(
        keyless.err.contains("FLEETDECK_SECRET_EVOLUTION_KEY") || keyless.err.contains("key"), keyless.err.constData());
}

void TestCli::whatsappPairWritesTheCurrentCodeAndWaitsForTheScan()
{
    if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
        QSKIP("zbarimg (zbar-tools) is needed to read the written QR code");
    Testing::SimProcess sim;
    QVERIFY(sim.start({QStringLiteral("--tenants"), QStringLiteral("10")}));
    const QString profile = writeSimProfile(sim.baseUrl());
    const QString name = neverPaired(sim.baseUrl());
    QVERIFY(!name.isEmpty());

    // Nobody scans: it gives up at the timeout with the reason.
    const Run unscanned = runWithKey({QStringLiteral("whatsapp"), QStringLiteral("pair"), name,
        QStringLiteral("--timeout"), QStringLiteral("4"), QStringLiteral("--profile-file"), profile});
    QCOMPARE(unscanned.exitCode, 1);
    QVERIFY2(unscanned.err.contains("Not connected within 4 s"), unscanned.err.constData());

    const QString png = m_dir->filePath(QStringLiteral("qr.png"));
    QProcess pair;
    pair.setProcessEnvironment(withEvolutionKey());
    pair.start(fleetdeckPath(),
        {QStringLiteral("whatsapp"), QStringLiteral("pair"), name, QStringLiteral("--png"), png,
            QStringLiteral("--timeout"), QStringLiteral("60"), QStringLiteral("--profile-file"), profile});
    QVERIFY(pair.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(png), 30000);
    QProcess zbar;
    zbar.start(
        QStringLiteral("zbarimg"), {QStringLiteral("--nodbus"), QStringLiteral("--raw"), QStringLiteral("-q"), png});
    QVERIFY(zbar.waitForFinished(20000));
    const QString code = QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
    const QString issued =
        QJsonDocument::fromJson(httpGet(sim.baseUrl().resolved(QUrl(QStringLiteral("/_sim/evolution/") + name))))
            .object()
            .value(QStringLiteral("code"))
            .toString();
    QCOMPARE(code, issued);
    post(sim.baseUrl().resolved(QUrl(QStringLiteral("/_sim/evolution/") + name + QStringLiteral("/scan"))),
        QJsonDocument(QJsonObject{{QStringLiteral("code"), code}}).toJson(QJsonDocument::Compact));
    QVERIFY(pair.waitForFinished(30000));
    QCOMPARE(pair.exitStatus(), QProcess::NormalExit);
    const QByteArray out = pair.readAllStandardOutput();
    QCOMPARE(pair.exitCode(), 0);
    QVERIFY2(out.contains("written to"), out.constData());
    QVERIFY2(out.contains("Connected: +"), out.constData());
}

void TestCli::revenueReportsMrrPerCurrencyAndExplainsAClient()
{
    Testing::SimProcess sim;
    QVERIFY(sim.start());
    const QString profile = writeSimProfile(sim.baseUrl());
    const QString importFile = m_dir->filePath(QStringLiteral("tenants.json"));
    {
        QFile f(importFile);
        f.open(QIODevice::WriteOnly);
        f.write(httpGet(sim.baseUrl().resolved(QUrl(QStringLiteral("/_sim/tenants")))));
    }
    QCOMPARE(runFleetdeck({QStringLiteral("tenants"), QStringLiteral("import"), importFile,
                              QStringLiteral("--profile-file"), profile})
                 .exitCode,
        0);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FLEETDECK_SECRET_STRIPE_KEY"), QStringLiteral("fleetdeck-sim"));
    auto run = [&](const QStringList& args) {
        QProcess p;
        p.setProcessEnvironment(environment);
        p.start(fleetdeckPath(), args);
        p.waitForFinished(60000);
        return std::make_tuple(p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError());
    };
    const auto [code, out, err] =
        run({QStringLiteral("revenue"), QStringLiteral("--json"), QStringLiteral("--profile-file"), profile});
    QVERIFY2(code == 0, err.constData());
    const QJsonObject root = QJsonDocument::fromJson(out).object();
    const QJsonArray mrr = root.value(QStringLiteral("mrr")).toArray();
    QVERIFY2(mrr.size() >= 3, out.constData()); // one amount per currency, never added up
    QVERIFY(root.value(QStringLiteral("activeClients")).toInt() > 20);
    QVERIFY(root.value(QStringLiteral("pendingInvoices")).toObject().value(QStringLiteral("count")).toInt() > 0);
    QVERIFY(root.value(QStringLiteral("pendingInvoices")).toObject().value(QStringLiteral("oldestDays")).toInt() > 30);
    // Pizza Co: growth 14900 + add-on 1500, 20 % off forever = 13120 a month.
    const QJsonArray tenants = root.value(QStringLiteral("tenants")).toArray();
    QJsonObject pizza;
    for (const QJsonValue& value : tenants) {
        if (value.toObject().value(QStringLiteral("slug")).toString() == QLatin1String("pizza-co"))
            pizza = value.toObject();
    }
    const QJsonObject pizzaMrr = pizza.value(QStringLiteral("mrr")).toArray().first().toObject();
    QCOMPARE(pizzaMrr.value(QStringLiteral("currency")).toString(), QStringLiteral("usd"));
    QCOMPARE(pizzaMrr.value(QStringLiteral("amountMinor")).toInteger(), qint64(13120));

    const auto [explainCode, explained, explainErr] = run({QStringLiteral("revenue"), QStringLiteral("--explain"),
        QStringLiteral("pizza-co"), QStringLiteral("--profile-file"), profile});
    QVERIFY2(explainCode == 0, explainErr.constData());
    QVERIFY2(explained.contains("FOREVER20"), explained.constData());
    QVERIFY2(explained.contains("Total MRR: ") && explained.contains("131.20"), explained.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
