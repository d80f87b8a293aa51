#pragma once

#include <QString>

#include <optional>

namespace Fleetdeck::Sim {

class Router;
struct SimContext;

// Prometheus 2.42's HTTP API under /prometheus (no auth), generated from the simulated fleet and clock:
//   GET /-/healthy, /-/ready, /api/v1/status/buildinfo
//   GET|POST /api/v1/query        query, time            (form-encoded POST like the real one)
//   GET|POST /api/v1/query_range  query, start, end, step (at most 11,000 points per series)
//   GET /api/v1/targets?state=active|dropped|any, /api/v1/alerts, /api/v1/rules?type=alert|record
// Queries are parsed and evaluated by PromqlParser/PromqlEvaluator over SimMetrics; a query outside the
// subset, or malformed, is answered 400 bad_data, an evaluation error 422 execution, as Prometheus does.
class PrometheusStub
{
public:
    static void install(Router& router, SimContext& context);

    // Prometheus' time parameter: Unix seconds (float) or RFC 3339. nullopt when neither.
    static std::optional<qint64> parseTimeMsecs(const QString& text);
    // Prometheus' duration parameter: float seconds or "1h30m", "15s", "500ms". nullopt when neither.
    static std::optional<qint64> parseDurationMsecs(const QString& text);
};

} // namespace Fleetdeck::Sim
