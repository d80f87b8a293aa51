#pragma once

#include "sim/simsilence.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Fleetdeck::Sim {

// The monitoring stack's mutable state in the simulator: what tests changed through the control API
// (disks, exporters, backups), Alertmanager's silences, and when each alert started to be active.
struct SimMonitoring
{
    // The servers' file systems: (host index, mountpoint) -> used ratio forced by /_sim/hosts/<name>/disk.
    QHash<QString, double> diskOverrides;
    // Scrape jobs forced up (true) or down (false) by /_sim/exporters/<job>/<up|down>.
    QHash<QString, bool> exporterOverrides;
    // Tenant index -> the last successful backup pinned at this simulated time (ms); the job "fails" after it.
    QHash<int, qint64> backupPinnedAtMs;
    // The tenant whose backups stopped on its own (-1 when the fleet has no candidate).
    int staleBackupTenant = -1;
    qint64 staleBackupSinceMs = 0;

    QList<SimSilence> silences;

    // Alert key (rule + labels) -> simulated time (ms) it became active, for pending/firing and startsAt.
    QHash<QString, qint64> alertActiveSince;
    bool alertsEvaluated = false;

    static QString diskKey(int hostIndex, const QString& mountpoint)
    {
        return QString::number(hostIndex) + QLatin1Char('|') + mountpoint;
    }
};

} // namespace Fleetdeck::Sim
