#pragma once

#include "sim/promqlexpr.h"
#include "sim/simlabels.h"

#include <QString>

#include <optional>
#include <vector>

namespace Fleetdeck::Sim {

// One series' value at the evaluation time.
struct SimSample
{
    SimLabels labels;
    double value = 0;
};

// Where selectors find their series: every series whose labels match all `matchers` (a __name__ matcher
// included) at `simMsecs`, appended to `out`.
class SeriesSource
{
public:
    virtual ~SeriesSource() = default;
    virtual void select(
        const std::vector<PromqlMatcher>& matchers, qint64 simMsecs, std::vector<SimSample>& out) const = 0;
};

// The result of an expression: a scalar or an instant vector.
struct PromqlValue
{
    bool isScalar = false;
    double scalar = 0;
    std::vector<SimSample> vector;
};

// Evaluates a parsed expression at one instant with Prometheus' semantics for the supported subset:
// arithmetic drops the metric name, comparisons filter (or give 0/1 with `bool`), vector/vector operations
// match one-to-one on all labels but __name__ (or on(...)/ignoring(...)), and a match group with more than
// one series on a side is an execution error, like Prometheus'.
class PromqlEvaluator
{
public:
    static std::optional<PromqlValue> evaluate(
        const PromqlExpr& expr, const SeriesSource& source, qint64 simMsecs, QString* error);
};

} // namespace Fleetdeck::Sim
