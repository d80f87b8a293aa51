// AlertmanagerDecoder on every recorded answer of a real Alertmanager 0.25 (tests/data/alertmanager) and on
// hostile bodies. Errors are plain JSON strings, lists are bare arrays, firing alerts end in the future.
#include "core/connectors/alertmanager/alertmanagerdecoder.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Fleetdeck;

namespace {

QByteArray sample(const QString& name)
{
    QFile file(QStringLiteral(FLEETDECK_TEST_DATA_DIR "/alertmanager/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", qPrintable(name));
    return file.readAll();
}

const ExternalAlert* byFingerprint(const QList<ExternalAlert>& alerts, const QString& fingerprint)
{
    for (const ExternalAlert& alert : alerts) {
        if (alert.fingerprint == fingerprint)
            return &alert;
    }
    return nullptr;
}

} // namespace

class TestAlertmanagerDecoder : public QObject
{
    Q_OBJECT
private slots:
    void everyRecordedSampleDecodes_data();
    void everyRecordedSampleDecodes();
    void everyRecordedSampleHasARow();
    void alertsSampleKeepsStatusSilencesAndFutureEnd();
    void groupsSampleGroupsByReceiverAndLabels();
    void silencesSampleHasItsMatchers();
    void statusSampleHasTheVersion();
    void silenceIdAnswer();
    void hostileBodiesAreClearErrors_data();
    void hostileBodiesAreClearErrors();
    void missingOptionalFieldsAreTolerated();
    void errorMessagesAreReadFromEveryShape_data();
    void errorMessagesAreReadFromEveryShape();
    void stateNamesAreStable();
};

void TestAlertmanagerDecoder::everyRecordedSampleDecodes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::newRow("alerts") << "api-v2-alerts.json" << 4;
    QTest::newRow("groups") << "api-v2-alerts-groups.json" << 3;
    QTest::newRow("silences") << "api-v2-silences.json" << 1;
    QTest::newRow("status") << "api-v2-status.json" << 1;
}

void TestAlertmanagerDecoder::everyRecordedSampleDecodes()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    const QByteArray body = sample(file);
    if (file == QLatin1String("api-v2-alerts.json")) {
        const auto result = AlertmanagerDecoder::decodeAlerts(body);
        QVERIFY(result.hasValue());
        QCOMPARE(result->size(), count);
    } else if (file == QLatin1String("api-v2-alerts-groups.json")) {
        const auto result = AlertmanagerDecoder::decodeAlertGroups(body);
        QVERIFY(result.hasValue());
        QCOMPARE(result->size(), count);
    } else if (file == QLatin1String("api-v2-silences.json")) {
        const auto result = AlertmanagerDecoder::decodeSilences(body);
        QVERIFY(result.hasValue());
        QCOMPARE(result->size(), count);
    } else {
        QVERIFY(AlertmanagerDecoder::decodeStatus(body).hasValue());
    }
}

void TestAlertmanagerDecoder::everyRecordedSampleHasARow()
{
    const QStringList files = QDir(QStringLiteral(FLEETDECK_TEST_DATA_DIR "/alertmanager"))
                                  .entryList({QStringLiteral("*.json")}, QDir::Files);
    QCOMPARE(files,
        QStringList({QStringLiteral("api-v2-alerts-groups.json"), QStringLiteral("api-v2-alerts.json"),
            QStringLiteral("api-v2-silences.json"), QStringLiteral("api-v2-status.json")}));
}

void TestAlertmanagerDecoder::alertsSampleKeepsStatusSilencesAndFutureEnd()
{
    const auto result = AlertmanagerDecoder::decodeAlerts(sample(QStringLiteral("api-v2-alerts.json")));
    QVERIFY(result.hasValue());
    const ExternalAlert* suppressed = byFingerprint(*result, QStringLiteral("e6687c95ed76b121"));
    QVERIFY(suppressed);
    QCOMPARE(suppressed->state, ExternalAlert::State::Suppressed);
    QCOMPARE(suppressed->silencedBy, QStringList{QStringLiteral("4973941d-8fde-46d3-a826-40c3d6d3c418")});
    QVERIFY(suppressed->isSilenced());
    QVERIFY(!suppressed->isInhibited());
    QCOMPARE(suppressed->name(), QStringLiteral("ProbeFailed"));
    QCOMPARE(suppressed->severity(), QStringLiteral("critical"));
    QCOMPARE(
        suppressed->labels.value(QStringLiteral("instance")), QStringLiteral("http://127.0.0.1:18080/does-not-exist"));

    const ExternalAlert* active = byFingerprint(*result, QStringLiteral("368f09838db0b6b2"));
    QVERIFY(active);
    QCOMPARE(active->state, ExternalAlert::State::Active);
    QVERIFY(active->silencedBy.isEmpty());
    QCOMPARE(active->receivers, QStringList{QStringLiteral("n8n-oncall")});
    QCOMPARE(active->startsAt, QDateTime(QDate(2026, 11, 21), QTime(22, 47, 11, 794), Qt::UTC));
    QCOMPARE(active->updatedAt, QDateTime(QDate(2026, 11, 21), QTime(22, 50, 26, 799), Qt::UTC));
    // A firing alert's end is a guess in the future, not "no end".
    QVERIFY(active->endsAt > active->updatedAt);
    QVERIFY(active->generatorUrl.startsWith(QStringLiteral("http://127.0.0.1:19090/graph?g0.expr=")));
    QCOMPARE(active->summary(), QStringLiteral("Blackbox probe failed for http://127.0.0.1:18099/"));
    for (const ExternalAlert& alert : *result) {
        QCOMPARE(alert.fingerprint.size(), 16);
        QVERIFY(alert.mutedBy.isEmpty()); // not in 0.25
    }
}

void TestAlertmanagerDecoder::groupsSampleGroupsByReceiverAndLabels()
{
    const auto result = AlertmanagerDecoder::decodeAlertGroups(sample(QStringLiteral("api-v2-alerts-groups.json")));
    QVERIFY(result.hasValue());
    const AlertGroup& probes = result->at(0);
    QCOMPARE(probes.receiver, QStringLiteral("n8n-oncall"));
    QCOMPARE(probes.labels.value(QStringLiteral("alertname")), QStringLiteral("ProbeFailed"));
    QCOMPARE(probes.alerts.size(), 2);
    const AlertGroup& tls = result->at(1);
    QCOMPARE(tls.receiver, QStringLiteral("n8n-tickets"));
    QCOMPARE(tls.alerts.size(), 1);
    QCOMPARE(tls.alerts.first().fingerprint, QStringLiteral("f31234f4c1278158"));
}

void TestAlertmanagerDecoder::silencesSampleHasItsMatchers()
{
    const auto result = AlertmanagerDecoder::decodeSilences(sample(QStringLiteral("api-v2-silences.json")));
    QVERIFY(result.hasValue());
    const Silence& silence = result->first();
    QCOMPARE(silence.id, QStringLiteral("4973941d-8fde-46d3-a826-40c3d6d3c418"));
    QCOMPARE(silence.state, Silence::State::Active);
    QCOMPARE(silence.createdBy, QStringLiteral("console-peers seed"));
    QCOMPARE(silence.comment, QStringLiteral("Known broken link, tracked in OPS-1234"));
    QCOMPARE(silence.endsAt, QDateTime(QDate(2026, 12, 21), QTime(22, 50, 55), Qt::UTC));
    QCOMPARE(silence.matchers.size(), 2);
    QCOMPARE(silence.matchers.at(0),
        (SilenceMatcher{QStringLiteral("alertname"), QStringLiteral("ProbeFailed"), false, true}));
    QCOMPARE(silence.matchers.at(1).value, QStringLiteral("http://127.0.0.1:18080/does-not-exist"));
}

void TestAlertmanagerDecoder::statusSampleHasTheVersion()
{
    const auto result = AlertmanagerDecoder::decodeStatus(sample(QStringLiteral("api-v2-status.json")));
    QVERIFY(result.hasValue());
    QCOMPARE(result->version, QStringLiteral("0.25.0"));
    QCOMPARE(result->clusterStatus, QStringLiteral("disabled"));
    QCOMPARE(result->clusterPeers, 0);
    QCOMPARE(result->uptime, QDateTime(QDate(2026, 11, 21), QTime(22, 46, 35, 118), Qt::UTC));
    QVERIFY(result->configYaml.contains(QStringLiteral("inhibit_rules:")));
}

void TestAlertmanagerDecoder::silenceIdAnswer()
{
    QCOMPARE(AlertmanagerDecoder::decodeSilenceId(R"({"silenceID":"2f0b9d2e-1c1a-4b8e-9d55-0a1b2c3d4e5f"})").value(),
        QStringLiteral("2f0b9d2e-1c1a-4b8e-9d55-0a1b2c3d4e5f"));
    QCOMPARE(AlertmanagerDecoder::decodeSilenceId(R"({"id":"x"})").error().kind, ApiError::Kind::Decode);
    const auto error = AlertmanagerDecoder::decodeSilenceId(R"("silence invalid: at least one matcher required")");
    QCOMPARE(error.error().kind, ApiError::Kind::Decode);
    QVERIFY(error.error().message.contains(QStringLiteral("silence invalid")));
    const auto one =
        AlertmanagerDecoder::decodeSilence(sample(QStringLiteral("api-v2-silences.json")).trimmed().mid(1).chopped(1));
    QVERIFY(one.hasValue());
    QCOMPARE(one->matchers.size(), 2);
}

void TestAlertmanagerDecoder::hostileBodiesAreClearErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("html") << QByteArray("<html><title>502</title></html>") << "HTML";
    QTest::newRow("truncated") << sample(QStringLiteral("api-v2-alerts.json")).left(300) << "malformed or truncated";
    QTest::newRow("error string") << QByteArray(R"("failed to parse receiver param")")
                                  << "failed to parse receiver param";
    QTest::newRow("object") << QByteArray(R"({"alerts":[]})") << "not a JSON array";
    QTest::newRow("numbers") << QByteArray("[1,2]") << "[0] is not an object";
    QTest::newRow("label number") << QByteArray(R"([{"fingerprint":"a","labels":{"x":1}}])")
                                  << "[0].labels.x is not a string";
    QTest::newRow("labels array") << QByteArray(R"([{"fingerprint":"a","labels":[]}])")
                                  << "[0].labels is not an object";
    QTest::newRow("status string") << QByteArray(R"([{"fingerprint":"a","status":"active"}])")
                                   << "status is not an object";
    QTest::newRow("nothing") << QByteArray("[{}]") << "neither a fingerprint nor labels";
    QTest::newRow("deep") << QByteArray(60000, '[') + QByteArray(60000, ']') << "is not an object";
}

void TestAlertmanagerDecoder::hostileBodiesAreClearErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, fragment);
    const auto result = AlertmanagerDecoder::decodeAlerts(body);
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().kind, ApiError::Kind::Decode);
    QVERIFY2(result.error().message.contains(fragment), qPrintable(result.error().message));
    // The other decoders refuse the same bytes without crashing.
    (void)AlertmanagerDecoder::decodeAlertGroups(body);
    (void)AlertmanagerDecoder::decodeSilences(body);
    (void)AlertmanagerDecoder::decodeSilence(body);
    (void)AlertmanagerDecoder::decodeSilenceId(body);
    (void)AlertmanagerDecoder::decodeStatus(body);
    // A silence list needs matchers.
    QVERIFY(!AlertmanagerDecoder::decodeSilences(R"([{"id":"x","status":{"state":"active"}}])").hasValue());
    QVERIFY(!AlertmanagerDecoder::decodeSilences(R"([{"id":"x","matchers":[{"value":"v"}]}])").hasValue());
    QVERIFY(!AlertmanagerDecoder::decodeSilences(R"([{"matchers":[]}])").hasValue());
}

void TestAlertmanagerDecoder::missingOptionalFieldsAreTolerated()
{
    const auto alerts = AlertmanagerDecoder::decodeAlerts(R"([{"fingerprint":"00000000000000ff"}])");
    QVERIFY(alerts.hasValue());
    QCOMPARE(alerts->first().state, ExternalAlert::State::Unprocessed);
    QVERIFY(alerts->first().labels.isEmpty());
    QVERIFY(!alerts->first().endsAt.isValid());
    QVERIFY(AlertmanagerDecoder::decodeAlerts("[]").value().isEmpty());
    // Before 0.22 a matcher had no isEqual: it is "=".
    const auto silences =
        AlertmanagerDecoder::decodeSilences(R"([{"id":"s","matchers":[{"name":"a","value":"b","isRegex":true}]}])");
    QVERIFY(silences.hasValue());
    QCOMPARE(silences->first().matchers.first().isEqual, true);
    QCOMPARE(silences->first().matchers.first().isRegex, true);
    QCOMPARE(silences->first().state, Silence::State::Pending);
    // A group's receiver may be a bare name.
    const auto groups = AlertmanagerDecoder::decodeAlertGroups(R"([{"labels":{},"receiver":"x","alerts":[]}])");
    QVERIFY(groups.hasValue());
    QCOMPARE(groups->first().receiver, QStringLiteral("x"));
}

void TestAlertmanagerDecoder::errorMessagesAreReadFromEveryShape_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("json string") << QByteArray(
        R"("silence invalid: at least one matcher must not match the empty string")")
                                 << "silence invalid: at least one matcher must not match the empty string";
    QTest::newRow("swagger") << QByteArray(R"({"code":602,"message":"matchers in body is required"})")
                             << "matchers in body is required";
    QTest::newRow("plain text") << QByteArray("Service Unavailable\n") << "Service Unavailable";
    QTest::newRow("html") << QByteArray("<html>bad gateway</html>") << "";
    QTest::newRow("empty") << QByteArray() << "";
}

void TestAlertmanagerDecoder::errorMessagesAreReadFromEveryShape()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QCOMPARE(AlertmanagerDecoder::errorMessage(body), message);
}

void TestAlertmanagerDecoder::stateNamesAreStable()
{
    QCOMPARE(AlertmanagerDecoder::alertStateName(ExternalAlert::State::Suppressed), QStringLiteral("suppressed"));
    QCOMPARE(AlertmanagerDecoder::alertStateName(ExternalAlert::State::Active), QStringLiteral("active"));
    QCOMPARE(AlertmanagerDecoder::alertStateName(ExternalAlert::State::Unprocessed), QStringLiteral("unprocessed"));
    QCOMPARE(AlertmanagerDecoder::silenceStateName(Silence::State::Expired), QStringLiteral("expired"));
    QCOMPARE(AlertmanagerDecoder::silenceStateName(Silence::State::Pending), QStringLiteral("pending"));
}

QTEST_GUILESS_MAIN(TestAlertmanagerDecoder)
#include "tst_alertmanagerdecoder.moc"
