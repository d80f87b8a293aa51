// PrometheusDecoder on every recorded answer of a real Prometheus 2.42 (tests/data/prometheus) and on hostile
// bodies: malformed and truncated JSON, wrong types, NaN/Inf strings, missing labels, huge and empty results.
#include "core/connectors/prometheus/prometheusdecoder.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTest>

#include <clocale>
#include <cmath>
#include <limits>

using namespace Fleetdeck;

namespace {

QByteArray sample(const QString& name)
{
    QFile file(QStringLiteral(FLEETDECK_TEST_DATA_DIR "/prometheus/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", qPrintable(name));
    return file.readAll();
}

QDateTime at(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

const MetricSample* findSample(const QList<MetricSample>& samples, const QString& label, const QString& value)
{
    for (const MetricSample& s : samples) {
        if (s.labels.value(label) == value)
            return &s;
    }
    return nullptr;
}

QByteArray vectorOf(const QByteArray& results)
{
    return R"({"status":"success","data":{"resultType":"vector","result":[)" + results + "]}}";
}

// `series` series of `points` points each.
QByteArray generatedMatrix(int series, int points)
{
    QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[)";
    for (int s = 0; s < series; ++s) {
        if (s > 0)
            body += ',';
        body += R"({"metric":{"__name__":"probe_success","instance":"https://t)" + QByteArray::number(s)
            + R"(.example.com"},"values":[)";
        for (int p = 0; p < points; ++p) {
            if (p > 0)
                body += ',';
            body += '[' + QByteArray::number(1795301215 + p * 15) + ",\"1\"]";
        }
        body += "]}";
    }
    return body + "]}}";
}

QByteArray generatedVector(int series)
{
    QByteArray body = R"({"status":"success","data":{"resultType":"vector","result":[)";
    body.reserve(series * 96);
    for (int s = 0; s < series; ++s) {
        if (s > 0)
            body += ',';
        body += R"({"metric":{"__name__":"up","instance":"10.0.)" + QByteArray::number(s / 256) + '.'
            + QByteArray::number(s % 256) + R"(:9100"},"value":[1795301455.135,"1"]})";
    }
    return body + "]}}";
}

} // namespace

class TestPrometheusDecoder : public QObject
{
    Q_OBJECT
private slots:
    void everyRecordedSampleDecodes_data();
    void everyRecordedSampleDecodes();
    void everyRecordedSampleHasARow();
    void upSampleShowsTheLegacyExporterDown();
    void probeSamplesKeepFailuresAndCertificateExpiry();
    void diskRatioSampleHasNoMetricName();
    void badDataSampleIsAnHttpErrorWithPrometheusMessage();
    void rangeSampleIsAMatrixOfSeventeenPoints();
    void alertsSampleKeepsStatesValuesAndNanoseconds();
    void rulesSampleListsAlertingRulesWithTheirAlerts();
    void targetsSampleHasTheDownTargetAndItsError();

    void sampleValuesParseLikePrometheusWritesThem_data();
    void sampleValuesParseLikePrometheusWritesThem();
    void sampleValuesIgnoreTheUserLocale();
    void nanAndInfinitySurviveDecoding();
    void hostileBodiesAreClearErrors_data();
    void hostileBodiesAreClearErrors();
    void deeplyNestedJsonIsAnErrorNotACrash();
    void missingLabelsAreTolerated();
    void emptyResultIsAnEmptyList();
    void resultOverTheCapIsTooLarge();
    void hugeResultIsRefusedAtTheDefaultCap();
    void scalarResults();
    void warningsAndInfosAreKept();
    void nativeHistogramsAreLeftOutWithAWarning();
    void errorFromBodyNamesWhatAnswered_data();
    void errorFromBodyNamesWhatAnswered();
    void timesKeepTheMillisecond();
};

void TestPrometheusDecoder::everyRecordedSampleDecodes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("decoder");
    QTest::addColumn<int>("count");
    QTest::newRow("alerts") << "alerts.json"
                            << "alerts" << 4;
    QTest::newRow("disk_used_ratio") << "query-disk_used_ratio.json"
                                     << "vector" << 1;
    QTest::newRow("error-bad_data") << "query-error-bad_data.json"
                                    << "error" << 0;
    QTest::newRow("node_filesystem_avail_bytes") << "query-node_filesystem_avail_bytes.json"
                                                 << "vector" << 1;
    QTest::newRow("probe_duration_seconds") << "query-probe_duration_seconds.json"
                                            << "vector" << 7;
    QTest::newRow("probe_ssl_earliest_cert_expiry") << "query-probe_ssl_earliest_cert_expiry.json"
                                                    << "vector" << 1;
    QTest::newRow("probe_success") << "query-probe_success.json"
                                   << "vector" << 7;
    QTest::newRow("up") << "query-up.json"
                        << "vector" << 13;
    QTest::newRow("query_range") << "query_range-probe_duration_seconds.json"
                                 << "matrix" << 7;
    QTest::newRow("rules") << "rules.json"
                           << "rules" << 4;
    QTest::newRow("targets") << "targets.json"
                             << "targets" << 13;
}

void TestPrometheusDecoder::everyRecordedSampleDecodes()
{
    QFETCH(QString, file);
    QFETCH(QString, decoder);
    QFETCH(int, count);
    const QByteArray body = sample(file);
    if (decoder == QLatin1String("vector")) {
        const auto result = PrometheusDecoder::decodeVector(body);
        QVERIFY2(result.hasValue(), qPrintable(result.hasValue() ? QString() : result.error().message));
        QCOMPARE(result->data.size(), count);
        for (const MetricSample& s : result->data) {
            QVERIFY(s.at.isValid());
            QCOMPARE(s.at.timeSpec(), Qt::UTC);
            QVERIFY(!s.labels.isEmpty());
        }
    } else if (decoder == QLatin1String("matrix")) {
        const auto result = PrometheusDecoder::decodeMatrix(body);
        QVERIFY(result.hasValue());
        QCOMPARE(result->data.size(), count);
    } else if (decoder == QLatin1String("alerts")) {
        const auto result = PrometheusDecoder::decodeAlerts(body);
        QVERIFY(result.hasValue());
        QCOMPARE(result->size(), count);
    } else if (decoder == QLatin1String("rules")) {
        const auto result = PrometheusDecoder::decodeRules(body);
        QVERIFY(result.hasValue());
        QCOMPARE(result->size(), count);
    } else if (decoder == QLatin1String("targets")) {
        const auto result = PrometheusDecoder::decodeTargets(body);
        QVERIFY(result.hasValue());
        QCOMPARE(result->size(), count);
    } else {
        const auto result = PrometheusDecoder::decodeVector(body);
        QVERIFY(!result.hasValue());
    }
}

void TestPrometheusDecoder::everyRecordedSampleHasARow()
{
    // A new recording must get a row in everyRecordedSampleDecodes.
    const QStringList files =
        QDir(QStringLiteral(FLEETDECK_TEST_DATA_DIR "/prometheus")).entryList({QStringLiteral("*.json")}, QDir::Files);
    const QStringList known = {QStringLiteral("alerts.json"), QStringLiteral("query-disk_used_ratio.json"),
        QStringLiteral("query-error-bad_data.json"), QStringLiteral("query-node_filesystem_avail_bytes.json"),
        QStringLiteral("query-probe_duration_seconds.json"),
        QStringLiteral("query-probe_ssl_earliest_cert_expiry.json"), QStringLiteral("query-probe_success.json"),
        QStringLiteral("query-up.json"), QStringLiteral("query_range-probe_duration_seconds.json"),
        QStringLiteral("rules.json"), QStringLiteral("targets.json")};
    QVERIFY(!files.isEmpty());
    for (const QString& file : files)
        QVERIFY2(known.contains(file), qPrintable(file));
}

void TestPrometheusDecoder::upSampleShowsTheLegacyExporterDown()
{
    const auto result = PrometheusDecoder::decodeVector(sample(QStringLiteral("query-up.json")));
    QVERIFY(result.hasValue());
    const MetricSample* legacy =
        findSample(result->data, QStringLiteral("job"), QStringLiteral("legacy-billing-exporter"));
    QVERIFY(legacy);
    QCOMPARE(legacy->value, 0.0);
    QCOMPARE(legacy->labels.value(QStringLiteral("instance")), QStringLiteral("127.0.0.1:18099"));
    QCOMPARE(legacy->labels.value(QStringLiteral("__name__")), QStringLiteral("up"));
    QCOMPARE(legacy->at, at(1795301455135));
    int down = 0;
    for (const MetricSample& s : result->data)
        down += s.value == 0.0 ? 1 : 0;
    QCOMPARE(down, 1);
    const MetricSample* node = findSample(result->data, QStringLiteral("job"), QStringLiteral("node"));
    QVERIFY(node);
    QCOMPARE(node->labels.value(QStringLiteral("env")), QStringLiteral("local")); // extra labels kept
    QVERIFY(result->warnings.isEmpty());
}

void TestPrometheusDecoder::probeSamplesKeepFailuresAndCertificateExpiry()
{
    const auto success = PrometheusDecoder::decodeVector(sample(QStringLiteral("query-probe_success.json")));
    QVERIFY(success.hasValue());
    QCOMPARE(
        findSample(success->data, QStringLiteral("instance"), QStringLiteral("http://127.0.0.1:18080/does-not-exist"))
            ->value,
        0.0);
    QCOMPARE(
        findSample(success->data, QStringLiteral("instance"), QStringLiteral("http://127.0.0.1:18099/"))->value, 0.0);
    QCOMPARE(
        findSample(success->data, QStringLiteral("instance"), QStringLiteral("https://localhost:18443/"))->value, 1.0);

    const auto duration = PrometheusDecoder::decodeVector(sample(QStringLiteral("query-probe_duration_seconds.json")));
    QVERIFY(duration.hasValue());
    QCOMPARE(
        findSample(duration->data, QStringLiteral("instance"), QStringLiteral("127.0.0.1:15432"))->value, 0.000292801);

    const auto expiry =
        PrometheusDecoder::decodeVector(sample(QStringLiteral("query-probe_ssl_earliest_cert_expiry.json")));
    QVERIFY(expiry.hasValue());
    QCOMPARE(expiry->data.size(), 1);
    QCOMPARE(expiry->data.first().value, 1795733194.0);
    QCOMPARE(PrometheusDecoder::timeFromSeconds(expiry->data.first().value), at(1795733194000));
}

void TestPrometheusDecoder::diskRatioSampleHasNoMetricName()
{
    const auto result = PrometheusDecoder::decodeVector(sample(QStringLiteral("query-disk_used_ratio.json")));
    QVERIFY(result.hasValue());
    const MetricSample& s = result->data.first();
    QVERIFY(!s.labels.contains(QStringLiteral("__name__")));
    QCOMPARE(s.labels.value(QStringLiteral("mountpoint")), QStringLiteral("/"));
    QCOMPARE(s.value, 0.7253611761375759);
    QCOMPARE(s.at, at(1795301455442));

    const auto avail =
        PrometheusDecoder::decodeVector(sample(QStringLiteral("query-node_filesystem_avail_bytes.json")));
    QVERIFY(avail.hasValue());
    QCOMPARE(avail->data.first().value, 74304405504.0);
}

void TestPrometheusDecoder::badDataSampleIsAnHttpErrorWithPrometheusMessage()
{
    const QByteArray body = sample(QStringLiteral("query-error-bad_data.json"));
    for (const ApiError& error : {PrometheusDecoder::decodeVector(body).error(),
             PrometheusDecoder::decodeMatrix(body).error(), PrometheusDecoder::errorFromBody(400, body).value()}) {
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QCOMPARE(error.httpStatus, 400);
        QVERIFY2(error.message.startsWith(QStringLiteral("bad_data: invalid parameter \"query\": 1:4: parse error")),
            qPrintable(error.message));
        QVERIFY(error.message.contains(QStringLiteral("unexpected end of input inside braces")));
    }
}

void TestPrometheusDecoder::rangeSampleIsAMatrixOfSeventeenPoints()
{
    const auto result =
        PrometheusDecoder::decodeMatrix(sample(QStringLiteral("query_range-probe_duration_seconds.json")));
    QVERIFY(result.hasValue());
    for (const MetricSeries& series : result->data) {
        QCOMPARE(series.points.size(), 17);
        for (qsizetype i = 1; i < series.points.size(); ++i)
            QCOMPARE(series.points.at(i - 1).at.secsTo(series.points.at(i).at), 15);
    }
    const MetricSeries& tcp = result->data.first();
    QCOMPARE(tcp.labels.value(QStringLiteral("instance")), QStringLiteral("127.0.0.1:15432"));
    QCOMPARE(tcp.points.first().at, at(1795301215000));
    QCOMPARE(tcp.points.first().value, 0.001278886);
    QCOMPARE(tcp.points.last().at, at(1795301455000));
    // A vector decoder refuses a matrix, and the other way round.
    QCOMPARE(
        PrometheusDecoder::decodeVector(sample(QStringLiteral("query_range-probe_duration_seconds.json"))).error().kind,
        ApiError::Kind::Decode);
    QCOMPARE(
        PrometheusDecoder::decodeMatrix(sample(QStringLiteral("query-up.json"))).error().kind, ApiError::Kind::Decode);
}

void TestPrometheusDecoder::alertsSampleKeepsStatesValuesAndNanoseconds()
{
    const auto result = PrometheusDecoder::decodeAlerts(sample(QStringLiteral("alerts.json")));
    QVERIFY(result.hasValue());
    for (const RuleAlert& alert : *result)
        QCOMPARE(alert.state, RuleAlert::State::Firing);
    const RuleAlert& first = result->first();
    QCOMPARE(first.name(), QStringLiteral("TargetDown"));
    QCOMPARE(first.value, 0.0);
    QCOMPARE(first.activeAt, QDateTime(QDate(2026, 11, 21), QTime(22, 46, 46, 795), Qt::UTC)); // .79478318 rounded
    const RuleAlert& ssl = result->last();
    QCOMPARE(ssl.name(), QStringLiteral("SSLCertExpiringSoon"));
    QCOMPARE(ssl.value, 431742.20600008965);
    QCOMPARE(
        ssl.annotations.value(QStringLiteral("description")), QStringLiteral("Certificate expires in 4d 23h 55m 42s."));
}

void TestPrometheusDecoder::rulesSampleListsAlertingRulesWithTheirAlerts()
{
    const auto result = PrometheusDecoder::decodeRules(sample(QStringLiteral("rules.json")));
    QVERIFY(result.hasValue());
    const AlertingRule& disk = result->at(2);
    QCOMPARE(disk.name, QStringLiteral("DiskUsageHigh"));
    QCOMPARE(disk.group, QStringLiteral("console-peers"));
    QCOMPARE(disk.state, RuleAlert::State::Inactive);
    QCOMPARE(disk.forSeconds, 60.0);
    QVERIFY(disk.alerts.isEmpty());
    QVERIFY(disk.query.contains(QStringLiteral("node_filesystem_avail_bytes")));
    QVERIFY(disk.healthy);
    QVERIFY(disk.lastEvaluation.isValid());
    const AlertingRule& probe = result->at(1);
    QCOMPARE(probe.name, QStringLiteral("ProbeFailed"));
    QCOMPARE(probe.alerts.size(), 2);
    QCOMPARE(probe.labels.value(QStringLiteral("severity")), QStringLiteral("critical"));
    QVERIFY(probe.annotations.value(QStringLiteral("summary")).contains(QStringLiteral("{{ $labels.instance }}")));
}

void TestPrometheusDecoder::targetsSampleHasTheDownTargetAndItsError()
{
    const auto result = PrometheusDecoder::decodeTargets(sample(QStringLiteral("targets.json")));
    QVERIFY(result.hasValue());
    int down = 0;
    for (const ScrapeTarget& target : *result) {
        QVERIFY(target.lastScrape.isValid());
        QVERIFY(!target.job.isEmpty());
        if (target.health == ScrapeTarget::Health::Down) {
            ++down;
            QCOMPARE(target.job, QStringLiteral("legacy-billing-exporter"));
            QCOMPARE(target.instance, QStringLiteral("127.0.0.1:18099"));
            QVERIFY(target.lastError.contains(QStringLiteral("connection refused")));
        } else {
            QCOMPARE(target.health, ScrapeTarget::Health::Up);
            QVERIFY(target.lastError.isEmpty());
        }
    }
    QCOMPARE(down, 1);
}

void TestPrometheusDecoder::sampleValuesParseLikePrometheusWritesThem_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("value");
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("one") << QByteArray("1") << true << 1.0;
    QTest::newRow("quarter") << QByteArray("0.25") << true << 0.25;
    QTest::newRow("exponent") << QByteArray("1e-05") << true << 1e-05;
    QTest::newRow("go %e") << QByteArray("4.3174220600008965e+05") << true << 431742.20600008965;
    QTest::newRow("zero %e") << QByteArray("0e+00") << true << 0.0;
    QTest::newRow("unix time") << QByteArray("1795733194") << true << 1795733194.0;
    QTest::newRow("negative") << QByteArray("-2.5") << true << -2.5;
    QTest::newRow("plus sign") << QByteArray("+3") << true << 3.0;
    QTest::newRow("+Inf") << QByteArray("+Inf") << true << inf;
    QTest::newRow("-Inf") << QByteArray("-Inf") << true << -inf;
    QTest::newRow("Inf") << QByteArray("Inf") << true << inf;
    QTest::newRow("huge") << QByteArray("1e999") << true << inf;
    QTest::newRow("tiny") << QByteArray("1e-999") << true << 0.0;
    QTest::newRow("empty") << QByteArray("") << false << 0.0;
    QTest::newRow("word") << QByteArray("abc") << false << 0.0;
    QTest::newRow("comma decimal") << QByteArray("0,25") << false << 0.0;
    QTest::newRow("two signs") << QByteArray("+-1") << false << 0.0;
    QTest::newRow("trailing space") << QByteArray("1 ") << false << 0.0;
    QTest::newRow("leading space") << QByteArray(" 1") << false << 0.0;
    QTest::newRow("trailing junk") << QByteArray("1.5x") << false << 0.0;
}

void TestPrometheusDecoder::sampleValuesParseLikePrometheusWritesThem()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(double, value);
    const std::optional<double> parsed =
        PrometheusDecoder::parseSampleValue(std::string_view(text.constData(), text.size()));
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, value);
}

void TestPrometheusDecoder::sampleValuesIgnoreTheUserLocale()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const char* old = std::setlocale(LC_NUMERIC, nullptr);
    const std::string saved = old ? old : "C";
    std::setlocale(LC_NUMERIC, "de_DE.UTF-8"); // may not exist; the decoder must not care either way
    const std::optional<double> parsed = PrometheusDecoder::parseSampleValue("0.25");
    const auto vector = PrometheusDecoder::decodeVector(vectorOf(R"({"metric":{},"value":[1795301455.5,"1234.5"]})"));
    std::setlocale(LC_NUMERIC, saved.c_str());
    QLocale::setDefault(previous);
    QCOMPARE(parsed.value_or(0), 0.25);
    QVERIFY(vector.hasValue());
    QCOMPARE(vector->data.first().value, 1234.5);
    QCOMPARE(vector->data.first().at, at(1795301455500));
}

void TestPrometheusDecoder::nanAndInfinitySurviveDecoding()
{
    const auto result = PrometheusDecoder::decodeVector(vectorOf(R"({"metric":{"x":"nan"},"value":[1,"NaN"]},)"
                                                                 R"({"metric":{"x":"pinf"},"value":[1,"+Inf"]},)"
                                                                 R"({"metric":{"x":"ninf"},"value":[1,"-Inf"]})"));
    QVERIFY(result.hasValue());
    QVERIFY(std::isnan(findSample(result->data, QStringLiteral("x"), QStringLiteral("nan"))->value));
    QVERIFY(std::isinf(findSample(result->data, QStringLiteral("x"), QStringLiteral("pinf"))->value));
    QVERIFY(findSample(result->data, QStringLiteral("x"), QStringLiteral("pinf"))->value > 0);
    QVERIFY(findSample(result->data, QStringLiteral("x"), QStringLiteral("ninf"))->value < 0);
    const auto matrix = PrometheusDecoder::decodeMatrix(
        R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"NaN"],[2,"+Inf"]]}]}})");
    QVERIFY(matrix.hasValue());
    QVERIFY(std::isnan(matrix->data.first().points.first().value));
    QVERIFY(std::isinf(matrix->data.first().points.last().value));
}

void TestPrometheusDecoder::hostileBodiesAreClearErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("fragment");
    const int decode = int(ApiError::Kind::Decode);
    QTest::newRow("empty") << QByteArray() << decode << "empty";
    QTest::newRow("whitespace") << QByteArray(" \n ") << decode << "empty";
    QTest::newRow("html") << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>") << decode << "HTML";
    QTest::newRow("plain text") << QByteArray("upstream connect error") << decode << "plain text";
    QTest::newRow("open brace") << QByteArray("{") << decode << "malformed or truncated";
    QTest::newRow("truncated") << sample(QStringLiteral("query-up.json")).left(700) << decode
                               << "malformed or truncated";
    QTest::newRow("nul bytes") << QByteArray("{\"status\":\0\"success\"}", 22) << decode << "malformed";
    QTest::newRow("array") << QByteArray("[]") << decode << "not a JSON object";
    QTest::newRow("string") << QByteArray("\"hello\"") << decode << "not a JSON object";
    QTest::newRow("no status") << QByteArray(R"({"data":{}})") << decode << "\"status\" is missing";
    QTest::newRow("odd status") << QByteArray(R"({"status":"partial","data":{}})") << decode << "unexpected \"status\"";
    QTest::newRow("no data") << QByteArray(R"({"status":"success"})") << decode << "\"data\"";
    QTest::newRow("data not object") << QByteArray(R"({"status":"success","data":[]})") << decode << "\"data\"";
    QTest::newRow("no result") << QByteArray(R"({"status":"success","data":{"resultType":"vector"}})") << decode
                               << "data.result\" is missing";
    QTest::newRow("no resultType") << QByteArray(R"({"status":"success","data":{"result":[]}})") << decode
                                   << "resultType\" is missing";
    QTest::newRow("result object") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":{}}})")
                                   << decode << "not an array";
    QTest::newRow("result of numbers") << vectorOf("1,2") << decode << "data.result[0] is not an object";
    QTest::newRow("metric not object") << vectorOf(R"({"metric":[],"value":[1,"1"]})") << decode
                                       << "data.result[0].metric is not an object";
    QTest::newRow("label not string") << vectorOf(R"({"metric":{"job":5},"value":[1,"1"]})") << decode
                                      << "data.result[0].metric.job is not a string";
    QTest::newRow("value not pair") << vectorOf(R"({"metric":{},"value":[1]})") << decode << "not a [time, value] pair";
    QTest::newRow("value object") << vectorOf(R"({"metric":{},"value":{"t":1}})") << decode
                                  << "not a [time, value] pair";
    QTest::newRow("value word") << vectorOf(R"({"metric":{},"value":[1,"abc"]})") << decode << "is not a number";
    QTest::newRow("value null") << vectorOf(R"({"metric":{},"value":[1,null]})") << decode << "is not a number";
    QTest::newRow("time word") << vectorOf(R"({"metric":{},"value":["soon","1"]})") << decode << "not a Unix time";
    QTest::newRow("time huge") << vectorOf(R"({"metric":{},"value":[1e300,"1"]})") << decode << "not a Unix time";
    QTest::newRow("neither value nor values") << vectorOf(R"({"metric":{}})") << decode << "neither";
    QTest::newRow("second series bad") << vectorOf(R"({"metric":{},"value":[1,"1"]},{"metric":{},"value":[1,"x"]})")
                                       << decode << "data.result[1].value";
    QTest::newRow("matrix") << sample(QStringLiteral("query_range-probe_duration_seconds.json")) << decode
                            << "expected a vector result, got \"matrix\"";
    QTest::newRow("string result") << QByteArray(
        R"({"status":"success","data":{"resultType":"string","result":[1,"x"]}})")
                                   << decode << "got \"string\"";
    QTest::newRow("error without type") << QByteArray(R"({"status":"error","error":"boom"})")
                                        << int(ApiError::Kind::Http) << "boom";
    QTest::newRow("error timeout") << QByteArray(
        R"({"status":"error","errorType":"timeout","error":"query timed out"})")
                                   << int(ApiError::Kind::Timeout) << "timeout: query timed out";
}

void TestPrometheusDecoder::hostileBodiesAreClearErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, fragment);
    const auto result = PrometheusDecoder::decodeVector(body);
    QVERIFY(!result.hasValue());
    QCOMPARE(int(result.error().kind), kind);
    QVERIFY2(result.error().message.contains(fragment), qPrintable(result.error().message));
    // The other decoders refuse the same bytes without crashing.
    QVERIFY(!PrometheusDecoder::decodeScalar(body).hasValue());
    if (!body.contains("resultType"))
        QVERIFY(!PrometheusDecoder::decodeMatrix(body).hasValue());
    (void)PrometheusDecoder::decodeTargets(body);
    (void)PrometheusDecoder::decodeAlerts(body);
    (void)PrometheusDecoder::decodeRules(body);
}

void TestPrometheusDecoder::deeplyNestedJsonIsAnErrorNotACrash()
{
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    QCOMPARE(PrometheusDecoder::decodeVector(deep).error().kind, ApiError::Kind::Decode);
    const QByteArray deepResult = vectorOf(QByteArray(50000, '[') + QByteArray(50000, ']'));
    QCOMPARE(PrometheusDecoder::decodeVector(deepResult).error().kind, ApiError::Kind::Decode);
    QCOMPARE(PrometheusDecoder::decodeTargets(deep).error().kind, ApiError::Kind::Decode);
}

void TestPrometheusDecoder::missingLabelsAreTolerated()
{
    const auto result = PrometheusDecoder::decodeVector(vectorOf(
        R"({"value":[1795301455,"1"]},{"metric":null,"value":[1795301455,"2"]},{"metric":{},"value":[1795301455,"3"]})"));
    QVERIFY(result.hasValue());
    QCOMPARE(result->data.size(), 3);
    for (const MetricSample& s : result->data)
        QVERIFY(s.labels.isEmpty());
    QCOMPARE(result->data.at(2).value, 3.0);
    // Targets and alerts without labels decode too.
    const auto targets =
        PrometheusDecoder::decodeTargets(R"({"status":"success","data":{"activeTargets":[{"health":"up"}]}})");
    QVERIFY(targets.hasValue());
    QCOMPARE(targets->first().health, ScrapeTarget::Health::Up);
    QVERIFY(targets->first().instance.isEmpty());
    QVERIFY(!targets->first().lastScrape.isValid());
    const auto alerts =
        PrometheusDecoder::decodeAlerts(R"({"status":"success","data":{"alerts":[{"state":"pending"}]}})");
    QVERIFY(alerts.hasValue());
    QCOMPARE(alerts->first().state, RuleAlert::State::Pending);
}

void TestPrometheusDecoder::emptyResultIsAnEmptyList()
{
    const auto vector = PrometheusDecoder::decodeVector(vectorOf(""));
    QVERIFY(vector.hasValue());
    QVERIFY(vector->data.isEmpty());
    const auto matrix =
        PrometheusDecoder::decodeMatrix(R"({"status":"success","data":{"resultType":"matrix","result":[]}})");
    QVERIFY(matrix.hasValue());
    QVERIFY(matrix->data.isEmpty());
    QVERIFY(PrometheusDecoder::decodeTargets(R"({"status":"success","data":{}})").value().isEmpty());
    QVERIFY(PrometheusDecoder::decodeAlerts(R"({"status":"success","data":{"alerts":[]}})").value().isEmpty());
    QVERIFY(PrometheusDecoder::decodeRules(R"({"status":"success","data":{"groups":[]}})").value().isEmpty());
}

void TestPrometheusDecoder::resultOverTheCapIsTooLarge()
{
    QVERIFY(PrometheusDecoder::decodeVector(generatedVector(100), 100).hasValue());
    const auto vector = PrometheusDecoder::decodeVector(generatedVector(101), 100);
    QVERIFY(!vector.hasValue());
    QCOMPARE(vector.error().kind, ApiError::Kind::TooLarge);
    QVERIFY(vector.error().message.contains(QStringLiteral("more than 100 samples")));
    // Points count, not series: one series of 101 points is over a cap of 100 too.
    QVERIFY(PrometheusDecoder::decodeMatrix(generatedMatrix(1, 100), 100).hasValue());
    QCOMPARE(PrometheusDecoder::decodeMatrix(generatedMatrix(1, 101), 100).error().kind, ApiError::Kind::TooLarge);
    QCOMPARE(PrometheusDecoder::decodeMatrix(generatedMatrix(11, 10), 100).error().kind, ApiError::Kind::TooLarge);
}

void TestPrometheusDecoder::hugeResultIsRefusedAtTheDefaultCap()
{
    const QByteArray body = generatedVector(PrometheusDecoder::kDefaultMaxSamples + 1);
    const auto result = PrometheusDecoder::decodeVector(body);
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().kind, ApiError::Kind::TooLarge);
}

void TestPrometheusDecoder::scalarResults()
{
    const QByteArray body = R"({"status":"success","data":{"resultType":"scalar","result":[1795301455.2,"42"]}})";
    const auto scalar = PrometheusDecoder::decodeScalar(body);
    QVERIFY(scalar.hasValue());
    QCOMPARE(scalar->data.value, 42.0);
    QCOMPARE(scalar->data.at, at(1795301455200));
    const auto asVector = PrometheusDecoder::decodeVector(body);
    QVERIFY(asVector.hasValue());
    QCOMPARE(asVector->data.size(), 1);
    QVERIFY(asVector->data.first().labels.isEmpty());
    QCOMPARE(
        PrometheusDecoder::decodeScalar(sample(QStringLiteral("query-up.json"))).error().kind, ApiError::Kind::Decode);
    QCOMPARE(PrometheusDecoder::decodeScalar(R"({"status":"success","data":{"resultType":"scalar","result":[1]}})")
                 .error()
                 .kind,
        ApiError::Kind::Decode);
}

void TestPrometheusDecoder::warningsAndInfosAreKept()
{
    const auto result = PrometheusDecoder::decodeVector(
        R"({"status":"success","data":{"resultType":"vector","result":[]},"warnings":["PromQL warning: x",7],)"
        R"("infos":["PromQL info: metric might not be a counter"]})");
    QVERIFY(result.hasValue());
    QCOMPARE(result->warnings, QStringList{QStringLiteral("PromQL warning: x")});
    QCOMPARE(result->infos, QStringList{QStringLiteral("PromQL info: metric might not be a counter")});
}

void TestPrometheusDecoder::nativeHistogramsAreLeftOutWithAWarning()
{
    const auto result = PrometheusDecoder::decodeVector(vectorOf(
        R"({"metric":{"__name__":"h"},"histogram":[1,{"count":"2","sum":"3","buckets":[]}]},{"metric":{},"value":[1,"1"]})"));
    QVERIFY(result.hasValue());
    QCOMPARE(result->data.size(), 1);
    QCOMPARE(result->warnings.size(), 1);
    QVERIFY(result->warnings.first().contains(QStringLiteral("native-histogram")));
}

void TestPrometheusDecoder::errorFromBodyNamesWhatAnswered_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind"); // -1: no error
    QTest::addColumn<int>("errorStatus");
    QTest::addColumn<QString>("fragment");
    const int http = int(ApiError::Kind::Http);
    QTest::newRow("execution 422") << 422
                                   << QByteArray(R"({"status":"error","errorType":"execution","error":"many-to-many"})")
                                   << http << 422 << "execution: many-to-many";
    QTest::newRow("timeout 503")
        << 503
        << QByteArray(R"({"status":"error","errorType":"timeout","error":"query timed out in expression evaluation"})")
        << int(ApiError::Kind::Timeout) << 503 << "timed out";
    QTest::newRow("error in 200") << 200 << QByteArray(R"({"status":"error","errorType":"execution","error":"x"})")
                                  << http << 422 << "execution: x";
    QTest::newRow("proxy html 502") << 502 << QByteArray("<html><body>502 Bad Gateway</body></html>") << http << 502
                                    << "without Prometheus' JSON error";
    QTest::newRow("proxy text 503") << 503 << QByteArray("no healthy upstream") << http << 503 << "no healthy upstream";
    QTest::newRow("proxy json 401") << 401 << QByteArray(R"({"message":"login"})") << http << 401
                                    << "without Prometheus";
    QTest::newRow("html 200") << 200 << QByteArray("<html>login</html>") << int(ApiError::Kind::Decode) << 200
                              << "HTML";
    QTest::newRow("success") << 200 << QByteArray(R"({"status":"success","data":{}})") << -1 << 0 << "";
}

void TestPrometheusDecoder::errorFromBodyNamesWhatAnswered()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(int, errorStatus);
    QFETCH(QString, fragment);
    const std::optional<ApiError> error = PrometheusDecoder::errorFromBody(status, body);
    QCOMPARE(error.has_value(), kind >= 0);
    if (!error)
        return;
    QCOMPARE(int(error->kind), kind);
    QCOMPARE(error->httpStatus, errorStatus);
    QVERIFY2(error->message.contains(fragment), qPrintable(error->message));
}

void TestPrometheusDecoder::timesKeepTheMillisecond()
{
    QCOMPARE(PrometheusDecoder::timeFromSeconds(1795301455.442), at(1795301455442));
    QCOMPARE(PrometheusDecoder::timeFromSeconds(1795301215), at(1795301215000));
    QVERIFY(!PrometheusDecoder::timeFromSeconds(std::numeric_limits<double>::quiet_NaN()).isValid());
    QVERIFY(!PrometheusDecoder::timeFromSeconds(std::numeric_limits<double>::infinity()).isValid());
    QCOMPARE(PrometheusDecoder::secondsParameter(at(1795301455442)), QStringLiteral("1795301455.442"));
    QCOMPARE(PrometheusDecoder::secondsParameter(at(1795301455400)), QStringLiteral("1795301455.4"));
    QCOMPARE(PrometheusDecoder::secondsParameter(at(1795301455000)), QStringLiteral("1795301455"));
}

QTEST_GUILESS_MAIN(TestPrometheusDecoder)
#include "tst_prometheusdecoder.moc"
