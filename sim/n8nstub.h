#pragma once

namespace Fleetdeck::Sim {

class Router;
struct SimContext;

// n8n under /n8n: GET /healthz, /healthz/readiness (no auth) and the public API v1 (header X-N8N-API-KEY).
class N8nStub
{
public:
    static void install(Router& router, SimContext& context);
};

} // namespace Fleetdeck::Sim
