#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

#include <limits>

namespace Fleetdeck {

// A series' label set as Prometheus reports it ("__name__" included when the query keeps it).
using MetricLabels = QMap<QString, QString>;

// One value of an instant query: a series' labels and its value at one time. The value may be NaN or ±Inf.
struct MetricSample
{
    MetricLabels labels;
    double value = std::numeric_limits<double>::quiet_NaN();
    QDateTime at; // UTC, millisecond precision

    [[nodiscard]] QString label(const QString& name) const { return labels.value(name); }
};

} // namespace Fleetdeck
