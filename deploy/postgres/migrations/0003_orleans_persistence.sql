-- 0003_orleans_persistence.sql
-- Anju: Orleans grain state storage (AdoNetGrainStorage) and its named queries.
--
-- A state row is identified by
--   (grainidhash, graintypehash, grainidn0, grainidn1, serviceid,
--    graintypestring, grainidextensionstring)
-- where grainidextensionstring is NULL for keys without an extension.
--
-- Difference from the upstream reference script: that identity is enforced
-- by a UNIQUE index (NULLS NOT DISTINCT, PostgreSQL 15+, so two rows with a
-- NULL extension also collide). Upstream has only a plain index, so two racing
-- first writes could both insert and later reads would find two rows.
-- Here the first write of a state uses INSERT ... ON CONFLICT DO NOTHING, so
-- exactly one racer wins and the others are told they lost.
--
-- Version (etag) semantics, as AdoNetGrainStorage expects:
--   * the write returns the new version in column newgrainstateversion;
--   * returning the version the caller sent (or NULL when it sent NULL) means
--     the write lost, and Orleans throws InconsistentStateException.
--
-- Idempotent: safe to apply again. No BEGIN/COMMIT: the runner adds the
-- transaction.

CREATE TABLE IF NOT EXISTS orleansstorage
(
    grainidhash            integer       NOT NULL,
    grainidn0              bigint        NOT NULL,
    grainidn1              bigint        NOT NULL,
    graintypehash          integer       NOT NULL,
    graintypestring        varchar(512)  NOT NULL,
    grainidextensionstring varchar(512)  NULL,
    serviceid              varchar(150)  NOT NULL,
    payloadbinary          bytea         NULL,      -- NULL after ClearState (row kept, version bumped)
    modifiedon             timestamptz   NOT NULL DEFAULT now(),
    version                integer       NOT NULL
);

-- The row identity. The hash columns lead so lookups narrow quickly; the
-- remaining columns make it exact (hashes can collide).
CREATE UNIQUE INDEX IF NOT EXISTS ux_orleansstorage_identity
    ON orleansstorage (grainidhash, graintypehash, grainidn0, grainidn1,
                       serviceid, graintypestring, grainidextensionstring)
    NULLS NOT DISTINCT;

-- Writes a state. p_expected_version NULL means "the caller found no row":
-- insert version 1. Otherwise update only if the stored version still equals
-- p_expected_version, and advance it by one.
CREATE OR REPLACE FUNCTION anju_storage_write(
    p_grainidhash            integer,
    p_grainidn0              bigint,
    p_grainidn1              bigint,
    p_graintypehash          integer,
    p_graintypestring        text,
    p_grainidextensionstring text,
    p_serviceid              text,
    p_expected_version       integer,
    p_payloadbinary          bytea)
RETURNS TABLE (newgrainstateversion integer)
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_new integer;
BEGIN
    IF p_expected_version IS NULL THEN
        INSERT INTO orleansstorage AS s
            (grainidhash, grainidn0, grainidn1, graintypehash, graintypestring,
             grainidextensionstring, serviceid, payloadbinary, modifiedon, version)
        VALUES
            (p_grainidhash, p_grainidn0, p_grainidn1, p_graintypehash, p_graintypestring,
             p_grainidextensionstring, p_serviceid, p_payloadbinary, now(), 1)
        ON CONFLICT (grainidhash, graintypehash, grainidn0, grainidn1,
                     serviceid, graintypestring, grainidextensionstring)
        DO NOTHING
        RETURNING s.version INTO v_new;
        -- v_new stays NULL when another writer created the row first: lost.
    ELSE
        UPDATE orleansstorage AS s
           SET payloadbinary = p_payloadbinary,
               modifiedon    = now(),
               version       = s.version + 1
         WHERE s.grainidhash   = p_grainidhash
           AND s.graintypehash = p_graintypehash
           AND s.grainidn0     = p_grainidn0
           AND s.grainidn1     = p_grainidn1
           AND s.serviceid     = p_serviceid
           AND s.graintypestring = p_graintypestring
           AND s.grainidextensionstring IS NOT DISTINCT FROM p_grainidextensionstring
           AND s.version       = p_expected_version
        RETURNING s.version INTO v_new;
        -- Stale version (or row gone): hand back the caller's version: lost.
        v_new := coalesce(v_new, p_expected_version);
    END IF;

    RETURN QUERY SELECT v_new;
END
$fn$;

INSERT INTO orleansquery (querykey, querytext)
VALUES
('WriteToStorageKey', $q$
SELECT newgrainstateversion
  FROM anju_storage_write(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash,
                          @GrainTypeString, @GrainIdExtensionString, @ServiceId,
                          @GrainStateVersion, @PayloadBinary);
$q$),

-- Columns read by name: payloadbinary (NULL = no state), version (the etag).
('ReadFromStorageKey', $q$
SELECT s.payloadbinary, s.modifiedon, s.version
  FROM orleansstorage AS s
 WHERE s.grainidhash   = @GrainIdHash
   AND s.graintypehash = @GrainTypeHash
   AND s.grainidn0     = @GrainIdN0
   AND s.grainidn1     = @GrainIdN1
   AND s.serviceid     = @ServiceId
   AND s.graintypestring = @GrainTypeString
   AND s.grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString;
$q$),

-- ClearState keeping the row: payload to NULL, version advances. No row
-- returned (stale version) means the clear lost.
('ClearStorageKey', $q$
UPDATE orleansstorage AS s
   SET payloadbinary = NULL,
       modifiedon    = now(),
       version       = s.version + 1
 WHERE s.grainidhash   = @GrainIdHash
   AND s.graintypehash = @GrainTypeHash
   AND s.grainidn0     = @GrainIdN0
   AND s.grainidn1     = @GrainIdN1
   AND s.serviceid     = @ServiceId
   AND s.graintypestring = @GrainTypeString
   AND s.grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString
   AND s.version       = @GrainStateVersion
RETURNING s.version AS newgrainstateversion;
$q$),

-- ClearState with DeleteStateOnClear=true: the row goes away. Orleans wants a
-- value different from the version it sent, so the old version + 1 is returned.
('DeleteStorageKey', $q$
DELETE FROM orleansstorage AS s
 WHERE s.grainidhash   = @GrainIdHash
   AND s.graintypehash = @GrainTypeHash
   AND s.grainidn0     = @GrainIdN0
   AND s.grainidn1     = @GrainIdN1
   AND s.serviceid     = @ServiceId
   AND s.graintypestring = @GrainTypeString
   AND s.grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString
   AND s.version       = @GrainStateVersion
RETURNING s.version + 1 AS newgrainstateversion;
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
