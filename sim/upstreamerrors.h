#pragma once

#include "sim/simresponse.h"

#include <QString>

namespace Fleetdeck::Sim {

struct SimRequest;

// The upstream that owns a path on the main listener.
enum class Upstream
{
    Evolution,
    N8n,
    Stripe,
    Prometheus,
    Alertmanager,
    Mautic,
    Sites,
    Control,
    Unknown,
};

// Error bodies in each upstream's real shape (platform-apis.md), so that clients decode what
// they will meet in production: Evolution's {status,error,response}, n8n's {message}, Stripe's
// {error:{type,message}}, Prometheus' {status:"error",errorType,error}, Alertmanager's bare JSON
// string, Mautic's {errors:[...]}, and {"error":...} for the sites and the control API.
class UpstreamErrors
{
public:
    static Upstream upstreamForPath(QStringView path);
    static QByteArray reasonPhrase(int status);

    static SimResponse error(Upstream upstream, int status, const QString& message);
    static SimResponse error(const SimRequest& request, int status, const QString& message);
    // The default answer of an unknown route, e.g. Evolution's "Cannot GET /foo".
    static SimResponse notFound(const SimRequest& request);
    // 429 with Retry-After (delta-seconds, or an HTTP-date when `asDate`).
    static SimResponse rateLimited(const SimRequest& request, int retryAfterSeconds, bool asDate);
    // The path as the upstream itself sees it: "/evolution/foo" -> "/foo".
    static QString upstreamPath(const QString& path);
};

} // namespace Fleetdeck::Sim
