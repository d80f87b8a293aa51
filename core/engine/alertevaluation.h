#pragma once

#include "core/domain/alert.h"
#include "core/engine/alertevent.h"

#include <QList>

namespace Fleetdeck {

// What one AlertEngine pass returns.
struct AlertEvaluation
{
    // Every pending and firing alert, and resolved ones for a while (AlertEngine::setResolvedRetention()).
    // Firing first, then pending, then resolved; within each, worst severity first, then most money at stake.
    QList<Alert> alerts;
    // The changes of this pass, in a stable order; write them all to the history, notify those with `notify`.
    QList<AlertEvent> events;

    [[nodiscard]] QList<AlertEvent> notifications() const
    {
        QList<AlertEvent> wanted;
        for (const AlertEvent& event : events) {
            if (event.notify)
                wanted << event;
        }
        return wanted;
    }
};

} // namespace Fleetdeck
