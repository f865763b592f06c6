-- A durable job runner in the database (platform/jobs). pg-boss 12 and graphile-worker 0.18 both require
-- Node >= 22 (we run 20) and need a pg Pool with LISTEN, which PGlite cannot give across processes; this
-- table with FOR UPDATE SKIP LOCKED claims runs on both engines. `job_key` makes scheduling idempotent
-- across instances (INSERT … ON CONFLICT DO NOTHING); a claimed job holds a lease, so a job whose instance
-- died (kill -9) is claimed again once the lease has run out.
CREATE TABLE jobs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL,
  job_key text NOT NULL UNIQUE,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  run_at timestamptz NOT NULL DEFAULT now(),
  state text NOT NULL DEFAULT 'QUEUED' CHECK (state IN ('QUEUED','RUNNING','DONE','FAILED')),
  attempts integer NOT NULL DEFAULT 0,
  locked_by text,
  locked_until timestamptz,
  done_at timestamptz,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX jobs_due_idx ON jobs (state, run_at);

-- What a run did that must happen once: one row per (job, effect); the test counts these.
CREATE TABLE job_effects (
  job_id uuid NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
  effect text NOT NULL,
  instance text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (job_id, effect)
);

-- Reminders that reach people: the user's own address (encrypted) and whether they want e-mail at all.
ALTER TABLE users ADD COLUMN email_enc text, ADD COLUMN email_reminders boolean NOT NULL DEFAULT true;
