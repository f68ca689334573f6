-- 0014_anju_device_events.sql
-- Anju: the device event log (src/Silo/Ingest/DeviceEventLog.cs, docs/security.md "Device ingest"). Every event the
-- ingest acknowledges as accepted or duplicate is a row here first: the answer waits for the commit, so an
-- acknowledged heartbeat, check-in or fault is durable even where its grain keeps only a figure in memory (a camera's
-- last-seen time). Rows of many requests go in one statement and one commit (group commit).
--
-- The key is the event as its grain deduplicates it (estate, kind, id): a retried batch adds nothing. Rows leave after
-- Ingest:KeepEventsFor, deleted in bounded chunks found through the BRIN index on received_at (rows arrive in time
-- order, so the block ranges stay tight and the index costs next to nothing on insert).
--
-- Idempotent: safe to apply again. No BEGIN/COMMIT: the runner adds the transaction.

CREATE TABLE IF NOT EXISTS anju_device_events
(
    estate_id   text        NOT NULL,
    kind        text        NOT NULL,
    event_id    text        NOT NULL,
    subject     text        NOT NULL,
    detail      text        NULL,
    source      text        NOT NULL,
    integration text        NOT NULL,
    occurred_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (estate_id, kind, event_id)
);

CREATE INDEX IF NOT EXISTS ix_anju_device_events_received ON anju_device_events USING brin (received_at);
