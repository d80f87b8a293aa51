#pragma once

#include "core/domain/alertannotation.h"
#include "core/domain/alertnote.h"
#include "core/domain/auditentry.h"
#include "core/domain/plan.h"
#include "core/domain/tenant.h"
#include "core/result.h"
#include "core/store/registryconnection.h"
#include "core/store/storeerror.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Fleetdeck {

class Database;

// The shared truth about clients: tenants, their endpoints, plans, what the team says about alerts, and the
// audit log.
// SQLite by default, or the platform's PostgreSQL. Synchronous; use one instance per thread.
// Every write runs in one transaction together with its audit_log row.
class Registry
{
public:
    static constexpr int kSchemaVersion = 2;

    // Opens, runs pending migrations (unless read-only), and detects a read-only connection.
    static Result<std::unique_ptr<Registry>, StoreError> open(
        const RegistryConnection& connection, const QString& actor);
    ~Registry();

    [[nodiscard]] bool isReadOnly() const;
    [[nodiscard]] QString connectionName() const; // RegistryConnection::displayName()
    [[nodiscard]] int schemaVersion() const;

    Result<QList<Tenant>, StoreError> tenants() const; // sorted by name, endpoints filled
    Result<Tenant, StoreError> tenant(const QString& slug) const;
    Result<Tenant, StoreError> addTenant(const Tenant& tenant); // returns it with id/createdAt
    Result<Done, StoreError> updateTenant(const Tenant& tenant); // by slug; replaces endpoints
    Result<Done, StoreError> setTenantStatus(const QString& slug, TenantStatus status);
    Result<Done, StoreError> removeTenant(const QString& slug);
    // All or nothing: every tenant (and plan) is written in one transaction, one audit row each.
    Result<int, StoreError> importTenants(const QList<Tenant>& tenants, const QList<Plan>& plans = {});

    Result<QList<Plan>, StoreError> plans() const;
    Result<Done, StoreError> upsertPlan(const Plan& plan);

    // ---- alerts (schema 2): acknowledgements, silences and notes, shared by every console ----
    // Alert ids are AlertEngine's ("endpoint_down:pizza-co", "alertmanager:<fingerprint>"), 1–300 characters.
    // Each write is audited ("alert.acknowledge", "alert.silence", "alert.unacknowledge", "alert.note"; the
    // audit row records the owner and the note's length, never its text) and refused on a read-only registry.
    // Writing what is already there changes nothing and leaves no audit row.

    // Someone handles it. An empty owner means this console's user. Replaces a silence.
    Result<AlertAnnotation, StoreError> acknowledgeAlert(
        const QString& alertId, const QString& owner, const QString& note = {});
    // Quiet until `until`, which must be in the future. Replaces an acknowledgement.
    Result<AlertAnnotation, StoreError> silenceAlert(
        const QString& alertId, const QDateTime& until, const QString& note = {});
    // Open again: removes the acknowledgement or silence (a no-op when there is none).
    Result<Done, StoreError> unacknowledgeAlert(const QString& alertId);
    // A note for the team on an alert; the author is this console's user.
    Result<AlertNote, StoreError> addAlertNote(const QString& alertId, const QString& note);
    // Every acknowledgement and silence, expired silences included (AlertAnnotation::silencesAt()), by alert id.
    Result<QList<AlertAnnotation>, StoreError> alertAnnotations() const;
    // Oldest first. Empty alertId = the notes of every alert; limit <= 0 = no limit (else the newest `limit`).
    Result<QList<AlertNote>, StoreError> alertNotes(const QString& alertId = {}, int limit = 200) const;

    // Newest first. Empty target = every entry; limit <= 0 = no limit.
    Result<QList<AuditEntry>, StoreError> auditLog(const QString& target = {}, int limit = 200) const;

    // Tests only: lets writes on a read-only connection reach the database, to prove that the server's own
    // refusal is mapped to ReadOnly and rolled back. Never call it in the product.
    void setReadOnlyGuardEnabledForTesting(bool enabled) { m_readOnlyGuard = enabled; }

private:
    Registry();
    Result<Done, StoreError> detectReadOnly(int schemaVersion);
    std::optional<StoreError> refuseIfReadOnly(const QString& action, const QString& target) const;
    Result<QStringList, StoreError> planCodes() const;
    Result<AlertAnnotation, StoreError> writeAnnotation(const AlertAnnotation& annotation, const QString& action);

    std::unique_ptr<Database> m_db;
    QString m_actor;
    QString m_displayName;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
    bool m_readOnlyGuard = true;
};

} // namespace Fleetdeck
