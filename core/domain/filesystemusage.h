#pragma once

#include <QDateTime>
#include <QString>

namespace Fleetdeck {

// How full one mounted filesystem of one server is (node_exporter's size and avail bytes).
struct FilesystemUsage
{
    QString instance; // the node_exporter target, e.g. "srv-1:9100"
    QString host; // the instance without its port, e.g. "srv-1" (a tenant's Host endpoint names it)
    QString job;
    QString mountpoint;
    QString device;
    QString fstype;
    double sizeBytes = 0;
    double availBytes = 0; // space available to unprivileged users (root-reserved blocks excluded)
    double usedRatio = 0; // 1 - avail/size, 0..1; 0 when the size is 0
    QDateTime at; // UTC
};

} // namespace Fleetdeck
