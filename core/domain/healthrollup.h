#pragma once

#include <QDateTime>
#include <QString>

namespace Fleetdeck {

// The health samples of one subject (a tenant slug or a component id) in one clock hour (UTC), counted.
// The local cache keeps them up to date as samples are written, so uptime never scans raw samples.
struct HealthRollup
{
    QString subject;
    QDateTime hourStart;
    qint64 samples = 0; // every sample, unknown ones too
    qint64 up = 0;
    qint64 degraded = 0;
    qint64 down = 0;
    qint64 latencySumMs = 0; // over the samples that answered
    qint64 latencyCount = 0;

    [[nodiscard]] qint64 known() const { return up + degraded + down; }
};

} // namespace Fleetdeck
