#pragma once

#include <QDateTime>
#include <QString>

namespace Fleetdeck {

// GET /api/v2/status, reduced to what the console shows.
struct AlertmanagerStatus
{
    QString version; // versionInfo.version, e.g. "0.25.0"
    QString clusterStatus; // "ready", "settling", "disabled"
    int clusterPeers = 0;
    QDateTime uptime; // when it started (UTC)
    QString configYaml; // config.original
};

} // namespace Fleetdeck
