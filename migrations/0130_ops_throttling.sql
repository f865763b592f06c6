-- ops: throttling that stops attackers, not users.
-- Login buckets also key on the (username, address) pair; the time of the last failure lets the server ask
-- for a growing pause after a few failures (a delay before a lock).
ALTER TABLE login_rate_buckets ADD COLUMN last_hit_at timestamptz NOT NULL DEFAULT now();

-- Per-user (or, without a session, per-address) request buckets for the route presets read, write, search
-- and export: fixed one-minute windows shared by every server process.
CREATE TABLE rate_limit_buckets (
  bucket_key text PRIMARY KEY,
  window_start timestamptz NOT NULL,
  hits integer NOT NULL
);

-- "Has this user logged in from this address lately" (the address is trusted for the account lock).
CREATE INDEX IF NOT EXISTS sessions_user_ip_idx ON sessions (user_id, ip, created_at);
