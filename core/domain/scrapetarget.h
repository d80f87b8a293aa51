#pragma once

#include "core/domain/metricsample.h"

#include <QDateTime>
#include <QString>

namespace Fleetdeck {

// One target Prometheus scrapes (GET /api/v1/targets), and whether its last scrape worked.
struct ScrapeTarget
{
    enum class Health
    {
        Unknown,
        Up,
        Down,
    };

    MetricLabels labels; // the target's labels after relabelling (job, instance, ...)
    QString job; // scrapePool
    QString instance;
    QString scrapeUrl;
    Health health = Health::Unknown;
    QString lastError; // empty when the last scrape worked
    QDateTime lastScrape; // UTC; invalid before the first scrape
    double lastScrapeDurationSeconds = 0;
};

} // namespace Fleetdeck
