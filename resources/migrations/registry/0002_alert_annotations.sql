-- Registry schema 2: what the team says about alerts, so every console sees who handles what.
-- Runs on SQLite and PostgreSQL; see ../README.md for the tokens.

-- The current acknowledgement or silence of one alert (at most one per alert id; un-acknowledging deletes it).
-- alert_id is AlertEngine's stable id: "<rule>:<subject>" or "alertmanager:<fingerprint>".
CREATE TABLE alert_annotations (
    alert_id TEXT PRIMARY KEY CHECK (length(alert_id) BETWEEN 1 AND 300),
    state TEXT NOT NULL CHECK (state IN ('acknowledged', 'silenced')),
    owner TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    silenced_until @TIMESTAMP@ NULL,
    updated_by TEXT NOT NULL,
    updated_at @TIMESTAMP@ NOT NULL,
    CHECK (state <> 'silenced' OR silenced_until IS NOT NULL)
);

-- Notes left on alerts, append-only, oldest first per alert.
CREATE TABLE alert_notes (
    id @ID@,
    alert_id TEXT NOT NULL CHECK (length(alert_id) BETWEEN 1 AND 300),
    note TEXT NOT NULL CHECK (note <> ''),
    author TEXT NOT NULL,
    at @TIMESTAMP@ NOT NULL
);
CREATE INDEX alert_notes_alert_at_idx ON alert_notes (alert_id, at);
