#pragma once

#include <QDateTime>
#include <QString>

namespace Fleetdeck {

class FleetState;

// A client's status as Markdown for a support ticket: what is known, how old it is, where it runs.
// Holds nothing secret (tenants carry no secrets; credentials never reach FleetState).
class TenantReport
{
public:
    static QString markdown(
        const FleetState& fleet, const QString& slug, const QDateTime& now = QDateTime::currentDateTimeUtc());
};

} // namespace Fleetdeck
