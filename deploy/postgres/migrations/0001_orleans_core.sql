-- 0001_orleans_core.sql
-- Anju: the named-query registry shared by every Orleans ADO.NET provider.
--
-- At start-up each provider runs `SELECT QueryKey, QueryText FROM OrleansQuery`
-- and refuses to start when one of the keys it needs is missing. The query
-- texts use @Name parameters which Npgsql binds by name; the names and the
-- result column names are the contract (see deploy/postgres/README.md).
--
-- Idempotent: safe to apply again. No BEGIN/COMMIT here, the migration runner
-- wraps the whole file in one transaction.

CREATE TABLE IF NOT EXISTS orleansquery
(
    querykey  varchar(64) NOT NULL,
    querytext text        NOT NULL,
    CONSTRAINT orleansquery_key PRIMARY KEY (querykey)
);

COMMENT ON TABLE orleansquery IS
    'Anju: named SQL used by the Orleans ADO.NET providers (clustering, grain storage, reminders). Rows are maintained by deploy/postgres/migrations.';
