#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Fleetdeck {

enum class TenantStatus
{
    Active,
    Suspended,
    Churned,
};

// Where Fleetdeck finds a client on each upstream. A tenant may have several Health URLs.
struct TenantEndpoint
{
    enum class Kind
    {
        Health,
        Mautic,
        EvolutionInstance,
        N8nTag,
        StripeCustomer,
        GhlLocation,
        Host,
    };
    Kind kind = Kind::Health;
    QString value;

    friend bool operator==(const TenantEndpoint&, const TenantEndpoint&) = default;
};

struct Tenant
{
    qint64 id = 0;
    QString slug;
    QString name;
    TenantStatus status = TenantStatus::Active;
    QString plan; // plan code, empty when none
    QDateTime createdAt;
    QString contact;
    QString notes;
    QList<TenantEndpoint> endpoints;

    [[nodiscard]] QStringList endpointValues(TenantEndpoint::Kind kind) const;
    [[nodiscard]] QString endpointValue(TenantEndpoint::Kind kind) const; // first one, empty when none
    [[nodiscard]] QStringList healthUrls() const { return endpointValues(TenantEndpoint::Kind::Health); }
    [[nodiscard]] QString host() const { return endpointValue(TenantEndpoint::Kind::Host); }
    [[nodiscard]] bool isMonitored() const { return status == TenantStatus::Active; }
};

// Stable wire/database names ("active", "evolution_instance", ...). Never translated.
QString tenantStatusName(TenantStatus status);
std::optional<TenantStatus> tenantStatusFromName(const QString& name);
QString endpointKindName(TenantEndpoint::Kind kind);
std::optional<TenantEndpoint::Kind> endpointKindFromName(const QString& name);
QList<TenantEndpoint::Kind> allEndpointKinds();
// The translated word for a status, for people.
QString tenantStatusDisplayName(TenantStatus status);
// A slug is lower-case letters, digits and dashes, 1–63 characters, starting with a letter or digit.
bool isValidSlug(const QString& slug);

} // namespace Fleetdeck
