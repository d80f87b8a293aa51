#include "core/fleet/tenantsnapshot.h"

#include <nlohmann/json.hpp>

namespace Fleetdeck {

using Json = nlohmann::json;

QByteArray TenantSnapshot::toJson(const QList<Tenant>& tenants)
{
    Json list = Json::array();
    for (const Tenant& t : tenants) {
        Json endpoints = Json::array();
        for (const TenantEndpoint& e : t.endpoints)
            endpoints.push_back({{"kind", endpointKindName(e.kind).toStdString()}, {"value", e.value.toStdString()}});
        list.push_back({{"id", t.id}, {"slug", t.slug.toStdString()}, {"name", t.name.toStdString()},
            {"status", tenantStatusName(t.status).toStdString()}, {"plan", t.plan.toStdString()},
            {"createdAt", t.createdAt.toUTC().toString(Qt::ISODateWithMs).toStdString()},
            {"contact", t.contact.toStdString()}, {"notes", t.notes.toStdString()}, {"endpoints", endpoints}});
    }
    return QByteArray::fromStdString(list.dump());
}

Result<QList<Tenant>, QString> TenantSnapshot::fromJson(const QByteArray& json)
{
    using R = Result<QList<Tenant>, QString>;
    const Json root = Json::parse(json.constBegin(), json.constEnd(), nullptr, false);
    if (root.is_discarded() || !root.is_array())
        return R::failure(QStringLiteral("the cached tenant list is not a JSON array"));
    QList<Tenant> tenants;
    try {
        for (const Json& item : root) {
            Tenant t;
            t.id = item.value("id", 0LL);
            t.slug = QString::fromStdString(item.value("slug", std::string()));
            t.name = QString::fromStdString(item.value("name", std::string()));
            t.status = tenantStatusFromName(QString::fromStdString(item.value("status", std::string("active"))))
                           .value_or(TenantStatus::Active);
            t.plan = QString::fromStdString(item.value("plan", std::string()));
            t.createdAt = QDateTime::fromString(
                QString::fromStdString(item.value("createdAt", std::string())), Qt::ISODateWithMs);
            t.contact = QString::fromStdString(item.value("contact", std::string()));
            t.notes = QString::fromStdString(item.value("notes", std::string()));
            for (const Json& e : item.value("endpoints", Json::array())) {
                const auto kind = endpointKindFromName(QString::fromStdString(e.value("kind", std::string())));
                if (kind)
                    t.endpoints.append({*kind, QString::fromStdString(e.value("value", std::string()))});
            }
            if (!t.slug.isEmpty())
                tenants << t;
        }
    } catch (const Json::exception& e) {
        return R::failure(QStringLiteral("the cached tenant list is damaged: %1").arg(QString::fromUtf8(e.what())));
    }
    return R(tenants);
}

} // namespace Fleetdeck
