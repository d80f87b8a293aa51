-- Local cache schema 2: alert history and hourly health rollups (uptime without scanning raw samples).

-- Every change of every alert (AlertEvent), newest read first.
CREATE TABLE alert_history (
    id @ID@,
    alert_id TEXT NOT NULL,
    at @TIMESTAMP@ NOT NULL,
    event TEXT NOT NULL,
    severity TEXT NOT NULL,
    state TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT ''
);
CREATE INDEX alert_history_alert_at_idx ON alert_history (alert_id, at);
CREATE INDEX alert_history_at_idx ON alert_history (at);

-- Health samples counted per subject (tenant slug or component id) and clock hour, and again per day, kept up to
-- date by LocalCache::writeHealth in the same transaction as the samples. bucket_start / day_start are Unix
-- seconds (UTC) of the hour's / day's start: integers keep the scans small. Uptime reads the last 24 hours from
-- the hourly table and the last 7 and 30 days from the daily one, seeking by subject through the primary key,
-- so its cost follows the window, not the history kept. Raw samples can be pruned; rollups stay.
CREATE TABLE health_rollups (
    subject TEXT NOT NULL,
    bucket_start INTEGER NOT NULL,
    samples INTEGER NOT NULL DEFAULT 0,
    up INTEGER NOT NULL DEFAULT 0,
    degraded INTEGER NOT NULL DEFAULT 0,
    down INTEGER NOT NULL DEFAULT 0,
    latency_sum_ms INTEGER NOT NULL DEFAULT 0,
    latency_count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (subject, bucket_start)
) WITHOUT ROWID;

CREATE TABLE health_rollups_daily (
    subject TEXT NOT NULL,
    day_start INTEGER NOT NULL,
    samples INTEGER NOT NULL DEFAULT 0,
    up INTEGER NOT NULL DEFAULT 0,
    degraded INTEGER NOT NULL DEFAULT 0,
    down INTEGER NOT NULL DEFAULT 0,
    latency_sum_ms INTEGER NOT NULL DEFAULT 0,
    latency_count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (subject, day_start)
) WITHOUT ROWID;

-- Samples written before this version are counted once, here.
INSERT INTO health_rollups (subject, bucket_start, samples, up, degraded, down, latency_sum_ms, latency_count)
SELECT tenant_slug,
       (CAST(strftime('%s', substr(checked_at, 1, 19)) AS INTEGER) / 3600) * 3600,
       count(*),
       sum(CASE WHEN state = 'up' THEN 1 ELSE 0 END),
       sum(CASE WHEN state = 'degraded' THEN 1 ELSE 0 END),
       sum(CASE WHEN state = 'down' THEN 1 ELSE 0 END),
       sum(CASE WHEN latency_ms >= 0 THEN latency_ms ELSE 0 END),
       sum(CASE WHEN latency_ms >= 0 THEN 1 ELSE 0 END)
FROM health_samples
WHERE checked_at IS NOT NULL
GROUP BY 1, 2;

INSERT INTO health_rollups_daily (subject, day_start, samples, up, degraded, down, latency_sum_ms, latency_count)
SELECT subject, (bucket_start / 86400) * 86400, sum(samples), sum(up), sum(degraded), sum(down), sum(latency_sum_ms),
       sum(latency_count)
FROM health_rollups
GROUP BY 1, 2;
