#pragma once

#include "core/domain/auditentry.h"
#include "core/domain/plan.h"
#include "core/domain/tenant.h"
#include "core/result.h"
#include "core/store/registryconnection.h"
#include "core/store/storeerror.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Fleetdeck {

class Database;

// The shared truth about clients: tenants, their endpoints, plans and the audit log.
// SQLite by default, or the platform's PostgreSQL. Synchronous; use one instance per thread.
// Every write runs in one transaction together with its audit_log row.
class Registry
{
public:
    static constexpr int kSchemaVersion = 1;

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

    std::unique_ptr<Database> m_db;
    QString m_actor;
    QString m_displayName;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
    bool m_readOnlyGuard = true;
};

} // namespace Fleetdeck
