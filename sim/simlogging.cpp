#include "sim/simlogging.h"

namespace Fleetdeck::Sim {
Q_LOGGING_CATEGORY(lcSim, "fleetdeck.sim", QtInfoMsg)
} // namespace Fleetdeck::Sim
