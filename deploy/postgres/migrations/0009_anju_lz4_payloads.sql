-- 0009_anju_lz4_payloads.sql
-- Anju: grain payloads are compressed with lz4 instead of PostgreSQL's default pglz.
-- PostgreSQL compresses any value over about 2 KB before storing it. Under load a dwelling's journal
-- row is rewritten on every change, and about four in ten of them (those with long trails) are over
-- that size, so the server spent its CPU compressing with pglz, the slowest of its methods. lz4 compresses
-- several times faster for a similar size. It applies to values written from now on; older ones stay
-- readable as they are. Requires a server built with lz4 (Debian's and the official images are).
--
-- Idempotent: safe to apply again. No BEGIN/COMMIT: the runner adds the transaction.

ALTER TABLE anju_state_journal ALTER COLUMN payload SET COMPRESSION lz4;
ALTER TABLE orleansstorage ALTER COLUMN payloadbinary SET COMPRESSION lz4;
