#include "core/connectors/prometheus/metrictenantmap.h"

#include <QUrl>

namespace Fleetdeck {

MetricTenantMap::MetricTenantMap(const QList<Tenant>& tenants, const QString& tenantLabel)
    : m_label(tenantLabel.isEmpty() ? QLatin1String(kDefaultLabel) : tenantLabel)
{
    QHash<QString, QSet<QString>> slugsByHost;
    for (const Tenant& tenant : tenants) {
        if (tenant.slug.isEmpty())
            continue;
        m_slugs.insert(tenant.slug);
        for (const QString& url : tenant.healthUrls()) {
            const QString normalized = normalizedUrl(url);
            if (normalized.isEmpty())
                continue;
            m_byUrl.insert(normalized, tenant.slug);
            slugsByHost[hostOf(url)].insert(tenant.slug);
        }
    }
    for (auto it = slugsByHost.cbegin(); it != slugsByHost.cend(); ++it) {
        if (it.value().size() == 1 && !it.key().isEmpty())
            m_byHost.insert(it.key(), *it.value().cbegin());
    }
}

MetricTenantMap::Match MetricTenantMap::match(const MetricLabels& labels) const
{
    const QString labelled = labels.value(m_label);
    if (!labelled.isEmpty() && m_slugs.contains(labelled))
        return {labelled, MatchedBy::Label};
    const QString instance = labels.value(QStringLiteral("instance"));
    if (instance.isEmpty())
        return {};
    const QString normalized = normalizedUrl(instance);
    if (!normalized.isEmpty()) {
        const auto it = m_byUrl.constFind(normalized);
        if (it != m_byUrl.cend())
            return {it.value(), MatchedBy::Url};
    }
    const auto host = m_byHost.constFind(hostOf(instance));
    if (host != m_byHost.cend())
        return {host.value(), MatchedBy::Host};
    return {};
}

MetricTenantMap::Match MetricTenantMap::tenantFor(
    const MetricLabels& labels, const QList<Tenant>& tenants, const QString& tenantLabel)
{
    return MetricTenantMap(tenants, tenantLabel).match(labels);
}

QString MetricTenantMap::normalizedUrl(const QString& text)
{
    if (!text.contains(QLatin1String("://")))
        return {};
    QUrl url(text.trimmed(), QUrl::TolerantMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    if ((scheme == QLatin1String("http") && url.port() == 80)
        || (scheme == QLatin1String("https") && url.port() == 443))
        url.setPort(-1);
    url = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    if (url.path() == QLatin1String("/"))
        url.setPath(QString()); // "https://acme.example.com/" is "https://acme.example.com"
    return url.toString(QUrl::FullyEncoded);
}

QString MetricTenantMap::hostOf(const QString& instance)
{
    const QString text = instance.trimmed();
    if (text.contains(QLatin1String("://")))
        return QUrl(text, QUrl::TolerantMode).host().toLower();
    if (text.startsWith(QLatin1Char('['))) { // "[::1]:9100"
        const qsizetype end = text.indexOf(QLatin1Char(']'));
        return end > 0 ? text.mid(1, end - 1).toLower() : QString();
    }
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && text.indexOf(QLatin1Char(':')) == colon) // host:port (one colon; bare IPv6 has many)
        return text.left(colon).toLower();
    return text.toLower();
}

} // namespace Fleetdeck
