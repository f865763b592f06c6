-- Issue 15: the claim's head lookup must use audit_events_chain_idx whatever plan PL/pgSQL caches. The
-- function's query is planned once per connection and, once generic, `chain = c` alone does not prove the
-- partial index's `chain > 0`: the generic plan scanned the whole trail on every audited use (1.1 ms on 6 000
-- rows and growing with the trail). `AND e.chain > 0` is true for every claimed chain (1..32) and lets the
-- generic plan take the index. Otherwise the same function as in 0120.
CREATE OR REPLACE FUNCTION audit_chain_claim(start_at int) RETURNS TABLE (k int, n bigint, head_hash text, legacy_seq bigint, legacy_hash text, next_seq bigint)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  i int;
  c int;
  s bigint;
  got boolean := false;
BEGIN
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
    FROM audit_events e WHERE e.chain = c AND e.chain > 0 ORDER BY e.chain_seq DESC LIMIT 1;
  IF NOT FOUND THEN
    RETURN QUERY SELECT c, 0::bigint, NULL::text, l.seq, l.hash, s
      FROM (SELECT 1) one LEFT JOIN LATERAL (
        SELECT e.seq, e.hash FROM audit_events e WHERE e.chain = 0 ORDER BY e.seq DESC LIMIT 1) l ON true;
  END IF;
END $$;

-- Rate-limit buckets are counters that matter for a minute: unlogged, so counting a request (the session
-- lookup counts every request) writes no WAL and its commit waits for no disk flush. A crash empties the
-- table and every window starts again.
ALTER TABLE rate_limit_buckets SET UNLOGGED;
