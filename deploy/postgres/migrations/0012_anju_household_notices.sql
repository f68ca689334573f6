-- 0012_anju_household_notices.sql
-- Anju: notices to the households a facility fault affects (docs/facilities.md, "Notices"): when a corrective work
-- order opens, each dwelling it reaches (a lift's building, a pump's zone) gets one row. (order_id, dwelling_id) is
-- unique, so an order that retries issuing its notices adds nothing twice. Read by order and by dwelling.
--
-- Idempotent: safe to apply again. No BEGIN/COMMIT: the runner adds the transaction.

CREATE TABLE IF NOT EXISTS anju_household_notices
(
    order_id    text        NOT NULL,
    estate_id   text        NOT NULL,
    dwelling_id text        NOT NULL,
    issued_at   timestamptz NOT NULL,
    kind        text        NOT NULL,
    text        text        NOT NULL,
    PRIMARY KEY (order_id, dwelling_id)
);

CREATE INDEX IF NOT EXISTS anju_household_notices_dwelling ON anju_household_notices (estate_id, dwelling_id, issued_at DESC);
