#pragma once

namespace Fleetdeck::Sim {

class Router;
struct SimContext;

// Alertmanager 0.25's API v2 under /alertmanager (no auth), fed by the simulated Prometheus' rules:
//   GET /-/healthy, /-/ready, /api/v2/status
//   GET /api/v2/alerts (active, silenced, inhibited, unprocessed, filter, receiver)
//   GET /api/v2/alerts/groups (active, silenced, inhibited, filter, receiver)
//   GET /api/v2/silences (filter), POST /api/v2/silences (create, or update with "id")
//   GET|DELETE /api/v2/silence/{id} (singular)
// Silences live in the simulator: an active one marks matching alerts "suppressed" at once. Errors are
// Alertmanager's: plain JSON strings from its own checks, {"code":6xx,"message":…} with 422 from the API's
// schema validation, and an empty 404 for an unknown silence id.
class AlertmanagerStub
{
public:
    static void install(Router& router, SimContext& context);
};

} // namespace Fleetdeck::Sim
