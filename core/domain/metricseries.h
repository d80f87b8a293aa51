#pragma once

#include "core/domain/metricsample.h"

#include <QDateTime>
#include <QList>

namespace Fleetdeck {

// One point of a series over time.
struct MetricPoint
{
    QDateTime at; // UTC, millisecond precision
    double value = 0; // may be NaN or ±Inf

    friend bool operator==(const MetricPoint&, const MetricPoint&) = default;
};

// A series of a range query: its labels and its points, oldest first.
struct MetricSeries
{
    MetricLabels labels;
    QList<MetricPoint> points;

    [[nodiscard]] QString label(const QString& name) const { return labels.value(name); }
};

} // namespace Fleetdeck
