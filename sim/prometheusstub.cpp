#include "sim/prometheusstub.h"

#include "sim/router.h"
#include "sim/simcontext.h"

namespace Fleetdeck::Sim {

void PrometheusStub::install(Router& router, SimContext&)
{
    router.get(QStringLiteral("/prometheus/-/healthy"), [](const SimRequest&, const QStringList&) {
        return SimResponse::text(QByteArrayLiteral("Prometheus Server is Healthy.\n"));
    });
    router.get(QStringLiteral("/prometheus/-/ready"), [](const SimRequest&, const QStringList&) {
        return SimResponse::text(QByteArrayLiteral("Prometheus Server is Ready.\n"));
    });
    router.get(QStringLiteral("/prometheus/api/v1/status/buildinfo"), [](const SimRequest&, const QStringList&) {
        return SimResponse::json(QByteArrayLiteral(
            R"({"status":"success","data":{"version":"2.42.0","revision":"2.42.0+ds-1","branch":"debian/sid",)"
            R"("buildUser":"team+pkg-go@tracker.debian.org","buildDate":"20230309-15:34:29","goVersion":"go1.19.6"}})"));
    });
}

} // namespace Fleetdeck::Sim
