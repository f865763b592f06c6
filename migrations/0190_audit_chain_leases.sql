-- Issue 15: an audited read in one autocommitted statement. A pool connection may LEASE a chain for its
-- life (a session advisory lock, released by PostgreSQL when the connection closes) and keep that chain's
-- head in the server's memory: nobody else appends to a leased chain, so the connection's next row needs
-- no claim, no BEGIN and no COMMIT (platform/audit/lease.ts). Chains 17..32 are for leases and 1..16 for
-- the claims of ordinary audited transactions, so a claim never waits for a lease an idle connection holds.
--
-- A leased row's seq comes from the column default when the row is inserted, after its hash was made, so
-- its hash cannot cover its own seq: hash_format 3 is HMAC(key, prev_hash || ['v3', chain, chain_seq, the
-- previous row's seq, the row without seq]), so each row's seq is covered by the next row of its chain, and
-- the verifier requires seq to rise along a chain; the head's seq is covered by the signed checkpoints.
-- NULL is the format before this migration (v2, its own seq covered), and stays the format of the claimed
-- rows; a backup made before this migration restores with NULL.
--
-- The locks' first key is the schema's (hashtext of 'skjold-audit|' and the current schema) instead of the
-- constant 727602: two trails in one database (tests, or two installations in schemas of their own) no
-- longer take each other's chains. Stop the instances of the previous version before this migration runs: a
-- transaction of theirs that holds a chain under the old key would meet a new claim of the same chain (the
-- unique index refuses the second row; that request fails, nothing forks).
ALTER TABLE audit_events ADD COLUMN hash_format smallint;
ALTER TABLE audit_events ADD CONSTRAINT audit_events_hash_format_check CHECK (hash_format IS NULL OR (hash_format = 3 AND chain > 0));

-- The first key of the chain locks: this schema's trail.
CREATE FUNCTION audit_trail_key() RETURNS int LANGUAGE sql STABLE AS $$ SELECT hashtext('skjold-audit|' || current_schema()) $$;

-- A keyed chain's head, for the claim and the lease, which call it once they hold the chain's lock (VOLATILE:
-- its query takes a snapshot of its own, after the lock): the last row's position, hash and seq, or for an
-- empty chain position 0 and chain 0's head, which the genesis binds. `e.chain > 0` lets the generic plan use
-- the partial index (0180).
CREATE FUNCTION audit_chain_head(c int) RETURNS TABLE (n bigint, head_hash text, head_seq bigint, legacy_seq bigint, legacy_hash text)
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  RETURN QUERY SELECT e.chain_seq, e.hash, e.seq, NULL::bigint, NULL::text
    FROM audit_events e WHERE e.chain = c AND e.chain > 0 ORDER BY e.chain_seq DESC LIMIT 1;
  IF NOT FOUND THEN
    RETURN QUERY SELECT 0::bigint, NULL::text, 0::bigint, l.seq, l.hash
      FROM (SELECT 1) one LEFT JOIN LATERAL (
        SELECT e.seq, e.hash FROM audit_events e WHERE e.chain = 0 ORDER BY e.seq DESC LIMIT 1) l ON true;
  END IF;
END $$;

-- The claim as in 0180, over chains 1..16 only, under the schema's key.
CREATE OR REPLACE FUNCTION audit_chain_claim(start_at int) RETURNS TABLE (k int, n bigint, head_hash text, legacy_seq bigint, legacy_hash text, next_seq bigint)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  i int;
  c int;
  s bigint;
  got boolean := false;
  trail int := audit_trail_key();
BEGIN
  IF start_at < 0 THEN start_at := pg_backend_pid() % 16; END IF;
  FOR i IN 0..15 LOOP
    c := (start_at + i) % 16 + 1;
    IF pg_try_advisory_xact_lock(trail, c) THEN
      got := true;
      EXIT;
    END IF;
  END LOOP;
  IF NOT got THEN
    c := start_at % 16 + 1;
    PERFORM pg_advisory_xact_lock(trail, c);
  END IF;
  s := nextval('audit_events_seq_seq');
  RETURN QUERY SELECT c, h.n, h.head_hash, h.legacy_seq, h.legacy_hash, s FROM audit_chain_head(c) h;
END $$;

-- Leases a chain of 17..32 for the calling connection (a session lock: it outlives the statement) and returns
-- its head (and the head's seq, which the next v3 row covers), read after the lock is held; `prefer`, the
-- chain the connection already leases, reads that head again (the lock is re-entrant: each such call adds one
-- to the lock's count, all released with the connection). No row when every leased chain is taken: the
-- caller claims instead.
CREATE FUNCTION audit_chain_lease(prefer int) RETURNS TABLE (k int, n bigint, head_hash text, head_seq bigint, legacy_seq bigint, legacy_hash text)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  i int;
  c int;
  start_at int := pg_backend_pid() % 16;
  got boolean := false;
  trail int := audit_trail_key();
BEGIN
  IF prefer BETWEEN 17 AND 32 AND pg_try_advisory_lock(trail, prefer) THEN
    c := prefer;
    got := true;
  ELSE
    FOR i IN 0..15 LOOP
      c := 17 + (start_at + i) % 16;
      IF pg_try_advisory_lock(trail, c) THEN
        got := true;
        EXIT;
      END IF;
    END LOOP;
  END IF;
  IF NOT got THEN RETURN; END IF;
  RETURN QUERY SELECT c, h.n, h.head_hash, h.head_seq, h.legacy_seq, h.legacy_hash FROM audit_chain_head(c) h;
END $$;
