#include "core/profile/profilestore.h"

#include <QSettings>

namespace Fleetdeck {

namespace {
QString groupFor(const QString& name)
{
    // QSettings treats '/' as a separator; keep profile names flat.
    QString key = name;
    key.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("profiles/") + key;
}
} // namespace

ProfileStore::ProfileStore()
    : m_settings(std::make_unique<QSettings>())
{
}

ProfileStore::ProfileStore(std::unique_ptr<QSettings> settings)
    : m_settings(std::move(settings))
{
}

ProfileStore::~ProfileStore() = default;

QStringList ProfileStore::names() const
{
    m_settings->beginGroup(QStringLiteral("profiles"));
    QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    QStringList names;
    for (const QString& group : groups)
        names << m_settings->value(QStringLiteral("profiles/%1/name").arg(group), group).toString();
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<ConnectionProfile> ProfileStore::load(const QString& name) const
{
    const QString group = groupFor(name);
    if (!m_settings->childGroups().contains(QStringLiteral("profiles"))
        || !m_settings->contains(group + QStringLiteral("/name")))
        return std::nullopt;
    QSettings& s = *m_settings;
    s.beginGroup(group);
    ConnectionProfile p;
    p.name = s.value(QStringLiteral("name")).toString();
    p.allowInsecureHttp = s.value(QStringLiteral("allowInsecureHttp"), false).toBool();
    p.cachePath = s.value(QStringLiteral("cachePath")).toString();
    p.caPem = s.value(QStringLiteral("tls/caPem")).toString();
    p.caFile = s.value(QStringLiteral("tls/caFile")).toString();
    p.registry.driver = s.value(QStringLiteral("registry/driver"), QStringLiteral("sqlite")).toString();
    p.registry.path = s.value(QStringLiteral("registry/path")).toString();
    p.registry.host = s.value(QStringLiteral("registry/host"), QStringLiteral("127.0.0.1")).toString();
    p.registry.port = s.value(QStringLiteral("registry/port"), 5432).toInt();
    p.registry.database = s.value(QStringLiteral("registry/database")).toString();
    p.registry.user = s.value(QStringLiteral("registry/user")).toString();
    p.registry.secret = s.value(QStringLiteral("registry/secret")).toString();
    p.health.intervalSeconds = s.value(QStringLiteral("health/intervalSeconds"), p.health.intervalSeconds).toInt();
    p.health.degradedLatencyMs =
        s.value(QStringLiteral("health/degradedLatencyMs"), p.health.degradedLatencyMs).toInt();
    p.health.timeoutMs = s.value(QStringLiteral("health/timeoutMs"), p.health.timeoutMs).toInt();
    p.health.concurrency = s.value(QStringLiteral("health/concurrency"), p.health.concurrency).toInt();
    for (const QString& upstream : ConnectionProfile::upstreamNames()) {
        const QString prefix = QStringLiteral("upstreams/") + upstream + QLatin1Char('/');
        if (!s.contains(prefix + QStringLiteral("url")))
            continue;
        UpstreamConfig u;
        u.enabled = s.value(prefix + QStringLiteral("enabled"), true).toBool();
        u.url = QUrl(s.value(prefix + QStringLiteral("url")).toString());
        u.secret = s.value(prefix + QStringLiteral("secret")).toString();
        u.intervalSeconds = s.value(prefix + QStringLiteral("intervalSeconds"), 0).toInt();
        u.timeoutMs = s.value(prefix + QStringLiteral("timeoutMs"), u.timeoutMs).toInt();
        u.tenantLabel = s.value(prefix + QStringLiteral("tenantLabel")).toString();
        u.qrLimit = s.value(prefix + QStringLiteral("qrLimit"), 0).toInt();
        p.upstreams.insert(upstream, u);
    }
    s.endGroup();
    return p;
}

void ProfileStore::save(const ConnectionProfile& p)
{
    QSettings& s = *m_settings;
    s.remove(groupFor(p.name));
    s.beginGroup(groupFor(p.name));
    s.setValue(QStringLiteral("name"), p.name);
    s.setValue(QStringLiteral("allowInsecureHttp"), p.allowInsecureHttp);
    if (!p.cachePath.isEmpty())
        s.setValue(QStringLiteral("cachePath"), p.cachePath);
    if (!p.caPem.isEmpty())
        s.setValue(QStringLiteral("tls/caPem"), p.caPem);
    if (!p.caFile.isEmpty())
        s.setValue(QStringLiteral("tls/caFile"), p.caFile);
    s.setValue(QStringLiteral("registry/driver"), p.registry.driver);
    s.setValue(QStringLiteral("registry/path"), p.registry.path);
    s.setValue(QStringLiteral("registry/host"), p.registry.host);
    s.setValue(QStringLiteral("registry/port"), p.registry.port);
    s.setValue(QStringLiteral("registry/database"), p.registry.database);
    s.setValue(QStringLiteral("registry/user"), p.registry.user);
    s.setValue(QStringLiteral("registry/secret"), p.registry.secret); // the name only
    s.setValue(QStringLiteral("health/intervalSeconds"), p.health.intervalSeconds);
    s.setValue(QStringLiteral("health/degradedLatencyMs"), p.health.degradedLatencyMs);
    s.setValue(QStringLiteral("health/timeoutMs"), p.health.timeoutMs);
    s.setValue(QStringLiteral("health/concurrency"), p.health.concurrency);
    for (auto it = p.upstreams.begin(); it != p.upstreams.end(); ++it) {
        const QString prefix = QStringLiteral("upstreams/") + it.key() + QLatin1Char('/');
        s.setValue(prefix + QStringLiteral("enabled"), it->enabled);
        s.setValue(prefix + QStringLiteral("url"), it->url.toString());
        s.setValue(prefix + QStringLiteral("secret"), it->secret);
        s.setValue(prefix + QStringLiteral("intervalSeconds"), it->intervalSeconds);
        s.setValue(prefix + QStringLiteral("timeoutMs"), it->timeoutMs);
        if (it->tenantLabel.isEmpty())
            s.remove(prefix + QStringLiteral("tenantLabel"));
        else
            s.setValue(prefix + QStringLiteral("tenantLabel"), it->tenantLabel);
        if (it->qrLimit > 0)
            s.setValue(prefix + QStringLiteral("qrLimit"), it->qrLimit);
        else
            s.remove(prefix + QStringLiteral("qrLimit"));
    }
    s.endGroup();
    s.sync();
}

bool ProfileStore::remove(const QString& name)
{
    if (!load(name))
        return false;
    m_settings->remove(groupFor(name));
    if (activeName() == name)
        m_settings->remove(QStringLiteral("activeProfile"));
    m_settings->sync();
    return true;
}

QString ProfileStore::activeName() const
{
    return m_settings->value(QStringLiteral("activeProfile")).toString();
}

void ProfileStore::setActiveName(const QString& name)
{
    m_settings->setValue(QStringLiteral("activeProfile"), name);
    m_settings->sync();
}

} // namespace Fleetdeck
