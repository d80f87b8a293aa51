#pragma once

#include <QDateTime>
#include <QString>

namespace Fleetdeck {

// One measured value: what AlertEngine evaluates. The caller passes the latest known value of every
// (metric, subject) on every pass; a value whose observedAt was already seen is the same sample again and
// does not count twice towards flap control (N failures / M successes).
struct Observation
{
    QString metric; // Metric::... (core/engine/alertnames.h)
    QString subject; // a tenant slug, or a component id: "host:srv-2", "source:stripe", "platform-db"
    double value = 0;
    QDateTime observedAt; // when it was measured; invalid = now
    QString detail; // for people: "connection refused", "HTTP 503"; may be empty
};

} // namespace Fleetdeck
