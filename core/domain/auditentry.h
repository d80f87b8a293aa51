#pragma once

#include <QDateTime>
#include <QString>

namespace Fleetdeck {

// One change the console made to the registry: who, when, what, to what.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action; // "tenant.add", "tenant.suspend", "tenant.import", ...
    QString target; // usually a tenant slug
    QString details; // JSON text, never a secret
};

} // namespace Fleetdeck
