#pragma once

#include "core/domain/healthsample.h"
#include "core/net/httpclient.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace Fleetdeck {

struct ProbeOptions
{
    int degradedLatencyMs = 1000;
    int timeoutMs = 10000;
};

// Probes one tenant endpoint over HTTP(S): status code, latency and TLS certificate expiry,
// classified as up / degraded (slow) / down. Never retries: a probe measures, it does not insist.
class HealthProbe
{
public:
    // `unreachable`: nothing answered at all (refused, DNS, timeout), which says as much about our side as theirs.
    using Callback = std::function<void(HealthSample sample, bool unreachable)>;

    explicit HealthProbe(HttpClient* http);

    HttpClient::RequestId probe(const QString& tenantSlug, const QUrl& url, const ProbeOptions& options,
        const QObject* context, Callback callback);

    // Pure classification, also used by tests: how a finished request turns into a sample.
    static HealthSample classify(const QString& tenantSlug, const QUrl& url, const Result<HttpResponse>& result,
        const ProbeOptions& options, const QDateTime& checkedAt);
    // True when no answer arrived at all: connection refused, name not found, or a timeout.
    static bool isUnreachable(const Result<HttpResponse>& result);

private:
    HttpClient* m_http;
};

} // namespace Fleetdeck
