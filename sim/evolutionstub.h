#pragma once

namespace Fleetdeck::Sim {

class Router;
struct SimContext;

// Evolution API v2 under /evolution: GET / (welcome, no auth) and POST /verify-creds (header `apikey`).
class EvolutionStub
{
public:
    static void install(Router& router, SimContext& context);
};

} // namespace Fleetdeck::Sim
