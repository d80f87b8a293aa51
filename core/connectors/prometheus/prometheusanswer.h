#pragma once

#include "core/domain/metricsample.h"
#include "core/domain/metricseries.h"

#include <QList>
#include <QStringList>

namespace Fleetdeck {

// A successful answer of Prometheus' query API: the data, and the warnings/infos that may come with it
// (e.g. "PromQL info: metric might not be a counter"). They are for logs and tooltips, not errors.
template <typename T> struct PrometheusAnswer
{
    T data{};
    QStringList warnings;
    QStringList infos;
};

// resultType "vector": one sample per series (a "scalar" result is one sample with no labels).
using InstantVector = PrometheusAnswer<QList<MetricSample>>;
// resultType "matrix": the points of each series.
using RangeMatrix = PrometheusAnswer<QList<MetricSeries>>;
// resultType "scalar".
using ScalarValue = PrometheusAnswer<MetricPoint>;

} // namespace Fleetdeck
