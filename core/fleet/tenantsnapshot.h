#pragma once

#include "core/domain/tenant.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>

namespace Fleetdeck {

// The tenant list as cached for an offline start (the registry may be a PostgreSQL that is out of reach).
class TenantSnapshot
{
public:
    static QByteArray toJson(const QList<Tenant>& tenants);
    static Result<QList<Tenant>, QString> fromJson(const QByteArray& json);
};

} // namespace Fleetdeck
