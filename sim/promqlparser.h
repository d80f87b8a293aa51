#pragma once

#include "sim/promqlexpr.h"

#include <QString>

#include <memory>

namespace Fleetdeck::Sim {

// Parses the part of PromQL the simulator evaluates (see PromqlExpr). Errors read like Prometheus' own
// ("1:4: parse error: unexpected end of input inside braces"); valid PromQL outside the subset (functions,
// aggregations, range vectors, offset, and/or/unless, group_left) is refused with a message that says so.
class PromqlParser
{
public:
    static std::unique_ptr<PromqlExpr> parse(const QString& query, QString* error);
};

} // namespace Fleetdeck::Sim
