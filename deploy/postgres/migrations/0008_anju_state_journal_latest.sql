-- 0008_anju_state_journal_latest.sql
-- Anju: the state journal keeps one row per grain, its newest (docs/design-notes.md, "Dwelling journal").
-- A journal row holds a grain's whole state, so a newer row makes every older one of the same grain
-- redundant. Keyed per version, the table kept every version until the grain's next snapshot: under a
-- steady 2,000 changes/s spread over 150,000 dwellings that is about an hour, and the table grew past
-- 1 GB (a million rows), slowing every append. Keyed per grain, an append updates the grain's row in
-- place (a HOT update: no key changes, and the pages keep room for it), so the table never holds more
-- rows than there are grains with changes newer than their snapshot.
--
-- Idempotent: safe to apply again. No BEGIN/COMMIT: the runner adds the transaction.

DELETE FROM anju_state_journal j
USING anju_state_journal n
WHERE j.service_id = n.service_id AND j.grain_key = n.grain_key AND j.version < n.version;

ALTER TABLE anju_state_journal DROP CONSTRAINT IF EXISTS anju_state_journal_pkey;
ALTER TABLE anju_state_journal ADD CONSTRAINT anju_state_journal_pkey PRIMARY KEY (service_id, grain_key);
ALTER TABLE anju_state_journal SET (fillfactor = 70);
