#include "core/logging.h"

namespace Fleetdeck {
Q_LOGGING_CATEGORY(lcNet, "fleetdeck.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProbe, "fleetdeck.probe", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "fleetdeck.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCache, "fleetdeck.cache", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "fleetdeck.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProfile, "fleetdeck.profile", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFleet, "fleetdeck.fleet", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAlerts, "fleetdeck.alerts", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPrometheus, "fleetdeck.prometheus", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAlertmanager, "fleetdeck.alertmanager", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEvolution, "fleetdeck.evolution", QtInfoMsg)
} // namespace Fleetdeck
