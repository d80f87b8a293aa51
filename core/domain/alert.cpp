#include "core/domain/alert.h"

#include <QCoreApplication>

namespace Fleetdeck {

QString alertStateName(Alert::State state)
{
    switch (state) {
    case Alert::State::Pending:
        return QStringLiteral("pending");
    case Alert::State::Firing:
        return QStringLiteral("firing");
    case Alert::State::Resolved:
        return QStringLiteral("resolved");
    }
    return QStringLiteral("pending");
}

std::optional<Alert::State> alertStateFromName(const QString& name)
{
    for (Alert::State state : {Alert::State::Pending, Alert::State::Firing, Alert::State::Resolved}) {
        if (alertStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

QString alertStateDisplayName(Alert::State state)
{
    switch (state) {
    case Alert::State::Pending:
        return QCoreApplication::translate("Alert", "pending");
    case Alert::State::Firing:
        return QCoreApplication::translate("Alert", "firing");
    case Alert::State::Resolved:
        return QCoreApplication::translate("Alert", "resolved");
    }
    return {};
}

} // namespace Fleetdeck
