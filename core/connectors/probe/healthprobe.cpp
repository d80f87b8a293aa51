#include "core/connectors/probe/healthprobe.h"

#include <QCoreApplication>

namespace Fleetdeck {

HealthProbe::HealthProbe(HttpClient* http)
    : m_http(http)
{
}

HttpClient::RequestId HealthProbe::probe(
    const QString& tenantSlug, const QUrl& url, const ProbeOptions& options, const QObject* context, Callback callback)
{
    HttpRequest request;
    request.url = url;
    request.timeout = std::chrono::milliseconds(options.timeoutMs);
    request.maxRetries = 0;
    request.acceptAnyStatus = true;
    request.lightweight = true; // thousands per round: the lean transport
    request.maxBodyBytes = 1024 * 1024; // a health page, not a download
    static const QString source = QCoreApplication::translate("HealthProbe", "Health check");
    request.source = source;
    return m_http->send(std::move(request), context,
        [tenantSlug, url, options, callback = std::move(callback)](Result<HttpResponse> result) {
            callback(
                classify(tenantSlug, url, result, options, QDateTime::currentDateTimeUtc()), isUnreachable(result));
        });
}

bool HealthProbe::isUnreachable(const Result<HttpResponse>& result)
{
    return !result
        && (result.error().kind == ApiError::Kind::Network || result.error().kind == ApiError::Kind::Timeout);
}

HealthSample HealthProbe::classify(const QString& tenantSlug, const QUrl& url, const Result<HttpResponse>& result,
    const ProbeOptions& options, const QDateTime& checkedAt)
{
    HealthSample sample;
    sample.tenantSlug = tenantSlug;
    sample.url = url.toString();
    sample.checkedAt = checkedAt;
    if (!result) {
        const ApiError& error = result.error();
        sample.state = HealthState::Down;
        sample.tlsExpiresAt = error.certificateExpiresAt;
        switch (error.kind) {
        case ApiError::Kind::Timeout:
            sample.error = QCoreApplication::translate("HealthProbe", "no answer within %1 s")
                               .arg(QString::number(options.timeoutMs / 1000.0, 'g', 3));
            break;
        case ApiError::Kind::Tls:
            sample.error = QCoreApplication::translate("HealthProbe", "TLS: %1").arg(error.message);
            break;
        case ApiError::Kind::TooLarge:
            sample.error = QCoreApplication::translate("HealthProbe", "the health page is larger than 1 MiB");
            break;
        case ApiError::Kind::Config:
            sample.state = HealthState::Unknown;
            sample.error = QCoreApplication::translate("HealthProbe", "bad health URL: %1").arg(error.message);
            break;
        case ApiError::Kind::Cancelled:
            sample.state = HealthState::Unknown;
            sample.error = QCoreApplication::translate("HealthProbe", "check cancelled");
            break;
        default:
            sample.error = error.message;
            break;
        }
        return sample;
    }
    const HttpResponse& response = result.value();
    sample.httpStatus = response.status;
    sample.latencyMs = static_cast<int>(response.elapsed.count());
    sample.tlsExpiresAt = response.tlsExpiresAt;
    if (response.status >= 400 || response.status < 100) {
        sample.state = HealthState::Down;
        sample.error = QCoreApplication::translate("HealthProbe", "answered HTTP %1").arg(response.status);
    } else if (sample.latencyMs > options.degradedLatencyMs) {
        sample.state = HealthState::Degraded;
        sample.error = QCoreApplication::translate("HealthProbe", "slow: %1 ms (limit %2 ms)")
                           .arg(sample.latencyMs)
                           .arg(options.degradedLatencyMs);
    } else {
        sample.state = HealthState::Up;
    }
    return sample;
}

} // namespace Fleetdeck
