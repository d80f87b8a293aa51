#include "core/store/registry.h"

#include "core/logging.h"
#include "core/store/database.h"
#include "core/store/recordvalidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace Fleetdeck {

using namespace Qt::StringLiterals;

namespace {

const QString kMigrationFolder = u":/migrations/registry"_s;

template <typename T> Result<T, StoreError> fail(StoreError error)
{
    return Result<T, StoreError>::failure(std::move(error));
}

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonValue nullableText(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject endpointsJson(const QList<TenantEndpoint>& endpoints)
{
    QJsonObject object;
    for (const TenantEndpoint& endpoint : endpoints) {
        const QString kind = endpointKindName(endpoint.kind);
        QJsonArray values = object.value(kind).toArray();
        values.append(endpoint.value);
        object.insert(kind, values);
    }
    return object;
}

// What a new (or removed) tenant holds. Notes are free text, so only their size is recorded.
QJsonObject tenantJson(const Tenant& tenant)
{
    QJsonObject object{{u"name"_s, tenant.name}, {u"status"_s, tenantStatusName(tenant.status)},
        {u"plan"_s, nullableText(tenant.plan)}, {u"endpoints"_s, endpointsJson(tenant.endpoints)}};
    if (!tenant.contact.isEmpty())
        object.insert(u"contact"_s, tenant.contact);
    if (!tenant.notes.isEmpty())
        object.insert(u"notesLength"_s, tenant.notes.size());
    return object;
}

QJsonObject change(const QJsonValue& from, const QJsonValue& to)
{
    return QJsonObject{{u"from"_s, from}, {u"to"_s, to}};
}

// Only what differs between two versions of a tenant; empty when nothing does.
QJsonObject tenantDiff(const Tenant& before, const Tenant& after)
{
    QJsonObject diff;
    if (before.name != after.name)
        diff.insert(u"name"_s, change(before.name, after.name));
    if (before.status != after.status)
        diff.insert(u"status"_s, change(tenantStatusName(before.status), tenantStatusName(after.status)));
    if (before.plan != after.plan)
        diff.insert(u"plan"_s, change(nullableText(before.plan), nullableText(after.plan)));
    if (before.contact != after.contact)
        diff.insert(u"contact"_s, change(before.contact, after.contact));
    if (before.notes != after.notes)
        diff.insert(u"notes"_s, QJsonObject{{u"changed"_s, true}, {u"length"_s, after.notes.size()}});
    if (before.endpoints != after.endpoints) {
        auto label = [](const TenantEndpoint& e) -> QString {
            return endpointKindName(e.kind) + u' ' + e.value;
        };
        QJsonArray added;
        QJsonArray removed;
        for (const TenantEndpoint& e : after.endpoints) {
            if (!before.endpoints.contains(e))
                added.append(label(e));
        }
        for (const TenantEndpoint& e : before.endpoints) {
            if (!after.endpoints.contains(e))
                removed.append(label(e));
        }
        QJsonObject endpoints;
        if (!added.isEmpty())
            endpoints.insert(u"added"_s, added);
        if (!removed.isEmpty())
            endpoints.insert(u"removed"_s, removed);
        if (added.isEmpty() && removed.isEmpty())
            endpoints.insert(u"reordered"_s, true);
        diff.insert(u"endpoints"_s, endpoints);
    }
    return diff;
}

QJsonObject planJson(const Plan& plan)
{
    return QJsonObject{{u"name"_s, plan.name}, {u"amountMinor"_s, plan.amountMinor}, {u"currency"_s, plan.currency},
        {u"interval"_s, plan.interval}, {u"intervalCount"_s, plan.intervalCount}};
}

QJsonObject planDiff(const Plan& before, const Plan& after)
{
    const QJsonObject from = planJson(before);
    const QJsonObject to = planJson(after);
    QJsonObject diff;
    for (auto it = to.begin(); it != to.end(); ++it) {
        if (from.value(it.key()) != it.value())
            diff.insert(it.key(), change(from.value(it.key()), it.value()));
    }
    return diff;
}

bool samePlan(const Plan& a, const Plan& b)
{
    return a.code == b.code && a.name == b.name && a.amountMinor == b.amountMinor && a.currency == b.currency
        && a.interval == b.interval && a.intervalCount == b.intervalCount;
}

QString statusAction(TenantStatus status)
{
    switch (status) {
    case TenantStatus::Active:
        return u"tenant.reactivate"_s;
    case TenantStatus::Suspended:
        return u"tenant.suspend"_s;
    case TenantStatus::Churned:
        return u"tenant.churn"_s;
    }
    return u"tenant.update"_s;
}

// A SQLite file the user (or, as root, the file's mode) says must not be written.
bool isWritableFile(const QFileInfo& info)
{
    const QFile::Permissions anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return info.isWritable() && (info.permissions() & anyWrite) != 0;
}

StoreError invalid(const QString& message, const QStringList& problems)
{
    return StoreError::make(
        StoreError::Kind::Invalid, message + u": "_s + problems.join(u"; "_s), problems.join(u"; "_s));
}

StoreError tenantNotFound(const QString& slug)
{
    return StoreError::make(StoreError::Kind::NotFound, u"no tenant with slug \"%1\""_s.arg(slug),
        QCoreApplication::translate("Registry", "there is no tenant with the slug \"%1\"").arg(slug));
}

StoreError pendingUpgradeOnReadOnly(int found, int known, const QString& displayName)
{
    StoreError error = StoreError::make(StoreError::Kind::ReadOnly,
        u"%1 is at schema %2 and needs %3, but this connection is read-only; connect once with a writable role to "
        u"upgrade"_s.arg(displayName, QString::number(found), QString::number(known)));
    error.foundSchema = found;
    error.knownSchema = known;
    return error;
}

const QString kTenantColumns = u"id, slug, name, status, plan, created_at, contact, notes"_s;

Tenant tenantFromRow(const QSqlQuery& query)
{
    Tenant tenant;
    tenant.id = query.value(0).toLongLong();
    tenant.slug = query.value(1).toString();
    tenant.name = query.value(2).toString();
    const auto status = tenantStatusFromName(query.value(3).toString());
    if (!status)
        qCWarning(lcStore) << "tenant" << tenant.slug << "has an unknown status" << query.value(3).toString();
    tenant.status = status.value_or(TenantStatus::Active);
    tenant.plan = query.value(4).toString();
    tenant.createdAt = Database::timeFrom(query.value(5));
    tenant.contact = query.value(6).toString();
    tenant.notes = query.value(7).toString();
    return tenant;
}

// Loads one tenant with its endpoints; nullopt when the slug is unknown. `forUpdate` locks the row on
// PostgreSQL for the rest of the transaction.
Result<std::optional<Tenant>, StoreError> loadTenant(Database& db, const QString& slug, bool forUpdate)
{
    using R = Result<std::optional<Tenant>, StoreError>;
    const QString lock = forUpdate && db.isPostgres() ? u" FOR UPDATE"_s : QString();
    auto row =
        db.exec(u"SELECT "_s + kTenantColumns + u" FROM tenants WHERE slug = :slug"_s + lock, {{u":slug"_s, slug}});
    if (!row)
        return R::failure(row.error());
    if (!row->next())
        return std::optional<Tenant>();
    Tenant tenant = tenantFromRow(*row);
    auto endpoints = db.exec(u"SELECT kind, value FROM tenant_endpoints WHERE tenant_id = :id ORDER BY position, id"_s,
        {{u":id"_s, tenant.id}});
    if (!endpoints)
        return R::failure(endpoints.error());
    while (endpoints->next()) {
        if (const auto kind = endpointKindFromName(endpoints->value(0).toString()))
            tenant.endpoints.append({*kind, endpoints->value(1).toString()});
    }
    return std::optional<Tenant>(tenant);
}

Result<std::optional<Plan>, StoreError> loadPlan(Database& db, const QString& code)
{
    using R = Result<std::optional<Plan>, StoreError>;
    auto row =
        db.exec(u"SELECT code, name, amount_minor, currency, interval, interval_count FROM plans WHERE code = :code"_s,
            {{u":code"_s, code}});
    if (!row)
        return R::failure(row.error());
    if (!row->next())
        return std::optional<Plan>();
    Plan plan;
    plan.code = row->value(0).toString();
    plan.name = row->value(1).toString();
    plan.amountMinor = row->value(2).toLongLong();
    plan.currency = row->value(3).toString();
    plan.interval = row->value(4).toString();
    plan.intervalCount = row->value(5).toInt();
    return std::optional<Plan>(plan);
}

Result<Done, StoreError> insertEndpoints(Database& db, qint64 tenantId, const QList<TenantEndpoint>& endpoints)
{
    for (qsizetype i = 0; i < endpoints.size(); ++i) {
        auto r = db.exec(u"INSERT INTO tenant_endpoints (tenant_id, kind, value, position) "
                         u"VALUES (:tenant, :kind, :value, :position)"_s,
            {{u":tenant"_s, tenantId}, {u":kind"_s, endpointKindName(endpoints.at(i).kind)},
                {u":value"_s, Database::textValue(endpoints.at(i).value)}, {u":position"_s, static_cast<int>(i)}});
        if (!r)
            return fail<Done>(r.error());
    }
    return Done{};
}

QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

Result<qint64, StoreError> insertTenant(Database& db, const Tenant& tenant)
{
    auto row = db.exec(u"INSERT INTO tenants (slug, name, status, plan, created_at, contact, notes) "
                       u"VALUES (:slug, :name, :status, :plan, :created, :contact, :notes) RETURNING id"_s,
        {{u":slug"_s, Database::textValue(tenant.slug)}, {u":name"_s, Database::textValue(tenant.name)},
            {u":status"_s, tenantStatusName(tenant.status)}, {u":plan"_s, nullIfEmpty(tenant.plan)},
            {u":created"_s, Database::timeValue(tenant.createdAt)},
            {u":contact"_s, Database::textValue(tenant.contact)}, {u":notes"_s, Database::textValue(tenant.notes)}});
    if (!row)
        return fail<qint64>(row.error());
    if (!row->next())
        return fail<qint64>(StoreError::make(StoreError::Kind::Query, u"INSERT ... RETURNING id gave no row"_s));
    const qint64 id = row->value(0).toLongLong();
    if (auto r = insertEndpoints(db, id, tenant.endpoints); !r)
        return fail<qint64>(r.error());
    return id;
}

} // namespace

Registry::Registry() = default;
Registry::~Registry() = default;

Result<std::unique_ptr<Registry>, StoreError> Registry::open(const RegistryConnection& connection, const QString& actor)
{
    using R = Result<std::unique_ptr<Registry>, StoreError>;
    std::unique_ptr<Registry> registry(new Registry());
    registry->m_actor = actor.trimmed().isEmpty() ? u"unknown"_s : actor.trimmed();
    registry->m_displayName = connection.displayName();

    RegistryConnection effective = connection;
    if (!connection.isPostgres()) {
        if (connection.path.isEmpty()) {
            return R::failure(StoreError::make(StoreError::Kind::Connection, u"no registry file configured"_s,
                QCoreApplication::translate("Registry", "no registry file is configured in this profile")));
        }
        const QFileInfo info(connection.path);
        if (info.exists()) {
            effective.readOnly = connection.readOnly || !isWritableFile(info);
        } else if (connection.readOnly) {
            return R::failure(
                StoreError::make(StoreError::Kind::Connection, u"no registry at %1"_s.arg(connection.path),
                    QCoreApplication::translate("Registry", "there is no registry at %1").arg(connection.path)));
        } else if (!QDir().mkpath(info.absolutePath())) {
            return R::failure(StoreError::make(StoreError::Kind::Connection,
                u"cannot create folder %1"_s.arg(info.absolutePath()),
                QCoreApplication::translate("Registry", "the folder %1 cannot be created").arg(info.absolutePath())));
        }
        registry->m_readOnly = effective.readOnly;
    }

    auto db = Database::open(effective);
    if (!db)
        return R::failure(db.error());
    registry->m_db = std::move(db).value();

    auto migrations = Database::migrationsIn(kMigrationFolder);
    if (!migrations)
        return R::failure(migrations.error());
    const int known = migrations->last().version;
    auto version = registry->m_db->schemaVersion();
    if (!version) {
        StoreError error = version.error();
        if (!connection.isPostgres()) { // e.g. "file is not a database": never touch someone else's file
            error.kind = StoreError::Kind::Connection;
            error.detail = QCoreApplication::translate("Registry", "%1 is not a Fleetdeck registry (%2)")
                               .arg(connection.path, error.message);
        }
        return R::failure(error);
    }
    if (*version > known) {
        StoreError error = StoreError::make(StoreError::Kind::SchemaTooNew,
            u"the registry was upgraded by a newer Fleetdeck (schema %1, this version knows %2); update Fleetdeck"_s
                .arg(*version)
                .arg(known));
        error.foundSchema = *version;
        error.knownSchema = known;
        qCWarning(lcStore).noquote() << registry->m_displayName << error.message;
        return R::failure(error);
    }
    if (auto r = registry->detectReadOnly(*version); !r)
        return R::failure(r.error());
    if (*version < known) {
        if (registry->m_readOnly)
            return R::failure(pendingUpgradeOnReadOnly(*version, known, registry->m_displayName));
        auto migrated = registry->m_db->migrate(kMigrationFolder, u"registry"_s);
        if (!migrated) {
            if (registry->m_db->isWriteRefusalCode(migrated.error().nativeCode))
                return R::failure(pendingUpgradeOnReadOnly(*version, known, registry->m_displayName));
            return R::failure(migrated.error());
        }
        if (auto r = registry->detectReadOnly(known); !r)
            return R::failure(r.error());
    }
    registry->m_schemaVersion = known;
    qCInfo(lcStore).noquote() << "registry" << registry->m_displayName << "open, schema" << known
                              << (registry->m_readOnly ? "read-only" : "read-write");
    return registry;
}

Result<Done, StoreError> Registry::detectReadOnly(int schemaVersion)
{
    if (!m_db->isPostgres())
        return Done{}; // decided from the file and the connection before opening
    auto session = m_db->exec(u"SELECT current_setting('transaction_read_only'), pg_is_in_recovery()"_s);
    if (!session)
        return fail<Done>(session.error());
    bool readOnly = false;
    if (session->next())
        readOnly = session->value(0).toString() == u"on"_s || session->value(1).toBool();
    if (!readOnly && schemaVersion > 0) {
        auto privileges = m_db->exec(u"SELECT has_table_privilege(current_user, 'tenants', 'INSERT')"
                                     u" AND has_table_privilege(current_user, 'tenants', 'UPDATE')"
                                     u" AND has_table_privilege(current_user, 'tenants', 'DELETE')"
                                     u" AND has_table_privilege(current_user, 'tenant_endpoints', 'INSERT')"
                                     u" AND has_table_privilege(current_user, 'tenant_endpoints', 'DELETE')"
                                     u" AND has_table_privilege(current_user, 'plans', 'INSERT')"
                                     u" AND has_table_privilege(current_user, 'plans', 'UPDATE')"
                                     u" AND has_table_privilege(current_user, 'audit_log', 'INSERT')"_s);
        if (!privileges)
            return fail<Done>(privileges.error());
        readOnly = !privileges->next() || !privileges->value(0).toBool();
    }
    m_readOnly = readOnly;
    return Done{};
}

bool Registry::isReadOnly() const
{
    return m_readOnly;
}

QString Registry::connectionName() const
{
    return m_displayName;
}

int Registry::schemaVersion() const
{
    return m_schemaVersion;
}

std::optional<StoreError> Registry::refuseIfReadOnly(const QString& action, const QString& target) const
{
    if (!m_readOnly || !m_readOnlyGuard)
        return std::nullopt;
    qCInfo(lcStore).noquote() << "refused" << action << target << "on read-only" << m_displayName;
    return StoreError::make(StoreError::Kind::ReadOnly,
        u"this is a read-only (support) connection: %1 %2 was not written to %3"_s.arg(action, target, m_displayName));
}

Result<QStringList, StoreError> Registry::planCodes() const
{
    auto rows = m_db->exec(u"SELECT code FROM plans ORDER BY code"_s);
    if (!rows)
        return fail<QStringList>(rows.error());
    QStringList codes;
    while (rows->next())
        codes << rows->value(0).toString();
    return codes;
}

namespace {

Result<Done, StoreError> writeAudit(
    Database& db, const QString& actor, const QString& action, const QString& target, const QJsonObject& details)
{
    auto r = db.exec(u"INSERT INTO audit_log (at, actor, action, target, details) "
                     u"VALUES (:at, :actor, :action, :target, :details)"_s,
        {{u":at"_s, Database::timeValue(Database::nowUtc())}, {u":actor"_s, Database::textValue(actor)},
            {u":action"_s, Database::textValue(action)}, {u":target"_s, Database::textValue(target)},
            {u":details"_s, Database::textValue(compactJson(details))}});
    if (!r)
        return fail<Done>(r.error());
    return Done{};
}

} // namespace

Result<QList<Tenant>, StoreError> Registry::tenants() const
{
    using R = Result<QList<Tenant>, StoreError>;
    auto rows = m_db->exec(u"SELECT "_s + kTenantColumns + u" FROM tenants"_s);
    if (!rows)
        return R::failure(rows.error());
    QList<Tenant> tenants;
    QHash<qint64, qsizetype> indexById;
    while (rows->next()) {
        tenants.append(tenantFromRow(*rows));
        indexById.insert(tenants.last().id, tenants.size() - 1);
    }
    auto endpoints =
        m_db->exec(u"SELECT tenant_id, kind, value FROM tenant_endpoints ORDER BY tenant_id, position, id"_s);
    if (!endpoints)
        return R::failure(endpoints.error());
    while (endpoints->next()) {
        const auto index = indexById.constFind(endpoints->value(0).toLongLong());
        const auto kind = endpointKindFromName(endpoints->value(1).toString());
        if (index != indexById.constEnd() && kind)
            tenants[*index].endpoints.append({*kind, endpoints->value(2).toString()});
    }
    // Sorted here, not in SQL, so both drivers agree whatever the database collation is.
    std::sort(tenants.begin(), tenants.end(), [](const Tenant& a, const Tenant& b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.slug < b.slug;
    });
    return tenants;
}

Result<Tenant, StoreError> Registry::tenant(const QString& slug) const
{
    auto loaded = loadTenant(*m_db, slug, false);
    if (!loaded)
        return fail<Tenant>(loaded.error());
    if (!loaded->has_value())
        return fail<Tenant>(tenantNotFound(slug));
    return **loaded;
}

Result<Tenant, StoreError> Registry::addTenant(const Tenant& input)
{
    Tenant tenant = RecordValidator::normalized(input);
    if (auto refused = refuseIfReadOnly(u"tenant.add"_s, tenant.slug))
        return fail<Tenant>(*refused);
    auto known = planCodes();
    if (!known)
        return fail<Tenant>(known.error());
    if (const QStringList problems = RecordValidator::problems(tenant, *known); !problems.isEmpty())
        return fail<Tenant>(invalid(u"tenant \"%1\" not added"_s.arg(tenant.slug), problems));
    auto existing = loadTenant(*m_db, tenant.slug, false);
    if (!existing)
        return fail<Tenant>(existing.error());
    if (existing->has_value()) {
        return fail<Tenant>(StoreError::make(StoreError::Kind::Conflict,
            u"a tenant with slug \"%1\" exists"_s.arg(tenant.slug),
            QCoreApplication::translate("Registry", "a tenant with the slug \"%1\" already exists").arg(tenant.slug)));
    }

    tenant.createdAt = Database::nowUtc();
    Database::WriteTransaction transaction(*m_db);
    if (transaction.beginError())
        return fail<Tenant>(*transaction.beginError());
    auto id = insertTenant(*m_db, tenant);
    if (!id)
        return fail<Tenant>(id.error());
    if (auto r = writeAudit(*m_db, m_actor, u"tenant.add"_s, tenant.slug, tenantJson(tenant)); !r)
        return fail<Tenant>(r.error());
    if (auto r = transaction.commit(); !r)
        return fail<Tenant>(r.error());
    tenant.id = *id;
    return tenant;
}

Result<Done, StoreError> Registry::updateTenant(const Tenant& input)
{
    Tenant tenant = RecordValidator::normalized(input);
    if (auto refused = refuseIfReadOnly(u"tenant.update"_s, tenant.slug))
        return fail<Done>(*refused);
    auto known = planCodes();
    if (!known)
        return fail<Done>(known.error());
    if (const QStringList problems = RecordValidator::problems(tenant, *known); !problems.isEmpty())
        return fail<Done>(invalid(u"tenant \"%1\" not updated"_s.arg(tenant.slug), problems));

    Database::WriteTransaction transaction(*m_db);
    if (transaction.beginError())
        return fail<Done>(*transaction.beginError());
    auto current = loadTenant(*m_db, tenant.slug, true);
    if (!current)
        return fail<Done>(current.error());
    if (!current->has_value())
        return fail<Done>(tenantNotFound(tenant.slug));
    const Tenant& before = **current;
    const QJsonObject diff = tenantDiff(before, tenant);
    if (diff.isEmpty())
        return transaction.commit(); // nothing changed: nothing to write, nothing to audit

    auto updated = m_db->exec(u"UPDATE tenants SET name = :name, status = :status, plan = :plan, contact = :contact, "
                              u"notes = :notes WHERE id = :id"_s,
        {{u":name"_s, Database::textValue(tenant.name)}, {u":status"_s, tenantStatusName(tenant.status)},
            {u":plan"_s, nullIfEmpty(tenant.plan)}, {u":contact"_s, Database::textValue(tenant.contact)},
            {u":notes"_s, Database::textValue(tenant.notes)}, {u":id"_s, before.id}});
    if (!updated)
        return fail<Done>(updated.error());
    if (before.endpoints != tenant.endpoints) {
        auto removed = m_db->exec(u"DELETE FROM tenant_endpoints WHERE tenant_id = :id"_s, {{u":id"_s, before.id}});
        if (!removed)
            return fail<Done>(removed.error());
        if (auto r = insertEndpoints(*m_db, before.id, tenant.endpoints); !r)
            return r;
    }
    if (auto r = writeAudit(*m_db, m_actor, u"tenant.update"_s, tenant.slug, diff); !r)
        return r;
    return transaction.commit();
}

Result<Done, StoreError> Registry::setTenantStatus(const QString& slug, TenantStatus status)
{
    const QString action = statusAction(status);
    if (auto refused = refuseIfReadOnly(action, slug))
        return fail<Done>(*refused);
    Database::WriteTransaction transaction(*m_db);
    if (transaction.beginError())
        return fail<Done>(*transaction.beginError());
    auto current = loadTenant(*m_db, slug, true);
    if (!current)
        return fail<Done>(current.error());
    if (!current->has_value())
        return fail<Done>(tenantNotFound(slug));
    const Tenant& before = **current;
    if (before.status == status)
        return transaction.commit(); // already there: no change, no audit row
    auto updated = m_db->exec(u"UPDATE tenants SET status = :status WHERE id = :id"_s,
        {{u":status"_s, tenantStatusName(status)}, {u":id"_s, before.id}});
    if (!updated)
        return fail<Done>(updated.error());
    const QJsonObject details{{u"status"_s, change(tenantStatusName(before.status), tenantStatusName(status))}};
    if (auto r = writeAudit(*m_db, m_actor, action, slug, details); !r)
        return r;
    return transaction.commit();
}

Result<Done, StoreError> Registry::removeTenant(const QString& slug)
{
    if (auto refused = refuseIfReadOnly(u"tenant.remove"_s, slug))
        return fail<Done>(*refused);
    Database::WriteTransaction transaction(*m_db);
    if (transaction.beginError())
        return fail<Done>(*transaction.beginError());
    auto current = loadTenant(*m_db, slug, true);
    if (!current)
        return fail<Done>(current.error());
    if (!current->has_value())
        return fail<Done>(tenantNotFound(slug));
    // Endpoints go with the tenant (ON DELETE CASCADE).
    auto removed = m_db->exec(u"DELETE FROM tenants WHERE id = :id"_s, {{u":id"_s, (*current)->id}});
    if (!removed)
        return fail<Done>(removed.error());
    if (auto r = writeAudit(*m_db, m_actor, u"tenant.remove"_s, slug, tenantJson(**current)); !r)
        return r;
    return transaction.commit();
}

namespace {

// Writes one plan (insert or update) and its audit row, inside the caller's transaction. No row when the
// plan is already exactly like this.
Result<Done, StoreError> writePlan(Database& db, const QString& actor, const Plan& plan)
{
    auto existing = loadPlan(db, plan.code);
    if (!existing)
        return fail<Done>(existing.error());
    QJsonObject details;
    if (existing->has_value()) {
        if (samePlan(**existing, plan))
            return Done{};
        details = planDiff(**existing, plan);
        auto r = db.exec(u"UPDATE plans SET name = :name, amount_minor = :amount, currency = :currency, "
                         u"interval = :interval, interval_count = :count WHERE code = :code"_s,
            {{u":name"_s, Database::textValue(plan.name)}, {u":amount"_s, plan.amountMinor},
                {u":currency"_s, Database::textValue(plan.currency)},
                {u":interval"_s, Database::textValue(plan.interval)}, {u":count"_s, plan.intervalCount},
                {u":code"_s, Database::textValue(plan.code)}});
        if (!r)
            return fail<Done>(r.error());
    } else {
        details = planJson(plan);
        details.insert(u"created"_s, true);
        auto r = db.exec(u"INSERT INTO plans (code, name, amount_minor, currency, interval, interval_count) "
                         u"VALUES (:code, :name, :amount, :currency, :interval, :count)"_s,
            {{u":code"_s, Database::textValue(plan.code)}, {u":name"_s, Database::textValue(plan.name)},
                {u":amount"_s, plan.amountMinor}, {u":currency"_s, Database::textValue(plan.currency)},
                {u":interval"_s, Database::textValue(plan.interval)}, {u":count"_s, plan.intervalCount}});
        if (!r)
            return fail<Done>(r.error());
    }
    return writeAudit(db, actor, u"plan.upsert"_s, plan.code, details);
}

} // namespace

Result<int, StoreError> Registry::importTenants(const QList<Tenant>& input, const QList<Plan>& inputPlans)
{
    if (auto refused = refuseIfReadOnly(u"tenant.import"_s, u"%1 tenants"_s.arg(input.size())))
        return fail<int>(*refused);
    if (input.isEmpty() && inputPlans.isEmpty())
        return 0;

    QList<Plan> plans;
    QStringList problems;
    QSet<QString> planCodesInFile;
    for (const Plan& raw : inputPlans) {
        const Plan plan = RecordValidator::normalized(raw);
        for (const QString& problem : RecordValidator::problems(plan))
            problems << QCoreApplication::translate("Registry", "plan \"%1\": %2").arg(plan.code, problem);
        if (planCodesInFile.contains(plan.code))
            problems << QCoreApplication::translate("Registry", "plan \"%1\" is listed twice").arg(plan.code);
        planCodesInFile.insert(plan.code);
        plans << plan;
    }
    auto known = planCodes();
    if (!known)
        return fail<int>(known.error());
    QStringList knownCodes = *known;
    for (const Plan& plan : std::as_const(plans))
        knownCodes << plan.code;

    QList<Tenant> tenants;
    QSet<QString> slugs;
    for (const Tenant& raw : input) {
        const Tenant tenant = RecordValidator::normalized(raw);
        for (const QString& problem : RecordValidator::problems(tenant, knownCodes))
            problems << QCoreApplication::translate("Registry", "tenant \"%1\": %2").arg(tenant.slug, problem);
        if (slugs.contains(tenant.slug))
            problems << QCoreApplication::translate("Registry", "tenant \"%1\" is listed twice").arg(tenant.slug);
        slugs.insert(tenant.slug);
        tenants << tenant;
    }
    if (!problems.isEmpty())
        return fail<int>(invalid(u"import of %1 tenants refused"_s.arg(input.size()), problems));

    Database::WriteTransaction transaction(*m_db);
    if (transaction.beginError())
        return fail<int>(*transaction.beginError());
    QStringList taken;
    for (const Tenant& tenant : std::as_const(tenants)) {
        auto existing = loadTenant(*m_db, tenant.slug, false);
        if (!existing)
            return fail<int>(existing.error());
        if (existing->has_value())
            taken << tenant.slug;
    }
    if (!taken.isEmpty()) {
        return fail<int>(
            StoreError::make(StoreError::Kind::Conflict, u"import refused, slugs exist: %1"_s.arg(taken.join(u", "_s)),
                QCoreApplication::translate("Registry", "these slugs already exist in the registry: %1")
                    .arg(taken.join(u", "_s))));
    }
    for (const Plan& plan : std::as_const(plans)) {
        if (auto r = writePlan(*m_db, m_actor, plan); !r)
            return fail<int>(r.error());
    }
    const QDateTime now = Database::nowUtc();
    for (Tenant tenant : std::as_const(tenants)) {
        tenant.createdAt = now;
        if (auto id = insertTenant(*m_db, tenant); !id)
            return fail<int>(id.error());
        if (auto r = writeAudit(*m_db, m_actor, u"tenant.import"_s, tenant.slug, tenantJson(tenant)); !r)
            return fail<int>(r.error());
    }
    if (auto r = transaction.commit(); !r)
        return fail<int>(r.error());
    qCInfo(lcStore) << "imported" << tenants.size() << "tenants and" << plans.size() << "plans";
    return static_cast<int>(tenants.size());
}

Result<QList<Plan>, StoreError> Registry::plans() const
{
    using R = Result<QList<Plan>, StoreError>;
    auto rows =
        m_db->exec(u"SELECT code, name, amount_minor, currency, interval, interval_count FROM plans ORDER BY code"_s);
    if (!rows)
        return R::failure(rows.error());
    QList<Plan> plans;
    while (rows->next()) {
        Plan plan;
        plan.code = rows->value(0).toString();
        plan.name = rows->value(1).toString();
        plan.amountMinor = rows->value(2).toLongLong();
        plan.currency = rows->value(3).toString();
        plan.interval = rows->value(4).toString();
        plan.intervalCount = rows->value(5).toInt();
        plans << plan;
    }
    return plans;
}

Result<Done, StoreError> Registry::upsertPlan(const Plan& input)
{
    const Plan plan = RecordValidator::normalized(input);
    if (auto refused = refuseIfReadOnly(u"plan.upsert"_s, plan.code))
        return fail<Done>(*refused);
    if (const QStringList problems = RecordValidator::problems(plan); !problems.isEmpty())
        return fail<Done>(invalid(u"plan \"%1\" not saved"_s.arg(plan.code), problems));
    Database::WriteTransaction transaction(*m_db);
    if (transaction.beginError())
        return fail<Done>(*transaction.beginError());
    if (auto r = writePlan(*m_db, m_actor, plan); !r)
        return r;
    return transaction.commit();
}

Result<QList<AuditEntry>, StoreError> Registry::auditLog(const QString& target, int limit) const
{
    using R = Result<QList<AuditEntry>, StoreError>;
    QString sql = u"SELECT id, at, actor, action, target, details FROM audit_log"_s;
    Database::Bindings bindings;
    if (!target.isEmpty()) {
        sql += u" WHERE target = :target"_s;
        bindings.append({u":target"_s, Database::textValue(target)});
    }
    sql += u" ORDER BY at DESC, id DESC"_s;
    if (limit > 0) {
        sql += u" LIMIT :limit"_s;
        bindings.append({u":limit"_s, limit});
    }
    auto rows = m_db->exec(sql, bindings);
    if (!rows)
        return R::failure(rows.error());
    QList<AuditEntry> entries;
    while (rows->next()) {
        AuditEntry entry;
        entry.id = rows->value(0).toLongLong();
        entry.at = Database::timeFrom(rows->value(1));
        entry.actor = rows->value(2).toString();
        entry.action = rows->value(3).toString();
        entry.target = rows->value(4).toString();
        entry.details = rows->value(5).toString();
        entries << entry;
    }
    return entries;
}

} // namespace Fleetdeck

// ---- alerts ----

namespace Fleetdeck {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxAlertIdLength = 300;
constexpr int kMaxAlertNoteLength = 4000;

const QString kAnnotationColumns = u"alert_id, state, owner, note, silenced_until, updated_by, updated_at"_s;

AlertAnnotation annotationFromRow(const QSqlQuery& row)
{
    AlertAnnotation annotation;
    annotation.alertId = row.value(0).toString();
    annotation.state =
        alertAnnotationStateFromName(row.value(1).toString()).value_or(AlertAnnotation::State::Acknowledged);
    annotation.owner = row.value(2).toString();
    annotation.note = row.value(3).toString();
    annotation.silencedUntil = Database::timeFrom(row.value(4));
    annotation.updatedBy = row.value(5).toString();
    annotation.updatedAt = Database::timeFrom(row.value(6));
    return annotation;
}

Result<std::optional<AlertAnnotation>, StoreError> loadAnnotation(Database& db, const QString& alertId, bool forUpdate)
{
    using R = Result<std::optional<AlertAnnotation>, StoreError>;
    const QString lock = forUpdate && db.isPostgres() ? u" FOR UPDATE"_s : QString();
    auto row = db.exec(u"SELECT "_s + kAnnotationColumns + u" FROM alert_annotations WHERE alert_id = :id"_s + lock,
        {{u":id"_s, alertId}});
    if (!row)
        return R::failure(row.error());
    if (!row->next())
        return std::optional<AlertAnnotation>();
    return std::optional<AlertAnnotation>(annotationFromRow(*row));
}

std::optional<StoreError> alertInputProblem(const QString& alertId, const QString& note)
{
    QStringList problems;
    if (alertId.isEmpty() || alertId.size() > kMaxAlertIdLength) {
        problems
            << QCoreApplication::translate("Registry", "an alert id has 1 to %1 characters").arg(kMaxAlertIdLength);
    }
    if (note.size() > kMaxAlertNoteLength) {
        problems << QCoreApplication::translate("Registry", "the note is longer than %1 characters")
                        .arg(kMaxAlertNoteLength);
    }
    if (problems.isEmpty())
        return std::nullopt;
    return invalid(u"alert \"%1\" not changed"_s.arg(alertId.left(80)), problems);
}

} // namespace

Result<AlertAnnotation, StoreError> Registry::acknowledgeAlert(
    const QString& alertId, const QString& owner, const QString& note)
{
    AlertAnnotation annotation;
    annotation.alertId = alertId.trimmed();
    annotation.state = AlertAnnotation::State::Acknowledged;
    annotation.owner = owner.trimmed().isEmpty() ? m_actor : owner.trimmed();
    annotation.note = note.trimmed();
    return writeAnnotation(annotation, u"alert.acknowledge"_s);
}

Result<AlertAnnotation, StoreError> Registry::silenceAlert(
    const QString& alertId, const QDateTime& until, const QString& note)
{
    AlertAnnotation annotation;
    annotation.alertId = alertId.trimmed();
    annotation.state = AlertAnnotation::State::Silenced;
    annotation.owner = m_actor;
    annotation.note = note.trimmed();
    // Millisecond precision, like every time the registry stores: what is written is what is read back.
    annotation.silencedUntil =
        until.isValid() ? QDateTime::fromMSecsSinceEpoch(until.toMSecsSinceEpoch(), Qt::UTC) : QDateTime();
    if (!annotation.silencedUntil.isValid() || annotation.silencedUntil <= Database::nowUtc()) {
        const QString problem = QCoreApplication::translate("Registry", "a silence must end in the future");
        if (auto refused = refuseIfReadOnly(u"alert.silence"_s, annotation.alertId))
            return fail<AlertAnnotation>(*refused);
        return fail<AlertAnnotation>(
            invalid(u"alert \"%1\" not silenced"_s.arg(annotation.alertId.left(80)), {problem}));
    }
    return writeAnnotation(annotation, u"alert.silence"_s);
}

Result<AlertAnnotation, StoreError> Registry::writeAnnotation(const AlertAnnotation& input, const QString& action)
{
    AlertAnnotation annotation = input;
    if (auto refused = refuseIfReadOnly(action, annotation.alertId))
        return fail<AlertAnnotation>(*refused);
    if (auto problem = alertInputProblem(annotation.alertId, annotation.note))
        return fail<AlertAnnotation>(*problem);

    Database::WriteTransaction transaction(*m_db);
    if (transaction.beginError())
        return fail<AlertAnnotation>(*transaction.beginError());
    auto current = loadAnnotation(*m_db, annotation.alertId, true);
    if (!current)
        return fail<AlertAnnotation>(current.error());
    if (const std::optional<AlertAnnotation>& before = *current; before.has_value()) {
        if (before->state == annotation.state && before->owner == annotation.owner && before->note == annotation.note
            && before->silencedUntil == annotation.silencedUntil) {
            if (auto r = transaction.commit(); !r) // already so: nothing to write, nothing to audit
                return fail<AlertAnnotation>(r.error());
            return *before;
        }
    }
    annotation.updatedBy = m_actor;
    annotation.updatedAt = Database::nowUtc();
    auto written = m_db->exec(u"INSERT INTO alert_annotations ("_s + kAnnotationColumns
            + u") VALUES (:id, :state, :owner, :note, :until, :by, :at) ON CONFLICT (alert_id) DO UPDATE SET "
              u"state = excluded.state, owner = excluded.owner, note = excluded.note, "
              u"silenced_until = excluded.silenced_until, updated_by = excluded.updated_by, "
              u"updated_at = excluded.updated_at"_s,
        {{u":id"_s, annotation.alertId}, {u":state"_s, alertAnnotationStateName(annotation.state)},
            {u":owner"_s, Database::textValue(annotation.owner)}, {u":note"_s, Database::textValue(annotation.note)},
            {u":until"_s, Database::timeValue(annotation.silencedUntil)},
            {u":by"_s, Database::textValue(annotation.updatedBy)},
            {u":at"_s, Database::timeValue(annotation.updatedAt)}});
    if (!written)
        return fail<AlertAnnotation>(written.error());
    QJsonObject details{{u"state"_s, alertAnnotationStateName(annotation.state)}, {u"owner"_s, annotation.owner},
        {u"noteLength"_s, annotation.note.size()},
        {u"from"_s,
            current->has_value() ? QJsonValue(alertAnnotationStateName((*current)->state))
                                 : QJsonValue(QJsonValue::Null)}};
    if (annotation.silencedUntil.isValid())
        details.insert(u"until"_s, annotation.silencedUntil.toString(Qt::ISODateWithMs));
    if (auto r = writeAudit(*m_db, m_actor, action, annotation.alertId, details); !r)
        return fail<AlertAnnotation>(r.error());
    if (auto r = transaction.commit(); !r)
        return fail<AlertAnnotation>(r.error());
    return annotation;
}

Result<Done, StoreError> Registry::unacknowledgeAlert(const QString& alertIdInput)
{
    const QString alertId = alertIdInput.trimmed();
    if (auto refused = refuseIfReadOnly(u"alert.unacknowledge"_s, alertId))
        return fail<Done>(*refused);
    if (auto problem = alertInputProblem(alertId, {}))
        return fail<Done>(*problem);
    Database::WriteTransaction transaction(*m_db);
    if (transaction.beginError())
        return fail<Done>(*transaction.beginError());
    auto current = loadAnnotation(*m_db, alertId, true);
    if (!current)
        return fail<Done>(current.error());
    if (!current->has_value())
        return transaction.commit(); // already open: no change, no audit row
    auto removed = m_db->exec(u"DELETE FROM alert_annotations WHERE alert_id = :id"_s, {{u":id"_s, alertId}});
    if (!removed)
        return fail<Done>(removed.error());
    const QJsonObject details{
        {u"from"_s, alertAnnotationStateName((*current)->state)}, {u"owner"_s, (*current)->owner}};
    if (auto r = writeAudit(*m_db, m_actor, u"alert.unacknowledge"_s, alertId, details); !r)
        return r;
    return transaction.commit();
}

Result<AlertNote, StoreError> Registry::addAlertNote(const QString& alertIdInput, const QString& noteInput)
{
    AlertNote note;
    note.alertId = alertIdInput.trimmed();
    note.note = noteInput.trimmed();
    note.author = m_actor;
    if (auto refused = refuseIfReadOnly(u"alert.note"_s, note.alertId))
        return fail<AlertNote>(*refused);
    if (auto problem = alertInputProblem(note.alertId, note.note))
        return fail<AlertNote>(*problem);
    if (note.note.isEmpty()) {
        return fail<AlertNote>(invalid(u"note on \"%1\" not added"_s.arg(note.alertId.left(80)),
            {QCoreApplication::translate("Registry", "the note is empty")}));
    }
    note.at = Database::nowUtc();
    Database::WriteTransaction transaction(*m_db);
    if (transaction.beginError())
        return fail<AlertNote>(*transaction.beginError());
    auto row = m_db->exec(u"INSERT INTO alert_notes (alert_id, note, author, at) "
                          u"VALUES (:id, :note, :author, :at) RETURNING id"_s,
        {{u":id"_s, note.alertId}, {u":note"_s, note.note}, {u":author"_s, Database::textValue(note.author)},
            {u":at"_s, Database::timeValue(note.at)}});
    if (!row)
        return fail<AlertNote>(row.error());
    if (!row->next())
        return fail<AlertNote>(StoreError::make(StoreError::Kind::Query, u"INSERT ... RETURNING id gave no row"_s));
    note.id = row->value(0).toLongLong();
    row->finish();
    if (auto r = writeAudit(*m_db, m_actor, u"alert.note"_s, note.alertId, {{u"noteLength"_s, note.note.size()}}); !r)
        return fail<AlertNote>(r.error());
    if (auto r = transaction.commit(); !r)
        return fail<AlertNote>(r.error());
    return note;
}

Result<QList<AlertAnnotation>, StoreError> Registry::alertAnnotations() const
{
    auto rows = m_db->exec(u"SELECT "_s + kAnnotationColumns + u" FROM alert_annotations ORDER BY alert_id"_s);
    if (!rows)
        return fail<QList<AlertAnnotation>>(rows.error());
    QList<AlertAnnotation> annotations;
    while (rows->next())
        annotations << annotationFromRow(*rows);
    return annotations;
}

Result<QList<AlertNote>, StoreError> Registry::alertNotes(const QString& alertId, int limit) const
{
    QString sql = u"SELECT id, alert_id, note, author, at FROM alert_notes"_s;
    Database::Bindings bindings;
    if (!alertId.isEmpty()) {
        sql += u" WHERE alert_id = :id"_s;
        bindings.append({u":id"_s, alertId});
    }
    sql += u" ORDER BY at DESC, id DESC"_s;
    if (limit > 0) {
        sql += u" LIMIT :limit"_s;
        bindings.append({u":limit"_s, limit});
    }
    auto rows = m_db->exec(sql, bindings);
    if (!rows)
        return fail<QList<AlertNote>>(rows.error());
    QList<AlertNote> notes;
    while (rows->next()) {
        AlertNote note;
        note.id = rows->value(0).toLongLong();
        note.alertId = rows->value(1).toString();
        note.note = rows->value(2).toString();
        note.author = rows->value(3).toString();
        note.at = Database::timeFrom(rows->value(4));
        notes << note;
    }
    std::reverse(notes.begin(), notes.end()); // the newest `limit`, told oldest first
    return notes;
}

} // namespace Fleetdeck
