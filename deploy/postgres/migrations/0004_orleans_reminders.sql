-- 0004_orleans_reminders.sql
-- Anju: Orleans reminder table (AdoNet reminder service) and its named queries.
--
-- grainhash is the grain's uniform hash passed as a signed int; the range
-- queries compare it as signed integers, which is what Orleans expects when it
-- picks ReadRangeRows1Key (begin < end) or ReadRangeRows2Key (wrapped range).
-- period is in milliseconds. version is the reminder's etag: 0 on insert,
-- +1 on every upsert.
--
-- Idempotent: safe to apply again. No BEGIN/COMMIT: the runner adds the
-- transaction.

CREATE TABLE IF NOT EXISTS orleansreminderstable
(
    serviceid    varchar(150)   NOT NULL,
    grainid      varchar(150)   NOT NULL,
    remindername varchar(150)   NOT NULL,
    starttime    timestamptz(3) NOT NULL,
    period       bigint         NOT NULL,
    grainhash    integer        NOT NULL,
    version      integer        NOT NULL,
    CONSTRAINT pk_reminderstable_serviceid_grainid_remindername
        PRIMARY KEY (serviceid, grainid, remindername)
);

-- Serves the hash-range scans each silo runs for the ring range it owns.
CREATE INDEX IF NOT EXISTS ix_orleansreminderstable_serviceid_grainhash
    ON orleansreminderstable (serviceid, grainhash);

INSERT INTO orleansquery (querykey, querytext)
VALUES
-- Returns the new etag in column "version".
('UpsertReminderRowKey', $q$
INSERT INTO orleansreminderstable AS r
    (serviceid, grainid, remindername, starttime, period, grainhash, version)
VALUES
    (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (serviceid, grainid, remindername) DO UPDATE
    SET starttime = EXCLUDED.starttime,
        period    = EXCLUDED.period,
        grainhash = EXCLUDED.grainhash,
        version   = r.version + 1
RETURNING r.version;
$q$),

('ReadReminderRowsKey', $q$
SELECT grainid, remindername, starttime, period, version
  FROM orleansreminderstable
 WHERE serviceid = @ServiceId
   AND grainid   = @GrainId;
$q$),

('ReadReminderRowKey', $q$
SELECT grainid, remindername, starttime, period, version
  FROM orleansreminderstable
 WHERE serviceid    = @ServiceId
   AND grainid      = @GrainId
   AND remindername = @ReminderName;
$q$),

-- Range (BeginHash, EndHash] when BeginHash < EndHash.
('ReadRangeRows1Key', $q$
SELECT grainid, remindername, starttime, period, version
  FROM orleansreminderstable
 WHERE serviceid = @ServiceId
   AND grainhash > @BeginHash
   AND grainhash <= @EndHash;
$q$),

-- Wrapped range: above BeginHash or up to EndHash.
('ReadRangeRows2Key', $q$
SELECT grainid, remindername, starttime, period, version
  FROM orleansreminderstable
 WHERE serviceid = @ServiceId
   AND (grainhash > @BeginHash OR grainhash <= @EndHash);
$q$),

-- One-column result read as a boolean: 1 if the row with that etag was deleted.
('DeleteReminderRowKey', $q$
WITH removed AS (
    DELETE FROM orleansreminderstable
     WHERE serviceid    = @ServiceId
       AND grainid      = @GrainId
       AND remindername = @ReminderName
       AND version      = @Version
    RETURNING 1
)
SELECT count(*)::integer AS deleted FROM removed;
$q$),

('DeleteReminderRowsKey', $q$
DELETE FROM orleansreminderstable WHERE serviceid = @ServiceId;
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
