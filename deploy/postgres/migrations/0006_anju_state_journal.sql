-- 0006_anju_state_journal.sql
-- Anju: the group-commit state journal (docs/design-notes.md, "Dwelling journal").
-- A grain that journals acknowledges a change once its whole new state is a row here; the
-- Orleans storage row (orleansstorage) is a snapshot written later. On activation the grain
-- takes the newest row with a version above its snapshot's. Rows at or below the snapshot's
-- version are pruned, so the table holds only what no snapshot has caught up with yet.
--
-- service_id separates Orleans services sharing one database, as orleansstorage does.
-- payload is the grain storage serializer's bytes, the same as orleansstorage.payloadbinary.
--
-- Idempotent: safe to apply again. No BEGIN/COMMIT: the runner adds the transaction.

CREATE TABLE IF NOT EXISTS anju_state_journal
(
    service_id text        NOT NULL,
    grain_key  text        NOT NULL,
    version    bigint      NOT NULL,
    payload    bytea       NOT NULL,
    written_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (service_id, grain_key, version)
);
