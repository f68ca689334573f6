-- 0013_anju_storage_by_key.sql
-- Anju: grain state rows found by their grain key, many at once (src/Silo/Journal/PostgresStoredStates.cs).
-- A grid whose silo died rebuilds its figures from its ~200 dwellings' stored state in one statement instead of
-- activating each dwelling; the provider's own unique index leads with a hash of the grain id that only Orleans
-- computes, so this index lets the key itself find the row. The indexed columns never change on a write, so state
-- updates stay HOT.
--
-- Idempotent: safe to apply again. No BEGIN/COMMIT: the runner adds the transaction.

CREATE INDEX IF NOT EXISTS ix_orleansstorage_key ON orleansstorage (grainidextensionstring, serviceid, graintypestring);
