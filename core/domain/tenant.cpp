#include "core/domain/tenant.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Fleetdeck {

QStringList Tenant::endpointValues(TenantEndpoint::Kind kind) const
{
    QStringList values;
    for (const TenantEndpoint& endpoint : endpoints) {
        if (endpoint.kind == kind)
            values << endpoint.value;
    }
    return values;
}

QString Tenant::endpointValue(TenantEndpoint::Kind kind) const
{
    for (const TenantEndpoint& endpoint : endpoints) {
        if (endpoint.kind == kind)
            return endpoint.value;
    }
    return {};
}

QString tenantStatusName(TenantStatus status)
{
    switch (status) {
    case TenantStatus::Active:
        return QStringLiteral("active");
    case TenantStatus::Suspended:
        return QStringLiteral("suspended");
    case TenantStatus::Churned:
        return QStringLiteral("churned");
    }
    return QStringLiteral("active");
}

std::optional<TenantStatus> tenantStatusFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("active"))
        return TenantStatus::Active;
    if (n == QLatin1String("suspended"))
        return TenantStatus::Suspended;
    if (n == QLatin1String("churned"))
        return TenantStatus::Churned;
    return std::nullopt;
}

QString tenantStatusDisplayName(TenantStatus status)
{
    switch (status) {
    case TenantStatus::Active:
        return QCoreApplication::translate("Tenant", "active");
    case TenantStatus::Suspended:
        return QCoreApplication::translate("Tenant", "suspended");
    case TenantStatus::Churned:
        return QCoreApplication::translate("Tenant", "churned");
    }
    return {};
}

QString endpointKindName(TenantEndpoint::Kind kind)
{
    switch (kind) {
    case TenantEndpoint::Kind::Health:
        return QStringLiteral("health");
    case TenantEndpoint::Kind::Mautic:
        return QStringLiteral("mautic");
    case TenantEndpoint::Kind::EvolutionInstance:
        return QStringLiteral("evolution_instance");
    case TenantEndpoint::Kind::N8nTag:
        return QStringLiteral("n8n_tag");
    case TenantEndpoint::Kind::StripeCustomer:
        return QStringLiteral("stripe_customer");
    case TenantEndpoint::Kind::GhlLocation:
        return QStringLiteral("ghl_location");
    case TenantEndpoint::Kind::Host:
        return QStringLiteral("host");
    }
    return {};
}

QList<TenantEndpoint::Kind> allEndpointKinds()
{
    using K = TenantEndpoint::Kind;
    return {K::Health, K::Mautic, K::EvolutionInstance, K::N8nTag, K::StripeCustomer, K::GhlLocation, K::Host};
}

std::optional<TenantEndpoint::Kind> endpointKindFromName(const QString& name)
{
    for (TenantEndpoint::Kind kind : allEndpointKinds()) {
        if (endpointKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

bool isValidSlug(const QString& slug)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,62}$"));
    return pattern.match(slug).hasMatch();
}

} // namespace Fleetdeck
