#pragma once

#include <QString>

// The names the alert engine speaks: metric names (what an Observation measures), rule ids (what an
// AlertRule is called; the first half of an alert id) and the prefixes of component subjects.
// Stable: they are stored in the registry (acknowledgements), the cache (history, engine state) and in
// preferences (rule overrides). New inputs are new metric names; new rules are data (AlertRule).

namespace Fleetdeck::Metric {

// 1 when the tenant's health endpoints answer (up or degraded), 0 when one is down. Subject: tenant slug.
inline const QString kEndpointUp = QStringLiteral("endpoint_up");
// Answer time of the tenant's slowest endpoint, in seconds.
inline const QString kEndpointLatencySeconds = QStringLiteral("endpoint_latency_seconds");
// Used share of a disk, 0..1. Subject: a host ("host:srv-2") or a component ("platform-db").
inline const QString kDiskUsedRatio = QStringLiteral("disk_used_ratio");
// Unix time (seconds) at which the soonest TLS certificate expires (Prometheus probe_ssl_earliest_cert_expiry).
inline const QString kTlsCertExpiryTimestamp = QStringLiteral("tls_cert_expiry_timestamp_seconds");
// Unix time (seconds) of the last successful backup (a Prometheus timestamp metric or the registry).
inline const QString kBackupLastSuccessTimestamp = QStringLiteral("backup_last_success_timestamp_seconds");
// 1 when a source of data answers, 0 when it cannot be reached. Subject: "source:<id>" (SourceStatus::id).
inline const QString kSourceUp = QStringLiteral("source_up");
// 1 when a host answers, 0 when it is down. Subject: "host:<name>", name as in Tenant::host().
inline const QString kHostUp = QStringLiteral("host_up");
// WhatsApp (Evolution API). Subject: the tenant slug, or "whatsapp:<instance>" for an instance no client names.
// 1 while an instance that has been paired is connected, 0 once it is closed (only for instances that were paired
// and not logged out from the console on purpose).
inline const QString kWhatsAppConnected = QStringLiteral("whatsapp_connected");
// State changes of an instance over the last ten minutes.
inline const QString kWhatsAppStateChanges = QStringLiteral("whatsapp_state_changes");
// 1 when an instance reports open while its calls fail with "Connection Closed".
inline const QString kWhatsAppDead = QStringLiteral("whatsapp_dead");

// Reserved for a later issue (workflow failures > 3, client inactive > 14 days): rules on them are data.
inline const QString kWorkflowFailures = QStringLiteral("workflow_failures");
inline const QString kClientLastActivityTimestamp = QStringLiteral("client_last_activity_timestamp_seconds");

} // namespace Fleetdeck::Metric

namespace Fleetdeck::RuleId {

inline const QString kEndpointDown = QStringLiteral("endpoint_down");
inline const QString kEndpointLatency = QStringLiteral("endpoint_latency");
inline const QString kDiskUsage = QStringLiteral("disk_usage");
inline const QString kTlsExpiry = QStringLiteral("tls_expiry");
inline const QString kBackupAge = QStringLiteral("backup_age");
inline const QString kSourceUnreachable = QStringLiteral("source_unreachable");
inline const QString kHostDown = QStringLiteral("host_down");
inline const QString kWhatsAppDisconnected = QStringLiteral("whatsapp_disconnected");
inline const QString kWhatsAppReconnectLoop = QStringLiteral("whatsapp_reconnect_loop");
inline const QString kWhatsAppDead = QStringLiteral("whatsapp_dead");
// Not evaluated: the routing settings (reminders, resolved notice) of alerts that come from Alertmanager,
// whose ids are "alertmanager:<fingerprint>".
inline const QString kAlertmanager = QStringLiteral("alertmanager");

} // namespace Fleetdeck::RuleId

namespace Fleetdeck::Subject {

// "host:srv-2": a server tenants run on. A tenant names it with a Host endpoint (Tenant::host() = "srv-2").
inline const QString kHostPrefix = QStringLiteral("host:");
// "source:stripe": a source of data (SourceStatus::id).
inline const QString kSourcePrefix = QStringLiteral("source:");

// "whatsapp:tenant-x": an Evolution instance no client names.
inline const QString kWhatsAppPrefix = QStringLiteral("whatsapp:");

inline QString host(const QString& name)
{
    return kHostPrefix + name;
}
inline QString source(const QString& id)
{
    return kSourcePrefix + id;
}

} // namespace Fleetdeck::Subject
