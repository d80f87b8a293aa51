#include "core/connectors/prometheus/prometheusdecoder.h"

#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>

namespace Fleetdeck {

namespace {

using Json = nlohmann::json;

constexpr int kKeyDepths = 8;

ApiError decodeError(const QString& message, int httpStatus = 0)
{
    return ApiError::make(ApiError::Kind::Decode, message, httpStatus);
}

QString fromStd(const std::string& text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

const Json* member(const Json& object, const char* key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

QString stringMember(const Json& object, const char* key)
{
    const Json* value = member(object, key);
    return value && value->is_string() ? fromStd(value->get_ref<const std::string&>()) : QString();
}

QStringList stringList(const Json* array)
{
    QStringList list;
    if (!array || !array->is_array())
        return list;
    for (const Json& item : *array) {
        if (item.is_string())
            list << fromStd(item.get_ref<const std::string&>());
    }
    return list;
}

QDateTime rfc3339(const Json* value)
{
    if (!value || !value->is_string())
        return {};
    const QDateTime parsed = QDateTime::fromString(fromStd(value->get_ref<const std::string&>()), Qt::ISODateWithMs);
    // Go's zero time ("0001-01-01T00:00:00Z") means "never".
    return parsed.isValid() && parsed.date().year() > 1 ? parsed.toUTC() : QDateTime();
}

// A label set: an object of strings. Missing is an empty set; anything else is an error naming `where`.
std::optional<MetricLabels> labelsFrom(const Json* object, const QString& where, ApiError* error)
{
    MetricLabels labels;
    if (!object || object->is_null())
        return labels;
    if (!object->is_object()) {
        *error = decodeError(QStringLiteral("%1 is not an object of labels").arg(where));
        return std::nullopt;
    }
    for (auto it = object->begin(); it != object->end(); ++it) {
        if (!it.value().is_string()) {
            *error = decodeError(QStringLiteral("%1.%2 is not a string").arg(where, fromStd(it.key())));
            return std::nullopt;
        }
        labels.insert(fromStd(it.key()), fromStd(it.value().get_ref<const std::string&>()));
    }
    return labels;
}

// A body that is not JSON, described for a person: empty, an HTML page, or broken JSON.
QString notJsonDescription(const QByteArray& body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("the answer is empty");
    if (trimmed.startsWith('<'))
        return QStringLiteral("the answer is an HTML page, not Prometheus' JSON API (a proxy or a login page in "
                              "front of Prometheus, or the wrong URL?)");
    if (!trimmed.startsWith('{') && !trimmed.startsWith('['))
        return QStringLiteral("the answer is plain text, not Prometheus' JSON API: \"%1\"")
            .arg(QString::fromUtf8(trimmed.left(120)).simplified());
    return QStringLiteral("the answer is malformed or truncated JSON (%1 bytes)").arg(body.size());
}

int statusForErrorType(const QString& type)
{
    if (type == QLatin1String("bad_data"))
        return 400;
    if (type == QLatin1String("execution"))
        return 422;
    if (type == QLatin1String("timeout") || type == QLatin1String("unavailable"))
        return 503;
    if (type == QLatin1String("canceled"))
        return 499;
    if (type == QLatin1String("not_found"))
        return 404;
    if (type == QLatin1String("not_acceptable"))
        return 406;
    return 500;
}

// {"status":"error","errorType":…,"error":…} -> the error Prometheus described.
ApiError errorFromEnvelope(const Json& root, int httpStatus)
{
    const QString type = stringMember(root, "errorType");
    QString text = stringMember(root, "error");
    if (text.isEmpty())
        text = QStringLiteral("no error message");
    const int status = httpStatus >= 400 ? httpStatus : statusForErrorType(type);
    const ApiError::Kind kind = type == QLatin1String("timeout") ? ApiError::Kind::Timeout : ApiError::Kind::Http;
    return ApiError::make(kind, type.isEmpty() ? text : type + QStringLiteral(": ") + text, status);
}

// Parses a whole (small) body and checks the envelope. `data` must be an object.
Result<Json> parseEnvelope(const QByteArray& body)
{
    Json root = Json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (root.is_discarded())
        return Result<Json>::failure(decodeError(notJsonDescription(body)));
    if (!root.is_object())
        return Result<Json>::failure(decodeError(QStringLiteral("the answer is not a JSON object")));
    const QString status = stringMember(root, "status");
    if (status == QLatin1String("error"))
        return Result<Json>::failure(errorFromEnvelope(root, 0));
    if (status != QLatin1String("success"))
        return Result<Json>::failure(
            decodeError(status.isEmpty() ? QStringLiteral("\"status\" is missing; this is not Prometheus' API")
                                         : QStringLiteral("unexpected \"status\": \"%1\"").arg(status)));
    const Json* data = member(root, "data");
    if (!data || !data->is_object())
        return Result<Json>::failure(decodeError(QStringLiteral("\"data\" is missing or not an object")));
    return Result<Json>(std::move(root));
}

// [<unix seconds>, "<value>"] -> a point; errors name `where`.
std::optional<MetricPoint> pointFrom(const Json& pair, const QString& where, ApiError* error)
{
    if (!pair.is_array() || pair.size() != 2) {
        *error = decodeError(QStringLiteral("%1 is not a [time, value] pair").arg(where));
        return std::nullopt;
    }
    const Json& time = pair[0];
    const Json& value = pair[1];
    double seconds = std::numeric_limits<double>::quiet_NaN();
    if (time.is_number())
        seconds = time.get<double>();
    else if (time.is_string())
        seconds = PrometheusDecoder::parseSampleValue(time.get_ref<const std::string&>()).value_or(seconds);
    MetricPoint point;
    point.at = PrometheusDecoder::timeFromSeconds(seconds);
    if (!point.at.isValid()) {
        *error = decodeError(QStringLiteral("%1: the time is not a Unix time in seconds").arg(where));
        return std::nullopt;
    }
    std::optional<double> parsed;
    if (value.is_string())
        parsed = PrometheusDecoder::parseSampleValue(value.get_ref<const std::string&>());
    else if (value.is_number()) // Prometheus always sends strings; a number is still a number
        parsed = value.get<double>();
    if (!parsed) {
        *error = decodeError(QStringLiteral("%1: the value %2 is not a number")
                                 .arg(where, QString::fromStdString(value.dump()).left(40)));
        return std::nullopt;
    }
    point.value = *parsed;
    return point;
}

// What the streaming parse of a query result collects.
struct ResultStream
{
    int maxSamples = PrometheusDecoder::kDefaultMaxSamples;
    qint64 samples = 0;
    bool tooLarge = false;
    int seriesIndex = 0;
    int histogramSeries = 0;
    std::array<std::string, kKeyDepths> keys;
    QList<MetricSample> vector;
    QList<MetricSeries> matrix;
    std::optional<ApiError> error;

    [[nodiscard]] bool inResult() const { return keys[1] == "data" && keys[2] == "result"; }

    // One element of data.result, converted and then dropped from the document.
    void take(const Json& series)
    {
        const QString where = QStringLiteral("data.result[%1]").arg(seriesIndex++);
        if (error)
            return;
        ApiError failure;
        std::optional<MetricLabels> labels =
            labelsFrom(member(series, "metric"), where + QStringLiteral(".metric"), &failure);
        if (!labels) {
            error = failure;
            return;
        }
        if (const Json* value = member(series, "value")) {
            std::optional<MetricPoint> point = pointFrom(*value, where + QStringLiteral(".value"), &failure);
            if (!point) {
                error = failure;
                return;
            }
            vector.append(MetricSample{std::move(*labels), point->value, point->at});
            return;
        }
        if (const Json* values = member(series, "values")) {
            if (!values->is_array()) {
                error = decodeError(QStringLiteral("%1.values is not an array").arg(where));
                return;
            }
            MetricSeries out;
            out.labels = std::move(*labels);
            out.points.reserve(qsizetype(values->size()));
            int index = 0;
            for (const Json& pair : *values) {
                std::optional<MetricPoint> point =
                    pointFrom(pair, QStringLiteral("%1.values[%2]").arg(where).arg(index++), &failure);
                if (!point) {
                    error = failure;
                    return;
                }
                out.points.append(*point);
            }
            matrix.append(std::move(out));
            return;
        }
        if (member(series, "histogram") || member(series, "histograms")) {
            ++histogramSeries; // native histograms have no plain value: left out, with a warning
            return;
        }
        error = decodeError(QStringLiteral("%1 has neither \"value\" nor \"values\"").arg(where));
    }
};

struct StreamedResult
{
    Json root;
    ResultStream stream;
    QString resultType;
    QStringList warnings;
    QStringList infos;
};

// Parses a query answer, converting each series as soon as it is complete and counting samples on the way,
// so the document never holds more than one series and a result over the cap is dropped while it streams.
Result<StreamedResult> streamResult(const QByteArray& body, int maxSamples)
{
    using R = Result<StreamedResult>;
    StreamedResult out;
    ResultStream& stream = out.stream;
    stream.maxSamples = std::max(1, maxSamples);
    using Event = Json::parse_event_t;
    const Json::parser_callback_t callback = [&stream](int depth, Event event, Json& parsed) {
        if (stream.tooLarge)
            return depth < 3; // keep the envelope, drop everything else
        switch (event) {
        case Event::key:
            if (depth > 0 && depth < kKeyDepths)
                stream.keys[std::size_t(depth)] = parsed.is_string() ? parsed.get<std::string>() : std::string();
            return true;
        case Event::array_end:
            if (stream.inResult()
                && ((depth == 5 && (stream.keys[4] == "values" || stream.keys[4] == "histograms"))
                    || (depth == 4 && (stream.keys[4] == "value" || stream.keys[4] == "histogram")))) {
                if (++stream.samples > stream.maxSamples) {
                    stream.tooLarge = true;
                    return false;
                }
            }
            return true;
        case Event::object_end:
            if (depth == 3 && stream.inResult()) {
                stream.take(parsed);
                return false;
            }
            return true;
        default:
            return true;
        }
    };
    try {
        out.root = Json::parse(body.constBegin(), body.constEnd(), callback, false);
    } catch (const std::exception& e) { // allocation failure, or a bug in a conversion: never let it escape
        return R::failure(
            decodeError(QStringLiteral("the answer could not be read: %1").arg(QString::fromUtf8(e.what()))));
    }
    if (stream.tooLarge)
        return R::failure(ApiError::make(ApiError::Kind::TooLarge,
            QStringLiteral("the query returned more than %1 samples; narrow it to fewer series or use a larger step")
                .arg(stream.maxSamples)));
    if (out.root.is_discarded())
        return R::failure(decodeError(notJsonDescription(body)));
    if (!out.root.is_object())
        return R::failure(decodeError(QStringLiteral("the answer is not a JSON object")));
    const QString status = stringMember(out.root, "status");
    if (status == QLatin1String("error"))
        return R::failure(errorFromEnvelope(out.root, 0));
    if (status != QLatin1String("success"))
        return R::failure(
            decodeError(status.isEmpty() ? QStringLiteral("\"status\" is missing; this is not Prometheus' API")
                                         : QStringLiteral("unexpected \"status\": \"%1\"").arg(status)));
    if (stream.error)
        return R::failure(*stream.error);
    const Json* data = member(out.root, "data");
    if (!data || !data->is_object())
        return R::failure(decodeError(QStringLiteral("\"data\" is missing or not an object")));
    out.resultType = stringMember(*data, "resultType");
    const Json* result = member(*data, "result");
    if (!result)
        return R::failure(decodeError(QStringLiteral("\"data.result\" is missing")));
    if (out.resultType == QLatin1String("vector") || out.resultType == QLatin1String("matrix")) {
        if (!result->is_array())
            return R::failure(decodeError(QStringLiteral("\"data.result\" is not an array")));
        if (!result->empty()) // the series objects were taken out; anything left was not an object
            return R::failure(decodeError(QStringLiteral("data.result[%1] is not an object").arg(stream.seriesIndex)));
    }
    out.warnings = stringList(member(out.root, "warnings"));
    out.infos = stringList(member(out.root, "infos"));
    if (stream.histogramSeries > 0)
        out.warnings << QStringLiteral("%1 native-histogram series left out (Fleetdeck reads plain samples only)")
                            .arg(stream.histogramSeries);
    return R(std::move(out));
}

QString resultTypeMismatch(const QString& expected, const QString& got)
{
    return got.isEmpty() ? QStringLiteral("\"data.resultType\" is missing")
                         : QStringLiteral("expected a %1 result, got \"%2\"").arg(expected, got);
}

RuleAlert::State ruleAlertState(const QString& state)
{
    if (state == QLatin1String("firing"))
        return RuleAlert::State::Firing;
    if (state == QLatin1String("pending"))
        return RuleAlert::State::Pending;
    return RuleAlert::State::Inactive;
}

std::optional<RuleAlert> ruleAlertFrom(const Json& object, const QString& where, ApiError* error)
{
    if (!object.is_object()) {
        *error = decodeError(QStringLiteral("%1 is not an object").arg(where));
        return std::nullopt;
    }
    RuleAlert alert;
    std::optional<MetricLabels> labels = labelsFrom(member(object, "labels"), where + QStringLiteral(".labels"), error);
    if (!labels)
        return std::nullopt;
    std::optional<MetricLabels> annotations =
        labelsFrom(member(object, "annotations"), where + QStringLiteral(".annotations"), error);
    if (!annotations)
        return std::nullopt;
    alert.labels = std::move(*labels);
    alert.annotations = std::move(*annotations);
    alert.state = ruleAlertState(stringMember(object, "state"));
    alert.activeAt = rfc3339(member(object, "activeAt"));
    if (const Json* value = member(object, "value")) {
        if (value->is_string())
            alert.value = PrometheusDecoder::parseSampleValue(value->get_ref<const std::string&>())
                              .value_or(std::numeric_limits<double>::quiet_NaN());
        else if (value->is_number())
            alert.value = value->get<double>();
    }
    return alert;
}

} // namespace

std::optional<double> PrometheusDecoder::parseSampleValue(std::string_view text)
{
    auto equalsIgnoringCase = [](std::string_view a, std::string_view b) {
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i) {
            const char x = a[i] >= 'A' && a[i] <= 'Z' ? char(a[i] - 'A' + 'a') : a[i];
            if (x != b[i])
                return false;
        }
        return true;
    };
    if (text.empty())
        return std::nullopt;
    bool negative = false;
    std::string_view rest = text;
    if (rest.front() == '+' || rest.front() == '-') {
        negative = rest.front() == '-';
        rest.remove_prefix(1);
    }
    if (equalsIgnoringCase(rest, "nan"))
        return std::numeric_limits<double>::quiet_NaN();
    if (equalsIgnoringCase(rest, "inf") || equalsIgnoringCase(rest, "infinity"))
        return negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    if (rest.empty() || rest.front() == '+' || rest.front() == '-')
        return std::nullopt;
    double value = 0;
    // from_chars never looks at the locale: "0.25" is a quarter on a German desktop too.
    const auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), value);
    if (ec == std::errc::result_out_of_range) {
        // Beyond double's range: ±Inf or ±0 like Go's ParseFloat would give.
        const std::size_t exponent = rest.find_first_of("eE");
        const bool tiny = exponent != std::string_view::npos && exponent + 1 < rest.size() && rest[exponent + 1] == '-';
        value = tiny ? 0.0 : std::numeric_limits<double>::infinity();
    } else if (ec != std::errc() || end != rest.data() + rest.size()) {
        return std::nullopt;
    }
    return negative ? -value : value;
}

QDateTime PrometheusDecoder::timeFromSeconds(double seconds)
{
    // Year 1 .. 9999 in seconds, comfortably within what QDateTime and a qint64 of milliseconds hold.
    constexpr double kLimit = 253402300799.0;
    if (!std::isfinite(seconds) || seconds < -62135596800.0 || seconds > kLimit)
        return {};
    return QDateTime::fromMSecsSinceEpoch(std::llround(seconds * 1000.0), Qt::UTC);
}

QString PrometheusDecoder::secondsParameter(const QDateTime& time)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    const qint64 whole = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
    const qint64 fraction = ms - whole * 1000;
    if (fraction == 0)
        return QString::number(whole);
    QString decimals = QStringLiteral("%1").arg(fraction, 3, 10, QLatin1Char('0'));
    while (decimals.endsWith(QLatin1Char('0')))
        decimals.chop(1);
    return QString::number(whole) + QLatin1Char('.') + decimals;
}

std::optional<ApiError> PrometheusDecoder::errorFromBody(int httpStatus, const QByteArray& body)
{
    const Json root = Json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (root.is_discarded() || !root.is_object()) {
        const QString what = notJsonDescription(body);
        if (httpStatus >= 400)
            return ApiError::make(ApiError::Kind::Http,
                QStringLiteral("HTTP %1 without Prometheus' JSON error (a proxy answered?): %2")
                    .arg(httpStatus)
                    .arg(what),
                httpStatus);
        return decodeError(what, httpStatus);
    }
    const QString status = stringMember(root, "status");
    if (status == QLatin1String("error"))
        return errorFromEnvelope(root, httpStatus);
    if (status == QLatin1String("success") && httpStatus < 400)
        return std::nullopt;
    if (httpStatus >= 400)
        return ApiError::make(ApiError::Kind::Http,
            QStringLiteral("HTTP %1 without Prometheus' JSON error (a proxy answered?)").arg(httpStatus), httpStatus);
    return decodeError(QStringLiteral("\"status\" is missing; this is not Prometheus' API"), httpStatus);
}

Result<InstantVector> PrometheusDecoder::decodeVector(const QByteArray& body, int maxSamples)
{
    using R = Result<InstantVector>;
    Result<StreamedResult> streamed = streamResult(body, maxSamples);
    if (!streamed)
        return R::failure(streamed.error());
    StreamedResult& s = streamed.value();
    InstantVector answer;
    answer.warnings = std::move(s.warnings);
    answer.infos = std::move(s.infos);
    if (s.resultType == QLatin1String("scalar")) {
        ApiError error;
        std::optional<MetricPoint> point =
            pointFrom(*member(*member(s.root, "data"), "result"), QStringLiteral("data.result"), &error);
        if (!point)
            return R::failure(error);
        answer.data.append(MetricSample{{}, point->value, point->at});
        return R(std::move(answer));
    }
    if (s.resultType != QLatin1String("vector"))
        return R::failure(decodeError(resultTypeMismatch(QStringLiteral("vector"), s.resultType)));
    if (!s.stream.matrix.isEmpty())
        return R::failure(decodeError(QStringLiteral("a vector result holds series with \"values\"")));
    answer.data = std::move(s.stream.vector);
    return R(std::move(answer));
}

Result<RangeMatrix> PrometheusDecoder::decodeMatrix(const QByteArray& body, int maxSamples)
{
    using R = Result<RangeMatrix>;
    Result<StreamedResult> streamed = streamResult(body, maxSamples);
    if (!streamed)
        return R::failure(streamed.error());
    StreamedResult& s = streamed.value();
    if (s.resultType != QLatin1String("matrix"))
        return R::failure(decodeError(resultTypeMismatch(QStringLiteral("matrix"), s.resultType)));
    if (!s.stream.vector.isEmpty())
        return R::failure(decodeError(QStringLiteral("a matrix result holds series with a single \"value\"")));
    RangeMatrix answer;
    answer.warnings = std::move(s.warnings);
    answer.infos = std::move(s.infos);
    answer.data = std::move(s.stream.matrix);
    return R(std::move(answer));
}

Result<ScalarValue> PrometheusDecoder::decodeScalar(const QByteArray& body)
{
    using R = Result<ScalarValue>;
    Result<StreamedResult> streamed = streamResult(body, kDefaultMaxSamples);
    if (!streamed)
        return R::failure(streamed.error());
    StreamedResult& s = streamed.value();
    if (s.resultType != QLatin1String("scalar"))
        return R::failure(decodeError(resultTypeMismatch(QStringLiteral("scalar"), s.resultType)));
    ApiError error;
    std::optional<MetricPoint> point =
        pointFrom(*member(*member(s.root, "data"), "result"), QStringLiteral("data.result"), &error);
    if (!point)
        return R::failure(error);
    ScalarValue answer;
    answer.data = *point;
    answer.warnings = std::move(s.warnings);
    answer.infos = std::move(s.infos);
    return R(std::move(answer));
}

Result<QList<ScrapeTarget>> PrometheusDecoder::decodeTargets(const QByteArray& body)
{
    using R = Result<QList<ScrapeTarget>>;
    try {
        Result<Json> root = parseEnvelope(body);
        if (!root)
            return R::failure(root.error());
        const Json* active = member(*member(*root, "data"), "activeTargets");
        if (!active || active->is_null())
            return R(QList<ScrapeTarget>{});
        if (!active->is_array())
            return R::failure(decodeError(QStringLiteral("\"data.activeTargets\" is not an array")));
        QList<ScrapeTarget> targets;
        targets.reserve(qsizetype(active->size()));
        int index = 0;
        for (const Json& item : *active) {
            const QString where = QStringLiteral("data.activeTargets[%1]").arg(index++);
            if (!item.is_object())
                return R::failure(decodeError(QStringLiteral("%1 is not an object").arg(where)));
            ApiError error;
            std::optional<MetricLabels> labels =
                labelsFrom(member(item, "labels"), where + QStringLiteral(".labels"), &error);
            if (!labels)
                return R::failure(error);
            ScrapeTarget target;
            target.labels = std::move(*labels);
            target.job = stringMember(item, "scrapePool");
            if (target.job.isEmpty())
                target.job = target.labels.value(QStringLiteral("job"));
            target.instance = target.labels.value(QStringLiteral("instance"));
            target.scrapeUrl = stringMember(item, "scrapeUrl");
            const QString health = stringMember(item, "health");
            target.health = health == QLatin1String("up") ? ScrapeTarget::Health::Up
                : health == QLatin1String("down")         ? ScrapeTarget::Health::Down
                                                          : ScrapeTarget::Health::Unknown;
            target.lastError = stringMember(item, "lastError");
            target.lastScrape = rfc3339(member(item, "lastScrape"));
            if (const Json* duration = member(item, "lastScrapeDuration"); duration && duration->is_number())
                target.lastScrapeDurationSeconds = duration->get<double>();
            targets.append(std::move(target));
        }
        return R(std::move(targets));
    } catch (const std::exception& e) {
        return R::failure(
            decodeError(QStringLiteral("the targets could not be read: %1").arg(QString::fromUtf8(e.what()))));
    }
}

Result<QList<RuleAlert>> PrometheusDecoder::decodeAlerts(const QByteArray& body)
{
    using R = Result<QList<RuleAlert>>;
    try {
        Result<Json> root = parseEnvelope(body);
        if (!root)
            return R::failure(root.error());
        const Json* alerts = member(*member(*root, "data"), "alerts");
        if (!alerts || alerts->is_null())
            return R(QList<RuleAlert>{});
        if (!alerts->is_array())
            return R::failure(decodeError(QStringLiteral("\"data.alerts\" is not an array")));
        QList<RuleAlert> list;
        int index = 0;
        for (const Json& item : *alerts) {
            ApiError error;
            std::optional<RuleAlert> alert =
                ruleAlertFrom(item, QStringLiteral("data.alerts[%1]").arg(index++), &error);
            if (!alert)
                return R::failure(error);
            list.append(std::move(*alert));
        }
        return R(std::move(list));
    } catch (const std::exception& e) {
        return R::failure(
            decodeError(QStringLiteral("the alerts could not be read: %1").arg(QString::fromUtf8(e.what()))));
    }
}

Result<QList<AlertingRule>> PrometheusDecoder::decodeRules(const QByteArray& body)
{
    using R = Result<QList<AlertingRule>>;
    try {
        Result<Json> root = parseEnvelope(body);
        if (!root)
            return R::failure(root.error());
        const Json* groups = member(*member(*root, "data"), "groups");
        if (!groups || groups->is_null())
            return R(QList<AlertingRule>{});
        if (!groups->is_array())
            return R::failure(decodeError(QStringLiteral("\"data.groups\" is not an array")));
        QList<AlertingRule> list;
        int groupIndex = 0;
        for (const Json& group : *groups) {
            const QString groupWhere = QStringLiteral("data.groups[%1]").arg(groupIndex++);
            if (!group.is_object())
                return R::failure(decodeError(QStringLiteral("%1 is not an object").arg(groupWhere)));
            const Json* rules = member(group, "rules");
            if (!rules || rules->is_null())
                continue;
            if (!rules->is_array())
                return R::failure(decodeError(QStringLiteral("%1.rules is not an array").arg(groupWhere)));
            int ruleIndex = 0;
            for (const Json& rule : *rules) {
                const QString where = QStringLiteral("%1.rules[%2]").arg(groupWhere).arg(ruleIndex++);
                if (!rule.is_object())
                    return R::failure(decodeError(QStringLiteral("%1 is not an object").arg(where)));
                if (stringMember(rule, "type") != QLatin1String("alerting"))
                    continue; // recording rules
                AlertingRule out;
                out.group = stringMember(group, "name");
                out.name = stringMember(rule, "name");
                out.query = stringMember(rule, "query");
                if (const Json* duration = member(rule, "duration"); duration && duration->is_number())
                    out.forSeconds = duration->get<double>();
                out.state = ruleAlertState(stringMember(rule, "state"));
                const QString health = stringMember(rule, "health");
                out.healthy = health != QLatin1String("err");
                out.lastError = stringMember(rule, "lastError");
                out.lastEvaluation = rfc3339(member(rule, "lastEvaluation"));
                ApiError error;
                std::optional<MetricLabels> labels =
                    labelsFrom(member(rule, "labels"), where + QStringLiteral(".labels"), &error);
                if (!labels)
                    return R::failure(error);
                std::optional<MetricLabels> annotations =
                    labelsFrom(member(rule, "annotations"), where + QStringLiteral(".annotations"), &error);
                if (!annotations)
                    return R::failure(error);
                out.labels = std::move(*labels);
                out.annotations = std::move(*annotations);
                if (const Json* alerts = member(rule, "alerts"); alerts && alerts->is_array()) {
                    int alertIndex = 0;
                    for (const Json& item : *alerts) {
                        std::optional<RuleAlert> alert =
                            ruleAlertFrom(item, QStringLiteral("%1.alerts[%2]").arg(where).arg(alertIndex++), &error);
                        if (!alert)
                            return R::failure(error);
                        out.alerts.append(std::move(*alert));
                    }
                }
                list.append(std::move(out));
            }
        }
        return R(std::move(list));
    } catch (const std::exception& e) {
        return R::failure(
            decodeError(QStringLiteral("the rules could not be read: %1").arg(QString::fromUtf8(e.what()))));
    }
}

} // namespace Fleetdeck
