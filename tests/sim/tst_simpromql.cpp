// The simulator's PromQL subset: parse errors worded and placed like Prometheus', operator precedence,
// comparison filters and `bool`, vector matching with on/ignoring, and Prometheus' matching errors.
#include "sim/promqlevaluator.h"
#include "sim/promqlparser.h"
#include "sim/simalerting.h"

#include <QTest>

#include <cmath>

using namespace Fleetdeck::Sim;

namespace {

// A fixed set of series.
class FixedSource : public SeriesSource
{
public:
    std::vector<SimSample> series;

    void select(const std::vector<PromqlMatcher>& matchers, qint64, std::vector<SimSample>& out) const override
    {
        for (const SimSample& sample : series) {
            bool all = true;
            for (const PromqlMatcher& matcher : matchers)
                all = all && matcher.matches(sample.labels.value(matcher.name));
            if (all)
                out.push_back(sample);
        }
    }
};

FixedSource disks()
{
    FixedSource source;
    auto add = [&source](const char* name, const char* instance, const char* fstype, double value) {
        source.series.push_back(SimSample{SimLabels{{QStringLiteral("__name__"), QLatin1String(name)},
                                              {QStringLiteral("instance"), QLatin1String(instance)},
                                              {QStringLiteral("fstype"), QLatin1String(fstype)}},
            value});
    };
    add("size", "a", "ext4", 100);
    add("avail", "a", "ext4", 8);
    add("size", "b", "ext4", 100);
    add("avail", "b", "ext4", 60);
    add("size", "c", "tmpfs", 10);
    add("avail", "c", "tmpfs", 0);
    return source;
}

std::optional<PromqlValue> run(const QString& query, const SeriesSource& source, QString* error, qint64 at = 1000000)
{
    const std::unique_ptr<PromqlExpr> expr = PromqlParser::parse(query, error);
    if (!expr)
        return std::nullopt;
    return PromqlEvaluator::evaluate(*expr, source, at, error);
}

} // namespace

class TestSimPromql : public QObject
{
    Q_OBJECT
private slots:
    void parseErrorsReadLikePrometheus_data();
    void parseErrorsReadLikePrometheus();
    void validQueriesParse_data();
    void validQueriesParse();
    void precedenceAndScalars_data();
    void precedenceAndScalars();
    void usedRatioJoinsSizeAndAvail();
    void comparisonsFilterOrGiveBool();
    void onAndIgnoringShapeTheResult();
    void duplicateMatchGroupIsAnExecutionError();
    void selectorsFilterByLabel();
    void alertTemplatesExpand();
    void fingerprintMatchesAlertmanagers();
};

void TestSimPromql::parseErrorsReadLikePrometheus_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("error");
    // The first one is recorded from a real Prometheus 2.42 (tests/data/prometheus/query-error-bad_data.json).
    QTest::newRow("open brace") << "up{"
                                << "1:4: parse error: unexpected end of input inside braces";
    QTest::newRow("empty") << ""
                           << "1:1: parse error: no expression found in input";
    QTest::newRow("no operator")
        << "up{job}"
        << "1:7: parse error: unexpected \"}\" in label matching, expected label matching operator";
    QTest::newRow("no value") << "up{job=}"
                              << "1:8: parse error: unexpected \"}\" in label matching, expected string";
    QTest::newRow("unclosed paren") << "(up"
                                    << "1:1: parse error: unclosed left parenthesis";
    QTest::newRow("empty matcher") << "{job=~\".*\"}"
                                   << "1:1: parse error: vector selector must contain at least one non-empty matcher";
    QTest::newRow("scalar comparison") << "1 == 1"
                                       << "1:3: parse error: comparisons between scalars must use BOOL modifier";
    QTest::newRow("bad character") << "up $"
                                   << "1:4: parse error: unexpected character: '$'";
    QTest::newRow("second line") << "up\n+ {"
                                 << "2:4: parse error: unexpected end of input inside braces";
    QTest::newRow("bad regex") << "up{job=~\"(\"}"
                               << "";
    QTest::newRow("unterminated string") << "up{job=\"x}"
                                         << "1:8: parse error: unterminated quoted string";
}

void TestSimPromql::parseErrorsReadLikePrometheus()
{
    QFETCH(QString, query);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!PromqlParser::parse(query, &message));
    if (!error.isEmpty())
        QCOMPARE(message, error);
    else
        QVERIFY(message.contains(QStringLiteral("parse error")));
}

void TestSimPromql::validQueriesParse_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("name") << "up";
    QTest::newRow("matchers") << "up{job=\"node\",instance!=\"x\",a=~\"b|c\",d!~'e',}";
    QTest::newRow("name regex") << "{__name__=~\"probe_success|probe_duration_seconds\"}";
    QTest::newRow("raw string") << "up{job=~`n.*`}";
    QTest::newRow("disk rule") << "(1 - node_filesystem_avail_bytes{fstype!~\"tmpfs|overlay\"} / "
                                  "node_filesystem_size_bytes{fstype!~\"tmpfs|overlay\"}) > 0.85";
    QTest::newRow("cert rule") << "probe_ssl_earliest_cert_expiry - time() < 14 * 86400";
    QTest::newRow("bool") << "up == bool 0";
    QTest::newRow("ignoring") << "a / ignoring(device_error) b";
    QTest::newRow("colon name") << "job:up:ratio";
    QTest::newRow("comment") << "up # trailing comment";
}

void TestSimPromql::validQueriesParse()
{
    QFETCH(QString, query);
    QString error;
    QVERIFY2(PromqlParser::parse(query, &error), qPrintable(error));
}

void TestSimPromql::precedenceAndScalars_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<double>("value");
    QTest::newRow("mul before add") << "1 + 2 * 3" << 7.0;
    QTest::newRow("left assoc") << "10 - 4 - 3" << 3.0;
    QTest::newRow("parens") << "(1 + 2) * 3" << 9.0;
    QTest::newRow("pow right assoc") << "2 ^ 3 ^ 2" << 512.0;
    QTest::newRow("unary minus") << "-2 ^ 2" << -4.0;
    QTest::newRow("modulo") << "7 % 4" << 3.0;
    QTest::newRow("days") << "14 * 86400" << 1209600.0;
    QTest::newRow("time") << "time()" << 1000.0;
    QTest::newRow("bool comparison") << "2 > bool 1" << 1.0;
    QTest::newRow("exponent literal") << "1e3 / 4" << 250.0;
}

void TestSimPromql::precedenceAndScalars()
{
    QFETCH(QString, query);
    QFETCH(double, value);
    QString error;
    const std::optional<PromqlValue> result = run(query, FixedSource(), &error);
    QVERIFY2(result, qPrintable(error));
    QVERIFY(result->isScalar);
    QCOMPARE(result->scalar, value);
}

void TestSimPromql::usedRatioJoinsSizeAndAvail()
{
    QString error;
    const std::optional<PromqlValue> result =
        run(QStringLiteral("(1 - avail{fstype!~\"tmpfs|overlay\"} / size{fstype!~\"tmpfs|overlay\"}) > 0.85"), disks(),
            &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->vector.size(), std::size_t(1));
    const SimSample& full = result->vector.front();
    QCOMPARE(full.labels.value(QStringLiteral("instance")), QStringLiteral("a"));
    QVERIFY(!full.labels.has(QStringLiteral("__name__"))); // arithmetic drops the name
    QCOMPARE(full.value, 0.92);
}

void TestSimPromql::comparisonsFilterOrGiveBool()
{
    QString error;
    std::optional<PromqlValue> result = run(QStringLiteral("avail > 5"), disks(), &error);
    QVERIFY(result);
    QCOMPARE(result->vector.size(), std::size_t(2));
    for (const SimSample& sample : result->vector)
        QCOMPARE(sample.labels.value(QStringLiteral("__name__")), QStringLiteral("avail")); // filters keep the name
    result = run(QStringLiteral("5 < avail"), disks(), &error);
    QCOMPARE(result->vector.size(), std::size_t(2));
    QVERIFY(result->vector.front().value > 5); // the vector's value, even on the right
    result = run(QStringLiteral("avail > bool 5"), disks(), &error);
    QCOMPARE(result->vector.size(), std::size_t(3));
    for (const SimSample& sample : result->vector) {
        QVERIFY(sample.value == 0.0 || sample.value == 1.0);
        QVERIFY(!sample.labels.has(QStringLiteral("__name__")));
    }
}

void TestSimPromql::onAndIgnoringShapeTheResult()
{
    QString error;
    std::optional<PromqlValue> result = run(QStringLiteral("avail / on(instance) size"), disks(), &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->vector.size(), std::size_t(3));
    for (const SimSample& sample : result->vector)
        QCOMPARE(sample.labels.pairs().size(), std::size_t(1)); // only the "on" labels remain
    result = run(QStringLiteral("avail / ignoring(fstype) size"), disks(), &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->vector.size(), std::size_t(3));
    for (const SimSample& sample : result->vector)
        QVERIFY(!sample.labels.has(QStringLiteral("fstype")));
}

void TestSimPromql::duplicateMatchGroupIsAnExecutionError()
{
    QString error;
    QVERIFY(!run(QStringLiteral("avail / on(fstype) size"), disks(), &error));
    QVERIFY2(error.contains(QStringLiteral("found duplicate series for the match group")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("many-to-many matching not allowed")));
}

void TestSimPromql::selectorsFilterByLabel()
{
    QString error;
    std::optional<PromqlValue> result =
        run(QStringLiteral("{__name__=~\"size|avail\",instance=~\"a|b\"}"), disks(), &error);
    QVERIFY(result);
    QCOMPARE(result->vector.size(), std::size_t(4));
    result = run(QStringLiteral("size{instance!=\"a\",fstype=\"ext4\"}"), disks(), &error);
    QCOMPARE(result->vector.size(), std::size_t(1));
    result = run(QStringLiteral("size{nothing=\"\"}"), disks(), &error); // an absent label equals ""
    QCOMPARE(result->vector.size(), std::size_t(3));
}

void TestSimPromql::alertTemplatesExpand()
{
    const SimLabels labels{{QStringLiteral("instance"), QStringLiteral("srv-2:9100")},
        {QStringLiteral("mountpoint"), QStringLiteral("/")}};
    QCOMPARE(SimAlerting::expand(
                 QStringLiteral(
                     "{{ $labels.mountpoint }} on {{$labels.instance}} is {{ $value | humanizePercentage }} full."),
                 labels, 0.9231),
        QStringLiteral("/ on srv-2:9100 is 92.31% full."));
    QCOMPARE(SimAlerting::expand(QStringLiteral("in {{ $value | humanizeDuration }}"), labels, 431742.2),
        QStringLiteral("in 4d 23h 55m 42s"));
    QCOMPARE(SimAlerting::humanizeDuration(90), QStringLiteral("1m 30s"));
    QCOMPARE(SimAlerting::expand(QStringLiteral("{{ $labels.missing }}!"), labels, 0), QStringLiteral("!"));
}

void TestSimPromql::fingerprintMatchesAlertmanagers()
{
    // Recorded from Alertmanager 0.25 (tests/data/alertmanager/api-v2-alerts.json).
    const SimLabels labels{{QStringLiteral("alertname"), QStringLiteral("ProbeFailed")},
        {QStringLiteral("harness"), QStringLiteral("console-peers")},
        {QStringLiteral("instance"), QStringLiteral("http://127.0.0.1:18099/")},
        {QStringLiteral("job"), QStringLiteral("blackbox-http")},
        {QStringLiteral("severity"), QStringLiteral("critical")}};
    QCOMPARE(SimAlerting::fingerprint(labels), QStringLiteral("368f09838db0b6b2"));
}

QTEST_GUILESS_MAIN(TestSimPromql)
#include "tst_simpromql.moc"
