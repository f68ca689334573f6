-- 0005_anju_ingest_keys.sql
-- Anju: API keys of device integrations (video-management systems, guard handsets) for
-- POST /api/ingest/events. Only a SHA-256 hash of each key is stored; the key itself is shown
-- once, when it is created. A revoked key keeps its row (revoked_at set) for the record.
--
-- Idempotent: safe to apply again. No BEGIN/COMMIT: the runner adds the transaction.

CREATE TABLE IF NOT EXISTS anju_ingest_keys
(
    key_id     text        NOT NULL PRIMARY KEY,
    name       text        NOT NULL,
    key_hash   bytea       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz NULL
);

CREATE UNIQUE INDEX IF NOT EXISTS anju_ingest_keys_hash ON anju_ingest_keys (key_hash);
