#pragma once

namespace Fleetdeck::Sim {

class Router;
struct SimContext;

// Alertmanager API v2 under /alertmanager (no auth): GET /-/healthy, /-/ready and /api/v2/status.
class AlertmanagerStub
{
public:
    static void install(Router& router, SimContext& context);
};

} // namespace Fleetdeck::Sim
