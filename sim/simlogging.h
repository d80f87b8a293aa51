#pragma once

#include <QLoggingCategory>

namespace Fleetdeck::Sim {
Q_DECLARE_LOGGING_CATEGORY(lcSim)
} // namespace Fleetdeck::Sim
