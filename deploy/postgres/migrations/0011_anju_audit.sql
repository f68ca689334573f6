-- 0011_anju_audit.sql
-- Anju: the append-only audit log (docs/audit.md) and the split between the role that owns the schema (runs these
-- migrations) and the role the hosts connect as (anju_app: rows, never schema; audit rows only added and read).
--
-- Each audit row carries hash = SHA-256(prev_hash || canonical content), computed by src/Access/Audit/AuditHash.cs;
-- appenders serialise on an advisory lock, so ids and the chain run in the same order. Rows are never updated;
-- they leave only through anju_audit_forget_through (owner only, archived and older than six months first).
--
-- Idempotent: safe to apply again. No BEGIN/COMMIT: the runner adds the transaction.

CREATE TABLE IF NOT EXISTS anju_audit
(
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at              timestamptz NOT NULL,
    actor           text        NOT NULL,
    roles           text        NOT NULL,
    action          text        NOT NULL,
    object_type     text        NOT NULL,
    object_ids      text[]      NOT NULL,
    personal_fields text[]      NOT NULL,
    source          text        NULL,
    outcome         text        NOT NULL,
    detail          text        NULL,
    prev_hash       bytea       NOT NULL,
    hash            bytea       NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_anju_audit_actor ON anju_audit (actor, id);
CREATE INDEX IF NOT EXISTS ix_anju_audit_at ON anju_audit (at);
CREATE INDEX IF NOT EXISTS ix_anju_audit_object_ids ON anju_audit USING gin (object_ids);

-- Where the chain resumes after older rows were archived and removed: the hash of the last row removed.
CREATE TABLE IF NOT EXISTS anju_audit_archives
(
    through_id   bigint      PRIMARY KEY,
    through_hash bytea       NOT NULL,
    archived_by  text        NOT NULL DEFAULT session_user,
    archived_at  timestamptz NOT NULL DEFAULT now()
);

-- Defence in depth behind the privileges: even the owner cannot change or remove a row by plain SQL. The one
-- exception is deleting a row that an archive anchor covers and that is older than six months.
CREATE OR REPLACE FUNCTION anju_audit_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'anju_audit' THEN -- nested: OLD has these fields only here
        IF OLD.id <= (SELECT max(through_id) FROM anju_audit_archives) AND OLD.at < now() - interval '6 months' THEN
            RETURN OLD;
        END IF;
    END IF;
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
END
$$;

CREATE OR REPLACE TRIGGER anju_audit_no_change
    BEFORE UPDATE OR DELETE ON anju_audit FOR EACH ROW EXECUTE FUNCTION anju_audit_append_only();
CREATE OR REPLACE TRIGGER anju_audit_no_truncate
    BEFORE TRUNCATE ON anju_audit FOR EACH STATEMENT EXECUTE FUNCTION anju_audit_append_only();
CREATE OR REPLACE TRIGGER anju_audit_archives_no_change
    BEFORE UPDATE OR DELETE ON anju_audit_archives FOR EACH ROW EXECUTE FUNCTION anju_audit_append_only();
CREATE OR REPLACE TRIGGER anju_audit_archives_no_truncate
    BEFORE TRUNCATE ON anju_audit_archives FOR EACH STATEMENT EXECUTE FUNCTION anju_audit_append_only();

-- The operator's way to drop archived rows (docs/audit.md, "Retention"): records where the chain resumes, then
-- removes rows 1..through_id. Refused while any of them is younger than six months.
CREATE OR REPLACE FUNCTION anju_audit_forget_through(through bigint) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    last_hash bytea;
    newest    timestamptz;
    removed   bigint;
BEGIN
    -- The appenders' lock (AuditChainLock in PostgresAuditLog): no append reads the tail while it moves.
    PERFORM pg_advisory_xact_lock(7310012716);
    SELECT hash INTO last_hash FROM anju_audit WHERE id = through;
    IF last_hash IS NULL THEN
        RAISE EXCEPTION 'audit row % does not exist', through;
    END IF;
    SELECT max(at) INTO newest FROM anju_audit WHERE id <= through;
    IF newest >= now() - interval '6 months' THEN
        RAISE EXCEPTION 'audit rows are kept at least six months: a row through % is from %', through, newest;
    END IF;
    INSERT INTO anju_audit_archives (through_id, through_hash) VALUES (through, last_hash);
    DELETE FROM anju_audit WHERE id <= through;
    GET DIAGNOSTICS removed = ROW_COUNT;
    RETURN removed;
END
$$;
REVOKE ALL ON FUNCTION anju_audit_forget_through(bigint) FROM PUBLIC;

-- The hosts' role. Creating a role needs a superuser (deploy/postgres/local.sh creates anju_app); the owner grants
-- it what it may do here when it exists. Called again by an operator who creates the role after migrating.
CREATE OR REPLACE FUNCTION anju_grant_app_role() RETURNS boolean
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'anju_app') THEN
        RETURN false;
    END IF;
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO anju_app;
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO anju_app;
    -- Tables the owner creates later (later migrations) are the hosts' to use too.
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO anju_app;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO anju_app;
    -- The audit log is added to and read, nothing else; where it resumes and which migrations ran are read only.
    REVOKE UPDATE, DELETE, TRUNCATE ON anju_audit FROM anju_app;
    REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON anju_audit_archives FROM anju_app;
    IF to_regclass('anju_schema_migrations') IS NOT NULL THEN -- absent when the files are applied by hand
        REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON anju_schema_migrations FROM anju_app;
    END IF;
    RETURN true;
END
$$;
REVOKE ALL ON FUNCTION anju_grant_app_role() FROM PUBLIC;

SELECT anju_grant_app_role();
