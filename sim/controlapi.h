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
class ControlApi
{
public:
    static void install(Router& router, Simulator& simulator);
};

} // namespace Fleetdeck::Sim
