// The simulated Alertmanager over real HTTP: the recorded answer shapes (bare arrays, fingerprints, future
// endsAt), filters, groups, silences kept in the simulator (validation with Alertmanager's plain-string and
// go-swagger errors, create -> suppressed -> expire -> active, update, 404 for unknown ids).
#include "sim/simalerting.h"
#include "sim/simfleet.h"

#include "tests/sim/httpprobe.h"
#include "tests/support/simfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Fleetdeck;
using namespace Fleetdeck::Sim;
using namespace Fleetdeck::Testing;

namespace {

QJsonArray array(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).array();
}

QJsonObject findAlert(const QJsonArray& alerts, const QString& name)
{
    for (const QJsonValue& value : alerts) {
        if (value.toObject().value(QLatin1String("labels")).toObject().value(QLatin1String("alertname")).toString()
            == name)
            return value.toObject();
    }
    return {};
}

QString stateOf(const QJsonObject& alert)
{
    return alert.value(QLatin1String("status")).toObject().value(QLatin1String("state")).toString();
}

} // namespace

class TestSimAlertmanager : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void alertsHaveTheRecordedShape();
    void fingerprintsAreAlertmanagers();
    void filtersAndReceivers();
    void badFiltersAreRefused();
    void groupsByReceiverAlertnameAndSeverity();
    void silencesListTheSeededOne();
    void postedSilencesAreValidated_data();
    void postedSilencesAreValidated();
    void silenceSuppressesThenExpires();
    void silenceByIdAndDeleteErrors();
    void pendingSilenceDoesNotSuppressYet();
    void statusAndHealth();

private:
    HttpResult get(const QString& path) { return fetch(*m_manager, m_sim.url(path)); }
    HttpResult send(const QByteArray& method, const QString& path, const QByteArray& body = {})
    {
        HttpCall call;
        call.method = method;
        call.body = body;
        return fetch(*m_manager, m_sim.url(path), call);
    }
    QByteArray silenceBody(
        const QString& matchers, qint64 startOffset, qint64 endOffset, const QString& extra = {}) const;

    SimFixture m_sim;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

QByteArray TestSimAlertmanager::silenceBody(
    const QString& matchers, qint64 startOffset, qint64 endOffset, const QString& extra) const
{
    const QDateTime now = const_cast<SimFixture&>(m_sim).simulator().currentTime();
    return QStringLiteral(R"({%1"matchers":%2,"startsAt":"%3","endsAt":"%4","createdBy":"tester","comment":"test"})")
        .arg(extra, matchers, now.addSecs(startOffset).toString(Qt::ISODateWithMs),
            now.addSecs(endOffset).toString(Qt::ISODateWithMs))
        .toUtf8();
}

void TestSimAlertmanager::initTestCase()
{
    SimOptions options;
    options.latencyScale = 0;
    QString error;
    QVERIFY2(m_sim.start(options, &error), qPrintable(error));
}

void TestSimAlertmanager::init()
{
    m_sim.clearFaults();
    m_manager = std::make_unique<QNetworkAccessManager>();
}

void TestSimAlertmanager::alertsHaveTheRecordedShape()
{
    const HttpResult result = get(QStringLiteral("/alertmanager/api/v2/alerts"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(result.body.startsWith('['));
    const QJsonArray alerts = array(result.body);
    QVERIFY(alerts.size() >= 6);
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{16}$"));
    for (const QJsonValue& value : alerts) {
        const QJsonObject alert = value.toObject();
        for (const char* key : {"annotations", "endsAt", "fingerprint", "receivers", "startsAt", "status", "updatedAt",
                 "generatorURL", "labels"})
            QVERIFY2(alert.contains(QLatin1String(key)), key);
        QVERIFY(hex.match(alert.value(QLatin1String("fingerprint")).toString()).hasMatch());
        const QDateTime ends =
            QDateTime::fromString(alert.value(QLatin1String("endsAt")).toString(), Qt::ISODateWithMs);
        const QDateTime updated =
            QDateTime::fromString(alert.value(QLatin1String("updatedAt")).toString(), Qt::ISODateWithMs);
        QVERIFY(ends > updated); // firing: the end is a guess in the future
        const QJsonObject status = alert.value(QLatin1String("status")).toObject();
        QVERIFY(status.value(QLatin1String("silencedBy")).isArray());
        QVERIFY(status.value(QLatin1String("inhibitedBy")).isArray());
        QVERIFY(stateOf(alert) == QLatin1String("active") || stateOf(alert) == QLatin1String("suppressed"));
        QVERIFY(alert.value(QLatin1String("receivers")).toArray().first().toObject().contains(QLatin1String("name")));
    }
    QVERIFY(!findAlert(alerts, QStringLiteral("DiskUsageHigh")).isEmpty());
    QVERIFY(!findAlert(alerts, QStringLiteral("BackupStale")).isEmpty());
    const QJsonObject legacy = findAlert(alerts, QStringLiteral("TargetDown"));
    QCOMPARE(stateOf(legacy), QStringLiteral("suppressed"));
    QCOMPARE(legacy.value(QLatin1String("status"))
                 .toObject()
                 .value(QLatin1String("silencedBy"))
                 .toArray()
                 .first()
                 .toString(),
        m_sim.simulator().seededSilenceId());
}

void TestSimAlertmanager::fingerprintsAreAlertmanagers()
{
    for (const QJsonValue& value : array(get(QStringLiteral("/alertmanager/api/v2/alerts")).body)) {
        const QJsonObject labels = value.toObject().value(QLatin1String("labels")).toObject();
        SimLabels set;
        for (auto it = labels.begin(); it != labels.end(); ++it)
            set.set(it.key(), it.value().toString());
        QCOMPARE(value.toObject().value(QLatin1String("fingerprint")).toString(), SimAlerting::fingerprint(set));
    }
}

void TestSimAlertmanager::filtersAndReceivers()
{
    const int all = int(array(get(QStringLiteral("/alertmanager/api/v2/alerts")).body).size());
    const QJsonArray quiet = array(get(QStringLiteral("/alertmanager/api/v2/alerts?silenced=false")).body);
    QCOMPARE(quiet.size(), all - 1);
    const QJsonArray onlySuppressed = array(get(QStringLiteral("/alertmanager/api/v2/alerts?active=false")).body);
    QCOMPARE(onlySuppressed.size(), 1);
    const QJsonArray disk =
        array(get(QStringLiteral("/alertmanager/api/v2/alerts?filter=alertname%3D%22DiskUsageHigh%22")).body);
    QCOMPARE(disk.size(), 1);
    const QJsonArray critical = array(
        get(QStringLiteral(
                "/alertmanager/api/v2/alerts?filter=severity%3D%22critical%22&filter=alertname%3D~%22Probe.%2A%22"))
            .body);
    QVERIFY(!critical.isEmpty());
    for (const QJsonValue& value : critical)
        QCOMPARE(
            value.toObject().value(QLatin1String("labels")).toObject().value(QLatin1String("alertname")).toString(),
            QStringLiteral("ProbeFailed"));
    const QJsonArray tickets = array(get(QStringLiteral("/alertmanager/api/v2/alerts?receiver=n8n-tickets")).body);
    QVERIFY(!tickets.isEmpty());
    for (const QJsonValue& value : tickets)
        QCOMPARE(value.toObject().value(QLatin1String("labels")).toObject().value(QLatin1String("severity")).toString(),
            QStringLiteral("warning"));
}

void TestSimAlertmanager::badFiltersAreRefused()
{
    HttpResult result = get(QStringLiteral("/alertmanager/api/v2/alerts?filter=%3D%3D%3D"));
    QCOMPARE(result.status, 400);
    QVERIFY(QJsonDocument::fromJson("[" + result.body + "]").array().first().isString()); // a plain JSON string
    result = get(QStringLiteral("/alertmanager/api/v2/alerts?active=maybe"));
    QCOMPARE(result.status, 422);
    QCOMPARE(QJsonDocument::fromJson(result.body).object().value(QLatin1String("code")).toInt(), 601);
    result = get(QStringLiteral("/alertmanager/api/v2/alerts?receiver=%28"));
    QCOMPARE(result.status, 400);
}

void TestSimAlertmanager::groupsByReceiverAlertnameAndSeverity()
{
    const QJsonArray groups = array(get(QStringLiteral("/alertmanager/api/v2/alerts/groups")).body);
    QVERIFY(groups.size() >= 5);
    int total = 0;
    for (const QJsonValue& value : groups) {
        const QJsonObject group = value.toObject();
        const QJsonObject labels = group.value(QLatin1String("labels")).toObject();
        QCOMPARE(labels.keys(), (QStringList{QStringLiteral("alertname"), QStringLiteral("severity")}));
        const QString receiver =
            group.value(QLatin1String("receiver")).toObject().value(QLatin1String("name")).toString();
        QCOMPARE(receiver,
            labels.value(QLatin1String("severity")).toString() == QLatin1String("warning")
                ? QStringLiteral("n8n-tickets")
                : QStringLiteral("n8n-oncall"));
        total += int(group.value(QLatin1String("alerts")).toArray().size());
    }
    QCOMPARE(total, int(array(get(QStringLiteral("/alertmanager/api/v2/alerts")).body).size()));
}

void TestSimAlertmanager::silencesListTheSeededOne()
{
    const QJsonArray silences = array(get(QStringLiteral("/alertmanager/api/v2/silences")).body);
    QVERIFY(!silences.isEmpty());
    const QJsonObject seeded = silences.first().toObject();
    QCOMPARE(seeded.value(QLatin1String("id")).toString(), m_sim.simulator().seededSilenceId());
    QCOMPARE(seeded.value(QLatin1String("status")).toObject().value(QLatin1String("state")).toString(),
        QStringLiteral("active"));
    const QJsonObject matcher = seeded.value(QLatin1String("matchers")).toArray().first().toObject();
    QCOMPARE(matcher.keys(),
        (QStringList{
            QStringLiteral("isEqual"), QStringLiteral("isRegex"), QStringLiteral("name"), QStringLiteral("value")}));
    QCOMPARE(array(get(QStringLiteral("/alertmanager/api/v2/silences?filter=job%3D%22legacy-billing-exporter%22")).body)
                 .size(),
        1);
    QCOMPARE(array(get(QStringLiteral("/alertmanager/api/v2/silences?filter=job%3D%22other%22")).body).size(), 0);
}

void TestSimAlertmanager::postedSilencesAreValidated_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("answer");
    const QString disk = QStringLiteral(R"([{"name":"alertname","value":"DiskUsageHigh","isRegex":false}])");
    QTest::newRow("not json") << QByteArray("{nope") << 400 << QByteArray("parsing silence body");
    QTest::newRow("no matchers") << QByteArray(
        R"({"startsAt":"2030-01-01T00:00:00Z","endsAt":"2030-01-02T00:00:00Z","createdBy":"a","comment":"b"})")
                                 << 422 << QByteArray(R"({"code":602,"message":"matchers in body is required"})");
    QTest::newRow("empty matchers") << silenceBody(QStringLiteral("[]"), 0,
        3600) << 422 << QByteArray(R"({"code":612,"message":"matchers in body should have at least 1 items"})");
    QTest::newRow("matcher without isRegex") << silenceBody(QStringLiteral(R"([{"name":"a","value":"b"}])"), 0, 3600)
                                             << 422 << QByteArray("matchers.0.isRegex in body is required");
    QTest::newRow("several missing") << QByteArray(R"({"matchers":[]})") << 422
                                     << QByteArray("validation failure list:");
    QTest::newRow("bad label name") << silenceBody(QStringLiteral(R"([{"name":"1x","value":"b","isRegex":false}])"), 0,
        3600) << 400 << QByteArray("\"silence invalid: invalid label matcher 0: invalid label name \\\"1x\\\"\"");
    QTest::newRow("bad regex") << silenceBody(QStringLiteral(R"([{"name":"job","value":"(","isRegex":true}])"), 0,
        3600) << 400 << QByteArray("silence invalid: invalid label matcher 0: invalid regular expression");
    QTest::newRow("matches everything") << silenceBody(
        QStringLiteral(R"([{"name":"job","value":".*","isRegex":true}])"), 0,
        3600) << 400 << QByteArray(R"("silence invalid: at least one matcher must not match the empty string")");
    QTest::newRow("start after end") << silenceBody(disk, 3600, 60) << 400
                                     << QByteArray(R"("Failed to create silence: start time must be before end time")");
    QTest::newRow("ends in the past") << silenceBody(disk, -7200, -3600) << 400
                                      << QByteArray(R"("Failed to create silence: end time can't be in the past")");
    QTest::newRow("unknown id") << silenceBody(
        disk, 0, 3600, QStringLiteral(R"("id":"0b0b0b0b-0000-4000-8000-000000000000",)"))
                                << 404 << QByteArray(R"("silence not found")");
    QTest::newRow("bad time") << QByteArray(
        R"({"matchers":[{"name":"a","value":"b","isRegex":false}],"startsAt":"tomorrow","endsAt":"2030-01-02T00:00:00Z","createdBy":"a","comment":"b"})")
                              << 400 << QByteArray("parsing time");
}

void TestSimAlertmanager::postedSilencesAreValidated()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, answer);
    const int before = int(array(get(QStringLiteral("/alertmanager/api/v2/silences")).body).size());
    const HttpResult result = send("POST", QStringLiteral("/alertmanager/api/v2/silences"), body);
    QCOMPARE(result.status, status);
    QVERIFY2(result.body.contains(answer), result.body.constData());
    QCOMPARE(int(array(get(QStringLiteral("/alertmanager/api/v2/silences")).body).size()), before); // nothing stored
}

void TestSimAlertmanager::silenceSuppressesThenExpires()
{
    const HttpResult created = send("POST", QStringLiteral("/alertmanager/api/v2/silences"),
        silenceBody(
            QStringLiteral(R"([{"name":"alertname","value":"Disk.*","isRegex":true,"isEqual":true}])"), 0, 3600));
    QCOMPARE(created.status, 200);
    const QString id = QJsonDocument::fromJson(created.body).object().value(QLatin1String("silenceID")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}$")).match(id).hasMatch());

    QJsonObject disk =
        findAlert(array(get(QStringLiteral("/alertmanager/api/v2/alerts")).body), QStringLiteral("DiskUsageHigh"));
    QCOMPARE(stateOf(disk), QStringLiteral("suppressed"));
    QCOMPARE(
        disk.value(QLatin1String("status")).toObject().value(QLatin1String("silencedBy")).toArray().first().toString(),
        id);

    // Update in place (same matchers): the same id comes back.
    const HttpResult updated = send("POST", QStringLiteral("/alertmanager/api/v2/silences"),
        silenceBody(QStringLiteral(R"([{"name":"alertname","value":"Disk.*","isRegex":true,"isEqual":true}])"), 0, 7200,
            QStringLiteral(R"("id":"%1",)").arg(id)));
    QCOMPARE(updated.status, 200);
    QCOMPARE(QJsonDocument::fromJson(updated.body).object().value(QLatin1String("silenceID")).toString(), id);

    HttpResult deleted = send("DELETE", QStringLiteral("/alertmanager/api/v2/silence/") + id);
    QCOMPARE(deleted.status, 200);
    QVERIFY(deleted.body.isEmpty());
    disk = findAlert(array(get(QStringLiteral("/alertmanager/api/v2/alerts")).body), QStringLiteral("DiskUsageHigh"));
    QCOMPARE(stateOf(disk), QStringLiteral("active"));
    const QJsonObject silence =
        QJsonDocument::fromJson(get(QStringLiteral("/alertmanager/api/v2/silence/") + id).body).object();
    QCOMPARE(silence.value(QLatin1String("status")).toObject().value(QLatin1String("state")).toString(),
        QStringLiteral("expired"));
    deleted = send("DELETE", QStringLiteral("/alertmanager/api/v2/silence/") + id);
    QCOMPARE(deleted.status, 500);
    QCOMPARE(deleted.body, QByteArray("\"silence ") + id.toLatin1() + QByteArray(" already expired\""));
}

void TestSimAlertmanager::silenceByIdAndDeleteErrors()
{
    const QString seeded = m_sim.simulator().seededSilenceId();
    HttpResult result = get(QStringLiteral("/alertmanager/api/v2/silence/") + seeded);
    QCOMPARE(result.status, 200);
    QCOMPARE(QJsonDocument::fromJson(result.body).object().value(QLatin1String("id")).toString(), seeded);
    result = get(QStringLiteral("/alertmanager/api/v2/silence/0b0b0b0b-0000-4000-8000-000000000000"));
    QCOMPARE(result.status, 404);
    QVERIFY(result.body.isEmpty());
    result = send("DELETE", QStringLiteral("/alertmanager/api/v2/silence/0b0b0b0b-0000-4000-8000-000000000000"));
    QCOMPARE(result.status, 404);
    result = send("DELETE", QStringLiteral("/alertmanager/api/v2/silence/not-a-uuid"));
    QCOMPARE(result.status, 422);
    QVERIFY(result.body.contains("must be of type uuid"));
    // The plural path does not take DELETE.
    QCOMPARE(send("DELETE", QStringLiteral("/alertmanager/api/v2/silences/") + seeded).status, 404);
}

void TestSimAlertmanager::pendingSilenceDoesNotSuppressYet()
{
    const HttpResult created = send("POST", QStringLiteral("/alertmanager/api/v2/silences"),
        silenceBody(QStringLiteral(R"([{"name":"alertname","value":"BackupStale","isRegex":false}])"), 600, 3600));
    QCOMPARE(created.status, 200);
    const QString id = QJsonDocument::fromJson(created.body).object().value(QLatin1String("silenceID")).toString();
    QCOMPARE(stateOf(findAlert(
                 array(get(QStringLiteral("/alertmanager/api/v2/alerts")).body), QStringLiteral("BackupStale"))),
        QStringLiteral("active"));
    m_sim.simulator().advanceClockMsecs(601 * 1000);
    QCOMPARE(stateOf(findAlert(
                 array(get(QStringLiteral("/alertmanager/api/v2/alerts")).body), QStringLiteral("BackupStale"))),
        QStringLiteral("suppressed"));
    QCOMPARE(send("DELETE", QStringLiteral("/alertmanager/api/v2/silence/") + id).status, 200);
}

void TestSimAlertmanager::statusAndHealth()
{
    QCOMPARE(get(QStringLiteral("/alertmanager/-/healthy")).body, QByteArray("OK"));
    const QJsonObject status =
        QJsonDocument::fromJson(get(QStringLiteral("/alertmanager/api/v2/status")).body).object();
    QVERIFY(status.value(QLatin1String("config"))
                .toObject()
                .value(QLatin1String("original"))
                .toString()
                .contains(QStringLiteral("inhibit_rules:")));
}

QTEST_GUILESS_MAIN(TestSimAlertmanager)
#include "tst_simalertmanager.moc"
