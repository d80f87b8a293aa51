#pragma once

#include "core/domain/alertannotation.h"
#include "core/domain/externalalert.h"
#include "core/domain/money.h"
#include "core/domain/tenant.h"
#include "core/engine/observation.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Fleetdeck {

// Everything one AlertEngine pass looks at. The engine does no I/O: the caller gathers this from FleetState,
// the connectors, the registry and Stripe, and passes it whole each time.
struct EvaluationInput
{
    QDateTime now; // the pass's clock (UTC); invalid = the current time
    QList<Observation> observations;
    // Subjects that are tenants: their name for sentences, their host for dependencies. An alert on a tenant that
    // is no longer listed or no longer monitored (suspended, churned) is closed without a notice.
    QList<Tenant> tenants;
    // Hosts (as in Tenant::host()) known to be down by other means — an Alertmanager NodeDown, the operator.
    // Like a pending or firing host_down alert, they suppress the alerts of every tenant on them.
    QSet<QString> hostsDown;
    // Alertmanager's alerts (its connector's ExternalAlert), one alert each by fingerprint; duplicates from the
    // peers of an Alertmanager cluster count once. Labels read: `severity` (critical, page / high, error /
    // low, info; anything else medium), `tenant` (a tenant slug: the client's alert), else `host` ("host:<host>",
    // suppressed like its tenants are not), else `instance`; `alertname` is its rule. Text: the `summary`
    // annotation, else `description`. State Suppressed (silenced or inhibited there) shows as silenced,
    // Unprocessed as pending; an endsAt in the past, or no longer being listed, resolves it.
    QList<ExternalAlert> externalAlerts;
    // False when Alertmanager could not be asked this time: its alerts keep their last state instead of resolving.
    bool externalAlertsKnown = true;
    QList<AlertAnnotation> annotations; // Registry::alertAnnotations()
    QHash<QString, Money> mrrByTenant; // monthly recurring revenue by tenant slug, when known
};

} // namespace Fleetdeck
