-- 0007_anju_occupancy_history.sql
-- Anju: the older part of each dwelling's occupancy trail (docs/design-notes.md, "Bounded dwelling state").
-- A dwelling keeps its recent transitions in its own state; once it holds twice as many as it keeps, it
-- copies the oldest here, numbered from 0 in the order they happened, and then drops them from its state.
-- The trail is an audit record: rows are only ever added, and one written again keeps its first copy.
-- States, actions and times are plain columns so the trail can be queried and reported on directly.
--
-- Idempotent: safe to apply again. No BEGIN/COMMIT: the runner adds the transaction.

CREATE TABLE IF NOT EXISTS anju_occupancy_history
(
    service_id   text        NOT NULL,
    dwelling_key text        NOT NULL,
    ordinal      integer     NOT NULL,
    from_state   text        NOT NULL,
    to_state     text        NOT NULL,
    action       text        NOT NULL,
    actor        text        NOT NULL,
    reason       text        NULL,
    at           timestamptz NOT NULL,
    PRIMARY KEY (service_id, dwelling_key, ordinal)
);
