#pragma once

#include "core/domain/metricsample.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Fleetdeck {

// An alert held by Alertmanager (GET /api/v2/alerts): raised elsewhere (Prometheus' rules), grouped,
// silenced or inhibited there. Not one of Fleetdeck's own alerts.
struct ExternalAlert
{
    enum class State
    {
        Unprocessed,
        Active,
        Suppressed, // silenced and/or inhibited
    };

    QString fingerprint; // hex; stable for a label set
    MetricLabels labels;
    MetricLabels annotations;
    State state = State::Unprocessed;
    QStringList silencedBy; // silence ids
    QStringList inhibitedBy; // fingerprints of the inhibiting alerts
    QStringList mutedBy; // time intervals (Alertmanager >= 0.28)
    QStringList receivers;
    QDateTime startsAt; // UTC
    // For a firing alert this is a FUTURE time that Prometheus keeps pushing forward, not "no end".
    QDateTime endsAt;
    QDateTime updatedAt;
    QString generatorUrl;

    [[nodiscard]] QString name() const { return labels.value(QStringLiteral("alertname")); }
    [[nodiscard]] QString severity() const { return labels.value(QStringLiteral("severity")); }
    [[nodiscard]] QString summary() const { return annotations.value(QStringLiteral("summary")); }
    [[nodiscard]] bool isSilenced() const { return !silencedBy.isEmpty(); }
    [[nodiscard]] bool isInhibited() const { return !inhibitedBy.isEmpty(); }
};

} // namespace Fleetdeck
