#pragma once

namespace Fleetdeck::Sim {

class Router;
struct SimContext;

// One Mautic instance per tenant under /mautic/<slug> (HTTP Basic, user "admin", password = the secret):
// GET /api/contacts.
class MauticStub
{
public:
    static void install(Router& router, SimContext& context);
};

} // namespace Fleetdeck::Sim
