#pragma once

#include <QDateTime>
#include <QString>

namespace Fleetdeck {

// A note someone left on an alert ("restarting the container", "client told"), kept in the registry.
struct AlertNote
{
    qint64 id = 0;
    QString alertId;
    QString note;
    QString author;
    QDateTime at;
};

} // namespace Fleetdeck
