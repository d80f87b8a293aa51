-- Registry schema 1: tenants, their upstream endpoints, plans and the audit log.
-- Runs on SQLite and PostgreSQL; see ../README.md for the tokens.

CREATE TABLE schema_version (
    version INTEGER PRIMARY KEY,
    applied_at @TIMESTAMP@ NOT NULL
);

CREATE TABLE plans (
    code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 64),
    name TEXT NOT NULL CHECK (name <> ''),
    amount_minor BIGINT NOT NULL DEFAULT 0 CHECK (amount_minor >= 0),
    currency TEXT NOT NULL DEFAULT 'usd' CHECK (length(currency) = 3),
    interval TEXT NOT NULL DEFAULT 'month' CHECK (interval IN ('day', 'week', 'month', 'year')),
    interval_count INTEGER NOT NULL DEFAULT 1 CHECK (interval_count >= 1)
);

-- The UNIQUE constraint on slug is also the index every lookup by slug uses.
CREATE TABLE tenants (
    id @ID@,
    slug TEXT NOT NULL UNIQUE CHECK (length(slug) BETWEEN 1 AND 63),
    name TEXT NOT NULL CHECK (name <> ''),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'churned')),
    plan TEXT NULL REFERENCES plans (code) ON UPDATE CASCADE ON DELETE SET NULL,
    created_at @TIMESTAMP@ NOT NULL,
    contact TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX tenants_name_idx ON tenants (name);
CREATE INDEX tenants_status_idx ON tenants (status);

CREATE TABLE tenant_endpoints (
    id @ID@,
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('health', 'mautic', 'evolution_instance', 'n8n_tag', 'stripe_customer',
                                       'ghl_location', 'host')),
    value TEXT NOT NULL CHECK (value <> ''),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX tenant_endpoints_tenant_idx ON tenant_endpoints (tenant_id, position);
-- "Which tenant owns this Evolution instance / Stripe customer?" lookups.
CREATE INDEX tenant_endpoints_kind_value_idx ON tenant_endpoints (kind, value);

-- Append-only history of console actions. details is compact JSON, never a secret.
CREATE TABLE audit_log (
    id @ID@,
    at @TIMESTAMP@ NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_target_at_idx ON audit_log (target, at);
CREATE INDEX audit_log_at_idx ON audit_log (at);
