#pragma once

namespace Fleetdeck::Sim {

class Router;
struct SimContext;

// Prometheus under /prometheus (no auth): GET /-/healthy, /-/ready and /api/v1/status/buildinfo.
class PrometheusStub
{
public:
    static void install(Router& router, SimContext& context);
};

} // namespace Fleetdeck::Sim
