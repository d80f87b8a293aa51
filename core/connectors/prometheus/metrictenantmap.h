#pragma once

#include "core/domain/metricsample.h"
#include "core/domain/tenant.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Fleetdeck {

// Which tenant a Prometheus series belongs to. In order:
//   1. a label naming the tenant (default "tenant"; scrape configs add it with `labels: {tenant: "<slug>"}`),
//      when it names a known tenant;
//   2. the series' `instance` (for blackbox probes: the probed URL) equal to one of a tenant's Health URLs,
//      compared after normalising (scheme and host in lower case, default port and trailing slash dropped);
//   3. the instance's host, when exactly one tenant has a Health URL on that host.
// Built once from the tenant list, then a lookup per series (cheap for thousands of series).
class MetricTenantMap
{
public:
    enum class MatchedBy
    {
        None,
        Label,
        Url,
        Host,
    };
    struct Match
    {
        QString slug; // empty when no tenant matches
        MatchedBy by = MatchedBy::None;
    };

    static constexpr const char* kDefaultLabel = "tenant";

    MetricTenantMap() = default;
    explicit MetricTenantMap(const QList<Tenant>& tenants, const QString& tenantLabel = QLatin1String(kDefaultLabel));

    [[nodiscard]] Match match(const MetricLabels& labels) const;
    [[nodiscard]] QString slugFor(const MetricLabels& labels) const { return match(labels).slug; }
    [[nodiscard]] const QString& tenantLabel() const { return m_label; }
    [[nodiscard]] bool isEmpty() const { return m_slugs.isEmpty(); }

    // The pure one-shot form: builds the map and looks one series up.
    static Match tenantFor(const MetricLabels& labels, const QList<Tenant>& tenants,
        const QString& tenantLabel = QLatin1String(kDefaultLabel));
    // "HTTPS://Acme.Example.com:443/health/" -> "https://acme.example.com/health"; empty for a non-URL.
    static QString normalizedUrl(const QString& url);
    // The host of a URL or of "host:port" ("srv-1:9100" -> "srv-1"), lower case.
    static QString hostOf(const QString& instance);

private:
    QString m_label = QLatin1String(kDefaultLabel);
    QSet<QString> m_slugs;
    QHash<QString, QString> m_byUrl; // normalised health URL -> slug
    QHash<QString, QString> m_byHost; // host -> slug, only for hosts with one tenant
};

} // namespace Fleetdeck
