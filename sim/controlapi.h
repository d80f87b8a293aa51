#pragma once

namespace Fleetdeck::Sim {

class Router;
class Simulator;

// The control API under /_sim/ on the main listener (loopback, no auth; faults never apply here):
//   GET /_sim/profile, GET /_sim/tenants, GET /_sim/ca.pem
//   ANY /_sim/echo -> {"method","path","query","headers":{lower-case name: value},"body","connection":N}
//   GET|POST|DELETE /_sim/faults, DELETE /_sim/faults/<id>
//   GET|POST /_sim/clock {"advanceSeconds":N}
//   GET|POST /_sim/tenants/<slug>/health {"mode":"up"|"degraded"|"down"|"auto"}
//   GET /_sim/hosts, POST /_sim/hosts/<name>/down, POST /_sim/hosts/<name>/up
//   GET|POST /_sim/hosts/<name>/disk {"usedRatio":0.97,"mountpoint":"/"} (null = the simulated value)
//   GET /_sim/exporters, POST /_sim/exporters/<job>/<up|down|auto>
//   GET|POST /_sim/tenants/<slug>/backup {"ageSeconds":N} (null = nightly backups again)
// Evolution's WhatsApp instances (state: "open"|"connecting"|"close"|"unloaded"):
//   GET /_sim/evolution -> [{"name","tenant","state","zombie","code","count","pairingCode","ownerJid",
//       "connectionStatus","disconnectionReasonCode","withImage","deleting"}]; GET /_sim/evolution/<name>
//   GET|POST /_sim/evolution/config {"rotateMs":20000,"limit":30,"notReadyMs":1500,"deleteDelayMs":1000,
//       "reconnectMs":2000} (any subset)
//   POST /_sim/evolution/<name>/scan {"code":"2@..."} or {"pairingCode":"ABCD1234"}: the current code pairs
//       (200, the entry with state "open"); an old or wrong one, or no pairing session -> 409
//   POST /_sim/evolution/<name>/drop {"reason":401}: close for good; 408/428/440/515 reconnect after reconnectMs
//   POST /_sim/evolution/<name>/zombie {"zombie":true}: reports open, but sends and restarts fail (500)
//   GET|POST /_sim/evolution/<name>/config {"withImage":false}: QR objects without `base64`
class ControlApi
{
public:
    static void install(Router& router, Simulator& simulator);
};

} // namespace Fleetdeck::Sim
