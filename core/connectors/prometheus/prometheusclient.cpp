#include "core/connectors/prometheus/prometheusclient.h"

#include "core/connectors/connectorsupport.h"
#include "core/logging.h"
#include "core/net/retrypolicy.h"

#include <QCoreApplication>
#include <QPointer>

#include <array>
#include <cmath>

namespace Fleetdeck {

namespace {

const QString kSource = QStringLiteral("Prometheus");

ApiError configError(const QString& message, const QUrl& url = {})
{
    return ConnectorSupport::configError(kSource, message, url);
}

// HttpClient already read the error message out of Prometheus' {"status":"error","error":…} body. When there
// was none, the answer came from something else (a proxy's HTML error page): say so.
ApiError explainTransportError(ApiError error)
{
    error.source = kSource;
    if (error.kind == ApiError::Kind::Http && error.message == QStringLiteral("HTTP %1").arg(error.httpStatus))
        error.message = QStringLiteral("HTTP %1 without Prometheus' JSON error; a proxy in front of Prometheus "
                                       "answered, or the URL does not point at Prometheus")
                            .arg(error.httpStatus);
    return error;
}

// The error an HTTP answer of 300 or more stands for (requests sent with acceptAnyStatus, see buildRequest).
ApiError statusError(const HttpResponse& response)
{
    ApiError error;
    const int status = response.status;
    if (status == 401 || status == 403) {
        const QString text = errorMessageFromBody(response.body);
        error = ApiError::make(
            ApiError::Kind::Unauthorized, text.isEmpty() ? QStringLiteral("the credential was refused") : text, status);
    } else if (status == 429) {
        const QString text = errorMessageFromBody(response.body);
        error = ApiError::make(ApiError::Kind::RateLimited, text.isEmpty() ? QStringLiteral("HTTP 429") : text, status);
        if (const auto wait =
                RetryPolicy::parseRetryAfter(response.header("Retry-After"), QDateTime::currentDateTimeUtc()))
            error.retryAfterSeconds = int(wait->count());
    } else if (status >= 300 && status < 400) {
        error = ApiError::make(ApiError::Kind::Http,
            QStringLiteral("HTTP %1: redirected to %2; use the final address as the Prometheus URL")
                .arg(status)
                .arg(QString::fromLatin1(response.header("Location"))),
            status);
    } else {
        error = PrometheusDecoder::errorFromBody(status, response.body)
                    .value_or(ApiError::make(ApiError::Kind::Http, QStringLiteral("HTTP %1").arg(status), status));
    }
    error.source = kSource;
    error.url = ConnectorSupport::shownUrl(response.url);
    return error;
}

template <typename T> void logNotes(const PrometheusAnswer<T>& answer, const QString& what)
{
    for (const QString& warning : answer.warnings)
        qCInfo(lcPrometheus).noquote() << what << "warning:" << warning;
    for (const QString& info : answer.infos)
        qCDebug(lcPrometheus).noquote() << what << "info:" << info;
}

// Sends a request and hands the body to `decode` (which returns Result<T>).
template <typename T, typename Decode>
HttpClient::RequestId sendAndDecode(HttpClient* http, Result<HttpRequest> request, const QObject* context,
    Decode decode, PrometheusClient::Callback<T> callback)
{
    if (!request) {
        ConnectorSupport::failLater<T>(http, context, std::move(callback), request.error());
        return 0;
    }
    return http->send(std::move(request).value(), context,
        [decode = std::move(decode), callback = std::move(callback)](Result<HttpResponse> response) {
            if (!callback)
                return;
            if (!response) {
                callback(Result<T>::failure(explainTransportError(response.error())));
                return;
            }
            if (response.value().status >= 300) {
                callback(Result<T>::failure(statusError(response.value())));
                return;
            }
            Result<T> decoded = decode(response.value().body);
            if (!decoded) {
                ApiError error = decoded.error();
                error.source = kSource;
                error.url = ConnectorSupport::shownUrl(response.value().url);
                if (error.httpStatus == 0)
                    error.httpStatus = response.value().status;
                qCInfo(lcPrometheus).noquote()
                    << "answer of" << error.url << "refused:" << ApiError::kindName(error.kind) << error.message;
                callback(Result<T>::failure(std::move(error)));
                return;
            }
            callback(std::move(decoded));
        });
}

} // namespace

PrometheusClient::PrometheusClient(HttpClient* http, Options options)
    : m_http(http)
    , m_options(std::move(options))
    , m_tenants(std::make_shared<MetricTenantMap>(QList<Tenant>{}, m_options.tenantLabel))
{
}

void PrometheusClient::setTenants(const QList<Tenant>& tenants)
{
    m_tenants = std::make_shared<MetricTenantMap>(tenants, m_options.tenantLabel);
}

Credential PrometheusClient::credentialFor(const QByteArray& secret)
{
    return ConnectorSupport::credentialFromSecret(secret);
}

QByteArray PrometheusClient::formEncode(const QList<QPair<QString, QString>>& parameters)
{
    QByteArray encoded;
    for (const auto& [name, value] : parameters) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return encoded;
}

Result<HttpRequest> PrometheusClient::buildRequest(
    const Options& options, const QString& path, const QList<QPair<QString, QString>>& parameters)
{
    const QUrl& base = options.url;
    const QString scheme = base.scheme().toLower();
    if (base.isEmpty())
        return Result<HttpRequest>::failure(configError(
            QCoreApplication::translate("PrometheusClient", "no URL is set; enter the address of Prometheus")));
    if (!base.isValid() || base.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return Result<HttpRequest>::failure(
            configError(QCoreApplication::translate("PrometheusClient", "\"%1\" is not an http:// or https:// address")
                            .arg(base.toString())));
    QUrl url = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    url.setPath(url.path() + path);

    HttpRequest request;
    request.source = kSource;
    request.timeout = options.timeout;
    request.maxRetries = std::max(0, options.maxRetries);
    request.maxBodyBytes = options.maxBodyBytes;
    request.credential = credentialFor(options.secret);
    request.idempotent = true; // every call here only reads, POSTed queries included
    const QByteArray form = formEncode(parameters);
    if (!form.isEmpty()) {
        QUrl withQuery = url;
        withQuery.setQuery(QString::fromLatin1(form), QUrl::StrictMode);
        if (withQuery.toEncoded().size() <= kMaxGetUrlLength) {
            request.url = withQuery;
        } else {
            request.url = url;
            request.method = QByteArrayLiteral("POST");
            request.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
            request.body = form;
        }
    } else {
        request.url = url;
    }
    // QNetworkReply reports HTTP 400 as a protocol error, which HttpClient takes for a failed transfer (retried,
    // then "network", with Prometheus' bad_data message lost). GETs therefore go through HttpClient's lean
    // HTTP/1.1 transport, which keeps every status and every policy; a POSTed query takes any status and this
    // client reads the error itself (5xx and 429 are then not retried, network failures still are).
    if (request.method == "GET")
        request.lightweight = true;
    else
        request.acceptAnyStatus = true;
    return Result<HttpRequest>(std::move(request));
}

std::chrono::seconds PrometheusClient::chooseStep(const QDateTime& start, const QDateTime& end, int maxPoints)
{
    static constexpr std::array<qint64, 18> kSteps = {
        1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400};
    const qint64 window = std::max<qint64>(1, (start.msecsTo(end) + 999) / 1000);
    const qint64 points = std::max(1, maxPoints);
    const qint64 wanted = (window + points - 1) / points;
    for (qint64 step : kSteps) {
        if (step >= wanted)
            return std::chrono::seconds(step);
    }
    return std::chrono::seconds((wanted + 86399) / 86400 * 86400);
}

HttpClient::RequestId PrometheusClient::instant(
    const QString& query, const QDateTime& at, const QObject* context, Callback<InstantVector> callback)
{
    QList<QPair<QString, QString>> parameters{{QStringLiteral("query"), query}};
    if (at.isValid())
        parameters.append({QStringLiteral("time"), PrometheusDecoder::secondsParameter(at)});
    const int maxSamples = m_options.maxSamples;
    return sendAndDecode<InstantVector>(
        m_http, buildRequest(m_options, QStringLiteral("/api/v1/query"), parameters), context,
        [maxSamples, query](const QByteArray& body) {
            Result<InstantVector> decoded = PrometheusDecoder::decodeVector(body, maxSamples);
            if (decoded)
                logNotes(decoded.value(), query);
            return decoded;
        },
        std::move(callback));
}

HttpClient::RequestId PrometheusClient::range(const QString& query, const QDateTime& start, const QDateTime& end,
    std::chrono::seconds step, const QObject* context, Callback<RangeMatrix> callback)
{
    if (!start.isValid() || !end.isValid() || end <= start) {
        ConnectorSupport::failLater<RangeMatrix>(m_http, context, std::move(callback),
            configError(QCoreApplication::translate("PrometheusClient", "a range query needs a start before its end"),
                m_options.url));
        return 0;
    }
    const qint64 window = std::max<qint64>(1, (start.msecsTo(end) + 999) / 1000);
    qint64 seconds = step.count() > 0 ? step.count() : chooseStep(start, end).count();
    if (window / seconds >= kMaxPointsPerSeries) {
        const qint64 raised = (window + kMaxPointsPerSeries - 2) / (kMaxPointsPerSeries - 1);
        qCInfo(lcPrometheus) << "step" << seconds << "s would exceed" << kMaxPointsPerSeries << "points; using"
                             << raised << "s";
        seconds = raised;
    }
    const qint64 stepMs = seconds * 1000;
    const qint64 startMs = start.toMSecsSinceEpoch() - start.toMSecsSinceEpoch() % stepMs;
    const qint64 endMs = end.toMSecsSinceEpoch() - end.toMSecsSinceEpoch() % stepMs;
    const QList<QPair<QString, QString>> parameters{{QStringLiteral("query"), query},
        {QStringLiteral("start"),
            PrometheusDecoder::secondsParameter(QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC))},
        {QStringLiteral("end"),
            PrometheusDecoder::secondsParameter(QDateTime::fromMSecsSinceEpoch(std::max(endMs, startMs), Qt::UTC))},
        {QStringLiteral("step"), QString::number(seconds)}};
    const int maxSamples = m_options.maxSamples;
    return sendAndDecode<RangeMatrix>(
        m_http, buildRequest(m_options, QStringLiteral("/api/v1/query_range"), parameters), context,
        [maxSamples, query](const QByteArray& body) {
            Result<RangeMatrix> decoded = PrometheusDecoder::decodeMatrix(body, maxSamples);
            if (decoded)
                logNotes(decoded.value(), query);
            return decoded;
        },
        std::move(callback));
}

HttpClient::RequestId PrometheusClient::targets(const QObject* context, Callback<QList<ScrapeTarget>> callback)
{
    return sendAndDecode<QList<ScrapeTarget>>(m_http,
        buildRequest(
            m_options, QStringLiteral("/api/v1/targets"), {{QStringLiteral("state"), QStringLiteral("active")}}),
        context, &PrometheusDecoder::decodeTargets, std::move(callback));
}

HttpClient::RequestId PrometheusClient::alerts(const QObject* context, Callback<QList<RuleAlert>> callback)
{
    return sendAndDecode<QList<RuleAlert>>(m_http, buildRequest(m_options, QStringLiteral("/api/v1/alerts"), {}),
        context, &PrometheusDecoder::decodeAlerts, std::move(callback));
}

HttpClient::RequestId PrometheusClient::rules(const QObject* context, Callback<QList<AlertingRule>> callback)
{
    return sendAndDecode<QList<AlertingRule>>(m_http,
        buildRequest(m_options, QStringLiteral("/api/v1/rules"), {{QStringLiteral("type"), QStringLiteral("alert")}}),
        context, &PrometheusDecoder::decodeRules, std::move(callback));
}

// The health queries: an instant query, then a pure join with the tenant map as it was when asked.
namespace {
template <typename T, typename Join>
HttpClient::RequestId healthQuery(PrometheusClient& client, const QString& query, const QObject* context,
    PrometheusClient::Callback<T> callback, Join join)
{
    return client.instant(
        query, {}, context, [join = std::move(join), callback = std::move(callback)](Result<InstantVector> vector) {
            if (!callback)
                return;
            if (!vector) {
                callback(Result<T>::failure(vector.error()));
                return;
            }
            callback(Result<T>(join(vector.value().data)));
        });
}
} // namespace

HttpClient::RequestId PrometheusClient::targetsUp(const QObject* context, Callback<QList<TargetUp>> callback)
{
    return healthQuery<QList<TargetUp>>(*this, PrometheusHealth::upQuery(), context, std::move(callback),
        [tenants = m_tenants](
            const QList<MetricSample>& samples) { return PrometheusHealth::targetsUp(samples, *tenants); });
}

HttpClient::RequestId PrometheusClient::probes(const QObject* context, Callback<QList<ProbeObservation>> callback)
{
    return healthQuery<QList<ProbeObservation>>(*this, PrometheusHealth::probeQuery(m_options.probeJobPattern), context,
        std::move(callback), [tenants = m_tenants](const QList<MetricSample>& samples) {
            return PrometheusHealth::probes(samples, *tenants);
        });
}

HttpClient::RequestId PrometheusClient::filesystems(const QObject* context, Callback<QList<FilesystemUsage>> callback)
{
    return healthQuery<QList<FilesystemUsage>>(*this, PrometheusHealth::filesystemQuery(m_options.excludedFsTypes),
        context, std::move(callback), [excluded = m_options.excludedFsTypes](const QList<MetricSample>& samples) {
            return PrometheusHealth::filesystems(samples, excluded);
        });
}

HttpClient::RequestId PrometheusClient::databases(
    const QObject* context, Callback<QList<DatabaseServerStatus>> callback)
{
    return healthQuery<QList<DatabaseServerStatus>>(*this, PrometheusHealth::databaseQuery(), context,
        std::move(callback), [](const QList<MetricSample>& samples) { return PrometheusHealth::databases(samples); });
}

HttpClient::RequestId PrometheusClient::backups(const QObject* context, Callback<QList<BackupStatus>> callback)
{
    return healthQuery<QList<BackupStatus>>(*this, PrometheusHealth::backupQuery(), context, std::move(callback),
        [tenants = m_tenants](
            const QList<MetricSample>& samples) { return PrometheusHealth::backups(samples, *tenants); });
}

} // namespace Fleetdeck
