#pragma once

#include "sim/simrequest.h"

namespace Fleetdeck::Sim {

class Router;
struct SimContext;

// The tenants' own sites under /sites/<slug>/: GET health (200 {"status":"ok","tenant":slug} after the
// tenant's drifting latency, or 503 {"status":"down"}) and a tiny home page. On a host listener only the
// tenants of that host answer, on a TLS listener only the tenant of that certificate; the main listener
// answers for all.
class TenantSites
{
public:
    static void install(Router& router, SimContext& context);
};

} // namespace Fleetdeck::Sim
