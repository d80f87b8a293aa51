#pragma once

namespace Fleetdeck::Sim {

class Router;
struct SimContext;

// Evolution API v2.3.7 under /evolution (platform-apis.md §1), over the instances in SimContext::whatsApp:
//   GET / (welcome, no auth), POST /verify-creds
//   GET /instance/fetchInstances[?instanceName=|?instanceId=], POST /instance/create
//   GET /instance/connectionState/<name>, GET /instance/connect/<name>[?number=], POST /instance/restart/<name>
//   POST /instance/setPresence/<name>, DELETE /instance/logout/<name>, DELETE /instance/delete/<name>
//   POST /message/sendText/<name>
// Auth is header `apikey`: the global key (options.secret), or an instance's token on its own routes and
// on fetchInstances. Instance routes check that the instance exists (404) before the key (401), like the
// real guards. Unknown routes fall through to the "Cannot GET /..." 404.
class EvolutionStub
{
public:
    static void install(Router& router, SimContext& context);
};

} // namespace Fleetdeck::Sim
