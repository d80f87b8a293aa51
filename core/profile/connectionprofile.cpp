#include "core/profile/connectionprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <nlohmann/json.hpp>

namespace Fleetdeck {

namespace {

using Json = nlohmann::json;

QString str(const Json& value)
{
    return QString::fromStdString(value.get<std::string>());
}

// Keys that would carry a secret value; profile files name secrets, they never hold them.
bool isSecretKey(const std::string& key)
{
    QString k = QString::fromStdString(key).toLower();
    k.remove(QLatin1Char('_'));
    k.remove(QLatin1Char('-'));
    static const QStringList forbidden = {QStringLiteral("password"), QStringLiteral("apikey"), QStringLiteral("token"),
        QStringLiteral("key"), QStringLiteral("secretvalue"), QStringLiteral("clientsecret"), QStringLiteral("passwd"),
        QStringLiteral("accesstoken"), QStringLiteral("bearer")};
    return forbidden.contains(k);
}

std::optional<QString> findSecretKey(const Json& value, const QString& path)
{
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            const QString here = path.isEmpty() ? QString::fromStdString(it.key())
                                                : path + QLatin1Char('.') + QString::fromStdString(it.key());
            if (isSecretKey(it.key()))
                return here;
            if (auto nested = findSecretKey(it.value(), here))
                return nested;
        }
    } else if (value.is_array()) {
        int i = 0;
        for (const auto& item : value) {
            if (auto nested = findSecretKey(item, path + QStringLiteral("[%1]").arg(i++)))
                return nested;
        }
    }
    return std::nullopt;
}

// Typed field access that reports the field's path instead of throwing.
struct Reader
{
    QString error;

    QString string(const Json& object, const char* key, const QString& path, const QString& fallback = {})
    {
        const auto it = object.find(key);
        if (it == object.end() || it->is_null())
            return fallback;
        if (!it->is_string()) {
            fail(path + QLatin1Char('.') + QLatin1String(key),
                QCoreApplication::translate("ConnectionProfile", "must be a string"));
            return fallback;
        }
        return str(*it);
    }
    int integer(const Json& object, const char* key, const QString& path, int fallback, int min, int max)
    {
        const auto it = object.find(key);
        if (it == object.end() || it->is_null())
            return fallback;
        if (!it->is_number_integer()) {
            fail(path + QLatin1Char('.') + QLatin1String(key),
                QCoreApplication::translate("ConnectionProfile", "must be a whole number"));
            return fallback;
        }
        const auto v = it->get<long long>();
        if (v < min || v > max) {
            fail(path + QLatin1Char('.') + QLatin1String(key),
                QCoreApplication::translate("ConnectionProfile", "must be between %1 and %2").arg(min).arg(max));
            return fallback;
        }
        return static_cast<int>(v);
    }
    bool boolean(const Json& object, const char* key, const QString& path, bool fallback)
    {
        const auto it = object.find(key);
        if (it == object.end() || it->is_null())
            return fallback;
        if (!it->is_boolean()) {
            fail(path + QLatin1Char('.') + QLatin1String(key),
                QCoreApplication::translate("ConnectionProfile", "must be true or false"));
            return fallback;
        }
        return it->get<bool>();
    }
    void fail(const QString& field, const QString& what)
    {
        if (error.isEmpty())
            error = QCoreApplication::translate("ConnectionProfile", "\"%1\" %2").arg(field, what);
    }
};

QString resolvePath(const QString& path, const QString& baseDir)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || baseDir.isEmpty())
        return path;
    return QDir::cleanPath(QDir(baseDir).absoluteFilePath(path));
}

} // namespace

QStringList ConnectionProfile::upstreamNames()
{
    return {QStringLiteral("evolution"), QStringLiteral("n8n"), QStringLiteral("stripe"), QStringLiteral("prometheus"),
        QStringLiteral("alertmanager"), QStringLiteral("mautic")};
}

int ConnectionProfile::defaultIntervalSeconds(const QString& upstream)
{
    if (upstream == QLatin1String("stripe"))
        return 900;
    if (upstream == QLatin1String("prometheus") || upstream == QLatin1String("alertmanager"))
        return 30;
    if (upstream == QLatin1String("mautic"))
        return 300;
    return 60; // evolution, n8n
}

UpstreamConfig ConnectionProfile::upstream(const QString& upstreamName) const
{
    return upstreams.value(upstreamName);
}

int ConnectionProfile::intervalSeconds(const QString& upstreamName) const
{
    const int configured = upstreams.value(upstreamName).intervalSeconds;
    return configured > 0 ? configured : defaultIntervalSeconds(upstreamName);
}

Result<ConnectionProfile, QString> ConnectionProfile::fromFile(const QString& filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Result<ConnectionProfile, QString>::failure(
            QCoreApplication::translate("ConnectionProfile", "Cannot read the profile file %1: %2")
                .arg(QDir::toNativeSeparators(filePath), file.errorString()));
    if (file.size() > 4 * 1024 * 1024)
        return Result<ConnectionProfile, QString>::failure(QCoreApplication::translate("ConnectionProfile",
            "The profile file %1 is larger than 4 MiB; it is not a "
            "profile.")
                                                               .arg(QDir::toNativeSeparators(filePath)));
    auto result = fromJson(file.readAll(), QFileInfo(filePath).absolutePath());
    if (!result)
        return Result<ConnectionProfile, QString>::failure(
            QCoreApplication::translate("ConnectionProfile", "%1: %2")
                .arg(QDir::toNativeSeparators(filePath), result.error()));
    return result;
}

Result<ConnectionProfile, QString> ConnectionProfile::fromJson(const QByteArray& json, const QString& baseDir)
{
    using R = Result<ConnectionProfile, QString>;
    const Json root = Json::parse(json.constBegin(), json.constEnd(), nullptr, false);
    if (root.is_discarded() || !root.is_object())
        return R::failure(QCoreApplication::translate(
            "ConnectionProfile", "the profile is not a JSON object; see \"Profile file\" in README.md"));
    if (auto secretAt = findSecretKey(root, {}))
        return R::failure(QCoreApplication::translate("ConnectionProfile",
            "profile files must not hold secrets (found \"%1\"). Store the value in the keychain and "
            "name it with \"secret\".")
                              .arg(*secretAt));

    Reader read;
    ConnectionProfile p;
    p.name = read.string(root, "name", QStringLiteral("profile"));
    p.allowInsecureHttp = read.boolean(root, "allowInsecureHttp", QStringLiteral("profile"), false);
    p.cachePath = resolvePath(read.string(root, "cachePath", QStringLiteral("profile")), baseDir);

    if (const auto it = root.find("registry"); it != root.end()) {
        if (!it->is_object())
            return R::failure(QCoreApplication::translate("ConnectionProfile", "\"registry\" must be an object"));
        const QString path = QStringLiteral("registry");
        p.registry.driver = read.string(*it, "driver", path, QStringLiteral("sqlite"));
        p.registry.path = resolvePath(read.string(*it, "path", path), baseDir);
        p.registry.host = read.string(*it, "host", path, QStringLiteral("127.0.0.1"));
        p.registry.port = read.integer(*it, "port", path, 5432, 1, 65535);
        p.registry.database = read.string(*it, "database", path);
        p.registry.user = read.string(*it, "user", path);
        p.registry.secret = read.string(*it, "secret", path);
    }
    if (const auto it = root.find("health"); it != root.end()) {
        if (!it->is_object())
            return R::failure(QCoreApplication::translate("ConnectionProfile", "\"health\" must be an object"));
        const QString path = QStringLiteral("health");
        p.health.intervalSeconds = read.integer(*it, "intervalSeconds", path, p.health.intervalSeconds, 5, 86400);
        p.health.degradedLatencyMs =
            read.integer(*it, "degradedLatencyMs", path, p.health.degradedLatencyMs, 1, 600000);
        p.health.timeoutMs = read.integer(*it, "timeoutMs", path, p.health.timeoutMs, 100, 600000);
        p.health.concurrency = read.integer(*it, "concurrency", path, p.health.concurrency, 1, 512);
    }
    if (const auto it = root.find("tls"); it != root.end()) {
        if (!it->is_object())
            return R::failure(QCoreApplication::translate("ConnectionProfile", "\"tls\" must be an object"));
        p.caPem = read.string(*it, "caPem", QStringLiteral("tls"));
        p.caFile = resolvePath(read.string(*it, "caFile", QStringLiteral("tls")), baseDir);
    }
    if (const auto it = root.find("upstreams"); it != root.end()) {
        if (!it->is_object())
            return R::failure(QCoreApplication::translate("ConnectionProfile", "\"upstreams\" must be an object"));
        for (auto u = it->begin(); u != it->end(); ++u) {
            const QString name = QString::fromStdString(u.key());
            if (!upstreamNames().contains(name))
                return R::failure(
                    QCoreApplication::translate("ConnectionProfile", "unknown upstream \"%1\" (known: %2)")
                        .arg(name, upstreamNames().join(QStringLiteral(", "))));
            if (!u.value().is_object())
                return R::failure(
                    QCoreApplication::translate("ConnectionProfile", "\"upstreams.%1\" must be an object").arg(name));
            const QString path = QStringLiteral("upstreams.") + name;
            UpstreamConfig config;
            config.enabled = read.boolean(u.value(), "enabled", path, true);
            config.url = QUrl(read.string(u.value(), "url", path), QUrl::StrictMode);
            config.secret = read.string(u.value(), "secret", path);
            config.intervalSeconds = read.integer(u.value(), "intervalSeconds", path, 0, 0, 86400);
            config.timeoutMs = read.integer(u.value(), "timeoutMs", path, config.timeoutMs, 100, 600000);
            config.tenantLabel = read.string(u.value(), "tenantLabel", path);
            config.qrLimit = read.integer(u.value(), "qrLimit", path, 0, 0, 1000);
            p.upstreams.insert(name, config);
        }
    }
    if (!read.error.isEmpty())
        return R::failure(read.error);
    const QStringList problems = p.validate();
    if (!problems.isEmpty())
        return R::failure(problems.first());
    return R(p);
}

QStringList ConnectionProfile::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << QCoreApplication::translate("ConnectionProfile", "the profile needs a \"name\"");
    if (registry.driver != QLatin1String("sqlite") && registry.driver != QLatin1String("postgres"))
        problems << QCoreApplication::translate(
            "ConnectionProfile", "\"registry.driver\" must be \"sqlite\" or \"postgres\", not \"%1\"")
                        .arg(registry.driver);
    if (registry.isPostgres()) {
        if (registry.database.isEmpty())
            problems << QCoreApplication::translate(
                "ConnectionProfile", "a PostgreSQL registry needs \"registry.database\"");
        if (registry.user.isEmpty())
            problems << QCoreApplication::translate(
                "ConnectionProfile", "a PostgreSQL registry needs \"registry.user\"");
    }
    for (auto it = upstreams.begin(); it != upstreams.end(); ++it) {
        if (!it->enabled)
            continue;
        const QString scheme = it->url.scheme();
        if (!it->url.isValid() || it->url.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            problems << QCoreApplication::translate(
                "ConnectionProfile", "\"upstreams.%1.url\" must be an http:// or https:// address")
                            .arg(it.key());
    }
    return problems;
}

QByteArray ConnectionProfile::toJson() const
{
    Json root = Json::object();
    root["name"] = name.toStdString();
    root["allowInsecureHttp"] = allowInsecureHttp;
    Json reg = Json::object();
    reg["driver"] = registry.driver.toStdString();
    if (registry.isPostgres()) {
        reg["host"] = registry.host.toStdString();
        reg["port"] = registry.port;
        reg["database"] = registry.database.toStdString();
        reg["user"] = registry.user.toStdString();
        if (!registry.secret.isEmpty())
            reg["secret"] = registry.secret.toStdString();
    } else if (!registry.path.isEmpty()) {
        reg["path"] = registry.path.toStdString();
    }
    root["registry"] = reg;
    root["health"] = {{"intervalSeconds", health.intervalSeconds}, {"degradedLatencyMs", health.degradedLatencyMs},
        {"timeoutMs", health.timeoutMs}, {"concurrency", health.concurrency}};
    if (!caPem.isEmpty() || !caFile.isEmpty()) {
        Json tls = Json::object();
        if (!caPem.isEmpty())
            tls["caPem"] = caPem.toStdString();
        if (!caFile.isEmpty())
            tls["caFile"] = caFile.toStdString();
        root["tls"] = tls;
    }
    if (!cachePath.isEmpty())
        root["cachePath"] = cachePath.toStdString();
    Json ups = Json::object();
    for (auto it = upstreams.begin(); it != upstreams.end(); ++it) {
        Json u = Json::object();
        u["enabled"] = it->enabled;
        u["url"] = it->url.toString().toStdString();
        if (!it->secret.isEmpty())
            u["secret"] = it->secret.toStdString();
        if (it->intervalSeconds > 0)
            u["intervalSeconds"] = it->intervalSeconds;
        u["timeoutMs"] = it->timeoutMs;
        if (!it->tenantLabel.isEmpty())
            u["tenantLabel"] = it->tenantLabel.toStdString();
        if (it->qrLimit > 0)
            u["qrLimit"] = it->qrLimit;
        ups[it.key().toStdString()] = u;
    }
    root["upstreams"] = ups;
    return QByteArray::fromStdString(root.dump(2));
}

Result<QList<QSslCertificate>, QString> ConnectionProfile::trustedCertificates() const
{
    using R = Result<QList<QSslCertificate>, QString>;
    QList<QSslCertificate> certificates;
    if (!caPem.isEmpty()) {
        const auto parsed = QSslCertificate::fromData(caPem.toUtf8(), QSsl::Pem);
        if (parsed.isEmpty())
            return R::failure(
                QCoreApplication::translate("ConnectionProfile", "\"tls.caPem\" holds no PEM certificate"));
        certificates << parsed;
    }
    if (!caFile.isEmpty()) {
        QFile file(caFile);
        if (!file.open(QIODevice::ReadOnly))
            return R::failure(QCoreApplication::translate("ConnectionProfile", "cannot read \"tls.caFile\" %1: %2")
                                  .arg(QDir::toNativeSeparators(caFile), file.errorString()));
        const auto parsed = QSslCertificate::fromData(file.read(4 * 1024 * 1024), QSsl::Pem);
        if (parsed.isEmpty())
            return R::failure(
                QCoreApplication::translate("ConnectionProfile", "\"tls.caFile\" %1 holds no PEM certificate")
                    .arg(QDir::toNativeSeparators(caFile)));
        certificates << parsed;
    }
    return R(certificates);
}

QString ConnectionProfile::effectiveCachePath() const
{
    if (!cachePath.isEmpty())
        return cachePath;
    QString safe = name;
    for (QChar& c : safe) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cache/") + safe
        + QStringLiteral(".sqlite");
}

QString ConnectionProfile::effectiveRegistryPath() const
{
    if (!registry.path.isEmpty())
        return registry.path;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/registry.sqlite");
}

} // namespace Fleetdeck
