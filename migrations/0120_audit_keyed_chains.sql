-- Audit (issues 15 + 16): keyed chains that do not serialise the system.
--
-- Rows written from here on belong to one of 32 chains (chain 1..32), each hash-linked by its own gap-free
-- chain_seq and keyed with an HMAC whose key is derived from SKJOLD_SECRET in the application (never stored
-- here). A transaction claims a free chain with pg_try_advisory_xact_lock(727602, chain), so two audited
-- transactions only wait for each other when all 32 chains are busy; before, every audited use on every
-- instance queued behind the single lock 727602. `seq` stays the global order of the trail (now from a
-- sequence: a rolled-back transaction leaves a gap in seq together with its change; the chains stay gap-free).
-- Rows written before this migration stay chain 0, the unkeyed SHA-256 chain ordered by seq; every keyed chain
-- starts from a genesis that binds chain 0's head, so chain 0 cannot be rewritten or extended unnoticed either.

CREATE SEQUENCE audit_events_seq_seq OWNED BY audit_events.seq;
SELECT setval('audit_events_seq_seq', coalesce((SELECT max(seq) FROM audit_events), 0) + 1, false);
ALTER TABLE audit_events ALTER COLUMN seq SET DEFAULT nextval('audit_events_seq_seq');

ALTER TABLE audit_events
  ADD COLUMN chain smallint NOT NULL DEFAULT 0,
  ADD COLUMN chain_seq bigint,
  ADD COLUMN key_id text;
ALTER TABLE audit_events ALTER COLUMN chain DROP DEFAULT;
ALTER TABLE audit_events ADD CONSTRAINT audit_events_chain_check
  CHECK ((chain = 0 AND chain_seq IS NULL) OR (chain BETWEEN 1 AND 32 AND chain_seq >= 1 AND key_id IS NOT NULL));
CREATE UNIQUE INDEX audit_events_chain_idx ON audit_events (chain, chain_seq) WHERE chain > 0;
CREATE INDEX audit_events_legacy_idx ON audit_events (seq) WHERE chain = 0;

-- Claims a chain for the calling transaction and returns its head (or, for an empty chain, chain 0's head,
-- which the genesis binds) and the row's seq, taken under the chain's lock so seq grows with chain_seq. One round trip, and the head is read after the lock is held: a VOLATILE plpgsql
-- function takes a fresh snapshot per statement under READ COMMITTED, so the previous holder's row is seen.
CREATE FUNCTION audit_chain_claim(start_at int) RETURNS TABLE (k int, n bigint, head_hash text, legacy_seq bigint, legacy_hash text, next_seq bigint)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  i int;
  c int;
  s bigint;
  got boolean := false;
BEGIN
  -- A negative start: this connection's own chain, so sessions rarely meet (and PGlite uses one chain).
  IF start_at < 0 THEN start_at := pg_backend_pid() % 32; END IF;
  FOR i IN 0..31 LOOP
    c := (start_at + i) % 32 + 1;
    IF pg_try_advisory_xact_lock(727602, c) THEN
      got := true;
      EXIT;
    END IF;
  END LOOP;
  IF NOT got THEN
    c := start_at % 32 + 1;
    PERFORM pg_advisory_xact_lock(727602, c);
  END IF;
  s := nextval('audit_events_seq_seq');
  RETURN QUERY SELECT c, e.chain_seq, e.hash, NULL::bigint, NULL::text, s
    FROM audit_events e WHERE e.chain = c ORDER BY e.chain_seq DESC LIMIT 1;
  IF NOT FOUND THEN
    RETURN QUERY SELECT c, 0::bigint, NULL::text, l.seq, l.hash, s
      FROM (SELECT 1) one LEFT JOIN LATERAL (
        SELECT e.seq, e.hash FROM audit_events e WHERE e.chain = 0 ORDER BY e.seq DESC LIMIT 1) l ON true;
  END IF;
END $$;
