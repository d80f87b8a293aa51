#include "sim/prometheusstub.h"

#include "sim/jsonwriter.h"
#include "sim/promqlevaluator.h"
#include "sim/promqlparser.h"
#include "sim/router.h"
#include "sim/simalerting.h"
#include "sim/simcontext.h"
#include "sim/simmetrics.h"
#include "sim/upstreamerrors.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <map>

namespace Fleetdeck::Sim {

namespace {

constexpr qint64 kMaxPointsPerSeries = 11000;
constexpr int kScrapeIntervalSeconds = 15;
constexpr int kEvaluationIntervalSeconds = 15;

SimResponse prometheusError(int status, const QString& type, const QString& message)
{
    JsonWriter json;
    json.beginObject();
    json.key("status");
    json.string("error");
    json.key("errorType");
    json.string(type);
    json.key("error");
    json.string(message);
    json.endObject();
    return SimResponse::json(json.take(), status);
}

SimResponse badData(const QString& message)
{
    return prometheusError(400, QStringLiteral("bad_data"), message);
}

void writeLabels(JsonWriter& json, const SimLabels& labels)
{
    json.beginObject();
    for (const auto& [name, value] : labels.pairs()) {
        json.key(name);
        json.string(value);
    }
    json.endObject();
}

void beginSuccess(JsonWriter& json)
{
    json.beginObject();
    json.key("status");
    json.string("success");
    json.key("data");
    json.beginObject();
}

void endSuccess(JsonWriter& json)
{
    json.endObject();
    json.endObject();
}

// The evaluation time of Prometheus' rule manager: the last whole interval.
qint64 lastEvaluationMs(qint64 now)
{
    const qint64 interval = kEvaluationIntervalSeconds * 1000;
    return now - now % interval;
}

SimResponse instantQuery(SimContext& context, const SimRequest& request)
{
    bool hasQuery = false;
    const QString query = request.formValue(QStringLiteral("query"), &hasQuery);
    qint64 at = context.simMsecs();
    bool hasTime = false;
    const QString timeText = request.formValue(QStringLiteral("time"), &hasTime);
    if (hasTime && !timeText.isEmpty()) {
        const std::optional<qint64> parsed = PrometheusStub::parseTimeMsecs(timeText);
        if (!parsed)
            return badData(
                QStringLiteral("invalid parameter \"time\": cannot parse \"%1\" to a valid timestamp").arg(timeText));
        at = *parsed;
    }
    QString error;
    const std::unique_ptr<PromqlExpr> expr = PromqlParser::parse(query, &error);
    if (!expr)
        return badData(QStringLiteral("invalid parameter \"query\": ") + error);
    const SimMetrics metrics(context);
    std::optional<PromqlValue> value = PromqlEvaluator::evaluate(*expr, metrics, at, &error);
    if (!value)
        return prometheusError(422, QStringLiteral("execution"), error);

    JsonWriter json;
    beginSuccess(json);
    json.key("resultType");
    if (value->isScalar) {
        json.string("scalar");
        json.key("result");
        json.beginArray();
        json.timestamp(at);
        json.sampleValue(value->scalar);
        json.endArray();
    } else {
        json.string("vector");
        json.key("result");
        std::sort(value->vector.begin(), value->vector.end(),
            [](const SimSample& a, const SimSample& b) { return a.labels < b.labels; });
        json.beginArray();
        for (const SimSample& sample : value->vector) {
            json.beginObject();
            json.key("metric");
            writeLabels(json, sample.labels);
            json.key("value");
            json.beginArray();
            json.timestamp(at);
            json.sampleValue(sample.value);
            json.endArray();
            json.endObject();
        }
        json.endArray();
    }
    endSuccess(json);
    return SimResponse::json(json.take());
}

SimResponse rangeQuery(SimContext& context, const SimRequest& request)
{
    const QString query = request.formValue(QStringLiteral("query"));
    const QString startText = request.formValue(QStringLiteral("start"));
    const QString endText = request.formValue(QStringLiteral("end"));
    const QString stepText = request.formValue(QStringLiteral("step"));
    const std::optional<qint64> start = PrometheusStub::parseTimeMsecs(startText);
    if (!start)
        return badData(
            QStringLiteral("invalid parameter \"start\": cannot parse \"%1\" to a valid timestamp").arg(startText));
    const std::optional<qint64> end = PrometheusStub::parseTimeMsecs(endText);
    if (!end)
        return badData(
            QStringLiteral("invalid parameter \"end\": cannot parse \"%1\" to a valid timestamp").arg(endText));
    if (*end < *start)
        return badData(QStringLiteral("invalid parameter \"end\": end timestamp must not be before start time"));
    const std::optional<qint64> step = PrometheusStub::parseDurationMsecs(stepText);
    if (!step)
        return badData(
            QStringLiteral("invalid parameter \"step\": cannot parse \"%1\" to a valid duration").arg(stepText));
    if (*step <= 0)
        return badData(QStringLiteral(
            "invalid parameter \"step\": zero or negative query resolution step widths are not accepted. Try a "
            "positive integer"));
    if ((*end - *start) / *step > kMaxPointsPerSeries)
        return badData(QStringLiteral("exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the "
                                      "query resolution (?step=XX)"));
    QString error;
    const std::unique_ptr<PromqlExpr> expr = PromqlParser::parse(query, &error);
    if (!expr)
        return badData(QStringLiteral("invalid parameter \"query\": ") + error);

    struct Series
    {
        SimLabels labels;
        std::vector<std::pair<qint64, double>> points;
    };
    std::map<SimLabels, Series> series;
    const SimMetrics metrics(context);
    for (qint64 t = *start; t <= *end; t += *step) {
        std::optional<PromqlValue> value = PromqlEvaluator::evaluate(*expr, metrics, t, &error);
        if (!value)
            return prometheusError(422, QStringLiteral("execution"), error);
        if (value->isScalar) {
            series[SimLabels()].points.emplace_back(t, value->scalar);
            continue;
        }
        for (SimSample& sample : value->vector) {
            Series& entry = series[sample.labels];
            if (entry.points.empty())
                entry.labels = sample.labels;
            entry.points.emplace_back(t, sample.value);
        }
    }

    JsonWriter json;
    beginSuccess(json);
    json.key("resultType");
    json.string("matrix");
    json.key("result");
    json.beginArray();
    for (const auto& [labels, entry] : series) {
        json.beginObject();
        json.key("metric");
        writeLabels(json, labels);
        json.key("values");
        json.beginArray();
        for (const auto& [t, v] : entry.points) {
            json.beginArray();
            json.timestamp(t);
            json.sampleValue(v);
            json.endArray();
        }
        json.endArray();
        json.endObject();
    }
    json.endArray();
    endSuccess(json);
    return SimResponse::json(json.take());
}

SimResponse targets(SimContext& context, const SimRequest& request)
{
    const QString state = request.formValue(QStringLiteral("state"));
    const bool wantActive = state.isEmpty() || state == QLatin1String("active") || state == QLatin1String("any");
    const qint64 now = context.simMsecs();
    JsonWriter json;
    beginSuccess(json);
    json.key("activeTargets");
    json.beginArray();
    if (wantActive) {
        int index = 0;
        for (const SimMetrics::Target& target : SimMetrics(context).targets()) {
            const bool probe = target.job.startsWith(QLatin1String("blackbox-"));
            const QUrl scrape(target.scrapeUrl);
            json.beginObject();
            json.key("discoveredLabels");
            SimLabels discovered{{QStringLiteral("__address__"), probe ? target.instance : scrape.authority()},
                {QStringLiteral("__metrics_path__"), scrape.path()},
                {QStringLiteral("__scheme__"), QStringLiteral("http")},
                {QStringLiteral("__scrape_interval__"), QStringLiteral("%1s").arg(kScrapeIntervalSeconds)},
                {QStringLiteral("__scrape_timeout__"), QStringLiteral("10s")}, {QStringLiteral("job"), target.job}};
            if (probe)
                discovered.set(QStringLiteral("__param_module"), QStringLiteral("http_2xx"));
            writeLabels(json, discovered);
            json.key("labels");
            writeLabels(json, target.labels);
            json.key("scrapePool");
            json.string(target.job);
            json.key("scrapeUrl");
            json.string(target.scrapeUrl);
            json.key("globalUrl");
            json.string(target.scrapeUrl);
            json.key("lastError");
            json.string(target.lastError);
            // Scrapes are spread over the interval; the last one was a little before now.
            const qint64 interval = kScrapeIntervalSeconds * 1000;
            const qint64 offset = (qint64(index++) * 7919) % interval;
            qint64 last = now - (now - offset) % interval;
            json.key("lastScrape");
            json.time(last);
            json.key("lastScrapeDuration");
            json.number(target.up ? 0.0021 + double(index % 13) / 10000.0 : 0.00071);
            json.key("health");
            json.string(target.up ? "up" : "down");
            json.key("scrapeInterval");
            json.string(QStringLiteral("%1s").arg(kScrapeIntervalSeconds));
            json.key("scrapeTimeout");
            json.string("10s");
            json.endObject();
        }
    }
    json.endArray();
    json.key("droppedTargets");
    json.beginArray();
    json.endArray();
    endSuccess(json);
    return SimResponse::json(json.take());
}

void writeRuleAlert(JsonWriter& json, const SimAlert& alert)
{
    json.beginObject();
    json.key("labels");
    writeLabels(json, alert.labels);
    json.key("annotations");
    writeLabels(json, alert.annotations);
    json.key("state");
    json.string(alert.firing ? "firing" : "pending");
    json.key("activeAt");
    json.time(alert.activeAtMs);
    json.key("value");
    json.exponentValue(alert.value);
    json.endObject();
}

SimResponse alerts(SimContext& context)
{
    const QList<SimAlert> all = SimAlerting::evaluate(context);
    JsonWriter json;
    beginSuccess(json);
    json.key("alerts");
    json.beginArray();
    for (const SimAlert& alert : all)
        writeRuleAlert(json, alert);
    json.endArray();
    endSuccess(json);
    return SimResponse::json(json.take());
}

SimResponse rules(SimContext& context, const SimRequest& request)
{
    const QString type = request.formValue(QStringLiteral("type"));
    if (!type.isEmpty() && type != QLatin1String("alert") && type != QLatin1String("record"))
        return badData(QStringLiteral("invalid parameter \"type\": not supported value \"%1\"").arg(type));
    const QList<SimAlert> all = SimAlerting::evaluate(context);
    const qint64 evaluated = lastEvaluationMs(context.simMsecs());
    JsonWriter json;
    beginSuccess(json);
    json.key("groups");
    json.beginArray();
    if (type != QLatin1String("record")) {
        json.beginObject();
        json.key("name");
        json.string("fleetdeck");
        json.key("file");
        json.string("/etc/prometheus/rules/fleetdeck.yml");
        json.key("rules");
        json.beginArray();
        const QList<SimAlertRule>& list = SimAlerting::rules();
        for (int index = 0; index < list.size(); ++index) {
            const SimAlertRule& rule = list.at(index);
            bool firing = false;
            bool pending = false;
            for (const SimAlert& alert : all) {
                if (alert.rule == index) {
                    firing = firing || alert.firing;
                    pending = pending || !alert.firing;
                }
            }
            json.beginObject();
            json.key("state");
            json.string(firing ? "firing" : pending ? "pending" : "inactive");
            json.key("name");
            json.string(rule.name);
            json.key("query");
            json.string(rule.query);
            json.key("duration");
            json.integer(rule.forSeconds);
            json.key("keepFiringFor");
            json.integer(0);
            json.key("labels");
            writeLabels(json, rule.labels);
            json.key("annotations");
            writeLabels(json, rule.annotations);
            json.key("alerts");
            json.beginArray();
            for (const SimAlert& alert : all) {
                if (alert.rule == index)
                    writeRuleAlert(json, alert);
            }
            json.endArray();
            json.key("health");
            json.string("ok");
            json.key("evaluationTime");
            json.number(0.00031 + 0.0001 * index);
            json.key("lastEvaluation");
            json.time(evaluated);
            json.key("type");
            json.string("alerting");
            json.endObject();
        }
        json.endArray();
        json.key("interval");
        json.integer(kEvaluationIntervalSeconds);
        json.key("limit");
        json.integer(0);
        json.key("evaluationTime");
        json.number(0.0021);
        json.key("lastEvaluation");
        json.time(evaluated);
        json.endObject();
    }
    json.endArray();
    endSuccess(json);
    return SimResponse::json(json.take());
}

} // namespace

std::optional<qint64> PrometheusStub::parseTimeMsecs(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok) {
        if (!std::isfinite(seconds) || std::fabs(seconds) > 1e13)
            return std::nullopt;
        return std::llround(seconds * 1000.0);
    }
    const QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!parsed.isValid() || !trimmed.contains(QLatin1Char('T')))
        return std::nullopt;
    return parsed.toMSecsSinceEpoch();
}

std::optional<qint64> PrometheusStub::parseDurationMsecs(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok) {
        if (!std::isfinite(seconds) || std::fabs(seconds) > 1e12)
            return std::nullopt;
        return std::llround(seconds * 1000.0);
    }
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(\\d+)y)?(?:(\\d+)w)?(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?(?:(\\d+)ms)?$"));
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    static constexpr qint64 kUnits[] = {365LL * 86400000, 7LL * 86400000, 86400000, 3600000, 60000, 1000, 1};
    qint64 total = 0;
    for (int i = 0; i < 7; ++i)
        total += match.captured(i + 1).toLongLong() * kUnits[i];
    return total;
}

void PrometheusStub::install(Router& router, SimContext& context)
{
    SimContext* ctx = &context;
    router.get(QStringLiteral("/prometheus/-/healthy"), [](const SimRequest&, const QStringList&) {
        return SimResponse::text(QByteArrayLiteral("Prometheus Server is Healthy.\n"));
    });
    router.get(QStringLiteral("/prometheus/-/ready"), [](const SimRequest&, const QStringList&) {
        return SimResponse::text(QByteArrayLiteral("Prometheus Server is Ready.\n"));
    });
    router.get(QStringLiteral("/prometheus/api/v1/status/buildinfo"), [](const SimRequest&, const QStringList&) {
        return SimResponse::json(QByteArrayLiteral(
            R"({"status":"success","data":{"version":"2.42.0","revision":"2.42.0+ds-1","branch":"debian/sid",)"
            R"("buildUser":"team+pkg-go@tracker.debian.org","buildDate":"20230309-15:34:29","goVersion":"go1.19.6"}})"));
    });
    const auto getOrPost = QHttpServerRequest::Method::Get | QHttpServerRequest::Method::Post;
    router.add(getOrPost, QStringLiteral("/prometheus/api/v1/query"),
        [ctx](const SimRequest& request, const QStringList&) { return instantQuery(*ctx, request); });
    router.add(getOrPost, QStringLiteral("/prometheus/api/v1/query_range"),
        [ctx](const SimRequest& request, const QStringList&) { return rangeQuery(*ctx, request); });
    router.get(QStringLiteral("/prometheus/api/v1/targets"),
        [ctx](const SimRequest& request, const QStringList&) { return targets(*ctx, request); });
    router.get(QStringLiteral("/prometheus/api/v1/alerts"),
        [ctx](const SimRequest&, const QStringList&) { return alerts(*ctx); });
    router.get(QStringLiteral("/prometheus/api/v1/rules"),
        [ctx](const SimRequest& request, const QStringList&) { return rules(*ctx, request); });
}

} // namespace Fleetdeck::Sim
