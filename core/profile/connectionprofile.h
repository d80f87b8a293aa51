#pragma once

#include "core/result.h"
#include "core/store/registryconnection.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Fleetdeck {

struct UpstreamConfig
{
    bool enabled = false;
    QUrl url;
    QString secret; // name of the secret in the keychain; never the value
    int intervalSeconds = 0; // 0 = the upstream's default
    int timeoutMs = 15000;
    // Prometheus only: the series label that names a tenant's slug (empty = "tenant"); a series without it is
    // matched to a tenant by its target URL.
    QString tenantLabel;
    // Evolution API only: its QRCODE_LIMIT (how many QR codes one pairing may issue); 0 = Evolution's default, 30.
    int qrLimit = 0;
};

struct HealthConfig
{
    int intervalSeconds = 30;
    int degradedLatencyMs = 1000;
    int timeoutMs = 10000;
    int concurrency = 16;
};

// Which upstreams Fleetdeck talks to, where, and how often. Holds no secrets: only their names.
struct ConnectionProfile
{
    QString name;
    bool allowInsecureHttp = false;
    RegistryConnection registry;
    HealthConfig health;
    QString caPem; // extra trusted CA certificates (PEM) for self-hosted services
    QString caFile; // or a PEM file holding them
    QString cachePath; // empty = <app data>/cache/<name>.sqlite
    QMap<QString, UpstreamConfig> upstreams;

    static QStringList upstreamNames(); // evolution, n8n, stripe, prometheus, alertmanager, mautic
    static int defaultIntervalSeconds(const QString& upstream);
    [[nodiscard]] UpstreamConfig upstream(const QString& upstreamName) const;
    [[nodiscard]] int intervalSeconds(const QString& upstreamName) const;

    // Reads a profile file. `baseDir` resolves relative paths (registry path, caFile, cache path).
    // Refuses files that hold a secret value. Errors name the field.
    static Result<ConnectionProfile, QString> fromJson(const QByteArray& json, const QString& baseDir);
    static Result<ConnectionProfile, QString> fromFile(const QString& filePath);
    [[nodiscard]] QByteArray toJson() const;

    // Problems that would stop Fleetdeck from using the profile, in words; empty when fine.
    [[nodiscard]] QStringList validate() const;
    Result<QList<QSslCertificate>, QString> trustedCertificates() const;
    [[nodiscard]] QString effectiveCachePath() const;
    [[nodiscard]] QString effectiveRegistryPath() const;
};

} // namespace Fleetdeck
