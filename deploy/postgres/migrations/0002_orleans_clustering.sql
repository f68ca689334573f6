-- 0002_orleans_clustering.sql
-- Anju: Orleans membership (clustering) schema and its named queries.
--
-- Model: one row per deployment (cluster id) in orleansmembershipversiontable
-- carries the table version (the membership "etag"); one row per silo
-- incarnation (address, port, generation) in orleansmembershiptable.
-- Every membership change is a compare-and-swap on that version: the change
-- and the version bump happen together or not at all.
--
-- Idempotent: safe to apply again. No BEGIN/COMMIT: the runner adds the
-- transaction.

CREATE TABLE IF NOT EXISTS orleansmembershipversiontable
(
    deploymentid varchar(150)   NOT NULL,
    "timestamp"  timestamptz(3) NOT NULL DEFAULT now(),
    version      integer        NOT NULL DEFAULT 0,
    CONSTRAINT pk_orleansmembershipversiontable_deploymentid PRIMARY KEY (deploymentid)
);

CREATE TABLE IF NOT EXISTS orleansmembershiptable
(
    deploymentid varchar(150)   NOT NULL,
    address      varchar(45)    NOT NULL,
    port         integer        NOT NULL,
    generation   integer        NOT NULL,
    siloname     varchar(150)   NOT NULL,
    hostname     varchar(150)   NOT NULL,
    status       integer        NOT NULL,
    proxyport    integer        NULL,
    suspecttimes text           NULL,   -- "silo,date|silo,date", written and parsed by Orleans
    starttime    timestamptz(3) NOT NULL,
    iamalivetime timestamptz(3) NOT NULL,
    CONSTRAINT pk_membershiptable_deploymentid PRIMARY KEY (deploymentid, address, port, generation),
    CONSTRAINT fk_membershiptable_membershipversiontable_deploymentid
        FOREIGN KEY (deploymentid) REFERENCES orleansmembershipversiontable (deploymentid)
);

-- Registers a silo incarnation if the caller saw the current table version.
-- Returns 1 when the row was added and the version advanced, otherwise 0
-- (stale version, or the silo row exists already) and changes nothing.
CREATE OR REPLACE FUNCTION anju_membership_insert_silo(
    p_deployment_id   text,
    p_address         text,
    p_port            integer,
    p_generation      integer,
    p_silo_name       text,
    p_host_name       text,
    p_status          integer,
    p_proxy_port      integer,
    p_start_time      timestamptz,
    p_i_am_alive_time timestamptz,
    p_seen_version    integer)
RETURNS integer
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_result integer := 0;
BEGIN
    BEGIN
        -- Compare-and-swap on the deployment's version. The row lock taken
        -- here also serialises concurrent membership writers.
        UPDATE orleansmembershipversiontable
           SET version = version + 1,
               "timestamp" = now()
         WHERE deploymentid = p_deployment_id
           AND version = p_seen_version;
        IF NOT FOUND THEN
            RETURN 0;
        END IF;

        INSERT INTO orleansmembershiptable
            (deploymentid, address, port, generation, siloname, hostname,
             status, proxyport, starttime, iamalivetime)
        VALUES
            (p_deployment_id, p_address, p_port, p_generation, p_silo_name, p_host_name,
             p_status, p_proxy_port, p_start_time, p_i_am_alive_time)
        ON CONFLICT (deploymentid, address, port, generation) DO NOTHING;

        IF NOT FOUND THEN
            -- Undo the version bump by failing this inner block.
            RAISE EXCEPTION USING ERRCODE = 'AJ001', MESSAGE = 'anju: silo row already present';
        END IF;
        v_result := 1;
    EXCEPTION
        WHEN SQLSTATE 'AJ001' THEN
            v_result := 0;
    END;
    RETURN v_result;
END
$fn$;

-- Updates a silo's status / suspicions / liveness if the caller saw the
-- current table version. Returns 1 on success, otherwise 0 with no change.
CREATE OR REPLACE FUNCTION anju_membership_update_silo(
    p_deployment_id   text,
    p_address         text,
    p_port            integer,
    p_generation      integer,
    p_status          integer,
    p_suspect_times   text,
    p_i_am_alive_time timestamptz,
    p_seen_version    integer)
RETURNS integer
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_result integer := 0;
BEGIN
    BEGIN
        UPDATE orleansmembershipversiontable
           SET version = version + 1,
               "timestamp" = now()
         WHERE deploymentid = p_deployment_id
           AND version = p_seen_version;
        IF NOT FOUND THEN
            RETURN 0;
        END IF;

        UPDATE orleansmembershiptable
           SET status       = p_status,
               suspecttimes = p_suspect_times,
               iamalivetime = p_i_am_alive_time
         WHERE deploymentid = p_deployment_id
           AND address      = p_address
           AND port         = p_port
           AND generation   = p_generation;

        IF NOT FOUND THEN
            RAISE EXCEPTION USING ERRCODE = 'AJ001', MESSAGE = 'anju: silo row missing';
        END IF;
        v_result := 1;
    EXCEPTION
        WHEN SQLSTATE 'AJ001' THEN
            v_result := 0;
    END;
    RETURN v_result;
END
$fn$;

INSERT INTO orleansquery (querykey, querytext)
VALUES
-- One-column result read as a boolean: 1 if the version row was created now.
('InsertMembershipVersionKey', $q$
WITH created AS (
    INSERT INTO orleansmembershipversiontable (deploymentid)
    VALUES (@DeploymentId)
    ON CONFLICT (deploymentid) DO NOTHING
    RETURNING 1
)
SELECT count(*)::integer AS inserted FROM created;
$q$),

('InsertMembershipKey', $q$
SELECT anju_membership_insert_silo(
    @DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
    @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version) AS succeeded;
$q$),

('UpdateMembershipKey', $q$
SELECT anju_membership_update_silo(
    @DeploymentId, @Address, @Port, @Generation,
    @Status, @SuspectTimes, @IAmAliveTime, @Version) AS succeeded;
$q$),

-- Liveness heartbeat: deliberately does not touch the table version.
('UpdateIAmAlivetimeKey', $q$
UPDATE orleansmembershiptable
   SET iamalivetime = @IAmAliveTime
 WHERE deploymentid = @DeploymentId
   AND address      = @Address
   AND port         = @Port
   AND generation   = @Generation;
$q$),

-- The version row drives the result: with no matching silo the query still
-- returns one row (silo columns NULL) so Orleans learns the table version.
('MembershipReadRowKey', $q$
SELECT v.deploymentid, m.address, m.port, m.generation, m.siloname, m.hostname,
       m.status, m.proxyport, m.suspecttimes, m.starttime, m.iamalivetime,
       v.version
  FROM orleansmembershipversiontable AS v
  LEFT JOIN orleansmembershiptable AS m
         ON m.deploymentid = v.deploymentid
        AND m.address      = @Address
        AND m.port         = @Port
        AND m.generation   = @Generation
 WHERE v.deploymentid = @DeploymentId;
$q$),

('MembershipReadAllKey', $q$
SELECT v.deploymentid, m.address, m.port, m.generation, m.siloname, m.hostname,
       m.status, m.proxyport, m.suspecttimes, m.starttime, m.iamalivetime,
       v.version
  FROM orleansmembershipversiontable AS v
  LEFT JOIN orleansmembershiptable AS m
         ON m.deploymentid = v.deploymentid
 WHERE v.deploymentid = @DeploymentId;
$q$),

-- Used by clients: gateways of silos in the given status (Active) with a proxy port.
('GatewaysQueryKey', $q$
SELECT address, proxyport, generation
  FROM orleansmembershiptable
 WHERE deploymentid = @DeploymentId
   AND status       = @Status
   AND proxyport    > 0;
$q$),

('DeleteMembershipTableEntriesKey', $q$
DELETE FROM orleansmembershiptable        WHERE deploymentid = @DeploymentId;
DELETE FROM orleansmembershipversiontable WHERE deploymentid = @DeploymentId;
$q$),

-- Removes stale rows of silos that are not Active (SiloStatus.Active = 3).
('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM orleansmembershiptable
 WHERE deploymentid = @DeploymentId
   AND iamalivetime < @IAmAliveTime
   AND status <> 3;
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = EXCLUDED.querytext;
