#pragma once

namespace Fleetdeck::Sim {

class Router;
struct SimContext;

// Stripe v1 under /stripe (Authorization: Bearer): GET /v1/customers, the fleet's customers, newest first,
// paged with limit (1..100, default 10) and starting_after.
class StripeStub
{
public:
    static void install(Router& router, SimContext& context);
};

} // namespace Fleetdeck::Sim
