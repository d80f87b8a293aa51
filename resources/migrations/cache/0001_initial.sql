-- Local cache schema 1 (SQLite, WAL): health history, last state per endpoint, snapshots.
-- Times are ISO-8601 UTC text with milliseconds, so text order is time order.

CREATE TABLE schema_version (
    version INTEGER PRIMARY KEY,
    applied_at @TIMESTAMP@ NOT NULL
);

CREATE TABLE health_samples (
    tenant_slug TEXT NOT NULL,
    url TEXT NOT NULL,
    checked_at @TIMESTAMP@ NULL,
    state TEXT NOT NULL,
    latency_ms INTEGER NOT NULL DEFAULT -1,
    http_status INTEGER NOT NULL DEFAULT 0,
    tls_expires_at @TIMESTAMP@ NULL,
    error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX health_samples_tenant_checked_idx ON health_samples (tenant_slug, checked_at);
CREATE INDEX health_samples_checked_idx ON health_samples (checked_at);

CREATE TABLE health_last (
    tenant_slug TEXT NOT NULL,
    url TEXT NOT NULL,
    checked_at @TIMESTAMP@ NULL,
    state TEXT NOT NULL,
    latency_ms INTEGER NOT NULL DEFAULT -1,
    http_status INTEGER NOT NULL DEFAULT 0,
    tls_expires_at @TIMESTAMP@ NULL,
    error TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (tenant_slug, url)
);

CREATE TABLE snapshots (
    key TEXT PRIMARY KEY,
    data @BLOB@ NOT NULL,
    saved_at @TIMESTAMP@ NOT NULL
);
