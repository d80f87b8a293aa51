#pragma once

#include "core/connectors/prometheus/metrictenantmap.h"
#include "core/connectors/prometheus/prometheusanswer.h"
#include "core/connectors/prometheus/prometheusdecoder.h"
#include "core/connectors/prometheus/prometheushealth.h"
#include "core/domain/alertingrule.h"
#include "core/domain/backupstatus.h"
#include "core/domain/databaseserverstatus.h"
#include "core/domain/filesystemusage.h"
#include "core/domain/probeobservation.h"
#include "core/domain/rulealert.h"
#include "core/domain/scrapetarget.h"
#include "core/domain/targetup.h"
#include "core/domain/tenant.h"
#include "core/net/httpclient.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

namespace Fleetdeck {

// Prometheus' HTTP API (v1) over the shared HttpClient: queries, targets, alerts, rules, and the health
// queries the console needs, each returning typed values. Queries go as GET while the URL stays short and
// as a form-encoded POST otherwise (both are read-only, so both are retried on 5xx/429/network errors).
// Many installs sit behind a reverse proxy with basic auth: the optional secret VALUE is sent as HTTP Basic
// when it reads "user:password", as a Bearer token otherwise.
//
// Callbacks run on `context`'s thread, never inside the call, and not at all once `context` is destroyed.
class PrometheusClient
{
public:
    template <typename T> using Callback = std::function<void(Result<T>)>;

    struct Options
    {
        QUrl url; // the base URL, e.g. https://prom.example.com or http://127.0.0.1:9090/prometheus
        QByteArray secret; // a value, never logged; empty = no authentication
        std::chrono::milliseconds timeout{15000};
        int maxRetries = 2;
        int maxSamples = PrometheusDecoder::kDefaultMaxSamples; // bigger results are refused (TooLarge)
        qint64 maxBodyBytes = 64LL * 1024 * 1024;
        QString tenantLabel = QLatin1String(MetricTenantMap::kDefaultLabel);
        QStringList excludedFsTypes = PrometheusHealth::defaultExcludedFsTypes();
        QString probeJobPattern; // regex on blackbox jobs; empty = every job that has probe_* series
    };

    // Range queries for charts ask for at most this many points per series (a chart is a few hundred
    // pixels wide), far below Prometheus' hard limit of 11,000 points per series.
    static constexpr int kChartPoints = 300;
    static constexpr int kMaxPointsPerSeries = 11000;
    // Longer query URLs are sent as a POST body instead (proxies often cap URLs at 2-8 KiB).
    static constexpr int kMaxGetUrlLength = 2000;

    PrometheusClient(HttpClient* http, Options options);

    [[nodiscard]] const Options& options() const { return m_options; }
    // The tenants series are mapped to (label first, then health URLs); see MetricTenantMap.
    void setTenants(const QList<Tenant>& tenants);

    // GET|POST /api/v1/query. `at` invalid = Prometheus' own "now".
    HttpClient::RequestId instant(
        const QString& query, const QDateTime& at, const QObject* context, Callback<InstantVector> callback);
    // GET|POST /api/v1/query_range. `step` 0 = chooseStep(start, end); a step that would exceed 11,000 points
    // per series is raised. start and end are aligned down to the step so repeated charts line up.
    HttpClient::RequestId range(const QString& query, const QDateTime& start, const QDateTime& end,
        std::chrono::seconds step, const QObject* context, Callback<RangeMatrix> callback);
    // GET /api/v1/targets?state=active
    HttpClient::RequestId targets(const QObject* context, Callback<QList<ScrapeTarget>> callback);
    // GET /api/v1/alerts: Prometheus' own view (pending and firing), before Alertmanager.
    HttpClient::RequestId alerts(const QObject* context, Callback<QList<RuleAlert>> callback);
    // GET /api/v1/rules?type=alert
    HttpClient::RequestId rules(const QObject* context, Callback<QList<AlertingRule>> callback);

    // The health queries (see PrometheusHealth for the metrics). One request each.
    HttpClient::RequestId targetsUp(const QObject* context, Callback<QList<TargetUp>> callback);
    HttpClient::RequestId probes(const QObject* context, Callback<QList<ProbeObservation>> callback);
    HttpClient::RequestId filesystems(const QObject* context, Callback<QList<FilesystemUsage>> callback);
    HttpClient::RequestId databases(const QObject* context, Callback<QList<DatabaseServerStatus>> callback);
    HttpClient::RequestId backups(const QObject* context, Callback<QList<BackupStatus>> callback);

    // The step for a window: the smallest of 1 s, 2 s, 5 s, 10 s, 15 s, 30 s, 1 m, 2 m, 5 m, 10 m, 15 m, 30 m,
    // 1 h, 2 h, 3 h, 6 h, 12 h, 1 d (then whole days) that keeps the window within `maxPoints` steps.
    static std::chrono::seconds chooseStep(const QDateTime& start, const QDateTime& end, int maxPoints = kChartPoints);
    // "user:password" -> Basic; anything else -> Bearer; empty -> none.
    static Credential credentialFor(const QByteArray& secret);
    // The request for an API path and its parameters (GET, or POST when the URL would be too long). Pure.
    static Result<HttpRequest> buildRequest(
        const Options& options, const QString& path, const QList<QPair<QString, QString>>& parameters);
    // application/x-www-form-urlencoded, every reserved character (also '+') percent-encoded.
    static QByteArray formEncode(const QList<QPair<QString, QString>>& parameters);

private:
    HttpClient* m_http;
    Options m_options;
    std::shared_ptr<const MetricTenantMap> m_tenants;
};

} // namespace Fleetdeck
